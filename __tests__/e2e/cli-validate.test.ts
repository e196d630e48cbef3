/** The CLI as a user runs it: the bundled dist/cli.js, its output and its exit status. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, scratch } from '../support/paths.ts';

function cli(args: string[], cwd = repoRoot) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('fastapi-postman-deploy validate', () => {
  it('exits 0 on a valid spec', () => {
    const run = cli(['validate', 'example/openapi.yaml']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, 'example/openapi.yaml: valid OpenAPI 3.1.0 (4 operations, 3 schemas; 0 errors, 0 warnings)\n');
  });

  it('exits 1 with file:line:col errors, and --json lists them with pointers', () => {
    const dir = scratch();
    writeFileSync(
      path.join(dir, 'api.yaml'),
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {}\n      operationId: 7\n',
    );
    const text = cli(['validate', 'api.yaml'], dir);
    assert.equal(text.code, 1);
    assert.match(
      text.stdout,
      /^api\.yaml:6:7: error: "responses" must have at least 1 entry \[schema\]\napi\.yaml:7:7: error: "operationId" must be a string \[schema\]$/m,
    );
    const json = cli(['validate', 'api.yaml', '--json'], dir);
    assert.equal(json.code, 1);
    const doc = JSON.parse(json.stdout);
    assert.equal(doc.valid, false);
    assert.deepEqual(
      doc.errors.map((e: { line: number; pointer: string }) => `${e.line} ${e.pointer}`),
      ['6 /paths/~1a/get/responses', '7 /paths/~1a/get/operationId'],
    );
  });

  it('exits 2 on bad usage and unreadable input, with no stack trace', () => {
    for (const args of [['validate', 'nope.yaml'], ['frobnicate'], ['validate', 'x.yaml', '--bogus'], []]) {
      const run = cli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    }
    assert.match(cli(['validate', 'nope.yaml']).stderr, /^error: cannot read the spec file nope\.yaml: it does not exist/);
  });
});

describe('fastapi-postman-deploy diff and run', () => {
  const specs = path.join(repoRoot, '..', 'shared', 'specs');
  it('diff: exit 1 on breaking changes, every format, and --fail-on NONE passes', () => {
    const args = ['diff', path.join(specs, 'openai-2024-12-18.yaml'), path.join(specs, 'openai-2026-08-21.yaml')];
    const text = cli(args);
    assert.equal(text.code, 1);
    assert.match(
      text.stdout,
      /^API diff of .*openai-2026-08-21\.yaml against .*openai-2024-12-18\.yaml: Failed: 853 changes at ERR or above not accepted\.\nChanges: ERR 853, WARN 57, INFO 1362 \(oasdiff 1\.39\.0\)\n/,
    );
    const json = JSON.parse(cli([...args, '--json']).stdout);
    assert.equal(json.breakingCount, 910);
    assert.ok(json.changes.every((c: { fingerprint: string; source?: { line: number } }) => /^[0-9a-f]{12}$/.test(c.fingerprint)));
    const markdown = cli([...args, '--format', 'markdown']).stdout;
    assert.ok(markdown.length < 65_536, `${markdown.length} characters`);
    assert.equal(cli([...args, '--fail-on', 'NONE']).code, 0);
    assert.equal(cli([...args, '--fail-on', 'sometimes']).code, 2);
  });

  it('diff: a value removed from a request body enum fails the gate at ERR, by the pinned oasdiff', () => {
    const fixture = path.join(repoRoot, '__tests__/fixtures/diff/request-body-enum-value-removed');
    const run = cli(['diff', path.join(fixture, 'base.yaml'), path.join(fixture, 'revision.yaml')]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^ERR {2}PUT \/pets\/\{id\}\/kind: request-body-enum-value-removed: /m);
    assert.match(run.stdout, /\(oasdiff 1\.39\.0\)/);
    assert.match(cli(['--version']).stdout, /^fastapi-postman-deploy \S+\noasdiff 1\.39\.0\nnewman \d+\.\d+\.\d+\n$/);
  });

  it("diff: --rule-level changes a rule's level, --ignore-change lets one change through with its reason", () => {
    const fixture = path.join(repoRoot, '__tests__/fixtures/diff/path-removed');
    const args = ['diff', path.join(fixture, 'base.yaml'), path.join(fixture, 'revision.yaml')];
    assert.equal(cli(args).code, 1);
    const lowered = cli([...args, '--rule-level', 'api-path-removed-without-deprecation WARN']);
    assert.equal(lowered.code, 0, lowered.stderr);
    assert.match(lowered.stdout, /^WARN GET \/owners: api-path-removed-without-deprecation/m);
    const ignored = cli([...args, '--ignore-change', 'api-path-removed-without-deprecation GET /owners: moved to the v2 API']);
    assert.equal(ignored.code, 0, ignored.stderr);
    assert.match(ignored.stdout, /\[ignored: moved to the v2 API\]/);
    assert.equal(cli([...args, '--rule-level', 'api-path-removed-without-deprecation LOUD']).code, 2);
  });

  it('run: validates, then compares with --base', () => {
    const out = scratch('fpd-cli-run-');
    const skipped = cli(['run', 'example/openapi.yaml', '--collection-out', out, '--fastapi-out', path.join(out, 'server'), '--stages', 'validate,diff']);
    assert.equal(skipped.code, 0);
    assert.match(skipped.stdout, /API diff skipped: no base to compare with/);
    const compared = cli(['run', 'example/openapi.yaml', '--base', 'HEAD', '--stages', 'validate,diff', '--json']);
    assert.equal(compared.code, 0, compared.stderr);
    const doc = JSON.parse(compared.stdout);
    assert.equal(doc.ok, true);
    assert.equal(doc.diffs[0].passed, true);
  });
});

describe('run --base on a multi-file spec in git', () => {
  it('takes the whole folder at the base and finds a break in a referenced file', () => {
    const dir = scratch('fpd-cli-git-');
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
    mkdirSync(path.join(dir, 'api/models'), { recursive: true });
    writeFileSync(
      path.join(dir, 'api/openapi.yaml'),
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'models/pet.yaml'}\n",
    );
    writeFileSync(path.join(dir, 'api/models/pet.yaml'), 'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n  name: {type: string}\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(path.join(dir, 'api/models/pet.yaml'), 'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n');
    git('commit', '-qam', 'drop name');
    const run = cli(['run', 'api/openapi.yaml', '--base', 'HEAD~1', '--fail-on', 'INFO', '--json'], dir);
    const doc = JSON.parse(run.stdout);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      doc.diffs[0].changes.map((c: { id: string }) => c.id),
      ['response-optional-property-removed'],
    );
    assert.equal(doc.diffs[0].base.path, 'api/openapi.yaml');
  });
});
