/** The bundled CLI's collection and contract commands, against a server that honours the example's contract. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { startContractServer, startMutatingProxy } from '../support/contract-server.ts';
import { repoRoot, scratch } from '../support/paths.ts';

/** Async, so the server in this process keeps answering while the CLI runs. */
function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('fastapi-postman-deploy collection and contract', () => {
  let server: Awaited<ReturnType<typeof startContractServer>>;
  let broken: Awaited<ReturnType<typeof startMutatingProxy>>;
  before(async () => {
    const model = buildApiModel(await loadSpec(path.join(repoRoot, 'example/openapi.yaml')));
    server = await startContractServer(model);
    broken = await startMutatingProxy(model, server.url, 'missing-required-field', []);
  });
  after(async () => {
    await server.close();
    await broken.close();
  });

  it('writes the collection, then passes against a conforming server and fails against a broken one', async () => {
    const dir = scratch('fpd-cli-contract-');
    const made = await cli(['collection', path.join(repoRoot, 'example/openapi.yaml'), '--out', 'postman/books.postman_collection.json'], dir);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /^wrote postman\/books\.postman_collection\.json$/m);
    const collection = JSON.parse(readFileSync(path.join(dir, 'postman/books.postman_collection.json'), 'utf8'));
    assert.equal(collection.info.schema, 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json');

    const pass = await cli(['contract', 'postman/books.postman_collection.json', '--url', server.url, '--junit', 'junit.xml', '--json'], dir);
    assert.equal(pass.code, 0, pass.stdout + pass.stderr);
    const report = JSON.parse(pass.stdout);
    assert.deepEqual([report.passed, report.failed, report.coverage], [4, 0, { exercised: 4, documented: 4 }]);
    assert.match(readFileSync(path.join(dir, 'junit.xml'), 'utf8'), /<testsuites/);

    const fail = await cli(['contract', 'postman/books.postman_collection.json', '--url', broken.url], dir);
    assert.equal(fail.code, 1);
    assert.match(fail.stdout, /^FAIL  \w+ \((GET|POST) \/books/m);
    assert.match(fail.stdout, /body matches the schema/);
  });

  it('a URL that never answers is a clear error within the readiness deadline', async () => {
    const dir = scratch('fpd-cli-contract-');
    await cli(['collection', path.join(repoRoot, 'example/openapi.yaml'), '--out', 'c.json'], dir);
    const run = await cli(['contract', 'c.json', '--url', 'http://127.0.0.1:9', '--readiness-timeout', '2'], dir);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /^error: /);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
