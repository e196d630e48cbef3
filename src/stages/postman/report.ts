/** Publishing to Postman on every surface. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson } from '../outcome.ts';
import type { StageDefinition } from '../stage.ts';
import { syncSummary, type SyncResult } from './sync.ts';

export const postmanStage: StageDefinition<SyncResult> = {
  name: 'postman',
  title: 'Publish to Postman',
  report: {
    text: ({ spec, outcome }) => [
      `${spec}: ${outcome.status === 'ok' ? `published to Postman: ${outcome.data.collection.url} (${outcome.data.collection.action})` : `Postman sync ${notRun(outcome)}`}`,
    ],
    markdown: (entries) => {
      if (entries.length === 0) return undefined;
      const lines = entries.flatMap(({ spec, outcome }) => {
        const head = `- ${code(spec ?? '')}:`;
        if (outcome.status === 'ok') return [head, ...syncSummary(outcome.data).map((line) => `  ${line}`)];
        return [`${head} Postman sync ${escapeMarkdown(notRun(outcome))}`];
      });
      return ['## Postman', lines.join('\n')].join('\n\n');
    },
    json: (entries) => ({ postman: entries.map(({ spec, outcome }) => ({ spec, ...outcomeJson(outcome, (d) => d) })) }),
    failures: (entries) =>
      entries.flatMap(({ spec, outcome }) => (outcome.status === 'error' ? [`publishing to Postman failed (${spec}: ${outcome.error.describe()})`] : [])),
  },
};
