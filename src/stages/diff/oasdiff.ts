/**
 * Runs oasdiff on two spec files and returns its findings. One `changelog` run at level INFO gives
 * every change with its level, so the breaking list and the gate are derived here rather than from a
 * second `breaking` run or oasdiff's own `--fail-on` exit status (which would stop before reporting).
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../errors.ts';
import type { Level, OasdiffOptions } from '../../config.ts';

/** Most severe first. */
export const LEVELS: readonly Level[] = ['ERR', 'WARN', 'INFO'];

/** oasdiff's JSON encodes levels as numbers. */
const LEVEL_BY_NUMBER: Readonly<Record<number, Level>> = { 3: 'ERR', 2: 'WARN', 1: 'INFO' };

export interface SourcePoint {
  file: string;
  line: number;
  column: number;
}

/** One entry of oasdiff's JSON changelog, with the level as a name. */
export interface OasdiffChange {
  id: string;
  text: string;
  level: Level;
  /** HTTP method in capitals, for changes to an operation. */
  operation?: string;
  operationId?: string;
  path?: string;
  /** `paths`, `components`, ... */
  section?: string;
  comment?: string;
  baseSource?: SourcePoint;
  revisionSource?: SourcePoint;
  /** oasdiff's fingerprint: a hash of the change that survives moved lines and renamed files. */
  fingerprint: string;
}

export const DEFAULT_OASDIFF_TIMEOUT_MS = 5 * 60_000;

/** The files of ours a run reads. */
export interface OasdiffFiles {
  /** An empty configuration file: it stands in for the `.oasdiff.*` and `oasdiff.*` files oasdiff would otherwise read from its working folder or from OASDIFF_CONFIG. */
  config: string;
  /** The rule levels, `rule-id LEVEL` per line, written from the trusted settings. */
  levels?: string;
}

/** The argument list for one run; never a shell string. Every setting oasdiff has is given here, so nothing else can set one. */
export function oasdiffArgs(command: 'changelog' | 'breaking', base: string, revision: string, options: OasdiffOptions, files: OasdiffFiles): string[] {
  const args = [command, base, revision, '--config', files.config, '--format', 'json', '--lang', 'en'];
  if (command === 'changelog') args.push('--level', 'INFO');
  if (options.deprecationDaysBeta !== undefined) args.push('--deprecation-days-beta', String(options.deprecationDaysBeta));
  if (options.deprecationDaysStable !== undefined) args.push('--deprecation-days-stable', String(options.deprecationDaysStable));
  if (options.includePaths) args.push('--match-path', options.includePaths);
  if (options.excludePaths) args.push('--unmatch-path', options.excludePaths);
  if (options.filterExtension) args.push('--filter-extension', options.filterExtension);
  if (options.excludeExtensions?.length) args.push('--exclude-extensions', options.excludeExtensions.join(','));
  if (files.levels) args.push('--severity-levels', files.levels);
  args.push(
    `--flatten-allof=${options.flattenAllOf ?? false}`,
    `--flatten-params=${options.flattenParams ?? false}`,
    `--case-insensitive-headers=${options.caseInsensitiveHeaders ?? true}`,
    `--allow-external-refs=${options.externalRefs ?? true}`,
    // Off whatever a configuration says: no git fetches, no globs, no uploads.
    '--include-path-params=false',
    '--composed=false',
    '--fetch=false',
    '--auto-upgrade=false',
    '--open=false',
  );
  return args;
}

/**
 * Parses oasdiff's `--format json` output. Throws a plain Error on anything else: a malformed
 * output is a bug or a broken binary, not a user mistake.
 */
export function parseOasdiffJson(stdout: string): OasdiffChange[] {
  const raw: unknown = JSON.parse(stdout.trim() === '' ? '[]' : stdout);
  // oasdiff prints `null` for an empty list in some versions.
  if (raw === null) return [];
  if (!Array.isArray(raw)) throw new Error('oasdiff did not print a JSON list');
  return raw.map((entry: Record<string, unknown>) => {
    const level = LEVEL_BY_NUMBER[Number(entry.level)];
    if (typeof entry.id !== 'string' || typeof entry.text !== 'string' || !level) {
      throw new Error(`unexpected oasdiff entry: ${JSON.stringify(entry).slice(0, 200)}`);
    }
    const change: OasdiffChange = {
      id: entry.id,
      text: entry.text,
      level,
      fingerprint: typeof entry.fingerprint === 'string' ? entry.fingerprint : '',
    };
    for (const key of ['operation', 'operationId', 'path', 'section', 'comment'] as const) {
      if (typeof entry[key] === 'string' && entry[key] !== '') change[key] = entry[key] as string;
    }
    for (const key of ['baseSource', 'revisionSource'] as const) {
      const point = sourcePoint(entry[key]);
      if (point) change[key] = point;
    }
    return change;
  });
}

function sourcePoint(value: unknown): SourcePoint | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { file, line, column } = value as Record<string, unknown>;
  if (typeof file !== 'string' || typeof line !== 'number' || line < 1) return undefined;
  return { file, line, column: typeof column === 'number' && column > 0 ? column : 1 };
}

/** With external refs off, oasdiff met a `$ref` to another file: that side must be given bundled. */
export class ExternalRefsInSpec extends UserError {
  constructor(readonly side: 'base' | 'revision') {
    super(`the ${side} spec refers to other files, which oasdiff is not allowed to read`, undefined, 'Compare it bundled into one document.');
  }
}

export interface OasdiffRun {
  binary: string;
  command?: 'changelog' | 'breaking';
  base: string;
  revision: string;
  options: OasdiffOptions;
  /**
   * Path prefixes to show differently in messages and source points, e.g. the temporary folder
   * holding the base shown as the path in the repository. The first match wins.
   */
  rewrite?: readonly PathRewrite[];
  /** Told once oasdiff's process has started (the pipeline holds its heavy stages until then). */
  onStarted?: () => void;
}

export interface PathRewrite {
  from: string;
  to: string;
}

export function rewritePath(file: string, rewrite: readonly PathRewrite[]): string {
  const rule = rewrite.find((r) => file.startsWith(r.from));
  return rule ? rule.to + file.slice(rule.from.length) : file;
}

export async function runOasdiff(run: OasdiffRun): Promise<OasdiffChange[]> {
  // An empty folder of its own to run in, with an empty configuration file: what the pull request
  // checked out (an oasdiff.yaml, a levels file) is never where oasdiff looks.
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'fpd-oasdiff-'));
  let result: Execution;
  // oasdiff reads `a:b` as file b at git revision a; a spec whose path has a colon is given as a copy.
  const copies: PathRewrite[] = [];
  try {
    const files: OasdiffFiles = { config: path.join(folder, 'oasdiff.yaml') };
    await fs.writeFile(files.config, '');
    const levels = Object.entries(run.options.levels ?? {});
    if (levels.length) {
      files.levels = path.join(folder, 'levels.txt');
      await fs.writeFile(files.levels, levels.map(([rule, level]) => `${rule} ${level}\n`).join(''));
    }
    const [base, revision] = await Promise.all([withoutColon(run.base, folder, 'base', copies), withoutColon(run.revision, folder, 'revision', copies)]);
    const args = oasdiffArgs(run.command ?? 'changelog', base, revision, run.options, files);
    result = await execute(run.binary, args, folder, run.options.timeoutMs ?? DEFAULT_OASDIFF_TIMEOUT_MS, run.onStarted);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
  const timeoutMs = run.options.timeoutMs ?? DEFAULT_OASDIFF_TIMEOUT_MS;
  // Source points and messages name the files as the user knows them: copies as their originals, then the caller's rewrites.
  const rewrite = run.rewrite ?? [];
  const shown = (text: string) => [...copies, ...rewrite].reduce((out, r) => out.split(r.from).join(r.to), text);

  if (result.timedOut) {
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    throw new UserError(
      `oasdiff did not finish comparing the specs within ${limit}`,
      undefined,
      'Raise the diff timeout, or narrow the comparison with include/exclude paths.',
    );
  }
  if (result.spawnError) {
    throw new UserError(
      `could not run oasdiff at ${run.binary}: ${result.spawnError}`,
      undefined,
      'Unset OASDIFF_BIN to let the action build the pinned oasdiff, or point it at a working build of it.',
    );
  }
  // oasdiff exits 0 with a changelog; anything else (102: a spec failed to load) is a failure to compare.
  if (result.code !== 0) {
    const external = /failed to load (base|revision) spec .*disallowed external reference/.exec(result.stderr);
    if (external) throw new ExternalRefsInSpec(external[1] as 'base' | 'revision');
    const detail =
      shown(result.stderr.trim())
        .replace(/^Error:\s*/, '')
        .split('\n')
        .slice(0, 5)
        .join('\n') || `exit status ${result.code}`;
    throw new UserError(`oasdiff could not compare the specs: ${detail}`, undefined, describeHint(detail));
  }
  return parseOasdiffJson(result.stdout).map((change) => (copies.length || rewrite.length ? rewriteSources(change, copies, rewrite) : change));
}

function describeHint(detail: string): string {
  if (detail.includes('failed to load base spec')) return 'The spec at the base commit does not parse; fix it on the base branch or diff against another base.';
  return 'Check that both specs are valid OpenAPI (run the validate stage).';
}

/** The file as oasdiff must be given it: absolute (it runs in a folder of its own), and without a colon. */
async function withoutColon(given: string, folder: string, side: string, copies: PathRewrite[]): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given)) return given;
  const file = path.resolve(given);
  if (file !== given) copies.push({ from: file, to: given });
  if (!file.includes(':')) return file;
  const copy = path.join(folder, `${side}${path.extname(file).replace(/:/g, '')}`);
  await fs.copyFile(file, copy);
  copies.push({ from: copy, to: given });
  return copy;
}

function rewriteSources(change: OasdiffChange, copies: readonly PathRewrite[], rewrite: readonly PathRewrite[]): OasdiffChange {
  const rename = (point: SourcePoint): SourcePoint => ({ ...point, file: rewritePath(rewritePath(point.file, copies), rewrite) });
  return {
    ...change,
    ...(change.baseSource && { baseSource: rename(change.baseSource) }),
    ...(change.revisionSource && { revisionSource: rename(change.revisionSource) }),
  };
}

interface Execution {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  spawnError?: string;
}

function execute(binary: string, args: string[], cwd: string, timeoutMs: number, onStarted?: () => void): Promise<Execution> {
  return new Promise((resolve) => {
    // oasdiff needs no secrets and no settings of the job: a minimal environment (no OASDIFF_CONFIG,
    // no GITHUB_OUTPUT), its home the empty folder it runs in.
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, TMPDIR: os.tmpdir(), NO_COLOR: '1' };
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd });
    onStarted?.();
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: '', timedOut: false, spawnError: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), timedOut });
    });
  });
}
