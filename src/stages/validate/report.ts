/** The validate stage on every surface: file:line:column findings, a summary table per spec, JSON, outputs. */
import type { Diagnostic } from '../../openapi/types.ts';
import { escapeMarkdown } from '../../text/markdown.ts';
import { ranWith } from '../outcome.ts';
import type { StageDefinition, StageEntry } from '../stage.ts';
import type { Validation } from './run.ts';

/** Rows a summary table shows before it points at the full list (a summary holds at most 1 MiB). */
const summaryRows = 500;
/** Findings a terminal shows per spec: past these, a count and where the rest are. */
const textLines = 50;

type Entry = StageEntry<Validation>;

export const validateStage: StageDefinition<Validation> = {
  name: 'validate',
  title: 'Validate',
  report: {
    text: (entry) => {
      const v = validation(entry);
      const shown = v.diagnostics.slice(0, textLines);
      const lines = shown.flatMap((d) => [
        `${d.location.file}:${d.location.line}:${d.location.column}: ${d.severity}: ${d.message} [${d.rule}]`,
        ...(d.hint ? [`  ${d.hint}`] : []),
      ]);
      const rest = v.diagnostics.length - shown.length;
      const more = rest > 0 ? [`… and ${rest} more finding${rest === 1 ? '' : 's'} in ${entry.spec}; --json lists every one`] : [];
      return [...lines, ...more, `${entry.spec}: ${verdict(v)}`];
    },
    markdown: (entries) => {
      const parts = ['## OpenAPI validation'];
      for (const entry of entries) {
        const v = validation(entry);
        const errors = errorCount(v);
        parts.push(
          `### ${v.valid ? '✅' : '❌'} ${escapeMarkdown(entry.spec ?? '')}`,
          `| version | operations | schemas | errors | warnings |\n|---|---|---|---|---|\n| ${escapeMarkdown(v.version ?? 'unknown')} | ${v.operations} | ${v.schemas} | ${errors} | ${v.diagnostics.length - errors} |`,
        );
        if (v.diagnostics.length > 0) parts.push(diagnosticTable(v.diagnostics));
      }
      return parts.join('\n\n') + '\n';
    },
    json: (entries) => {
      const flat = (severity: Diagnostic['severity']) =>
        entries.flatMap((entry) =>
          validation(entry)
            .diagnostics.filter((d) => d.severity === severity)
            .map((d) => ({
              spec: entry.spec,
              file: d.location.file,
              line: d.location.line,
              column: d.location.column,
              pointer: d.location.pointer,
              rule: d.rule,
              message: d.message,
              ...(d.hint ? { hint: d.hint } : {}),
            })),
        );
      return {
        valid: entries.every((entry) => validation(entry).valid),
        specs: entries.map((entry) => {
          const v = validation(entry);
          return { spec: entry.spec, valid: v.valid, version: v.version ?? null, operations: v.operations, schemas: v.schemas };
        }),
        errors: flat('error'),
        warnings: flat('warning'),
      };
    },
    outputs: (entries) => ({
      valid: String(entries.every((entry) => validation(entry).valid)),
      'spec-version': [...new Set(entries.map((entry) => validation(entry).version ?? 'unknown'))].join(','),
      operations: String(entries.reduce((n, entry) => n + validation(entry).operations, 0)),
      errors: String(totalErrors(entries)),
    }),
    failures: (entries) => {
      const errors = totalErrors(entries);
      return errors > 0 ? [`the OpenAPI description is invalid: ${errors} error(s)`] : [];
    },
  },
};

/** Every finding of the run, for annotations and the check run. */
export function validationDiagnostics(entries: readonly Entry[]): Diagnostic[] {
  return entries.flatMap((entry) => validation(entry).diagnostics);
}

const empty: Validation = { valid: false, operations: 0, schemas: 0, diagnostics: [] };

function validation(entry: Entry): Validation {
  return ranWith(entry.outcome) ?? empty;
}

function errorCount(v: Validation): number {
  return v.diagnostics.filter((d) => d.severity === 'error').length;
}

function totalErrors(entries: readonly Entry[]): number {
  return entries.reduce((n, entry) => n + errorCount(validation(entry)), 0);
}

function diagnosticTable(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.slice(0, summaryRows).map((d) => {
    const where = `${d.location.file}:${d.location.line}:${d.location.column}`;
    const what = escapeMarkdown(d.message) + (d.hint ? `<br>${escapeMarkdown(d.hint)}` : '');
    return `| ${d.severity === 'error' ? '❌ error' : '⚠️ warning'} | ${escapeMarkdown(where)} | ${what} | ${escapeMarkdown(d.rule)} |`;
  });
  const cut = diagnostics.length > summaryRows ? `\n\n${diagnostics.length - summaryRows} more are in the CLI's JSON output (\`validate --json\`).` : '';
  return `| | where | what | rule |\n|---|---|---|---|\n${rows.join('\n')}${cut}`;
}

function verdict(v: Validation): string {
  const errors = errorCount(v);
  const warnings = v.diagnostics.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return v.valid ? `valid OpenAPI ${v.version} (${v.operations} operations, ${v.schemas} schemas; ${counts})` : `invalid (${counts})`;
}
