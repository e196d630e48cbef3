/**
 * The diff stage of the bundled action, run as the runner runs it, in a real git repository, with
 * real push and pull_request payloads, against the local GitHub API (which checks every request
 * against GitHub's own description).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { READ_ONLY_TOKEN, startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api/index.ts';
import { runAction } from '../support/action-runner.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const example = readFileSync(path.join(repoRoot, 'example/openapi.yaml'), 'utf8');
/** Removes GET /shelves/{shelf}/books: a breaking change. */
const withoutShelves = example.slice(0, example.indexOf('  /shelves/{shelf}/books:')) + example.slice(example.indexOf('components:'));

interface Repo {
  dir: string;
  commit(text: string, message: string, file?: string): string;
}

function repo(): Repo {
  const dir = scratch('fpd-diff-repo-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  return {
    dir,
    commit(text, message, file = 'openapi.yaml') {
      writeFileSync(path.join(dir, file), text);
      git('add', '.');
      git('commit', '-qm', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

function pullRequest(baseSha: string, headSha: string, options: { labels?: string[]; fork?: boolean; number?: number } = {}) {
  const number = options.number ?? 7;
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        labels: (options.labels ?? []).map((name) => ({ name })),
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/api' } },
        head: { sha: headSha, ref: 'feature', repo: { full_name: options.fork ? 'someone/api' : 'acme/api', fork: options.fork ?? false } },
      },
    },
  };
}

describe('the action compares the spec with its base', () => {
  let github: GitHubApi;
  before(async () => {
    github = await startGitHubApi();
    github.state.addRepo({ owner: 'acme', name: 'api' });
    github.state.addPullRequest('acme/api', { number: 7, head: { ref: 'feature', sha: 'f'.repeat(40) } });
  });
  after(() => github.close());

  it('push: a breaking change fails the job, annotated at the changed line, with the outputs set', async () => {
    const r = repo();
    const base = r.commit(example, 'base');
    r.commit(withoutShelves, 'remove an endpoint');
    const run = await runAction({ workspace: r.dir, inputs: { spec: 'openapi.yaml', comment: 'true' }, event: { name: 'push', payload: { before: base } } });
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs.valid, 'true');
    assert.equal(run.outputs.breaking, 'true');
    assert.equal(run.outputs['breaking-count'], '1');
    assert.deepEqual(JSON.parse(run.outputs.changes!), { ERR: 1, WARN: 0, INFO: 0 });
    assert.match(run.outputs.changelog!, /api-path-removed-without-deprecation/);
    const file = JSON.parse(readFileSync(run.outputs['changes-file']!, 'utf8'));
    assert.equal(file.specs[0].changes[0].id, 'api-path-removed-without-deprecation');
    assert.ok(
      run.commands.some((c) => /^::error title=ERR api-path-removed-without-deprecation,file=openapi\.yaml,line=\d+/.test(c)),
      run.commands.join('\n'),
    );
    assert.ok(run.commands.some((c) => c.startsWith('::error::breaking changes fail the gate in openapi.yaml')));
    assert.match(run.summary, /## API changes/);
  });

  it('push: a pull request cannot switch the gate off with oasdiff configuration of its own', async () => {
    const r = repo();
    const base = r.commit(example, 'base');
    // Every file oasdiff reads from its working folder, each turning the removal's rule off or the gate down.
    const relax = 'severity-levels: levels.txt\nfail-on: INFO\nerr-ignore: ignore.txt\n';
    for (const name of ['oasdiff.yaml', '.oasdiff.yaml', 'oasdiff.yml', '.oasdiff.yml', 'oasdiff.json']) {
      writeFileSync(path.join(r.dir, name), name.endsWith('.json') ? JSON.stringify({ 'severity-levels': 'levels.txt' }) : relax);
    }
    writeFileSync(path.join(r.dir, 'levels.txt'), 'api-path-removed-without-deprecation none\n');
    writeFileSync(path.join(r.dir, 'ignore.txt'), 'GET /shelves/{shelf}/books api path removed without deprecation\n');
    r.commit(withoutShelves, 'remove an endpoint, and turn its rule off');
    const outside = path.join(scratch('fpd-oasdiff-config-'), 'oasdiff.yaml');
    writeFileSync(outside, relax.replaceAll('levels.txt', path.join(r.dir, 'levels.txt')));
    const run = await runAction({
      workspace: r.dir,
      inputs: { spec: 'openapi.yaml', comment: 'false' },
      event: { name: 'push', payload: { before: base } },
      env: { OASDIFF_CONFIG: outside },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['breaking-count'], '1');
    assert.match(run.outputs.changelog!, /api-path-removed-without-deprecation/);
    assert.ok(run.commands.some((c) => c.startsWith('::error::breaking changes fail the gate in openapi.yaml')));
  });

  it('a spec new since the base, and a push that created the branch: reported, not failed', async () => {
    const r = repo();
    const base = r.commit('# docs\n', 'start', 'README.md');
    r.commit(example, 'add the spec');
    const added = await runAction({ workspace: r.dir, inputs: { spec: 'openapi.yaml' }, event: { name: 'push', payload: { before: base } } });
    assert.equal(added.code, 0, added.stdout);
    assert.equal(added.outputs.breaking, 'false');
    assert.match(added.summary, /did not exist at/);
    const created = await runAction({ workspace: r.dir, inputs: { spec: 'openapi.yaml' }, event: { name: 'push', payload: { before: '0'.repeat(40) } } });
    assert.equal(created.code, 0);
    assert.match(created.summary, /created the branch/);
  });

  it('pull request: one sticky comment, updated in place, left alone when unchanged', async () => {
    const r = repo();
    const base = r.commit(example, 'base');
    const head = r.commit(withoutShelves, 'remove an endpoint');
    const env = { GITHUB_API_URL: github.url };
    const inputs = { spec: 'openapi.yaml', 'github-token': WORKFLOW_TOKEN };
    const first = await runAction({ workspace: r.dir, inputs, event: pullRequest(base, head), env });
    assert.equal(first.code, 1);
    const comments = () => github.state.commentsOn('acme/api', 7);
    assert.equal(comments().length, 1);
    assert.match(comments()[0]!.body, /api-path-removed-without-deprecation/);
    assert.match(first.summary, /pull request comment\]\(.*\) \(created\)/);

    const writesBefore = github.writes().length;
    const again = await runAction({ workspace: r.dir, inputs, event: pullRequest(base, head), env });
    assert.match(again.summary, /\(unchanged\)/);
    assert.equal(
      github.writes().filter((w) => w.path.includes('/comments')).length,
      github
        .writes()
        .slice(0, writesBefore)
        .filter((w) => w.path.includes('/comments')).length,
      'no comment write on an unchanged rerun',
    );

    const fixed = r.commit(example, 'put it back');
    const third = await runAction({ workspace: r.dir, inputs, event: pullRequest(base, fixed), env });
    assert.equal(third.code, 0);
    assert.equal(comments().length, 1);
    assert.match(comments()[0]!.body, /No API changes/);
    assert.deepEqual(github.violations, []);
  });

  it('pull request: the configuration file is obeyed as the base has it; the pull request’s edit of it is reported, not obeyed', async () => {
    github.state.addPullRequest('acme/api', { number: 8, head: { ref: 'config', sha: 'e'.repeat(40) } });
    const r = repo();
    const configFile = '.github/fastapi-postman-deploy.yml';
    execFileSync('mkdir', ['-p', path.join(r.dir, '.github')]);
    // The base turns one rule down (trusted): removing /shelves/{shelf}/books is a WARN, which passes.
    r.commit('settings:\n  fail-on: ERR\n  rule-levels:\n    api-path-removed-without-deprecation: WARN\n', 'configure', configFile);
    const base = r.commit(example, 'base');
    r.commit(withoutShelves, 'remove an endpoint');
    // The pull request tries to switch the gate off, and to turn a rule off.
    const head = r.commit('settings:\n  fail-on: NONE\n  rule-levels:\n    api-path-removed-without-deprecation: NONE\n', 'and loosen the gate', configFile);
    const event = pullRequest(base, head, { number: 8 });
    const run = await runAction({
      workspace: r.dir,
      inputs: { spec: 'openapi.yaml', 'github-token': WORKFLOW_TOKEN },
      event,
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs.changes!), { ERR: 0, WARN: 1, INFO: 0 }, 'the base’s level applies');
    const notice = /This pull request changes <code>\.github\/fastapi-postman-deploy\.yml<\/code>\. This run obeyed the version at <code>[0-9a-f]{7}<\/code>/;
    assert.match(run.summary, notice);
    assert.match(run.summary, /fail-on: <code>ERR<\/code> → <code>NONE<\/code>/);
    assert.match(run.summary, /rule-levels: <code>api-path-removed-without-deprecation WARN<\/code> → <code>api-path-removed-without-deprecation NONE<\/code>/);
    const comment = github.state.commentsOn('acme/api', 8)[0]!.body;
    assert.match(comment, notice);

    // An input given in the workflow overrides the file: the gate fails at WARN.
    const strict = await runAction({
      workspace: r.dir,
      inputs: { spec: 'openapi.yaml', 'fail-on': 'WARN', comment: 'false' },
      event,
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(strict.code, 1, strict.stdout);
    assert.deepEqual(github.violations, []);
  });

  it('pull request on a monorepo: one sticky comment with an index of every spec, the failing one in full', async () => {
    github.state.addPullRequest('acme/api', { number: 9, head: { ref: 'mono', sha: 'd'.repeat(40) } });
    const r = repo();
    execFileSync('mkdir', ['-p', path.join(r.dir, 'apis/books'), path.join(r.dir, 'apis/shelves')]);
    r.commit(example, 'books', 'apis/books/openapi.yaml');
    const base = r.commit(example, 'shelves', 'apis/shelves/openapi.yaml');
    const head = r.commit(withoutShelves, 'remove an endpoint', 'apis/shelves/openapi.yaml');
    const event = pullRequest(base, head, { number: 9 });
    const run = await runAction({
      workspace: r.dir,
      inputs: { spec: 'apis/*/openapi.yaml', 'github-token': WORKFLOW_TOKEN },
      event,
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.code, 1, run.stdout);
    const comments = github.state.commentsOn('acme/api', 9);
    assert.equal(comments.length, 1, 'one comment for the run');
    assert.match(comments[0]!.body, /### ❌ API changes in 2 specs: gate failed in 1/);
    assert.match(comments[0]!.body, /\| <code>apis\/books\/openapi\.yaml<\/code> \| no changes \|/);
    assert.match(comments[0]!.body, /### ❌ API changes in <code>apis\/shelves\/openapi\.yaml<\/code>: gate failed/);
    assert.match(run.summary, /The changes of the 2 specs are in \[this pull request comment\]/);
    assert.deepEqual(github.violations, []);
  });

  it('a bad setting in the configuration file is refused at its line, naming the file', async () => {
    const r = repo();
    execFileSync('mkdir', ['-p', path.join(r.dir, '.github')]);
    r.commit('settings:\n  fail-on: SOMETIMES\n', 'configure', '.github/fastapi-postman-deploy.yml');
    const base = r.commit(example, 'base');
    r.commit(example.replace('Bookshelf', 'Bookshelf 2'), 'retitle');
    const run = await runAction({ workspace: r.dir, inputs: { spec: 'openapi.yaml', comment: 'false' }, event: { name: 'push', payload: { before: base } } });
    assert.equal(run.code, 1);
    assert.ok(
      run.commands.some((c) => c.startsWith('::error::fail-on (.github/fastapi-postman-deploy.yml:2): "SOMETIMES" is not one of ERR, WARN, INFO, NONE')),
      run.commands.join('\n'),
    );
  });

  it('the accept label lets a breaking change through, and says so', async () => {
    const r = repo();
    const base = r.commit(example, 'base');
    const head = r.commit(withoutShelves, 'remove an endpoint');
    const run = await runAction({
      workspace: r.dir,
      inputs: { spec: 'openapi.yaml', comment: 'false' },
      event: pullRequest(base, head, { labels: ['breaking-change-accepted'] }),
    });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.breaking, 'true');
    assert.match(run.summary, /breaking-change-accepted/);
  });

  it('a fork with a read-only token: no crash, the summary carries everything', async () => {
    const r = repo();
    const base = r.commit(example, 'base');
    const head = r.commit(withoutShelves, 'remove an endpoint');
    const run = await runAction({
      workspace: r.dir,
      inputs: { spec: 'openapi.yaml', 'github-token': READ_ONLY_TOKEN },
      event: pullRequest(base, head, { fork: true }),
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.code, 1);
    assert.match(run.summary, /No pull request comment for .*openapi\.yaml.*fork/s);
    assert.match(run.summary, /api&#8203;-path-removed-without-deprecation|api-path-removed-without-deprecation/);
    assert.deepEqual(github.violations, []);
  });
});
