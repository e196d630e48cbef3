/**
 * The README's first command on the bundled example: every stage, the generated server started
 * locally as the deployed URL, its contract tests passing, the server stopped afterwards.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { repoRoot, scratch } from '../support/paths.ts';

it('run on the bundled example: validate, collection, FastAPI project, local server, contract tests', async () => {
  const dir = scratch('fpd-demo-');
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'run', path.join(repoRoot, 'example/openapi.yaml'), '--json', '--junit', 'out/junit.xml'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.ok, true);
  assert.equal(report.contracts[0].status, 'ok');
  assert.deepEqual([report.contracts[0].result.passed, report.contracts[0].result.failed], [4, 0]);
  assert.match(report.contracts[0].result.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(existsSync(path.join(dir, 'out/server/app/main.py')));
  assert.ok(existsSync(path.join(dir, 'out/postman/openapi.postman_collection.json')));
  assert.match(readFileSync(path.join(dir, 'out/junit.xml'), 'utf8'), /<testsuite /);
  // The server was stopped: nothing answers on its port any more.
  await assert.rejects(fetch(report.contracts[0].result.url, { signal: AbortSignal.timeout(2000) }));
});
