/** A whole run for each surface: the validation part, then every spec's diff (or why it did not run). */
import { renderSummary, renderText, toJson, type MarkdownOptions } from '../diff/changelog.ts';
import type { PipelineReport, SpecRun } from '../pipeline.ts';
import { code, escapeMarkdown } from './markdown.ts';
import { validationJson, validationMarkdown, validationText } from './validation.ts';

export function pipelineText(report: PipelineReport): string {
  const parts = [validationText(report.validations)];
  for (const run of report.runs) {
    if (!run.diff) continue;
    if (run.diff.status === 'skipped') parts.push(`${run.spec}: API diff skipped: ${run.diff.reason}`);
    else if (run.diff.status === 'error') parts.push(`${run.spec}: API diff could not run: ${run.diff.error.describe()}`);
    else parts.push(renderText(run.diff.data).trimEnd());
  }
  return parts.join('\n');
}

export function pipelineMarkdown(report: PipelineReport, options: MarkdownOptions = {}): string {
  const parts = [validationMarkdown(report.validations)];
  const withDiff = report.runs.filter((r) => r.diff);
  if (withDiff.length > 0) {
    parts.push('## API changes');
    const notes = withDiff.flatMap(diffNote);
    if (notes.length) parts.push(notes.join('\n'));
    if (report.diffs.length) parts.push(renderSummary(report.diffs, options));
  }
  return parts.join('\n\n') + '\n';
}

function diffNote(run: SpecRun): string[] {
  if (run.diff?.status === 'skipped') return [`- ${code(run.spec)}: not compared: ${escapeMarkdown(run.diff.reason)}`];
  if (run.diff?.status === 'error') {
    const { message, hint } = run.diff.error;
    return [`- ❌ ${code(run.spec)}: the comparison could not run: ${escapeMarkdown(message)}${hint ? ` ${escapeMarkdown(hint)}` : ''}`];
  }
  return [];
}

export function pipelineJson(report: PipelineReport): object {
  return {
    ok: report.ok,
    ...validationJson(report.validations),
    diffs: report.runs.flatMap((run) => {
      if (!run.diff) return [];
      if (run.diff.status === 'skipped') return [{ spec: run.spec, skipped: run.diff.reason }];
      if (run.diff.status === 'error') return [{ spec: run.spec, error: run.diff.error.message, hint: run.diff.error.hint ?? null }];
      return [toJson(run.diff.data)];
    }),
  };
}
