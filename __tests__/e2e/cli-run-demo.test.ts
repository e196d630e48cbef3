/**
 * The README's first command on the bundled example: every stage, the generated server started
 * locally as the deployed URL, its contract tests passing, the server stopped afterwards. With a
 * Docker engine (CI starts one) the server is the project's image in a container; where the image
 * cannot be built (here: no python:3.12-slim to pull) it falls back to uvicorn, and says why.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, it } from 'node:test';
import { ensurePythonBaseImage, requireEngine } from '../support/docker.ts';
import { repoRoot, scratchFolders } from '../support/paths.ts';

const scratch = scratchFolders();
let pythonImage: string;

before(async () => {
  await requireEngine();
  pythonImage = await ensurePythonBaseImage();
});

function demo(extra: string[]) {
  const dir = scratch('fpd-demo-');
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'dist/cli.js'), 'run', path.join(repoRoot, 'example/openapi.yaml'), '--json', '--junit', 'out/junit.xml', ...extra],
    { cwd: dir, encoding: 'utf8', timeout: 600_000 },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.ok, true);
  assert.equal(report.contracts[0].status, 'ok');
  assert.deepEqual([report.contracts[0].result.passed, report.contracts[0].result.failed], [4, 0]);
  assert.match(report.contracts[0].result.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(existsSync(path.join(dir, 'out/server/app/main.py')));
  assert.ok(existsSync(path.join(dir, 'out/postman/openapi.postman_collection.json')));
  assert.match(readFileSync(path.join(dir, 'out/junit.xml'), 'utf8'), /<testsuite /);
  return { url: report.contracts[0].result.url as string, stderr: run.stderr };
}

it('run on the bundled example: the image cannot be built here, so uvicorn serves, and says why', async () => {
  const { url, stderr } = demo([]);
  assert.match(stderr, /the image could not be built or started \(.+\); serving the code with uvicorn instead/);
  // The server was stopped: nothing answers on its port any more.
  await assert.rejects(fetch(url, { signal: AbortSignal.timeout(2000) }));
});

it("run with a base image the engine has: the project's image serves, and its container is removed", async () => {
  const { url, stderr } = demo(['--build-arg', `PYTHON_IMAGE=${pythonImage}`]);
  const container = /serving the image as container ([0-9a-f]{12})/.exec(stderr)?.[1];
  assert.ok(container, stderr);
  await assert.rejects(fetch(url, { signal: AbortSignal.timeout(2000) }));
  const left = execFileSync('docker', ['ps', '--all', '--quiet', '--filter', `id=${container}`], { encoding: 'utf8' });
  assert.equal(left.trim(), '', 'the container is gone');
});
