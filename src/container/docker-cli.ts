/**
 * The one place docker is started: always an argument array (never a shell), secrets only on stdin,
 * output collected as text and streamed line by line to an optional log. A non-zero exit is a value
 * the caller judges, not an exception.
 */
import { spawn } from 'node:child_process';

export interface DockerResult {
  ok: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when docker could not be started at all (not installed, not executable). */
  spawnError?: string;
}

export interface DockerRunOptions {
  /** Written to docker's stdin, then closed; the way a password reaches `docker login`. */
  input?: string;
  cwd?: string;
  /** Stream this call's output to the log (default true); off for calls whose output is data. */
  log?: boolean;
}

export interface DockerClient {
  run(args: readonly string[], options?: DockerRunOptions): Promise<DockerResult>;
}

export interface DockerClientOptions {
  /** The docker executable (default `docker` from PATH). */
  binary?: string;
  /** The environment docker runs with, e.g. a DOCKER_CONFIG folder of its own (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Receives docker's output, one line at a time. */
  log?: (line: string) => void;
  /** Sees every argument array before it is started: the tests check that no secret is ever in one. */
  onSpawn?: (args: readonly string[]) => void;
}

export function dockerClient(options: DockerClientOptions = {}): DockerClient {
  const binary = options.binary ?? 'docker';
  return {
    run(args, runOptions = {}) {
      options.onSpawn?.([binary, ...args]);
      const log = runOptions.log === false ? undefined : options.log;
      return new Promise((resolve) => {
        const child = spawn(binary, args, {
          cwd: runOptions.cwd,
          env: options.env ?? process.env,
          stdio: [runOptions.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const stdout = collect(child.stdout, log);
        const stderr = collect(child.stderr, log);
        child.on('error', (error) => resolve({ ok: false, code: null, stdout: '', stderr: '', spawnError: error.message }));
        child.on('close', (code) => resolve({ ok: code === 0, code, stdout: stdout.text(), stderr: stderr.text() }));
        if (runOptions.input !== undefined) child.stdin?.end(runOptions.input);
      });
    },
  };
}

function collect(stream: NodeJS.ReadableStream | null, log: ((line: string) => void) | undefined): { text(): string } {
  const chunks: Buffer[] = [];
  let pending = '';
  stream?.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (!log) return;
    const lines = (pending + chunk.toString('utf8')).split(/\r?\n|\r/);
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') log(line);
  });
  stream?.on('end', () => {
    if (log && pending.trim() !== '') log(pending);
    pending = '';
  });
  return { text: () => Buffer.concat(chunks).toString('utf8') };
}
