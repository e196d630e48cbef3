/**
 * Stage order. Each spec is loaded once; every stage works from that Spec and returns a result, and
 * every surface (terminal, summary, annotations, outputs) is rendered from those results.
 */
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Config } from './config.ts';
import { UserError } from './errors.ts';
import { InvalidSpecError, loadSpec } from './spec/load.ts';
import type { Diagnostic, SpecFamily } from './spec/types.ts';
import { validateSpec } from './spec/validate/index.ts';

export interface ValidateOutcome {
  /** The spec as the user named it, relative to the workspace. */
  spec: string;
  valid: boolean;
  family?: SpecFamily;
  version?: string;
  operations: number;
  schemas: number;
  diagnostics: Diagnostic[];
}

export interface PipelineReport {
  ok: boolean;
  validations: ValidateOutcome[];
}

export async function runPipeline(config: Config): Promise<PipelineReport> {
  const specs = await expandSpecs(config);
  const validations: ValidateOutcome[] = [];
  for (const spec of specs) validations.push(await validateOne(spec, config));
  return { ok: validations.every((v) => v.valid), validations };
}

async function validateOne(spec: string, config: Config): Promise<ValidateOutcome> {
  try {
    const loaded = await loadSpec(path.resolve(config.workspace, spec), {
      root: config.root === undefined ? undefined : path.resolve(config.workspace, config.root),
      allowRemoteRefs: config.allowRemoteRefs,
      limits: { maxFileBytes: config.maxFileSize },
      displayBase: config.workspace,
    });
    return { spec, ...validateSpec(loaded) };
  } catch (error) {
    if (error instanceof InvalidSpecError) return { spec, valid: false, operations: 0, schemas: 0, diagnostics: error.diagnostics };
    throw error;
  }
}

/** Paths are kept as given; patterns expand to the files they match, in a stable order. */
async function expandSpecs(config: Config): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of config.specs) {
    const isPattern = /[*?[\]{}]/.test(pattern);
    const matches = isPattern ? (await glob(pattern, { cwd: config.workspace, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })).sort() : [pattern];
    if (matches.length === 0) {
      throw new UserError(`the spec pattern "${pattern}" matches no file`, undefined, 'Check the spec input; patterns are relative to the repository root.');
    }
    for (const match of matches) if (!found.includes(match)) found.push(match);
  }
  return found;
}
