/** The fastapi stage for one spec: plan the project from the model and write it, keeping the team's files. */
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { ApiModel } from '../../openapi/model/model.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { asOutcome, type StageOutcome } from '../outcome.ts';
import { specSlug } from '../spec-slug.ts';
import { planFromModel } from './plan.ts';
import { writeFastapiProject, type HandlerFinding } from './write.ts';

export interface FastapiResult {
  /** The project folder, relative to the workspace. */
  dir: string;
  written: string[];
  /** The team's files, left as they were. */
  kept: string[];
  /** Handlers whose operation vanished or whose parameters changed. */
  handlers: HandlerFinding[];
  warnings: Diagnostic[];
}

/** One project per spec: in fastapi-out itself for one spec, in a folder per spec beneath it for several. */
export function runFastapi(specPath: string, several: boolean, model: ApiModel, config: Config): Promise<StageOutcome<FastapiResult>> {
  return asOutcome(async () => {
    const dir = several ? path.join(config.fastapi.out, specSlug(specPath)) : config.fastapi.out;
    const plan = planFromModel(model);
    const written = await writeFastapiProject(plan, path.resolve(config.workspace, dir));
    return { dir: dir.split(path.sep).join('/'), ...written, warnings: plan.warnings };
  });
}
