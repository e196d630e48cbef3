/**
 * Building and pushing with the docker CLI. The argument arrays are planned by pure functions
 * (`buildCommands`), then run through the DockerClient; the steps with effects (log in, build, push,
 * verify) are small functions the build stage strings together.
 *
 * `docker buildx build --push` when the buildx plugin is there (one step, the digest from its
 * metadata file), else the classic `docker build` then one `docker push` per tag (the digest from
 * push's own report). Either way a failed push is retried with backoff, and the digest is then
 * checked against what the registry serves for every tag.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { maskSecrets } from '../text/secrets.ts';
import { UserError } from '../errors.ts';
import type { DockerClient, DockerResult } from './docker-cli.ts';
import { parseImageReference } from './reference.ts';
import { manifestDigest, RegistryApiError, type Fetch, type RegistryCredentials } from './registry-api.ts';

export type Builder = 'buildx' | 'docker';

/** A build or push that failed: the stage failed, the input was fine. */
export class ContainerError extends UserError {
  override readonly exitCode = 1;
}

export interface BuildRequest {
  /** Absolute path of the build context. */
  contextDir: string;
  /** Dockerfile path, when not `<contextDir>/Dockerfile`. */
  dockerfile: string | undefined;
  /** Full references (`name:tag`). */
  tags: string[];
  labels: Record<string, string>;
  buildArgs: Record<string, string>;
  push: boolean;
  /** Network for RUN steps, e.g. `host` on an engine started without a bridge. */
  network: string | undefined;
  /** One Docker v2 manifest, no index or attestations (the classic builder pushes nothing else). */
  singleManifest?: boolean;
}

export interface BuildCommands {
  build: string[];
  /** One `docker push` per tag for the classic builder; empty for buildx, which pushes as it builds. */
  pushes: string[][];
}

export interface BuildFiles {
  iidFile: string;
  metadataFile: string;
  /** Where the classic builder's Dockerfile with the labels appended is written (see labelledDockerfile). */
  labelledDockerfile: string;
}

/**
 * The docker argument arrays for a request. Every option is written `--name=value`, so a value that
 * starts with a dash can never be read as an option of its own; the context path is absolute.
 */
export function buildCommands(request: BuildRequest, builder: Builder, files: BuildFiles): BuildCommands {
  const common = [
    ...request.tags.map((tag) => `--tag=${tag}`),
    ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
    ...(request.network === undefined ? [] : [`--network=${request.network}`]),
    `--iidfile=${files.iidFile}`,
  ];
  if (builder === 'buildx') {
    return {
      build: [
        'buildx',
        'build',
        ...(request.dockerfile === undefined ? [] : [`--file=${request.dockerfile}`]),
        ...common,
        ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
        // A registry that takes one Docker v2 manifest only (Heroku's) gets no index and no attestations.
        ...(request.push && request.singleManifest
          ? ['--provenance=false', '--sbom=false', '--output=type=registry,oci-mediatypes=false']
          : [request.push ? '--push' : '--load']),
        `--metadata-file=${files.metadataFile}`,
        request.contextDir,
      ],
      pushes: [],
    };
  }
  return {
    build: ['build', `--file=${files.labelledDockerfile}`, ...common, request.contextDir],
    pushes: request.push ? request.tags.map((tag) => ['push', tag]) : [],
  };
}

/**
 * The Dockerfile with one LABEL instruction appended for all labels. The classic builder turns each
 * `--label` into a step of its own, and on the vfs storage driver every step copies the whole file
 * system: seven labels on a Python image cost more than the build. Values are quoted with the
 * file's escape character (its `# escape=` directive, else backslash) so `"`, `$` and the escape
 * character itself stay literal.
 */
export function labelledDockerfile(original: string, labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return original;
  const escape = escapeCharacter(original);
  // Inside double quotes the escape character makes `"`, `$` and itself literal; newlines cannot be quoted.
  const special = new Set(['"', '$', escape]);
  const quote = (text: string) => `"${[...text.replace(/[\r\n]+/g, ' ')].map((c) => (special.has(c) ? escape + c : c)).join('')}"`;
  const line = `LABEL ${entries.map(([key, value]) => `${quote(key)}=${quote(value)}`).join(' ')}`;
  return `${original}${original.endsWith('\n') ? '' : '\n'}${line}\n`;
}

/** Parser directives are `# name=value` comments before anything else; `escape` may be \\ or `. */
function escapeCharacter(dockerfile: string): string {
  for (const line of dockerfile.split('\n')) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) return directive[2];
  }
  return '\\';
}

export async function detectBuilder(docker: DockerClient): Promise<Builder> {
  const result = await docker.run(['buildx', 'version'], { log: false });
  return result.ok ? 'buildx' : 'docker';
}

/** `docker login` with the password on stdin: it is never in an argument list, so never in `ps` or a log. */
export async function login(docker: DockerClient, server: string, credentials: RegistryCredentials): Promise<void> {
  const result = await docker.run(['login', `--username=${credentials.username}`, '--password-stdin', server], { input: credentials.password, log: false });
  if (!result.ok) {
    throw new ContainerError(
      `docker login to ${server} failed: ${lastLines(maskSecrets(result.spawnError ?? result.stderr, [credentials.password]))}`,
      undefined,
      'Check the registry username and password (for GHCR: the workflow token with `packages: write`).',
    );
  }
}

/** Forgets the credentials `login` stored; for the action's post step. Failing to is only worth a warning. */
export async function logout(docker: DockerClient, server: string): Promise<DockerResult> {
  return docker.run(['logout', server], { log: false });
}

export interface PushPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the 2nd, 3rd, … try; the last value repeats. */
  delaysMs: number[];
  sleep: (ms: number) => Promise<void>;
  /** Told about each retry, so a slow push is explained in the log. */
  onRetry?: (message: string) => void;
}

export const defaultPushPolicy: PushPolicy = {
  attempts: 4,
  delaysMs: [2_000, 5_000, 10_000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface BuiltImage {
  builder: Builder;
  imageId: string | undefined;
  /** Manifest digest each tag was pushed as (empty when not pushed). */
  pushed: Map<string, string>;
  /** Push tries used, the first included (the most any one tag needed). */
  pushAttempts: number;
}

/** Builds, then pushes when asked, retrying pushes that fail for reasons that may pass. */
export async function buildAndPush(docker: DockerClient, request: BuildRequest, builder: Builder, policy: PushPolicy): Promise<BuiltImage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fpd-build-'));
  try {
    const files = { iidFile: path.join(dir, 'iid'), metadataFile: path.join(dir, 'metadata.json'), labelledDockerfile: path.join(dir, 'Dockerfile') };
    const commands = buildCommands(request, builder, files);
    if (builder === 'docker') {
      const original = await readFile(request.dockerfile ?? path.join(request.contextDir, 'Dockerfile'), 'utf8');
      await writeFile(files.labelledDockerfile, labelledDockerfile(original, request.labels));
    }
    const pushed = new Map<string, string>();
    let pushAttempts = 0;

    if (builder === 'buildx' && request.push) {
      // buildx pushes as part of the build; a retry rebuilds from its cache, which costs little.
      pushAttempts = await withRetries(policy, 'docker buildx build --push', () => docker.run(commands.build), isRetryableBuildxFailure);
      const digest = await buildxDigest(files.metadataFile);
      for (const tag of request.tags) pushed.set(tag, digest);
    } else {
      const build = await docker.run(commands.build);
      if (!build.ok) throw failure('docker build', build);
      for (const push of commands.pushes) {
        let output = '';
        const tries = await withRetries(
          policy,
          `docker ${push.join(' ')}`,
          async () => {
            const result = await docker.run(push);
            output = result.stdout;
            return result;
          },
          isRetryablePushFailure,
        );
        pushAttempts = Math.max(pushAttempts, tries);
        const digest = /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
        if (!digest) throw new ContainerError(`docker push ${push[1]} reported no digest`);
        pushed.set(push[1]!, digest);
      }
    }
    const imageId = (await readFile(files.iidFile, 'utf8').catch(() => '')).trim() || undefined;
    return { builder, imageId, pushed, pushAttempts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function withRetries(
  policy: PushPolicy,
  what: string,
  attempt: () => Promise<DockerResult>,
  retryable: (result: DockerResult) => boolean,
): Promise<number> {
  for (let tries = 1; ; tries++) {
    const result = await attempt();
    if (result.ok) return tries;
    if (tries >= policy.attempts || !retryable(result)) throw failure(what, result, tries);
    const delay = backoff(policy, tries);
    policy.onRetry?.(`${what} failed (try ${tries} of ${policy.attempts}: ${lastLines(result.stderr, 1)}); trying again in ${delay / 1000} s`);
    await policy.sleep(delay);
  }
}

function backoff(policy: PushPolicy, tries: number): number {
  return policy.delaysMs[Math.min(tries - 1, policy.delaysMs.length - 1)] ?? 0;
}

/** Refusals that another try cannot change; everything else (network, 5xx, 429) may pass. */
const permanentPushFailure =
  /denied|unauthorized|authentication required|no basic auth credentials|insufficient_scope|name invalid|manifest invalid|tag invalid|no such image|does not exist locally/i;

export function isRetryablePushFailure(result: DockerResult): boolean {
  return result.spawnError === undefined && !permanentPushFailure.test(result.stderr);
}

/** A buildx failure is retried only when it failed pushing; a build that fails would fail again. */
export function isRetryableBuildxFailure(result: DockerResult): boolean {
  return (
    isRetryablePushFailure(result) &&
    /push|blob|manifest|registry/i.test(result.stderr) &&
    !/failed to solve:.*(dockerfile|executor|process .* did not complete)/i.test(result.stderr)
  );
}

async function buildxDigest(metadataFile: string): Promise<string> {
  const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
  const digest = metadata['containerimage.digest'];
  if (typeof digest !== 'string') throw new ContainerError('docker buildx build --push wrote no image digest to its metadata file');
  return digest;
}

export interface VerifyOptions {
  credentials: RegistryCredentials | undefined;
  fetch?: Fetch;
  policy: PushPolicy;
}

/** Checks that every tag resolves, in the registry, to the digest it was pushed as. */
export async function verifyPushed(pushed: Map<string, string>, options: VerifyOptions): Promise<void> {
  for (const [tag, expected] of pushed) {
    const reference = parseImageReference(tag, 'pushed tag');
    let served: string;
    for (let tries = 1; ; tries++) {
      try {
        served = await manifestDigest(reference, options.credentials, options.fetch);
        break;
      } catch (error) {
        if (!(error instanceof RegistryApiError)) throw error;
        // Unreachable or 5xx may pass; a 4xx (unknown tag, refused) will not.
        const transient = error.status === undefined || error.status >= 500 || error.status === 429;
        if (!transient || tries >= options.policy.attempts) {
          throw new ContainerError(`could not confirm the push of ${tag}: ${error.message}`);
        }
        const delay = backoff(options.policy, tries);
        options.policy.onRetry?.(`checking ${tag} in the registry failed (${error.message}); trying again in ${delay / 1000} s`);
        await options.policy.sleep(delay);
      }
    }
    if (served !== expected) {
      throw new ContainerError(
        `the registry serves ${tag} as ${served}, but it was pushed as ${expected}`,
        undefined,
        'Another push to the same tag may have raced this one; run the build again.',
      );
    }
  }
}

/**
 * Credentials docker itself stored for `server` (what docker/login-action leaves behind), for the
 * registry API when the build was given none. Credential helpers keep theirs elsewhere: none then.
 */
export async function storedCredentials(server: string, env: NodeJS.ProcessEnv): Promise<RegistryCredentials | undefined> {
  const file = path.join(env.DOCKER_CONFIG ?? path.join(env.HOME ?? homedir(), '.docker'), 'config.json');
  try {
    const config = JSON.parse(await readFile(file, 'utf8')) as { auths?: Record<string, { auth?: string }> };
    const keys = server === 'docker.io' ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io'] : [server, `https://${server}`];
    const auth = keys.map((key) => config.auths?.[key]?.auth).find((value) => typeof value === 'string');
    if (!auth) return undefined;
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  } catch {
    return undefined;
  }
}

function failure(what: string, result: DockerResult, tries = 1): ContainerError {
  const detail = result.spawnError ? `could not start docker: ${result.spawnError}` : `exit ${result.code}: ${lastLines(result.stderr || result.stdout)}`;
  return new ContainerError(`${what} failed${tries > 1 ? ` after ${tries} tries` : ''} (${detail})`, undefined, failureHint(result));
}

function failureHint(result: DockerResult): string | undefined {
  if (result.spawnError) return 'Install the docker CLI and make sure it is on PATH.';
  if (/denied|unauthorized|authentication required|no basic auth credentials|insufficient_scope/i.test(result.stderr)) {
    return 'Give the registry credentials (or log in before this step); for GHCR the workflow token needs `packages: write`.';
  }
  return undefined;
}

export function lastLines(text: string, count = 8): string {
  return text.trim().split('\n').slice(-count).join('\n');
}
