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
import type { HandlerFinding } from './stages/fastapi/write.ts';
import type { SyncResult } from './stages/postman/sync.ts';
import type { BuildResult } from './stages/build/build.ts';
import type { ImageRunContext, SpecInfo } from './stages/build/metadata.ts';
import type { ContractRun } from './stages/contract/contract.ts';
import type { CollectionResult, PreviousSource } from './stages/collection/run.ts';
import { retrieveBase, type BaseEvent } from './stages/diff/base.ts';
import type { DiffReport } from './stages/diff/changelog.ts';
import { diffSpec } from './stages/diff/diff.ts';
import { findOasdiff, type OasdiffBinary } from './stages/diff/oasdiff-binary.ts';
import { UserError } from './errors.ts';
import { InvalidSpecError, loadSpec } from './openapi/load/load.ts';
import type { LoadedSpec } from './openapi/load/loaded-spec.ts';
import type { ApiModel } from './openapi/model/model.ts';
import type { Diagnostic, SpecFamily } from './openapi/types.ts';
import { validateSpec } from './openapi/validate/validate.ts';

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
  /** Publishing the collection to Postman; present with the collection stage. */
  postman?: StageOutcome<SyncResult>;
  fastapi?: StageOutcome<FastapiResult>;
  contract?: StageOutcome<ContractOutcome>;
}

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

export interface PipelineReport {
  ok: boolean;
  runs: SpecRun[];
  validations: ValidateOutcome[];
  /** The diffs that ran. */
  diffs: DiffReport[];
  /** The image, built once for the run; absent when the build stage was not asked for. */
  build?: StageOutcome<BuildResult>;
}

/** What the run knows beyond the Config: the event's base and labels, from the runner or the CLI. */
export interface PipelineContext {
  /** What to compare with; undefined when the event implies no base and none was given. */
  baseEvent?: BaseEvent;
  labels: readonly string[];
  /** What the build stage needs from the run: tags and labels, and the default image and login. */
  image?: ImageContext;
  /**
   * Starts a generated project as the server under test when no URL is given (the CLI on a laptop:
   * the demo's "deployed URL"); stopped when its contract tests are done.
   */
  serveLocally?: (projectDir: string, info: SpecInfo) => Promise<LocalServer>;
  log?: (message: string) => void;
}

export interface LocalServer {
  url: string;
  /** The build id the server was started with, confirmed before its tests run. */
  buildId?: string;
  stop(): Promise<void>;
}

export interface ImageContext {
  run: ImageRunContext;
  /** The image when the image input is not given (GitHub's registry, for the repository). */
  defaultName?: string;
  /** The login when no registry credentials are given (the workflow token, for GitHub's registry). */
  defaultCredentials?: { username: string; password: string };
  /** Told each registry logged in to, so the action's post step logs out of it. */
  onLogin?: (server: string) => void;
}

/** A spec's run, with what its later stages need. */
interface SpecWork {
  run: SpecRun;
  model?: ApiModel;
  /** The spec's `info`, which labels the image. */
  info?: SpecInfo;
}

export async function runPipeline(config: Config, context: PipelineContext = { labels: [] }): Promise<PipelineReport> {
  const specs = await expandSpecs(config);
  let binary: Promise<OasdiffBinary> | undefined;
  const oasdiff = () => (binary ??= findOasdiff({ explicit: config.diff.oasdiffPath, log: context.log }));
  const works: SpecWork[] = [];
  for (const spec of specs) works.push(await runSpec(spec, specs.length > 1, config, context, oasdiff));
  const build = config.stages.includes('build') ? await buildStage(works, config, context) : undefined;
  // The contract runs last: against the URL, once the image it may be serving is built.
  if (config.stages.includes('contract')) for (const work of works) work.run.contract = await contractAgainst(work, config, context);
  const runs = works.map((w) => w.run);
  const failed = (r: SpecRun) => !r.validation.valid || [r.diff, r.collection, r.postman, r.fastapi, r.contract].some(isFailure);
  return {
    ok: !runs.some(failed) && !isFailure(build),
    runs,
    validations: runs.map((r) => r.validation),
    diffs: runs.flatMap((r) => (r.diff && (r.diff.status === 'ok' || r.diff.status === 'failed') ? [r.diff.data] : [])),
    ...(build && { build }),
  };
}

function isFailure(outcome: StageOutcome<unknown> | undefined): boolean {
  return outcome?.status === 'failed' || outcome?.status === 'error';
}

async function runSpec(spec: string, several: boolean, config: Config, context: PipelineContext, oasdiff: () => Promise<OasdiffBinary>): Promise<SpecWork> {
  const file = path.resolve(config.workspace, spec);
  const loading = loadSpec(file, {
    root: config.root === undefined ? undefined : path.resolve(config.workspace, config.root),
    allowRemoteRefs: config.allowRemoteRefs,
    limits: { maxFileBytes: config.maxFileSize },
    displayBase: config.workspace,
  });
  // The diff starts at once: oasdiff runs in its own process while the spec loads and validates here.
  let oasdiffStarted = () => {};
  const started = new Promise<void>((resolve) => (oasdiffStarted = resolve));
  const diff = config.stages.includes('diff') ? settle(diffStage(file, loading, config, context, oasdiff, oasdiffStarted)) : undefined;
  let loaded: LoadedSpec;
  try {
    loaded = await loading;
  } catch (error) {
    await diff;
    if (!(error instanceof InvalidSpecError)) throw error;
    const validation = { spec, valid: false, operations: 0, schemas: 0, diagnostics: error.diagnostics };
    return { run: { spec, validation, ...(diff && { diff: { status: 'skipped', reason: 'the spec does not parse' } }) } };
  }
  // oasdiff is the slowest part, and its git steps before it need this thread between the long
  // synchronous stretches of validating and generating: let it start first, so they run beside it.
  if (diff) await Promise.race([started, diff]);
  const validation = { spec, ...validateSpec(loaded) };
  const generated = validation.valid ? await generate(spec, several, loaded, config) : skippedGenerators(config);
  const { model, ...outcomes } = generated;
  const run: SpecRun = { spec, validation, ...outcomes };
  if (diff) {
    const outcome = await diff;
    if (!validation.valid) run.diff = invalid;
    else if (outcome instanceof UserError) run.diff = { status: 'error', error: outcome };
    else if (outcome instanceof Error) throw outcome;
    else run.diff = outcome;
  }
  return { run, model, info: loaded.document.info as SpecInfo | undefined };
}

const invalid = { status: 'skipped', reason: 'the spec is invalid; fix it first' } as const;

type Generated = Pick<SpecRun, 'collection' | 'postman' | 'fastapi'> & { model?: ApiModel };

function skippedGenerators(config: Config): Generated {
  const wanted = (stage: Stage) => config.stages.includes(stage);
  return { ...(wanted('collection') && { collection: invalid }), ...(wanted('fastapi') && { fastapi: invalid }) };
}

/** The stages that read the model. The contract needs the collection, so it is written for it too. */
async function generate(spec: string, several: boolean, loaded: LoadedSpec, config: Config): Promise<Generated> {
  const wanted = (stage: Stage) => config.stages.includes(stage);
  if (!wanted('collection') && !wanted('contract') && !wanted('fastapi')) return {};
  // Loaded on demand: these modules are most of the bundle, and validate/diff runs do not need them.
  const { buildApiModel } = await import('./openapi/model/build.ts');
  const model = buildApiModel(loaded);
  const generated: Generated = { model };
  if (wanted('collection') || wanted('contract')) {
    generated.collection = await asOutcome(async () => {
      const { collectionStage, collectionFileName } = await import('./stages/collection/run.ts');
      const file = path.join(config.collection.out, collectionFileName(spec));
      return collectionStage(loaded, model, file, config.collection, config.workspace, config.contract.url, await previousFromPostman(config));
    });
    if (wanted('collection')) generated.postman = await postmanStage(generated.collection, config);
  }
  if (wanted('fastapi')) generated.fastapi = await asOutcome(() => fastapiStage(spec, several, model, config));
  return generated;
}

/** Runs a stage; a user-side failure becomes its outcome, anything else is a bug and propagates. */
async function asOutcome<T>(stage: () => Promise<T>): Promise<StageOutcome<T>> {
  try {
    return { status: 'ok', data: await stage() };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: 'error', error };
  }
}

/** With a key and a workspace, regeneration keeps the edits people made in Postman itself. */
async function previousFromPostman(config: Config): Promise<PreviousSource | undefined> {
  const { apiKey, workspace, apiUrl } = config.postman;
  if (!apiKey || !workspace || !config.stages.includes('collection')) return undefined;
  const { fetchCollection } = await import('./postman/postman-api.ts');
  return (name) => fetchCollection({ apiKey, baseUrl: apiUrl, workspace, name });
}

async function postmanStage(collection: StageOutcome<CollectionResult>, config: Config): Promise<StageOutcome<SyncResult>> {
  const { postmanSyncSkipNote, syncToPostman } = await import('./stages/postman/sync.ts');
  const note = postmanSyncSkipNote(config.postman.apiKey);
  if (note) return { status: 'skipped', reason: note };
  if (collection.status !== 'ok') return { status: 'skipped', reason: 'the collection could not be written' };
  if (!config.postman.workspace) return { status: 'error', error: new UserError('Postman sync needs the workspace to publish in', undefined, 'Give the postman-workspace input: the workspace name or id.') };
  const [collectionFile, ...environmentFiles] = collection.data.files.map((f) => path.resolve(config.workspace, f));
  return asOutcome(() => syncToPostman({ apiKey: config.postman.apiKey!, workspace: config.postman.workspace!, collectionFile: collectionFile!, environmentFiles, baseUrl: config.postman.apiUrl }));
}

/** One project per spec: in fastapi-out itself for one spec, in a folder per spec beneath it for several. */
async function fastapiStage(spec: string, several: boolean, model: ApiModel, config: Config): Promise<FastapiResult> {
  const [{ planFromModel }, { writeFastapiProject }, { specSlug }] = await Promise.all([import('./stages/fastapi/plan.ts'), import('./stages/fastapi/write.ts'), import('./stages/collection/run.ts')]);
  const dir = several ? path.join(config.fastapi.out, specSlug(spec)) : config.fastapi.out;
  const plan = planFromModel(model);
  const written = await writeFastapiProject(plan, path.resolve(config.workspace, dir));
  return { dir: dir.split(path.sep).join('/'), ...written, warnings: plan.warnings };
}

/** One image for the run, from the generated project folder. */
async function buildStage(works: readonly SpecWork[], config: Config, context: PipelineContext): Promise<StageOutcome<BuildResult>> {
  if (works.length !== 1) return { status: 'error', error: new UserError(`the build stage builds one service, and the spec input names ${works.length} specs`, undefined, 'Run the build in a step of its own with one spec.') };
  const work = works[0]!;
  if (!work.run.validation.valid) return invalid;
  // The gate stops the release here: nothing that breaks clients is built, pushed or deployed.
  if (work.run.diff?.status === 'failed') return { status: 'skipped', reason: 'breaking changes fail the gate, so no image is built; see the API changes' };
  const projectDir = path.resolve(config.workspace, config.build.projectDir);
  try {
    await fs.access(path.join(projectDir, 'Dockerfile'));
  } catch {
    return { status: 'skipped', reason: `no Dockerfile in ${config.build.projectDir}: the fastapi stage generates the project there` };
  }
  const image = config.build.image ?? context.image?.defaultName;
  if (!image) return { status: 'error', error: new UserError('the build stage needs an image name', undefined, 'Give the image input (--image), e.g. ghcr.io/org/api.') };
  const { buildImage } = await import('./stages/build/build.ts');
  const given = config.build.registryPassword !== undefined ? { username: config.build.registryUsername ?? '', password: config.build.registryPassword } : undefined;
  const credentials = given ?? (image.startsWith('ghcr.io/') ? context.image?.defaultCredentials : undefined);
  return asOutcome(() =>
    buildImage(
      { projectDir, image, push: config.build.push, buildArgs: config.build.buildArgs, network: config.build.network, credentials, imageInputName: 'input "image"' },
      {
        run: context.image?.run ?? { eventName: undefined, ref: undefined, sha: undefined, defaultBranch: undefined, pullRequest: undefined, repositoryUrl: undefined },
        info: work.info ?? {},
        log: context.log,
        onLogin: context.image?.onLogin,
      },
    ),
  );
}

/** The URL given, or else the generated project served locally when the caller can. */
async function contractAgainst(work: SpecWork, config: Config, context: PipelineContext): Promise<StageOutcome<ContractOutcome>> {
  if (config.contract.url || !context.serveLocally || work.run.fastapi?.status !== 'ok' || !work.run.validation.valid) return contractStage(work, config, config.contract.url);
  let server: LocalServer;
  try {
    server = await context.serveLocally(path.resolve(config.workspace, work.run.fastapi.data.dir), work.info ?? {});
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: 'error', error };
  }
  try {
    return await contractStage(work, config, server.url, server.buildId);
  } finally {
    await server.stop();
  }
}

/** The contract tests of one spec's collection against the URL. */
async function contractStage(work: SpecWork, config: Config, url: string | undefined, localBuild?: string): Promise<StageOutcome<ContractOutcome>> {
  const collection = work.run.collection;
  if (!work.run.validation.valid) return invalid;
  if (!url) return { status: 'skipped', reason: 'no URL to test: give the deployed server as the url input (--url)' };
  if (collection?.status !== 'ok' || !work.model) return { status: 'skipped', reason: 'the collection could not be written' };
  const [{ runContract }, { locate }] = await Promise.all([import('./stages/contract/contract.ts'), import('./openapi/model/model.ts')]);
  const model = work.model;
  const outcome = await asOutcome(async () => {
    const result = await runContract({
      collection: path.resolve(config.workspace, collection.data.file),
      url,
      credentials: config.contract.credentials,
      readinessPath: config.contract.readinessPath,
      readinessTimeoutMs: config.contract.readinessTimeoutMs,
      expectBuild: config.contract.expectBuild ?? localBuild,
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
    return { ...result, diagnostics };
  });
  return outcome.status === 'ok' && outcome.data.report.failed > 0 ? { status: 'failed', data: outcome.data } : outcome;
}

async function diffStage(
  file: string,
  loading: Promise<LoadedSpec>,
  config: Config,
  context: PipelineContext,
  oasdiff: () => Promise<OasdiffBinary>,
  onOasdiffStarted: () => void,
): Promise<StageOutcome<DiffReport>> {
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
      onOasdiffStarted,
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
