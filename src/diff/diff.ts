/**
 * The diff stage for one spec: oasdiff on the base and the loaded revision, each change placed in
 * the revision's source, judged by the gate, ready for any renderer in changelog.ts.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Spec } from '../spec/types.ts';
import type { BaseSpec } from './base.ts';
import type { BaseDescription, DiffReport } from './changelog.ts';
import { DEFAULT_ACCEPT_LABEL, DEFAULT_FAIL_ON, judge, parseAcceptedBreaks, utcDate, type AcceptedBreaks, type FailOn } from './gate.ts';
import { locateChanges } from './locate.ts';
import { findOasdiff, type OasdiffBinary } from './oasdiff-binary.ts';
import { runOasdiff, type OasdiffChange, type OasdiffOptions, type PathRewrite } from './oasdiff.ts';

/** Everything a user can set for the diff stage; folded into the one Config. */
export interface DiffOptions extends OasdiffOptions {
  /** Lowest level that fails the gate. */
  failOn: FailOn;
  /** The accepted-breaks file, relative to the workspace. */
  acceptedBreaksFile?: string;
  /** The PR label that accepts every break of the PR. */
  acceptLabel: string;
  /** An oasdiff executable to use instead of finding one. */
  oasdiffPath?: string;
}

export const DEFAULT_ACCEPTED_BREAKS_FILE = '.github/accepted-breaking-changes.yaml';

export const defaultDiffOptions: DiffOptions = {
  failOn: DEFAULT_FAIL_ON,
  acceptLabel: DEFAULT_ACCEPT_LABEL,
  acceptedBreaksFile: DEFAULT_ACCEPTED_BREAKS_FILE,
  externalRefs: true,
};

/** The base as the caller found it: a file given on the command line, or what retrieveBase() wrote. */
export type DiffBase = { kind: 'file'; file: string } | BaseSpec;

export interface DiffInput {
  base: DiffBase;
  revision: Spec;
  options: DiffOptions;
  /** The workspace: the accepted-breaks file is read from here, and paths are shown relative to it. */
  workspace: string;
  /** The PR's labels, for the accept label. */
  labels?: readonly string[];
  now?: Date;
  /** A binary already found (several specs share one lookup). */
  binary?: OasdiffBinary;
  log?: (message: string) => void;
}

export async function diffSpec(input: DiffInput): Promise<DiffReport> {
  const { options, revision } = input;
  const accepted = await readAcceptedBreaks(input.workspace, options.acceptedBreaksFile);
  const gate = (changes: readonly OasdiffChange[]) =>
    judge({
      changes: locateChanges(changes, revision),
      failOn: options.failOn,
      accepted,
      acceptLabel: options.acceptLabel,
      labels: input.labels,
      today: utcDate(input.now ?? new Date()),
    });
  const spec = revision.root.displayPath;

  if (input.base.kind === 'none') {
    return { spec, base: { kind: 'none', reason: input.base.reason, commit: input.base.commit }, verdict: gate([]) };
  }

  const binary = input.binary ?? (await findOasdiff({ explicit: options.oasdiffPath, log: input.log }));
  const baseFile = input.base.file;
  const rewrite: PathRewrite[] = [];
  let base: BaseDescription;
  if (input.base.kind === 'found') {
    // Show the base's temporary copy as the path in the repository.
    rewrite.push({ from: input.base.outDir + path.sep, to: '' });
    base = { kind: 'found', path: input.base.repoPath, commit: input.base.commit };
  } else {
    base = { kind: 'found', path: shownPath(input.workspace, baseFile) };
  }
  const changes = await runOasdiff({ binary: binary.path, base: baseFile, revision: revision.root.id, options, rewrite });
  return { spec, base, verdict: gate(changes) };
}

/** The accepted-breaks file, or none when it does not exist. */
export async function readAcceptedBreaks(workspace: string, file: string | undefined): Promise<AcceptedBreaks | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(path.resolve(workspace, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseAcceptedBreaks(text, file);
}

function shownPath(workspace: string, file: string): string {
  const relative = path.relative(workspace, path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
