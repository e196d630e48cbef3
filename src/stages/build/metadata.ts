/**
 * Tags and labels for the image, after docker/metadata-action's conventions, as one pure function
 * of the image name, the run and the spec's `info`: the same inputs always give the same plan.
 *
 * Which tags a run gets:
 *   - every run with a commit: `sha-<7 hex>`;
 *   - a branch (`refs/heads/…`): the branch name, made a valid tag;
 *   - a git tag (`refs/tags/…`): the tag name, made a valid tag;
 *   - a pull request: `pr-<number>`;
 *   - the default branch and git tags: the spec's `info.version` as semver tags (`1.2.3`, `1.2`, `1`),
 *     prereleases only as their full version; elsewhere a version tag would let an unreviewed branch
 *     overwrite the image a release points to;
 *   - the default branch with a stable version: `latest`.
 */
import { isValidTag } from '../../container/reference.ts';

export interface ImageRunContext {
  /** GitHub event name (`push`, `pull_request`, …); undefined outside Actions. */
  eventName: string | undefined;
  /** Full git ref: `refs/heads/main`, `refs/tags/v1.2.0`, `refs/pull/7/merge`. */
  ref: string | undefined;
  sha: string | undefined;
  defaultBranch: string | undefined;
  pullRequest: number | undefined;
  /** The repository's web address, for the `source` label. */
  repositoryUrl: string | undefined;
}

/** The parts of the spec's `info` object the image is labelled with. */
export interface SpecInfo {
  title?: string | undefined;
  description?: string | undefined;
  version?: string | undefined;
  license?: { name?: string | undefined; identifier?: string | undefined } | undefined;
}

export interface ImageMetadata {
  /** Full references, `name:tag`, in the order they were derived. */
  tags: string[];
  labels: Record<string, string>;
  /** The version the image stands for: the spec's version, else the first tag. */
  version: string | undefined;
}

export interface MetadataInput {
  /** Repository name without tag, e.g. `ghcr.io/org/api` (already checked by parseImageReference). */
  name: string;
  run: ImageRunContext;
  info: SpecInfo;
  /** When the image was made; passed in so the function stays pure. */
  created: Date;
  /** Tags to use instead of the derived ones (e.g. the tag written in `--image name:tag`). */
  explicitTags?: string[];
}

const shortShaLength = 7;
/** OCI labels are shown in registry UIs as one line; a spec's description can be pages of Markdown. */
const maxDescriptionLength = 256;

export function imageMetadata(input: MetadataInput): ImageMetadata {
  const tagNames = input.explicitTags?.length ? input.explicitTags : derivedTags(input.run, input.info.version);
  // A run with nothing to name it by (no commit, no ref) still needs one tag to push.
  const unique = [...new Set(tagNames.length > 0 ? tagNames : ['latest'])];
  return {
    tags: unique.map((tag) => `${input.name}:${tag}`),
    labels: labels(input),
    version: input.info.version?.trim() || unique[0],
  };
}

function derivedTags(run: ImageRunContext, specVersion: string | undefined): string[] {
  const tags: string[] = [];
  const branch = refName(run.ref, 'refs/heads/');
  const gitTag = refName(run.ref, 'refs/tags/');
  const pullRequest = run.pullRequest ?? pullRequestFromRef(run.ref);
  const onDefaultBranch = branch !== undefined && branch === run.defaultBranch && pullRequest === undefined;

  if (pullRequest !== undefined) tags.push(`pr-${pullRequest}`);
  else if (branch !== undefined) pushSanitized(tags, branch);
  if (gitTag !== undefined) pushSanitized(tags, gitTag);

  const version = specVersion === undefined ? undefined : parseSemver(specVersion);
  if (version && (onDefaultBranch || gitTag !== undefined)) {
    if (version.prerelease !== undefined) {
      pushSanitized(tags, version.text);
    } else {
      tags.push(`${version.major}.${version.minor}.${version.patch}`, `${version.major}.${version.minor}`);
      // Under semver every 0.x release may break the last one, so a bare `0` would promise nothing.
      if (version.major !== 0) tags.push(String(version.major));
    }
  }
  if (onDefaultBranch && (version === undefined || version.prerelease === undefined)) tags.push('latest');

  if (run.sha && /^[0-9a-f]{7,}$/i.test(run.sha)) tags.push(`sha-${run.sha.slice(0, shortShaLength).toLowerCase()}`);
  return tags;
}

function refName(ref: string | undefined, prefix: string): string | undefined {
  return ref?.startsWith(prefix) && ref.length > prefix.length ? ref.slice(prefix.length) : undefined;
}

function pullRequestFromRef(ref: string | undefined): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? '');
  return match ? Number(match[1]) : undefined;
}

/** A git name as a tag: runs of other characters become `-`, a tag starts with a word character. */
export function sanitizeTag(name: string): string | undefined {
  const tag = name
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return isValidTag(tag) ? tag : undefined;
}

function pushSanitized(tags: string[], name: string): void {
  const tag = sanitizeTag(name);
  if (tag !== undefined) tags.push(tag);
}

interface Semver {
  text: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

/** semver.org's grammar; a leading `v` is allowed because specs often write `v1.2.0`. */
const semverPattern =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseSemver(text: string): Semver | undefined {
  const match = semverPattern.exec(text.trim());
  if (!match) return undefined;
  return {
    text: text.trim().replace(/^v/, ''),
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4],
  };
}

function labels(input: MetadataInput): Record<string, string> {
  const { info, run } = input;
  const out: Record<string, string> = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out[`org.opencontainers.image.${key}`] = value;
  };
  set('title', oneLine(info.title));
  set('description', summary(info.description));
  set('version', info.version?.trim());
  set('source', run.repositoryUrl);
  set('revision', run.sha);
  set('created', input.created.toISOString());
  set('licenses', licenseExpression(info.license));
  return out;
}

function oneLine(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim();
}

/** The description's first paragraph on one line, cut at a word near the limit. */
function summary(description: string | undefined): string | undefined {
  const first = oneLine(description?.trim().split(/\n\s*\n/)[0]);
  if (first === undefined || first.length <= maxDescriptionLength) return first;
  const cut = first.slice(0, maxDescriptionLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxDescriptionLength / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The label wants an SPDX expression. OpenAPI 3.1's `license.identifier` is one; 3.0 only has a
 * free-text `name`, used when it reads like an SPDX id (`MIT`, `Apache-2.0`) and dropped when it is
 * prose (`Apache 2.0`), since a wrong licence label is worse than none.
 */
function licenseExpression(license: SpecInfo['license']): string | undefined {
  const identifier = license?.identifier?.trim();
  if (identifier) return identifier;
  const name = license?.name?.trim();
  return name && /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(name) ? name : undefined;
}
