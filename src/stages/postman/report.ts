/** Publishing to Postman on every surface. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson } from '../outcome.ts';
import type { StageDefinition } from '../stage.ts';
import type { PostmanOutcome } from './run.ts';
import { syncSummary } from './sync.ts';

export const postmanStage: StageDefinition<PostmanOutcome> = {
  name: 'postman',
  title: 'Publish to Postman',
  report: {
    text: ({ spec, outcome }) => [
      `${spec}: ${outcome.status === 'ok' ? `published to Postman: ${outcome.data.collection.url} (${outcome.data.collection.action})` : `Postman sync ${notRun(outcome)}`}`,
      ...(outcome.status === 'ok' && outcome.data.deployment
        ? [`  and its deployment collection: ${outcome.data.deployment.collection.url} (${outcome.data.deployment.collection.action})`]
        : []),
    ],
    markdown: (entries) => {
      if (entries.length === 0) return undefined;
      const lines = entries.flatMap(({ spec, outcome }) => {
        const head = `- ${code(spec ?? '')}:`;
        if (outcome.status === 'ok')
          return [head, ...[...syncSummary(outcome.data), ...(outcome.data.deployment ? syncSummary(outcome.data.deployment) : [])].map((line) => `  ${line}`)];
        return [`${head} Postman sync ${escapeMarkdown(notRun(outcome))}`];
      });
      return ['## Postman', lines.join('\n')].join('\n\n');
    },
    json: (entries) => ({ postman: entries.map(({ spec, outcome }) => ({ spec, ...outcomeJson(outcome, (d) => d) })) }),
    failures: (entries) =>
      entries.flatMap(({ spec, outcome }) => (outcome.status === 'error' ? [`publishing to Postman failed (${spec}: ${outcome.error.describe()})`] : [])),
  },
};
