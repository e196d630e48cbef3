/** What each benchmark case runs. `prepare` loads modules (not timed); the function it returns is. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { retrieveBase } from '../src/stages/diff/base.ts';
import { renderMarkdown, renderSummary } from '../src/stages/diff/changelog.ts';
import { defaultDiffOptions } from '../src/config.ts';
import { diffSpec } from '../src/stages/diff/diff.ts';
import { findOasdiff } from '../src/stages/diff/oasdiff-binary.ts';
import { oasdiffArgs } from '../src/stages/diff/oasdiff.ts';
import { runWatched, type WatchedRun } from './child.ts';
import { loadSpec } from '../src/openapi/load/load.ts';
import { buildApiModel } from '../src/openapi/model/build.ts';
import { planCollection } from '../src/stages/collection/collection.ts';
import { convertV2 } from 'openapi-to-postmanv2';
import { existsSync, readFileSync } from 'node:fs';
import { planFastapiProject } from '../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../src/stages/fastapi/write.ts';
import { operations } from '../src/openapi/validate/rules/operations.ts';
import { validateSpec } from '../src/openapi/validate/validate.ts';

/** What a timed run may tell: how it ended, and for work done in child processes, their memory. */
export interface CaseResult {
  note?: string;
  /** CPU time of this process during the run (user + system), where that is the measure. */
  cpuMs?: number;
  /** Peak memory of the work, when it ran in a child process (the measuring process's own otherwise). */
  rssMB?: number;
  /** A line for the record, e.g. the memory of each process of the run. */
  detail?: string;
}

export interface BenchCase {
  /** Untimed setup for one spec (modules, fixtures); returns the timed run, which may say how it ended. */
  prepare(spec: string): Promise<() => Promise<string | void | CaseResult>>;
}

/** fastapi-code-generator, from PyPI, in a venv of the bench's own (made once, untimed). */
function codegenPeer(): string {
  const venv = path.join(process.cwd(), '.cache/bench-venv');
  const bin = path.join(venv, 'bin/fastapi-codegen');
  if (!existsSync(bin)) {
    execFileSync('python3', ['-m', 'venv', venv]);
    execFileSync(path.join(venv, 'bin/pip'), ['install', '-q', 'fastapi-code-generator'], { stdio: 'inherit' });
  }
  return bin;
}

/**
 * A git repository whose last commit changes `spec` from `base` to the revision, as a push leaves it:
 * the diff stage then has to take the base from history, like in CI. `spec` is `base|revision`.
 */
function repoWithChange(spec: string): { dir: string; file: string; before: string } {
  const [base, revision] = spec.split('|') as [string, string];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-repo-'));
  const file = path.join(dir, 'api', path.basename(revision));
  mkdirSync(path.dirname(file));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  copyFileSync(base, file);
  git('add', '.');
  git('commit', '-qm', 'base');
  const before = git('rev-parse', 'HEAD');
  copyFileSync(revision, file);
  git('commit', '-qam', 'revision');
  return { dir, file, before };
}

/** Removes a scratch folder when the measuring process ends (after the timing is printed). */
function removeOnExit(dir: string): void {
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}

/**
 * The base for the whole-pipeline case: the spec a commit earlier, slightly different, so oasdiff has
 * changes to report: its middle path is missing (the revision adds it) and one operation's
 * description differs. Written with JSON.stringify(…, null, 2), the layout of the GitHub description.
 */
function earlierRevision(spec: string): string {
  const document = JSON.parse(readFileSync(spec, 'utf8')) as { paths: Record<string, Record<string, { description?: string }>> };
  const paths = Object.keys(document.paths);
  delete document.paths[paths[Math.floor(paths.length / 2)]!];
  const described = Object.values(document.paths[paths[0]!]!).find((op) => typeof op?.description === 'string');
  if (described) described.description = `An earlier wording. ${described.description}`;
  return JSON.stringify(document, null, 2);
}

/** A scratch repository: the earlier revision committed, then the spec itself, as after a push. */
function pipelineRepo(spec: string): { dir: string; file: string; base: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-pipeline-'));
  removeOnExit(dir);
  const file = path.join('api', path.basename(spec));
  mkdirSync(path.join(dir, 'api'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(path.join(dir, file), earlierRevision(spec));
  git('add', '.');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  copyFileSync(spec, path.join(dir, file));
  git('commit', '-qam', 'revision');
  return { dir, file, base };
}

/** The environment of a child run: ours, less any action inputs or workflow context that would steer it. */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_') && !key.startsWith('GITHUB_') && key !== 'OASDIFF_BIN'));
}

/** `0m1.234s`, as bash's `times` prints it, in seconds. */
function minutes(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!match) throw new Error(`not a time: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Peak memory of a run by process name (the largest of each), e.g. `node 420 MB, oasdiff 380 MB`. */
function peaksByName(run: WatchedRun): Map<string, number> {
  const byName = new Map<string, number>();
  for (const { name, mb } of run.peaks.values()) byName.set(name, Math.max(byName.get(name) ?? 0, mb));
  return byName;
}

function failure(what: string, run: WatchedRun): Error {
  return new Error(`${what} exited with ${run.status ?? run.signal}: ${(run.stderr || run.stdout).slice(0, 2000)}`);
}

export const cases: Record<string, BenchCase> = {
  /**
   * The whole spec side as a user runs it: the bundled CLI, `run` with the stages validate, diff,
   * collection and fastapi, in a fresh repository whose previous commit is the base. Timed from
   * spawning node to its exit; the memory is the CLI's node process, with every process it starts
   * (git, oasdiff) in the detail.
   */
  'ours:pipeline': {
    async prepare(spec) {
      const { dir, file, base } = pipelineRepo(spec);
      const cli = path.join(process.cwd(), 'dist/cli.js');
      return async () => {
        const run = await runWatched(process.execPath, [cli, 'run', file, '--stages', 'validate,diff,collection,fastapi', '--base', base], {
          cwd: dir,
          env: plainEnv(),
        });
        if (run.status !== 0) throw failure('the CLI run', run);
        if (!/FastAPI project/.test(run.stdout) || !/Postman collection/.test(run.stdout))
          throw new Error(`the CLI run did not generate everything:\n${run.stdout.slice(0, 2000)}`);
        const names = peaksByName(run);
        const parts = [...names].sort((a, b) => b[1] - a[1]).map(([name, mb]) => `${name} ${mb.toFixed(0)}`);
        return { rssMB: names.get('node') ?? 0, detail: `peak MB by process: ${parts.join(', ')}` };
      };
    },
  },
  /**
   * The slowest part alone: oasdiff on the same two files, with the very arguments our diff stage
   * gives it (one `changelog` at level INFO, external refs off; the gate is derived from it, there
   * is no `breaking` run) and the same minimal environment.
   */
  'oasdiff:pipeline-diff': {
    async prepare(spec) {
      const binary = await findOasdiff();
      const dir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-oasdiff-'));
      removeOnExit(dir);
      const base = path.join(dir, path.basename(spec));
      writeFileSync(base, earlierRevision(spec));
      const config = path.join(dir, 'oasdiff.yaml');
      writeFileSync(config, '');
      const args = oasdiffArgs('changelog', base, spec, { ...defaultDiffOptions, externalRefs: false }, { config });
      const env = { PATH: process.env.PATH ?? '', HOME: dir, TMPDIR: os.tmpdir(), NO_COLOR: '1' };
      return async () => {
        const run = await runWatched(binary.path, args, { env, cwd: dir });
        if (run.status !== 0) throw failure('oasdiff', run);
        if (!run.stdout.includes('endpoint-added')) throw new Error(`oasdiff found no change: ${run.stdout.slice(0, 500)}`);
        return { rssMB: Math.max(0, ...peaksByName(run).values()) };
      };
    },
  },
  /**
   * The action's bundle loading: `node dist/index.js` with no inputs. Importing the entry runs the
   * action (src/index.ts awaits run()), so there is no import without a run; with no `spec` input
   * the run stops at the first thing it does, reading the inputs (a UserError, `::error::`, exit 1),
   * before the pipeline, git or any network. What is timed is thus node's start, the entry's static
   * module graph (the chunks the pipeline loads on demand are not), and that one failed input check:
   * the wait before a job step starts working. Spawn to exit, as the runner sees it.
   */
  'ours:bundle-load': {
    async prepare() {
      const entry = path.join(process.cwd(), 'dist/index.js');
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-load-'));
      removeOnExit(cwd);
      return async () => {
        const run = await runWatched(process.execPath, [entry], { cwd, env: plainEnv() });
        if (run.status !== 1 || !run.stdout.includes('input "spec" is required')) throw failure('the action with no inputs', run);
        return { rssMB: peaksByName(run).get('node') ?? 0 };
      };
    },
  },
  /** For scale: node starting and exiting with nothing to load. */
  'node:bare-start': {
    async prepare() {
      return async () => {
        const run = await runWatched(process.execPath, ['-e', '0'], { env: plainEnv() });
        if (run.status !== 0) throw failure('node -e 0', run);
        return { rssMB: peaksByName(run).get('node') ?? 0 };
      };
    },
  },
  /**
   * Getting the pinned oasdiff on a runner with nothing cached: `go install` of the module into an
   * empty cache, with empty Go module and build caches (what a fresh hosted runner does once).
   */
  'ours:oasdiff-cold': {
    async prepare() {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-oasdiff-cold-'));
      removeOnExit(dir);
      const env = { ...process.env, GOMODCACHE: path.join(dir, 'gomod'), GOCACHE: path.join(dir, 'gocache') };
      return async () => {
        const found = await findOasdiff({ cacheDir: path.join(dir, 'cache'), env, searchPath: false });
        if (found.source !== 'build') throw new Error(`expected a build, got ${found.source}`);
        execFileSync('chmod', ['-R', 'u+w', dir]);
      };
    },
  },
  /** The same with the build cached: the lookup every later run of the action makes. */
  'ours:oasdiff-warm': {
    async prepare() {
      await findOasdiff();
      return async () => {
        const found = await findOasdiff({ searchPath: false });
        if (found.source !== 'cache') throw new Error(`expected the cache, got ${found.source}`);
      };
    },
  },
  /** The diff stage as a push runs it: base from git, both specs loaded, oasdiff, the gate, the comment. */
  'ours:diff': {
    async prepare(spec) {
      const binary = await findOasdiff();
      const { dir, file, before } = repoWithChange(spec);
      return async () => {
        // As the pipeline does: git first, then the spec loads while oasdiff runs.
        let started = () => {};
        const revision = new Promise<void>((resolve) => (started = resolve)).then(() => loadSpec(file, { displayBase: dir }));
        const outDir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-base-'));
        const base = await retrieveBase({ workTree: dir, event: { kind: 'push', before }, spec: file, outDir });
        const report = await diffSpec({
          base,
          revision,
          revisionFile: file,
          options: { ...defaultDiffOptions, acceptedBreaksFile: undefined },
          workspace: dir,
          binary,
          onOasdiffStarted: started,
        });
        writeFileSync(path.join(outDir, 'comment.md'), renderMarkdown(report) + renderSummary([report]));
      };
    },
  },
  /** The collection with its contract tests, from the file: load, model, convert, tests, JSON text. */
  'ours:collection': {
    async prepare(spec) {
      return async () => {
        const loaded = await loadSpec(spec);
        const plan = planCollection(buildApiModel(loaded), loaded);
        if (JSON.stringify(plan.collection).length === 0) throw new Error('empty');
      };
    },
  },
  /** The peer that writes no tests: Postman's converter alone, from the same file, as a JSON text. */
  'openapi-to-postmanv2:convert': {
    async prepare(spec) {
      return async () => {
        const data = readFileSync(spec, 'utf8');
        await new Promise<void>((resolve, reject) =>
          convertV2({ type: 'string', data }, {}, (error, result) => {
            if (error || !result?.result) reject(error ?? new Error(result?.reason));
            else {
              JSON.stringify(result.output?.[0]?.data);
              resolve();
            }
          }),
        );
      };
    },
  },
  /** The peer that writes tests: Portman's CLI with its default contract tests, to a file. */
  portman: {
    async prepare(spec) {
      const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-portman-')), 'collection.json');
      const bin = path.join(process.cwd(), 'node_modules/.bin/portman');
      return async () => {
        const run = spawnSync(bin, ['-l', spec, '-o', out, '--ignoreCircularRefs', 'true'], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
          cwd: path.dirname(out),
        });
        if (run.status !== 0) throw new Error(run.stderr || run.stdout);
      };
    },
  },
  /** The FastAPI project from the file: load, model, plan, write every file. */
  'ours:fastapi': {
    async prepare(spec) {
      const out = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-fastapi-'));
      return async () => {
        await writeFastapiProject(planFastapiProject(await loadSpec(spec)), out);
      };
    },
  },
  /** The peer: fastapi-code-generator on the same file (its own process, as its users run it). */
  'fastapi-code-generator': {
    async prepare(spec) {
      const bin = codegenPeer();
      const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-fcg-')), 'app');
      return async () => {
        const run = spawnSync(bin, ['--input', spec, '--output', out], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        if (run.status !== 0) return `failed: ${(run.stderr.trim().split('\n').at(-1) ?? '').slice(0, 60)}`;
      };
    },
  },
  /** The generated app, from starting uvicorn to its first answer (imports, routers, models). */
  'ours:fastapi-start': {
    async prepare(spec) {
      const { ensureVenv } = await import('../__tests__/support/python-venv.ts');
      const { startUvicorn } = await import('../__tests__/fixtures/fastapi/uvicorn.ts');
      const { python } = await ensureVenv();
      const out = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-start-'));
      await writeFastapiProject(planFastapiProject(await loadSpec(spec)), out);
      return async () => {
        const server = await startUvicorn(python, out);
        await server.stop();
      };
    },
  },
  /**
   * The deploy stage on the example, against the Cloud Run fake (in a process of its own): a new
   * service, its candidate confirmed and contract-tested, then promoted. The measure is the CPU
   * time of this process, the stage's own work; the wall time is mostly the platform's (the fake
   * starting containers, polls).
   */
  'ours:deploy': {
    async prepare(spec) {
      const { deployableImages } = await import('../__tests__/support/clouds/images.ts');
      const images = await deployableImages();
      const fake = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'cloud-run-fake.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
      process.on('exit', () => fake.kill('SIGTERM'));
      const { runApiUrl } = await new Promise<{ runApiUrl: string }>((resolve) =>
        fake.stdout!.once('data', (line: Buffer) => resolve(JSON.parse(String(line)))),
      );
      const dir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-deploy-'));
      removeOnExit(dir);
      copyFileSync(spec, path.join(dir, 'openapi.yaml'));
      const cli = path.join(process.cwd(), 'dist/cli.js');
      const args = [
        cli,
        'deploy',
        'openapi.yaml',
        ...['--target', 'cloud-run', '--service', 'books', '--deploy-image', images.good.image, '--expect-build', images.good.buildId],
        ...['--setting', 'project=bench-project', '--setting', 'region=europe-west1', '--setting', `runApiUrl=${runApiUrl}`],
      ];
      // bash's `times` prints the CPU time of the shell's children: the CLI's own, the fake's not.
      const script = `"$0" "$@" >/dev/null 2>&1; status=$?; times; exit $status`;
      return async () => {
        const run = await runWatched('bash', ['-c', script, process.execPath, ...args], {
          cwd: dir,
          env: { ...plainEnv(), GOOGLE_ACCESS_TOKEN: 'ya29.bench-access-token' },
        });
        fake.stdin!.end();
        if (run.status !== 0) throw failure('the CLI deploy', run);
        const children = run.stdout.trim().split('\n').at(-1)!.split(/\s+/).map(minutes);
        return { cpuMs: (children[0]! + children[1]!) * 1000, rssMB: peaksByName(run).get('node') ?? 0 };
      };
    },
  },
  /** The peer: the oasdiff CLI alone on the same two files (its changelog, as JSON). */
  'oasdiff:changelog': {
    async prepare(spec) {
      const binary = await findOasdiff();
      const [base, revision] = spec.split('|') as [string, string];
      return async () => {
        const run = spawnSync(binary.path, ['changelog', base, revision, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        if (run.status !== 0) throw new Error(run.stderr);
      };
    },
  },
  /** Our validate stage, plus a source position for every operation (what annotations need). */
  'ours:validate': {
    async prepare(spec) {
      return async () => {
        const loaded = await loadSpec(spec);
        const result = validateSpec(loaded);
        let located = 0;
        for (const site of operations(loaded)) located += site.operation.place.file.locate(site.operation.place.path).line > 0 ? 1 : 0;
        if (located !== result.operations) throw new Error('positions missing');
      };
    },
  },
  /** The peer: swagger-parser's own validate (dereference + schema + spec checks). */
  'swagger-parser:validate': {
    async prepare(spec) {
      return async () => {
        await SwaggerParser.validate(spec);
      };
    },
  },
};
