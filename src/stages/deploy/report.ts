/**
 * The deploy stage on every surface: what happened to the candidate, and which build serves at the
 * end. Platform answers reach these lines only as failure excerpts, masked by the folder runner and
 * escaped here like any other outside text.
 */
import { clip, code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson, ranWith } from '../outcome.ts';
import type { StageDefinition } from '../stage.ts';
import type { DeployOutcome } from './run.ts';

export const deployStage: StageDefinition<DeployOutcome> = {
  name: 'deploy',
  title: 'Deploy',
  report: {
    text: ({ outcome }) => {
      const result = ranWith(outcome);
      if (!result) return [`deploy ${notRun(outcome)}`];
      return [
        verdictLine(result),
        ...(result.failure ? [`  why: ${result.failure}`] : []),
        ...result.notes.map((note) => `  ${note}`),
        ...result.phases.map((p) => `  ${p.ok ? '✓' : '✗'} ${p.folder} (${p.requests} request(s))`),
        `  deployment collection: ${result.files.join(', ')}`,
      ];
    },
    markdown: (entries) => {
      const outcome = entries[0]?.outcome;
      if (!outcome) return undefined;
      const result = ranWith(outcome);
      if (!result) return `## Deploy\n\n- ${escapeMarkdown(notRun(outcome))}`;
      const rows = result.phases.map(
        (p) => `| ${escapeMarkdown(p.folder)} | ${p.ok ? 'passed' : 'failed'} | ${p.requests} | ${escapeMarkdown(clip(p.failures[0] ?? '', 300))} |`,
      );
      return [
        '## Deploy',
        escapeMarkdown(verdictLine(result)),
        ...(result.failure ? [`Why: ${escapeMarkdown(clip(result.failure, 500))}`] : []),
        ...result.notes.map((note) => escapeMarkdown(note)),
        ['| step | result | requests | first failure |', '| --- | --- | --- | --- |', ...rows].join('\n'),
        `${(result.durationMs / 1000).toFixed(1)} s in all, the contract tests included.`,
        `The same deployment runs from Postman or Newman with ${result.files.map(code).join(' and ')} (fill in the secret variables).`,
      ].join('\n\n');
    },
    json: (entries) => {
      const outcome = entries[0]?.outcome;
      return outcome ? { deploy: outcomeJson(outcome, (d) => d) } : {};
    },
    outputs: (entries): Record<string, string> => {
      const result = ranWith(entries[0]?.outcome);
      if (!result) return {};
      return {
        'deploy-verdict': result.verdict,
        'deploy-url': result.serviceUrl ?? '',
        'candidate-url': result.candidateUrl ?? '',
        'serving-build': result.servingBuild ?? '',
      };
    },
    failures: (entries) =>
      entries.flatMap(({ outcome }) => {
        if (outcome.status === 'error') return [`the deploy could not run (${outcome.error.describe()})`];
        if (outcome.status !== 'failed') return [];
        const result = outcome.data;
        return [result.verdict === 'failed' ? `the deploy failed${result.failure ? `: ${result.failure}` : ''}` : `the candidate was ${result.verdict}`];
      }),
  },
};

/** One sentence: what happened to build X on the platform, and what serves now. */
export function verdictLine(result: DeployOutcome): string {
  const where = `${result.platform} service ${result.service}`;
  const serving = result.servingBuild
    ? `build ${result.servingBuild} serves at ${result.serviceUrl}`
    : result.serviceUrl
      ? `${result.serviceUrl} did not say which build serves`
      : 'the service URL is unknown';
  switch (result.verdict) {
    case 'promoted':
      return `build ${result.buildId} passed its contract on ${where} and was promoted; ${serving}`;
    case 'not promoted':
      return `build ${result.buildId} broke its contract on ${where} and was never given traffic; ${serving}`;
    case 'rolled back':
      return `build ${result.buildId} was rolled back on ${where} to release ${result.previousRelease}; ${serving}`;
    case 'failed':
      return `the deploy of build ${result.buildId} to ${where} failed; ${serving}`;
  }
}
