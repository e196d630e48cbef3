/**
 * Diagnostics as GitHub annotations. The runner shows only 10 error (and 10 warning) annotations per
 * step, so when there are more, all of them also go to a check run (see check-run.ts).
 */
import * as core from '@actions/core';
import type { Diagnostic } from '../openapi/types.ts';
import { publishCheckRun, type CheckAnnotation } from './check-run.ts';
import type { RunContext } from './context.ts';
import type { GitHubClient } from './octokit.ts';

export const runnerAnnotationLimit = 10;

export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = { title: d.rule, file: d.location.file, startLine: d.location.line, startColumn: d.location.column };
    if (d.severity === 'error') core.error(messageOf(d), properties);
    else core.warning(messageOf(d), properties);
  }
}

export interface DiagnosticsCheckRun {
  url?: string;
  /** Why not every finding is on the commit, for the summary. */
  note?: string;
}

/** Publishes every diagnostic through a check run when the runner would drop some. */
export async function publishDiagnostics(
  name: string,
  diagnostics: readonly Diagnostic[],
  summary: string,
  client: GitHubClient | undefined,
  context: RunContext,
): Promise<DiagnosticsCheckRun> {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors <= runnerAnnotationLimit && warnings <= runnerAnnotationLimit) return {};
  if (!client) {
    return { note: 'More findings than the runner shows as annotations; give the action a github-token with checks: write to see them all on the commit.' };
  }
  const outcome = await publishCheckRun(
    {
      name,
      title: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
      summary,
      annotations: diagnostics.map(toAnnotation),
      conclusion: errors > 0 ? 'failure' : 'neutral',
    },
    client,
    context,
  );
  if (outcome.published) return { url: outcome.url };
  core.warning(`Could not publish all findings as a check run: ${outcome.detail}. The job summary lists every one.`);
  return { note: `All findings are listed below; the check run could not be created: ${outcome.detail}.` };
}

function toAnnotation(d: Diagnostic): CheckAnnotation {
  return {
    path: d.location.file,
    line: d.location.line,
    column: d.location.column,
    level: d.severity === 'error' ? 'failure' : 'warning',
    title: d.rule,
    message: messageOf(d),
  };
}

function messageOf(d: Diagnostic): string {
  return d.hint ? `${d.message}\n${d.hint}` : d.message;
}
