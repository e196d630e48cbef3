/**
 * The build stage against a real engine and real registries (scripts/ci-services.sh starts both):
 * build, push, and check that what the registry serves is what was pushed; run the image by digest;
 * survive the registry process being stopped during a push; log in without the password ever being
 * in an argument list or a log.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildImage, type BuildContext, type BuildResult } from '../../src/stages/build/build.ts';
import { dockerClient, type DockerClientOptions } from '../../src/container/docker-cli.ts';
import { ContainerError, logout } from '../../src/container/docker.ts';
import { ensureBaseImage, htpasswdLine, requireDockerServices, sharedRegistry, startTestRegistry, type TestRegistry } from '../support/docker.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const run = promisify(execFile);
const fixtures = path.join(repoRoot, '__tests__/fixtures/container');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Folders the tests made, removed at the end (one holds a 24 MB payload). */
const scratchDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = scratch(prefix);
  scratchDirs.push(dir);
  return dir;
}

/** A copy of a fixture project, with `payload` random bytes of the given size when asked. */
function project(fixture: string, payloadBytes?: number): string {
  const dir = tempDir('fpd-container-');
  cpSync(path.join(fixtures, fixture), dir, { recursive: true });
  if (payloadBytes !== undefined) writeFileSync(path.join(dir, 'payload'), randomBytes(payloadBytes));
  return dir;
}

function context(overrides: Partial<BuildContext> = {}): BuildContext {
  return {
    run: {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: randomBytes(20).toString('hex'),
      defaultBranch: 'main',
      pullRequest: undefined,
      repositoryUrl: 'https://github.com/org/greeting',
    },
    // Quotes, a dollar and a backslash: the labels must reach the image exactly as written.
    info: { title: 'Greeting "API" for $USER \\ v1', description: 'Says hello.', version: '1.2.3', license: { identifier: 'MIT' } },
    pushPolicy: { attempts: 4, delaysMs: [1_500, 3_000], sleep },
    ...overrides,
  };
}

/**
 * What the registry serves for `name:tag`, judged here without the code under test: the hash of the
 * manifest bytes it sends, and the digest header it sends with them.
 */
async function served(tagged: string, credentials?: { username: string; password: string }): Promise<string> {
  const slash = tagged.indexOf('/');
  const colon = tagged.lastIndexOf(':');
  const url = `http://${tagged.slice(0, slash)}/v2/${tagged.slice(slash + 1, colon)}/manifests/${tagged.slice(colon + 1)}`;
  const headers: Record<string, string> = {
    Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
  };
  if (credentials) headers.Authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const response = await fetch(url, { headers });
  assert.equal(response.status, 200, `GET ${url}`);
  const hash = `sha256:${createHash('sha256')
    .update(Buffer.from(await response.arrayBuffer()))
    .digest('hex')}`;
  assert.equal(response.headers.get('docker-content-digest'), hash, 'the header names the bytes served');
  return hash;
}

async function assertServedAsPushed(result: BuildResult, credentials?: { username: string; password: string }): Promise<void> {
  assert.match(result.digest ?? '', /^sha256:[0-9a-f]{64}$/);
  for (const tag of result.tags) assert.equal(await served(tag, credentials), result.digest, tag);
}

const registries: TestRegistry[] = [];
let baseImage: string;

before(async () => {
  await requireDockerServices();
  baseImage = await ensureBaseImage();
});

after(async () => {
  for (const registry of registries) await registry.dispose();
  for (const dir of scratchDirs) await rm(dir, { recursive: true, force: true });
  // Every image these tests made is named …fpd-test/…; removed so repeated runs do not fill the disk.
  const { stdout } = await run('docker', ['image', 'ls', '--format', '{{.Repository}} {{.ID}}']);
  const ours = stdout.split('\n').flatMap((line) => (/(^|\/)fpd-test\//.test(line) ? [line.split(' ')[1]!] : []));
  if (ours.length > 0) await run('docker', ['image', 'rm', '--force', ...new Set(ours)]).catch(() => undefined);
});

describe('build and push to the local registry', () => {
  it('pushes every tag, the registry serves the verified digest, and the image runs by digest', async () => {
    const greeting = `hello ${randomBytes(6).toString('hex')}`;
    const image = `${sharedRegistry}/fpd-test/greeting`;
    const result = await buildImage(
      { projectDir: project('greeting'), image, push: true, buildArgs: { BASE_IMAGE: baseImage, GREETING: greeting }, network: 'host' },
      context({ created: new Date('2026-11-21T06:00:00Z') }),
    );

    const short = result.metadata.labels['org.opencontainers.image.revision']!.slice(0, 7);
    assert.deepEqual(
      result.tags,
      ['main', '1.2.3', '1.2', '1', 'latest', `sha-${short}`].map((tag) => `${image}:${tag}`),
    );
    assert.equal(result.image, image);
    assert.equal(result.reference, `${image}@${result.digest}`);
    assert.equal(result.pushed, true);
    assert.equal(result.pushAttempts, 1);
    await assertServedAsPushed(result);

    const { stdout: labels } = await run('docker', ['image', 'inspect', '--format', '{{json .Config.Labels}}', result.tags[0]!]);
    assert.deepEqual(JSON.parse(labels), result.metadata.labels);
    assert.equal(result.metadata.labels['org.opencontainers.image.created'], '2026-11-21T06:00:00.000Z');

    // Drop every local name for it, so only the registry can supply the image run below.
    await run('docker', ['image', 'rm', '--force', ...result.tags]);
    await run('docker', ['pull', result.reference!]);
    const { stdout } = await run('docker', ['run', '--rm', '--network', 'host', result.reference!]);
    assert.equal(stdout.trim(), greeting);
  });

  it('builds without pushing: local tags and image id, no digest', async () => {
    const result = await buildImage({ projectDir: project('payload', 1024), image: 'fpd-test/local:dev', push: false, buildArgs: {} }, context());
    assert.deepEqual(result.tags, ['fpd-test/local:dev']);
    assert.equal(result.digest, undefined);
    assert.equal(result.reference, undefined);
    const { stdout } = await run('docker', ['image', 'inspect', '--format', '{{.Id}}', 'fpd-test/local:dev']);
    assert.equal(stdout.trim(), result.imageId);
  });

  it("a Dockerfile that fails stops the stage with docker's own error", async () => {
    const dir = project('payload');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY missing-file /x\n');
    await assert.rejects(
      buildImage({ projectDir: dir, image: `${sharedRegistry}/fpd-test/broken`, push: true, buildArgs: {} }, context()),
      (error: unknown) => error instanceof ContainerError && /docker build failed .*missing-file/s.test(error.message),
    );
  });
});

describe('the registry process stopped during a push', () => {
  it('stopped between the tags of one push: the push is retried, then every tag verified', async () => {
    const registry = await startTestRegistry();
    registries.push(registry);
    const stopped: number[] = [];
    let pushes = 0;
    let restarted: Promise<void> | undefined;
    const onSpawn: DockerClientOptions['onSpawn'] = (args) => {
      if (args[1] !== 'push' || ++pushes !== 2) return;
      // The first tag is in the registry; stop it (by its pid) before the second tag's push starts,
      // and bring it back while the stage waits to retry.
      stopped.push(registry.pid!);
      restarted = registry
        .stop('SIGKILL')
        .then(() => sleep(300))
        .then(() => registry.start());
    };
    const result = await buildImage(
      { projectDir: project('payload', 64 * 1024), image: `${registry.address}/fpd-test/payload`, push: true, buildArgs: {} },
      context({
        run: {
          eventName: 'pull_request',
          ref: 'refs/pull/5/merge',
          sha: randomBytes(20).toString('hex'),
          defaultBranch: 'main',
          pullRequest: 5,
          repositoryUrl: undefined,
        },
        docker: dockerClient({ onSpawn }),
      }),
    );
    await restarted;
    assert.equal(stopped.length, 1, 'the registry was stopped once');
    assert.notEqual(registry.pid, stopped[0], 'and runs again as a new process');
    assert.equal(result.tags.length, 2);
    assert.ok(result.pushAttempts >= 2, 'the second tag took a retry');
    await assertServedAsPushed(result);
  });

  // The engine retries a layer upload by itself (5 s later), so this push completes within the
  // stage's first try; the test above is the one where the failure reaches the stage's own retry.
  it('stopped while a layer is being uploaded: the upload starts over once it is back, digest verified', async () => {
    const registry = await startTestRegistry();
    registries.push(registry);
    const repository = 'fpd-test/big-payload';
    let logAtStop = '';
    let interrupted: Promise<void> | undefined;
    const onSpawn: DockerClientOptions['onSpawn'] = (args) => {
      if (args[1] !== 'push' || interrupted) return;
      interrupted = (async () => {
        // An upload session has begun; the layer's bytes are on their way.
        await registry.waitForLog(new RegExp(`"POST /v2/${repository}/blobs/uploads/`), 60_000);
        await registry.stop('SIGKILL');
        logAtStop = registry.log();
        await sleep(1_000);
        await registry.start();
      })();
    };
    const result = await buildImage(
      { projectDir: project('payload', 24 * 1024 * 1024), image: `${registry.address}/${repository}:upload`, push: true, buildArgs: {} },
      context({ docker: dockerClient({ onSpawn }) }),
    );
    await interrupted;
    assert.ok(!new RegExp(`"PUT /v2/${repository}/manifests/`).test(logAtStop), 'stopped before the manifest was pushed');
    const afterRestart = registry.log().slice(logAtStop.length);
    assert.match(afterRestart, new RegExp(`"POST /v2/${repository}/blobs/uploads/ HTTP/1.1" 202`), 'the upload began again');
    assert.match(afterRestart, new RegExp(`"PUT /v2/${repository}/manifests/upload HTTP/1.1" 201`));
    await assertServedAsPushed(result);
  });
});

describe('docker login', () => {
  const username = 'fpd-bot';
  const password = `canary-${randomBytes(12).toString('hex')}`;
  let registry: TestRegistry;

  before(async () => {
    registry = await startTestRegistry({ htpasswd: await htpasswdLine(username, password) });
    registries.push(registry);
  });

  /** Every process's command line, read again and again while `work` runs. */
  async function watchingCommandLines<T>(work: () => Promise<T>): Promise<{ value: T; seen: string[] }> {
    const seen = new Set<string>();
    let running = true;
    const watcher = (async () => {
      while (running) {
        for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
          try {
            seen.add(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
          } catch {
            // The process ended between listing and reading.
          }
        }
        await sleep(5);
      }
    })();
    try {
      return { value: await work(), seen: [...seen] };
    } finally {
      running = false;
      await watcher;
    }
  }

  it('logs in with the password on stdin only, pushes, verifies with the same credentials, logs out', async () => {
    const env = { ...process.env, DOCKER_CONFIG: tempDir('fpd-docker-config-') };
    const spawned: (readonly string[])[] = [];
    const logged: string[] = [];
    const docker = dockerClient({ env, log: (line) => logged.push(line), onSpawn: (args) => spawned.push(args) });
    const { value: result, seen } = await watchingCommandLines(() =>
      buildImage(
        { projectDir: project('payload', 1024), image: `${registry.address}/fpd-test/private`, push: true, buildArgs: {}, credentials: { username, password } },
        context({ env, docker, log: (line) => logged.push(line) }),
      ),
    );
    assert.equal(result.loggedIn, registry.address);
    await assertServedAsPushed(result, { username, password });

    assert.ok(
      spawned.some((args) => args.includes('login') && args.includes('--password-stdin')),
      'docker login ran',
    );
    assert.ok(
      seen.some((line) => line.includes('docker') && line.includes('push')),
      'the watcher saw docker at work',
    );
    for (const args of spawned) assert.ok(!args.join(' ').includes(password), `password in argv: ${args.join(' ')}`);
    for (const line of seen) assert.ok(!line.includes(password), 'password in a /proc command line');
    for (const line of logged) assert.ok(!line.includes(password), 'password in the log');
    assert.ok(!registry.log().includes(password), 'password in the registry log');

    const configFile = path.join(env.DOCKER_CONFIG, 'config.json');
    assert.ok(JSON.parse(readFileSync(configFile, 'utf8')).auths?.[registry.address], 'docker stored the login');
    const out = await logout(docker, registry.address);
    assert.ok(out.ok, out.stderr);
    assert.equal(JSON.parse(readFileSync(configFile, 'utf8')).auths?.[registry.address], undefined, 'and forgot it');
  });

  it('a wrong password fails the login, and the message does not carry it', async () => {
    const env = { ...process.env, DOCKER_CONFIG: tempDir('fpd-docker-config-') };
    const wrong = `wrong-${randomBytes(8).toString('hex')}`;
    await assert.rejects(
      buildImage(
        {
          projectDir: project('payload', 16),
          image: `${registry.address}/fpd-test/private`,
          push: true,
          buildArgs: {},
          credentials: { username, password: wrong },
        },
        context({ env }),
      ),
      (error: unknown) => error instanceof ContainerError && /docker login to .* failed/.test(error.message) && !error.message.includes(wrong),
    );
  });

  it('a push the registry refuses is not retried', async () => {
    const env = { ...process.env, DOCKER_CONFIG: tempDir('fpd-docker-config-') };
    const slept: number[] = [];
    await assert.rejects(
      buildImage(
        { projectDir: project('payload', 16), image: `${registry.address}/fpd-test/private`, push: true, buildArgs: {} },
        context({ env, pushPolicy: { attempts: 4, delaysMs: [1_000], sleep: async (ms) => void slept.push(ms) } }),
      ),
      (error: unknown) =>
        error instanceof ContainerError &&
        /docker push .* failed \(exit/.test(error.message) &&
        !/tries/.test(error.message) &&
        /credentials/.test(error.hint ?? ''),
    );
    assert.deepEqual(slept, []);
  });
});
