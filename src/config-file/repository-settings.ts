/**
 * Which version of the configuration file a run obeys, and what a pull request would change in it.
 * With a base (a pull request, a push), the file as it is at the base commit, the trusted side: a
 * pull request cannot loosen the gate it is judged by, and when it edits the file the run says so
 * and lists what would change once merged. Without one (a manual run, a laptop), the working tree's.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { RawConfig, SettingName } from '../config.ts';
import { UserError } from '../errors.ts';
import { baseCommit, openRepo, type BaseEvent } from '../git/base-commit.ts';
import { code, escapeMarkdown } from '../text/markdown.ts';
import { DEFAULT_CONFIG_FILE, parseSettingsFile, type SettingsFile } from './settings-file.ts';

export interface RepositorySettings {
  /** The file in effect; undefined when there is none. */
  file?: SettingsFile;
  /** Markdown for the job summary and the comment, when the pull request's version differs from the one in effect. */
  notice?: string;
  /** The base commit the event implies, as resolved (and fetched) to read the file: the diff compares with it too. */
  baseCommit?: string;
}

export interface SettingsRequest {
  workspace: string;
  /** The file named by the config-file input; the default file otherwise, which may be absent. */
  named?: string;
  /** The trusted revision's event; without one the working tree is read. */
  base?: BaseEvent;
  log?: (message: string) => void;
}

export async function readRepositorySettings(request: SettingsRequest): Promise<RepositorySettings> {
  const shown = request.named ?? DEFAULT_CONFIG_FILE;
  const inTree = await readTree(path.resolve(request.workspace, shown));
  const trusted = request.base ? await readAtBase(request, shown) : { text: inTree, where: 'the working tree' };
  if (trusted.text === undefined) {
    if (request.named && !request.base)
      throw new UserError(`the configuration file ${shown} does not exist`, undefined, 'Check the config-file input (--config-file).');
    if (request.named && inTree === undefined)
      throw new UserError(`the configuration file ${shown} does not exist, here or at the base`, undefined, 'Check the config-file input.');
  }
  const file = trusted.text === undefined ? undefined : parseAt(trusted.text, shown, trusted.where);
  const resolved = trusted.commit === undefined ? {} : { baseCommit: trusted.commit };
  if (!request.base || trusted.text === inTree) return { file, ...resolved };
  return { file, notice: changeNotice(shown, trusted.where, file, inTree), ...resolved };
}

/**
 * The settings a spec gets from the file (those for every spec, then each section naming it, in
 * order), and where each is written, for messages about it.
 */
export function settingsFor(file: SettingsFile | undefined, spec: string | undefined): { settings: RawConfig; where: Partial<Record<SettingName, string>> } {
  const out = { settings: {} as RawConfig, where: {} as Partial<Record<SettingName, string>> };
  if (!file) return out;
  const sections = spec === undefined ? [] : file.specs.filter((s) => s.pattern === spec || picomatch(s.pattern, { dot: true })(spec));
  for (const section of [file.all, ...sections]) {
    Object.assign(out.settings, section.settings);
    for (const [key, line] of Object.entries(section.lines)) out.where[key as SettingName] = `${file.file}:${line}`;
  }
  return out;
}

async function readTree(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`the configuration file ${file} cannot be read: ${(error as Error).message}`);
  }
}

async function readAtBase(request: SettingsRequest, shown: string): Promise<{ text: string | undefined; where: string; commit?: string }> {
  const repo = await openRepo(request.workspace, 'so the configuration file cannot be read at the base', request.log);
  const commit = await baseCommit(repo, request.base!);
  // A push that created the branch has no earlier commit: what was pushed is what there is.
  if (commit === undefined) return { text: await readTree(path.resolve(request.workspace, shown)), where: 'the pushed commit' };
  const repoPath = path
    .relative(repo.top, path.resolve(await fs.realpath(request.workspace), shown))
    .split(path.sep)
    .join('/');
  return { text: await repo.textAt(commit, repoPath), where: commit.slice(0, 7), commit };
}

function parseAt(text: string, shown: string, where: string): SettingsFile {
  try {
    return parseSettingsFile(text, shown);
  } catch (error) {
    if (!(error instanceof UserError) || where === 'the working tree') throw error;
    throw new UserError(`${error.message} (in the version at ${where}, which this run obeys)`, error.place, error.hint);
  }
}

/** What merging the pull request's version would change, setting by setting; or why that version would be refused. */
function changeNotice(shown: string, where: string, inEffect: SettingsFile | undefined, proposedText: string | undefined): string {
  const head = `> [!IMPORTANT]\n> This pull request ${inEffect === undefined ? 'adds' : proposedText === undefined ? 'removes' : 'changes'} ${code(shown)}. This run obeyed the version at ${code(where)}${inEffect === undefined ? ' (none)' : ''}, so the pull request cannot loosen the gate it is judged by.`;
  if (proposedText === undefined) return `${head} Once merged, the defaults apply.`;
  let proposed: SettingsFile;
  try {
    proposed = parseSettingsFile(proposedText, shown);
  } catch (error) {
    const { message, place } = error as UserError;
    return `${head} Once merged, the file would be refused: ${escapeMarkdown(`${place?.line ? `line ${place.line}: ` : ''}${message}`)}.`;
  }
  const before = flatten(inEffect);
  const after = flatten(proposed);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const lines = keys.flatMap((key) => {
    const [a, b] = [before.get(key), after.get(key)];
    if (a === b) return [];
    return [`> - ${escapeMarkdown(key)}: ${a === undefined ? '(default)' : code(a)} → ${b === undefined ? '(default)' : code(b)}`];
  });
  return lines.length
    ? `${head} Once merged:\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n> - … and ${lines.length - 50} more` : ''}`
    : `${head} Merging it changes no setting.`;
}

/** Every setting as `setting` (for every spec) or `setting for pattern`, one line per value. */
function flatten(file: SettingsFile | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!file) return out;
  for (const [key, value] of Object.entries(file.all.settings)) out.set(key, oneLine(value ?? ''));
  for (const section of file.specs) for (const [key, value] of Object.entries(section.settings)) out.set(`${key} for ${section.pattern}`, oneLine(value ?? ''));
  return out;
}

function oneLine(text: string): string {
  return text.split('\n').join('; ');
}
