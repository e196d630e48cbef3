/**
 * The generated project as a container on this machine: built without pushing, run with its port on
 * loopback, removed when stopped. `run` on a laptop uses it as "the deployed URL" when an engine is
 * there, so the demo tests the image a deploy would ship, not only the code.
 */
import { randomBytes } from 'node:crypto';
import { buildIdFor, buildImage } from './build.ts';
import { dockerClient, type DockerClient } from '../../container/docker-cli.ts';
import { ContainerError, lastLines } from '../../container/docker.ts';
import type { ImageRunContext, SpecInfo } from './metadata.ts';
import { freePort } from '../../net/free-port.ts';
import { credentialsText } from '../../openapi/sample/request.ts';

export interface ServeImageOptions {
  projectDir: string;
  /** The local tag, e.g. `fpd-local/bookshelf:dev`. */
  image: string;
  buildArgs: Record<string, string>;
  info: SpecInfo;
  run: ImageRunContext;
  log?: (line: string) => void;
  docker?: DockerClient;
  /** The credentials the server accepts (API_CREDENTIALS), handed to docker through its environment, never its arguments. */
  credentials?: Readonly<Record<string, string>>;
}

export interface RunningImage {
  url: string;
  buildId: string;
  container: string;
  stop(): Promise<void>;
}

/** Whether an engine answers; the caller serves another way when not. */
export async function engineAnswers(docker: DockerClient = dockerClient()): Promise<boolean> {
  const info = await docker.run(['info', '--format', '{{.ServerVersion}}'], { log: false });
  return info.ok;
}

/**
 * An engine started without a bridge (CI containers, rootless set-ups) has only the host network:
 * then the build and the container use it, and the app listens on the chosen port itself.
 */
async function hasBridge(docker: DockerClient): Promise<boolean> {
  return (await docker.run(['network', 'inspect', 'bridge'], { log: false })).ok;
}

export async function serveImage(options: ServeImageOptions): Promise<RunningImage> {
  const secrets = options.credentials ? { API_CREDENTIALS: credentialsText(options.credentials) } : undefined;
  const docker = options.docker ?? dockerClient({ log: options.log, ...(secrets && { env: { ...process.env, ...secrets } }) });
  const bridge = await hasBridge(docker);
  // A fresh id rather than the commit: the tests then reach this container, not a stale server.
  const buildId = buildIdFor(options.buildArgs, undefined);
  const built = await buildImage(
    {
      projectDir: options.projectDir,
      image: options.image,
      push: false,
      buildArgs: { ...options.buildArgs, BUILD_ID: buildId },
      network: bridge ? undefined : 'host',
    },
    { run: options.run, info: options.info, log: options.log, docker },
  );
  const port = await freePort();
  const name = `fpd-run-${randomBytes(6).toString('hex')}`;
  const network = bridge
    ? ['--publish', `127.0.0.1:${port}:8000`, '--env', 'PORT=8000']
    : ['--network', 'host', '--env', `PORT=${port}`, '--env', 'HOST=127.0.0.1'];
  const environment = secrets ? ['--env', 'API_CREDENTIALS'] : [];
  const started = await docker.run(['run', '--detach', '--rm', '--name', name, ...network, ...environment, built.imageId ?? built.tags[0]!], { log: false });
  if (!started.ok) throw new ContainerError(`docker run failed (exit ${started.code}): ${lastLines(started.stderr || started.spawnError || '')}`);
  const container = started.stdout.trim();
  return {
    url: `http://127.0.0.1:${port}`,
    buildId: built.buildId,
    container,
    async stop() {
      // --rm removes it once stopped; the log is kept for nobody, which is what a demo wants.
      await docker.run(['rm', '--force', container], { log: false });
    },
  };
}
