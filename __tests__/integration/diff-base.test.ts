/**
 * The base spec from real git repositories made here: merge-base for a PR, `before` for a push, a new
 * spec, a multi-file folder, and shallow clones (over file://) that must fetch what they lack.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { commonFolder, retrieveBase, type BaseSpec } from '../../src/stages/diff/base.ts';
import { defaultDiffOptions } from '../../src/config.ts';
import { diffSpec } from '../../src/stages/diff/diff.ts';
import { UserError } from '../../src/errors.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { scratch } from '../support/paths.ts';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
}

function spec(version: string, extraPath = ''): string {
  return `openapi: 3.0.3\ninfo: {title: Pets, version: '${version}'}\npaths:\n  /pets:\n    get:\n      responses:\n        '200': {description: ok}\n${extraPath}`;
}

function commit(repo: string, files: Record<string, string>, message: string): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), content);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

const read = (base: BaseSpec) => (base.kind === 'found' ? readFileSync(base.file, 'utf8') : undefined);

describe('base spec from git', () => {
  const dirs: string[] = [];
  const tmp = (prefix: string) => {
    const dir = scratch(prefix);
    dirs.push(dir);
    return dir;
  };
  let origin: string;
  /** main: forkPoint → mainTip; feature (from forkPoint): 40 commits, then featureTip. */
  let forkPoint: string;
  let mainTip: string;
  let featureTip: string;
  let newSpecCommit: string;

  before(() => {
    origin = tmp('fpd-origin-');
    git(origin, 'init', '-q', '-b', 'main');
    commit(origin, { 'README.md': 'x\n' }, 'readme');
    forkPoint = commit(origin, { 'api/openapi.yaml': spec('1'), 'api/paths/pets.yaml': 'get: {}\n', 'other/notes.txt': 'n\n' }, 'spec v1');
    git(origin, 'checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 40; i++) commit(origin, { 'src/file.txt': `${i}\n` }, `work ${i}`);
    featureTip = commit(origin, { 'api/openapi.yaml': spec('3', "  /owners:\n    get:\n      responses:\n        '200': {description: ok}\n") }, 'spec v3');
    newSpecCommit = commit(origin, { 'new/openapi.yaml': spec('1') }, 'a second spec');
    git(origin, 'checkout', '-q', 'main');
    for (let i = 0; i < 5; i++) commit(origin, { 'src/main.txt': `${i}\n` }, `main ${i}`);
    mainTip = commit(origin, { 'api/openapi.yaml': spec('2') }, 'spec v2');
    git(origin, 'checkout', '-q', newSpecCommit);
  });
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('pull_request: the spec at the merge-base, not at the base tip', async () => {
    const base = await retrieveBase({
      workTree: origin,
      spec: path.join(origin, 'api/openapi.yaml'),
      event: { kind: 'pull_request', baseSha: mainTip, headSha: featureTip },
      outDir: tmp('fpd-base-'),
    });
    assert.equal(base.kind, 'found');
    assert.equal(base.kind === 'found' && base.commit, forkPoint);
    assert.equal(base.kind === 'found' && base.repoPath, 'api/openapi.yaml');
    assert.match(read(base)!, /version: '1'/);
  });

  it('push: the spec at the `before` commit', async () => {
    const base = await retrieveBase({
      workTree: origin,
      spec: path.join(origin, 'api/openapi.yaml'),
      event: { kind: 'push', before: mainTip },
      outDir: tmp('fpd-base-'),
    });
    assert.match(read(base)!, /version: '2'/);
  });

  it('push that created the branch (before is all zeros): no base, not a failure', async () => {
    const base = await retrieveBase({
      workTree: origin,
      spec: path.join(origin, 'api/openapi.yaml'),
      event: { kind: 'push', before: '0'.repeat(40) },
      outDir: tmp('fpd-base-'),
    });
    assert.equal(base.kind, 'none');
    assert.match(base.kind === 'none' ? base.reason : '', /created the branch/);
  });

  it('a spec that did not exist at the base is a new API', async () => {
    const base = await retrieveBase({
      workTree: origin,
      spec: path.join(origin, 'new/openapi.yaml'),
      event: { kind: 'pull_request', baseSha: mainTip, headSha: newSpecCommit },
      outDir: tmp('fpd-base-'),
    });
    assert.deepEqual(base, { kind: 'none', commit: forkPoint, reason: `new/openapi.yaml did not exist at ${forkPoint.slice(0, 7)}` });
    const revision = await loadSpec(path.join(origin, 'new/openapi.yaml'), { displayBase: origin });
    const report = await diffSpec({ base, revision, options: defaultDiffOptions, workspace: origin });
    assert.equal(report.verdict.passed, true);
    assert.equal(report.base.kind, 'none');
  });

  it('a commit-ish from the command line (a branch name)', async () => {
    const base = await retrieveBase({
      workTree: origin,
      spec: path.join(origin, 'api/openapi.yaml'),
      event: { kind: 'commit', commit: 'main' },
      outDir: tmp('fpd-base-'),
    });
    assert.equal(base.kind === 'found' && base.commit, mainTip);
  });

  it('multi-file: the whole folder at that commit, and oasdiff follows its refs', async () => {
    const outDir = tmp('fpd-base-');
    const base = await retrieveBase({
      workTree: origin,
      spec: path.join(origin, 'api/openapi.yaml'),
      folder: path.join(origin, 'api'),
      event: { kind: 'commit', commit: forkPoint },
      outDir,
    });
    assert.equal(readFileSync(path.join(outDir, 'api/paths/pets.yaml'), 'utf8'), 'get: {}\n');
    assert.throws(() => readFileSync(path.join(outDir, 'other/notes.txt')), /ENOENT/, 'only the folder');
    const revision = await loadSpec(path.join(origin, 'api/openapi.yaml'), { displayBase: origin });
    const report = await diffSpec({ base, revision, options: defaultDiffOptions, workspace: origin });
    assert.deepEqual(report.base, { kind: 'found', path: 'api/openapi.yaml', commit: forkPoint });
  });

  it('commonFolder is the innermost folder holding every file', () => {
    assert.equal(commonFolder(['/r/api/openapi.yaml', '/r/api/paths/pets.yaml', '/r/api/schemas/a/b.yaml']), '/r/api');
    assert.equal(commonFolder(['/r/api/openapi.yaml', '/r/shared/common.yaml']), '/r');
  });

  it('shallow clone (depth 1): fetches the base, deepens to the merge-base, leaves the clone usable', async () => {
    const clone = tmp('fpd-clone-');
    git(clone, 'clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, '.');
    assert.equal(git(clone, 'rev-parse', '--is-shallow-repository'), 'true');
    const logs: string[] = [];
    const base = await retrieveBase({
      workTree: clone,
      spec: path.join(clone, 'api/openapi.yaml'),
      event: { kind: 'pull_request', baseSha: mainTip, headSha: featureTip },
      outDir: tmp('fpd-base-'),
      log: (m) => logs.push(m),
    });
    assert.equal(base.kind === 'found' && base.commit, forkPoint);
    assert.match(read(base)!, /version: '1'/);
    assert.ok(
      logs.some((l) => /Fetching the PR's base and head commits/.test(l)),
      logs.join('\n'),
    );
    assert.ok(
      logs.some((l) => /Deepening the shallow clone to 32 commits/.test(l)),
      logs.join('\n'),
    );
    assert.equal(git(clone, 'rev-parse', '--is-shallow-repository'), 'true', 'only what was needed, not the whole history');
  });

  it("pull_request on GitHub's merge commit (the checkout default): the merge's base parent, so base-branch changes are not the PR's", async () => {
    const repo = tmp('fpd-merge-');
    git(repo, 'init', '-q', '-b', 'main');
    const lines = (title: string, extra: string) =>
      `openapi: 3.0.3\ninfo:\n  title: ${title}\n  version: '1'\npaths:\n  /pets:\n    get:\n      responses:\n        '200': {description: ok}\n${extra}`;
    commit(repo, { 'openapi.yaml': lines('Pets', '') }, 'v1');
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commit(repo, { 'openapi.yaml': lines('Pets', "  /owners:\n    get:\n      responses:\n        '200': {description: ok}\n") }, 'add /owners');
    git(repo, 'checkout', '-q', 'main');
    const baseTip = commit(repo, { 'openapi.yaml': lines('Pet Store', '') }, 'retitle on main');
    git(repo, 'merge', '-q', '--no-ff', '-m', 'merge', head);
    const clone = tmp('fpd-clone-');
    git(clone, 'clone', '-q', '--depth=1', '--branch=main', `file://${repo}`, '.');
    const base = await retrieveBase({
      workTree: clone,
      spec: path.join(clone, 'openapi.yaml'),
      event: { kind: 'pull_request', baseSha: baseTip, headSha: head },
      outDir: tmp('fpd-base-'),
    });
    assert.equal(base.kind === 'found' && base.commit, baseTip);
    assert.match(read(base)!, /title: Pet Store/);
    const revision = await loadSpec(path.join(clone, 'openapi.yaml'), { displayBase: clone });
    const report = await diffSpec({ base, revision, options: defaultDiffOptions, workspace: clone });
    assert.deepEqual(
      report.verdict.changes.map(({ change }) => `${change.id} ${change.operation} ${change.path}`),
      ['endpoint-added GET /owners'],
    );
  });

  it('shallow clone, push: fetches the `before` commit it lacks', async () => {
    const clone = tmp('fpd-clone-');
    git(clone, 'clone', '-q', '--depth=1', '--branch=main', `file://${origin}`, '.');
    const base = await retrieveBase({
      workTree: clone,
      spec: path.join(clone, 'api/openapi.yaml'),
      event: { kind: 'push', before: forkPoint },
      outDir: tmp('fpd-base-'),
    });
    assert.match(read(base)!, /version: '1'/);
  });

  it('shallow clone that cannot fetch: a UserError with the fetch-depth fix', async () => {
    const clone = tmp('fpd-clone-');
    git(clone, 'clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, '.');
    git(clone, 'remote', 'set-url', 'origin', `file://${path.join(origin, 'missing')}`);
    await assert.rejects(
      retrieveBase({
        workTree: clone,
        spec: path.join(clone, 'api/openapi.yaml'),
        event: { kind: 'pull_request', baseSha: mainTip, headSha: featureTip },
        outDir: tmp('fpd-base-'),
      }),
      (error: unknown) =>
        error instanceof UserError &&
        /the PR's base and head commits: [0-9a-f]{7} is not in the clone and could not be fetched/.test(error.message) &&
        /fetch-depth: 0/.test(error.hint ?? ''),
    );
  });

  it('outside a repository, or a spec outside it: UserErrors', async () => {
    const plain = tmp('fpd-plain-');
    writeFileSync(path.join(plain, 'openapi.yaml'), spec('1'));
    await assert.rejects(
      retrieveBase({ workTree: plain, spec: path.join(plain, 'openapi.yaml'), event: { kind: 'commit', commit: 'HEAD' }, outDir: tmp('fpd-base-') }),
      /not inside a git repository/,
    );
    await assert.rejects(
      retrieveBase({ workTree: origin, spec: path.join(plain, 'openapi.yaml'), event: { kind: 'commit', commit: 'HEAD' }, outDir: tmp('fpd-base-') }),
      /outside the git repository/,
    );
  });
});
