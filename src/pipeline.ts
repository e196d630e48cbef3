/**
 * Stage order and concurrency. Each spec is loaded once; every stage works from that Spec and
 * returns an outcome, and every surface (terminal, summary, annotations, outputs) is rendered from
 * those outcomes. The diff runs oasdiff in a child process while validation runs here.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Config, Stage } from './config.ts';
import type { ContractRun } from './contract/run.ts';
import type { CollectionResult } from './postman/stage.ts';
import { retrieveBase, type BaseEvent } from './diff/base.ts';
import type { DiffReport } from './diff/changelog.ts';
import { diffSpec } from './diff/diff.ts';
import { findOasdiff, type OasdiffBinary } from './diff/oasdiff-binary.ts';
import { UserError } from './errors.ts';
import { InvalidSpecError, loadSpec } from './spec/load.ts';
import type { LoadedSpec } from './spec/loaded-spec.ts';
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

/** `error`: the stage could not run (a user-side cause, such as a base commit that cannot be fetched). */
export type StageOutcome<T> = { status: 'ok' | 'failed'; data: T } | { status: 'skipped'; reason: string } | { status: 'error'; error: UserError };

export interface ContractOutcome extends ContractRun {
  /** Failing operations, located where the spec declares them. */
  diagnostics: Diagnostic[];
}

export interface SpecRun {
  spec: string;
  validation: ValidateOutcome;
  /** Each absent when its stage was not asked for. */
  diff?: StageOutcome<DiffReport>;
  collection?: StageOutcome<CollectionResult>;
  contract?: StageOutcome<ContractOutcome>;
}

export interface PipelineReport {
  ok: boolean;
  runs: SpecRun[];
  validations: ValidateOutcome[];
  /** The diffs that ran. */
  diffs: DiffReport[];
}

/** What the run knows beyond the Config: the event's base and labels, from the runner or the CLI. */
export interface PipelineContext {
  /** What to compare with; undefined when the event implies no base and none was given. */
  baseEvent?: BaseEvent;
  labels: readonly string[];
  log?: (message: string) => void;
}

export async function runPipeline(config: Config, context: PipelineContext = { labels: [] }): Promise<PipelineReport> {
  const specs = await expandSpecs(config);
  let binary: Promise<OasdiffBinary> | undefined;
  const oasdiff = () => (binary ??= findOasdiff({ explicit: config.diff.oasdiffPath, log: context.log }));
  const runs: SpecRun[] = [];
  for (const spec of specs) runs.push(await runSpec(spec, config, context, oasdiff));
  const failed = (r: SpecRun) => !r.validation.valid || [r.diff, r.collection, r.contract].some((o) => o?.status === 'failed' || o?.status === 'error');
  return {
    ok: !runs.some(failed),
    runs,
    validations: runs.map((r) => r.validation),
    diffs: runs.flatMap((r) => (r.diff && (r.diff.status === 'ok' || r.diff.status === 'failed') ? [r.diff.data] : [])),
  };
}

async function runSpec(spec: string, config: Config, context: PipelineContext, oasdiff: () => Promise<OasdiffBinary>): Promise<SpecRun> {
  const file = path.resolve(config.workspace, spec);
  const loading = loadSpec(file, {
    root: config.root === undefined ? undefined : path.resolve(config.workspace, config.root),
    allowRemoteRefs: config.allowRemoteRefs,
    limits: { maxFileBytes: config.maxFileSize },
    displayBase: config.workspace,
  });
  // The diff starts at once: oasdiff runs in its own process while the spec loads and validates here.
  const diff = config.stages.includes('diff') ? settle(diffStage(file, loading, config, context, oasdiff)) : undefined;
  let loaded: LoadedSpec;
  try {
    loaded = await loading;
  } catch (error) {
    await diff;
    if (!(error instanceof InvalidSpecError)) throw error;
    const validation = { spec, valid: false, operations: 0, schemas: 0, diagnostics: error.diagnostics };
    return { spec, validation, ...(diff && { diff: { status: 'skipped', reason: 'the spec does not parse' } }) };
  }
  const validation = { spec, ...validateSpec(loaded) };
  const invalid = { status: 'skipped', reason: 'the spec is invalid; fix it first' } as const;
  const generators = validation.valid ? await generate(spec, loaded, config) : { ...(config.stages.includes('collection') && { collection: invalid }), ...(config.stages.includes('contract') && { contract: invalid }) };
  if (!diff) return { spec, validation, ...generators };
  const outcome = await diff;
  if (!validation.valid) return { spec, validation, diff: invalid, ...generators };
  if (outcome instanceof UserError) return { spec, validation, diff: { status: 'error', error: outcome }, ...generators };
  if (outcome instanceof Error) throw outcome;
  return { spec, validation, diff: outcome, ...generators };
}

/** The stages that read the model: the collection, then the contract run that needs it. */
async function generate(spec: string, loaded: LoadedSpec, config: Config): Promise<Pick<SpecRun, 'collection' | 'contract'>> {
  const wanted = (stage: Stage) => config.stages.includes(stage);
  if (!wanted('collection') && !wanted('contract')) return {};
  // Loaded on demand: these modules are most of the bundle, and validate/diff runs do not need them.
  const [{ buildApiModel, locate }, { collectionStage, collectionFileName }] = await Promise.all([import('./spec/model.ts'), import('./postman/stage.ts')]);
  const model = buildApiModel(loaded);
  const run: Pick<SpecRun, 'collection' | 'contract'> = {};
  let collection: CollectionResult | undefined;
  try {
    const file = path.join(config.collection.out, collectionFileName(spec));
    collection = await collectionStage(loaded, model, file, config.collection, config.workspace, config.contract.url);
    if (wanted('collection')) run.collection = { status: 'ok', data: collection };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    if (wanted('collection')) run.collection = { status: 'error', error };
  }
  if (!wanted('contract')) return run;
  if (!config.contract.url) {
    run.contract = { status: 'skipped', reason: 'no URL to test: give the deployed server as the url input (--url)' };
  } else if (!collection) {
    run.contract = { status: 'skipped', reason: 'the collection could not be written' };
  } else {
    const { runContract } = await import('./contract/run.ts');
    try {
      const result = await runContract({
        collection: path.resolve(config.workspace, collection.file),
        url: config.contract.url,
        credentials: config.contract.credentials,
        readinessPath: config.contract.readinessPath,
        readinessTimeoutMs: config.contract.readinessTimeoutMs,
        junitFile: config.contract.junitFile && path.resolve(config.workspace, config.contract.junitFile),
        jsonFile: config.contract.resultsFile && path.resolve(config.workspace, config.contract.resultsFile),
      });
      const byId = new Map(model.operations.map((op) => [op.id, op]));
      const diagnostics = result.report.operations.flatMap((o): Diagnostic[] => {
        const op = byId.get(o.operation);
        if (o.outcome !== 'failed' || !op) return [];
        const rules = o.failures.map((f) => `${f.rule}: ${f.message}`).join('; ');
        return [{ severity: 'error', rule: 'contract', message: `${o.label} (${o.operation}) breaks the contract: ${rules}`, location: locate(op.origin) }];
      });
      run.contract = { status: result.report.failed === 0 ? 'ok' : 'failed', data: { ...result, diagnostics } };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      run.contract = { status: 'error', error };
    }
  }
  return run;
}

async function diffStage(file: string, loading: Promise<LoadedSpec>, config: Config, context: PipelineContext, oasdiff: () => Promise<OasdiffBinary>): Promise<StageOutcome<DiffReport>> {
  const { baseEvent } = context;
  if (!baseEvent) {
    return { status: 'skipped', reason: 'no base to compare with: pull_request and push events have one; give a commit as the base input (--base) to compare anyway' };
  }
  const folders: string[] = [];
  const base = async (folder: string | undefined) => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fpd-base-'));
    folders.push(outDir);
    return retrieveBase({ workTree: config.workspace, event: baseEvent, spec: file, folder, outDir, log: context.log });
  };
  try {
    // With a root, the spec's files may lie anywhere under it: take that folder whole at the base.
    const first = await base(config.root === undefined ? undefined : path.resolve(config.workspace, config.root));
    const report = await diffSpec({
      base: first,
      wholeBase: (revision) => base(revision.rootDir),
      revision: loading,
      revisionFile: file,
      options: config.diff,
      load: { allowRemoteRefs: config.allowRemoteRefs, limits: { maxFileBytes: config.maxFileSize } },
      workspace: config.workspace,
      labels: context.labels,
      binary: first.kind === 'found' ? await oasdiff() : undefined,
      log: context.log,
    });
    return { status: report.verdict.passed ? 'ok' : 'failed', data: report };
  } finally {
    await Promise.all(folders.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  }
}

/** Resolves to the value or the error, so a failure of one concurrent stage is dealt with in order. */
function settle<T>(promise: Promise<T>): Promise<T | Error> {
  return promise.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
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
