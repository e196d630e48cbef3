/**
 * Commit-back as a stage of the action: after the run, the regenerated collection and project go
 * back to the repository (see plan.ts for where). Runs only when the spec was valid and something
 * was generated; a fork's pull request is skipped with a note, never failed.
 */
import type { CommitBackMode } from './plan.ts';
import { planCommitBack, type CommitBackEvent } from './plan.ts';
import { commitBack, type CommitBackResult } from './commit.ts';
import { UserError } from '../../errors.ts';
import type { GitHubClient } from '../../github/octokit.ts';
import type { RunContext } from '../../github/context.ts';
import type { PipelineReport, StageOutcome } from '../../pipeline.ts';
import { code, escapeMarkdown } from '../../text/markdown.ts';

export interface CommitBackSettings {
  mode: CommitBackMode;
  workspace: string;
  token: string | undefined;
  collectionOut: string;
}

export async function commitBackStage(report: PipelineReport, settings: CommitBackSettings, context: RunContext, client: GitHubClient | undefined): Promise<StageOutcome<CommitBackResult>> {
  if (report.validations.some((v) => !v.valid)) return { status: 'skipped', reason: 'the spec is invalid, so nothing regenerated is committed' };
  const paths = [
    ...(report.runs.some((r) => r.collection?.status === 'ok') ? [settings.collectionOut] : []),
    ...report.runs.flatMap((r) => (r.fastapi?.status === 'ok' ? [r.fastapi.data.dir] : [])),
  ];
  if (paths.length === 0) return { status: 'skipped', reason: 'neither the collection nor the FastAPI project was generated in this run' };
  const plan = planCommitBack(settings.mode, commitBackEvent(context));
  if (plan.kind === 'skip') return { status: 'skipped', reason: plan.reason };
  const specs = report.runs.map((r) => r.spec).join(', ');
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
  const pull = context.event.pull_request as { number?: number; head?: { ref?: string; sha?: string; repo?: { full_name?: string } }; base?: { ref?: string } } | undefined;
  return {
    eventName: context.eventName,
    ref: context.ref,
    sha: context.sha,
    repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : undefined,
    ...(pull?.head?.ref && pull.head.sha && pull.base?.ref && {
      pullRequest: { number: pull.number ?? 0, headRef: pull.head.ref, headSha: pull.head.sha, headRepository: pull.head.repo?.full_name, baseRef: pull.base.ref },
    }),
  };
}

export function commitBackMarkdown(outcome: StageOutcome<CommitBackResult>): string {
  const lines = ['## Commit-back', ''];
  if (outcome.status === 'skipped') lines.push(`Nothing committed: ${escapeMarkdown(outcome.reason)}.`);
  else if (outcome.status === 'error') lines.push(`❌ ${escapeMarkdown(outcome.error.message)}${outcome.error.hint ? ` ${escapeMarkdown(outcome.error.hint)}` : ''}`);
  else {
    const { branch, commit, files, pullRequest } = outcome.data;
    if (!commit) lines.push(`The regenerated files match ${code(branch)}: nothing to commit.`);
    else lines.push(`Committed ${files.length} regenerated file(s) as ${code(commit.slice(0, 12))} to ${code(branch)}.`);
    if (pullRequest) lines.push('', `${pullRequest.created ? 'Opened' : 'Updated'} pull request [#${pullRequest.number}](${encodeURI(pullRequest.url)}).`);
  }
  return lines.join('\n') + '\n';
}
