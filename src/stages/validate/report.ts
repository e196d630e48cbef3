/** The validate stage's results for each surface: terminal lines, job summary Markdown, JSON. */
import type { ValidateOutcome } from '../../pipeline.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { escapeMarkdown } from '../../text/markdown.ts';

/** Rows a summary table shows before it points at the full list (a summary holds at most 1 MiB). */
const summaryRows = 500;

export function validationText(outcomes: readonly ValidateOutcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    for (const d of o.diagnostics) {
      lines.push(`${d.location.file}:${d.location.line}:${d.location.column}: ${d.severity}: ${d.message} [${d.rule}]`);
      if (d.hint) lines.push(`  ${d.hint}`);
    }
    lines.push(`${o.spec}: ${verdict(o)}`);
  }
  return lines.join('\n');
}

export function validationMarkdown(outcomes: readonly ValidateOutcome[]): string {
  const parts = ['## OpenAPI validation'];
  for (const o of outcomes) {
    const errors = o.diagnostics.filter((d) => d.severity === 'error');
    parts.push(
      `### ${o.valid ? '✅' : '❌'} ${escapeMarkdown(o.spec)}`,
      `| version | operations | schemas | errors | warnings |\n|---|---|---|---|---|\n| ${escapeMarkdown(o.version ?? 'unknown')} | ${o.operations} | ${o.schemas} | ${errors.length} | ${o.diagnostics.length - errors.length} |`,
    );
    if (o.diagnostics.length > 0) parts.push(diagnosticTable(o.diagnostics));
  }
  return parts.join('\n\n') + '\n';
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

export function validationJson(outcomes: readonly ValidateOutcome[]): object {
  const flat = (severity: Diagnostic['severity']) =>
    outcomes.flatMap((o) =>
      o.diagnostics
        .filter((d) => d.severity === severity)
        .map((d) => ({ spec: o.spec, file: d.location.file, line: d.location.line, column: d.location.column, pointer: d.location.pointer, rule: d.rule, message: d.message, ...(d.hint ? { hint: d.hint } : {}) })),
    );
  return {
    valid: outcomes.every((o) => o.valid),
    specs: outcomes.map((o) => ({ spec: o.spec, valid: o.valid, version: o.version ?? null, operations: o.operations, schemas: o.schemas })),
    errors: flat('error'),
    warnings: flat('warning'),
  };
}

function verdict(o: ValidateOutcome): string {
  const errors = o.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = o.diagnostics.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return o.valid ? `valid OpenAPI ${o.version} (${o.operations} operations, ${o.schemas} schemas; ${counts})` : `invalid (${counts})`;
}
