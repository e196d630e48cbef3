/**
 * The Docker side of the tests: the engine and registry that CI starts (scripts/ci-services.sh),
 * base images built here from Debian packages (no Docker Hub to pull from): `fpd-base` without
 * Python and `fpd-python` standing in for python:3.x-slim, and private registries a test can stop
 * and start by process id.
 *
 * A missing engine or registry FAILS the test with what to run: CI provides both, so a skip would
 * hide a broken setup.
 */
import { freePort } from './ports.ts';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheDir, repoRoot, scratch } from './paths.ts';

const run = promisify(execFile);

/** The registry scripts/ci-services.sh starts. */
export const sharedRegistry = '127.0.0.1:5000';
const startHint = 'Start the engine and registry with scripts/ci-services.sh (CI runs it before the tests).';

/** Throws unless `docker info` answers. */
export async function requireEngine(): Promise<void> {
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 20_000 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`the Docker engine is not answering (${detail}). ${startHint}`);
  }
}

/** Throws unless the registry at `address` answers its API's base endpoint. */
export async function requireRegistry(address = sharedRegistry): Promise<void> {
  try {
    const response = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(5_000) });
    if (response.status !== 200) throw new Error(`answered ${response.status}`);
  } catch (error) {
    throw new Error(`the image registry at ${address} is not answering (${(error as Error).message}). ${startHint}`);
  }
}

/** Both, in one call at the top of a test file. */
export async function requireDockerServices(): Promise<void> {
  await requireEngine();
  await requireRegistry();
}

const baseLockStaleMs = 15 * 60_000;

/**
 * A minimal Debian image of the host's release (`fpd-base:<codename>`, no Python), made with
 * debootstrap and `docker import`. The root file system is kept as a tar in .cache/, so a fresh engine
 * imports it in seconds; only the first run on a machine downloads packages (~40 s).
 */
export async function ensureBaseImage(): Promise<string> {
  const codename = osRelease().VERSION_CODENAME ?? 'bookworm';
  const image = `fpd-base:${codename}`;
  if (await imageExists(image)) return image;

  const dir = path.join(cacheDir, 'container');
  const tarball = path.join(dir, `base-${codename}.tar`);
  await mkdir(dir, { recursive: true });
  const lock = path.join(dir, `base-${codename}.lock`);
  await acquire(lock);
  try {
    if (await imageExists(image)) return image;
    if (!existsSync(tarball)) await bootstrapTarball(codename, dir, tarball);
    await run('docker', ['import', '--change', 'CMD ["/bin/bash"]', tarball, image], { timeout: 5 * 60_000 });
    return image;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

/**
 * `fpd-python:<codename>`: Debian's Python 3 on the base image, standing in for python:3.x-slim as
 * the PYTHON_IMAGE build argument of a generated FastAPI project. Built once per engine (~30 s);
 * the host's CA bundle goes in so pip in later builds trusts what the host's pip trusts.
 */
export async function ensurePythonBaseImage(): Promise<string> {
  const base = await ensureBaseImage();
  const image = base.replace(/^fpd-base:/, 'fpd-python:');
  if (await imageExists(image)) return image;
  const dir = path.join(cacheDir, 'container');
  await mkdir(dir, { recursive: true });
  const lock = path.join(dir, `${image.replace(/[^\w.-]/g, '-')}.lock`);
  await acquire(lock);
  try {
    if (await imageExists(image)) return image;
    const context = scratch('fpd-python-base-');
    try {
      await copyFile(path.join(repoRoot, '__tests__/fixtures/container/python-base/Dockerfile'), path.join(context, 'Dockerfile'));
      await copyFile(hostCaBundle(), path.join(context, 'host-ca-certificates.crt'));
      await run('docker', ['build', '--network=host', `--build-arg=BASE_IMAGE=${base}`, `--tag=${image}`, context], {
        timeout: 10 * 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
    } finally {
      await rm(context, { recursive: true, force: true });
    }
    return image;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

/** The certificates the host's pip verifies with: its configured bundle, else the system's. */
function hostCaBundle(): string {
  const candidates = [process.env.PIP_CERT, process.env.SSL_CERT_FILE, '/etc/ssl/certs/ca-certificates.crt'];
  const found = candidates.find((file): file is string => file !== undefined && file !== '' && existsSync(file));
  if (!found) throw new Error('no CA bundle found for the Python base image (set PIP_CERT or install ca-certificates)');
  return found;
}

async function bootstrapTarball(codename: string, dir: string, tarball: string): Promise<void> {
  const rootfs = path.join(dir, `rootfs-${codename}.partial`);
  await rm(rootfs, { recursive: true, force: true });
  const mirror = debianMirror(codename);
  await run('debootstrap', ['--variant=minbase', codename, rootfs, ...(mirror ? [mirror] : [])], {
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  // Downloaded packages, docs and translations are a third of the tree and no test reads them.
  for (const sub of ['var/cache/apt/archives', 'var/lib/apt/lists', 'usr/share/doc', 'usr/share/man', 'usr/share/locale']) {
    await rm(path.join(rootfs, sub), { recursive: true, force: true });
  }
  await mkdir(path.join(rootfs, 'var/cache/apt/archives/partial'), { recursive: true });
  await run('tar', ['--numeric-owner', '-C', rootfs, '-cf', `${tarball}.partial`, '.'], { timeout: 5 * 60_000 });
  await rename(`${tarball}.partial`, tarball);
  await rm(rootfs, { recursive: true, force: true });
}

/** The mirror the host's own apt uses for this release, so debootstrap needs no address of its own. */
function debianMirror(codename: string): string | undefined {
  const sources: string[] = [];
  const listDir = '/etc/apt/sources.list.d';
  if (existsSync(listDir)) {
    for (const name of readdirSync(listDir)) {
      if (name.endsWith('.sources') || name.endsWith('.list')) sources.push(readFileSync(path.join(listDir, name), 'utf8'));
    }
  }
  if (existsSync('/etc/apt/sources.list')) sources.push(readFileSync('/etc/apt/sources.list', 'utf8'));
  for (const text of sources) {
    // deb822 stanzas: URIs + Suites lines.
    for (const stanza of text.split(/\n\s*\n/)) {
      const uris = /^URIs:\s*(\S+)/m.exec(stanza)?.[1];
      const suites = /^Suites:\s*(.+)$/m.exec(stanza)?.[1]?.split(/\s+/) ?? [];
      if (uris && suites.includes(codename) && /^Types:.*\bdeb\b/m.test(stanza)) return uris;
    }
    // One-line form: deb [options] uri suite components.
    for (const line of text.split('\n')) {
      const match = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line.trim());
      if (match && match[2] === codename) return match[1];
    }
  }
  return undefined;
}

function osRelease(): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of readFileSync('/etc/os-release', 'utf8').split('\n')) {
    const match = /^(\w+)=("?)(.*)\2$/.exec(line);
    if (match) fields[match[1]!] = match[3]!;
  }
  return fields;
}

export async function imageExists(image: string): Promise<boolean> {
  try {
    await run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

async function acquire(lock: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a killed run would block every later one: take it over once it is old.
      if (Date.now() - started > baseLockStaleMs) {
        await rmdir(lock).catch(() => undefined);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export { freePort };

/**
 * A registry of the test's own (Debian's docker-registry with this repo's config), on a free
 * loopback port with fresh storage. `stop()` and `start()` act on the one process it started, by id,
 * and keep port and storage, so an interrupted push can be resumed against the same registry.
 */
export interface TestRegistry {
  address: string;
  /** The running process's id; undefined while stopped. */
  readonly pid: number | undefined;
  /** Everything the registry has logged, across restarts. */
  log(): string;
  /** Resolves once a log line matches `pattern` (checked against what is already logged, too). */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its storage. */
  dispose(): Promise<void>;
}

export async function startTestRegistry(options: { htpasswd?: string } = {}): Promise<TestRegistry> {
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const root = scratch('fpd-test-registry-');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY: path.join(root, 'storage'),
    REGISTRY_HTTP_ADDR: address,
  };
  if (options.htpasswd !== undefined) {
    const file = path.join(root, 'htpasswd');
    await writeFile(file, options.htpasswd);
    env.REGISTRY_AUTH = 'htpasswd';
    env.REGISTRY_AUTH_HTPASSWD_REALM = 'fpd-test';
    env.REGISTRY_AUTH_HTPASSWD_PATH = file;
  }
  let child: ChildProcess | undefined;
  let output = '';
  const listeners = new Set<() => void>();

  const registry: TestRegistry = {
    address,
    get pid() {
      return child?.pid;
    },
    log: () => output,
    waitForLog(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(output)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`registry log never matched ${pattern}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async start() {
      if (child) return;
      const started = spawn('docker-registry', ['serve', path.join(repoRoot, 'scripts/registry-config.yml')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        for (const listener of [...listeners]) listener();
      };
      started.stdout?.on('data', onData);
      started.stderr?.on('data', onData);
      // A test file that dies before its after() hook must not leave registries behind.
      const orphanGuard = () => started.kill('SIGKILL');
      process.once('exit', orphanGuard);
      started.on('exit', () => {
        process.off('exit', orphanGuard);
        if (child === started) child = undefined;
      });
      const deadline = Date.now() + 30_000;
      for (;;) {
        const up = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(2_000) }).then(
          (response) => response.status === 200 || response.status === 401,
          () => false,
        );
        if (up) return;
        if (!child) throw new Error(`docker-registry exited while starting:\n${output}`);
        if (Date.now() > deadline) throw new Error(`docker-registry did not answer on ${address}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop(signal = 'SIGTERM') {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      process.kill(running.pid!, signal);
      await exited;
    },
    async dispose() {
      await registry.stop('SIGKILL');
      await rm(root, { recursive: true, force: true });
    },
  };
  await registry.start();
  return registry;
}

/** An htpasswd line for the registry (bcrypt, the only hash it accepts), the password sent on stdin. */
export async function htpasswdLine(username: string, password: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('htpasswd', ['-inB', username], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout.trim() + '\n') : reject(new Error(`htpasswd failed: ${stderr}`))));
    child.stdin.end(password);
  });
}
