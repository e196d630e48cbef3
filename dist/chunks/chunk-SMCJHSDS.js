import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/container/reference.ts
var alphaNumeric = "[a-z0-9]+";
var separator = "(?:[._]|__|-+)";
var pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
var domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var domainName = `${domainComponent}(?:\\.${domainComponent})*`;
var ipv6 = "\\[[a-fA-F0-9:]+\\]";
var host = `(?:${domainName}|${ipv6})`;
var domain = `${host}(?::[0-9]+)?`;
var pathPattern = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
var domainPattern = new RegExp(`^${domain}$`);
var tagPattern = /^[\w][\w.-]{0,127}$/;
var digestPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var maxNameLength = 255;
var accepted = "an image reference such as ghcr.io/org/api, registry.example.com:5000/team/api:1.2 or org/api@sha256:<64 hex digits>: lowercase letters, digits and the separators . _ __ - inside each path part, an optional tag (letters, digits, _ . -, up to 128) and digest";
function parseBuildImage(input, what) {
  const reference = parseImageReference(input, what);
  if (reference.digest !== void 0)
    throw new UserError(`${what} ${JSON.stringify(input)} names a digest; a build produces one`, void 0, "Give the name alone, or name:tag.");
  return reference;
}
function parseImageReference(input, what) {
  const fail = (why) => {
    throw new UserError(`${what} ${JSON.stringify(input)} is not a valid image reference: ${why}`, void 0, `Give ${accepted}.`);
  };
  if (input === "") fail("it is empty");
  if (/[^\x21-\x7e]/.test(input)) fail("it contains spaces, control or non-ASCII characters");
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) fail(`the digest ${JSON.stringify(digest)} is not algorithm:hex (e.g. sha256:<64 hex digits>)`);
    if (digest.startsWith("sha256:") && digest.length !== "sha256:".length + 64) fail("a sha256 digest has exactly 64 hex digits");
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) fail(`the tag ${JSON.stringify(tag)} must start with a letter, digit or _, and hold only those and . - (128 at most)`);
  }
  const name = rest;
  if (name.length > maxNameLength) fail(`the name is ${name.length} characters long; the limit is ${maxNameLength}`);
  const slash = name.indexOf("/");
  const first = slash === -1 ? name : name.slice(0, slash);
  const hasRegistry = slash !== -1 && (first.includes(".") || first.includes(":") || first.includes("[") || first === "localhost");
  const registry = hasRegistry ? first : void 0;
  const path = hasRegistry ? name.slice(slash + 1) : name;
  if (registry !== void 0 && !domainPattern.test(registry)) fail(`the registry ${JSON.stringify(registry)} is not host[:port]`);
  if (path === "") fail("the repository path is empty");
  if (!pathPattern.test(path)) {
    if (path !== path.toLowerCase() && pathPattern.test(path.toLowerCase())) fail("repository paths must be lowercase");
    fail(`the repository path ${JSON.stringify(path)} must be parts of lowercase letters and digits joined by single separators (. _ __ -), split by /`);
  }
  return { registry, path, tag, digest };
}
function repositoryName(reference) {
  return reference.registry === void 0 ? reference.path : `${reference.registry}/${reference.path}`;
}
function formatReference(reference) {
  return `${repositoryName(reference)}${reference.tag === void 0 ? "" : `:${reference.tag}`}${reference.digest === void 0 ? "" : `@${reference.digest}`}`;
}
function isValidTag(tag) {
  return tagPattern.test(tag);
}
function registryEndpoint(reference) {
  if (reference.registry === void 0 || reference.registry === "docker.io" || reference.registry === "index.docker.io") {
    return { host: "registry-1.docker.io", repository: reference.path.includes("/") ? reference.path : `library/${reference.path}` };
  }
  return { host: reference.registry, repository: reference.path };
}
function loginServer(reference) {
  return reference.registry ?? "docker.io";
}
function defaultImageName(owner, repo, registry = "ghcr.io") {
  return `${registry}/${owner}/${repo}`.toLowerCase();
}

export {
  parseBuildImage,
  parseImageReference,
  repositoryName,
  formatReference,
  isValidTag,
  registryEndpoint,
  loginServer,
  defaultImageName
};
