/**
 * Diagnostics as GitHub annotations. The runner shows only 10 error (and 10 warning) annotations per
 * step, so when there are more, all of them also go to a check run, 50 per request (the API's limit).
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { Diagnostic } from '../spec/types.ts';
import type { RunContext } from './context.ts';

export const runnerAnnotationLimit = 10;
const perRequest = 50;

export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = { title: d.rule, file: d.location.file, startLine: d.location.line, startColumn: d.location.column };
    const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
    if (d.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
}

export interface CheckRunOutcome {
  published: boolean;
  url?: string;
  /** Why it was not published, for the summary. */
  note?: string;
}

/** Publishes every diagnostic through a check run when the runner would drop some. */
export async function publishCheckRun(name: string, diagnostics: readonly Diagnostic[], summary: string, token: string | undefined, context: RunContext): Promise<CheckRunOutcome> {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors <= runnerAnnotationLimit && warnings <= runnerAnnotationLimit) return { published: false };
  if (!token || !context.owner || !context.repo || !context.sha) {
    return { published: false, note: 'More findings than the runner shows as annotations; give the action a github-token with checks: write to see them all on the commit.' };
  }
  const octokit = getOctokit(token, { baseUrl: context.apiUrl });
  const annotations = diagnostics.map(toAnnotation);
  const title = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  try {
    const { data: run } = await octokit.rest.checks.create({
      owner: context.owner,
      repo: context.repo,
      name,
      head_sha: context.sha,
      status: 'in_progress',
      output: { title, summary, annotations: annotations.slice(0, perRequest) },
    });
    for (let i = perRequest; i < annotations.length; i += perRequest) {
      await octokit.rest.checks.update({ owner: context.owner, repo: context.repo, check_run_id: run.id, output: { title, summary, annotations: annotations.slice(i, i + perRequest) } });
    }
    await octokit.rest.checks.update({ owner: context.owner, repo: context.repo, check_run_id: run.id, status: 'completed', conclusion: errors > 0 ? 'failure' : 'neutral', output: { title, summary } });
    return { published: true, url: run.html_url ?? undefined };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why = status === 403 || status === 404 ? 'the token may not create check runs (it needs checks: write)' : `the GitHub API answered ${status ?? (error as Error).message}`;
    core.warning(`Could not publish all findings as a check run: ${why}. The job summary lists every one.`);
    return { published: false, note: `All findings are listed below; the check run could not be created: ${why}.` };
  }
}

function toAnnotation(d: Diagnostic) {
  return {
    path: d.location.file,
    start_line: d.location.line,
    end_line: d.location.line,
    start_column: d.location.column,
    end_column: d.location.column,
    annotation_level: d.severity === 'error' ? ('failure' as const) : ('warning' as const),
    title: d.rule,
    message: (d.hint ? `${d.message}\n${d.hint}` : d.message).slice(0, 60_000),
  };
}
