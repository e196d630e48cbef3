/** What each benchmark case runs. `prepare` loads modules (not timed); the function it returns is. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { retrieveBase } from '../src/diff/base.ts';
import { renderMarkdown, renderSummary } from '../src/diff/changelog.ts';
import { defaultDiffOptions, diffSpec } from '../src/diff/diff.ts';
import { findOasdiff } from '../src/diff/oasdiff-binary.ts';
import { loadSpec } from '../src/spec/load.ts';
import { buildApiModel } from '../src/spec/model.ts';
import { planCollection } from '../src/postman/collection.ts';
import { convertV2 } from 'openapi-to-postmanv2';
import { existsSync, readFileSync } from 'node:fs';
import { planFastapiProject } from '../src/fastapi/plan.ts';
import { writeFastapiProject } from '../src/fastapi/write.ts';
import { operations } from '../src/spec/validate/rules/operations.ts';
import { validateSpec } from '../src/spec/validate/index.ts';

export interface BenchCase {
  /** Untimed setup for one spec (modules, fixtures); returns the timed run, which may say how it ended. */
  prepare(spec: string): Promise<() => Promise<string | void>>;
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
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  copyFileSync(base, file);
  git('add', '.');
  git('commit', '-qm', 'base');
  const before = git('rev-parse', 'HEAD');
  copyFileSync(revision, file);
  git('commit', '-qam', 'revision');
  return { dir, file, before };
}

export const cases: Record<string, BenchCase> = {
  /** The diff stage as a push runs it: base from git, both specs loaded, oasdiff, the gate, the comment. */
  'ours:diff': {
    async prepare(spec) {
      const binary = await findOasdiff();
      const { dir, file, before } = repoWithChange(spec);
      return async () => {
        // As the pipeline does: the spec loads while git and oasdiff run.
        const revision = loadSpec(file, { displayBase: dir });
        const outDir = mkdtempSync(path.join(os.tmpdir(), 'fpd-bench-base-'));
        const base = await retrieveBase({ workTree: dir, event: { kind: 'push', before }, spec: file, outDir });
        const report = await diffSpec({ base, revision, revisionFile: file, options: { ...defaultDiffOptions, acceptedBreaksFile: undefined }, workspace: dir, binary });
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
        const run = spawnSync(bin, ['-l', spec, '-o', out, '--ignoreCircularRefs', 'true'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, cwd: path.dirname(out) });
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
