/**
 * Runs a command as a child process and follows its peak memory, and that of every process it
 * starts (the CLI's oasdiff, say): process.resourceUsage() only counts the measuring process itself.
 * On Linux the kernel keeps each process's high-water mark (VmHWM in /proc/<pid>/status); it is read
 * every few milliseconds while the process lives, so only growth in its last moments can be missed.
 * Elsewhere the peaks stay empty.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface WatchedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of each process seen, by pid, with its command name. */
  peaks: Map<number, { name: string; mb: number }>;
}

const POLL_MS = 10;

export function runWatched(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<WatchedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const peaks = new Map<number, { name: string; mb: number }>();
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    const poll = () => {
      if (child.pid !== undefined) for (const pid of [child.pid, ...descendants(child.pid)]) record(pid, peaks);
    };
    poll();
    const timer = setInterval(poll, POLL_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearInterval(timer);
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), peaks });
    });
  });
}

/** The sum of the peaks: an upper bound of what the process tree held at once. */
export function totalPeakMB(run: WatchedRun): number {
  let sum = 0;
  for (const { mb } of run.peaks.values()) sum += mb;
  return sum;
}

function record(pid: number, peaks: Map<number, { name: string; mb: number }>): void {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return; // gone already, or no /proc
  }
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
  if (!hwm) return; // a zombie: its last reading stands
  const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
  const mb = Number(hwm[1]) / 1024;
  const seen = peaks.get(pid);
  // A pid that exec()s (node's spawn) keeps its number under the new name.
  if (!seen || seen.mb < mb || seen.name !== name) peaks.set(pid, { name, mb: Math.max(mb, seen?.name === name ? seen.mb : 0) });
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(/\s+/).filter(Boolean).map(Number)) found.push(child, ...descendants(child));
  }
  return found;
}
