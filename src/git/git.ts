/** Running git: argument arrays only, output as text or bytes, failures as values the caller judges. */
import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';

export interface GitResult {
  ok: boolean;
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** `extraEnv` carries what must not be in an argument list, such as a credential header for a push. */
export function git(cwd: string, args: readonly string[], input?: string, extraEnv: Record<string, string> = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    // No prompts: a fetch that needs credentials must fail, not hang the job.
    const env = { ...process.env, ...extraEnv, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    const child = spawn('git', args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    // stdout and stderr are pipes (set just above), so never null.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => resolve({ ok: false, code: null, stdout: Buffer.alloc(0), stderr: error.message }));
    child.on('close', (code) => resolve({ ok: code === 0, code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8').trim() }));
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** stdout as trimmed text, or undefined when git failed. */
export async function gitText(cwd: string, args: readonly string[]): Promise<string | undefined> {
  const result = await git(cwd, args);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

/**
 * git with its stdout written straight into `file` by git itself. A large blob (GitHub's description
 * is 13 MB) then never waits on this process, whose thread may be busy with other stages.
 */
export async function gitToFile(cwd: string, args: readonly string[], file: string): Promise<Omit<GitResult, 'stdout'>> {
  const handle = await open(file, 'w');
  try {
    return await new Promise((resolve) => {
      const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
      const child = spawn('git', args, { cwd, env, stdio: ['ignore', handle.fd, 'pipe'] });
      const stderr: Buffer[] = [];
      child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', (error) => resolve({ ok: false, code: null, stderr: error.message }));
      child.on('close', (code) => resolve({ ok: code === 0, code, stderr: Buffer.concat(stderr).toString('utf8').trim() }));
    });
  } finally {
    await handle.close();
  }
}
