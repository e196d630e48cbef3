/**
 * The Python environment the generated FastAPI projects run in during tests: a venv at `.venv/` in
 * the repository root, created on first use and reused afterwards. A stamp file named after a hash of
 * the requirements says the venv is complete; changing the requirements makes a fresh install.
 * Concurrent test files wait on one lock directory, so only one of them installs.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PYTHON_REQUIREMENTS = [
  'fastapi>=0.115',
  'uvicorn>=0.30',
  'pydantic>=2.7,<3',
  'httpx>=0.27',
  'pytest>=8',
  'email-validator>=2',
  'python-multipart>=0.0.9',
];

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Venv {
  dir: string;
  python: string;
}

/** schemathesis, the independent judge of a generated server, in a venv of its own (pinned: its checks change between releases). */
export const JUDGE_REQUIREMENTS = ['schemathesis==4.32.5'];

/** The judge's venv: schemathesis from PyPI, kept apart from the generated projects' packages. */
export function ensureJudgeVenv(): Promise<Venv> {
  return ensureVenv(join(REPO_ROOT, '.cache', 'schemathesis-venv'), JUDGE_REQUIREMENTS);
}

export async function ensureVenv(dir = join(REPO_ROOT, '.venv'), requirements: readonly string[] = PYTHON_REQUIREMENTS): Promise<Venv> {
  const python = join(dir, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const hash = createHash('sha256').update(requirements.join('\n')).digest('hex').slice(0, 16);
  const stamp = join(dir, `.requirements-${hash}`);
  if (existsSync(stamp)) return { dir, python };

  // The lock lives inside the venv folder, so a run killed while installing leaves nothing outside it.
  await mkdir(dir, { recursive: true });
  const lock = join(dir, '.install-lock');
  await acquire(lock);
  try {
    // Another process may have finished the install while this one waited for the lock.
    if (existsSync(stamp)) return { dir, python };
    if (!existsSync(python)) await run('python3', ['-m', 'venv', dir], { timeout: 120_000 });
    for (const name of await readdir(dir)) {
      if (name.startsWith('.requirements-')) await rm(join(dir, name));
    }
    await run(python, ['-m', 'pip', 'install', '--quiet', ...requirements], {
      timeout: 10 * 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(stamp, requirements.join('\n') + '\n');
    return { dir, python };
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** A lock directory holding the owner's pid: a lock whose owner died (a killed run) is taken over. */
async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
      if (owner > 0 && !alive(owner)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
