/** The build stage on every surface. */
import { code, escapeMarkdown } from '../../text/markdown.ts';
import { notRun, outcomeJson, ranWith } from '../outcome.ts';
import type { StageDefinition } from '../stage.ts';
import type { BuildResult } from './build.ts';

export const buildStage: StageDefinition<BuildResult> = {
  name: 'build',
  title: 'Build the image',
  report: {
    text: ({ outcome }) => {
      const result = ranWith(outcome);
      return [result ? describeBuild(result) : `image build ${notRun(outcome)}`];
    },
    markdown: (entries) => {
      const outcome = entries[0]?.outcome;
      if (!outcome) return undefined;
      const result = ranWith(outcome);
      if (!result) return ['## Container image', `- ${escapeMarkdown(notRun(outcome))}`].join('\n\n');
      const head = result.reference ? `Pushed ${code(result.reference)}` : `Built ${code(result.image)} (not pushed)`;
      return ['## Container image', `${head}, tagged ${result.tags.map(code).join(', ')}; build id ${code(result.buildId)}.`].join('\n\n');
    },
    json: (entries) => {
      const outcome = entries[0]?.outcome;
      if (!outcome) return {};
      return {
        build: outcomeJson(outcome, (d) => ({
          image: d.image,
          digest: d.digest ?? null,
          reference: d.reference ?? null,
          buildId: d.buildId,
          tags: d.tags,
          labels: d.metadata.labels,
        })),
      };
    },
    outputs: (entries) => {
      const outcome = entries[0]?.outcome;
      return outcome?.status === 'ok' ? buildOutputs(outcome.data) : {};
    },
    failures: (entries) => entries.flatMap(({ outcome }) => (outcome.status === 'error' ? [`the image could not be built (${outcome.error.describe()})`] : [])),
  },
};

/**
 * The action's outputs: `tags` one a line as docker/metadata-action writes them, `metadata` the
 * JSON of tags, labels and version.
 */
export function buildOutputs(result: BuildResult): { image: string; digest: string; tags: string; metadata: string; 'build-id': string } {
  return {
    image: result.image,
    'build-id': result.buildId,
    digest: result.digest ?? '',
    tags: result.tags.join('\n'),
    metadata: JSON.stringify({ ...result.metadata, digest: result.digest, reference: result.reference }),
  };
}

/** What `build` prints without --json: the digest to deploy (when pushed), then each tag. */
export function describeBuild(result: BuildResult): string {
  const head = result.reference ? [`pushed ${result.reference}`] : [`built ${result.imageId ?? result.image} (not pushed)`];
  return [...head, `  build id ${result.buildId} (its X-Build-Id header)`, ...result.tags.map((tag) => `  ${tag}`)].join('\n');
}

/** What `build --json` prints: the outputs, with the tags and metadata as JSON rather than text. */
export function buildCommandJson(result: BuildResult): object {
  return { ...buildOutputs(result), reference: result.reference ?? null, tags: result.tags, metadata: result.metadata };
}
