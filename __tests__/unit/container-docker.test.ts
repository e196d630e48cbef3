import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { DockerClient, DockerResult, DockerRunOptions } from '../../src/container/docker-cli.ts';
import {
  buildAndPush,
  buildCommands,
  ContainerError,
  isRetryableBuildxFailure,
  isRetryablePushFailure,
  labelledDockerfile,
  login,
  storedCredentials,
  verifyPushed,
  type BuildRequest,
  type PushPolicy,
} from '../../src/container/docker.ts';
import { challengeParams, configDigest, manifestDigest, registryScheme } from '../../src/container/registry-api.ts';
import { parseImageReference } from '../../src/container/reference.ts';
import { UserError } from '../../src/errors.ts';
import { scratchFolders } from '../support/paths.ts';

const digestA = `sha256:${'a'.repeat(64)}`;
const digestB = `sha256:${'b'.repeat(64)}`;

const tempDir = scratchFolders();

const project = tempDir('fpd-unit-project-');
writeFileSync(path.join(project, 'Dockerfile'), 'FROM scratch\n');

const request: BuildRequest = {
  contextDir: project,
  dockerfile: undefined,
  tags: ['127.0.0.1:5000/api:main', '127.0.0.1:5000/api:sha-0123456'],
  labels: { 'org.opencontainers.image.title': 'Pet Store' },
  buildArgs: { PYTHON_IMAGE: 'fpd-python:bookworm', EVIL: '--privileged' },
  push: true,
  network: 'host',
};
const files = { iidFile: '/tmp/x/iid', metadataFile: '/tmp/x/metadata.json', labelledDockerfile: '/tmp/x/Dockerfile' };

describe('the docker argument arrays', () => {
  it('classic builder: build from the labelled Dockerfile, then one push per tag', () => {
    assert.deepEqual(buildCommands(request, 'docker', files), {
      build: [
        'build',
        '--file=/tmp/x/Dockerfile',
        '--tag=127.0.0.1:5000/api:main',
        '--tag=127.0.0.1:5000/api:sha-0123456',
        '--build-arg=PYTHON_IMAGE=fpd-python:bookworm',
        '--build-arg=EVIL=--privileged',
        '--network=host',
        '--iidfile=/tmp/x/iid',
        project,
      ],
      pushes: [
        ['push', '127.0.0.1:5000/api:main'],
        ['push', '127.0.0.1:5000/api:sha-0123456'],
      ],
    });
  });

  it('buildx: one build that pushes and writes its metadata file', () => {
    const { build, pushes } = buildCommands({ ...request, dockerfile: '/project/Containerfile', network: undefined }, 'buildx', files);
    assert.deepEqual(pushes, []);
    assert.deepEqual(build.slice(0, 3), ['buildx', 'build', '--file=/project/Containerfile']);
    assert.ok(build.includes('--label=org.opencontainers.image.title=Pet Store'), 'buildx applies labels in one go');
    assert.deepEqual(build.slice(-3), ['--push', '--metadata-file=/tmp/x/metadata.json', project]);
  });

  it('buildx for a registry that takes one Docker v2 manifest (Heroku): no index, no attestations, Docker media types', () => {
    const { build } = buildCommands({ ...request, singleManifest: true }, 'buildx', files);
    for (const option of ['--provenance=false', '--sbom=false', '--output=type=registry,oci-mediatypes=false']) assert.ok(build.includes(option), option);
    assert.ok(!build.includes('--push'), 'the registry output pushes; --push would ask for the default one too');
    assert.deepEqual(
      buildCommands({ ...request, singleManifest: true }, 'docker', files).build,
      buildCommands(request, 'docker', files).build,
      'the classic builder pushes nothing else',
    );
  });

  it('buildx without push loads the image into the engine instead', () => {
    assert.ok(buildCommands({ ...request, push: false }, 'buildx', files).build.includes('--load'));
    assert.deepEqual(buildCommands({ ...request, push: false }, 'docker', files).pushes, []);
  });

  it('every option carries its value in the same element, so no value can become an option', () => {
    for (const builder of ['docker', 'buildx'] as const) {
      const { build } = buildCommands(request, builder, files);
      const options = build.filter((arg) => arg.startsWith('-'));
      for (const option of options) assert.ok(option.includes('=') || ['--push', '--load'].includes(option), option);
      assert.equal(build.at(-1), project);
    }
  });
});

describe('the labelled Dockerfile (classic builder)', () => {
  it('appends one LABEL for all labels', () => {
    assert.equal(labelledDockerfile('FROM x\n', { a: '1', 'b.c': 'two words' }), 'FROM x\nLABEL "a"="1" "b.c"="two words"\n');
    assert.equal(labelledDockerfile('FROM x', { a: '1' }), 'FROM x\nLABEL "a"="1"\n');
    assert.equal(labelledDockerfile('FROM x\n', {}), 'FROM x\n');
  });

  it('keeps quotes, dollars and backslashes literal; newlines become spaces', () => {
    assert.equal(labelledDockerfile('FROM x\n', { t: 'say "hi" to $HOME \\ ${X}\nnext' }), 'FROM x\nLABEL "t"="say \\"hi\\" to \\$HOME \\\\ \\${X} next"\n');
  });

  it("uses the file's own escape character", () => {
    const original = '# syntax=docker/dockerfile:1\n# escape=`\nFROM x\n';
    assert.equal(labelledDockerfile(original, { t: 'C:\\dir "q" `b` $v' }), `${original}LABEL "t"="C:\\dir \`"q\`" \`\`b\`\` \`$v"\n`);
    // A directive after the first instruction is only a comment.
    assert.equal(labelledDockerfile('FROM x\n# escape=`\n', { t: '$' }), 'FROM x\n# escape=`\nLABEL "t"="\\$"\n');
  });
});

/** A docker stand-in: answers from a script, records every call and its stdin. */
function fakeDocker(answer: (args: readonly string[]) => Partial<DockerResult> & { write?: [string, string] }) {
  const calls: { args: readonly string[]; options: DockerRunOptions | undefined }[] = [];
  const docker: DockerClient = {
    async run(args, options) {
      calls.push({ args, options });
      const { write, ...result } = answer(args);
      if (write) writeFileSync(args.find((a) => a.startsWith(`--${write[0]}=`))!.split('=')[1]!, write[1]);
      return { ok: true, code: 0, stdout: '', stderr: '', ...result, ...(result.ok === false ? { code: result.code ?? 1 } : {}) };
    },
  };
  return { docker, calls };
}

function policy(): PushPolicy & { slept: number[]; told: string[] } {
  const slept: number[] = [];
  const told: string[] = [];
  return { attempts: 4, delaysMs: [10, 20], sleep: async (ms) => void slept.push(ms), onRetry: (message) => void told.push(message), slept, told };
}

describe('push retries', () => {
  it('a push refused by the network is retried with growing waits, then its digest is kept', async () => {
    let pushes = 0;
    const { docker, calls } = fakeDocker((args) => {
      if (args[0] === 'push') {
        pushes++;
        if (pushes <= 3)
          return { ok: false, stderr: 'Put "http://127.0.0.1:5000/v2/api/blobs/uploads/x": dial tcp 127.0.0.1:5000: connect: connection refused' };
        return { stdout: `${args[1]!.split(':').at(-1)}: digest: ${digestA} size: 528\n` };
      }
      return { write: ['iidfile', 'sha256:cafe'] };
    });
    const retry = policy();
    const built = await buildAndPush(docker, request, 'docker', retry);
    assert.equal(built.pushAttempts, 4);
    assert.deepEqual(retry.slept, [10, 20, 20], 'the last wait repeats');
    assert.match(retry.told[0]!, /^docker push 127\.0\.0\.1:5000\/api:main failed \(try 1 of 4: .*connection refused\); trying again in 0\.01 s$/);
    assert.equal(built.imageId, 'sha256:cafe');
    assert.deepEqual(
      [...built.pushed],
      request.tags.map((tag) => [tag, digestA]),
    );
    assert.equal(calls.filter((call) => call.args[0] === 'build').length, 1, 'the build is not repeated');
  });

  it('gives up after the last try, saying how many it took', async () => {
    const { docker } = fakeDocker((args) => (args[0] === 'push' ? { ok: false, stderr: 'received unexpected HTTP status: 503 Service Unavailable' } : {}));
    const retry = policy();
    await assert.rejects(buildAndPush(docker, request, 'docker', retry), (error: unknown) => {
      assert.ok(error instanceof ContainerError && error instanceof UserError);
      assert.equal(error.exitCode, 1);
      assert.match(error.message, /docker push 127\.0\.0\.1:5000\/api:main failed after 4 tries.*503/s);
      return true;
    });
    assert.equal(retry.slept.length, 3);
  });

  it('a refusal is not retried: another try cannot change it', async () => {
    const { docker, calls } = fakeDocker((args) => (args[0] === 'push' ? { ok: false, stderr: 'denied: requested access to the resource is denied' } : {}));
    await assert.rejects(buildAndPush(docker, request, 'docker', policy()), /denied/);
    assert.equal(calls.filter((call) => call.args[0] === 'push').length, 1);
  });

  it('a failing build is reported and never retried', async () => {
    const { docker, calls } = fakeDocker(() => ({ ok: false, stderr: 'Step 2/5 : RUN false\nThe command returned a non-zero code: 1' }));
    await assert.rejects(buildAndPush(docker, request, 'docker', policy()), /docker build failed \(exit 1: .*non-zero code/s);
    assert.equal(calls.length, 1);
  });

  it('buildx: the digest comes from its metadata file; only push failures are retried', async () => {
    let builds = 0;
    const { docker } = fakeDocker(() => {
      builds++;
      if (builds === 1) return { ok: false, stderr: 'ERROR: failed to push 127.0.0.1:5000/api:main: failed to do request: connection reset by peer' };
      return { write: ['metadata-file', JSON.stringify({ 'containerimage.digest': digestB })] };
    });
    const built = await buildAndPush(docker, request, 'buildx', policy());
    assert.equal(built.pushAttempts, 2);
    assert.equal(built.pushed.get(request.tags[0]!), digestB);
    assert.ok(
      !isRetryableBuildxFailure({
        ok: false,
        code: 1,
        stdout: '',
        stderr: 'ERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
      }),
    );
  });

  it('classifies failures', () => {
    const result = (stderr: string): DockerResult => ({ ok: false, code: 1, stdout: '', stderr });
    assert.ok(isRetryablePushFailure(result('EOF')));
    assert.ok(isRetryablePushFailure(result('toomanyrequests: slow down')));
    assert.ok(!isRetryablePushFailure(result('unauthorized: authentication required')));
    assert.ok(!isRetryablePushFailure({ ...result(''), spawnError: 'spawn docker ENOENT' }));
  });
});

describe('docker login', () => {
  it('sends the password on stdin only, and masks it in errors', async () => {
    const password = 'canary-Pa55word-9f1b';
    const { docker, calls } = fakeDocker(() => ({ ok: false, stderr: `Error response from daemon: login attempt with ${password} failed` }));
    await assert.rejects(login(docker, 'ghcr.io', { username: 'bot', password }), (error: unknown) => {
      assert.ok(error instanceof ContainerError);
      assert.ok(!error.message.includes(password));
      assert.match(error.message, /\*\*\*/);
      return true;
    });
    assert.deepEqual(calls[0]!.args, ['login', '--username=bot', '--password-stdin', 'ghcr.io']);
    assert.equal(calls[0]!.options?.input, password);
    assert.equal(calls[0]!.options?.log, false, 'its output is not streamed to the log');
  });
});

describe('the registry API', () => {
  let server: Server;
  let base: string;
  const seen: IncomingMessage[] = [];
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  const manifestHash = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;

  before(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/token') {
        if (req.headers.authorization !== `Basic ${Buffer.from('bot:secret').toString('base64')}`) return void res.writeHead(401).end();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok-${url.searchParams.get('scope')}` }));
        return;
      }
      const [, kind, tag] = /^\/v2\/(bearer|basic|plain)\/api\/manifests\/(.+)$/.exec(url.pathname) ?? [];
      if (!kind) return void res.writeHead(404).end();
      const auth = req.headers.authorization;
      if (kind === 'bearer' && auth !== `Bearer tok-repository:bearer/api:pull`) {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="test",scope="repository:bearer/api:pull"` }).end();
        return;
      }
      if (kind === 'basic' && auth !== `Basic ${Buffer.from('bot:secret').toString('base64')}`) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
        return;
      }
      if (tag === 'missing') return void res.writeHead(404).end();
      if (tag === 'single') return void res.writeHead(200).end(JSON.stringify({ schemaVersion: 2, config: { digest: digestB } }));
      if (tag === 'index') return void res.writeHead(200).end(JSON.stringify({ schemaVersion: 2, manifests: [{ digest: digestA }, { digest: digestB }] }));
      if (kind === 'plain') return void res.writeHead(200).end(req.method === 'GET' ? manifest : undefined);
      res.writeHead(200, { 'docker-content-digest': digestA }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ref = (path: string) => parseImageReference(`${base.slice('http://'.length)}/${path}`, 'x');
  const credentials = { username: 'bot', password: 'secret' };

  it('asks with every manifest media type, and reads Docker-Content-Digest', async () => {
    assert.equal(await manifestDigest(ref('basic/api:main'), credentials), digestA);
    const accept = String(seen.at(-1)!.headers.accept);
    for (const type of ['oci.image.index.v1', 'oci.image.manifest.v1', 'docker.distribution.manifest.list.v2', 'docker.distribution.manifest.v2']) {
      assert.ok(accept.includes(type), type);
    }
    assert.equal(seen.at(-1)!.method, 'HEAD');
  });

  it('answers a Bearer challenge with a token fetched for the scope', async () => {
    assert.equal(await manifestDigest(ref('bearer/api:main'), credentials), digestA);
  });

  it('without the header, hashes the manifest it serves', async () => {
    assert.equal(await manifestDigest(ref('plain/api:main'), undefined), manifestHash);
  });

  it('reports refusals and unknown tags with their status', async () => {
    await assert.rejects(manifestDigest(ref('basic/api:main'), undefined), { name: 'RegistryApiError', status: 401 });
    await assert.rejects(manifestDigest(ref('basic/api:missing'), credentials), { name: 'RegistryApiError', status: 404 });
  });

  it("reads an image's id (its config digest) from its single manifest, with the login; an index has none", async () => {
    assert.equal(await configDigest(ref('bearer/api:single'), credentials), digestB);
    await assert.rejects(configDigest(ref('plain/api:index'), undefined), /is an image index \(several platforms or attestations\), not one image/);
    await assert.rejects(configDigest(ref('basic/api:single'), undefined), { name: 'RegistryApiError', status: 401 });
  });

  it('verifyPushed fails when the registry serves another digest than was pushed', async () => {
    const tag = `${base.slice('http://'.length)}/basic/api:main`;
    await verifyPushed(new Map([[tag, digestA]]), { credentials, policy: policy() });
    await assert.rejects(verifyPushed(new Map([[tag, digestB]]), { credentials, policy: policy() }), (error: unknown) => {
      assert.ok(error instanceof ContainerError);
      assert.match(error.message, new RegExp(`serves .* as ${digestA}, but it was pushed as ${digestB}`));
      return true;
    });
  });

  it('verifyPushed waits out an unreachable registry, within its tries', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      if (calls <= 2) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      return fetch(input, init);
    };
    const retry = policy();
    await verifyPushed(new Map([[`${base.slice('http://'.length)}/basic/api:main`, digestA]]), { credentials, policy: retry, fetch: flaky });
    assert.equal(retry.slept.length, 2);
    await assert.rejects(
      verifyPushed(new Map([[`${base.slice('http://'.length)}/basic/api:missing`, digestA]]), { credentials, policy: policy() }),
      /could not confirm the push .*404/,
    );
  });

  it('speaks plain HTTP to loopback registries only', () => {
    assert.equal(registryScheme('127.0.0.1:5000'), 'http');
    assert.equal(registryScheme('localhost'), 'http');
    assert.equal(registryScheme('[::1]:5000'), 'http');
    assert.equal(registryScheme('ghcr.io'), 'https');
    assert.equal(registryScheme('127.0.0.1.example.com'), 'https');
    assert.deepEqual(challengeParams('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/a:pull"'), {
      realm: 'https://ghcr.io/token',
      service: 'ghcr.io',
      scope: 'repository:o/a:pull',
    });
  });
});

describe('credentials docker stored', () => {
  it('are read from DOCKER_CONFIG for the registry API, Docker Hub under its old key', async () => {
    const dir = tempDir('fpd-unit-docker-config-');
    const auth = (text: string) => ({ auth: Buffer.from(text).toString('base64') });
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': auth('bot:pa:ss'), 'https://index.docker.io/v1/': auth('hub:pw'), broken: auth('nocolon') } }),
    );
    const env = { DOCKER_CONFIG: dir };
    assert.deepEqual(await storedCredentials('ghcr.io', env), { username: 'bot', password: 'pa:ss' });
    assert.deepEqual(await storedCredentials('docker.io', env), { username: 'hub', password: 'pw' });
    assert.equal(await storedCredentials('broken', env), undefined);
    assert.equal(await storedCredentials('quay.io', env), undefined);
    assert.equal(await storedCredentials('ghcr.io', { DOCKER_CONFIG: path.join(dir, 'missing') }), undefined);
  });
});
