/**
 * Check runs with any number of annotations against the local GitHub: 50 per request, every one
 * arriving exactly once through 5xx answers (real or lost after the write) and rate limits, and a
 * typed outcome instead of a crash when the token may not create check runs.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { publishCheckRun, type CheckAnnotation, type CheckRunInput } from '../../src/github/check-run.ts';
import type { RunContext } from '../../src/github/context.ts';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.ts';
import { OCTOCAT, READ_ONLY_TOKEN, startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api/index.ts';

const HEAD = 'b'.repeat(40);

const running: GitHubApi[] = [];
afterEach(async () => {
  for (const api of running.splice(0)) await api.close();
});

async function github(): Promise<GitHubApi> {
  const api = await startGitHubApi({
    tokens: { ghp_octocat: { account: OCTOCAT, access: 'write' } },
    seed: (state) => {
      state.addRepo({ owner: 'acme', name: 'api' });
      state.addPullRequest('acme/api', { number: 7, head: { ref: 'feature/pets', sha: HEAD } });
    },
  });
  running.push(api);
  return api;
}

function context(api: GitHubApi, overrides: Partial<RunContext> = {}): RunContext {
  return {
    owner: 'acme',
    repo: 'api',
    sha: HEAD,
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    event: { pull_request: { number: 7, head: { sha: HEAD } } },
    apiUrl: api.url,
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/acme/api/actions/runs/42',
    ...overrides,
  };
}

function client(api: GitHubApi, token = WORKFLOW_TOKEN): GitHubClient & { waits: number[] } {
  const waits: number[] = [];
  const made = createGitHubClient({
    token,
    apiUrl: api.url,
    retry: { baseDelayMs: 5 },
    log: () => {},
    sleep: async (ms) => void waits.push(ms),
    random: () => 0,
  });
  return Object.assign(made, { waits });
}

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: 'openapi.yaml',
    line: i + 1,
    column: 3,
    level: i % 2 === 0 ? 'failure' : 'warning',
    title: `rule-${i + 1}`,
    message: `change ${i + 1}`,
  }));
}

function run(count: number, extra: Partial<CheckRunInput> = {}): CheckRunInput {
  return {
    name: 'API changes',
    title: `${count} breaking changes`,
    summary: '### Breaking changes',
    annotations: annotations(count),
    conclusion: 'failure',
    ...extra,
  };
}

/** The request that answers, then loses its answer, as a proxy in front of GitHub can. */
function loseAnswer(target: GitHubClient, method: string, nth: number): void {
  let seen = 0;
  target.octokit.hook.after('request', (_response, options) => {
    if (options.method !== method || ++seen !== nth) return;
    throw Object.assign(new Error('Bad Gateway'), { status: 502, response: { status: 502, url: '', headers: {}, data: { message: 'Bad Gateway' } } });
  });
}

describe('publishing a check run', () => {
  it('sends 120 annotations as 50 + 50 + 20, then completes the run', async () => {
    const api = await github();
    const outcome = await publishCheckRun(run(120), client(api), context(api));
    const [check, ...others] = api.state.checkRunsOf('acme/api');
    assert.deepEqual(others, []);
    assert.deepEqual(outcome, { published: true, id: check?.id, url: `https://github.com/acme/api/runs/${check?.id}`, annotations: 120 });
    assert.deepEqual(
      check?.annotations.map((a) => a.start_line),
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    assert.equal(check?.status, 'completed');
    assert.equal(check?.conclusion, 'failure');
    assert.equal(check?.headSha, HEAD);
    assert.deepEqual(check?.output, { title: '120 breaking changes', summary: '### Breaking changes', text: null });
    assert.deepEqual(
      api.writes().map((w) => [w.method, (w.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0]),
      [
        ['POST', 50],
        ['PATCH', 50],
        ['PATCH', 20],
        ['PATCH', 0],
      ],
    );
    assert.deepEqual(api.violations, []);
  });

  it('needs one request when everything fits in it', async () => {
    const api = await github();
    const outcome = await publishCheckRun(run(50, { conclusion: 'neutral' }), client(api), context(api));
    assert.ok(outcome.published && outcome.annotations === 50);
    assert.deepEqual(
      api.writes().map((w) => w.method),
      ['POST'],
    );
    const [check] = api.state.checkRunsOf('acme/api');
    assert.equal(check?.status, 'completed');
    assert.equal(check?.conclusion, 'neutral');
    assert.equal((await publishCheckRun(run(0, { conclusion: 'success' }), client(api), context(api))).published, true);
    assert.deepEqual(api.violations, []);
  });

  it('shapes annotations as GitHub takes them: columns only on one line, long texts cut', async () => {
    const api = await github();
    const long: CheckAnnotation[] = [
      { path: 'a.yaml', line: 4, endLine: 9, column: 2, level: 'notice', message: 'spans lines' },
      { path: 'a.yaml', line: 5, level: 'warning', title: 't'.repeat(300), message: 'é'.repeat(40_000) },
    ];
    await publishCheckRun(run(0, { annotations: long, summary: 's'.repeat(70_000) }), client(api), context(api));
    const [check] = api.state.checkRunsOf('acme/api');
    assert.equal(check?.annotations[0]?.start_column, null);
    assert.equal(check?.annotations[0]?.end_line, 9);
    assert.equal(check?.annotations[1]?.title?.length, 255);
    assert.ok(Buffer.byteLength(check?.annotations[1]?.message ?? '') <= 64 * 1024);
    assert.ok((check?.output.summary?.length ?? 0) <= 65_535);
    assert.deepEqual(api.violations, []);
  });

  it('sends every annotation once through a real 502 on a batch', async () => {
    const api = await github();
    api.failNext({ method: 'PATCH', status: 502 });
    const outcome = await publishCheckRun(run(120), client(api), context(api));
    assert.ok(outcome.published);
    assert.equal(api.state.checkRunsOf('acme/api')[0]?.annotations.length, 120);
    assert.deepEqual(api.violations, []);
  });

  it('does not send a batch twice when its answer was lost after GitHub took it', async () => {
    const api = await github();
    const c = client(api);
    loseAnswer(c, 'PATCH', 1);
    const outcome = await publishCheckRun(run(120), c, context(api));
    assert.ok(outcome.published && outcome.annotations === 120);
    const [check] = api.state.checkRunsOf('acme/api');
    assert.deepEqual(
      check?.annotations.map((a) => a.start_line),
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    assert.equal(check?.conclusion, 'failure');
    assert.deepEqual(
      api.writes().map((w) => w.method),
      ['POST', 'PATCH', 'PATCH', 'PATCH'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('finds its own check run when the create’s answer was lost, and creates no second one', async () => {
    const api = await github();
    const c = client(api);
    loseAnswer(c, 'POST', 1);
    const outcome = await publishCheckRun(run(70), c, context(api));
    assert.ok(outcome.published);
    assert.equal(api.state.checkRunsOf('acme/api').length, 1);
    assert.equal(api.state.checkRunsOf('acme/api')[0]?.annotations.length, 70);
    assert.deepEqual(
      api.writes().map((w) => w.method),
      ['POST', 'PATCH', 'PATCH'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('waits out rate limits on the create and on a batch', async () => {
    const api = await github();
    api.failNext({ method: 'POST', status: 403, secondaryRateLimit: true, retryAfter: 4 });
    api.failNext({ method: 'PATCH', status: 429, retryAfter: 1 });
    const c = client(api);
    assert.ok((await publishCheckRun(run(60), c, context(api))).published);
    assert.deepEqual(c.waits, [4000, 1000]);
    assert.equal(api.state.checkRunsOf('acme/api')[0]?.annotations.length, 60);
    assert.deepEqual(api.violations, []);
  });

  it('reports a read-only token (a fork’s) instead of failing', async () => {
    const api = await github();
    const outcome = await publishCheckRun(run(120), client(api, READ_ONLY_TOKEN), context(api));
    assert.deepEqual(outcome, { published: false, reason: 'forbidden', detail: 'the token may not create check runs (it needs checks: write)' });
    assert.deepEqual(api.state.checkRunsOf('acme/api'), []);
    assert.deepEqual(api.violations, []);
  });

  it('reports a personal token, which GitHub does not let create check runs', async () => {
    const api = await github();
    const outcome = await publishCheckRun(run(3), client(api, 'ghp_octocat'), context(api));
    assert.equal(outcome.published, false);
    assert.ok(!outcome.published && outcome.reason === 'forbidden');
  });

  it('reports GitHub staying down, after its repeats', async () => {
    const api = await github();
    api.failNext({ method: 'POST', status: 503, times: 10 });
    const outcome = await publishCheckRun(run(3), client(api), context(api));
    assert.deepEqual(outcome, { published: false, reason: 'github-error', detail: 'the GitHub API answered 503' });
    assert.deepEqual(api.violations, []);
  });

  it('says so when the run names no commit', async () => {
    const api = await github();
    const outcome = await publishCheckRun(run(3), client(api), context(api, { sha: undefined }));
    assert.ok(!outcome.published && outcome.reason === 'no-commit');
    assert.deepEqual(api.requests, []);
  });
});
