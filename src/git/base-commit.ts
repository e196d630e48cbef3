/**
 * The base commit an event implies, got into a shallow clone with as little fetching as possible:
 * what the diff compares with, and the trusted side whose configuration a run obeys.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { git, gitText, gitToFile } from './git.ts';

export type BaseEvent =
  /** Compare with the merge-base of the PR's base and head: only the PR's own changes count. */
  | { kind: 'pull_request'; baseSha: string; headSha: string }
  /** Compare with the commit the branch pointed at before the push. */
  | { kind: 'push'; before: string }
  /** Any commit-ish, e.g. from the command line. */
  | { kind: 'commit'; commit: string };

const ZERO_SHA = /^0+$/;
/** Deepening steps for a shallow clone before giving up and fetching the whole history. */
const DEEPEN_STEPS = [32, 256, 2048];
const FETCH_DEPTH_HINT = 'Check out the repository with `fetch-depth: 0` (actions/checkout), or make sure the base commit can be fetched from the remote.';

/** The commit to compare with, fetched when the clone lacks it; undefined when there is none (a new branch). */
export async function baseCommit(repo: Repo, event: BaseEvent): Promise<string | undefined> {
  switch (event.kind) {
    case 'push':
      if (ZERO_SHA.test(event.before)) return undefined;
      await repo.ensureCommits([event.before], 'the commit before the push');
      return event.before;
    case 'commit':
      return repo.resolveCommit(event.commit);
    case 'pull_request': {
      // actions/checkout's default for a PR is GitHub's merge commit, which also holds what the base
      // branch gained since the fork point; its first parent is then the base that isolates the PR.
      const mergeParent = await repo.mergeCommitBase(event.headSha);
      if (mergeParent) {
        repo.log(`The work tree is the PR's merge commit: comparing with its base parent ${mergeParent.slice(0, 7)}`);
        await repo.ensureCommits([mergeParent], "the merge commit's base parent");
        return mergeParent;
      }
      await repo.ensureCommits([event.baseSha, event.headSha], "the PR's base and head commits");
      return repo.mergeBase(event.baseSha, event.headSha);
    }
  }
}

/** The repository a work-tree folder is in; `purpose` says, in the error, what needed one. */
export async function openRepo(workTree: string, purpose: string, log: (message: string) => void = () => {}, remote = 'origin'): Promise<Repo> {
  const top = await gitText(workTree, ['rev-parse', '--show-toplevel']);
  if (top === undefined) {
    throw new UserError(`${workTree} is not inside a git repository, ${purpose}`, undefined, 'Check out the repository (actions/checkout) before this step.');
  }
  return new Repo(await fs.realpath(top), remote, log);
}

export class Repo {
  constructor(
    readonly top: string,
    readonly remote: string,
    readonly log: (message: string) => void,
  ) {}

  /** The path of a work-tree file in the repository, with `/`. */
  async pathOf(file: string): Promise<string> {
    let real: string;
    try {
      real = await fs.realpath(file);
    } catch {
      throw new UserError(`${file} does not exist`, undefined, 'Check the spec path.');
    }
    const relative = path.relative(this.top, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UserError(`${file} is outside the git repository at ${this.top}`, undefined, 'Point the spec input at a file in the checked-out repository.');
    }
    return relative.split(path.sep).join('/') || '.';
  }

  /** A file's text at a commit, or undefined when it does not exist there. */
  async textAt(commit: string, repoPath: string): Promise<string | undefined> {
    const blob = await git(this.top, ['cat-file', 'blob', `${commit}:${repoPath}`]);
    return blob.ok ? blob.stdout.toString('utf8') : undefined;
  }

  async has(object: string): Promise<boolean> {
    return (await git(this.top, ['cat-file', '-e', object])).ok;
  }

  async isShallow(): Promise<boolean> {
    return (await gitText(this.top, ['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  async resolveCommit(commitish: string): Promise<string> {
    const found = await gitText(this.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${commitish}^{commit}`]);
    if (found) return found;
    // Maybe a branch or commit the clone has not fetched yet.
    await this.fetch([commitish], 1);
    const fetched = await gitText(this.top, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
    if (fetched) return fetched;
    throw new UserError(`the base ${commitish} is not a commit in this repository or on ${this.remote}`, undefined, FETCH_DEPTH_HINT);
  }

  /** Fetches, in one go and only as deep as needed, the commits the clone lacks. */
  async ensureCommits(shas: readonly string[], what: string): Promise<void> {
    const missing: string[] = [];
    for (const sha of shas) if (!(await this.has(`${sha}^{commit}`))) missing.push(sha);
    if (missing.length === 0) return;
    this.log(`Fetching ${what} (${missing.map((sha) => sha.slice(0, 7)).join(', ')}) from ${this.remote}`);
    const fetched = await this.fetch(missing, 1);
    for (const sha of missing) {
      if (!fetched.ok || !(await this.has(`${sha}^{commit}`))) {
        throw new UserError(
          `${what}: ${sha.slice(0, 7)} is not in the clone and could not be fetched: ${firstLine(fetched.stderr)}`,
          undefined,
          FETCH_DEPTH_HINT,
        );
      }
    }
  }

  /**
   * When HEAD is a merge commit whose second parent is the PR's head, its first parent. Read from the
   * raw commit, which names its parents even in a shallow clone that lacks them.
   */
  async mergeCommitBase(headSha: string): Promise<string | undefined> {
    const raw = await gitText(this.top, ['cat-file', 'commit', 'HEAD']);
    const parents = [...(raw ?? '').split('\n\n')[0]!.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]!);
    return parents.length === 2 && parents[1] === headSha ? parents[0] : undefined;
  }

  /** In a shallow clone the merge-base may lie below the cut: deepen step by step, then unshallow. */
  async mergeBase(base: string, head: string): Promise<string> {
    const found = async () => gitText(this.top, ['merge-base', base, head]);
    let mergeBase = await found();
    if (mergeBase) return mergeBase;
    if (await this.isShallow()) {
      for (const depth of DEEPEN_STEPS) {
        this.log(`Deepening the shallow clone to ${depth} commits to find the merge-base`);
        await this.fetch([base, head], depth);
        mergeBase = await found();
        if (mergeBase) return mergeBase;
      }
      this.log('Fetching the whole history to find the merge-base');
      await git(this.top, ['fetch', '--no-tags', '--no-recurse-submodules', '--unshallow', this.remote]);
      mergeBase = await found();
      if (mergeBase) return mergeBase;
    }
    throw new UserError(`the PR's base ${base.slice(0, 7)} and head ${head.slice(0, 7)} have no common ancestor in this clone`, undefined, FETCH_DEPTH_HINT);
  }

  /**
   * Fetches commits by id or name. `depth` only applies to a shallow clone: passing it to a full
   * clone would make it shallow.
   */
  async fetch(commits: readonly string[], depth: number) {
    const args = ['fetch', '--no-tags', '--no-recurse-submodules'];
    // FETCH_HEAD is only needed to resolve a name (not an id) after the fetch; leave it alone otherwise.
    if (commits.every((c) => /^[0-9a-f]{40,64}$/i.test(c))) args.push('--no-write-fetch-head');
    if (await this.isShallow()) args.push(`--depth=${depth}`);
    return git(this.top, [...args, this.remote, ...commits]);
  }

  async writeFile(commit: string, repoPath: string, outDir: string): Promise<void> {
    const target = await targetUnder(outDir, repoPath);
    const blob = await gitToFile(this.top, ['cat-file', 'blob', `${commit}:${repoPath}`], target);
    if (!blob.ok) throw new Error(`git cat-file failed for ${repoPath} at ${commit}: ${blob.stderr}`);
  }

  /** Every regular file of the folder at the commit, in two git processes whatever the count. */
  async writeFolder(commit: string, folder: string, outDir: string): Promise<void> {
    const listing = await git(this.top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder === '.' ? '.' : `${folder}/`]);
    if (!listing.ok) throw new Error(`git ls-tree failed for ${folder} at ${commit}: ${listing.stderr}`);
    const blobs = parseTree(listing.stdout.toString('utf8'));
    if (blobs.length === 0) return;
    const batch = await git(this.top, ['cat-file', '--batch'], blobs.map((b) => b.sha).join('\n') + '\n');
    if (!batch.ok) throw new Error(`git cat-file --batch failed: ${batch.stderr}`);
    const contents = parseBatch(batch.stdout);
    await Promise.all(blobs.map((blob, i) => writeUnder(outDir, blob.path, contents[i]!)));
  }
}

interface TreeBlob {
  sha: string;
  path: string;
}

/** `ls-tree -z` lines: `<mode> <type> <sha>\t<path>`. Symlinks and submodules are left out. */
function parseTree(listing: string): TreeBlob[] {
  const blobs: TreeBlob[] = [];
  for (const line of listing.split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (!match || match[2] !== 'blob' || match[1] === '120000') continue;
    blobs.push({ sha: match[3]!, path: match[4]! });
  }
  return blobs;
}

/** `cat-file --batch` output: `<sha> <type> <size>\n<content>\n` per object, in request order. */
function parseBatch(output: Buffer): Buffer[] {
  const contents: Buffer[] = [];
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, end).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isInteger(size)) throw new Error(`unexpected git cat-file output: ${header}`);
    contents.push(output.subarray(end + 1, end + 1 + size));
    offset = end + 1 + size + 1;
  }
  return contents;
}

async function writeUnder(outDir: string, repoPath: string, content: Buffer): Promise<void> {
  await fs.writeFile(await targetUnder(outDir, repoPath), content);
}

/** Where a repository path goes under outDir, its folder made. */
async function targetUnder(outDir: string, repoPath: string): Promise<string> {
  const target = path.resolve(outDir, ...repoPath.split('/'));
  // git never stores `..` in a tree path; refuse it anyway rather than write outside outDir.
  if (path.relative(outDir, target).startsWith('..')) throw new Error(`refusing to write ${repoPath} outside ${outDir}`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  return target;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'git fetch failed'
  );
}
