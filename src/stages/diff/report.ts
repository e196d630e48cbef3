/** The diff stage on every surface; one diff's own renderings (comment, text, JSON) are in changelog.ts. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { ranWith } from '../outcome.ts';
import type { StageDefinition, StageEntry } from '../stage.ts';
import { diffOutputs, renderMarkdown, renderSummary, renderText, toJson, type DiffReport } from './changelog.ts';
import { LEVELS } from './oasdiff.ts';
import { OASDIFF_VERSION } from './oasdiff-binary.ts';

type Entry = StageEntry<DiffReport>;

export const diffStage: StageDefinition<DiffReport> = {
  name: 'diff',
  title: 'API changes',
  report: {
    text: ({ spec, outcome }) => {
      if (outcome.status === 'skipped') return [`${spec}: API diff skipped: ${outcome.reason}`];
      if (outcome.status === 'error') return [`${spec}: API diff could not run: ${outcome.error.describe()}`];
      return [renderText(outcome.data).trimEnd()];
    },
    markdown: (entries) => {
      if (entries.length === 0) return undefined;
      const parts = ['## API changes', `Compared by oasdiff ${OASDIFF_VERSION}.`];
      const notes = entries.flatMap(diffNote);
      if (notes.length) parts.push(notes.join('\n'));
      const reports = diffReports(entries);
      if (reports.length) parts.push(renderSummary(reports));
      return parts.join('\n\n');
    },
    json: (entries) => ({
      diffs: entries.map(({ spec, outcome }) => {
        if (outcome.status === 'skipped') return { spec, skipped: outcome.reason };
        if (outcome.status === 'error') return { spec, error: outcome.error.message, hint: outcome.error.hint ?? null };
        return toJson(outcome.data);
      }),
    }),
    outputs: (entries) => combinedOutputs(diffReports(entries)),
    failures: (entries) => {
      const gated = entries.filter((e) => e.outcome.status === 'failed').map((e) => e.spec);
      const broken = entries.flatMap(({ spec, outcome }) => (outcome.status === 'error' ? [`${spec}: ${outcome.error.describe()}`] : []));
      return [
        ...(gated.length ? [`breaking changes fail the gate in ${gated.join(', ')}`] : []),
        ...(broken.length ? [`the comparison could not run (${broken.join('; ')})`] : []),
      ];
    },
  },
};

/** The diffs that ran, whether or not they passed the gate. */
export function diffReports(entries: readonly Entry[]): DiffReport[] {
  return entries.flatMap((e) => ranWith(e.outcome) ?? []);
}

/** Outputs over every spec: any breaking, counts summed, the comment bodies joined; zeros when nothing was compared. */
function combinedOutputs(reports: readonly DiffReport[]): Record<string, string> {
  const each = reports.map((r) => diffOutputs(r, renderMarkdown(r)));
  const counts = Object.fromEntries(LEVELS.map((level) => [level, reports.reduce((n, r) => n + r.verdict.counts[level], 0)]));
  return {
    breaking: String(each.some((o) => o.breaking === 'true')),
    'breaking-count': String(each.reduce((n, o) => n + Number(o['breaking-count']), 0)),
    changes: JSON.stringify(counts),
    changelog: each.map((o) => o.changelog).join('\n\n'),
  };
}

function diffNote({ spec, outcome }: Entry): string[] {
  if (outcome.status === 'skipped') return [`- ${code(spec ?? '')}: not compared: ${escapeMarkdown(outcome.reason)}`];
  if (outcome.status === 'error') {
    const { message, hint } = outcome.error;
    return [`- ❌ ${code(spec ?? '')}: the comparison could not run: ${escapeMarkdown(message)}${hint ? ` ${escapeMarkdown(hint)}` : ''}`];
  }
  return [];
}
