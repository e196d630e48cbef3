import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildImage, type BuildContext } from '../../src/stages/build/build.ts';
import { buildOutputs, describeBuild } from '../../src/stages/build/report.ts';
import { parseBuildArgs } from '../../src/config.ts';
import type { DockerClient, DockerRunOptions } from '../../src/container/docker-cli.ts';
import { UserError } from '../../src/errors.ts';
import { scratchFolders } from '../support/paths.ts';

const digest = `sha256:${'d'.repeat(64)}`;

const tempDir = scratchFolders();

function projectDir(): string {
  const dir = tempDir('fpd-unit-build-');
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  return dir;
}

/** The classic builder's conversation, recorded: no buildx, builds succeed, pushes report `digest`. */
function classicDocker() {
  const calls: { args: readonly string[]; options: DockerRunOptions | undefined }[] = [];
  const docker: DockerClient = {
    async run(args, options) {
      calls.push({ args, options });
      if (args[0] === 'buildx') return { ok: false, code: 1, stdout: '', stderr: "docker: 'buildx' is not a docker command." };
      if (args[0] === 'push') return { ok: true, code: 0, stdout: `x: digest: ${digest} size: 1\n`, stderr: '' };
      return { ok: true, code: 0, stdout: '', stderr: '' };
    },
  };
  return { docker, calls };
}

/** A registry API that serves `digest` for any tag, and remembers what it was asked. */
function registryApi() {
  const asked: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    asked.push(String(input));
    return new Response(null, { status: 200, headers: { 'docker-content-digest': digest } });
  };
  return { fetchImpl, asked };
}

function context(overrides: Partial<BuildContext>): BuildContext {
  return {
    run: { eventName: 'push', ref: 'refs/heads/main', sha: 'abcdef0123456789', defaultBranch: 'main', pullRequest: undefined, repositoryUrl: undefined },
    info: { version: '2.0.0' },
    created: new Date('2026-01-01T00:00:00Z'),
    pushPolicy: { attempts: 1, delaysMs: [0], sleep: async () => undefined },
    ...overrides,
  };
}

describe('buildImage', () => {
  it('logs in, builds, pushes every tag, verifies each with the registry, and reports', async () => {
    const { docker, calls } = classicDocker();
    const { fetchImpl, asked } = registryApi();
    const result = await buildImage(
      { projectDir: projectDir(), image: 'registry.example.com/team/api', push: true, buildArgs: { A: '1' }, credentials: { username: 'bot', password: 'pw' } },
      context({ docker, fetch: fetchImpl }),
    );
    assert.deepEqual(
      calls.map((call) => call.args[0]),
      ['login', 'buildx', 'build', 'push', 'push', 'push', 'push', 'push', 'push'],
    );
    assert.equal(result.loggedIn, 'registry.example.com');
    assert.equal(result.builder, 'docker');
    assert.equal(result.digest, digest);
    assert.equal(result.reference, `registry.example.com/team/api@${digest}`);
    assert.deepEqual(
      result.tags,
      ['main', '2.0.0', '2.0', '2', 'latest', 'sha-abcdef0'].map((tag) => `registry.example.com/team/api:${tag}`),
    );
    assert.deepEqual(
      asked,
      result.tags.map((tag) => `https://registry.example.com/v2/team/api/manifests/${tag.split(':').at(-1)}`),
    );
  });

  it('says where it logged in before building, so a failed build can still be logged out of', async () => {
    const { docker } = classicDocker();
    const failing: typeof docker = {
      run: (args, options) => (args[0] === 'build' ? Promise.resolve({ ok: false, code: 1, stdout: '', stderr: 'boom' }) : docker.run(args, options)),
    };
    const told: string[] = [];
    await assert.rejects(
      buildImage(
        { projectDir: projectDir(), image: 'ghcr.io/org/api', push: true, buildArgs: {}, credentials: { username: 'bot', password: 'pw' } },
        context({ docker: failing, onLogin: (server) => told.push(server) }),
      ),
      /docker build failed/,
    );
    assert.deepEqual(told, ['ghcr.io']);
  });

  it('a tag in the image name is the only tag; no push means no login and no registry call', async () => {
    const { docker, calls } = classicDocker();
    const { fetchImpl, asked } = registryApi();
    const result = await buildImage(
      { projectDir: projectDir(), image: 'team/api:dev', push: false, buildArgs: {}, credentials: { username: 'bot', password: 'pw' } },
      context({ docker, fetch: fetchImpl }),
    );
    assert.deepEqual(result.tags, ['team/api:dev']);
    assert.deepEqual(
      calls.map((call) => call.args[0]),
      ['buildx', 'build'],
    );
    assert.deepEqual(asked, []);
    assert.equal(result.digest, undefined);
    assert.equal(result.loggedIn, undefined);
  });

  const refused: [string, Partial<Parameters<typeof buildImage>[0]>, RegExp][] = [
    ['a digest in the image name', { image: `team/api@${digest}` }, /names a digest/],
    ['a hostile image name', { image: '--help', imageInputName: '--image' }, /^--image "--help" is not a valid image reference/],
    ['a missing project folder', { projectDir: path.join(tmpdir(), 'fpd-does-not-exist') }, /does not exist/],
    ['a folder without a Dockerfile', { projectDir: tempDir('fpd-unit-empty-') }, /no Dockerfile/],
  ];
  for (const [name, options, message] of refused) {
    it(`refuses ${name} before docker is called`, async () => {
      const { docker, calls } = classicDocker();
      await assert.rejects(
        buildImage({ projectDir: projectDir(), image: 'team/api', push: true, buildArgs: {}, ...options }, context({ docker })),
        (error: unknown) => error instanceof UserError && message.test(error.message),
      );
      assert.equal(calls.length, 0);
    });
  }
});

describe('outputs', () => {
  it('for the action and the terminal', async () => {
    const { docker } = classicDocker();
    const { fetchImpl } = registryApi();
    const result = await buildImage(
      { projectDir: projectDir(), image: '127.0.0.1:5000/api:1', push: true, buildArgs: {} },
      context({ docker, fetch: fetchImpl }),
    );
    const outputs = buildOutputs(result);
    assert.equal(outputs.image, '127.0.0.1:5000/api');
    assert.equal(outputs.digest, digest);
    assert.equal(outputs.tags, '127.0.0.1:5000/api:1');
    const metadata = JSON.parse(outputs.metadata);
    assert.deepEqual(metadata.tags, ['127.0.0.1:5000/api:1']);
    assert.equal(metadata.labels['org.opencontainers.image.version'], '2.0.0');
    assert.equal(metadata.reference, `127.0.0.1:5000/api@${digest}`);
    assert.equal(outputs['build-id'], result.buildId);
    assert.equal(describeBuild(result), `pushed 127.0.0.1:5000/api@${digest}\n  build id ${result.buildId} (its X-Build-Id header)\n  127.0.0.1:5000/api:1`);
  });
});

describe('parseBuildArgs', () => {
  it('splits at the first =, keeping the rest of the value as it is', () => {
    assert.deepEqual(parseBuildArgs(['PYTHON_IMAGE=fpd-python:bookworm', 'EMPTY=', 'EQ=a=b', 'DASH=--x'], '--build-arg'), {
      PYTHON_IMAGE: 'fpd-python:bookworm',
      EMPTY: '',
      EQ: 'a=b',
      DASH: '--x',
    });
  });

  for (const bad of ['NOVALUE', '=x', '1A=x', 'A B=x', '--help']) {
    it(`refuses ${JSON.stringify(bad)}, naming the flag`, () => {
      assert.throws(
        () => parseBuildArgs([bad], '--build-arg'),
        (error: unknown) => error instanceof UserError && error.message.startsWith('--build-arg '),
      );
    });
  }
});
