/**
 * Where the regenerated files go, decided from the event alone (pure): a commit on the pull
 * request's own branch, or, on a push, a commit on a branch of ours with a pull request into the
 * pushed branch, since the default branch is usually protected and people review what a bot writes.
 */

export interface CommitBackEvent {
  eventName: string | undefined;
  /** GITHUB_REF of the run. */
  ref: string | undefined;
  /** The commit of a push (on a pull request the head is in pullRequest). */
  sha: string | undefined;
  /** `owner/name` of the repository the workflow runs in. */
  repository: string | undefined;
  pullRequest?: { number: number; headRef: string; headSha: string; headRepository: string | undefined; baseRef: string };
}

export type CommitBackPlan =
  | { kind: 'skip'; reason: string }
  /** Commit on top of `expectHead` (what must be checked out) and push to `branch`. */
  | { kind: 'branch'; branch: string; expectHead: string }
  /** Commit on top of `expectHead`, force-push to `branch`, and open (or reuse) a pull request into `base`. */
  | { kind: 'pull-request'; branch: string; base: string; expectHead: string };

import type { CommitBackMode } from '../../config.ts';

/** The branch of ours that carries the regenerated files for `base`; one per base, reused. */
export function regenerateBranch(base: string): string {
  return `fastapi-postman-deploy/regenerate/${base}`;
}

export function planCommitBack(mode: CommitBackMode, event: CommitBackEvent): CommitBackPlan {
  if (mode === 'off') return { kind: 'skip', reason: 'commit-back is off' };
  const pull = event.pullRequest;
  if (event.eventName?.startsWith('pull_request') && pull) {
    if (pull.headRepository !== event.repository) {
      return {
        kind: 'skip',
        reason: `the pull request comes from a fork (${pull.headRepository ?? 'unknown'}), whose branch this workflow cannot push to; the regenerated files are in the workspace`,
      };
    }
    if (mode === 'pull-request') return { kind: 'pull-request', branch: regenerateBranch(pull.headRef), base: pull.headRef, expectHead: pull.headSha };
    return { kind: 'branch', branch: pull.headRef, expectHead: pull.headSha };
  }
  const branch = event.ref?.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
  if (!branch || !event.sha)
    return {
      kind: 'skip',
      reason: `commit-back needs a pull request or a push to a branch; this run is a ${event.eventName ?? 'unknown'} event on ${event.ref ?? 'no ref'}`,
    };
  // Our own branch never gets a pull request into itself: that would be the loop closing.
  if (branch.startsWith('fastapi-postman-deploy/regenerate/')) return { kind: 'skip', reason: `${branch} is the branch commit-back itself writes` };
  if (mode === 'branch') return { kind: 'branch', branch, expectHead: event.sha };
  return { kind: 'pull-request', branch: regenerateBranch(branch), base: branch, expectHead: event.sha };
}
