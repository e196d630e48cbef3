/** The fastapi stage on every surface, and the handler report a regeneration owes the team. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson, ranWith } from '../outcome.ts';
import type { StageDefinition } from '../stage.ts';
import type { FastapiResult } from './run.ts';

export const fastapiStage: StageDefinition<FastapiResult> = {
  name: 'fastapi',
  title: 'FastAPI project',
  report: {
    text: ({ spec, outcome }) => {
      const result = ranWith(outcome);
      if (!result) return [`${spec}: FastAPI project ${notRun(outcome)}`];
      const { dir, written, kept, handlers } = result;
      return [
        `${spec}: FastAPI project ${dir} (${written.length} files written, ${kept.length} of yours kept)`,
        ...handlers.map((h) => `  ${dir}/${h.file}: ${h.function}: ${h.detail}`),
      ];
    },
    markdown: (entries) => {
      if (entries.length === 0) return undefined;
      const lines = entries.map(({ spec, outcome }) => {
        const result = ranWith(outcome);
        if (!result) return `- ${code(spec ?? '')}: ${escapeMarkdown(notRun(outcome))}`;
        const { dir, written, kept, handlers } = result;
        const head = `- ${code(spec ?? '')}: ${code(dir)}, ${written.length} generated files written, ${kept.length} of your files kept.`;
        if (!handlers.length) return head;
        return [
          head,
          `  Handlers to look at (${handlers.length}):`,
          ...handlers.map((h) => `  - ${code(`${h.file}`)} ${code(h.function)}: ${escapeMarkdown(h.detail)}`),
        ].join('\n');
      });
      return ['## FastAPI project', lines.join('\n')].join('\n\n');
    },
    json: (entries) => ({
      fastapi: entries.map(({ spec, outcome }) => ({
        spec,
        ...outcomeJson(outcome, (d) => ({ dir: d.dir, written: d.written.length, kept: d.kept, handlers: d.handlers })),
      })),
    }),
    outputs: (entries) => {
      const projects = entries.flatMap((e) => (e.outcome.status === 'ok' ? [e.outcome.data] : []));
      return {
        'fastapi-dir': projects.map((p) => p.dir).join('\n'),
        'handler-report': JSON.stringify(projects.flatMap((p) => p.handlers.map((h) => ({ ...h, file: `${p.dir}/${h.file}` })))),
      };
    },
    failures: (entries) =>
      entries.flatMap(({ spec, outcome }) =>
        outcome.status === 'error' ? [`the FastAPI project could not be written (${spec}: ${outcome.error.describe()})`] : [],
      ),
  },
};

/** What the `fastapi` command prints: the files written and kept, each handler to look at, each warning at its line. */
export function fastapiCommandText(result: FastapiResult): string {
  return [
    `wrote ${result.written.length} files to ${result.dir}${result.kept.length ? `; kept ${result.kept.length} of yours: ${result.kept.join(', ')}` : ''}`,
    ...result.handlers.map((h) => `${result.dir}/${h.file}: ${h.function}: ${h.detail}`),
    ...result.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: warning: ${w.message} [${w.rule}]`),
  ].join('\n');
}
