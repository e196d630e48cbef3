/**
 * One base/revision pair per behaviour, run through the real oasdiff binary and the real loader:
 * what oasdiff finds, where each change is placed in the revision, and how the options change it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderMarkdown, renderText, toJson, type DiffReport } from '../../src/stages/diff/changelog.ts';
import { defaultDiffOptions, type DiffOptions } from '../../src/config.ts';
import { diffSpec } from '../../src/stages/diff/diff.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const fixtures = path.join(repoRoot, '__tests__/fixtures/diff');

async function diffCase(name: string, options: Partial<DiffOptions> = {}): Promise<DiffReport> {
  const dir = path.join(fixtures, name);
  const revisionFile = readdirSync(dir).find((f) => f.startsWith('revision.'))!;
  const revision = await loadSpec(path.join(dir, revisionFile), { displayBase: dir });
  return diffSpec({
    base: { kind: 'file', file: path.join(dir, 'base.yaml') },
    revision,
    options: { ...defaultDiffOptions, acceptedBreaksFile: undefined, ...options },
    workspace: dir,
    now: new Date('2026-11-21T12:00:00Z'),
  });
}

const summary = (report: DiffReport) => report.verdict.changes.map(({ change }) => `${change.level} ${change.id}`);

describe('diff fixtures', () => {
  it('parameter-became-required: ERR, located at the line oasdiff gives', async () => {
    const report = await diffCase('parameter-became-required');
    assert.deepEqual(summary(report), ['ERR request-parameter-became-required']);
    assert.equal(report.verdict.passed, false);
    const change = report.verdict.changes[0]!.change;
    assert.equal(change.operation, 'GET');
    assert.equal(change.path, '/pets');
    assert.match(change.fingerprint, /^[0-9a-f]{12}$/);
    assert.deepEqual(change.location && { file: change.location.file, line: change.location.line }, { file: 'revision.yaml', line: 10 });
    assert.equal(report.base.kind === 'found' && report.base.path, 'base.yaml');
  });

  it('path-removed: a removal points at the parent that still exists (paths)', async () => {
    const report = await diffCase('path-removed');
    assert.deepEqual(summary(report), ['ERR api-path-removed-without-deprecation']);
    const change = report.verdict.changes[0]!.change;
    assert.equal(change.revisionSource, undefined);
    assert.equal(change.location?.line, 3, 'the `paths:` key');
    assert.equal(change.baseSource?.file, 'base.yaml'.replace(/^/, path.join(fixtures, 'path-removed') + path.sep));
  });

  it('parameter-removed: WARN is breaking but passes the default gate (fail-on ERR)', async () => {
    const report = await diffCase('parameter-removed');
    assert.deepEqual(summary(report), ['WARN request-parameter-removed']);
    assert.equal(report.verdict.passed, true);
    assert.equal(report.verdict.changes[0]!.change.location?.line, 5, 'the operation, `get:`');
    const strict = await diffCase('parameter-removed', { failOn: 'WARN' });
    assert.equal(strict.verdict.passed, false);
    assert.match(strict.verdict.summary, /1 change at WARN or above/);
  });

  it('rule levels and ignored changes: a level is changed by oasdiff itself, an ignored change passes with its reason', async () => {
    assert.deepEqual(summary(await diffCase('path-removed', { levels: { 'api-path-removed-without-deprecation': 'WARN' } })), [
      'WARN api-path-removed-without-deprecation',
    ]);
    assert.deepEqual(summary(await diffCase('path-removed', { levels: { 'api-path-removed-without-deprecation': 'NONE' } })), []);
    const ignored = await diffCase('path-removed', {
      ignore: [{ rule: 'api-path-removed-without-deprecation', method: 'GET', path: '/owners', reason: 'the owners API moved to its own service' }],
    });
    assert.equal(ignored.verdict.passed, true);
    assert.match(ignored.verdict.summary, /accepted by the ignore-changes setting/);
    assert.match(renderMarkdown(ignored), /ignored by the ignore-changes setting: the owners API moved to its own service/);
    const elsewhere = await diffCase('path-removed', { ignore: [{ rule: 'api-path-removed-without-deprecation', method: 'GET', path: '/pets', reason: 'r' }] });
    assert.equal(elsewhere.verdict.passed, false, 'an ignore for another operation does not apply');
  });

  it('request-body-enum-value-removed: a value clients may send is refused now, a breaking ERR', async () => {
    const report = await diffCase('request-body-enum-value-removed');
    assert.deepEqual(summary(report), ['ERR request-body-enum-value-removed']);
    assert.equal(report.verdict.passed, false);
  });

  it('a spec whose path has a colon is compared as the file it is, not read as a git revision', async () => {
    const dir = scratch('fpd-diff-colon-');
    const base = path.join(fixtures, 'request-body-enum-value-removed', 'base.yaml');
    const revision = path.join(dir, 'v2:openapi.yaml');
    writeFileSync(revision, readFileSync(path.join(fixtures, 'request-body-enum-value-removed', 'revision.yaml')));
    const report = await diffSpec({
      base: { kind: 'file', file: base },
      revision: await loadSpec(revision, { displayBase: dir }),
      options: { ...defaultDiffOptions, acceptedBreaksFile: undefined },
      workspace: dir,
    });
    assert.deepEqual(summary(report), ['ERR request-body-enum-value-removed']);
    assert.equal(report.verdict.changes[0]!.change.location?.file, 'v2:openapi.yaml');
  });

  it('endpoint-added: INFO only, the gate passes even at fail-on WARN', async () => {
    const report = await diffCase('endpoint-added', { failOn: 'WARN' });
    assert.deepEqual(summary(report), ['INFO endpoint-added']);
    assert.equal(report.verdict.passed, true);
    assert.equal(report.verdict.changes[0]!.change.location?.line, 8);
    assert.match(renderMarkdown(report), /<details><summary>Other changes \(1\)<\/summary>/);
  });

  it('no-changes: an empty diff says so', async () => {
    const report = await diffCase('no-changes');
    assert.equal(report.verdict.changes.length, 0);
    assert.equal(report.verdict.passed, true);
    assert.match(renderMarkdown(report), /No API changes\./);
  });

  it('flatten-allof: merging allOf before the diff removes the false break', async () => {
    const plain = await diffCase('flatten-allof');
    assert.ok(summary(plain).includes('WARN response-body-all-of-removed'));
    const flattened = await diffCase('flatten-allof', { flattenAllOf: true });
    assert.deepEqual(summary(flattened), []);
  });

  it('exclude-paths and include-paths narrow the comparison', async () => {
    assert.deepEqual(summary(await diffCase('exclude-paths')), ['ERR api-path-removed-without-deprecation']);
    assert.deepEqual(summary(await diffCase('exclude-paths', { excludePaths: '^/internal/' })), []);
    assert.deepEqual(summary(await diffCase('exclude-paths', { includePaths: '^/pets' })), []);
  });

  it('extension-filter: operations marked with a matching extension are left out', async () => {
    assert.deepEqual(summary(await diffCase('extension-filter')), ['ERR request-parameter-became-required']);
    assert.deepEqual(summary(await diffCase('extension-filter', { filterExtension: 'x-beta' })), []);
  });

  it('json-revision: changes in a JSON revision are located in the JSON file', async () => {
    const report = await diffCase('json-revision');
    const byId = new Map(report.verdict.changes.map(({ change }) => [change.id, change]));
    assert.equal(byId.get('request-parameter-became-required')?.location?.file, 'revision.json');
    assert.equal(byId.get('request-parameter-became-required')?.location?.line, 8, 'the parameter');
    assert.equal(byId.get('api-path-removed-without-deprecation')?.location?.line, 4, 'the "paths" key');
  });

  it('the JSON report lists every change with oasdiff fields and its revision source', async () => {
    const json = toJson(await diffCase('parameter-became-required')) as { changes: Record<string, unknown>[]; passed: boolean; breakingCount: number };
    assert.equal(json.passed, false);
    assert.equal(json.breakingCount, 1);
    const [change] = json.changes;
    for (const key of ['id', 'level', 'operation', 'path', 'text', 'fingerprint']) assert.ok(change?.[key], key);
    assert.deepEqual(change?.source, { file: 'revision.yaml', line: 10, column: 11 });
  });

  it('the text format has one line per change with its place and fingerprint', async () => {
    const text = renderText(await diffCase('parameter-became-required'));
    assert.match(text, /^ERR  GET \/pets: request-parameter-became-required: .* \(revision\.yaml:10:11\) fingerprint [0-9a-f]{12} \[failing\]$/m);
  });

  it('an accepted-breaks file in the workspace accepts a break by its fingerprint; a missing file accepts nothing', async () => {
    const first = await diffCase('path-removed');
    const fingerprint = first.verdict.changes[0]!.change.fingerprint;
    const dir = scratch('fpd-accepted-');
    const file = path.join(dir, 'accepted.yaml');
    writeFileSync(file, `accepted:\n  - fingerprint: ${fingerprint}\n    reason: /owners moved to the v2 API\n`);
    try {
      const accepted = await diffCase('path-removed', { acceptedBreaksFile: file });
      assert.equal(accepted.verdict.passed, true);
      assert.match(renderMarkdown(accepted), /moved to the v2 API/);
      const missing = await diffCase('path-removed', { acceptedBreaksFile: path.join(dir, 'none.yaml') });
      assert.equal(missing.verdict.passed, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an acceptance names who wrote it, as git records the line', async () => {
    const fingerprint = (await diffCase('path-removed')).verdict.changes[0]!.change.fingerprint;
    const dir = scratch('fpd-accepted-git-');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Ada Reviewer', '-c', 'user.email=ada@example.invalid', ...args], { cwd: dir });
    git('init', '-q');
    writeFileSync(path.join(dir, 'accepted.yaml'), `accepted:\n  - fingerprint: ${fingerprint}\n    reason: /owners moved to the v2 API\n`);
    git('add', '.');
    git('commit', '-qm', 'accept the removal');
    try {
      const accepted = await diffCase('path-removed', { acceptedBreaksFile: path.join(dir, 'accepted.yaml') });
      assert.match(renderMarkdown(accepted), /by <code>[^<]*accepted\.yaml<\/code> \(entry by Ada Reviewer\): \/owners moved to the v2 API/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a base that cannot be read is a UserError naming it', async () => {
    const dir = path.join(fixtures, 'no-changes');
    const revision = await loadSpec(path.join(dir, 'revision.yaml'), { displayBase: dir });
    await assert.rejects(
      diffSpec({ base: { kind: 'file', file: path.join(dir, 'missing.yaml') }, revision, options: defaultDiffOptions, workspace: dir }),
      (error: Error) => error.name === 'UserError' && /cannot read the spec file missing\.yaml/.test(error.message),
    );
  });
});
