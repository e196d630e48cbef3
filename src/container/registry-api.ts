/**
 * Asking the registry itself which manifest a tag points to (`HEAD /v2/<name>/manifests/<tag>` →
 * `Docker-Content-Digest`), so a push is judged by what the registry serves rather than by what the
 * client printed. Handles the two challenges registries answer 401 with: Basic (a private registry
 * such as Debian's docker-registry with htpasswd) and Bearer tokens (GHCR, Docker Hub).
 */
import { createHash } from 'node:crypto';
import { registryEndpoint, type ImageReference } from './reference.ts';

export interface RegistryCredentials {
  username: string;
  password: string;
}

/** Every manifest kind a push can leave behind: single images and multi-platform indexes, OCI and Docker. */
const manifestMediaTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export type Fetch = typeof fetch;

export class RegistryApiError extends Error {
  override readonly name = 'RegistryApiError';
  constructor(
    message: string,
    /** HTTP status, or undefined when the registry could not be reached. */
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/**
 * The digest of the manifest `reference` (with a tag or digest) resolves to. Throws RegistryApiError
 * when the registry cannot be reached or refuses.
 */
export async function manifestDigest(reference: ImageReference, credentials: RegistryCredentials | undefined, fetchImpl: Fetch = fetch): Promise<string> {
  const head = await manifestRequest(reference, credentials, fetchImpl, 'HEAD');
  const digest = head.response.headers.get('docker-content-digest');
  if (digest) return digest;
  // The header is optional in the spec; the digest of the exact bytes served is the same thing.
  const body = await manifestRequest(reference, credentials, fetchImpl, 'GET');
  return `sha256:${createHash('sha256')
    .update(Buffer.from(await body.response.arrayBuffer()))
    .digest('hex')}`;
}

/** The registry's answer for the manifest `reference` names, with the login its 401 asks for; throws unless it is a success. */
async function manifestRequest(
  reference: ImageReference,
  credentials: RegistryCredentials | undefined,
  fetchImpl: Fetch,
  method: 'HEAD' | 'GET',
): Promise<{ response: Response; name: string }> {
  const { host, repository } = registryEndpoint(reference);
  const target = reference.digest ?? reference.tag ?? 'latest';
  const url = `${registryScheme(host)}://${host}/v2/${repository}/manifests/${target}`;
  const headers: Record<string, string> = { Accept: manifestMediaTypes };
  let response = await send(fetchImpl, url, method, headers);
  if (response.status === 401) {
    const authorization = await authorize(response.headers.get('www-authenticate'), credentials, fetchImpl);
    if (authorization) response = await send(fetchImpl, url, method, { ...headers, Authorization: authorization });
  }
  const name = `${repository}:${target}`;
  if (!response.ok) throw new RegistryApiError(`${host} answered ${response.status} for ${name}`, response.status);
  return { response, name };
}

/**
 * The image's id as the platform running it names it: the digest of its config blob, read from the
 * single-platform manifest `reference` resolves to. An index (several platforms, or attestations)
 * has no one config, and is refused with what to do.
 */
export async function configDigest(reference: ImageReference, credentials: RegistryCredentials | undefined, fetchImpl: Fetch = fetch): Promise<string> {
  const { response, name } = await manifestRequest(reference, credentials, fetchImpl, 'GET');
  const manifest = (await response.json()) as { manifests?: unknown[]; config?: { digest?: string } };
  if (Array.isArray(manifest.manifests))
    throw new RegistryApiError(`${name} is an image index (several platforms or attestations), not one image`, response.status);
  const digest = manifest.config?.digest;
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) throw new RegistryApiError(`the manifest of ${name} names no config digest`, response.status);
  return digest;
}

/**
 * Loopback registries speak plain HTTP, as docker itself allows for 127.0.0.0/8 without
 * configuration; everything else is HTTPS.
 */
export function registryScheme(host: string): 'http' | 'https' {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '[::1]' ? 'http' : 'https';
}

async function send(fetchImpl: Fetch, url: string, method: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetchImpl(url, { method, headers, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new RegistryApiError(`could not reach ${new URL(url).host}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, undefined);
  }
}

/** The Authorization header that answers a 401's challenge, or undefined when none can. */
async function authorize(challenge: string | null, credentials: RegistryCredentials | undefined, fetchImpl: Fetch): Promise<string | undefined> {
  if (!challenge) return undefined;
  const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
  const scheme = challenge.trim().split(/\s+/, 1)[0]?.toLowerCase();
  if (scheme === 'basic') return basic;
  if (scheme !== 'bearer') return undefined;

  const params = challengeParams(challenge);
  const realm = params.realm;
  if (!realm) return undefined;
  const tokenUrl = new URL(realm);
  if (params.service) tokenUrl.searchParams.set('service', params.service);
  if (params.scope) tokenUrl.searchParams.set('scope', params.scope);
  // Credentials go only over HTTPS (or to a loopback realm, as for the registry itself).
  const sendCredentials = basic !== undefined && (tokenUrl.protocol === 'https:' || registryScheme(tokenUrl.host) === 'http');
  const response = await send(fetchImpl, tokenUrl.toString(), 'GET', sendCredentials ? { Authorization: basic } : {});
  if (!response.ok) throw new RegistryApiError(`the token service at ${tokenUrl.host} answered ${response.status}`, response.status);
  const body = (await response.json()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  return token ? `Bearer ${token}` : undefined;
}

/** `Bearer realm="https://…",service="…",scope="repository:org/api:pull"` → its parameters. */
export function challengeParams(challenge: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of challenge.matchAll(/(\w+)="([^"]*)"/g)) params[match[1]!.toLowerCase()] = match[2]!;
  return params;
}
