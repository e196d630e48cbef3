/**
 * The side of commit-back that acts: commit only the generated folders, push with the token in a
 * header (never in a URL or an argument, where the process list would show it), and open or reuse
 * the pull request. Nothing is committed when nothing changed, which is also what ends the loop of
 * a commit starting a run that commits.
 */
import { git } from '../../git/git.ts';
import { UserError } from '../../errors.ts';
import type { GitHubClient } from '../../github/octokit.ts';
import type { CommitBackPlan } from './plan.ts';

/** The identity GitHub shows as github-actions[bot]; the pusher is whoever owns the token. */
export const COMMIT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface CommitBackRequest {
  workTree: string;
  /** Folders and files to commit, relative to the work tree. */
  paths: string[];
  plan: Exclude<CommitBackPlan, { kind: 'skip' }>;
  message: string;
  /** The token the push and the pull request are made with. */
  token: string | undefined;
  /** GITHUB_SERVER_URL: the credential header is sent to this host only. */
  serverUrl: string;
  /** Needed for a pull request; `owner/name`. */
  repository: string | undefined;
  client: GitHubClient | undefined;
  pullRequestBody: string;
}

export interface CommitBackResult {
  branch: string;
  /** The commit pushed; undefined when nothing changed. */
  commit: string | undefined;
  files: string[];
  pullRequest?: { number: number; url: string; created: boolean };
}

export async function commitBack(request: CommitBackRequest): Promise<CommitBackResult> {
  const { workTree, plan } = request;
  const head = await text(workTree, ['rev-parse', 'HEAD'], 'find the checked-out commit');
  if (head !== plan.expectHead) {
    throw new UserError(
      `commit-back: the checkout is at ${head.slice(0, 12)}, not at the head of ${plan.kind === 'branch' ? plan.branch : plan.base} (${plan.expectHead.slice(0, 12)})`,
      undefined,
      'Check out the branch itself, e.g. actions/checkout with `ref: ${{ github.head_ref }}` on pull requests: the default checkout of a pull request is a merge commit, which must not be pushed to the branch.',
    );
  }
  await run(workTree, ['add', '--all', '--', ...request.paths], 'stage the regenerated files');
  const files = (await text(workTree, ['diff', '--cached', '--name-only', '--', ...request.paths], 'list the staged files')).split('\n').filter(Boolean);
  if (files.length === 0) return { branch: plan.branch, commit: undefined, files };

  const identity = ['-c', `user.name=${COMMIT_IDENTITY.name}`, '-c', `user.email=${COMMIT_IDENTITY.email}`];
  // The pathspec keeps anything else that happens to be staged out of the commit.
  await run(workTree, [...identity, 'commit', '--quiet', '--no-verify', '--message', request.message, '--', ...request.paths], 'commit the regenerated files');
  const commit = await text(workTree, ['rev-parse', 'HEAD'], 'read the new commit');
  const force = plan.kind === 'pull-request' ? ['--force'] : [];
  const pushed = await git(workTree, ['push', ...force, 'origin', `HEAD:refs/heads/${plan.branch}`], undefined, authEnv(request.serverUrl, request.token));
  if (!pushed.ok) {
    const rejected = /rejected|non-fast-forward|fetch first/.test(pushed.stderr);
    throw new UserError(
      `commit-back: pushing to ${plan.branch} failed: ${lastLine(pushed.stderr)}`,
      undefined,
      rejected
        ? 'The branch moved on while this run worked; the run for the newer commit regenerates the files.'
        : 'The token needs contents: write on the repository (a GitHub App token, so that the commit starts the checks again; see the workflows README).',
    );
  }
  if (plan.kind === 'branch') return { branch: plan.branch, commit, files };
  return { branch: plan.branch, commit, files, pullRequest: await openPullRequest(request, plan) };
}

/**
 * The credential as an HTTP header for the server's URLs only, through git's environment config.
 * The empty value first drops headers set before (actions/checkout persists the workflow token the
 * same way), or git would send both.
 */
export function authEnv(serverUrl: string, token: string | undefined): Record<string, string> {
  if (!token) return {};
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  };
}

async function openPullRequest(
  request: CommitBackRequest,
  plan: Extract<CommitBackPlan, { kind: 'pull-request' }>,
): Promise<{ number: number; url: string; created: boolean }> {
  const [owner, repo] = (request.repository ?? '').split('/');
  if (!request.client || !owner || !repo) {
    throw new UserError(
      `commit-back: ${plan.branch} was pushed, but no pull request can be opened without a token and the repository`,
      undefined,
      'Give the github-token input (pull-requests: write).',
    );
  }
  const { octokit } = request.client;
  const open = async () => {
    const { data } = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${plan.branch}`, base: plan.base, state: 'open', per_page: 1 });
    return data[0] ? { number: data[0].number, url: data[0].html_url } : undefined;
  };
  // The force-push has already updated an open pull request; only a first run opens one.
  const existing = await open();
  if (existing) return { ...existing, created: false };
  const created = await request.client.writeOnce(async () => {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: plan.branch,
      base: plan.base,
      title: `Regenerate the API collection and server for ${plan.base}`,
      body: request.pullRequestBody,
    });
    return { number: data.number, url: data.html_url };
  }, open);
  return { ...created, created: true };
}

async function run(cwd: string, args: string[], what: string): Promise<void> {
  await text(cwd, args, what);
}

async function text(cwd: string, args: string[], what: string): Promise<string> {
  const result = await git(cwd, args);
  if (!result.ok)
    throw new UserError(`commit-back: could not ${what}: ${lastLine(result.stderr)}`, undefined, 'The workspace must be a git checkout of the repository.');
  return result.stdout.toString('utf8').trim();
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}
