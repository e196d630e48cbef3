/**
 * Commit-back through the bundled action, as the runner runs it: a real git repository with a bare
 * "origin", and the local GitHub API (which checks every request against GitHub's description)
 * for the pull request. A pull request gets a commit on its branch; a push gets a branch of ours
 * and one pull request, reused on the next push; a rerun with nothing new commits nothing; a fork
 * is skipped; a merge-commit checkout is refused before anything is pushed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction } from '../support/action-runner.ts';
import { startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api/index.ts';
import { repoRoot, scratchFolders } from '../support/paths.ts';

const scratch = scratchFolders();
const example = readFileSync(path.join(repoRoot, 'example/openapi.yaml'), 'utf8');
const renamed = example.replace('title: Bookshelf', 'title: Bookshelf API');

function gitIn(dir: string) {
  return (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

/** A bare origin with main holding the spec, and a clone of it to run in. */
function repository() {
  const origin = path.join(scratch('fpd-origin-'), 'api.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  const work = scratch('fpd-work-');
  execFileSync('git', ['clone', '-q', origin, work], { stdio: 'ignore' });
  const git = gitIn(work);
  git('checkout', '-q', '-b', 'main');
  const commit = (text: string, message: string) => {
    writeFileSync(path.join(work, 'openapi.yaml'), text);
    git('add', 'openapi.yaml');
    git('commit', '-qm', message);
    return git('rev-parse', 'HEAD');
  };
  const main = commit(example, 'the contract');
  git('push', '-q', 'origin', 'main');
  const originTip = (ref: string) => {
    try {
      return execFileSync('git', ['--git-dir', origin, 'rev-parse', '--verify', '--quiet', `refs/heads/${ref}`], { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return { origin, work, git, commit, main, originTip };
}

const inputs = { spec: 'openapi.yaml', stages: 'validate,collection,fastapi', 'commit-back': 'true', 'github-token': WORKFLOW_TOKEN, comment: 'false' };

describe('commit-back', () => {
  let github: GitHubApi;
  before(async () => {
    github = await startGitHubApi();
    github.state.addRepo({ owner: 'acme', name: 'api' });
  });
  after(() => github.close());

  /** The base is the repository's main commit: the run reads the configuration file as the base has it. */
  function pullRequestEvent(number: number, headSha: string, baseSha: string, headRepo = 'acme/api') {
    return {
      name: 'pull_request',
      payload: {
        action: 'synchronize',
        number,
        pull_request: {
          number,
          labels: [],
          base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/api' } },
          head: { sha: headSha, ref: 'feature', repo: { full_name: headRepo, fork: headRepo !== 'acme/api' } },
        },
      },
    };
  }

  it('pull request: one commit of the generated folders on its branch; a rerun commits nothing', async () => {
    const r = repository();
    r.git('checkout', '-q', '-b', 'feature');
    const head = r.commit(renamed, 'rename the API');
    r.git('push', '-q', 'origin', 'feature');
    writeFileSync(path.join(r.work, 'notes.txt'), 'not generated: stays out of the commit\n');
    const env = { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/pull/3/merge', GITHUB_SHA: 'c'.repeat(40) };

    const first = await runAction({ workspace: r.work, inputs, event: pullRequestEvent(3, head, r.main), env });
    assert.equal(first.code, 0, first.stdout);
    const tip = r.originTip('feature')!;
    assert.notEqual(tip, head, 'a commit was pushed');
    assert.equal(first.outputs['commit-back-commit'], tip);
    assert.equal(
      execFileSync('git', ['--git-dir', r.origin, 'rev-parse', `${tip}^`], { encoding: 'utf8' }).trim(),
      head,
      'on top of the head, not a merge commit',
    );
    const files = execFileSync('git', ['--git-dir', r.origin, 'show', '--name-only', '--format=%an <%ae>%n%s', tip], { encoding: 'utf8' }).split('\n');
    assert.equal(files[0], 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    assert.match(files[1]!, /^Regenerate the Postman collection and FastAPI project from openapi\.yaml$/);
    assert.ok(files.includes('postman/openapi.postman_collection.json'));
    assert.ok(files.includes('server/app/main.py'));
    assert.ok(
      files.every((f) => !f.startsWith('notes.txt') && !f.startsWith('openapi.yaml')),
      files.join('\n'),
    );
    assert.match(first.summary, /## Commit-back\n\nCommitted \d+ regenerated file\(s\) as <code>[0-9a-f]{12}<\/code> to <code>feature<\/code>\./);
    assert.ok(!readFileSync(path.join(r.work, '.git/config'), 'utf8').includes(WORKFLOW_TOKEN), 'the token is not left in the git config');

    // The commit starts a new run on the new head: it regenerates the same files and stops there.
    const again = await runAction({ workspace: r.work, inputs, event: pullRequestEvent(3, tip, r.main), env });
    assert.equal(again.code, 0, again.stdout);
    assert.equal(again.outputs['commit-back-commit'], '');
    assert.equal(r.originTip('feature'), tip);
    assert.match(again.summary, /nothing to commit/);
    for (const run of [first, again]) assert.ok(![run.summary, JSON.stringify(run.outputs), run.stderr].some((t) => t.includes(WORKFLOW_TOKEN)));
    assert.deepEqual(github.violations, []);
  });

  it('push: a branch of ours and one pull request, updated (not duplicated) by the next push', async () => {
    const r = repository();
    github.state.branchTip = (name, ref) => (name === 'acme/api' ? r.originTip(ref) : undefined);
    const env = (sha: string) => ({ GITHUB_API_URL: github.url, GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha });
    const first = await runAction({ workspace: r.work, inputs, event: { name: 'push', payload: { before: '0'.repeat(40) } }, env: env(r.main) });
    assert.equal(first.code, 0, first.stdout);
    const branch = 'fastapi-postman-deploy/regenerate/main';
    assert.equal(first.outputs['commit-back-commit'], r.originTip(branch));
    assert.equal(r.originTip('main'), r.main, 'main itself is untouched');
    const pulls = () => [...github.state.repoNamed('acme/api')!.issues.values()].filter((i) => i.pull);
    assert.equal(pulls().length, 1);
    assert.deepEqual([pulls()[0]!.pull!.head.ref, pulls()[0]!.pull!.base.ref], [branch, 'main']);
    assert.match(first.outputs['commit-back-pull-request']!, /\/acme\/api\/pull\/\d+$/);
    assert.match(first.summary, /Opened pull request \[#\d+\]/);

    // The next push to main: the branch is rebuilt on it (forced), and the open pull request reused.
    r.git('checkout', '-q', 'main');
    r.git('reset', '-q', '--hard', r.main);
    const next = r.commit(renamed, 'rename the API');
    r.git('push', '-q', 'origin', 'main');
    const second = await runAction({ workspace: r.work, inputs, event: { name: 'push', payload: { before: r.main } }, env: env(next) });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(execFileSync('git', ['--git-dir', r.origin, 'rev-parse', `${r.originTip(branch)}^`], { encoding: 'utf8' }).trim(), next);
    assert.equal(pulls().length, 1, 'no second pull request');
    assert.match(second.summary, /Updated pull request \[#\d+\]/);
    assert.deepEqual(github.violations, []);
  });

  it('a fork is skipped with the reason; a merge-commit checkout is refused before any push', async () => {
    const r = repository();
    const env = { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/pull/4/merge', GITHUB_SHA: 'c'.repeat(40) };
    const fork = await runAction({ workspace: r.work, inputs, event: pullRequestEvent(4, r.main, r.main, 'someone/api'), env });
    assert.equal(fork.code, 0, fork.stdout);
    assert.match(fork.summary, /Nothing committed: the pull request comes from a fork \(someone\/api\)/);

    // What actions/checkout gives a pull request by default: a merge commit, not the branch's head.
    r.git('checkout', '-q', '--detach');
    r.commit(renamed, 'merge-like');
    const merged = await runAction({ workspace: r.work, inputs, event: pullRequestEvent(4, r.main, r.main), env });
    assert.equal(merged.code, 1);
    assert.ok(
      merged.commands.some((c) => /^::error::Commit-back failed: commit-back: the checkout is at [0-9a-f]{12}, not at the head of feature/.test(c)),
      merged.commands.join('\n'),
    );
    assert.match(merged.summary, /## Commit-back\n\n❌ commit-back: the checkout is at .*github\.head_ref/);
    assert.equal(r.originTip('feature'), undefined, 'nothing was pushed');
  });
});
