/**
 * The diff stage for one spec, as the pipeline runs it: find the base (a commit's version from git,
 * or a file given on the command line), run oasdiff while the revision is still loading, judge the
 * changes. Temporary folders are removed whatever happens.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { LoadedSpec } from '../../openapi/load/loaded-spec.ts';
import { skipped, type StageOutcome } from '../outcome.ts';
import { retrieveBase, type BaseEvent } from './base.ts';
import type { DiffReport } from './changelog.ts';
import { diffSpec, type DiffBase } from './diff.ts';
import { findOasdiff, type OasdiffBinary } from './oasdiff-binary.ts';

/** What the spec is compared with: the base the event implies, a commit, or a file. */
export type DiffAgainst = BaseEvent | { kind: 'file'; file: string };

export interface DiffRun {
  /** The spec's root file, absolute. */
  file: string;
  /** The spec as it loads: oasdiff starts on the file without waiting for it. */
  loading: Promise<LoadedSpec>;
  config: Config;
  /** Undefined when the event implies no base and none was given. */
  against: DiffAgainst | undefined;
  labels: readonly string[];
  /** The oasdiff executable, looked up once for every spec of the run. */
  oasdiff: () => Promise<OasdiffBinary>;
  log?: (message: string) => void;
  /** Told when oasdiff has started, so the work that follows runs beside it. */
  onOasdiffStarted?: () => void;
}

/** One lookup of the oasdiff executable, shared by every spec of a run, made only when a diff needs it. */
export function oasdiffOnce(config: Config, log?: (message: string) => void): () => Promise<OasdiffBinary> {
  let binary: Promise<OasdiffBinary> | undefined;
  return () => (binary ??= findOasdiff({ explicit: config.diff.oasdiffPath, log }));
}

export async function runDiff(run: DiffRun): Promise<StageOutcome<DiffReport>> {
  const { config, against } = run;
  if (!against) return skipped('no base to compare with: pull_request and push events have one; give a commit as the base input (--base) to compare anyway');
  const folders: string[] = [];
  const fromGit = async (event: BaseEvent, folder: string | undefined): Promise<DiffBase> => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fpd-base-'));
    folders.push(outDir);
    return retrieveBase({ workTree: config.workspace, event, spec: run.file, folder, outDir, log: run.log });
  };
  try {
    // With a root, the spec's files may lie anywhere under it: take that folder whole at the base.
    const root = config.root === undefined ? undefined : path.resolve(config.workspace, config.root);
    const first: DiffBase = against.kind === 'file' ? { kind: 'file', file: path.resolve(config.workspace, against.file) } : await fromGit(against, root);
    const report = await diffSpec({
      base: first,
      wholeBase: against.kind === 'file' ? undefined : (revision) => fromGit(against, revision.rootDir),
      revision: run.loading,
      revisionFile: run.file,
      options: config.diff,
      load: { allowRemoteRefs: config.allowRemoteRefs, limits: { maxFileBytes: config.maxFileSize } },
      workspace: config.workspace,
      labels: run.labels,
      binary: first.kind === 'none' ? undefined : await run.oasdiff(),
      log: run.log,
      onOasdiffStarted: run.onOasdiffStarted,
    });
    return { status: report.verdict.passed ? 'ok' : 'failed', data: report };
  } finally {
    await Promise.all(folders.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  }
}
