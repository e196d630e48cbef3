/**
 * Two builds of the bundled example's generated server, pushed to the local registry and named by
 * digest, for the deploy tests to roll out: one that honours its contract, and one whose `listBooks`
 * handler answers with books the contract does not allow (a safe GET, so even a production-scoped
 * contract run catches it). Built once per machine (the engine's layer cache makes later calls a
 * matter of seconds) and once per test process.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensurePythonBaseImage, requireDockerServices, sharedRegistry } from '../docker.ts';
import { cacheDir, repoRoot, scratch } from '../paths.ts';

const run = promisify(execFile);

export interface DeployableBuild {
  /** registry/repository@sha256:… */
  image: string;
  /** What the server sends in X-Build-Id. */
  buildId: string;
}

export interface DeployableImages {
  good: DeployableBuild;
  broken: DeployableBuild;
}

/** Breaks the contract of a GET: a book without its required fields and with a string id that is no UUID. */
const brokenHandler = `"""A handler that breaks the contract on purpose: the deploy tests must never promote this build."""

from fastapi.responses import JSONResponse


async def list_books(limit: int = 20) -> JSONResponse:
    return JSONResponse([{"id": "not-a-uuid"}])
`;

let images: Promise<DeployableImages> | undefined;

export function deployableImages(): Promise<DeployableImages> {
  images ??= build();
  return images;
}

async function build(): Promise<DeployableImages> {
  await requireDockerServices();
  const python = await ensurePythonBaseImage();
  const lock = path.join(cacheDir, 'container', 'deployable-images.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  await acquire(lock);
  const dir = scratch('fpd-deployable-');
  try {
    const project = path.join(dir, 'server');
    await run(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'fastapi', path.join(repoRoot, 'example/openapi.yaml'), '--out', project], {
      cwd: dir,
    });
    const good = await buildAndPush(project, python, 'example-good');
    await writeFile(path.join(project, 'app/handlers/books.py'), brokenHandler);
    const broken = await buildAndPush(project, python, 'example-broken');
    return { good, broken };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rmdir(lock).catch(() => undefined);
  }
}

async function buildAndPush(project: string, python: string, buildId: string): Promise<DeployableBuild> {
  const tag = `${sharedRegistry}/fpd-deploy-example:${buildId}`;
  const options = { timeout: 10 * 60_000, maxBuffer: 64 * 1024 * 1024 };
  await run('docker', ['build', '--network=host', `--build-arg=PYTHON_IMAGE=${python}`, `--build-arg=BUILD_ID=${buildId}`, `--tag=${tag}`, project], options);
  await run('docker', ['push', tag], options);
  const { stdout } = await run('docker', ['image', 'inspect', '--format', '{{json .RepoDigests}}', tag], options);
  const digest = (JSON.parse(stdout) as string[]).find((d) => d.startsWith(`${sharedRegistry}/fpd-deploy-example@`));
  if (!digest) throw new Error(`no digest for ${tag} after pushing it`);
  return { image: digest, buildId };
}

async function acquire(lock: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > 15 * 60_000) {
        await rmdir(lock).catch(() => undefined);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
