/**
 * The contract run's results for a terminal and a job summary: one line (or row) per operation
 * with its failing rules and the response status and excerpt. Every piece of text from the spec or
 * the server goes through escapeMarkdown; failing operations come first.
 */
import { clip, code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson, ranWith } from '../outcome.ts';
import type { StageDefinition, StageEntry } from '../stage.ts';
import type { ContractReport, OperationResult } from './results.ts';
import type { ContractOutcome } from './run.ts';

/** Rows a summary table shows before it points at the JSON result (a summary holds at most 1 MiB). */
const SUMMARY_ROWS = 300;

export const contractStage: StageDefinition<ContractOutcome> = {
  name: 'contract',
  title: 'Contract tests',
  report: {
    text: ({ spec, outcome }) => {
      const result = ranWith(outcome);
      if (!result) return [`${spec}: contract tests ${notRun(outcome)}`];
      const build = result.readiness?.build;
      return [
        `${spec}: contract tests against ${result.report.url}${build ? ` (build ${build} answering)` : ''}`,
        contractText(result.report),
        ...leftOutLines(result.leftOut),
      ];
    },
    markdown: (entries) => {
      if (entries.length === 0) return undefined;
      return entries
        .map(({ spec, outcome }) => {
          const result = ranWith(outcome);
          if (!result) return `## Contract tests\n\n- ${code(spec ?? '')}: ${escapeMarkdown(notRun(outcome))}`;
          const build = result.readiness?.build;
          return (
            contractMarkdown(result.report).trimEnd() +
            (build ? `\n\nBuild ${code(build)} was answering (its X-Build-Id header) when the tests ran.` : '') +
            (result.leftOut.length > 0 ? `\n\n${escapeMarkdown(leftOutLines(result.leftOut).join(' ').trim())}` : '')
          );
        })
        .join('\n\n');
    },
    json: (entries) => ({ contracts: entries.map(({ spec, outcome }) => ({ spec, ...outcomeJson(outcome, (d) => d.report) })) }),
    outputs: (entries) => {
      const reports = entries.flatMap((e) => ranWith(e.outcome)?.report ?? []);
      return {
        'contract-passed': String(reports.reduce((n, r) => n + r.passed, 0)),
        'contract-failed': String(reports.reduce((n, r) => n + r.failed, 0)),
      };
    },
    failures: (entries) => {
      const failing = entries.reduce((n, e) => n + (e.outcome.status === 'failed' ? e.outcome.data.report.failed : 0), 0);
      const stopped = entries.flatMap(({ spec, outcome }) => (outcome.status === 'error' ? [`${spec ?? 'the collection'}: ${outcome.error.describe()}`] : []));
      return [
        ...(failing ? [`${failing} operation(s) break the contract`] : []),
        ...(stopped.length ? [`the contract tests could not run (${stopped.join('; ')})`] : []),
      ];
    },
  },
};

/** Failing operations at their spec lines, for annotations and the check run. */
export function contractDiagnostics(entries: readonly StageEntry<ContractOutcome>[]) {
  return entries.flatMap((e) => (e.outcome.status === 'failed' ? e.outcome.data.diagnostics : []));
}

export function contractText(report: ContractReport): string {
  const lines = ordered(report).map((o) => {
    const head = `${o.outcome === 'passed' ? 'pass' : 'FAIL'}  ${o.operation} (${o.label})`;
    const why = o.failures.map((f) => `\n      ${f.rule}: ${f.message}`).join('');
    const answer = o.outcome === 'failed' && o.response ? `\n      answered ${o.response.status}: ${clip(o.response.excerpt.replace(/\s+/g, ' '), 200)}` : '';
    return `${head}${why}${answer}`;
  });
  lines.push(verdict(report));
  return lines.join('\n');
}

export function contractMarkdown(report: ContractReport): string {
  const rows = ordered(report)
    .slice(0, SUMMARY_ROWS)
    .map((o) => {
      const failing = o.failures.map((f) => `<b>${escapeMarkdown(f.rule)}</b>: ${escapeMarkdown(clip(f.message, 300))}`).join('<br>');
      const response = o.response
        ? `${o.response.status}${o.outcome === 'failed' && o.response.excerpt ? ` <code>${escapeMarkdown(clip(o.response.excerpt, 200))}</code>` : ''}`
        : '—';
      return `| ${icon(o)} | ${escapeMarkdown(o.operation)} | ${escapeMarkdown(o.label)} | ${failing || '—'} | ${response} |`;
    });
  const cut = report.operations.length > SUMMARY_ROWS ? `\n\n${report.operations.length - SUMMARY_ROWS} more operations are in the JSON result file.` : '';
  return (
    [`## Contract tests`, verdict(report), `| | operation | request | failing rules | response |\n|---|---|---|---|---|\n${rows.join('\n')}${cut}`].join(
      '\n\n',
    ) + '\n'
  );
}

function verdict(report: ContractReport): string {
  const { exercised, documented } = report.coverage;
  return `${report.failed === 0 ? 'All' : `${report.failed} of`} ${documented} operations ${report.failed === 0 ? 'honour' : 'break'} the contract; coverage ${exercised}/${documented} operations exercised, in ${(report.durationMs / 1000).toFixed(1)} s.`;
}

function ordered(report: ContractReport): OperationResult[] {
  return [...report.operations].sort((a, b) => Number(a.outcome === 'passed') - Number(b.outcome === 'passed'));
}

function icon(o: OperationResult): string {
  return o.outcome === 'passed' ? '✅' : o.outcome === 'failed' ? '❌' : '⏭️';
}

/** The operations a scoped run did not send, and why: a reviewer must see what was not tested. */
function leftOutLines(leftOut: ContractOutcome['leftOut']): string[] {
  if (leftOut.length === 0) return [];
  const shown = leftOut.slice(0, 10).map((l) => `${l.label} (${l.reason})`);
  return [`  not sent: ${shown.join('; ')}${leftOut.length > 10 ? `; and ${leftOut.length - 10} more` : ''}`];
}
