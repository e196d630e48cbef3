/**
 * Runs a generated project on this machine: a venv inside the project (created, and its packages
 * installed, only when the dependencies in pyproject.toml changed), then uvicorn until stopped. The
 * CLI's `serve` and the local contract run use it as "the deployed URL".
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../errors.ts';
import { freePort } from '../../net/free-port.ts';
import { credentialsText } from '../../openapi/sample/request.ts';

const run = promisify(execFile);

export interface ServeOptions {
  /** The project folder (the one holding pyproject.toml). */
  dir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The Python package of the app (`app`). */
  packageName?: string;
  /** Interpreter that creates the venv. */
  python?: string;
  /** Receives uvicorn's output. */
  onOutput?: (text: string) => void;
  /** Sent by the app in its X-Build-Id header (the generated app reads $BUILD_ID). */
  buildId?: string;
  /** The credentials the server accepts, per security scheme (API_CREDENTIALS); without them it refuses every secured request. */
  credentials?: Readonly<Record<string, string>>;
}

export interface RunningProject {
  url: string;
  buildId?: string;
  /** Settles when the server exits, with its exit code. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** The venv's interpreter, after installing the project's dependencies when they changed. */
export async function ensureProjectVenv(dir: string, python = 'python3'): Promise<string> {
  const pyproject = await readFile(join(dir, 'pyproject.toml'), 'utf8').catch(() => {
    throw new UserError(`${dir} has no pyproject.toml`, undefined, 'Point serve at the folder the fastapi stage wrote.');
  });
  const dependencies = readDependencies(pyproject);
  const venv = join(dir, '.venv');
  const venvPython = join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const stamp = join(venv, `.dependencies-${createHash('sha256').update(dependencies.join('\n')).digest('hex').slice(0, 16)}`);
  if (existsSync(stamp)) return venvPython;
  try {
    if (!existsSync(venvPython)) await run(python, ['-m', 'venv', venv], { timeout: 120_000 });
    for (const name of await readdir(venv)) if (name.startsWith('.dependencies-')) await rm(join(venv, name));
    await run(venvPython, ['-m', 'pip', 'install', '--quiet', ...dependencies], { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string; stderr?: string; message: string };
    if (e.code === 'ENOENT') throw new UserError(`cannot run ${python}`, undefined, 'Install Python 3.10 or newer, or pass the interpreter to use.');
    throw new UserError(`installing the project's dependencies failed: ${(e.stderr ?? e.message).trim().split('\n').slice(-5).join('\n')}`);
  }
  await writeFile(stamp, dependencies.join('\n') + '\n');
  return venvPython;
}

/** The `[project] dependencies` array of a pyproject.toml, as the generator writes it. */
export function readDependencies(pyproject: string): string[] {
  const start = /^dependencies\s*=\s*\[/m.exec(pyproject);
  if (!start) return [];
  // Strings up to the closing bracket outside them (`fastapi[standard]` holds brackets of its own).
  const found: string[] = [];
  const token = /\s*(?:"([^"]*)"|'([^']*)'|(\])|,|#[^\n]*)/y;
  token.lastIndex = start.index + start[0].length;
  for (let m = token.exec(pyproject); m; m = token.exec(pyproject)) {
    if (m[3]) return found;
    if (m[1] !== undefined || m[2] !== undefined) found.push((m[1] ?? m[2])!);
  }
  return found;
}

export async function serveProject(options: ServeOptions): Promise<RunningProject> {
  const python = await ensureProjectVenv(options.dir, options.python);
  const host = options.host ?? '127.0.0.1';
  const port = options.port === 0 ? await freePort(host) : (options.port ?? 8000);
  const child = spawn(python, ['-m', 'uvicorn', `${options.packageName ?? 'app'}.main:app`, '--host', host, '--port', String(port)], {
    cwd: options.dir,
    env: {
      ...process.env,
      ...(options.buildId !== undefined && { BUILD_ID: options.buildId }),
      ...(options.credentials && { API_CREDENTIALS: credentialsText(options.credentials) }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-8000);
    options.onOutput?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // Any HTTP answer means uvicorn is serving; the app itself may take seconds to compute /openapi.json.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new UserError(`the server exited at start:\n${output.trim()}`);
    try {
      await fetch(url + '/');
      return { url, exited, stop, ...(options.buildId !== undefined && { buildId: options.buildId }) };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new UserError(`the server did not answer on ${url} within 60 s:\n${output.trim()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
