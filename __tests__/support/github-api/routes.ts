// Behaviour of the operations the fake implements, keyed by the description's operationId.
// Everything a route receives has already passed the contract check.
import type { TokenGrant } from './identities.ts';
import { paginate } from './pagination.ts';
import { annotationJson, checkRunJson, commentJson, issueLabelsJson, pullRequestJson, rateLimitJson, repoJson, type Urls } from './representations.ts';
import { timestamp, type AnnotationRecord, type CheckRunRecord, type GitHubState, type IssueRecord, type RepoRecord } from './state.ts';

export interface RouteContext {
  params: Record<string, string>;
  query: Record<string, string>;
  // Shape guaranteed by the request-body schema; routes read the documented fields only.
  body: any;
  grant: TokenGrant;
  state: GitHubState;
  urls: Urls;
  rate: { limit: number; used: number; reset: number };
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Route = (ctx: RouteContext) => RouteResult;

function repoOf(ctx: RouteContext): RepoRecord {
  const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw new HttpError(404, 'Not Found');
  return repo;
}

function issueOf(ctx: RouteContext, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(Number(ctx.params.issue_number));
  if (!issue) throw new HttpError(404, 'Not Found');
  return issue;
}

function commentOf(ctx: RouteContext, repo: RepoRecord) {
  const comment = repo.comments.get(Number(ctx.params.comment_id));
  const issue = comment && repo.issues.get(comment.issueNumber);
  if (!comment || !issue) throw new HttpError(404, 'Not Found');
  return { comment, issue };
}

function checkRunOf(ctx: RouteContext, repo: RepoRecord): CheckRunRecord {
  const run = repo.checkRuns.get(Number(ctx.params.check_run_id));
  if (!run) throw new HttpError(404, 'Not Found');
  return run;
}

/** Link headers name repository-scoped lists by repository id, as GitHub does. */
function repoLinkBase(ctx: RouteContext, repo: RepoRecord, rest: string): string {
  return `${ctx.urls.api}/repositories/${repo.id}${rest}`;
}

function paged(items: unknown[], ctx: RouteContext, linkBase: string): RouteResult {
  const page = paginate(items, ctx.query, linkBase);
  return { status: 200, body: page.items, headers: linkHeader(page.link) };
}

function linkHeader(link: string | undefined): Record<string, string> {
  return link ? { link } : {};
}

function annotationsFrom(output: { annotations?: AnnotationRecord[] } | undefined): AnnotationRecord[] {
  return (output?.annotations ?? []).map((a) => ({
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
  }));
}

/** Applies status/conclusion the way GitHub does: a conclusion implies `completed`. */
function applyCompletion(run: CheckRunRecord, body: { status?: string; conclusion?: string; completed_at?: string }): void {
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  } else if (body.status !== undefined) {
    run.status = body.status as CheckRunRecord['status'];
  }
  if ((run.status === 'completed' || body.completed_at !== undefined) && run.conclusion === null) {
    throw new HttpError(422, 'Invalid request.\n\nNo conclusion provided for a completed check run.');
  }
  if (run.status === 'completed') run.completedAt = body.completed_at ?? run.completedAt ?? timestamp();
}

const repoRoutes: Record<string, Route> = {
  'repos/get': (ctx) => ({ status: 200, body: repoJson(repoOf(ctx), ctx.urls, ctx.grant) }),

  'pulls/get': (ctx) => {
    const repo = repoOf(ctx);
    const issue = repo.issues.get(Number(ctx.params.pull_number));
    if (!issue?.pull) throw new HttpError(404, 'Not Found');
    return { status: 200, body: pullRequestJson(issue, repo, ctx.urls, (name) => ctx.state.repoNamed(name)) };
  },

  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.state ?? 'open';
    const [headOwner, headRef] = ctx.query.head?.includes(':') ? ctx.query.head.split(':', 2) : [undefined, ctx.query.head];
    const pulls = [...repo.issues.values()].filter(
      (issue) =>
        issue.pull &&
        (state === 'all' || issue.state === state) &&
        (headRef === undefined || (issue.pull.head.ref === headRef && (headOwner === undefined || issue.pull.head.repo.split('/')[0] === headOwner))) &&
        (ctx.query.base === undefined || issue.pull.base.ref === ctx.query.base),
    );
    return paged(
      pulls.map((issue) => pullRequestJson(issue, repo, ctx.urls, (name) => ctx.state.repoNamed(name))),
      ctx,
      repoLinkBase(ctx, repo, '/pulls'),
    );
  },

  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    const head = String(ctx.body.head);
    const ref = head.includes(':') ? head.split(':', 2)[1]! : head;
    const base = String(ctx.body.base);
    const headSha = ctx.state.branchTip(repo.fullName, ref);
    const baseSha = ctx.state.branchTip(repo.fullName, base);
    const invalid = (field: string) => new HttpError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field, code: 'invalid' }] });
    if (!headSha) throw invalid('head');
    if (!baseSha) throw invalid('base');
    const open = [...repo.issues.values()].some((i) => i.pull && i.state === 'open' && i.pull.head.ref === ref && i.pull.base.ref === base);
    if (open)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner.login}:${ref}.` }],
      });
    const issue = ctx.state.addPullRequest(repo.fullName, {
      title: ctx.body.title,
      body: ctx.body.body ?? null,
      author: ctx.grant.account,
      head: { ref, sha: headSha },
      base: { ref: base, sha: baseSha },
    });
    const json = pullRequestJson(issue, repo, ctx.urls, (name) => ctx.state.repoNamed(name));
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/list-labels-on-issue': (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    return paged(issueLabelsJson(issue, repo, ctx.urls), ctx, repoLinkBase(ctx, repo, `/issues/${issue.number}/labels`));
  },
};

const commentRoutes: Record<string, Route> = {
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    const since = ctx.query.since;
    const comments = ctx.state
      .commentsOn(repo.fullName, issue.number)
      .filter((c) => since === undefined || c.updatedAt >= timestamp(new Date(since)))
      .map((c) => commentJson(c, issue, repo, ctx.urls));
    return paged(comments, ctx, repoLinkBase(ctx, repo, `/issues/${issue.number}/comments`));
  },

  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    const comment = ctx.state.addComment(repo.fullName, issue.number, ctx.body.body, ctx.grant.account);
    const json = commentJson(comment, issue, repo, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/get-comment': (ctx) => {
    const repo = repoOf(ctx);
    const { comment, issue } = commentOf(ctx, repo);
    return { status: 200, body: commentJson(comment, issue, repo, ctx.urls) };
  },

  'issues/update-comment': (ctx) => {
    const repo = repoOf(ctx);
    const { comment, issue } = commentOf(ctx, repo);
    comment.body = ctx.body.body;
    comment.updatedAt = timestamp();
    return { status: 200, body: commentJson(comment, issue, repo, ctx.urls) };
  },

  'issues/delete-comment': (ctx) => {
    const repo = repoOf(ctx);
    const { comment } = commentOf(ctx, repo);
    repo.comments.delete(comment.id);
    return { status: 204 };
  },
};

const checkRoutes: Record<string, Route> = {
  'checks/create': (ctx) => {
    const repo = repoOf(ctx);
    const app = ctx.grant.account.app;
    // Only GitHub Apps (the workflow token is one) may create check runs.
    if (!app) throw new HttpError(403, 'You must authenticate via a GitHub App.');
    const body = ctx.body;
    const sameCommit = [...repo.checkRuns.values()].find((r) => r.headSha === body.head_sha && r.app?.id === app.id);
    const run: CheckRunRecord = {
      id: ctx.state.nextId(),
      checkSuiteId: sameCommit?.checkSuiteId ?? ctx.state.nextId(),
      name: body.name,
      headSha: body.head_sha,
      status: 'queued',
      conclusion: null,
      startedAt: body.started_at ?? timestamp(),
      completedAt: null,
      detailsUrl: body.details_url ?? null,
      externalId: body.external_id ?? null,
      output: {
        title: body.output?.title ?? null,
        summary: body.output?.summary ?? null,
        text: body.output?.text ?? null,
      },
      annotations: annotationsFrom(body.output),
      app,
    };
    applyCompletion(run, body);
    repo.checkRuns.set(run.id, run);
    return { status: 201, body: checkRunJson(run, repo, ctx.urls) };
  },

  'checks/update': (ctx) => {
    const repo = repoOf(ctx);
    const run = checkRunOf(ctx, repo);
    const body = ctx.body;
    const next: CheckRunRecord = { ...run, output: { ...run.output } };
    if (body.name !== undefined) next.name = body.name;
    if (body.details_url !== undefined) next.detailsUrl = body.details_url;
    if (body.external_id !== undefined) next.externalId = body.external_id;
    if (body.started_at !== undefined) next.startedAt = body.started_at;
    if (body.output) {
      next.output = {
        title: body.output.title ?? run.output.title,
        summary: body.output.summary,
        text: body.output.text ?? run.output.text,
      };
    }
    // Annotations accumulate across updates; that is how more than 50 reach one check run.
    next.annotations = [...run.annotations, ...annotationsFrom(body.output)];
    applyCompletion(next, body);
    repo.checkRuns.set(run.id, next);
    return { status: 200, body: checkRunJson(next, repo, ctx.urls) };
  },

  'checks/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: checkRunJson(checkRunOf(ctx, repo), repo, ctx.urls) };
  },

  'checks/list-annotations': (ctx) => {
    const repo = repoOf(ctx);
    const run = checkRunOf(ctx, repo);
    const annotations = run.annotations.map((a) => annotationJson(run, a, repo, ctx.urls));
    return paged(annotations, ctx, repoLinkBase(ctx, repo, `/check-runs/${run.id}/annotations`));
  },

  'checks/list-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    const sha = resolveRef(repo, ctx.params.ref ?? '');
    let runs = [...repo.checkRuns.values()].filter((r) => r.headSha === sha);
    if (ctx.query.check_name !== undefined) runs = runs.filter((r) => r.name === ctx.query.check_name);
    if (ctx.query.status !== undefined) runs = runs.filter((r) => r.status === ctx.query.status);
    if (ctx.query.app_id !== undefined) runs = runs.filter((r) => r.app?.id === Number(ctx.query.app_id));
    if ((ctx.query.filter ?? 'latest') === 'latest') {
      const newest = new Map<string, CheckRunRecord>();
      for (const run of runs) newest.set(run.name, run);
      runs = [...newest.values()];
    }
    runs.sort((a, b) => b.id - a.id);
    const page = paginate(runs, ctx.query, repoLinkBase(ctx, repo, `/commits/${encodeURIComponent(sha)}/check-runs`));
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: page.items.map((r) => checkRunJson(r, repo, ctx.urls)) },
      headers: linkHeader(page.link),
    };
  },
};

/** Branch names known from pull requests resolve to their tip; anything else is taken as a SHA. */
function resolveRef(repo: RepoRecord, ref: string): string {
  const branch = ref.replace(/^(refs\/)?heads\//, '');
  for (const issue of repo.issues.values()) {
    if (issue.pull?.head.ref === branch && issue.pull.head.repo === repo.fullName) return issue.pull.head.sha;
    if (issue.pull?.base.ref === branch) return issue.pull.base.sha;
  }
  return ref;
}

const otherRoutes: Record<string, Route> = {
  'rate-limit/get': (ctx) => ({ status: 200, body: rateLimitJson(ctx.rate.limit, ctx.rate.used, ctx.rate.reset) }),
};

export const routes: Readonly<Record<string, Route>> = {
  ...repoRoutes,
  ...commentRoutes,
  ...checkRoutes,
  ...otherRoutes,
};
