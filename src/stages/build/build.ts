/**
 * The build stage: image reference and run → tags and labels → log in, build, push, verify. What
 * the action and `fastapi-postman-deploy build` call; inputs arrive already read into BuildOptions.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.ts';
import { dockerClient, type DockerClient } from '../../container/docker-cli.ts';
import {
  buildAndPush,
  defaultPushPolicy,
  detectBuilder,
  login,
  storedCredentials,
  verifyPushed,
  type Builder,
  type PushPolicy,
} from '../../container/docker.ts';
import { imageMetadata, type ImageMetadata, type ImageRunContext, type SpecInfo } from './metadata.ts';
import { loginServer, parseBuildImage, repositoryName } from '../../container/reference.ts';
import type { Fetch, RegistryCredentials } from '../../container/registry-api.ts';

export interface BuildOptions {
  /** Folder with the Dockerfile (the generated FastAPI project). */
  projectDir: string;
  /** Image name, optionally with a tag: `ghcr.io/org/api` or `ghcr.io/org/api:dev` (that tag alone, then). */
  image: string;
  push: boolean;
  buildArgs: Record<string, string>;
  /** Dockerfile path when it is not `<projectDir>/Dockerfile`. */
  dockerfile?: string;
  /** Network for RUN steps (`host` on an engine without a bridge). */
  network?: string;
  /** Logs in to the image's registry first when given; otherwise docker's stored login is used. */
  credentials?: RegistryCredentials;
  /** How a bad `image` is named to the user: `input "image"` or `--image`. */
  imageInputName?: string;
  /** Push one Docker v2 manifest only, for a registry that takes nothing else. */
  singleManifest?: boolean;
}

export interface BuildContext {
  run: ImageRunContext;
  info: SpecInfo;
  /** Creation time for the label (default now). */
  created?: Date;
  /** Receives docker's output line by line. */
  log?: (line: string) => void;
  /** The environment docker runs with (default this process's); DOCKER_CONFIG there is respected. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the docker client, e.g. one that records its argument arrays. */
  docker?: DockerClient;
  fetch?: Fetch;
  pushPolicy?: PushPolicy;
  /** Told the registry right after a login succeeds, so the post step can log out even if the build then fails. */
  onLogin?: (server: string) => void;
}

export interface BuildResult {
  /** Repository name without tag, e.g. `ghcr.io/org/api`. */
  image: string;
  /** Manifest digest in the registry; undefined when not pushed. */
  digest: string | undefined;
  /** `image@digest`, the reference to deploy; undefined when not pushed. */
  reference: string | undefined;
  /** Local image id (config digest). */
  imageId: string | undefined;
  tags: string[];
  metadata: ImageMetadata;
  builder: Builder;
  pushed: boolean;
  /** Tries the push took (0 when not pushed). */
  pushAttempts: number;
  /** The registry logged in to, for the post step's logout. */
  loggedIn: string | undefined;
  /** What the generated server reports in its X-Build-Id header: how a deploy is confirmed. */
  buildId: string;
}

export async function buildImage(options: BuildOptions, context: BuildContext): Promise<BuildResult> {
  const reference = parseBuildImage(options.image, options.imageInputName ?? 'image');
  const contextDir = path.resolve(options.projectDir);
  const dockerfile = options.dockerfile === undefined ? undefined : path.resolve(contextDir, options.dockerfile);
  checkProject(contextDir, dockerfile ?? path.join(contextDir, 'Dockerfile'));

  const name = repositoryName(reference);
  const metadata = imageMetadata({
    name,
    run: context.run,
    info: context.info,
    created: context.created ?? new Date(),
    explicitTags: reference.tag === undefined ? undefined : [reference.tag],
  });
  const env = context.env ?? process.env;
  const docker = context.docker ?? dockerClient({ env, log: context.log });
  const policy = { onRetry: context.log, ...(context.pushPolicy ?? defaultPushPolicy) };

  let loggedIn: string | undefined;
  if (options.push && options.credentials) {
    loggedIn = loginServer(reference);
    await login(docker, loggedIn, options.credentials);
    context.onLogin?.(loggedIn);
  }
  const builder = await detectBuilder(docker);
  const buildId = buildIdFor(options.buildArgs, context.run.sha);
  const built = await buildAndPush(
    docker,
    {
      contextDir,
      dockerfile,
      tags: metadata.tags,
      labels: metadata.labels,
      buildArgs: { ...options.buildArgs, BUILD_ID: buildId },
      push: options.push,
      network: options.network,
      singleManifest: options.singleManifest,
    },
    builder,
    policy,
  );
  if (options.push) {
    const credentials = options.credentials ?? (await storedCredentials(loginServer(reference), env));
    await verifyPushed(built.pushed, { credentials, fetch: context.fetch, policy });
  }
  const digest = built.pushed.get(metadata.tags[0]!);
  return {
    image: name,
    digest,
    reference: digest === undefined ? undefined : `${name}@${digest}`,
    imageId: built.imageId,
    tags: metadata.tags,
    metadata,
    builder,
    pushed: options.push,
    pushAttempts: built.pushAttempts,
    loggedIn,
    buildId,
  };
}

/**
 * The build's id: the one given as a build argument, else the commit (what a workflow has at hand
 * to confirm the deploy with), else a fresh one, so a build on a laptop is still told apart.
 */
export function buildIdFor(buildArgs: Record<string, string>, sha: string | undefined): string {
  return buildArgs.BUILD_ID ?? sha ?? `local-${randomBytes(6).toString('hex')}`;
}

function checkProject(contextDir: string, dockerfile: string): void {
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) {
    throw new UserError(`the project folder ${contextDir} does not exist`, undefined, 'Give the folder the fastapi stage wrote (it holds the Dockerfile).');
  }
  if (!existsSync(dockerfile)) {
    throw new UserError(`there is no Dockerfile at ${dockerfile}`, undefined, 'Run the fastapi stage first, or point at a folder with a Dockerfile.');
  }
}
