/**
 * The diff stage on GitHub: one sticky comment on the pull request (with an index when the run has
 * several specs), every breaking change annotated (all of them through a check run when the runner
 * would drop some), and the JSON file of every change. Returns what the job summary should add, and
 * the file's output.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { breakingAnnotations, renderIndex, renderMarkdown, toJson, type DiffReport, type MarkdownOptions } from './changelog.ts';
import type { Config } from '../../config.ts';
import { code, escapeMarkdown } from '../../text/markdown.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { annotate, publishDiagnostics } from '../../github/annotations.ts';
import type { RunContext } from '../../github/context.ts';
import type { GitHubClient } from '../../github/octokit.ts';
import { commentBudget, pullRequestTarget, upsertStickyComment } from '../../github/sticky-comment.ts';

/** The sticky comment's key when it covers several specs; no spec path starts with a space. */
const ALL_SPECS = ' every spec';

export interface DiffPublication {
  /** Markdown lines for the job summary: where the comment is, or why there is none. */
  notes: string[];
  outputs: Record<string, string>;
}

export async function publishDiff(
  reports: readonly DiffReport[],
  config: Config,
  client: GitHubClient | undefined,
  context: RunContext,
  /** Said at the top of every comment: the pull request edits the configuration file. */
  notice?: string,
): Promise<DiffPublication> {
  const notes: string[] = [];
  const link = sourceLink(context);
  const changes = reports.flatMap(changeDiagnostics);
  annotate(changes);
  const check = await publishDiagnostics(
    'OpenAPI changes',
    changes,
    reports.map((r) => renderMarkdown(r, { maxLength: 60_000 / Math.max(1, reports.length), sourceLink: link })).join('\n\n'),
    client,
    context,
  );
  if (check.url) notes.push(`Every breaking change is annotated on the commit in the check run [OpenAPI changes](${encodeURI(check.url)}).`);
  if (check.note) notes.push(escapeMarkdown(check.note));

  const target = pullRequestTarget(context);
  const fullReport = context.runUrl ? `the job summary of [this run](${encodeURI(context.runUrl)})` : 'the job summary of this run';
  if (target && config.diff.comment && reports.length > 0) {
    // One comment per run: a spec's own, or for several specs one with an index of them all.
    const key = reports.length === 1 ? reports[0]!.spec : ALL_SPECS;
    const shown = reports.length === 1 ? code(reports[0]!.spec) : `the ${reports.length} specs`;
    if (!client) notes.push(`No pull request comment for ${shown}: no github-token was given.`);
    else {
      const quiet = reports.every((r) => r.base.kind === 'found' && r.verdict.changes.length === 0);
      const top = notice ? `${notice}\n\n` : '';
      const options = { maxLength: commentBudget(key) - top.length, fullReport, sourceLink: link };
      const body = quiet ? null : top + (reports.length === 1 ? renderMarkdown(reports[0]!, options) : renderIndex(reports, options));
      const outcome = await upsertStickyComment(client, { target, spec: key, body });
      if (outcome.action === 'skipped') {
        if (outcome.reason !== 'no-changes') notes.push(`No pull request comment for ${shown}: ${escapeMarkdown(outcome.detail)}`);
      } else {
        notes.push(`The changes of ${shown} are in [this pull request comment](${encodeURI(outcome.url)}) (${outcome.action}).`);
        if (outcome.warning) notes.push(escapeMarkdown(outcome.warning));
      }
    }
  }

  if (reports.length === 0) return { notes, outputs: {} };
  const changesFile = path.resolve(config.workspace, config.diff.changesFile ?? path.join(process.env.RUNNER_TEMP ?? config.workspace, 'api-changes.json'));
  await fs.writeFile(changesFile, JSON.stringify({ specs: reports.map(toJson) }, null, 2) + '\n');
  return { notes, outputs: { 'changes-file': changesFile } };
}

/** Where a changed line is on GitHub: the file at the commit under review (the pull request's head). */
function sourceLink(context: RunContext): MarkdownOptions['sourceLink'] {
  if (!context.owner || !context.repo || !context.sha) return undefined;
  const blob = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/`;
  return (location) => `${blob}${location.file.split('/').map(encodeURIComponent).join('/')}#L${location.line}`;
}

/** Breaking changes as findings at the changed line: errors where they fail the gate. */
function changeDiagnostics(report: DiffReport): Diagnostic[] {
  return breakingAnnotations(report).map((a) => ({
    severity: a.level === 'failure' ? 'error' : 'warning',
    rule: a.title,
    message: a.message,
    location: { file: a.path, line: a.line, column: a.column, pointer: '' },
  }));
}
