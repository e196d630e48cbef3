/**
 * The action's GitHub client against the local GitHub: rate limits (primary and secondary) are waited
 * out for any method, 5xx answers are repeated only for requests that can be repeated, and a write
 * that may have happened is checked before it is written again. Waits are recorded, not spent.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import {
  createGitHubClient,
  defaultRetryPolicy,
  describeFailure,
  retryDecision,
  tokenKind,
  type GitHubClient,
  type RetryPolicy,
} from '../../src/github/octokit.ts';
import { READ_ONLY_TOKEN, startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api/index.ts';

const repo = { owner: 'acme', repo: 'api' };
const issue = { ...repo, issue_number: 7 };
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

const running: GitHubApi[] = [];
afterEach(async () => {
  for (const api of running.splice(0)) await api.close();
});

async function github(comments = 0): Promise<GitHubApi> {
  const api = await startGitHubApi({
    seed: (state) => {
      state.addRepo({ owner: 'acme', name: 'api' });
      state.addPullRequest('acme/api', { number: 7, head: { ref: 'feature', sha: 'b'.repeat(40) } });
      for (let i = 1; i <= comments; i++) state.addComment('acme/api', 7, `comment ${i}`);
    },
  });
  running.push(api);
  return api;
}

interface Recorded {
  client: GitHubClient;
  waits: number[];
  log: string[];
}

/** A client whose waits are recorded and skipped; jitter fixed at half its range. */
function client(api: GitHubApi, retry: Partial<RetryPolicy> = {}, token = WORKFLOW_TOKEN): Recorded {
  const waits: number[] = [];
  const log: string[] = [];
  const made = createGitHubClient({
    token,
    apiUrl: api.url,
    retry,
    log: (m) => log.push(m),
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  });
  return { client: made, waits, log };
}

/** What a proxy in front of GitHub does: the request went through, the answer did not. */
function answerLostOnce(target: GitHubClient, method: string, pattern: RegExp): void {
  let armed = true;
  target.octokit.hook.after('request', (_response, options) => {
    if (!armed || options.method !== method || !pattern.test(String(options.url))) return;
    armed = false;
    throw Object.assign(new Error('Bad Gateway'), { status: 502, response: { status: 502, url: '', headers: {}, data: { message: 'Bad Gateway' } } });
  });
}

describe('retries of the GitHub client', () => {
  it('sends requests to the run’s API URL with the token, and no retries when all goes well', async () => {
    const api = await github();
    const { client: c, waits } = client(api);
    const { data } = await c.octokit.rest.repos.get(repo);
    assert.equal(data.full_name, 'acme/api');
    assert.equal(api.requests[0]?.login, 'github-actions[bot]');
    assert.deepEqual(waits, []);
    assert.deepEqual(api.violations, []);
  });

  it('repeats a read after 5xx answers, waiting longer each time', async () => {
    const api = await github();
    api.failNext({ method: 'GET', path: '/repos/{owner}/{repo}', status: 502, times: 2 });
    const { client: c, waits, log } = client(api, { baseDelayMs: 100 });
    const { data } = await c.octokit.rest.repos.get(repo);
    assert.equal(data.name, 'api');
    assert.equal(api.requests.length, 3);
    assert.deepEqual(waits, [110, 220], 'base delay doubled, plus jitter');
    assert.match(log[0] ?? '', /^GitHub: GET \/repos\/{owner}\/{repo} got 502; GitHub had a server error, trying again in 0\.1 s\.$/);
    assert.deepEqual(api.violations, []);
  });

  it('gives up after the configured number of repeats and throws GitHub’s error', async () => {
    const api = await github();
    api.failNext({ method: 'GET', path: '/repos/{owner}/{repo}', status: 503, times: 10 });
    const { client: c, waits } = client(api, { retries: 2, baseDelayMs: 10 });
    await assert.rejects(c.octokit.rest.repos.get(repo), { status: 503 });
    assert.equal(api.requests.length, 3);
    assert.equal(waits.length, 2);
  });

  it('pages through 150 comments even when a page answers 502', async () => {
    const api = await github(150);
    api.failNext({ method: 'GET', path: /\/repositories\/\d+\/issues\/7\/comments$/, status: 502 });
    const { client: c } = client(api, { baseDelayMs: 1 });
    const all = await c.octokit.paginate(c.octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    assert.equal(all.length, 150);
    assert.deepEqual(
      api.failures.map((f) => f.status),
      [502],
    );
    assert.equal(api.requests.length, 3);
    assert.deepEqual(api.violations, []);
  });

  it('never repeats a POST that answered 5xx by itself', async () => {
    const api = await github();
    api.failNext({ method: 'POST', path: COMMENTS, status: 502 });
    const { client: c, waits } = client(api);
    await assert.rejects(c.octokit.rest.issues.createComment({ ...issue, body: 'x' }), { status: 502 });
    assert.equal(api.writes().length, 1);
    assert.deepEqual(waits, []);
  });

  it('repeats a POST refused with 429 after retry-after, since GitHub did not carry it out', async () => {
    const api = await github();
    api.failNext({ method: 'POST', path: COMMENTS, status: 429, retryAfter: 3 });
    const { client: c, waits, log } = client(api);
    await c.octokit.rest.issues.createComment({ ...issue, body: 'x' });
    assert.deepEqual(waits, [3300], 'retry-after, plus jitter');
    assert.match(log[0] ?? '', /the rate limit is spent/);
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
    assert.deepEqual(api.violations, []);
  });

  it('waits out a secondary rate limit on a POST as long as GitHub asks', async () => {
    const api = await github();
    api.failNext({ method: 'POST', path: COMMENTS, status: 403, secondaryRateLimit: true, retryAfter: 30 });
    const { client: c, waits, log } = client(api);
    await c.octokit.rest.issues.createComment({ ...issue, body: 'x' });
    assert.deepEqual(waits, [33_000]);
    assert.match(log[0] ?? '', /a secondary rate limit was hit/);
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
  });

  it('waits for the reset of a spent primary limit (403, remaining 0)', async () => {
    const api = await github();
    api.failNext({ method: 'GET', status: 403, retryAfter: undefined });
    const { client: c, waits } = client(api, { jitter: 0 });
    await c.octokit.rest.repos.get(repo);
    assert.equal(waits.length, 1);
    // The fake resets 60 s from now in whole seconds; one second more to be inside the new window.
    assert.ok(waits[0]! > 59_000 && waits[0]! <= 62_000, String(waits[0]));
  });

  it('does not wait beyond its budget: a reset an hour away fails now', async () => {
    const api = await github();
    api.failNext({ method: 'GET', status: 429, retryAfter: 3600 });
    const { client: c, waits } = client(api, { maxTotalWaitMs: 120_000 });
    await assert.rejects(c.octokit.rest.repos.get(repo), { status: 429 });
    assert.deepEqual(waits, []);
    assert.equal(api.requests.length, 1);
  });

  it('does not repeat a plain 403 (a missing permission)', async () => {
    const api = await github();
    const { client: c, waits } = client(api, {}, READ_ONLY_TOKEN);
    await assert.rejects(c.octokit.rest.issues.createComment({ ...issue, body: 'x' }), { status: 403 });
    assert.equal(api.requests.length, 1);
    assert.deepEqual(waits, []);
    assert.deepEqual(api.violations, []);
  });

  it('spends real time when no sleep is injected (short delays in tests)', async () => {
    const api = await github();
    api.failNext({ method: 'GET', status: 500 });
    const c = createGitHubClient({ token: WORKFLOW_TOKEN, apiUrl: api.url, retry: { baseDelayMs: 20 }, log: () => {} });
    const started = Date.now();
    await c.octokit.rest.repos.get(repo);
    assert.ok(Date.now() - started >= 20);
    assert.equal(api.requests.length, 2);
  });

  it('times out an attempt that gets no answer, and does not repeat a POST after it', async () => {
    let received = 0;
    const silent = createServer(() => {
      received++;
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const waits: number[] = [];
      const c = createGitHubClient({ token: WORKFLOW_TOKEN, apiUrl: url, retry: { timeoutMs: 50 }, log: () => {}, sleep: async (ms) => void waits.push(ms) });
      const error = await c.octokit.rest.issues.createComment({ ...issue, body: 'x' }).then(
        () => assert.fail('expected a timeout'),
        (e: unknown) => e,
      );
      assert.equal(describeFailure(error).kind, 'no-answer');
      assert.equal(received, 1);
      assert.deepEqual(waits, []);
      // A read is repeated, each attempt with its own timeout (a spent one would abort it unsent).
      const patient = createGitHubClient({ token: WORKFLOW_TOKEN, apiUrl: url, retry: { timeoutMs: 50, retries: 1 }, log: () => {}, sleep: async () => {} });
      await assert.rejects(patient.octokit.rest.repos.get(repo), { status: 500 });
      assert.equal(received, 3);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('writeOnce', () => {
  const create = (c: GitHubClient) => async () => (await c.octokit.rest.issues.createComment({ ...issue, body: 'once' })).data;
  const landed = (c: GitHubClient) => async () =>
    (await c.octokit.paginate(c.octokit.rest.issues.listComments, { ...issue, per_page: 100 })).find((x) => x.body === 'once');

  it('finds the comment a lost answer hid, and does not post it again', async () => {
    const api = await github();
    const { client: c, waits, log } = client(api, { baseDelayMs: 10 });
    answerLostOnce(c, 'POST', /\/comments$/);
    const comment = await c.writeOnce(create(c), landed(c));
    assert.equal(comment.body, 'once');
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
    assert.deepEqual(
      api.writes().map((w) => w.method),
      ['POST'],
    );
    assert.deepEqual(waits, [11]);
    assert.match(log.at(-1) ?? '', /had gone through; not repeating it/);
    assert.deepEqual(api.violations, []);
  });

  it('writes again when the 502 was real and nothing landed', async () => {
    const api = await github();
    api.failNext({ method: 'POST', path: COMMENTS, status: 502 });
    const { client: c } = client(api, { baseDelayMs: 10 });
    const comment = await c.writeOnce(create(c), landed(c));
    assert.equal(comment.body, 'once');
    assert.equal(api.state.commentsOn('acme/api', 7).length, 1);
    assert.deepEqual(
      api.writes().map((w) => w.status),
      [502, 201],
    );
    assert.deepEqual(api.violations, []);
  });

  it('passes a refusal straight through, without looking or writing again', async () => {
    const api = await github();
    const { client: c } = client(api, {}, READ_ONLY_TOKEN);
    await assert.rejects(c.writeOnce(create(c), landed(c)), { status: 403 });
    assert.equal(api.requests.length, 1);
  });

  it('stops after its repeats when GitHub keeps failing', async () => {
    const api = await github();
    api.failNext({ method: 'POST', path: COMMENTS, status: 500, times: 10 });
    const { client: c } = client(api, { retries: 2, baseDelayMs: 1 });
    await assert.rejects(c.writeOnce(create(c), landed(c)), { status: 500 });
    assert.equal(api.writes().length, 3);
    assert.equal(api.state.commentsOn('acme/api', 7).length, 0);
  });
});

describe('retry policy (pure)', () => {
  const failure = (kind: Parameters<typeof retryDecision>[0]['kind'], headers: Record<string, string> = {}) => ({ kind, label: 'x', headers });
  const state = { attempt: 1, waitedMs: 0, repeatable: true };
  const clock = { now: 1_700_000_000_000, random: 0 };

  it('sorts GitHub’s answers', () => {
    const answer = (status: number, message: string, headers: Record<string, string> = {}) =>
      describeFailure({ status, response: { headers, data: { message } } });
    assert.equal(answer(403, 'Resource not accessible by integration').kind, 'final');
    assert.equal(answer(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }).kind, 'rate-limit');
    assert.equal(answer(403, 'You have exceeded a secondary rate limit.').kind, 'secondary-rate-limit');
    assert.equal(answer(429, 'too many').kind, 'secondary-rate-limit');
    assert.equal(answer(502, 'Bad Gateway').kind, 'server-error');
    assert.equal(answer(422, 'Validation Failed').kind, 'final');
    assert.equal(describeFailure(Object.assign(new Error('socket hang up'), { status: 500 })).kind, 'no-answer');
  });

  it('uses the reset time, then a minute, then growth for secondary limits', () => {
    const reset = String(clock.now / 1000 + 90);
    assert.deepEqual(retryDecision(failure('rate-limit', { 'x-ratelimit-reset': reset }), state, defaultRetryPolicy, clock), {
      retry: true,
      delayMs: 91_000,
      why: 'the rate limit is spent',
    });
    const secondary = failure('secondary-rate-limit');
    assert.equal((retryDecision(secondary, state, defaultRetryPolicy, clock) as { delayMs: number }).delayMs, 60_000);
    assert.equal((retryDecision(secondary, { ...state, attempt: 2 }, defaultRetryPolicy, clock) as { delayMs: number }).delayMs, 120_000);
  });

  it('refuses what must not be repeated', () => {
    assert.deepEqual(retryDecision(failure('server-error'), { ...state, repeatable: false }, defaultRetryPolicy, clock), { retry: false });
    assert.deepEqual(retryDecision(failure('final'), state, defaultRetryPolicy, clock), { retry: false });
    assert.deepEqual(retryDecision(failure('server-error'), { ...state, attempt: 4 }, defaultRetryPolicy, clock), { retry: false });
    assert.deepEqual(retryDecision(failure('server-error'), { ...state, waitedMs: defaultRetryPolicy.maxTotalWaitMs }, defaultRetryPolicy, clock), {
      retry: false,
    });
  });

  it('knows installation tokens by their prefix', () => {
    assert.equal(tokenKind(WORKFLOW_TOKEN), 'installation');
    assert.equal(tokenKind('ghp_classic'), 'user');
    assert.equal(tokenKind('github_pat_fine_grained'), 'user');
  });
});
