// The fake GitHub is only worth something if it is as strict as GitHub and as faithful as
// GitHub's description: these tests drive it with the real @octokit/rest client.
import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { Octokit } from '@octokit/rest';
import { checkResponseBody } from '../support/github-api/contract.ts';
import { matchOperation, type MatchedOperation } from '../support/github-api/operations.ts';
import {
  GITHUB_ACTIONS_BOT,
  OCTOCAT,
  READ_ONLY_TOKEN,
  startGitHubApi,
  WORKFLOW_TOKEN,
  type GitHubApi,
  type GitHubApiOptions,
} from '../support/github-api/index.ts';

const OWNER = 'acme';
const REPO = 'petstore';
const HEAD_SHA = 'c0ffee'.padEnd(40, '0');
const repo = { owner: OWNER, repo: REPO };

const running: GitHubApi[] = [];

async function start(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const api = await startGitHubApi({
    ...options,
    seed: (state) => {
      state.addRepo({ owner: OWNER, name: REPO });
      state.addPullRequest(`${OWNER}/${REPO}`, {
        number: 7,
        title: 'Add pets endpoint',
        labels: ['api-change'],
        head: { ref: 'feature/pets', sha: HEAD_SHA, repo: 'contributor/petstore' },
      });
      options.seed?.(state);
    },
  });
  running.push(api);
  return api;
}

function client(api: GitHubApi, token = WORKFLOW_TOKEN): Octokit {
  // Silence Octokit's own logging of error responses; the tests assert on them instead.
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  return new Octokit({ auth: token, baseUrl: api.url, log: quiet });
}

function annotations(count: number, from = 1) {
  return Array.from({ length: count }, (_, i) => ({
    path: 'openapi.yaml',
    start_line: from + i,
    end_line: from + i,
    annotation_level: 'warning' as const,
    message: `problem ${from + i}`,
  }));
}

async function rejection(promise: Promise<unknown>): Promise<{ status: number; response?: { headers: Record<string, unknown>; data: any } }> {
  try {
    await promise;
  } catch (error) {
    return error as { status: number; response?: { headers: Record<string, unknown>; data: any } };
  }
  assert.fail('expected the request to fail');
}

afterEach(async () => {
  for (const api of running.splice(0)) await api.close();
});

describe('fake GitHub REST API', () => {
  it('listens on 127.0.0.1 and reports the token permissions on the repository', async () => {
    const api = await start();
    assert.match(api.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const write = await client(api).rest.repos.get(repo);
    const read = await client(api, READ_ONLY_TOKEN).rest.repos.get(repo);
    assert.equal(write.data.full_name, 'acme/petstore');
    assert.equal(write.data.permissions?.push, true);
    assert.equal(read.data.permissions?.push, false);
    assert.equal(write.headers['x-ratelimit-remaining'], '4999');
    assert.deepEqual(api.violations, []);
  });

  it('serves a pull request from a fork with its labels', async () => {
    const api = await start();
    const { data } = await client(api).rest.pulls.get({ ...repo, pull_number: 7 });
    assert.equal(data.head.sha, HEAD_SHA);
    assert.equal(data.head.repo?.full_name, 'contributor/petstore');
    assert.equal(data.head.repo?.fork, true);
    assert.equal(data.base.repo.full_name, 'acme/petstore');
    assert.deepEqual(
      data.labels.map((l) => l.name),
      ['api-change'],
    );
    const labels = await client(api).rest.issues.listLabelsOnIssue({ ...repo, issue_number: 7 });
    assert.deepEqual(
      labels.data.map((l) => l.name),
      ['api-change'],
    );
    await assert.rejects(client(api).rest.pulls.get({ ...repo, pull_number: 8 }), { status: 404 });
    assert.deepEqual(api.violations, []);
  });

  it('pages through 150 comments with Link headers as GitHub writes them', async () => {
    const api = await start({
      seed: (state) => {
        for (let i = 1; i <= 150; i++) state.addComment('acme/petstore', 7, `comment ${i}`, OCTOCAT);
      },
    });
    const octokit = client(api);
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 });
    assert.equal(all.length, 150);
    assert.deepEqual(
      all.map((c) => c.body),
      Array.from({ length: 150 }, (_, i) => `comment ${i + 1}`),
    );
    assert.equal(api.requests.length, 2);

    const repoId = api.state.repo(OWNER, REPO)?.id;
    const base = `${api.url}/repositories/${repoId}/issues/7/comments`;
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 100 });
    assert.equal(first.headers.link, `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=2>; rel="last"`);
    const middle = await octokit.rest.issues.listComments({ ...repo, issue_number: 7, page: 2 });
    assert.equal(middle.data.length, 30, 'per_page defaults to 30');
    assert.equal(
      middle.headers.link,
      `<${base}?page=1>; rel="prev", <${base}?page=3>; rel="next", <${base}?page=5>; rel="last", <${base}?page=1>; rel="first"`,
    );
    const capped = await octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 250 });
    assert.equal(capped.data.length, 100, 'per_page is capped at 100');
    const beyond = await octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 100, page: 3 });
    assert.deepEqual(beyond.data, []);
    assert.deepEqual(api.violations, []);
  });

  it('creates, updates and deletes comments as the token identity', async () => {
    const api = await start();
    const octokit = client(api);
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'first' });
    assert.equal(created.status, 201);
    assert.equal(created.data.user?.login, 'github-actions[bot]');
    assert.equal(created.data.user?.type, 'Bot');
    assert.equal(created.data.performed_via_github_app?.slug, 'github-actions');
    assert.match(created.data.html_url, /^https:\/\/github\.com\/acme\/petstore\/pull\/7#issuecomment-\d+$/);

    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'second' });
    assert.equal(updated.data.body, 'second');
    assert.deepEqual(
      api.state.commentsOn('acme/petstore', 7).map((c) => c.body),
      ['second'],
    );

    await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    assert.deepEqual(api.state.commentsOn('acme/petstore', 7), []);
    await assert.rejects(octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id }), { status: 404 });

    assert.deepEqual(
      api.writes().map((r) => `${r.method} ${r.operationId}`),
      ['POST issues/create-comment', 'PATCH issues/update-comment', 'DELETE issues/delete-comment'],
    );
    assert.deepEqual(api.violations, []);
  });

  it('keeps annotations across check-run updates sent in batches of 50', async () => {
    const api = await start();
    const octokit = client(api);
    const created = await octokit.rest.checks.create({
      ...repo,
      name: 'OpenAPI contract',
      head_sha: HEAD_SHA,
      status: 'in_progress',
      output: { title: 'Validating', summary: 'batch 1', annotations: annotations(50, 1) },
    });
    assert.equal(created.data.output.annotations_count, 50);
    assert.equal(created.data.app?.slug, 'github-actions');
    assert.deepEqual(
      created.data.pull_requests.map((p) => p.number),
      [7],
    );

    await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      output: { summary: 'batch 2', annotations: annotations(50, 51) },
    });
    const done = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '120 problems', summary: 'done', annotations: annotations(20, 101) },
    });
    assert.equal(done.data.status, 'completed');
    assert.equal(done.data.conclusion, 'failure');
    assert.equal(done.data.output.annotations_count, 120);
    assert.equal(done.data.output.title, '120 problems');

    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, {
      ...repo,
      check_run_id: created.data.id,
      per_page: 100,
    });
    assert.deepEqual(
      listed.map((a) => a.start_line),
      Array.from({ length: 120 }, (_, i) => i + 1),
    );

    const forRef = await octokit.rest.checks.listForRef({ ...repo, ref: HEAD_SHA });
    assert.equal(forRef.data.total_count, 1);
    assert.equal(forRef.data.check_runs[0]?.conclusion, 'failure');
    const byBranch = await octokit.rest.checks.listForRef({ ...repo, ref: 'feature/pets', check_name: 'OpenAPI contract' });
    assert.equal(byBranch.data.total_count, 0, 'a fork branch name does not resolve in the base repository');
    assert.deepEqual(api.violations, []);
  });

  it('answers 51 annotations in one request with 422 and records the violation', async () => {
    const api = await start();
    const failure = await rejection(
      client(api).rest.checks.create({
        ...repo,
        name: 'OpenAPI contract',
        head_sha: HEAD_SHA,
        output: { title: 'too many', summary: 's', annotations: annotations(51) },
      }),
    );
    assert.equal(failure.status, 422);
    assert.deepEqual(api.state.checkRunsOf('acme/petstore'), []);
    assert.equal(api.violations.length, 1);
    assert.equal(api.violations[0]?.kind, 'invalid-request');
    assert.match(api.violations[0]?.problems.join('\n') ?? '', /\/output\/annotations must NOT have more than 50 items/);
  });

  it('refuses a completed check run without a conclusion, as GitHub does', async () => {
    const api = await start();
    const failure = await rejection(client(api).rest.checks.create({ ...repo, name: 'c', head_sha: HEAD_SHA, status: 'completed' }));
    assert.equal(failure.status, 422);
    assert.deepEqual(api.state.checkRunsOf('acme/petstore'), []);
  });

  it('injects a 429 with the rate-limit headers, once', async () => {
    const api = await start();
    api.failNext({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 429, retryAfter: 7 });
    const octokit = client(api);
    await octokit.rest.repos.get(repo); // does not match the fault
    const failure = await rejection(octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }));
    assert.equal(failure.status, 429);
    assert.equal(failure.response?.headers['retry-after'], '7');
    assert.equal(failure.response?.headers['x-ratelimit-remaining'], '0');
    const reset = Number(failure.response?.headers['x-ratelimit-reset']);
    assert.ok(reset > Date.now() / 1000, 'reset lies in the future');
    assert.deepEqual(api.state.commentsOn('acme/petstore', 7), [], 'the failed request changed nothing');

    await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' });
    assert.deepEqual(api.failures, [{ method: 'POST', path: '/repos/acme/petstore/issues/7/comments', status: 429 }]);
    assert.equal(api.state.commentsOn('acme/petstore', 7).length, 1);
  });

  it('injects 5xx errors the given number of times', async () => {
    const api = await start();
    api.failNext({ path: /\/check-runs$/, status: 502, times: 2 });
    const octokit = client(api);
    const create = () => octokit.rest.checks.create({ ...repo, name: 'c', head_sha: HEAD_SHA });
    assert.equal((await rejection(create())).status, 502);
    assert.equal((await rejection(create())).status, 502);
    assert.equal((await create()).status, 201);
    assert.deepEqual(
      api.failures.map((f) => f.status),
      [502, 502],
    );
  });

  it('injects a secondary rate limit with its documented message', async () => {
    const api = await start();
    api.failNext({ status: 403, secondaryRateLimit: true, retryAfter: 30 });
    const failure = await rejection(client(api).rest.pulls.get({ ...repo, pull_number: 7 }));
    assert.equal(failure.status, 403);
    assert.equal(failure.response?.headers['retry-after'], '30');
    assert.match(failure.response?.data.message, /^You have exceeded a secondary rate limit/);
  });

  it('answers writes with a read-only token with 403 and changes nothing', async () => {
    const api = await start();
    const octokit = client(api, READ_ONLY_TOKEN);
    const failure = await rejection(octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }));
    assert.equal(failure.status, 403);
    assert.equal(failure.response?.data.message, 'Resource not accessible by integration');
    assert.equal((await rejection(octokit.rest.checks.create({ ...repo, name: 'c', head_sha: HEAD_SHA }))).status, 403);
    assert.deepEqual(api.state.commentsOn('acme/petstore', 7), []);
    assert.deepEqual(api.state.checkRunsOf('acme/petstore'), []);
    // Reads still work: the action may look, it just may not touch.
    assert.equal((await octokit.rest.issues.listComments({ ...repo, issue_number: 7 })).status, 200);
    assert.deepEqual(api.violations, [], 'a 403 for a read-only token is GitHub behaviour, not a contract breach');
  });

  it('records an undocumented route and an undocumented method as violations', async () => {
    const api = await start();
    const octokit = client(api);
    assert.equal((await rejection(octokit.request('GET /repos/{owner}/{repo}/sticky-comments', repo))).status, 404);
    assert.equal((await rejection(octokit.request('PUT /repos/{owner}/{repo}/check-runs', repo))).status, 404);
    assert.deepEqual(
      api.violations.map((v) => [v.kind, v.method, v.path]),
      [
        ['undocumented-route', 'GET', '/repos/acme/petstore/sticky-comments'],
        ['undocumented-route', 'PUT', '/repos/acme/petstore/check-runs'],
      ],
    );
  });

  it('records a body that breaks the schema, and bad query parameters', async () => {
    const api = await start();
    const octokit = client(api);
    // Concrete routes, because Octokit's types would (rightly) refuse these bodies.
    const badBody = await rejection(octokit.request(`POST /repos/${OWNER}/${REPO}/issues/7/comments`, { text: 'hi' }));
    assert.equal(badBody.status, 422);
    const badEnum = await rejection(octokit.request(`POST /repos/${OWNER}/${REPO}/check-runs`, { name: 'c', head_sha: HEAD_SHA, status: 'done' }));
    assert.equal(badEnum.status, 422);
    const badQuery = await rejection(octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, perPage: 100 }));
    assert.equal(badQuery.status, 422);
    const problems = api.violations.map((v) => v.problems.join(' | '));
    assert.equal(api.violations.length, 3);
    assert.ok(api.violations.every((v) => v.kind === 'invalid-request'));
    assert.match(problems[0] ?? '', /must have required property 'body'/);
    assert.match(problems[1] ?? '', /\/status must be equal to one of the allowed values/);
    assert.match(problems[2] ?? '', /undocumented query parameter "perPage"/);
    assert.deepEqual(api.state.commentsOn('acme/petstore', 7), []);
  });

  it('requires a known token and never records its value', async () => {
    const api = await start();
    const anonymous = new Octokit({ baseUrl: api.url, log: { debug() {}, info() {}, warn() {}, error() {} } });
    assert.equal((await rejection(anonymous.rest.repos.get(repo))).status, 401);
    assert.equal((await rejection(client(api, 'ghp_not_configured').rest.repos.get(repo))).status, 401);
    await client(api).rest.repos.get(repo);
    assert.deepEqual(
      api.violations.map((v) => v.kind),
      ['unauthenticated', 'unknown-token'],
    );
    const recorded = JSON.stringify(api.requests);
    assert.ok(!recorded.includes(WORKFLOW_TOKEN), 'the token value is redacted');
    assert.equal(api.requests[2]?.headers.authorization, 'token [redacted]');
    assert.equal(api.requests[2]?.login, 'github-actions[bot]');
  });

  it('maps tokens to configured identities', async () => {
    const api = await start({ tokens: { ghp_octocat: { account: OCTOCAT, access: 'write' } } });
    const octokit = client(api, 'ghp_octocat');
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'by hand' });
    assert.equal(created.data.user?.login, 'octocat');
    assert.equal(created.data.user?.type, 'User');
    assert.equal(created.data.performed_via_github_app, null);
    // A personal token is no GitHub App, and only apps may create check runs.
    assert.equal((await rejection(octokit.rest.checks.create({ ...repo, name: 'c', head_sha: HEAD_SHA }))).status, 403);
  });

  it('records a documented operation it does not implement', async () => {
    const api = await start();
    assert.equal((await rejection(client(api).rest.issues.lock({ ...repo, issue_number: 7 }))).status, 501);
    assert.deepEqual(
      api.violations.map((v) => [v.kind, v.operationId]),
      [['unimplemented', 'issues/lock']],
    );
  });

  it('serves GET /rate_limit from the same counters as the headers', async () => {
    const api = await start({ rateLimit: 1000 });
    const octokit = client(api);
    await octokit.rest.repos.get(repo);
    await octokit.rest.repos.get(repo);
    const { data } = await octokit.rest.rateLimit.get();
    assert.equal(data.resources.core.limit, 1000);
    assert.equal(data.resources.core.used, 2);
    assert.equal(data.resources.core.remaining, 998);
    assert.deepEqual(api.violations, []);
  });

  it('works behind @actions/github with GITHUB_API_URL, as the action uses it', async () => {
    const api = await start();
    const previous = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = api.url;
    try {
      // @actions/github reads GITHUB_API_URL when it is first imported.
      const { getOctokit } = await import('@actions/github');
      const octokit = getOctokit(WORKFLOW_TOKEN);
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'via @actions/github' });
      assert.equal(data.user?.login, GITHUB_ACTIONS_BOT.login);
      assert.equal(api.requests[0]?.headers.authorization, 'token [redacted]');
    } finally {
      if (previous === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = previous;
    }
    assert.deepEqual(api.violations, []);
  });
});

describe('responses of the fake against GitHub’s description', () => {
  function operation(method: string, path: string): MatchedOperation {
    const found = matchOperation(method, path);
    assert.equal(found.kind, 'matched', `${method} ${path}`);
    return (found as { match: MatchedOperation }).match;
  }

  it('sends bodies that satisfy the documented response schemas', async () => {
    const api = await start();
    const octokit = client(api);
    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' });
    const run = await octokit.rest.checks.create({
      ...repo,
      name: 'c',
      head_sha: HEAD_SHA,
      conclusion: 'success',
      output: { title: 't', summary: 's', annotations: annotations(2) },
    });
    const samples: Array<[string, string, number, unknown]> = [
      ['get', '/repos/acme/petstore', 200, (await octokit.rest.repos.get(repo)).data],
      ['get', '/repos/acme/petstore/pulls/7', 200, (await octokit.rest.pulls.get({ ...repo, pull_number: 7 })).data],
      ['post', '/repos/acme/petstore/issues/7/comments', 201, comment.data],
      ['get', '/repos/acme/petstore/issues/7/comments', 200, (await octokit.rest.issues.listComments({ ...repo, issue_number: 7 })).data],
      ['get', '/repos/acme/petstore/issues/7/labels', 200, (await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 7 })).data],
      ['post', '/repos/acme/petstore/check-runs', 201, run.data],
      [
        'get',
        `/repos/acme/petstore/check-runs/${run.data.id}/annotations`,
        200,
        (await octokit.rest.checks.listAnnotations({ ...repo, check_run_id: run.data.id })).data,
      ],
      ['get', `/repos/acme/petstore/commits/${HEAD_SHA}/check-runs`, 200, (await octokit.rest.checks.listForRef({ ...repo, ref: HEAD_SHA })).data],
      ['get', '/rate_limit', 200, (await octokit.rest.rateLimit.get()).data],
    ];
    for (const [method, path, status, body] of samples) {
      assert.deepEqual(checkResponseBody(operation(method, path), status, body), [], `${method} ${path}`);
    }
  });

  it('notices a response that breaks the schema', () => {
    const problems = checkResponseBody(operation('get', '/repos/acme/petstore/issues/comments/1'), 200, {
      id: 'not-a-number',
      body: 'x',
    });
    assert.ok(problems.some((p) => /\/id must be integer/.test(p.message)));
    assert.ok(problems.some((p) => /must have required property 'node_id'/.test(p.message)));
  });

  it('matches literal path segments before parameters', () => {
    assert.equal(operation('get', '/repos/acme/petstore/issues/comments/5').template, '/repos/{owner}/{repo}/issues/comments/{comment_id}');
    assert.equal(operation('get', '/repos/acme/petstore/issues/5/comments').template, '/repos/{owner}/{repo}/issues/{issue_number}/comments');
    assert.equal(operation('get', '/repos/acme/petstore/commits/feature/x/check-runs').pathParams.ref, 'feature/x');
  });
});

after(async () => {
  for (const api of running.splice(0)) await api.close();
});
