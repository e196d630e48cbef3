/**
 * Runs the bundled action the way the GitHub runner does: `node dist/index.js` with INPUT_* variables,
 * an event file, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, then reads back what it wrote.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, scratch } from './paths.ts';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step saved for its post step (GITHUB_STATE), which the runner hands it as STATE_*. */
  state: Record<string, string>;
  summary: string;
  /** Workflow command lines the runner would act on (`::name ...::...`). */
  commands: string[];
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  workspace: string;
  event?: { name: string; payload: object };
  env?: Record<string, string>;
  /** The entry point, as action.yml names it: `dist/index.js` (main) or `dist/post.js` (post). */
  script?: string;
  /** State saved by the main step, given to the post step. */
  state?: Record<string, string>;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = scratch('fpd-runner-');
  const files = { output: path.join(dir, 'output'), state: path.join(dir, 'state'), summary: path.join(dir, 'summary'), event: path.join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.state, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // The runner sets every declared input, with '' for those not given and their defaults applied.
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

  const child = spawn(process.execPath, [path.join(repoRoot, options.script ?? 'dist/index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    state: parseOutputFile(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands: stdout.split(/\r?\n/).filter((line) => line.startsWith('::')),
  };
}

/** The `name<<DELIMITER ... DELIMITER` format @actions/core writes to GITHUB_OUTPUT and GITHUB_STATE. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}
