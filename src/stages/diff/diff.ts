/**
 * The diff stage for one spec: oasdiff on the base and the loaded revision, each change placed in
 * the revision's source, judged by the gate, ready for any renderer in changelog.ts.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InlineView } from '../../openapi/load/inline-view.ts';
import { UserError } from '../../errors.ts';
import { loadSpec, type LoadOptions } from '../../openapi/load/load.ts';
import type { LoadedSpec } from '../../openapi/load/loaded-spec.ts';
import type { BaseSpec } from './base.ts';
import type { BaseDescription, DiffReport } from './changelog.ts';
import { DEFAULT_ACCEPTED_BREAKS_FILE, type DiffOptions } from '../../config.ts';
import { judge, parseAcceptedBreaks, utcDate, type AcceptedBreaks } from './gate.ts';
import { locateChanges } from './locate.ts';
import { findOasdiff, type OasdiffBinary } from './oasdiff-binary.ts';
import { ExternalRefsInSpec, runOasdiff, type OasdiffChange, type PathRewrite } from './oasdiff.ts';
import { git } from '../../git/git.ts';

/** The base as the caller found it: a file given on the command line, or what retrieveBase() wrote. */
export type DiffBase = { kind: 'file'; file: string } | BaseSpec;

export interface DiffInput {
  base: DiffBase;
  /** For a base that turns out to span several files: the base again, with its whole folder. */
  wholeBase?: (revision: LoadedSpec) => Promise<DiffBase>;
  /** The revision, or its loading under way: oasdiff starts on `revisionFile` without waiting. */
  revision: LoadedSpec | Promise<LoadedSpec>;
  /** The revision's root file, when the caller has it before the spec is loaded. */
  revisionFile?: string;
  /** How to load the base: the same ref policy and limits as the revision. */
  load?: Pick<LoadOptions, 'allowRemoteRefs' | 'limits'>;
  options: DiffOptions;
  /** The workspace: the accepted-breaks file is read from here, and paths are shown relative to it. */
  workspace: string;
  /** The PR's labels, for the accept label. */
  labels?: readonly string[];
  now?: Date;
  /** A binary already found (several specs share one lookup). */
  binary?: OasdiffBinary;
  log?: (message: string) => void;
  /** Told when oasdiff has started on the specs, or when it will not run (no base): the thread is free then. */
  onOasdiffStarted?: () => void;
}

export async function diffSpec(input: DiffInput): Promise<DiffReport> {
  const { options } = input;
  const revision = Promise.resolve(input.revision);
  const accepted = await readAcceptedBreaks(input.workspace, options.acceptedBreaksFile);
  const accepting = { file: options.acceptedBreaksFile ?? DEFAULT_ACCEPTED_BREAKS_FILE, label: options.acceptLabel };
  const gate = async (changes: readonly OasdiffChange[]): Promise<DiffReport['verdict']> =>
    judge({
      changes: locateChanges(changes, await revision),
      failOn: options.failOn,
      accepted,
      acceptLabel: options.acceptLabel,
      labels: input.labels,
      ignore: options.ignore,
      today: utcDate(input.now ?? new Date()),
    });

  if (input.base.kind === 'none') {
    input.onOasdiffStarted?.();
    const spec = (await revision).root.displayPath;
    return { spec, base: { kind: 'none', reason: input.base.reason, commit: input.base.commit }, verdict: await gate([]), accepting };
  }
  const binary = input.binary ?? (await findOasdiff({ explicit: options.oasdiffPath, log: input.log }));
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'fpd-diff-'));
  try {
    let base = input.base;
    await access(base.file, input.workspace);
    // oasdiff never resolves a ref itself (external refs off), so it starts at once on the two files
    // as they are, which is all most specs are. A side that spans several files is then read by the
    // loader, under the ref policy, and given to oasdiff bundled into one document.
    let baseInput = base.file;
    let revisionInput = input.revisionFile ?? (await revision).root.id;
    let [baseBundled, revisionBundled] = [false, false];
    for (;;) {
      try {
        const rewrite: PathRewrite[] = base.kind === 'found' ? [{ from: base.outDir + path.sep, to: '' }] : [];
        const changes = await runOasdiff({
          binary: binary.path,
          base: baseInput,
          revision: revisionInput,
          options: { ...options, externalRefs: false },
          rewrite,
          onStarted: input.onOasdiffStarted,
        });
        return { spec: (await revision).root.displayPath, base: describeBase(base, input.workspace), verdict: await gate(changes), accepting };
      } catch (error) {
        if (!(error instanceof ExternalRefsInSpec)) throw error;
        if (error.side === 'revision' && !revisionBundled) {
          revisionInput = await oasdiffInput(await revision, work, 'revision');
          revisionBundled = true;
        } else if (error.side === 'base' && !baseBundled) {
          if (base.kind === 'found' && input.wholeBase) {
            const whole = await input.wholeBase(await revision);
            if (whole.kind === 'none') throw error;
            base = whole;
          }
          baseInput = await oasdiffInput(await loadBase(base.file, input, await revision), work, 'base');
          baseBundled = true;
        } else throw error;
      }
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

function describeBase(base: Exclude<DiffBase, { kind: 'none' }>, workspace: string): BaseDescription {
  return base.kind === 'found' ? { kind: 'found', path: base.repoPath, commit: base.commit } : { kind: 'found', path: shownPath(workspace, base.file) };
}

async function access(file: string, workspace: string): Promise<void> {
  try {
    await fs.access(file);
  } catch {
    throw new UserError(`cannot read the spec file ${shownPath(workspace, file)}: it does not exist`, undefined, 'Check the base path.');
  }
}

/** A base spanning several files, read under the revision's ref policy and limits. */
async function loadBase(file: string, input: DiffInput, revision: LoadedSpec): Promise<LoadedSpec> {
  const spec = await loadSpec(file, { ...input.load, root: baseRoot(file, revision), displayBase: input.workspace });
  const refused = spec.problems[0];
  if (refused) {
    throw new UserError(
      `the base spec cannot be compared: ${refused.message}`,
      { file: refused.location.file, line: refused.location.line, column: refused.location.column },
      refused.hint,
    );
  }
  return spec;
}

/**
 * What oasdiff reads: a single-file spec as it is; a multi-file one as one JSON document with the
 * refs between files inlined by the loader, so oasdiff opens no other file and no URL.
 */
async function oasdiffInput(spec: LoadedSpec, dir: string, name: string): Promise<string> {
  if (spec.files.size === 1 && !/^https?:/i.test(spec.root.id)) return spec.root.id;
  const file = path.join(dir, `${name}.json`);
  await fs.writeFile(file, JSON.stringify(new InlineView(spec).document));
  return file;
}

/** The base's allowed folder stands to its spec as the revision's does to the revision. */
function baseRoot(baseFile: string, revision: LoadedSpec): string {
  return path.resolve(path.dirname(baseFile), path.relative(path.dirname(revision.root.id), revision.rootDir));
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
  const accepted = parseAcceptedBreaks(text, file);
  const authors = await lineAuthors(path.resolve(workspace, file));
  for (const entry of accepted.entries) if (entry.line !== undefined) entry.author = authors.get(entry.line);
  return accepted;
}

/**
 * Who wrote each line of a file, as git records it (the acceptance of a break names its author);
 * lines not yet committed, or a file outside git, have none.
 */
async function lineAuthors(file: string): Promise<Map<number, string>> {
  const authors = new Map<number, string>();
  const blame = await git(path.dirname(file), ['blame', '--line-porcelain', '--', path.basename(file)]);
  if (!blame.ok) return authors;
  let line = 0;
  for (const text of blame.stdout.toString('utf8').split('\n')) {
    const start = /^[0-9a-f]{40,64} \d+ (\d+)/.exec(text);
    if (start) line = Number(start[1]);
    else if (text.startsWith('author ') && text !== 'author Not Committed Yet') authors.set(line, text.slice('author '.length));
  }
  return authors;
}

function shownPath(workspace: string, file: string): string {
  const relative = path.relative(workspace, path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
