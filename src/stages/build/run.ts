/**
 * The build stage as the pipeline runs it: one image for the run, from the generated project, with
 * the spec's `info` in its labels. Nothing that fails the gate is built.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { asOutcome, invalidSpec, skipped, type StageOutcome } from '../outcome.ts';
import type { BuildResult } from './build.ts';
import type { ImageRunContext, SpecInfo } from './metadata.ts';

/** What the build needs from the run beyond the Config: tags and labels, and the default image and login. */
export interface ImageContext {
  run: ImageRunContext;
  /** The image when the image input is not given (GitHub's registry, for the repository). */
  defaultName?: string;
  /** The login when no registry credentials are given (the workflow token, for GitHub's registry). */
  defaultCredentials?: { username: string; password: string };
  /** Told each registry logged in to, so the action's post step logs out of it. */
  onLogin?: (server: string) => void;
}

/** The spec the image serves, as far as the build cares. */
export interface BuiltSpec {
  valid: boolean;
  /** The gate failed: the image must not be built. */
  gated: boolean;
  info: SpecInfo;
}

const noRun: ImageRunContext = {
  eventName: undefined,
  ref: undefined,
  sha: undefined,
  defaultBranch: undefined,
  pullRequest: undefined,
  repositoryUrl: undefined,
};

/** `specs`: the run's specs; the build takes one (or none, for a project built on its own). */
export async function runBuild(
  specs: readonly BuiltSpec[],
  config: Config,
  image: ImageContext | undefined,
  log?: (line: string) => void,
): Promise<StageOutcome<BuildResult>> {
  if (specs.length > 1)
    return {
      status: 'error',
      error: new UserError(
        `the build stage builds one service, and the spec input names ${specs.length} specs`,
        undefined,
        'Run the build in a step of its own with one spec.',
      ),
    };
  const spec = specs[0];
  if (spec && !spec.valid) return invalidSpec;
  // The gate stops the release here: nothing that breaks clients is built, pushed or deployed.
  if (spec?.gated) return skipped('breaking changes fail the gate, so no image is built; see the API changes');
  const projectDir = path.resolve(config.workspace, config.build.projectDir);
  // A project folder the run generated may lack its Dockerfile only when generation failed; one named on its own must have it.
  if (spec) {
    try {
      await fs.access(path.join(projectDir, 'Dockerfile'));
    } catch {
      return skipped(`no Dockerfile in ${config.build.projectDir}: the fastapi stage generates the project there`);
    }
  }
  const name = config.build.image ?? image?.defaultName;
  if (!name)
    return { status: 'error', error: new UserError('the build stage needs an image name', undefined, 'Give the image input (--image), e.g. ghcr.io/org/api.') };
  const { buildImage } = await import('./build.ts');
  const given =
    config.build.registryPassword !== undefined ? { username: config.build.registryUsername ?? '', password: config.build.registryPassword } : undefined;
  const credentials = given ?? (name.startsWith('ghcr.io/') ? image?.defaultCredentials : undefined);
  return asOutcome(() =>
    buildImage(
      {
        projectDir,
        image: name,
        push: config.build.push,
        buildArgs: config.build.buildArgs,
        network: config.build.network,
        credentials,
        singleManifest: config.build.singleManifest,
      },
      { run: image?.run ?? noRun, info: spec?.info ?? {}, log, onLogin: image?.onLogin },
    ),
  );
}
