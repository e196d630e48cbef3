/**
 * Stage order and concurrency, nothing else. Each spec is loaded once and every stage works from it;
 * each stage's outcome is recorded against its definition, and the surfaces render what was recorded.
 * The diff runs oasdiff in a child process while the spec loads, validates and generates here.
 */
import path from 'node:path';
import type { Config, Stage } from './config.ts';
import type { RunContext } from './github/context.ts';
import type { GitHubClient } from './github/octokit.ts';
import { findSpecs } from './openapi/load/find-specs.ts';
import { InvalidSpecError, loadSpec } from './openapi/load/load.ts';
import type { LoadedSpec } from './openapi/load/loaded-spec.ts';
import type { ApiModel } from './openapi/model/model.ts';
import { InternalError, UserError } from './errors.ts';
import { buildStage } from './stages/build/report.ts';
import { runBuild, type ImageContext } from './stages/build/run.ts';
import type { SpecInfo } from './stages/build/metadata.ts';
import { collectionStage } from './stages/collection/report.ts';
import type { CollectionResult } from './stages/collection/run.ts';
import { commitBackStage } from './stages/commit-back/report.ts';
import { contractStage } from './stages/contract/report.ts';
import { deployStage } from './stages/deploy/report.ts';
import type { BuildResult } from './stages/build/build.ts';
import type { LocalServer } from './stages/contract/run.ts';
import { diffStage } from './stages/diff/report.ts';
import { oasdiffOnce, runDiff, type DiffAgainst } from './stages/diff/run.ts';
import { fastapiStage } from './stages/fastapi/report.ts';
import { invalidSpec, isFailure, ranWith, skipped, type StageOutcome } from './stages/outcome.ts';
import type { DeployImage } from './stages/deploy/plan.ts';
import type { DeployOutcome } from './stages/deploy/run.ts';
import { postmanStage } from './stages/postman/report.ts';
import type { StageDefinition, StageEntry } from './stages/stage.ts';
import { validateStage } from './stages/validate/report.ts';
import { runValidate, unloadable } from './stages/validate/run.ts';

/** Every stage, in the order the surfaces show them. A new stage adds its definition here and its run below. */
export const stageOrder: readonly StageDefinition<never>[] = [
  validateStage,
  diffStage,
  collectionStage,
  postmanStage,
  fastapiStage,
  buildStage,
  deployStage,
  contractStage,
  commitBackStage,
];

export interface RecordedOutcome {
  stage: StageDefinition<never>;
  spec: string | undefined;
  outcome: StageOutcome<unknown>;
}

export interface PipelineReport {
  ok: boolean;
  /** The specs of the run, as the user named them (patterns expanded). */
  specs: string[];
  /** Every stage's outcomes, in the order they ended. */
  outcomes: RecordedOutcome[];
}

/** One stage's outcomes in the report, typed by its definition. */
export function entriesOf<T>(report: PipelineReport, stage: StageDefinition<T>): StageEntry<T>[] {
  return report.outcomes.filter((o) => o.stage === (stage as StageDefinition<unknown>)).map((o) => ({ spec: o.spec, outcome: o.outcome as StageOutcome<T> }));
}

/** What the run knows beyond the Config, from the runner or the CLI. */
export interface PipelineContext {
  /** What to compare with; undefined when the event implies no base and none was given. */
  against?: DiffAgainst;
  labels: readonly string[];
  /** What the build stage needs from the run: tags and labels, and the default image and login. */
  image?: ImageContext;
  /**
   * Starts a generated project as the server under test when no URL is given (the CLI on a laptop:
   * the demo's "deployed URL"); stopped when its contract tests are done.
   */
  serveLocally?: (projectDir: string, info: SpecInfo, credentials: Readonly<Record<string, string>>) => Promise<LocalServer>;
  /** GitHub, for stages that write to the repository (commit-back): the action's alone. */
  github?: { client: GitHubClient | undefined; run: RunContext };
  /** Told as each stage starts and ends, so a door can show progress as it happens. */
  progress?: Progress;
  /** A spec's own Config, when the repository's configuration file has a section for it; the run's otherwise. */
  configFor?: (spec: string) => Config;
}

export interface Progress {
  /** A stage starts, titled with its name and the spec it works on. */
  start(title: string): StageProgress;
}

export interface StageProgress {
  /** A line of the stage's own log, while it runs (a retry, docker's output). */
  log(line: string): void;
  /** The stage ended with these lines of result. */
  end(lines: readonly string[]): void;
}

/** A spec's part of the run, with what its later stages need. */
interface SpecWork {
  spec: string;
  config: Config;
  valid: boolean;
  collection?: StageOutcome<CollectionResult>;
  fastapiDir?: string;
  gated: boolean;
  model?: ApiModel;
  info: SpecInfo;
}

export async function runPipeline(config: Config, context: PipelineContext = { labels: [] }): Promise<PipelineReport> {
  const run = new Run(config, context);
  // Deploy settings that name nothing the target knows stop the run before anything is built or pushed.
  if (run.wanted('deploy') && config.deploy.target) (await import('./stages/deploy/run.ts')).checkDeploySettings(config);
  const specs = await findSpecs(config.specs, config.workspace);
  const works: SpecWork[] = [];
  for (const spec of specs) works.push(await run.spec(spec, specs.length > 1));
  // One image for the run, once every spec is generated; the contract runs last, against what it serves.
  const built = run.wanted('build') ? ranWith(await run.step(buildStage, undefined, (log) => runBuild(works, config, context.image, log))) : undefined;
  // A deploy tests its candidate itself, between confirming it and promoting it.
  if (run.wanted('deploy')) await run.step(deployStage, undefined, (log) => run.deploy(works, built, log));
  else if (run.wanted('contract')) {
    for (const work of works) await run.step(contractStage, work.spec, () => run.contract(work));
    if (config.contract.collection) await run.step(contractStage, undefined, () => run.contract({ collection: config.contract.collection! }));
  }
  if (config.commitBack !== 'off' && context.github) await run.step(commitBackStage, undefined, () => run.commitBack(works));
  return { ok: !run.recorded.some((o) => isFailure(o.outcome)), specs, outcomes: run.recorded };
}

class Run {
  readonly recorded: RecordedOutcome[] = [];
  private readonly oasdiff;

  constructor(
    private readonly config: Config,
    private readonly context: PipelineContext,
  ) {
    this.oasdiff = oasdiffOnce(config);
  }

  wanted(stage: Stage): boolean {
    return this.config.stages.includes(stage);
  }

  /** Starts a stage: its log goes to the door's progress; `end` records the outcome and shows it. */
  begin<T>(stage: StageDefinition<T>, spec: string | undefined) {
    const progress = this.context.progress?.start(spec === undefined ? stage.title : `${stage.title}: ${spec}`);
    return {
      log: (line: string) => progress?.log(line),
      end: (outcome: StageOutcome<T>): StageOutcome<T> => {
        this.recorded.push({ stage: stage as StageDefinition<never>, spec, outcome });
        progress?.end(stage.report.text({ spec, outcome }));
        return outcome;
      },
    };
  }

  async step<T>(
    stage: StageDefinition<T>,
    spec: string | undefined,
    work: (log: (line: string) => void) => Promise<StageOutcome<T>> | StageOutcome<T>,
  ): Promise<StageOutcome<T>> {
    const { log, end } = this.begin(stage, spec);
    try {
      return end(await work(log));
    } catch (error) {
      // One stage's bug on one spec is that stage's outcome: the other specs and stages keep their reports.
      return end({ status: 'error', error: error instanceof UserError ? error : new InternalError(`${stage.title}${spec ? ` for ${spec}` : ''}`, error) });
    }
  }

  async spec(spec: string, several: boolean): Promise<SpecWork> {
    const config = this.context.configFor?.(spec) ?? this.config;
    const file = path.resolve(config.workspace, spec);
    // oasdiff is the slowest part, and git's steps before it need this thread between the long
    // synchronous stretches of parsing, validating and generating: the diff starts first, and the
    // spec loads once oasdiff runs (or once the diff has ended), beside it in its own process.
    let oasdiffStarted = () => {};
    const started = new Promise<void>((resolve) => (oasdiffStarted = resolve));
    const loading = started.then(() =>
      loadSpec(file, {
        root: config.root === undefined ? undefined : path.resolve(config.workspace, config.root),
        allowRemoteRefs: config.allowRemoteRefs,
        limits: { maxFileBytes: config.maxFileSize },
        displayBase: config.workspace,
      }),
    );
    const diff = this.wanted('diff') ? this.begin(diffStage, spec) : undefined;
    const diffing =
      diff &&
      settle(
        runDiff({
          file,
          loading,
          config,
          against: this.context.against,
          labels: this.context.labels,
          oasdiff: this.oasdiff,
          log: diff.log,
          onOasdiffStarted: oasdiffStarted,
        }),
      );
    if (diffing) void diffing.then(oasdiffStarted);
    else oasdiffStarted();

    let loaded: LoadedSpec | undefined;
    let validation;
    try {
      loaded = await loading;
    } catch (error) {
      await diffing;
      // Unreadable input stops the run with its own message (exit 2); a bug of ours is this spec's alone.
      if (error instanceof UserError && !(error instanceof InvalidSpecError)) throw error;
      validation = await this.step(validateStage, spec, () => {
        if (error instanceof InvalidSpecError) return unloadable(error);
        throw error;
      });
    }
    validation ??= await this.step(validateStage, spec, () => runValidate(loaded!));
    const valid = validation.status === 'ok';
    const work: SpecWork = { spec, config, valid, gated: false, info: (loaded?.document.info ?? {}) as SpecInfo };
    await this.generate(work, loaded, several);

    if (diff && diffing) {
      const outcome = await diffing;
      if (!loaded) diff.end(skipped('the spec does not parse'));
      else if (!valid) diff.end(invalidSpec);
      else if (outcome instanceof UserError) diff.end({ status: 'error', error: outcome });
      else if (outcome instanceof Error) diff.end({ status: 'error', error: new InternalError(`${diffStage.title} for ${spec}`, outcome) });
      else work.gated = diff.end(outcome).status === 'failed';
    }
    return work;
  }

  /** Whether a generator runs: the contract needs the collection, so it is written for it too; publishing goes with the collection. */
  private generates(stage: string): boolean {
    if (stage === 'collection') return this.wanted('collection') || this.wanted('contract') || this.wanted('deploy');
    if (stage === 'postman') return this.wanted('collection');
    return this.wanted('fastapi');
  }

  /** The stages that read the model; each says why it did not run when the spec is invalid. */
  private async generate(work: SpecWork, loaded: LoadedSpec | undefined, several: boolean): Promise<void> {
    const { spec, valid, config } = work;
    if (loaded && (valid || config.allowInvalid) && (this.generates('collection') || this.generates('fastapi'))) {
      // Loaded on demand: these modules are most of the bundle, and validate/diff runs do not need them.
      const { buildApiModel } = await import('./openapi/model/build.ts');
      work.model = buildApiModel(loaded);
    }
    const model = work.model;
    if (this.generates('collection')) {
      work.collection = await this.step(collectionStage, spec, async () =>
        loaded && model ? (await import('./stages/collection/run.ts')).runCollection(spec, loaded, model, config) : invalidSpec,
      );
    }
    if (this.generates('postman')) {
      const collection = work.collection!;
      await this.step(postmanStage, spec, async () => (model ? (await import('./stages/postman/run.ts')).runPostman(collection, config) : invalidSpec));
    }
    if (this.generates('fastapi')) {
      const outcome = await this.step(fastapiStage, spec, async () =>
        model ? (await import('./stages/fastapi/run.ts')).runFastapi(spec, several, model, config) : invalidSpec,
      );
      work.fastapiDir = ranWith(outcome)?.dir;
    }
  }

  /** One spec's contract tests, or those of a collection given on its own. */
  async contract(from: SpecWork | { collection: string }, headers?: Readonly<Record<string, string>>) {
    const { runContractStage } = await import('./stages/contract/run.ts');
    if (!('spec' in from)) return runContractStage({ collection: from.collection, environment: this.config.contract.environment }, this.config);
    if (!from.valid) return invalidSpec;
    const collection = ranWith(from.collection)?.file;
    if (!collection) return skipped('the collection could not be written');
    const serve = this.context.serveLocally;
    return runContractStage(
      { collection, model: from.model, projectDir: from.fastapiDir, ...(headers && { headers }) },
      from.config,
      serve && ((dir, credentials) => serve(dir, from.info, credentials)),
    );
  }

  /**
   * The one service's rollout: the image this run built, or the one named by digest. Its contract
   * run is recorded as the contract stage's, against the candidate and its build.
   */
  async deploy(works: readonly SpecWork[], built: BuildResult | undefined, log: (line: string) => void): Promise<StageOutcome<DeployOutcome>> {
    const { config } = this;
    if (works.length !== 1)
      return {
        status: 'error',
        error: new UserError(
          `the deploy stage deploys one service, and the spec input names ${works.length} specs`,
          undefined,
          'Deploy each service in a job of its own.',
        ),
      };
    const work = works[0]!;
    if (!work.valid) return invalidSpec;
    if (work.gated) return skipped('breaking changes fail the gate, so nothing is deployed; see the API changes');
    const image = deployImage(config, built);
    if (image instanceof UserError) return { status: 'error', error: image };
    const { runDeployStage } = await import('./stages/deploy/run.ts');
    const written = ranWith(work.collection)?.file;
    return runDeployStage(image, config, {
      log,
      ...(written && {
        contractCollection: path.resolve(config.workspace, written),
        onPromoted: async (url: string) => (await import('./stages/postman/live-url.ts')).publishLiveUrl(config, path.resolve(config.workspace, written), url),
      }),
      contract: async (url, buildId, headers) => {
        const candidate = { ...work, config: { ...work.config, contract: { ...work.config.contract, url, expectBuild: buildId } } };
        const outcome = await this.step(contractStage, work.spec, () => this.contract(candidate, headers));
        return outcome.status === 'ok';
      },
    });
  }

  /** The folders the run regenerated, committed back to the repository. */
  async commitBack(works: readonly SpecWork[]) {
    const { config } = this;
    const github = this.context.github!;
    const { runCommitBack } = await import('./stages/commit-back/run.ts');
    const paths = [
      ...(works.some((w) => w.collection?.status === 'ok') ? [config.collection.out] : []),
      ...works.flatMap((w) => (w.fastapiDir ? [w.fastapiDir] : [])),
    ];
    return runCommitBack(
      { valid: works.every((w) => w.valid), specs: works.map((w) => w.spec), paths },
      { mode: config.commitBack, workspace: config.workspace, token: config.githubToken },
      github.run,
      github.client,
    );
  }
}

/** What the deploy rolls out: the image just built and pushed, else the one given by digest with its build id. */
function deployImage(config: Config, built: BuildResult | undefined): DeployImage | undefined | UserError {
  if (built?.reference) return { reference: built.reference, buildId: built.buildId, ...(built.imageId && { imageId: built.imageId }) };
  if (!config.deploy.image) return undefined;
  if (!config.contract.expectBuild)
    return new UserError(
      'deploying an image by digest needs its build id',
      undefined,
      'Give expect-build (--expect-build): the X-Build-Id the image answers with, which confirms the candidate is that image.',
    );
  return { reference: config.deploy.image, buildId: config.contract.expectBuild };
}

/** Resolves to the value or the error, so a failure of one concurrent stage is dealt with in order. */
function settle<T>(promise: Promise<T>): Promise<T | Error> {
  return promise.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
}
