/**
 * Commit-back as a stage of the action: after the run, the regenerated collection and project go
 * back to the repository (see plan.ts for where). Runs only when the spec was valid and something
 * was generated; a fork's pull request is skipped with a note, never failed.
 */
import type { CommitBackMode } from '../../config.ts';
import { planCommitBack, type CommitBackEvent } from './plan.ts';
import { commitBack, type CommitBackResult } from './commit.ts';
import { UserError } from '../../errors.ts';
import type { GitHubClient } from '../../github/octokit.ts';
import type { RunContext } from '../../github/context.ts';
import type { StageOutcome } from '../outcome.ts';

export interface CommitBackSettings {
  mode: CommitBackMode;
  workspace: string;
  token: string | undefined;
}

/** What the run regenerated, as commit-back sees it. */
export interface Regenerated {
  /** Every spec of the run is valid. */
  valid: boolean;
  /** The specs, as the user named them. */
  specs: string[];
  /** The folders written: the collection folder and each FastAPI project. */
  paths: string[];
}

export async function runCommitBack(
  regenerated: Regenerated,
  settings: CommitBackSettings,
  context: RunContext,
  client: GitHubClient | undefined,
): Promise<StageOutcome<CommitBackResult>> {
  if (!regenerated.valid) return { status: 'skipped', reason: 'the spec is invalid, so nothing regenerated is committed' };
  const { paths } = regenerated;
  if (paths.length === 0) return { status: 'skipped', reason: 'neither the collection nor the FastAPI project was generated in this run' };
  const plan = planCommitBack(settings.mode, commitBackEvent(context));
  if (plan.kind === 'skip') return { status: 'skipped', reason: plan.reason };
  const specs = regenerated.specs.join(', ');
  try {
    const result = await commitBack({
      workTree: settings.workspace,
      paths,
      plan,
      message: `Regenerate the Postman collection and FastAPI project from ${specs}\n\nWritten by fastapi-postman-deploy from ${context.sha ?? 'the checked-out commit'}.`,
      token: settings.token,
      serverUrl: context.serverUrl,
      repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : undefined,
      client,
      pullRequestBody: `The Postman collection and the FastAPI project, regenerated from ${specs} as of ${context.sha ?? 'the pushed commit'}.\n\nYour handler modules are never overwritten; review the generated files and merge.`,
    });
    return { status: 'ok', data: result };
  } catch (error) {
    if (error instanceof UserError) return { status: 'error', error };
    throw error;
  }
}

function commitBackEvent(context: RunContext): CommitBackEvent {
  const pull = context.event.pull_request as
    { number?: number; head?: { ref?: string; sha?: string; repo?: { full_name?: string } }; base?: { ref?: string } } | undefined;
  return {
    eventName: context.eventName,
    ref: context.ref,
    sha: context.sha,
    repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : undefined,
    ...(pull?.head?.ref &&
      pull.head.sha &&
      pull.base?.ref && {
        pullRequest: {
          number: pull.number ?? 0,
          headRef: pull.head.ref,
          headSha: pull.head.sha,
          headRepository: pull.head.repo?.full_name,
          baseRef: pull.base.ref,
        },
      }),
  };
}
