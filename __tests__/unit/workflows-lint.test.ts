/**
 * actionlint on the reusable workflows and on the README's examples that call them. actionlint is
 * a required part here: CI installs it (scripts/install-actionlint.sh, from .ci/run), and a machine
 * without it fails these tests rather than skipping them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import jsyaml from 'js-yaml';
import { cacheDir, repoRoot, scratch } from '../support/paths.ts';

const workflowsDir = path.join(repoRoot, 'workflows');
const workflowFiles = readdirSync(workflowsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const LIBRARY_REF = /org\/fastapi-postman-deploy\/\.github\/workflows\/([\w.-]+\.ya?ml)@v\d+/g;

function pinnedVersion(): string {
  const script = readFileSync(path.join(repoRoot, 'scripts/install-actionlint.sh'), 'utf8');
  const m = /^ACTIONLINT_VERSION=(v\d+\.\d+\.\d+)$/m.exec(script);
  assert.ok(m, 'scripts/install-actionlint.sh pins ACTIONLINT_VERSION');
  return m[1]!;
}

/** $ACTIONLINT, else the cache the install script fills, else PATH. Missing is a failure. */
function actionlint(): string {
  const candidates = [process.env.ACTIONLINT, path.join(cacheDir, 'actionlint/bin/actionlint')];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const onPath = spawnSync('sh', ['-c', 'command -v actionlint'], { encoding: 'utf8' });
  if (onPath.status === 0) return onPath.stdout.trim();
  assert.fail('actionlint is not installed: run scripts/install-actionlint.sh (.ci/run does)');
}

function lint(cwd: string, files: string[]) {
  const result = spawnSync(actionlint(), ['-no-color', ...files], { cwd, encoding: 'utf8' });
  return { status: result.status, report: `${result.stdout}${result.stderr}` };
}

/**
 * The READMEs' workflow examples: whole workflows, and step lists wrapped into a job of their own.
 * Both READMEs are read, so the examples stay checked when the section moves into the main one.
 */
function readmeExamples(): { name: string; text: string }[] {
  const readmes = [path.join(workflowsDir, 'README.md'), path.join(repoRoot, 'README.md')].filter((f) => existsSync(f));
  const blocks = readmes
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!))
    .filter((block) => /^jobs:/m.test(block) || (/^- /.test(block) && /uses:/.test(block)));
  return blocks.map((block, index) => {
    const name = `readme-example-${index + 1}.yml`;
    if (/^jobs:/m.test(block)) return { name, text: block };
    const steps = block.replace(/^/gm, '      ');
    return { name, text: `on: push\npermissions: {}\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${steps}` };
  });
}

/**
 * A scratch repository where the README's calls point at the library as local reusable workflows,
 * so that actionlint checks every `with:` and `secrets:` against the workflows' own declarations.
 */
function exampleProject(): { dir: string; examples: string[] } {
  const dir = scratch('fpd-actionlint-');
  mkdirSync(path.join(dir, '.git'));
  const target = path.join(dir, '.github/workflows');
  mkdirSync(target, { recursive: true });
  for (const file of workflowFiles) copyFileSync(path.join(workflowsDir, file), path.join(target, file));
  const examples = readmeExamples().map(({ name, text }) => {
    writeFileSync(path.join(target, name), text.replace(LIBRARY_REF, './.github/workflows/$1'));
    return `.github/workflows/${name}`;
  });
  return { dir, examples };
}

describe('reusable workflows: actionlint', () => {
  it('actionlint is installed, at the version the install script pins', () => {
    const version = spawnSync(actionlint(), ['-version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.split('\n')[0], pinnedVersion());
  });

  it('actionlint fails a workflow that breaks the rules (the check can fail)', () => {
    const dir = scratch('fpd-actionlint-bad-');
    writeFileSync(
      path.join(dir, 'bad.yml'),
      'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n',
    );
    const { status, report } = lint(dir, ['bad.yml']);
    assert.equal(status, 1, report);
    assert.match(report, /potentially untrusted/);
  });

  it('workflows/*.yml pass actionlint', () => {
    assert.ok(workflowFiles.length >= 3);
    const { status, report } = lint(
      repoRoot,
      workflowFiles.map((f) => path.join('workflows', f)),
    );
    assert.equal(status, 0, report);
  });

  it("the README's examples pass actionlint, calling the workflows with inputs and secrets they declare", () => {
    const { dir, examples } = exampleProject();
    assert.ok(examples.length >= 5, `found ${examples.length} examples`);
    const { status, report } = lint(dir, examples);
    assert.equal(status, 0, report);
    // The same project catches a wrong call, so the check above is not vacuous.
    writeFileSync(
      path.join(dir, '.github/workflows/wrong.yml'),
      'on: push\npermissions: {}\njobs:\n  api:\n    uses: ./.github/workflows/api-deploy.yml\n    with: { spec: openapi.yaml, bogus: 1 }\n',
    );
    const wrong = lint(dir, ['.github/workflows/wrong.yml']);
    assert.equal(wrong.status, 1);
    assert.match(wrong.report, /input "bogus" is not defined/);
    assert.match(wrong.report, /input "target" is required/);
  });

  it("the README's examples grant what the called workflow's jobs ask for (a callee never gets more)", () => {
    const rank = (level: string | undefined) => (level === 'write' ? 2 : level === 'read' ? 1 : 0);
    for (const { name, text } of readmeExamples()) {
      const example = jsyaml.load(text) as { permissions?: Record<string, string>; jobs: Record<string, { uses?: string }> };
      for (const job of Object.values(example.jobs)) {
        const file = job.uses ? /\.github\/workflows\/([\w.-]+\.ya?ml)@/.exec(job.uses)?.[1] : undefined;
        if (!file) continue;
        const callee = jsyaml.load(readFileSync(path.join(workflowsDir, file), 'utf8')) as { jobs: Record<string, { permissions?: Record<string, string> }> };
        for (const [calleeJob, { permissions }] of Object.entries(callee.jobs)) {
          for (const [scope, level] of Object.entries(permissions ?? {})) {
            assert.ok(rank(example.permissions?.[scope]) >= rank(level), `${name}: ${file} job ${calleeJob} needs ${scope}: ${level}`);
          }
        }
      }
    }
  });
});
