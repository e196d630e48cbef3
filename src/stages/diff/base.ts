/**
 * The base spec from git: which commit to compare against for the event, getting that commit into a
 * shallow clone with as little fetching as possible, and writing the spec (or its whole folder, for
 * a multi-file spec) as it was at that commit into a folder of its own.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.ts';
import { baseCommit, openRepo, type BaseEvent } from '../../git/base-commit.ts';
import type { RunContext } from '../../github/context.ts';

export type { BaseEvent } from '../../git/base-commit.ts';

/** What the diff compares with: the `base` input, else what the event implies (none for other events). */
export function baseEventFor(context: RunContext, configured: string | undefined): BaseEvent | undefined {
  if (configured) return { kind: 'commit', commit: configured };
  const pull = context.event.pull_request as { base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if (pull?.base?.sha && pull.head?.sha) return { kind: 'pull_request', baseSha: pull.base.sha, headSha: pull.head.sha };
  const before = context.event.before;
  if (context.eventName === 'push' && typeof before === 'string') return { kind: 'push', before };
  return undefined;
}

export interface BaseRequest {
  /** Any folder inside the checked-out work tree. */
  workTree: string;
  event: BaseEvent;
  /** The spec's root file in the work tree. */
  spec: string;
  /** For a multi-file spec, the folder taken whole at the base commit; it must hold the spec. */
  folder?: string;
  /** Where to write the base; created if needed. */
  outDir: string;
  remote?: string;
  log?: (message: string) => void;
}

export type BaseSpec =
  | {
      kind: 'found';
      commit: string;
      /** The spec's root file, written under outDir at its path in the repository. */
      file: string;
      /** Its path in the repository, with `/`. */
      repoPath: string;
      outDir: string;
    }
  /** Nothing to compare with: a new spec or a new branch. Reported as a new API, not a failure. */
  | { kind: 'none'; commit?: string; reason: string };

export async function retrieveBase(request: BaseRequest): Promise<BaseSpec> {
  const repo = await openRepo(request.workTree, 'so there is no base to compare with', request.log, request.remote);
  const repoPath = await repo.pathOf(request.spec);
  const folderPath = request.folder === undefined ? undefined : await repo.pathOf(request.folder);

  const commit = await baseCommit(repo, request.event);
  if (commit === undefined) return { kind: 'none', reason: 'the push created the branch, so there is no earlier commit to compare with' };
  const short = commit.slice(0, 7);
  if (!(await repo.has(`${commit}:${repoPath}`))) {
    return { kind: 'none', commit, reason: `${repoPath} did not exist at ${short}` };
  }

  await fs.mkdir(request.outDir, { recursive: true });
  if (folderPath !== undefined) await repo.writeFolder(commit, folderPath, request.outDir);
  else await repo.writeFile(commit, repoPath, request.outDir);
  return { kind: 'found', commit, file: path.join(request.outDir, ...repoPath.split('/')), repoPath, outDir: request.outDir };
}

/** The innermost folder holding every given file: what a multi-file spec needs at the base. */
export function commonFolder(files: readonly string[]): string {
  if (files.length === 0) throw new Error('commonFolder needs at least one file');
  let common = path.dirname(files[0]!);
  for (const file of files.slice(1)) {
    while (path.relative(common, file).startsWith('..') || path.isAbsolute(path.relative(common, file))) {
      const parent = path.dirname(common);
      if (parent === common) return common;
      common = parent;
    }
  }
  return common;
}
