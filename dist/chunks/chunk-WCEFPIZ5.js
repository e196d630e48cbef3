import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  registryEndpoint
} from "./chunk-SMCJHSDS.js";

// src/container/registry-api.ts
import { createHash } from "node:crypto";
var manifestMediaTypes = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var RegistryApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "RegistryApiError";
};
async function manifestDigest(reference, credentials, fetchImpl = fetch) {
  const head = await manifestRequest(reference, credentials, fetchImpl, "HEAD");
  const digest = head.response.headers.get("docker-content-digest");
  if (digest) return digest;
  const body = await manifestRequest(reference, credentials, fetchImpl, "GET");
  return `sha256:${createHash("sha256").update(Buffer.from(await body.response.arrayBuffer())).digest("hex")}`;
}
async function manifestRequest(reference, credentials, fetchImpl, method) {
  const { host, repository } = registryEndpoint(reference);
  const target = reference.digest ?? reference.tag ?? "latest";
  const url = `${registryScheme(host)}://${host}/v2/${repository}/manifests/${target}`;
  const headers = { Accept: manifestMediaTypes };
  let response = await send(fetchImpl, url, method, headers);
  if (response.status === 401) {
    const authorization = await authorize(response.headers.get("www-authenticate"), credentials, fetchImpl);
    if (authorization) response = await send(fetchImpl, url, method, { ...headers, Authorization: authorization });
  }
  const name = `${repository}:${target}`;
  if (!response.ok) throw new RegistryApiError(`${host} answered ${response.status} for ${name}`, response.status);
  return { response, name };
}
async function configDigest(reference, credentials, fetchImpl = fetch) {
  const { response, name } = await manifestRequest(reference, credentials, fetchImpl, "GET");
  const manifest = await response.json();
  if (Array.isArray(manifest.manifests))
    throw new RegistryApiError(`${name} is an image index (several platforms or attestations), not one image`, response.status);
  const digest = manifest.config?.digest;
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) throw new RegistryApiError(`the manifest of ${name} names no config digest`, response.status);
  return digest;
}
function registryScheme(host) {
  const name = host.replace(/:\d+$/, "");
  return name === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(name) || name === "[::1]" ? "http" : "https";
}
async function send(fetchImpl, url, method, headers) {
  try {
    return await fetchImpl(url, { method, headers, redirect: "follow", signal: AbortSignal.timeout(3e4) });
  } catch (error) {
    const cause = error.cause;
    throw new RegistryApiError(`could not reach ${new URL(url).host}: ${cause?.code ?? cause?.message ?? error.message}`, void 0);
  }
}
async function authorize(challenge, credentials, fetchImpl) {
  if (!challenge) return void 0;
  const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` : void 0;
  const scheme = challenge.trim().split(/\s+/, 1)[0]?.toLowerCase();
  if (scheme === "basic") return basic;
  if (scheme !== "bearer") return void 0;
  const params = challengeParams(challenge);
  const realm = params.realm;
  if (!realm) return void 0;
  const tokenUrl = new URL(realm);
  if (params.service) tokenUrl.searchParams.set("service", params.service);
  if (params.scope) tokenUrl.searchParams.set("scope", params.scope);
  const sendCredentials = basic !== void 0 && (tokenUrl.protocol === "https:" || registryScheme(tokenUrl.host) === "http");
  const response = await send(fetchImpl, tokenUrl.toString(), "GET", sendCredentials ? { Authorization: basic } : {});
  if (!response.ok) throw new RegistryApiError(`the token service at ${tokenUrl.host} answered ${response.status}`, response.status);
  const body = await response.json();
  const token = body.token ?? body.access_token;
  return token ? `Bearer ${token}` : void 0;
}
function challengeParams(challenge) {
  const params = {};
  for (const match of challenge.matchAll(/(\w+)="([^"]*)"/g)) params[match[1].toLowerCase()] = match[2];
  return params;
}

export {
  RegistryApiError,
  manifestDigest,
  configDigest,
  registryScheme,
  challengeParams
};
