/**
 * The generated project as "the deployed URL" on a laptop: its image in a container when an engine
 * answers (what a deploy would ship), else the code under uvicorn. A failed image build falls back
 * too, with docker's reason, since a laptop without the base image can still test the code.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../../errors.ts';
import { localRun } from '../build/local-run.ts';
import type { SpecInfo } from '../build/metadata.ts';
import type { LocalServer } from './run.ts';
import type { ServeWith } from '../../config.ts';

export interface LocalServing {
  using: ServeWith;
  buildArgs: Record<string, string>;
  /** The folder paths are shown relative to. */
  cwd: string;
  /** Says what is being started, and why a fallback was taken. */
  note: (text: string) => void;
}

/** `credentials`: what the server is started with, per security scheme (it refuses everything else). */
export async function serveLocally(dir: string, info: SpecInfo, credentials: Readonly<Record<string, string>>, serving: LocalServing): Promise<LocalServer> {
  const { using, note } = serving;
  const shown = path.relative(serving.cwd, dir) || '.';
  if (using !== 'uvicorn') {
    const { engineAnswers, serveImage } = await import('../build/serve-image.ts');
    if (await engineAnswers()) {
      note(`building the image of ${shown} and starting it (docker)`);
      try {
        const name =
          path
            .basename(dir)
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '') || 'api';
        const running = await serveImage({
          projectDir: dir,
          image: `fpd-local/${name}:dev`,
          buildArgs: serving.buildArgs,
          info,
          run: await localRun(serving.cwd),
          credentials,
        });
        note(`serving the image as container ${running.container.slice(0, 12)} on ${running.url}`);
        return running;
      } catch (error) {
        if (!(error instanceof UserError) || using === 'docker') throw error;
        note(`the image could not be built or started (${error.message.trim().split('\n').at(-1)}); serving the code with uvicorn instead`);
      }
    } else if (using === 'docker')
      throw new UserError('--serve-with docker: no Docker engine answers', undefined, 'Start the engine, or use --serve-with uvicorn.');
  }
  const { serveProject } = await import('../fastapi/serve.ts');
  note(`starting the generated server in ${shown} with uvicorn (the first start installs its dependencies)`);
  // A fresh build id: the tests then run only against this server, not a stale one on the port.
  return serveProject({ dir, port: 0, buildId: `local-${randomBytes(6).toString('hex')}`, credentials });
}
