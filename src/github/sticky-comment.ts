/**
 * One comment per spec on a pull request that stays current: found by a hidden marker naming the
 * spec AND by its author being us, across every page of comments; edited in place; not touched when
 * its text would not change. A comment by anyone else carrying our marker is ignored, so nobody can
 * make the action overwrite (or hide behind) a comment it does not own.
 */
import { code } from '../text/markdown.ts';
import type { RunContext } from './context.ts';
import type { GitHubClient } from './octokit.ts';

const MARKER_NAME = 'fastapi-postman-deploy:diff';

/** GitHub refuses comment bodies longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/**
 * The hidden first line of our comment. The spec path is percent-encoded to a small alphabet
 * (letters, digits, `._~/` and `%XX`), so no path can close the HTML comment, and the encoding is
 * one-to-one, so no spec can spell another spec's marker.
 */
export function commentMarker(spec: string): string {
  return `<!-- ${MARKER_NAME} spec=${encodeSpec(spec)} -->`;
}

function encodeSpec(spec: string): string {
  return Array.from(new TextEncoder().encode(spec), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9._~/]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/**
 * Whether a body opens with the spec's marker, byte for byte: nothing further down a body counts,
 * and a marker spelt any other way (another percent-encoding of the same path) does not either.
 */
export function isMarkedFor(body: string, spec: string): boolean {
  return body.split('\n', 1)[0]!.replace(/\r$/, '') === commentMarker(spec);
}

/** The whole comment: marker, then the body (the caller's Markdown, already escaped). */
export function stickyText(spec: string, body: string): string {
  const marker = commentMarker(spec);
  const text = `${marker}\n${body.trimEnd()}\n`;
  if (text.length <= COMMENT_LIMIT) return text;
  // The renderer keeps within its budget (see commentBudget); this only guards GitHub's hard limit.
  const note = '\n\n> [!NOTE]\n> Cut to fit GitHub’s comment size; the job summary has the full report.\n';
  const room = COMMENT_LIMIT - note.length;
  const cut = text.lastIndexOf('\n', room);
  return text.slice(0, cut > marker.length ? cut : room) + note;
}

/** Characters the caller's Markdown may use so that marker and body fit in one comment. */
export function commentBudget(spec: string): number {
  return COMMENT_LIMIT - commentMarker(spec).length - 2;
}

/** What the comment says once the diff is empty again. */
export function noChangesBody(spec: string): string {
  // A comment for several specs is keyed by a name no path has (it starts with a space).
  if (spec.startsWith(' ')) return `### ✅ No API changes in any spec\n\nEvery spec matches the base again; nothing for reviewers to check here.`;
  return `### ✅ No API changes in ${code(spec)}\n\nThe spec matches the base again; nothing for reviewers to check here.`;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
}

/**
 * Our comment for this spec (the oldest, if a lost race ever made two) and any further copies.
 * Logins are compared case-insensitively, as GitHub treats them.
 */
export function chooseSticky<C extends IssueComment>(comments: readonly C[], spec: string, login: string): { sticky?: C; duplicates: C[] } {
  const ours = comments.filter((c) => c.user?.login.toLowerCase() === login.toLowerCase() && isMarkedFor(c.body ?? '', spec)).sort((a, b) => a.id - b.id);
  return { sticky: ours[0], duplicates: ours.slice(1) };
}

/** Bodies as GitHub may give them back (CRLF after an edit in the browser, trailing space) compare equal. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a) === norm(b);
}

/**
 * The login our token comments as. The workflow's GITHUB_TOKEN (any `ghs_` installation token)
 * acts as `github-actions[bot]` unless the caller names another app's bot (`<slug>[bot]`, as
 * actions/create-github-app-token reports it); GET /user refuses installation tokens, so it is
 * asked only for user tokens.
 */
export async function commentAuthor(client: GitHubClient, configured?: string): Promise<string> {
  if (configured) return configured;
  if (client.tokenKind === 'installation') return GITHUB_ACTIONS_LOGIN;
  const { data } = await client.octokit.rest.users.getAuthenticated();
  return data.login;
}

const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The head branch lives in another repository: the workflow token is read-only there. */
  fromFork: boolean;
}

/** The pull request a run is about, from a pull_request or pull_request_target payload. */
export function pullRequestTarget(context: RunContext): PullRequestTarget | undefined {
  const pull = context.event.pull_request as
    { number?: unknown; head?: { repo?: { full_name?: string; fork?: boolean } | null }; base?: { repo?: { full_name?: string } } } | undefined;
  if (!pull || typeof pull.number !== 'number' || !context.owner || !context.repo) return undefined;
  const head = pull.head?.repo;
  const base = pull.base?.repo?.full_name ?? `${context.owner}/${context.repo}`;
  const fromFork = head === null || head?.fork === true || (head?.full_name !== undefined && head.full_name.toLowerCase() !== base.toLowerCase());
  return { owner: context.owner, repo: context.repo, number: pull.number, fromFork };
}

export type SkipReason = 'no-changes' | 'read-only-token' | 'not-accessible' | 'github-error';

export type StickyOutcome =
  | {
      action: 'created' | 'updated' | 'unchanged';
      id: number;
      url: string;
      duplicatesRemoved: number;
      /** Set when GitHub wrote the comment as someone other than the login we look for. */
      warning?: string;
    }
  | { action: 'skipped'; reason: SkipReason; detail: string };

export interface StickyInput {
  target: PullRequestTarget;
  spec: string;
  /** The comment's Markdown (escaped, within commentBudget); null when the diff is empty. */
  body: string | null;
  /** The login our token comments as, when the caller knows it; see commentAuthor. */
  author?: string;
}

/** Creates, updates or leaves the spec's comment; never throws for what GitHub refuses. */
export async function upsertStickyComment(client: GitHubClient, input: StickyInput): Promise<StickyOutcome> {
  const { target, spec } = input;
  const where = { owner: target.owner, repo: target.repo };
  const issue = { ...where, issue_number: target.number };
  try {
    const login = await commentAuthor(client, input.author);
    const find = async () => chooseSticky(await client.octokit.paginate(client.octokit.rest.issues.listComments, { ...issue, per_page: 100 }), spec, login);
    const { sticky, duplicates } = await find();

    if (!sticky && input.body === null) {
      return { action: 'skipped', reason: 'no-changes', detail: 'No API changes and no earlier comment to update.' };
    }
    const text = stickyText(spec, input.body ?? noChangesBody(spec));
    let outcome: StickyOutcome;
    if (!sticky) {
      const created = await client.writeOnce(
        async () => (await client.octokit.rest.issues.createComment({ ...issue, body: text })).data,
        async () => (await find()).sticky,
      );
      const warning = authorMismatch(created, login);
      outcome = { action: 'created', id: created.id, url: created.html_url, duplicatesRemoved: 0, ...(warning && { warning }) };
    } else if (sameText(sticky.body ?? '', text)) {
      outcome = { action: 'unchanged', id: sticky.id, url: sticky.html_url, duplicatesRemoved: 0 };
    } else {
      const updated = await client.writeOnce(
        async () => (await client.octokit.rest.issues.updateComment({ ...where, comment_id: sticky.id, body: text })).data,
        async () => {
          const { data } = await client.octokit.rest.issues.getComment({ ...where, comment_id: sticky.id });
          return sameText(data.body ?? '', text) ? data : undefined;
        },
      );
      outcome = { action: 'updated', id: updated.id, url: updated.html_url, duplicatesRemoved: 0 };
    }
    for (const copy of duplicates) await deleteComment(client, where, copy.id);
    return { ...outcome, duplicatesRemoved: duplicates.length };
  } catch (error) {
    return skippedFor(error, target);
  }
}

/**
 * The next run would not recognise a comment written as someone else and would post another: say
 * which login to configure (an app installation token comments as `<slug>[bot]`).
 */
function authorMismatch(created: IssueComment, login: string): string | undefined {
  const actual = created.user?.login;
  if (!actual || actual.toLowerCase() === login.toLowerCase()) return undefined;
  return `The PR comment was written as ${actual}, but the action looks for comments by ${login}; set the comment author to ${actual}, or every run will add a new comment.`;
}

async function deleteComment(client: GitHubClient, where: { owner: string; repo: string }, id: number): Promise<void> {
  try {
    await client.octokit.rest.issues.deleteComment({ ...where, comment_id: id });
  } catch (error) {
    // Another run removed it first.
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

function skippedFor(error: unknown, target: PullRequestTarget): StickyOutcome {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number') throw error;
  if (status === 403) {
    const why = target.fromFork
      ? 'a pull request from a fork gets a read-only token'
      : 'the token may not write comments (it needs pull-requests: write or issues: write)';
    return { action: 'skipped', reason: 'read-only-token', detail: `The PR comment was skipped: ${why}. The job summary has the full report.` };
  }
  if (status === 404 || status === 401) {
    return {
      action: 'skipped',
      reason: 'not-accessible',
      detail: `The PR comment was skipped: GitHub answered ${status} for pull request #${target.number}. The job summary has the full report.`,
    };
  }
  return { action: 'skipped', reason: 'github-error', detail: `The PR comment was skipped: GitHub answered ${status}. The job summary has the full report.` };
}
