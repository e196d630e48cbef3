/**
 * The whole pipeline through the bundled action, run as the runner runs it, with a real engine and
 * registry: on a push event, validate → diff → collection → FastAPI project → build → push; the
 * pushed image run by digest as "the deployment"; then the contract step, which waits until the
 * new build answers (X-Build-Id) and runs Newman against it. Then the failure paths: the registry
 * stopped in the middle of the push, a breaking change on a pull request, and a deployment still
 * serving another build. A canary registry password and API credential never appear in any output,
 * summary, log or file of the workspace.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runAction, type ActionRun } from '../support/action-runner.ts';
import { ensurePythonBaseImage, requireDockerServices, sharedRegistry, startTestRegistry, type TestRegistry } from '../support/docker.ts';
import { startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api/index.ts';
import { repoRoot, scratchFolders } from '../support/paths.ts';
import { freePort } from '../support/ports.ts';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const example = readFileSync(path.join(repoRoot, 'example/openapi.yaml'), 'utf8');
/** A new optional query parameter: a change, not a break. */
const limit = '          schema: { type: integer, minimum: 1, maximum: 100, default: 20 }\n';
const withSort = example.replace(limit, `${limit}        - name: sort\n          in: query\n          schema: { type: string, enum: [title, year] }\n`);
/** GET /shelves/{shelf}/books removed: a break. */
const withoutShelves = example.slice(0, example.indexOf('  /shelves/{shelf}/books:')) + example.slice(example.indexOf('components:'));

const scratch = scratchFolders();
const registryCanary = 'CANARY-registry-5b2e9f1c';
const apiKeyCanary = 'CANARY-apikey-8d3a6e0b';

interface Workspace {
  dir: string;
  base: string;
  head: string;
}

/** A repository whose last commit changes the spec: the push the runner hands the action. */
function workspace(headText: string): Workspace {
  const dir = scratch('fpd-ship-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const commit = (text: string, message: string) => {
    writeFileSync(path.join(dir, 'openapi.yaml'), text);
    git('add', '.');
    git('commit', '-qm', message);
    return git('rev-parse', 'HEAD');
  };
  const base = commit(example, 'base');
  return { dir, base, head: commit(headText, 'change the contract') };
}

function pushEvent(ws: Workspace) {
  return {
    event: {
      name: 'push',
      payload: { before: ws.base, after: ws.head, ref: 'refs/heads/main', repository: { default_branch: 'main', html_url: 'https://github.com/acme/api' } },
    },
    env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: ws.head },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === '.git' || name === '.venv') return [];
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every place a secret could surface: the log (less the add-mask command itself), summary, outputs, files. */
function leaks(action: ActionRun, dir: string, secret: string): string[] {
  const places = [
    ['stdout', action.stdout.split(`::add-mask::${secret}`).join('')],
    ['stderr', action.stderr],
    ['summary', action.summary],
    ['outputs', JSON.stringify(action.outputs)],
    ...filesUnder(dir).map((file) => [path.relative(dir, file), readFileSync(file, 'latin1')]),
  ];
  return places.filter(([, text]) => text!.includes(secret)).map(([where]) => where!);
}

/** A docker on PATH that stops the registry (by its pid) when the second `docker push` begins. */
function dockerThatStopsTheRegistry(registryPid: number): { bin: string; pushes: () => number } {
  const bin = scratch('fpd-docker-shim-');
  const counter = path.join(bin, 'pushes');
  writeFileSync(counter, '0');
  const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
  const script = `#!/bin/sh
if [ "$1" = "push" ]; then
  n=$(( $(cat '${counter}') + 1 ))
  echo "$n" > '${counter}'
  [ "$n" -eq 2 ] && kill -9 ${registryPid}
fi
exec '${real}' "$@"
`;
  writeFileSync(path.join(bin, 'docker'), script);
  chmodSync(path.join(bin, 'docker'), 0o755);
  return { bin, pushes: () => Number(readFileSync(counter, 'utf8')) };
}

/** The manifest digest the registry serves for a tag, judged without the code under test. */
async function servedDigest(registry: string, repository: string, tag: string): Promise<string | null> {
  const response = await fetch(`http://${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' },
  });
  return response.status === 200 ? response.headers.get('docker-content-digest') : null;
}

let pythonImage: string;
const containers: string[] = [];
const registries: TestRegistry[] = [];

before(async () => {
  await requireDockerServices();
  pythonImage = await ensurePythonBaseImage();
});

after(async () => {
  for (const id of containers) await run('docker', ['rm', '--force', id]).catch(() => undefined);
  for (const registry of registries) await registry.dispose();
  const { stdout } = await run('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
  const ours = stdout.split('\n').filter((line) => line.includes('/fpd-ship/'));
  if (ours.length) await run('docker', ['image', 'rm', '--force', ...ours]).catch(() => undefined);
});

describe('the action ships the spec: build, push, deploy by digest, contract', () => {
  const ws = workspace(withSort);
  const dockerConfig = scratch('fpd-ship-docker-config-');
  let built: ActionRun;

  it('push event: validates, compares, generates, builds and pushes; the registry serves the digest', { timeout: 900_000 }, async () => {
    const { event, env } = pushEvent(ws);
    built = await runAction({
      workspace: ws.dir,
      event,
      env: { ...env, DOCKER_CONFIG: dockerConfig },
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,diff,collection,fastapi,build',
        image: `${sharedRegistry}/fpd-ship/bookshelf`,
        push: 'true',
        'build-args': `PYTHON_IMAGE=${pythonImage}`,
        'build-network': 'host',
        'registry-username': 'ci',
        'registry-password': registryCanary,
      },
    });
    assert.equal(built.code, 0, built.stdout + built.stderr);
    assert.equal(built.outputs.breaking, 'false');
    assert.match(built.outputs.changelog!, /sort/, 'the diff saw the new parameter');
    assert.equal(built.outputs['fastapi-dir'], 'server');
    assert.equal(built.outputs['collection-file'], 'postman/openapi.postman_collection.json');
    assert.match(built.outputs.digest!, /^sha256:[0-9a-f]{64}$/);
    assert.equal(built.outputs['build-id'], ws.head, 'the build is named by its commit');
    const tags = built.outputs.tags!.split('\n');
    assert.ok(tags.includes(`${sharedRegistry}/fpd-ship/bookshelf:sha-${ws.head.slice(0, 7)}`), tags.join('\n'));
    assert.ok(tags.includes(`${sharedRegistry}/fpd-ship/bookshelf:main`), tags.join('\n'));
    for (const tag of tags) assert.equal(await servedDigest(sharedRegistry, 'fpd-ship/bookshelf', tag.split(':').at(-1)!), built.outputs.digest, tag);
    assert.match(built.summary, /## Container image/);
    assert.match(built.summary, new RegExp(`Pushed <code>${sharedRegistry}/fpd-ship/bookshelf@(&#8203;)?${built.outputs.digest}</code>`));
    assert.ok(built.stdout.includes(`::add-mask::${registryCanary}`), 'the registry password is masked');
    assert.deepEqual(leaks(built, ws.dir, registryCanary), []);
  });

  it('the image runs by digest, and the contract step tests it once it answers as the new build', { timeout: 600_000 }, async () => {
    assert.ok(built?.outputs.digest, 'the build step ran');
    const reference = `${sharedRegistry}/fpd-ship/bookshelf@${built.outputs.digest}`;
    // Only the registry may supply what runs: drop every local name for the image first.
    await run('docker', ['image', 'rm', '--force', ...built.outputs.tags!.split('\n')]);
    await run('docker', ['pull', reference], { timeout: 300_000 });
    const port = await freePort();
    // As a deploy starts it: with the credential its clients use (the server is closed by default).
    const { stdout } = await run('docker', [
      'run',
      '--detach',
      '--rm',
      '--network',
      'host',
      '--env',
      `PORT=${port}`,
      '--env',
      'HOST=127.0.0.1',
      '--env',
      `API_CREDENTIALS=apiKey=${apiKeyCanary}`,
      reference,
    ]);
    containers.push(stdout.trim());
    const url = `http://127.0.0.1:${port}`;

    const tested = await runAction({
      workspace: ws.dir,
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,collection,contract',
        url,
        'expect-build': built.outputs['build-id']!,
        credentials: `apiKey=${apiKeyCanary}`,
        'readiness-timeout': '180',
        'junit-file': 'contract/junit.xml',
      },
    });
    assert.equal(tested.code, 0, tested.stdout + tested.stderr);
    assert.deepEqual([tested.outputs['contract-passed'], tested.outputs['contract-failed']], ['4', '0']);
    assert.match(tested.summary, /All 4 operations honour the contract/);
    assert.match(tested.summary, new RegExp(`Build <code>${ws.head}</code> was answering`));
    assert.match(readFileSync(path.join(ws.dir, 'contract/junit.xml'), 'utf8'), /<testsuite /);
    assert.ok(tested.stdout.includes(`::add-mask::${apiKeyCanary}`), 'the credential reached the action, masked');
    assert.deepEqual(leaks(tested, ws.dir, apiKeyCanary), []);

    // A deployment that still answers as another build is never tested: the step fails, naming both.
    const stale = await runAction({
      workspace: ws.dir,
      inputs: { spec: 'openapi.yaml', stages: 'validate,collection,contract', url, 'expect-build': 'f'.repeat(40), 'readiness-timeout': '3' },
    });
    assert.equal(stale.code, 1);
    assert.equal(stale.outputs['contract-passed'], '0');
    const failure = stale.commands.find((c) => c.startsWith('::error::'));
    assert.match(failure ?? '', new RegExp(`not serving build "f{40}".*build "${ws.head}" answering`), stale.stdout);
  });

  it('the post step logs out of the registry it logged in to', async () => {
    assert.ok(JSON.parse(readFileSync(path.join(dockerConfig, 'config.json'), 'utf8')).auths?.[sharedRegistry], 'docker kept the login until the post step');
    assert.deepEqual(JSON.parse(built.state.registries ?? '[]'), [sharedRegistry], 'the main step told its post step where it logged in');
    const post = await runAction({ workspace: ws.dir, inputs: {}, script: 'dist/post.js', state: built.state, env: { DOCKER_CONFIG: dockerConfig } });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.equal(JSON.parse(readFileSync(path.join(dockerConfig, 'config.json'), 'utf8')).auths?.[sharedRegistry], undefined);
  });
});

describe('failure paths', () => {
  it('the registry stopped in the middle of the push: retried, then every tag verified', { timeout: 900_000 }, async () => {
    const registry = await startTestRegistry();
    registries.push(registry);
    const firstPid = registry.pid!;
    const ws = workspace(withSort);
    const shim = dockerThatStopsTheRegistry(firstPid);
    // Back 1 s after it went down, while the stage waits to try again.
    let finished = false;
    const restarted = (async () => {
      while (registry.pid === firstPid && !finished) await sleep(50);
      if (finished) return;
      await sleep(1_000);
      await registry.start();
    })();
    const { event, env } = pushEvent(ws);
    const action = await runAction({
      workspace: ws.dir,
      event,
      env: { ...env, PATH: `${shim.bin}:${process.env.PATH}` },
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,fastapi,build',
        image: `${registry.address}/fpd-ship/resilient`,
        push: 'true',
        'build-args': `PYTHON_IMAGE=${pythonImage}`,
        'build-network': 'host',
      },
    }).finally(() => (finished = true));
    await restarted;
    assert.equal(action.code, 0, action.stdout + action.stderr);
    assert.notEqual(registry.pid, firstPid, 'the registry was stopped and runs again as a new process');
    assert.match(action.stdout, /docker push .* failed \(try 1 of 4: .*\); trying again in/);
    assert.ok(shim.pushes() > action.outputs.tags!.split('\n').length, 'a push was made again');
    for (const tag of action.outputs.tags!.split('\n'))
      assert.equal(await servedDigest(registry.address, 'fpd-ship/resilient', tag.split(':').at(-1)!), action.outputs.digest, tag);
  });

  it('a breaking change on a pull request: the job fails before the build, and the comment explains', { timeout: 600_000 }, async () => {
    const github: GitHubApi = await startGitHubApi();
    try {
      github.state.addRepo({ owner: 'acme', name: 'api' });
      github.state.addPullRequest('acme/api', { number: 9, head: { ref: 'feature', sha: 'f'.repeat(40) } });
      const ws = workspace(withoutShelves);
      const registry = await startTestRegistry();
      registries.push(registry);
      const action = await runAction({
        workspace: ws.dir,
        event: {
          name: 'pull_request',
          payload: {
            action: 'synchronize',
            number: 9,
            pull_request: {
              number: 9,
              labels: [],
              base: { sha: ws.base, ref: 'main', repo: { full_name: 'acme/api' } },
              head: { sha: ws.head, ref: 'feature', repo: { full_name: 'acme/api', fork: false } },
            },
          },
        },
        env: { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/pull/9/merge', GITHUB_SHA: ws.head },
        inputs: {
          spec: 'openapi.yaml',
          'github-token': WORKFLOW_TOKEN,
          image: `${registry.address}/fpd-ship/gated`,
          push: 'true',
          'build-args': `PYTHON_IMAGE=${pythonImage}`,
          'build-network': 'host',
        },
      });
      assert.equal(action.code, 1);
      assert.ok(
        action.commands.some((c) => c.startsWith('::error::breaking changes fail the gate in openapi.yaml')),
        action.commands.join('\n'),
      );
      assert.equal(action.outputs.digest ?? '', '', 'nothing was pushed');
      assert.doesNotMatch(registry.log(), /PUT \/v2\/fpd-ship\/gated\/manifests/, 'the registry saw no push');
      assert.match(action.summary, /## Container image\n\n- skipped: breaking changes fail the gate, so no image is built/);
      const comments = github.state.commentsOn('acme/api', 9);
      assert.equal(comments.length, 1);
      assert.match(comments[0]!.body, /api-path-removed-without-deprecation/);
      assert.match(comments[0]!.body, /\/shelves\/\{shelf\}\/books/);
      assert.deepEqual(github.violations, []);
    } finally {
      await github.close();
    }
  });
});
