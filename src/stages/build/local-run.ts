import { gitText } from '../../git/git.ts';
import type { ImageRunContext } from './metadata.ts';

/** What git says about the working copy, for the image's tags and labels on a laptop. */
export async function localRun(cwd: string): Promise<ImageRunContext> {
  const branch = await gitText(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']);
  return {
    eventName: undefined,
    ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : undefined,
    sha: await gitText(cwd, ['rev-parse', 'HEAD']),
    defaultBranch: undefined,
    pullRequest: undefined,
    repositoryUrl: undefined,
  };
}
