/**
 * Finds the pinned oasdiff, or builds it. One release is used everywhere (the action, the CLI, the
 * tests): rules, levels and fingerprints differ between releases. The release is built from its Go
 * module, which the Go toolchain checks against the Go checksum database; the module's hash is also
 * pinned here and read back from the binary's build information, so a binary of another release or
 * origin is never used. In order:
 *   1. an explicit path (the option, or OASDIFF_BIN): used when it is the pinned build, refused otherwise;
 *   2. the cache (the runner's tool cache, else the user cache), filled by an earlier build;
 *   3. `oasdiff` on PATH, when it is the pinned build;
 *   4. a build with `go install` into the cache: about a minute on two cores the first time, seconds
 *      with a warm Go build cache.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, promises as fs, constants as fsConstants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../errors.ts';

const execFileAsync = promisify(execFile);

export const OASDIFF_VERSION = '1.39.0';
export const OASDIFF_MODULE = 'github.com/oasdiff/oasdiff';
/** The module's hash as the Go checksum database records it (go.sum's `h1:` form). */
export const OASDIFF_MODULE_HASH = 'h1:1E6tkJdW+XYuYo74pAEoLgvLJNY3iQKez4crBrNBFVQ=';

/** The line `go version -m` prints for the main module; Go writes it into every binary it builds. */
const BUILD_INFO = `mod\t${OASDIFF_MODULE}\tv${OASDIFF_VERSION}\t${OASDIFF_MODULE_HASH}`;

export type BinarySource = 'explicit' | 'path' | 'cache' | 'build';

export interface OasdiffBinary {
  path: string;
  source: BinarySource;
}

export interface BinaryLookup {
  /** A path to use (the `oasdiff-path` setting); OASDIFF_BIN in `env` otherwise. */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Look on PATH (off in tests of the build path). */
  searchPath?: boolean;
  /** Where built binaries are kept; the runner tool cache or the user cache by default. */
  cacheDir?: string;
  /** The Go command; `go` on PATH by default. */
  go?: string;
  log?: (message: string) => void;
}

/** The cache entry for this release and platform, and the marker written once a build is checked. */
export function cacheLocation(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, arch: string, cacheDir?: string): { dir: string; marker: string } {
  const base =
    cacheDir ??
    (env.RUNNER_TOOL_CACHE ? env.RUNNER_TOOL_CACHE : path.join(env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache'), 'fastapi-postman-deploy'));
  const version = path.join(base, 'oasdiff', OASDIFF_VERSION);
  const leaf = platform === 'linux' ? arch : `${platform}-${arch}`;
  return { dir: path.join(version, leaf), marker: path.join(version, `${leaf}.complete`) };
}

export async function findOasdiff(lookup: BinaryLookup = {}): Promise<OasdiffBinary> {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  const arch = lookup.arch ?? process.arch;
  const executable = platform === 'win32' ? 'oasdiff.exe' : 'oasdiff';

  const explicit = lookup.explicit ?? env.OASDIFF_BIN;
  if (explicit) {
    const problem = await notPinned(explicit);
    if (problem) throw new UserError(`OASDIFF_BIN (${explicit}) ${problem}`, undefined, pinHint);
    return { path: explicit, source: 'explicit' };
  }

  const cache = cacheLocation(env, platform, arch, lookup.cacheDir);
  const cached = path.join(cache.dir, executable);
  if ((await exists(cache.marker)) && (await isExecutable(cached))) return { path: cached, source: 'cache' };

  if (lookup.searchPath ?? true) {
    for (const dir of (env.PATH ?? '').split(path.delimiter)) {
      const candidate = dir && path.join(dir, executable);
      if (candidate && (await isExecutable(candidate)) && !(await notPinned(candidate))) return { path: candidate, source: 'path' };
    }
  }

  await build(lookup.go ?? 'go', cached, cache.marker, env, lookup.log ?? (() => {}));
  return { path: cached, source: 'build' };
}

const pinHint = `Unset it to let the action build oasdiff ${OASDIFF_VERSION} (Go needed), or point it at \`go install ${OASDIFF_MODULE}@v${OASDIFF_VERSION}\`'s binary.`;

/** Why a file is not the pinned build, or undefined when it is. */
async function notPinned(file: string): Promise<string | undefined> {
  if (!(await isExecutable(file))) return 'does not exist or cannot be run';
  const version = await versionOf(file);
  if (version !== OASDIFF_VERSION)
    return `is oasdiff ${version ?? 'of an unknown version'}, not the pinned ${OASDIFF_VERSION} (rules and fingerprints differ between releases)`;
  if (!(await holds(file, BUILD_INFO))) return `is not built from the ${OASDIFF_MODULE} module v${OASDIFF_VERSION} with hash ${OASDIFF_MODULE_HASH}`;
  return undefined;
}

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(binary, ['--version'], { timeout: 10_000, env: { PATH: process.env.PATH ?? '' } });
    return /oasdiff version (\S+)/.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Builds the pinned release with Go, checked against the Go checksum database, in a folder of its
 * own, and moves it into the cache only once its build information names the pinned module hash.
 */
async function build(go: string, target: string, marker: string, env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<void> {
  const hint = `Install Go (actions/setup-go) so the action can build oasdiff ${OASDIFF_VERSION} from its module, or set OASDIFF_BIN to such a build.`;
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staging = await fs.mkdtemp(path.join(path.dirname(target), '.build-'));
  log(`Building oasdiff ${OASDIFF_VERSION} from its Go module (checked against the Go checksum database); once per cache`);
  try {
    try {
      await execFileAsync(go, ['install', `${OASDIFF_MODULE}@v${OASDIFF_VERSION}`], {
        cwd: staging,
        env: goEnv(env, staging),
        timeout: 15 * 60_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { code, stderr } = error as { code?: string; stderr?: string };
      if (code === 'ENOENT') throw new UserError(`oasdiff ${OASDIFF_VERSION} is not in the cache, and there is no Go (${go}) to build it`, undefined, hint);
      const detail = (stderr ?? String(error)).trim().split('\n').slice(-5).join('\n');
      throw new UserError(`building oasdiff ${OASDIFF_VERSION} with Go failed: ${detail}`, undefined, hint);
    }
    const built = path.join(staging, path.basename(target));
    const problem = await notPinned(built);
    if (problem) throw new UserError(`the oasdiff Go built ${problem}; refusing it`, undefined, hint);
    // A temporary name and a rename, so a concurrent job or lookup never runs a half-written binary.
    const partial = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
    await fs.rename(built, partial);
    await fs.rename(partial, target);
    await fs.writeFile(marker, `${BUILD_INFO}\n`);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/**
 * Go's environment for the build: the binary lands in the staging folder, statically linked; the
 * proxy and toolchain settings are the machine's own, but nothing may switch the checksum database
 * off or exempt this module from it.
 */
function goEnv(env: NodeJS.ProcessEnv, gobin: string): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([key]) => !['GOFLAGS', 'GONOSUMDB', 'GONOSUMCHECK', 'GOPRIVATE', 'GONOPROXY', 'GOINSECURE', 'GOWORK'].includes(key)),
  );
  return { ...clean, GOBIN: gobin, CGO_ENABLED: '0', GOFLAGS: '-trimpath', ...(env.GOSUMDB === 'off' && { GOSUMDB: 'sum.golang.org' }) };
}

/** Whether a (large) file holds the text, read in chunks. */
async function holds(file: string, text: string): Promise<boolean> {
  const needle = Buffer.from(text);
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const window = Buffer.concat([tail, chunk]);
    if (window.includes(needle)) return true;
    tail = window.subarray(Math.max(0, window.length - needle.length));
  }
  return false;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return false;
    await fs.access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
