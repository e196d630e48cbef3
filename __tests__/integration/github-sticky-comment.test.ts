/**
 * The sticky PR comment against the local GitHub, with the pull_request payloads the runner writes:
 * one comment per spec, found by marker and author across every page, edited in place, left alone
 * when unchanged, never posted twice through 5xx answers and rate limits, skipped on forks.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { renderMarkdown } from '../../src/stages/diff/changelog.ts';
import { defaultDiffOptions } from '../../src/config.ts';
import { diffSpec } from '../../src/stages/diff/diff.ts';
import { readRunContext, type RunContext } from '../../src/github/context.ts';
import { createGitHubClient, type GitHubClient, type RetryPolicy } from '../../src/github/octokit.ts';
import {
  chooseSticky,
  commentBudget,
  commentMarker,
  isMarkedFor,
  noChangesBody,
  pullRequestTarget,
  stickyText,
  upsertStickyComment,
  type PullRequestTarget,
  type StickyInput,
  COMMENT_LIMIT,
} from '../../src/github/sticky-comment.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { GITHUB_ACTIONS_APP, OCTOCAT, READ_ONLY_TOKEN, startGitHubApi, WORKFLOW_TOKEN, type Account, type GitHubApi } from '../support/github-api/index.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);
const SPEC = 'api/openapi.yaml';

const running: GitHubApi[] = [];
afterEach(async () => {
  for (const api of running.splice(0)) await api.close();
});

async function github(
  seed: (state: GitHubApi['state']) => void = () => {},
  tokens: Record<string, { account: Account; access: 'read' | 'write' }> = {},
): Promise<GitHubApi> {
  const api = await startGitHubApi({
    tokens,
    seed: (state) => {
      state.addRepo({ owner: 'acme', name: 'api' });
      state.addPullRequest('acme/api', { number: 7, title: 'Add pets', head: { ref: 'feature/pets', sha: HEAD }, base: { sha: BASE } });
      seed(state);
    },
  });
  running.push(api);
  return api;
}

/** The pull_request event payload as the runner writes it (the fields that matter, in their places). */
function pullRequestEvent(fork = false): object {
  const repository = {
    id: 1000,
    name: 'api',
    full_name: 'acme/api',
    fork: false,
    private: false,
    owner: { login: 'acme', id: 1001, type: 'Organization' },
    default_branch: 'main',
  };
  const headRepo = fork
    ? { ...repository, id: 2000, full_name: 'contributor/api', fork: true, owner: { login: 'contributor', id: 2001, type: 'User' } }
    : repository;
  return {
    action: 'synchronize',
    number: 7,
    before: 'c'.repeat(40),
    after: HEAD,
    pull_request: {
      url: 'https://api.github.com/repos/acme/api/pulls/7',
      id: 1_000_007,
      number: 7,
      state: 'open',
      title: 'Add pets',
      user: { login: fork ? 'contributor' : 'octocat', id: 583231, type: 'User' },
      head: { label: `${headRepo.owner.login}:feature/pets`, ref: 'feature/pets', sha: HEAD, user: headRepo.owner, repo: headRepo },
      base: { label: 'acme:main', ref: 'main', sha: BASE, user: repository.owner, repo: repository },
      draft: false,
      merged: false,
    },
    repository,
    sender: { login: 'octocat', id: 583231, type: 'User' },
  };
}

function runContext(event: object, eventName = 'pull_request'): RunContext {
  const dir = scratch('fpd-event-');
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return readRunContext({ GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'acme/api', GITHUB_SHA: HEAD });
}

function target(fork = false): PullRequestTarget {
  const found = pullRequestTarget(runContext(pullRequestEvent(fork)));
  assert.ok(found);
  return found;
}

/** Waits recorded, not spent. */
function client(api: GitHubApi, token = WORKFLOW_TOKEN, retry: Partial<RetryPolicy> = {}): GitHubClient & { waits: number[] } {
  const waits: number[] = [];
  const made = createGitHubClient({ token, apiUrl: api.url, retry, log: () => {}, sleep: async (ms) => void waits.push(ms), random: () => 0 });
  return Object.assign(made, { waits });
}

function input(body: string | null, spec = SPEC, extra: Partial<StickyInput> = {}): StickyInput {
  return { target: target(), spec, body, ...extra };
}

const bodyV1 = '### ❌ API changes in <code>api/openapi.yaml</code>: gate failed\n\n1 breaking change.';
const bodyV2 = '### ✅ API changes in <code>api/openapi.yaml</code>: gate passed\n\n1 accepted change.';

describe('the sticky PR comment', () => {
  it('is created on the first run, as the workflow token’s bot, with the spec’s marker first', async () => {
    const api = await github();
    const outcome = await upsertStickyComment(client(api), input(bodyV1));
    assert.equal(outcome.action, 'created');
    const [comment, ...others] = api.state.commentsOn('acme/api', 7);
    assert.deepEqual(others, []);
    assert.equal(comment?.author.login, 'github-actions[bot]');
    assert.equal(comment?.body, `${commentMarker(SPEC)}\n${bodyV1}\n`);
    assert.ok(outcome.action === 'created' && outcome.id === comment?.id);
    assert.match(outcome.action === 'created' ? outcome.url : '', /^https:\/\/github\.com\/acme\/api\/pull\/7#issuecomment-\d+$/);
    assert.deepEqual(
      api.writes().map((w) => w.operationId),
      ['issues/create-comment'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('is updated in place on a rerun with a new body', async () => {
    const api = await github();
    const first = await upsertStickyComment(client(api), input(bodyV1));
    api.requests.length = 0;
    const second = await upsertStickyComment(client(api), input(bodyV2));
    assert.equal(second.action, 'updated');
    assert.ok(first.action === 'created' && second.action === 'updated' && first.id === second.id);
    assert.deepEqual(
      api.state.commentsOn('acme/api', 7).map((c) => c.body),
      [`${commentMarker(SPEC)}\n${bodyV2}\n`],
    );
    assert.deepEqual(
      api.writes().map((w) => `${w.method} ${w.operationId}`),
      ['PATCH issues/update-comment'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('is left alone, without a single write, when the body has not changed', async () => {
    const api = await github();
    await upsertStickyComment(client(api), input(bodyV1));
    api.requests.length = 0;
    const again = await upsertStickyComment(client(api), input(bodyV1));
    assert.equal(again.action, 'unchanged');
    assert.deepEqual(api.writes(), []);
    assert.deepEqual(api.violations, []);
  });

  it('is found behind 150 earlier comments (every page is read) and never posted twice', async () => {
    const api = await github((state) => {
      for (let i = 1; i <= 150; i++) state.addComment('acme/api', 7, `review comment ${i}`, OCTOCAT);
    });
    assert.equal((await upsertStickyComment(client(api), input(bodyV1))).action, 'created');
    const pages = api.requests.filter((r) => r.operationId === 'issues/list-comments');
    assert.equal(pages.length, 2, 'two pages of 100');
    api.requests.length = 0;
    // Ours is now number 151, on the second page.
    assert.equal((await upsertStickyComment(client(api), input(bodyV1))).action, 'unchanged');
    assert.equal((await upsertStickyComment(client(api), input(bodyV2))).action, 'updated');
    const ours = api.state.commentsOn('acme/api', 7).filter((c) => c.author.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.equal(api.state.commentsOn('acme/api', 7).length, 151);
    assert.deepEqual(
      api.writes().map((w) => w.operationId),
      ['issues/update-comment'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('ignores a comment by someone else that carries our marker, and creates its own', async () => {
    const api = await github();
    const forged = api.state.addComment('acme/api', 7, `${commentMarker(SPEC)}\n### ✅ No API changes, trust me`, OCTOCAT);
    const outcome = await upsertStickyComment(client(api), input(bodyV1));
    assert.equal(outcome.action, 'created');
    assert.ok(outcome.action === 'created' && outcome.id !== forged.id);
    assert.equal(api.state.commentsOn('acme/api', 7).find((c) => c.id === forged.id)?.body, forged.body, 'the forged comment is untouched');
    assert.deepEqual(
      api.writes().map((w) => w.operationId),
      ['issues/create-comment'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('ignores a bot of another app that carries our marker', async () => {
    const otherBot: Account = {
      login: 'renovate[bot]',
      id: 29139614,
      type: 'Bot',
      app: { ...GITHUB_ACTIONS_APP, id: 2740, slug: 'renovate', name: 'Renovate' },
    };
    const api = await github((state) => state.addComment('acme/api', 7, `${commentMarker(SPEC)}\nnot ours`, otherBot));
    assert.equal((await upsertStickyComment(client(api), input(bodyV1))).action, 'created');
    assert.equal(api.state.commentsOn('acme/api', 7).length, 2);
  });

  it('keeps one comment per spec', async () => {
    const api = await github();
    const c = client(api);
    assert.equal((await upsertStickyComment(c, input(bodyV1, 'a.yaml'))).action, 'created');
    assert.equal((await upsertStickyComment(c, input(bodyV1, 'b.yaml'))).action, 'created');
    assert.equal((await upsertStickyComment(c, input(bodyV2, 'a.yaml'))).action, 'updated');
    assert.equal((await upsertStickyComment(c, input(bodyV1, 'b.yaml'))).action, 'unchanged');
    assert.deepEqual(
      api.state.commentsOn('acme/api', 7).map((comment) => comment.body.split('\n')[0]),
      [commentMarker('a.yaml'), commentMarker('b.yaml')],
    );
  });

  it('says "no API changes" in place when the diff becomes empty', async () => {
    const api = await github();
    const first = await upsertStickyComment(client(api), input(bodyV1));
    const emptied = await upsertStickyComment(client(api), input(null));
    assert.equal(emptied.action, 'updated');
    assert.ok(first.action === 'created' && emptied.action === 'updated' && first.id === emptied.id);
    const [comment] = api.state.commentsOn('acme/api', 7);
    assert.equal(comment?.body, `${commentMarker(SPEC)}\n${noChangesBody(SPEC)}\n`);
    assert.match(comment?.body ?? '', /No API changes in <code>api\/openapi\.yaml<\/code>/);
    api.requests.length = 0;
    assert.equal((await upsertStickyComment(client(api), input(null))).action, 'unchanged');
    assert.deepEqual(api.writes(), []);
  });

  it('posts nothing for an empty diff when there is no comment yet', async () => {
    const api = await github();
    const outcome = await upsertStickyComment(client(api), input(null));
    assert.deepEqual(outcome, { action: 'skipped', reason: 'no-changes', detail: 'No API changes and no earlier comment to update.' });
    assert.deepEqual(api.writes(), []);
  });

  it('skips on a fork’s read-only token, with the reason, and does not crash', async () => {
    const api = await github();
    const fork = target(true);
    assert.equal(fork.fromFork, true);
    const outcome = await upsertStickyComment(client(api, READ_ONLY_TOKEN), { target: fork, spec: SPEC, body: bodyV1 });
    assert.equal(outcome.action, 'skipped');
    assert.ok(outcome.action === 'skipped' && outcome.reason === 'read-only-token');
    assert.match(outcome.action === 'skipped' ? outcome.detail : '', /pull request from a fork gets a read-only token.*job summary/);
    assert.deepEqual(api.state.commentsOn('acme/api', 7), []);
    assert.deepEqual(api.violations, []);
  });

  it('creates exactly one comment through a 502 on the create', async () => {
    const api = await github();
    api.failNext({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502 });
    const outcome = await upsertStickyComment(client(api), input(bodyV1));
    assert.equal(outcome.action, 'created');
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
    assert.deepEqual(
      api.writes().map((w) => w.status),
      [502, 201],
    );
    assert.deepEqual(api.violations, []);
  });

  it('creates exactly one comment when the create went through but its answer was a 502', async () => {
    const api = await github();
    const c = client(api);
    let lost = false;
    c.octokit.hook.after('request', (_response, options) => {
      if (lost || options.method !== 'POST') return;
      lost = true;
      throw Object.assign(new Error('Bad Gateway'), { status: 502, response: { status: 502, url: '', headers: {}, data: { message: 'Bad Gateway' } } });
    });
    const outcome = await upsertStickyComment(c, input(bodyV1));
    assert.equal(outcome.action, 'created');
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
    assert.deepEqual(
      api.writes().map((w) => w.operationId),
      ['issues/create-comment'],
      'one POST, then a look, no second POST',
    );
    assert.deepEqual(api.violations, []);
  });

  it('updates through a 502 on the edit without a second comment', async () => {
    const api = await github();
    await upsertStickyComment(client(api), input(bodyV1));
    api.failNext({ method: 'PATCH', status: 502 });
    assert.equal((await upsertStickyComment(client(api), input(bodyV2))).action, 'updated');
    assert.deepEqual(
      api.state.commentsOn('acme/api', 7).map((c) => c.body),
      [`${commentMarker(SPEC)}\n${bodyV2}\n`],
    );
  });

  it('waits out a 429 with retry-after and a secondary rate limit, and posts once', async () => {
    const api = await github();
    api.failNext({ method: 'POST', status: 429, retryAfter: 2 });
    api.failNext({ method: 'GET', status: 403, secondaryRateLimit: true, retryAfter: 5 });
    const c = client(api);
    assert.equal((await upsertStickyComment(c, input(bodyV1))).action, 'created');
    assert.deepEqual(c.waits, [5000, 2000]);
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
    assert.deepEqual(
      api.failures.map((f) => `${f.method} ${f.status}`),
      ['GET 403', 'POST 429'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('removes copies a lost race left behind, keeping the oldest', async () => {
    const api = await github((state) => {
      state.addComment('acme/api', 7, `${commentMarker(SPEC)}\nold`, { login: 'github-actions[bot]', id: 41898282, type: 'Bot', app: GITHUB_ACTIONS_APP });
      state.addComment('acme/api', 7, `${commentMarker(SPEC)}\ncopy`, { login: 'github-actions[bot]', id: 41898282, type: 'Bot', app: GITHUB_ACTIONS_APP });
    });
    const outcome = await upsertStickyComment(client(api), input(bodyV1));
    assert.ok(outcome.action === 'updated' && outcome.duplicatesRemoved === 1);
    assert.deepEqual(
      api.state.commentsOn('acme/api', 7).map((c) => c.body),
      [`${commentMarker(SPEC)}\n${bodyV1}\n`],
    );
    assert.deepEqual(api.violations, []);
  });

  it('comments as the login it is given: a personal token, or another GitHub App’s bot', async () => {
    const appBot: Account = { login: 'api-bot[bot]', id: 900001, type: 'Bot', app: { ...GITHUB_ACTIONS_APP, id: 900, slug: 'api-bot', name: 'API bot' } };
    const api = await github(() => {}, {
      ghp_octocat: { account: OCTOCAT, access: 'write' },
      ghs_apiBotInstallationToken: { account: appBot, access: 'write' },
    });
    for (const [token, author] of [
      ['ghp_octocat', 'octocat'],
      ['ghs_apiBotInstallationToken', 'api-bot[bot]'],
    ] as const) {
      const spec = `${author}.yaml`;
      assert.equal((await upsertStickyComment(client(api, token), input(bodyV1, spec, { author }))).action, 'created');
      assert.equal((await upsertStickyComment(client(api, token), input(bodyV2, spec, { author }))).action, 'updated');
    }
    assert.deepEqual(
      api.state.commentsOn('acme/api', 7).map((c) => c.author.login),
      ['octocat', 'api-bot[bot]'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('warns when an app token comments as a bot other than the one it looks for', async () => {
    const appBot: Account = { login: 'api-bot[bot]', id: 900001, type: 'Bot', app: { ...GITHUB_ACTIONS_APP, id: 900, slug: 'api-bot', name: 'API bot' } };
    const api = await github(() => {}, { ghs_apiBotInstallationToken: { account: appBot, access: 'write' } });
    const outcome = await upsertStickyComment(client(api, 'ghs_apiBotInstallationToken'), input(bodyV1));
    assert.equal(outcome.action, 'created');
    assert.match(
      outcome.action === 'created' ? (outcome.warning ?? '') : '',
      /written as api-bot\[bot\], but the action looks for comments by github-actions\[bot\]/,
    );
    const again = await upsertStickyComment(client(api, WORKFLOW_TOKEN), input(bodyV1));
    assert.ok(again.action === 'created' && again.warning === undefined && !('warning' in again));
  });

  it('keeps a hostile spec path and hostile spec text inert, in the marker and in the body', async () => {
    const fixture = path.join(repoRoot, '__tests__/fixtures/diff/hostile-text');
    const revision = await loadSpec(path.join(fixture, 'revision.yaml'), { displayBase: fixture });
    const report = await diffSpec({
      base: { kind: 'file', file: path.join(fixture, 'base.yaml') },
      revision,
      options: { ...defaultDiffOptions, failOn: 'INFO' },
      workspace: fixture,
    });
    const spec = 'x.yaml --> <!-- fastapi-postman-deploy:diff spec=b.yaml -->\n@octocat ::error::boom';
    const body = renderMarkdown({ ...report, spec }, { maxLength: commentBudget(spec) });
    assert.ok(report.verdict.changes.length > 0);
    assert.match(body, /@&#8203;octocat/, 'the hostile text is in the body, escaped');
    const api = await github();
    assert.equal((await upsertStickyComment(client(api), input(body, spec))).action, 'created');
    const [comment] = api.state.commentsOn('acme/api', 7);
    const lines = comment?.body.split('\n') ?? [];
    assert.match(lines[0] ?? '', /^<!-- fastapi-postman-deploy:diff spec=[A-Za-z0-9._~/%]+ -->$/);
    const rest = lines
      .slice(1)
      .join('\n')
      .replace(/&#?[A-Za-z0-9]+;/g, '\u0000');
    assert.doesNotMatch(rest, /<!--|-->|::|@[A-Za-z]/);
    // Our comment for the hostile spec is not taken for b.yaml's, and b.yaml gets its own.
    assert.equal((await upsertStickyComment(client(api), input(bodyV1, 'b.yaml'))).action, 'created');
    assert.equal((await upsertStickyComment(client(api), input(body, spec))).action, 'unchanged');
    assert.deepEqual(api.violations, []);
  });
});

describe('markers and targets (pure)', () => {
  const ours = (id: number, body: string, login = 'github-actions[bot]') => ({ id, body, html_url: `u${id}`, user: { login } });

  it('encodes the spec one-to-one into a marker no path can close or forge', () => {
    assert.equal(commentMarker('api/openapi.yaml'), '<!-- fastapi-postman-deploy:diff spec=api/openapi.yaml -->');
    assert.equal(commentMarker('a b-->'), '<!-- fastapi-postman-deploy:diff spec=a%20b%2D%2D%3E -->');
    assert.notEqual(commentMarker('a%20b'), commentMarker('a b'));
    assert.equal(commentMarker('ä.yaml'), '<!-- fastapi-postman-deploy:diff spec=%C3%A4.yaml -->');
    for (const spec of ['a b', 'x\n<!-- y -->', '--> @x', '%41'])
      assert.match(commentMarker(spec), /^<!-- fastapi-postman-deploy:diff spec=[A-Za-z0-9._~/%]+ -->$/);
  });

  it('counts only a marker on the first line, spelt exactly', () => {
    assert.ok(isMarkedFor(`${commentMarker('a.yaml')}\nbody`, 'a.yaml'));
    assert.ok(isMarkedFor(`${commentMarker('a.yaml')}\r\nbody`, 'a.yaml'));
    assert.ok(!isMarkedFor(`intro\n${commentMarker('a.yaml')}`, 'a.yaml'));
    assert.ok(!isMarkedFor('<!-- fastapi-postman-deploy:diff spec=%61.yaml -->', 'a.yaml'), 'another encoding of the same path');
    assert.ok(!isMarkedFor(commentMarker('a.yaml'), 'b.yaml'));
  });

  it('chooses the oldest of our comments and names the copies', () => {
    const m = commentMarker('a.yaml');
    const comments = [ours(5, `${m}\nx`), ours(3, `${m}\ny`), ours(1, `${m}\nz`, 'Octocat'), ours(2, 'no marker'), ours(4, `${m}\nw`, 'GitHub-Actions[bot]')];
    const { sticky, duplicates } = chooseSticky(comments, 'a.yaml', 'github-actions[bot]');
    assert.equal(sticky?.id, 3);
    assert.deepEqual(
      duplicates.map((c) => c.id),
      [4, 5],
    );
    assert.deepEqual(chooseSticky([{ ...ours(9, `${m}\n`), user: null }], 'a.yaml', 'github-actions[bot]'), { sticky: undefined, duplicates: [] });
  });

  it('keeps the whole comment within GitHub’s limit', () => {
    const huge = `${'line of text\n'.repeat(10_000)}`;
    const text = stickyText('a.yaml', huge);
    assert.ok(text.length <= COMMENT_LIMIT);
    assert.ok(text.startsWith(`${commentMarker('a.yaml')}\n`));
    assert.match(text, /Cut to fit GitHub’s comment size/);
    assert.equal(commentBudget('a.yaml') + commentMarker('a.yaml').length + 2, COMMENT_LIMIT);
  });

  it('reads the pull request from pull_request payloads, and nothing from a push', () => {
    assert.deepEqual(target(false), { owner: 'acme', repo: 'api', number: 7, fromFork: false });
    assert.deepEqual(target(true), { owner: 'acme', repo: 'api', number: 7, fromFork: true });
    assert.equal(
      pullRequestTarget(runContext({ ref: 'refs/heads/main', before: BASE, after: HEAD, repository: { full_name: 'acme/api' } }, 'push')),
      undefined,
    );
    // A fork that was deleted since: GitHub sends head.repo as null.
    const deleted = pullRequestEvent(true) as { pull_request: { head: { repo: unknown } } };
    deleted.pull_request.head.repo = null;
    assert.equal(pullRequestTarget(runContext(deleted))?.fromFork, true);
  });
});
