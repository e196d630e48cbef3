/** Commit-back on every surface: what was committed where, or why nothing was. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { ranWith } from '../outcome.ts';
import type { StageDefinition } from '../stage.ts';
import type { CommitBackResult } from './commit.ts';

export const commitBackStage: StageDefinition<CommitBackResult> = {
  name: 'commit-back',
  title: 'Commit the regenerated files back',
  report: {
    text: ({ outcome }) => {
      if (outcome.status === 'skipped') return [`commit-back: nothing committed: ${outcome.reason}`];
      if (outcome.status === 'error') return [`commit-back failed: ${outcome.error.describe()}`];
      const { branch, commit, files } = outcome.data;
      return [
        commit
          ? `commit-back: committed ${files.length} regenerated file(s) as ${commit.slice(0, 12)} to ${branch}`
          : `commit-back: the regenerated files match ${branch}: nothing to commit`,
      ];
    },
    markdown: (entries) => {
      const outcome = entries[0]?.outcome;
      if (!outcome) return undefined;
      const lines = ['## Commit-back', ''];
      if (outcome.status === 'skipped') lines.push(`Nothing committed: ${escapeMarkdown(outcome.reason)}.`);
      else if (outcome.status === 'error')
        lines.push(`❌ ${escapeMarkdown(outcome.error.message)}${outcome.error.hint ? ` ${escapeMarkdown(outcome.error.hint)}` : ''}`);
      else {
        const { branch, commit, files, pullRequest } = outcome.data;
        if (!commit) lines.push(`The regenerated files match ${code(branch)}: nothing to commit.`);
        else lines.push(`Committed ${files.length} regenerated file(s) as ${code(commit.slice(0, 12))} to ${code(branch)}.`);
        if (pullRequest) lines.push('', `${pullRequest.created ? 'Opened' : 'Updated'} pull request [#${pullRequest.number}](${encodeURI(pullRequest.url)}).`);
      }
      return lines.join('\n');
    },
    outputs: (entries): Record<string, string> => {
      if (entries.length === 0) return {};
      const data = ranWith(entries[0]!.outcome);
      return { 'commit-back-commit': data?.commit ?? '', 'commit-back-pull-request': data?.pullRequest?.url ?? '' };
    },
    failures: (entries) => entries.flatMap(({ outcome }) => (outcome.status === 'error' ? [`Commit-back failed: ${outcome.error.describe()}`] : [])),
  },
};
