/**
 * Image references, checked against the grammar of the OCI distribution reference
 * (`[host[:port]/]path[:tag][@digest]`) before any of them reaches the docker command line. The
 * grammar leaves no room for spaces, shell characters or a leading dash, so a reference that passes
 * can be neither a second command nor a docker option.
 */
import { UserError } from '../errors.ts';

export interface ImageReference {
  /** Registry host with optional port, as written; undefined means Docker Hub. */
  registry: string | undefined;
  /** Repository path inside the registry, e.g. `org/api`. */
  path: string;
  tag: string | undefined;
  digest: string | undefined;
}

// Pieces of the grammar, kept as sources so the full patterns read like the specification.
const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|-+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = '\\[[a-fA-F0-9:]+\\]';
const host = `(?:${domainName}|${ipv6})`;
const domain = `${host}(?::[0-9]+)?`;

const pathPattern = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const domainPattern = new RegExp(`^${domain}$`);
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The distribution spec's limit for a repository name including its host. */
const maxNameLength = 255;

const accepted =
  'an image reference such as ghcr.io/org/api, registry.example.com:5000/team/api:1.2 or org/api@sha256:<64 hex digits>: ' +
  'lowercase letters, digits and the separators . _ __ - inside each path part, an optional tag (letters, digits, _ . -, up to 128) and digest';

/**
 * Parses `input` or throws a UserError that names `what` (e.g. `--image`) and what it accepts.
 * `input` is taken exactly as given: surrounding spaces are a mistake worth reporting, not fixing.
 */
/** An image to build: a name, optionally with a tag, but no digest (a build produces one). */
export function parseBuildImage(input: string, what: string): ImageReference {
  const reference = parseImageReference(input, what);
  if (reference.digest !== undefined)
    throw new UserError(`${what} ${JSON.stringify(input)} names a digest; a build produces one`, undefined, 'Give the name alone, or name:tag.');
  return reference;
}

export function parseImageReference(input: string, what: string): ImageReference {
  const fail = (why: string): never => {
    throw new UserError(`${what} ${JSON.stringify(input)} is not a valid image reference: ${why}`, undefined, `Give ${accepted}.`);
  };
  if (input === '') fail('it is empty');
  if (/[^\x21-\x7e]/.test(input)) fail('it contains spaces, control or non-ASCII characters');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) fail(`the digest ${JSON.stringify(digest)} is not algorithm:hex (e.g. sha256:<64 hex digits>)`);
    if (digest.startsWith('sha256:') && digest.length !== 'sha256:'.length + 64) fail('a sha256 digest has exactly 64 hex digits');
  }

  // A colon after the last slash starts the tag; one before it belongs to the registry's port.
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) fail(`the tag ${JSON.stringify(tag)} must start with a letter, digit or _, and hold only those and . - (128 at most)`);
  }

  const name = rest;
  if (name.length > maxNameLength) fail(`the name is ${name.length} characters long; the limit is ${maxNameLength}`);
  const slash = name.indexOf('/');
  const first = slash === -1 ? name : name.slice(0, slash);
  // As docker decides it: the first part names a registry when it has a dot or a port, or is localhost.
  const hasRegistry = slash !== -1 && (first.includes('.') || first.includes(':') || first.includes('[') || first === 'localhost');
  const registry = hasRegistry ? first : undefined;
  const path = hasRegistry ? name.slice(slash + 1) : name;

  if (registry !== undefined && !domainPattern.test(registry)) fail(`the registry ${JSON.stringify(registry)} is not host[:port]`);
  if (path === '') fail('the repository path is empty');
  if (!pathPattern.test(path)) {
    if (path !== path.toLowerCase() && pathPattern.test(path.toLowerCase())) fail('repository paths must be lowercase');
    fail(`the repository path ${JSON.stringify(path)} must be parts of lowercase letters and digits joined by single separators (. _ __ -), split by /`);
  }
  return { registry, path, tag, digest };
}

/** `registry/path` as written, without tag or digest: the name tags are added to. */
export function repositoryName(reference: ImageReference): string {
  return reference.registry === undefined ? reference.path : `${reference.registry}/${reference.path}`;
}

/** The full reference text: `name[:tag][@digest]`. */
export function formatReference(reference: ImageReference): string {
  return `${repositoryName(reference)}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
}

/** Whether `tag` may stand after the colon of a reference. */
export function isValidTag(tag: string): boolean {
  return tagPattern.test(tag);
}

/**
 * Where the registry's HTTP API lives and the repository's name there. Docker Hub is the one
 * registry whose API host differs from its name, and whose one-part names live under `library/`.
 */
export function registryEndpoint(reference: ImageReference): { host: string; repository: string } {
  if (reference.registry === undefined || reference.registry === 'docker.io' || reference.registry === 'index.docker.io') {
    return { host: 'registry-1.docker.io', repository: reference.path.includes('/') ? reference.path : `library/${reference.path}` };
  }
  return { host: reference.registry, repository: reference.path };
}

/** The registry name `docker login` and `docker logout` take for this reference. */
export function loginServer(reference: ImageReference): string {
  return reference.registry ?? 'docker.io';
}

/**
 * The image a repository publishes when none is named: `ghcr.io/<owner>/<repo>`, lowercased because
 * GitHub names may have capitals and image paths may not.
 */
export function defaultImageName(owner: string, repo: string, registry = 'ghcr.io'): string {
  return `${registry}/${owner}/${repo}`.toLowerCase();
}
