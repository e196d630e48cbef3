/**
 * schemathesis, the independent judge, run with the source spec against the generated server of a
 * real spec the generator was not tuned on (swagger-api's Petstore 3). The server is started with
 * the credentials schemathesis sends; its ignored-auth check then proves that a request without them
 * is refused. A control run against a server that ignores credentials shows the check finds one.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { startUvicorn, type RunningServer } from '../fixtures/fastapi/uvicorn.ts';
import { repoRoot } from '../support/paths.ts';
import { ensureJudgeVenv, ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);
const SPEC = join(repoRoot, '__tests__/fixtures/specs/swagger-petstore-3.yaml');
const CREDENTIALS = { api_key: 'judge-key', petstore_auth: 'judge-token' };
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'positive_data_acceptance',
  'ignored_auth',
];

/**
 * What schemathesis still finds, pinned so it only goes down: an array in a form body that is empty
 * cannot be written in application/x-www-form-urlencoded, so the server reads the required
 * `photoUrls` as missing (the form reader should take an absent array as empty).
 */
const KNOWN = [{ code: 'ST202', operations: ['POST /pet', 'PUT /pet'] }];

interface Report {
  complete: boolean;
  operations: { total: number; tested: number; errored: number };
  failures: { code: string; title: string; operations: string[] }[];
}

async function judge(url: string, dir: string): Promise<Report> {
  const venv = await ensureJudgeVenv();
  const report = join(dir, `report-${Date.now()}.json`);
  const args = [
    ...['-m', 'schemathesis.cli', 'run', SPEC, '--url', url],
    // The API key alone: with an Authorization header as well, schemathesis 4.32 judges no operation's
    // authentication, and it does not judge OAuth2 at all (fastapi-security.test.ts covers the other schemes).
    ...['-H', `api_key: ${CREDENTIALS.api_key}`],
    ...['--checks', CHECKS.join(','), '--phases', 'examples,fuzzing', '--max-examples', '30', '--seed', '1', '--generation-deterministic'],
    ...['--report', 'json', '--report-json-path', report, '--no-color'],
  ];
  // Exit 1 means failures were found: the report says which.
  // In the scratch folder: schemathesis keeps a cache of failures (.schemathesis/) where it runs, and
  // one carried from run to run would replay old cases instead of the seeded ones.
  await run(venv.python, args, { cwd: dir, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 }).catch((error: { code?: number }) => {
    if (error.code !== 1) throw error;
  });
  return JSON.parse(await readFile(report, 'utf8')) as Report;
}

describe('schemathesis judges a generated server with the source spec (a spec not tuned on)', () => {
  let dir: string;
  let python: string;
  const servers: RunningServer[] = [];
  before(async () => {
    python = (await ensureVenv()).python;
    dir = await mkdtemp(join(tmpdir(), 'fpd-judge-'));
    await writeFastapiProject(planFastapiProject(await loadSpec(SPEC)), join(dir, 'server'));
  });
  after(async () => {
    for (const server of servers) await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds no ignored credential, no server error, and only the known failure classes', { timeout: 900_000 }, async () => {
    const server = await startUvicorn(python, join(dir, 'server'), CREDENTIALS);
    servers.push(server);
    const report = await judge(server.url, dir);
    assert.equal(report.complete, true);
    assert.equal(report.operations.tested, report.operations.total);
    assert.equal(report.operations.errored, 0);
    const found = report.failures.map((f) => ({ code: f.code, operations: [...f.operations].sort() }));
    assert.deepEqual(
      found.filter((f) => !KNOWN.some((k) => k.code === f.code && f.operations.every((op) => k.operations.includes(op)))),
      [],
      JSON.stringify(report.failures, null, 2),
    );
  });

  it('control: on a server that ignores its credentials (as generated servers did), the same judge reports it', { timeout: 900_000 }, async () => {
    const security = join(dir, 'server/app/security.py');
    const open = (await readFile(security, 'utf8')).replace(/raise _(unauthorized\([^)]*\)|forbidden\(\))/g, 'return {}');
    await writeFile(security, open);
    const server = await startUvicorn(python, join(dir, 'server'), CREDENTIALS);
    servers.push(server);
    const report = await judge(server.url, dir);
    assert.ok(
      report.failures.some((f) => /auth/i.test(f.title) && f.operations.includes('GET /store/inventory')),
      JSON.stringify(report.failures, null, 2),
    );
  });
});
