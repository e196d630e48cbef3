/** The collection stage on every surface. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson, ranWith } from '../outcome.ts';
import type { StageDefinition, StageEntry } from '../stage.ts';
import type { CollectionResult } from './run.ts';

export const collectionStage: StageDefinition<CollectionResult> = {
  name: 'collection',
  title: 'Postman collection',
  report: {
    text: ({ spec, outcome }) => {
      const result = ranWith(outcome);
      if (!result) return [`${spec}: Postman collection ${notRun(outcome)}`];
      const { file, requests, preserved, removed } = result;
      return [
        `${spec}: Postman collection ${file} (${requests} operations with contract tests; edits kept on ${preserved.length}, ${removed.length} removed)`,
        ...(result.notes ?? []).map((note) => `  warning: ${note}`),
      ];
    },
    markdown: (entries) =>
      entries.length ? ['## Postman collection', entries.map((e) => `- ${code(e.spec ?? '')}: ${summaryLine(e)}`).join('\n')].join('\n\n') : undefined,
    json: (entries) => ({ collections: entries.map(({ spec, outcome }) => ({ spec, ...outcomeJson(outcome, (d) => d) })) }),
    outputs: (entries) => ({ 'collection-file': entries.flatMap((e) => (e.outcome.status === 'ok' ? [e.outcome.data.file] : [])).join('\n') }),
    failures: (entries) =>
      entries.flatMap(({ spec, outcome }) =>
        outcome.status === 'error' ? [`the collection could not be written (${spec}: ${outcome.error.describe()})`] : [],
      ),
  },
};

/** What the `collection` command prints: every file written, the counts, and each warning at its line. */
export function collectionCommandText(result: CollectionResult): string {
  return [
    ...result.files.map((f) => `wrote ${f}`),
    `${result.requests} operations with contract tests; people's edits kept on ${result.preserved.length}, ${result.removed.length} removed`,
    ...result.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: warning: ${w.message} [${w.rule}]`),
  ].join('\n');
}

function summaryLine({ outcome }: StageEntry<CollectionResult>): string {
  const result = ranWith(outcome);
  if (!result) return escapeMarkdown(notRun(outcome));
  const { file, requests, preserved, removed, warnings } = result;
  const notes = (result.notes ?? []).map((note) => ` Warning: ${escapeMarkdown(note)}.`).join('');
  return `${code(file)}: ${requests} operations with contract tests; people's edits kept on ${preserved.length}, ${removed.length} removed${warnings.length ? `; ${warnings.length} warnings` : ''}.${notes}`;
}
