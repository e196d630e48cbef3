/**
 * The reusable workflows keep the security rules they promise: third-party actions pinned by commit,
 * each a release that runs on Node 24, no expressions inside scripts, no permissions by default, no
 * secrets where a fork's code runs, deploys that are never cancelled midway and that roll back what
 * breaks its contract. The preflight, sign-in and roll back scripts are run for real with bash,
 * against stand-ins for the platforms' command-line tools.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import jsyaml from 'js-yaml';
import { variablesOf } from '../../src/stages/deploy/deployment-collection.ts';
import { deployTargets } from '../../src/stages/deploy/targets/index.ts';
import { repoRoot, scratch } from '../support/paths.ts';

/** Our own action: the library calls it by the major version it is released with, not by SHA. */
const OWN_ACTION = 'org/fastapi-postman-deploy';
const OWN_REF = /^org\/fastapi-postman-deploy(\/\.github\/workflows\/[\w.-]+\.ya?ml)?@v\d+$/;

/**
 * Inputs and outputs of the action that the build, deploy and contract stages are adding (announced
 * in issue 6) and that action.yml does not declare yet. Remove names as action.yml gains them.
 */
// Inputs and outputs the workflows use that the action does not declare (none now: it declares
// commit-back and refuses it loudly until it is built).
const PENDING_INPUTS = new Set<string>();
const PENDING_OUTPUTS = new Set<string>();

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  uses?: string;
  permissions?: Record<string, string> | string;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  environment?: string | { name: string; url?: string };
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Described {
  description?: string;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, Described>; secrets?: Record<string, Described>; outputs?: Record<string, Described> }>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** The targets the action deploys through the platform's API; the workflow's steps deploy the rest. */
const ACTION_TARGETS = ['cloud-run', 'container-apps', 'ecs-express', 'heroku'] as const;
/** Settings the action fills in itself, from its own inputs and the image. */
const FROM_THE_RUN = new Set(['service', 'image', 'buildId', 'imageId']);

/** Each pinned action's action.yml, as published at the pinned commit: `<owner>/<repo>[/<path>]/<sha>/action.yml`. */
const vendoredActions = path.join(repoRoot, '__tests__/fixtures/actions');

const workflowsDir = path.join(repoRoot, 'workflows');
const files = readdirSync(workflowsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const text = (file: string) => readFileSync(path.join(workflowsDir, file), 'utf8');
const load = (file: string) => jsyaml.load(text(file)) as Workflow;
const steps = (wf: Workflow) => Object.entries(wf.jobs).flatMap(([job, j]) => (j.steps ?? []).map((step) => ({ job, step })));
const needsOf = (job: Job) => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Every `uses:` line of a file, with the comment after it. */
function usesLines(source: string): { ref: string; comment: string | undefined; line: number }[] {
  const found: { ref: string; comment: string | undefined; line: number }[] = [];
  source.split('\n').forEach((line, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(?:#\s*(.*?))?\s*$/.exec(line);
    if (m) found.push({ ref: m[2]!, comment: m[3], line: index + 1 });
  });
  return found;
}

/** Runs a step's script the way the runner does (bash -e -o pipefail), with env and a GITHUB_OUTPUT file. */
function runStep(script: string, env: Record<string, string>): { status: number | null; output: string; stdout: string } {
  const dir = scratch('fpd-wf-');
  const outputFile = path.join(dir, 'output');
  writeFileSync(outputFile, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile, RUNNER_TEMP: dir, ...env },
  });
  return { status: result.status, output: readFileSync(outputFile, 'utf8'), stdout: result.stdout };
}

/** A folder of executables standing in for a platform's tools: each logs its name and arguments to `calls`, then runs its body. */
function stubs(scripts: Record<string, string>): { bin: string; calls: () => string[] } {
  const bin = scratch('fpd-stub-');
  const log = path.join(bin, 'calls');
  writeFileSync(log, '');
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\nprintf '%s\\n' "${name} $*" >> '${log}'\n${body}\n`, { mode: 0o755 });
  }
  return { bin, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

/** `key=value` lines of a with: block (expressions left as written). */
function settingKeys(value: unknown): string[] {
  return String(value ?? '')
    .split('\n')
    .flatMap((line) => /^\s*([A-Za-z][A-Za-z0-9]*)=/.exec(line)?.[1] ?? []);
}

/** Git's id of a file's content, which `git rev-parse <commit>:<path>` prints for the published one. */
function blobId(file: string): string {
  const content = readFileSync(file);
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function stepNamed(wf: Workflow, job: string, name: RegExp): Step {
  const step = wf.jobs[job]?.steps?.find((s) => s.name !== undefined && name.test(s.name));
  assert.ok(step?.run, `${job} has a step named ${name} with a script`);
  return step;
}

describe('reusable workflows: policy', () => {
  it('the library has its three workflows', () => {
    assert.deepEqual(files, ['api-deploy.yml', 'api-pr.yml', 'api-release.yml']);
  });

  for (const file of files) {
    describe(file, () => {
      const wf = load(file);
      const source = text(file);

      it('is only a reusable workflow, with every input, secret and output described', () => {
        // Triggered only by a caller: never by pull_request_target, which runs with secrets for forks.
        assert.deepEqual(Object.keys(wf.on), ['workflow_call']);
        const call = wf.on.workflow_call!;
        for (const kind of ['inputs', 'secrets', 'outputs'] as const) {
          for (const [name, spec] of Object.entries(call[kind] ?? {})) {
            assert.ok(spec.description && spec.description.trim().length > 10, `${kind}.${name} has a description`);
          }
        }
      });

      it('grants nothing at the top and declares permissions on every job', () => {
        assert.deepEqual(wf.permissions, {});
        for (const [name, job] of Object.entries(wf.jobs)) {
          assert.equal(typeof job.permissions, 'object', `job ${name} declares its permissions`);
          for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
            assert.ok(['read', 'write'].includes(level), `job ${name}: ${scope}: ${level}`);
          }
        }
      });

      it('pins every third-party action by a full commit SHA, with its version in a comment', () => {
        const lines = usesLines(source);
        const structural = [
          ...Object.values(wf.jobs).flatMap((j) => (j.uses ? [j.uses] : [])),
          ...steps(wf).flatMap(({ step }) => (step.uses ? [step.uses] : [])),
        ];
        assert.deepEqual(lines.map((l) => l.ref).sort(), structural.sort(), 'every uses: is on a line of its own');
        for (const { ref, comment, line } of lines) {
          if (ref.startsWith(`${OWN_ACTION}@`) || ref.startsWith(`${OWN_ACTION}/`)) {
            assert.match(ref, OWN_REF, `line ${line}: our own action by its major version`);
            continue;
          }
          assert.ok(!ref.startsWith('./'), `line ${line}: a local action resolves in the caller's repository, not ours`);
          assert.match(ref, /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/, `line ${line}: ${ref} is pinned by a 40-hex commit SHA`);
          assert.match(comment ?? '', /^v?\d+(\.\d+){0,2}\b/, `line ${line}: ${ref} names its version in a comment`);
        }
      });

      it('pins only releases that run on Node 24 (or are composite or Docker), as their action.yml at that commit says', () => {
        for (const { ref, line } of usesLines(source)) {
          const m = /^([^@]+)@([0-9a-f]{40})$/.exec(ref);
          if (!m) continue;
          const file = path.join(vendoredActions, m[1]!, m[2]!, 'action.yml');
          assert.ok(existsSync(file), `line ${line}: ${ref} has its action.yml vendored as ${path.relative(repoRoot, file)}`);
          const action = jsyaml.load(readFileSync(file, 'utf8')) as { name?: string; runs?: { using?: string } };
          assert.ok(action.name, `line ${line}: ${path.relative(repoRoot, file)} is an action's metadata`);
          assert.ok(['node24', 'composite', 'docker'].includes(String(action.runs?.using)), `line ${line}: ${ref} runs with ${action.runs?.using}`);
        }
      });

      it('puts no expression in a script, and every script parses', () => {
        for (const { job, step } of steps(wf)) {
          if (step.run === undefined) continue;
          assert.ok(!step.run.includes('${{'), `${job} / ${step.name}: values reach scripts through env:, never \${{ }}`);
          const syntax = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
          assert.equal(syntax.status, 0, `${job} / ${step.name}: ${syntax.stderr}`);
        }
      });

      it('leaves no token in .git/config after a checkout', () => {
        for (const { job, step } of steps(wf)) {
          if (!step.uses?.startsWith('actions/checkout@')) continue;
          assert.equal(step.with?.['persist-credentials'], false, `${job}: checkout with persist-credentials: false`);
        }
      });

      it('uses only inputs and outputs of our action that action.yml declares (or that are announced)', () => {
        const action = jsyaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
        const inputs = new Set(Object.keys(action.inputs));
        const outputs = new Set(Object.keys(action.outputs));
        for (const [jobName, job] of Object.entries(wf.jobs)) {
          const ours = (job.steps ?? []).filter((s) => s.uses?.startsWith(`${OWN_ACTION}@`));
          for (const step of ours) {
            assert.ok(step.with?.['spec'], `${jobName}: the action gets a spec`);
            for (const key of Object.keys(step.with ?? {})) {
              assert.ok(inputs.has(key) || PENDING_INPUTS.has(key), `${jobName}: input ${key} is not in action.yml`);
            }
          }
          const ids = new Set(ours.flatMap((s) => (s.id ? [s.id] : [])));
          const jobText = JSON.stringify(job);
          for (const m of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
            if (!ids.has(m[1]!)) continue;
            assert.ok(outputs.has(m[2]!) || PENDING_OUTPUTS.has(m[2]!), `${jobName}: output ${m[2]} is not in action.yml`);
          }
        }
      });
    });
  }

  it('pins each action to one commit and one version everywhere, the READMEs included', () => {
    const sources = [...files.map((f) => path.join(workflowsDir, f)), path.join(workflowsDir, 'README.md'), path.join(repoRoot, 'README.md')].filter((f) =>
      existsSync(f),
    );
    const pins = new Map<string, Set<string>>();
    for (const file of sources) {
      for (const { ref, comment } of usesLines(readFileSync(file, 'utf8'))) {
        const m = /^([^@]+)@([0-9a-f]{40})$/.exec(ref);
        if (!m) continue;
        const seen = pins.get(m[1]!) ?? new Set<string>();
        seen.add(`${m[2]} # ${comment ?? ''}`);
        pins.set(m[1]!, seen);
      }
    }
    assert.ok(pins.size >= 8, `found pins for ${[...pins.keys()].join(', ')}`);
    for (const [action, seen] of pins) assert.equal(seen.size, 1, `${action} is pinned as ${[...seen].join(' and ')}`);
  });

  it('vendors exactly the actions the workflows pin, unchanged since they were published', () => {
    const pinned = new Map<string, string>();
    for (const file of files) {
      for (const { ref, comment } of usesLines(text(file))) {
        const m = /^([^@]+)@([0-9a-f]{40})$/.exec(ref);
        if (m) pinned.set(`${m[1]}/${m[2]}`, comment ?? '');
      }
    }
    // Every <owner>/<repo>[/<path>]/<sha> folder holding an action.yml.
    const vendored: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry === 'action.yml') vendored.push(path.relative(vendoredActions, dir).split(path.sep).join('/'));
      }
    };
    walk(vendoredActions);
    assert.deepEqual(vendored.sort(), [...pinned.keys()].sort(), 'no pin without its file, and no file that outlived its pin');
    // The README names each one's version, licence and blob id; the id proves the file is the published one.
    const readme = readFileSync(path.join(vendoredActions, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([^`]+)` \| (\S+) \| `([0-9a-f]{40})` \| `([0-9a-f]{40})` \| (MIT|Apache-2\.0) \|$/gm)];
    assert.equal(rows.length, vendored.length, 'a README row for each vendored action');
    for (const [, action, version, commit, blob] of rows) {
      const key = `${action}/${commit}`;
      assert.ok(pinned.has(key), `${action}@${commit} is pinned`);
      assert.equal(pinned.get(key), version, `${action} is pinned as ${version}`);
      assert.equal(blobId(path.join(vendoredActions, key, 'action.yml')), blob, `${key}/action.yml is the file published at that commit`);
    }
  });

  it('api-pr: only a job that cannot run for a fork reads a secret', () => {
    const wf = load('api-pr.yml');
    const guard = 'github.event.pull_request.head.repo.full_name == github.repository';
    const withSecrets = Object.entries(wf.jobs).filter(([, job]) => JSON.stringify(job).includes('secrets.'));
    assert.deepEqual(
      withSecrets.map(([name]) => name),
      ['commit-back'],
    );
    for (const [name, job] of withSecrets) assert.ok(job.if?.includes(guard), `${name} runs only for branches of this repository`);
    // The preview job works with the read-only token forks get: its own write scopes are for the
    // comment and the check run, never for contents.
    assert.equal((wf.jobs['check']!.permissions as Record<string, string>)['contents'], 'read');
  });

  for (const file of ['api-deploy.yml', 'api-release.yml']) {
    it(`${file}: every job that reads a secret or deploys waits for the preflight that refuses pull requests`, () => {
      const wf = load(file);
      const reaches = (name: string, target: string): boolean => name === target || needsOf(wf.jobs[name]!).some((n) => reaches(n, target));
      for (const [name, job] of Object.entries(wf.jobs)) {
        if (name === 'preflight') continue;
        assert.ok(reaches(name, 'preflight'), `${name} needs preflight`);
      }
      assert.ok(!JSON.stringify(wf.jobs['preflight']).includes('secrets.'), 'the preflight reads no secret');
    });
  }

  it('api-deploy: one concurrency group per environment, never cancelled, and a deployment with its URL', () => {
    const wf = load('api-deploy.yml');
    const deployJobs = Object.entries(wf.jobs).filter(([, job]) => job.environment !== undefined);
    assert.deepEqual(
      deployJobs.map(([name]) => name),
      ['deploy'],
    );
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (job.concurrency === undefined) continue;
      assert.equal(typeof job.concurrency, 'object', `${name}: concurrency with cancel-in-progress spelled out`);
      assert.strictEqual((job.concurrency as { 'cancel-in-progress'?: unknown })['cancel-in-progress'], false, `${name}: cancel-in-progress: false`);
    }
    const deploy = wf.jobs['deploy']!;
    assert.deepEqual(deploy.concurrency, { group: 'api-deploy-${{ inputs.environment }}', 'cancel-in-progress': false });
    assert.deepEqual(deploy.environment, { name: '${{ inputs.environment }}', url: '${{ steps.where.outputs.url }}' });
    // The contract tests run inside the lock, after the URL is settled.
    const names = (deploy.steps ?? []).map((s) => s.id ?? s.name);
    const contract = (deploy.steps ?? []).findIndex((s) => s.uses?.startsWith(`${OWN_ACTION}@`) && s.with?.['stages'] === 'contract');
    assert.ok(contract > names.indexOf('where') && names.indexOf('where') > 0, 'contract after the URL is settled, in the locked job');
    assert.equal(wf.jobs['build']!.steps!.find((s) => s.id === 'build')?.with?.['push'], 'true');
  });

  it('api-deploy: every target deploys the image by its digest', () => {
    const wf = load('api-deploy.yml');
    const deploy = wf.jobs['deploy']!.steps!;
    const refStep = deploy.find((s) => s.id === 'ref')!;
    assert.deepEqual(refStep.env, { IMAGE: '${{ needs.build.outputs.image }}', DIGEST: '${{ needs.build.outputs.digest }}' });
    const ok = runStep(refStep.run!, { IMAGE: 'registry.example.com/acme/api', DIGEST: `sha256:${'a'.repeat(64)}` });
    assert.equal(ok.status, 0);
    assert.equal(ok.output, `ref=registry.example.com/acme/api@sha256:${'a'.repeat(64)}\n`);
    const tagged = runStep(refStep.run!, { IMAGE: 'localhost:5000/acme/api:1.2.3', DIGEST: `sha256:${'b'.repeat(64)}` });
    assert.equal(tagged.output, `ref=localhost:5000/acme/api@sha256:${'b'.repeat(64)}\n`, 'a tag is dropped; the digest decides');
    assert.notEqual(runStep(refStep.run!, { IMAGE: 'registry.example.com/acme/api', DIGEST: 'latest' }).status, 0);
    assert.notEqual(runStep(refStep.run!, { IMAGE: 'registry.example.com/acme/api\nurl=https://evil', DIGEST: `sha256:${'a'.repeat(64)}` }).status, 0);
    // Each platform step takes the image from that step's output, never from a tag.
    const platformSteps = deploy.filter(
      (s) => /^\$\{\{ inputs\.target == '[\w-]+' \}\}$/.test(s.if ?? '') && (s.run?.includes('$REF') || s.with?.['image'] || s.with?.['deploy-image']),
    );
    const targets = new Set(platformSteps.map((s) => /'([\w-]+)'/.exec(s.if!)![1]));
    assert.deepEqual([...targets].sort(), ['app-runner', 'cloud-run', 'container-apps', 'ecs-express', 'fly', 'heroku', 'kubernetes', 'render']);
    for (const s of platformSteps) {
      const ref = s.run ? s.env?.['REF'] : (s.with?.['deploy-image'] ?? s.with?.['image']);
      assert.equal(ref, '${{ steps.ref.outputs.ref }}', `${s.name} deploys steps.ref.outputs.ref`);
    }
  });

  it('api-deploy: the action deploys cloud-run, container-apps, ecs-express and heroku with every setting and secret the target requires', () => {
    const wf = load('api-deploy.yml');
    const job = wf.jobs['deploy']!;
    const deploy = job.steps!;
    for (const name of ACTION_TARGETS) {
      const index = deploy.findIndex((s) => s.id === name);
      const step = deploy[index]!;
      assert.equal(step.if, `\${{ inputs.target == '${name}' }}`);
      assert.ok(step.uses?.startsWith(`${OWN_ACTION}@`), `${name} is deployed by the action`);
      const w = step.with ?? {};
      assert.deepEqual(
        [w['stages'], w['deploy-target'], w['service'], w['expect-build'], w['environment'], w['credentials']],
        ['deploy', name, '${{ inputs.service }}', '${{ needs.build.outputs.build-id }}', '${{ inputs.environment }}', '${{ secrets.API_CREDENTIALS }}'],
        `${name}: the deploy stage alone, on the built image, in the deployment's environment`,
      );
      for (const scope of ['contract-operations', 'contract-exclude', 'contract-unsafe-methods'])
        assert.equal(w[scope], `\${{ inputs.${scope} }}`, `${name}: the candidate is tested with ${scope}`);
      // Every key names a setting of the target, every required one is set, and the free-form input
      // comes last, so that a line of it overrides.
      const variables = variablesOf(deployTargets[name]);
      const keys = settingKeys(w['deploy-settings']);
      for (const key of keys)
        assert.ok(
          variables.some((v) => v.key === key && !v.secretFrom),
          `${name}: ${key} is a setting of the target`,
        );
      const required = variables.filter((v) => v.required && !v.secretFrom && !FROM_THE_RUN.has(v.key)).map((v) => v.key);
      assert.deepEqual(
        required.filter((key) => !keys.includes(key)),
        [],
        `${name} sets every required setting`,
      );
      assert.match(String(w['deploy-settings']).trim(), /\$\{\{ inputs\.deploy-settings \}\}$/, `${name}: the free-form settings come last`);
      // A required secret is in the step's env, or an earlier step of the target puts it in the job's.
      const before = deploy.slice(0, index).filter((s) => s.if === undefined || s.if.includes(`'${name}'`));
      for (const { secretFrom: variable } of variables.filter((v) => v.required && v.secretFrom)) {
        const provided =
          step.env?.[variable!] !== undefined ||
          before.some((s) => s.run?.includes(`${variable}=`) && s.run.includes('GITHUB_ENV')) ||
          (variable!.startsWith('AWS_') && before.some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@') && s.with?.['role-to-assume']));
        assert.ok(provided, `${name}: ${variable} reaches the action`);
      }
    }
    // Cloud Run is signed in by the action's own exchange of the job's OIDC token.
    assert.ok(settingKeys(deploy.find((s) => s.id === 'cloud-run')!.with?.['deploy-settings']).includes('workloadIdentityProvider'));
    assert.equal((job.permissions as Record<string, string>)['id-token'], 'write');
    // Heroku's one-manifest push is asked for at build time, and only for Heroku.
    assert.equal(wf.jobs['build']!.steps!.find((s) => s.id === 'build')?.with?.['deploy-target'], "${{ inputs.target == 'heroku' && 'heroku' || '' }}");
  });

  it("api-deploy: the Azure token is masked before it goes anywhere, and nothing but a token reaches the job's environment", () => {
    const step = stepNamed(load('api-deploy.yml'), 'deploy', /Azure Resource Manager token/);
    const { bin, calls } = stubs({ az: `printf '%s\\n' "$TOKEN"` });
    const envFile = path.join(scratch('fpd-env-'), 'env');
    const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJhcm0ifQ.c2lnbmF0dXJl-_';
    writeFileSync(envFile, '');
    const ok = runStep(step.run!, { PATH: `${bin}:${process.env.PATH}`, GITHUB_ENV: envFile, TOKEN: token });
    assert.equal(ok.status, 0);
    assert.equal(ok.stdout, `::add-mask::${token}\n`, 'the mask is all the log gets');
    assert.equal(readFileSync(envFile, 'utf8'), `AZURE_ACCESS_TOKEN=${token}\n`);
    assert.deepEqual(calls(), ['az account get-access-token --resource-type arm --query accessToken --output tsv']);
    writeFileSync(envFile, '');
    const smuggled = runStep(step.run!, { PATH: `${bin}:${process.env.PATH}`, GITHUB_ENV: envFile, TOKEN: `${token}\nEVIL=1` });
    assert.notEqual(smuggled.status, 0);
    assert.match(smuggled.stdout, /^::add-mask::/, 'masked first all the same');
    assert.equal(readFileSync(envFile, 'utf8'), '', 'a second line never reaches the environment file');
  });

  it('api-deploy: fly, render, kubernetes and app-runner are tested on their URL; the action tests its own candidates', () => {
    const deploy = load('api-deploy.yml').jobs['deploy']!.steps!;
    const contract = deploy.find((s) => s.id === 'contract')!;
    const tested = JSON.parse(/fromJSON\('(\[[^\]]*\])'\)/.exec(contract.if ?? '')?.[1] ?? '[]') as string[];
    assert.deepEqual(tested.sort(), ['app-runner', 'fly', 'kubernetes', 'render', 'url']);
    assert.deepEqual(
      [contract.with?.['url'], contract.with?.['environment']],
      ['${{ steps.where.outputs.url }}', '${{ inputs.environment }}'],
      'the URL, tested as the environment it is (a production one with safe methods only)',
    );
    // Each roll back runs after the contract tests, and only when they ran and failed.
    const contractAt = deploy.indexOf(contract);
    for (const target of ['fly', 'render', 'kubernetes']) {
      const at = deploy.findIndex((s) => s.name?.startsWith('Roll back') && s.if?.includes(`inputs.target == '${target}'`));
      assert.ok(at > contractAt, `${target} has a roll back after the contract tests`);
      assert.match(deploy[at]!.if!, /^\$\{\{ failure\(\) && .*steps\.contract\.outcome == 'failure'/, `${target}: rolled back when the contract tests failed`);
    }
  });

  it('api-deploy: Kubernetes records the revision that serves and returns to exactly it', () => {
    const wf = load('api-deploy.yml');
    const kubectl = stubs({
      // The kubeconfig is there while kubectl runs, readable by its user alone.
      kubectl: `[ "$(stat -c %a "$KUBECONFIG")" = 600 ] && grep -q '^apiVersion: v1$' "$KUBECONFIG" || exit 3
case "$*" in *" get deployment/api "*) echo 7 ;; esac`,
    });
    const env = { PATH: `${kubectl.bin}:${process.env.PATH}`, DEPLOYMENT: 'api', NAMESPACE: 'shop', KUBECONFIG_CONTENT: 'apiVersion: v1' };
    const ref = `registry.example.com/acme/api@sha256:${'a'.repeat(64)}`;
    const rollout = runStep(stepNamed(wf, 'deploy', /^Roll out on Kubernetes$/).run!, { ...env, CONTAINER: 'api', REF: ref });
    assert.equal(rollout.status, 0, rollout.stdout);
    assert.equal(rollout.output, 'revision=7\n');
    assert.deepEqual(kubectl.calls().slice(1), [
      `kubectl --namespace shop set image deployment/api api=${ref}`,
      'kubectl --namespace shop rollout status deployment/api --timeout=15m',
    ]);
    const back = runStep(stepNamed(wf, 'deploy', /^Roll back on Kubernetes$/).run!, { ...env, REVISION: '7' });
    assert.equal(back.status, 0, back.stdout);
    assert.deepEqual(kubectl.calls().slice(3), [
      'kubectl --namespace shop rollout undo deployment/api --to-revision=7',
      'kubectl --namespace shop rollout status deployment/api --timeout=15m',
    ]);
  });

  // The Render and Fly.io scripts read the platforms' JSON with jq, as GitHub's runners have it.
  // CI installs jq (scripts/ci-services.sh): a missing one fails these tests rather than skipping them.
  const requireJq = () =>
    assert.equal(spawnSync('sh', ['-c', 'command -v jq'], { encoding: 'utf8' }).status, 0, 'jq is not installed: run scripts/ci-services.sh start (CI does)');

  it('api-deploy: Render reads the live deploy first, and a failed contract rolls back to it', () => {
    requireJq();
    const wf = load('api-deploy.yml');
    const curl = stubs({
      curl: `if [[ "$*" == *"--data @-"* ]]; then printf 'body %s\\n' "$(jq -c .)" >> "$(dirname "$0")/calls"; fi
case "$*" in
  *"-X POST"*"/services/srv-1/deploys") echo '{"id":"dep-new","status":"created"}' ;;
  *"-X POST"*"/services/srv-1/rollback") echo '{"id":"dep-back","status":"queued"}' ;;
  *"/services/srv-1/deploys?limit=1&status=live") echo '[{"deploy":{"id":"dep-old","status":"live"},"cursor":"c1"}]' ;;
  *"/services/srv-1/deploys/"*) echo '{"status":"live"}' ;;
  *"/services/srv-1") echo '{"serviceDetails":{"url":"https://api.onrender.com"}}' ;;
  *) exit 22 ;;
esac`,
    });
    const env = { PATH: `${curl.bin}:${process.env.PATH}`, SERVICE_ID: 'srv-1', RENDER_API_KEY: 'rnd_test' };
    const ref = `registry.example.com/acme/api@sha256:${'a'.repeat(64)}`;
    const deployed = runStep(stepNamed(wf, 'deploy', /^Deploy to Render$/).run!, { ...env, REF: ref });
    assert.equal(deployed.status, 0, deployed.stdout);
    assert.equal(deployed.output, 'previous=dep-old\nurl=https://api.onrender.com\n');
    assert.ok(curl.calls().includes(`body {"imageUrl":"${ref}"}`));
    const before = curl.calls().length;
    const back = runStep(stepNamed(wf, 'deploy', /^Roll back on Render$/).run!, { ...env, PREVIOUS: 'dep-old' });
    assert.equal(back.status, 0, back.stdout);
    const calls = curl.calls().slice(before);
    assert.match(calls[0]!, /-X POST .*https:\/\/api\.render\.com\/v1\/services\/srv-1\/rollback$/);
    assert.equal(calls[1], 'body {"deployId":"dep-old"}');
    assert.match(calls[2]!, /\/services\/srv-1\/deploys\/dep-back$/, 'the roll back is awaited until it is live');
    // A first deploy has nothing to return to: the step says so and calls nothing.
    const first = runStep(stepNamed(wf, 'deploy', /^Roll back on Render$/).run!, { ...env, PREVIOUS: '' });
    assert.equal(first.status, 0);
    assert.match(first.stdout, /::warning::/);
    assert.equal(curl.calls().length, before + calls.length);
  });

  it("api-deploy: Fly.io deploys from the app's registry, and a failed contract redeploys the image that served before", () => {
    requireJq();
    const wf = load('api-deploy.yml');
    const previous = `registry.fly.io/my-api@sha256:${'c'.repeat(64)}`;
    const flyctl = stubs({
      flyctl: `case "$1" in releases) echo '[{"Version":4,"Status":"complete","ImageRef":"${previous}"},{"Version":3,"Status":"complete","ImageRef":"registry.fly.io/my-api:old"}]' ;; esac`,
    });
    const preflight = runStep(stepNamed(wf, 'preflight', /event and the inputs/).run!, { EVENT: 'push', TARGET: 'fly', SERVICE: 'my-api' });
    assert.equal(preflight.output, 'image=registry.fly.io/my-api\ngcp-project=\n', "the image goes to the app's repository on Fly.io's registry");
    const env = { PATH: `${flyctl.bin}:${process.env.PATH}`, APP: 'my-api', FLY_API_TOKEN: 'fo1_test' };
    const ref = `registry.fly.io/my-api@sha256:${'a'.repeat(64)}`;
    const deployed = runStep(stepNamed(wf, 'deploy', /^Deploy to Fly\.io$/).run!, { ...env, REF: ref });
    assert.equal(deployed.status, 0, deployed.stdout);
    assert.equal(deployed.output, `previous=${previous}\nurl=https://my-api.fly.dev\n`);
    assert.deepEqual(flyctl.calls(), ['flyctl releases --app my-api --json', `flyctl deploy --app my-api --image ${ref} --yes`]);
    const back = runStep(stepNamed(wf, 'deploy', /^Roll back on Fly\.io$/).run!, { ...env, PREVIOUS: previous });
    assert.equal(back.status, 0, back.stdout);
    assert.equal(flyctl.calls()[2], `flyctl deploy --app my-api --image ${previous} --yes`);
  });

  it('api-deploy: the preflight refuses pull requests, unknown targets and missing inputs', () => {
    const script = stepNamed(load('api-deploy.yml'), 'preflight', /event and the inputs/).run!;
    const fly = { TARGET: 'fly', SERVICE: 'my-api' };
    assert.equal(runStep(script, { EVENT: 'push', ...fly }).status, 0);
    assert.equal(runStep(script, { EVENT: 'workflow_dispatch', TARGET: 'url', URL: 'https://api.example.com' }).status, 0);
    for (const event of ['pull_request', 'pull_request_target']) {
      const refused = runStep(script, { EVENT: event, ...fly });
      assert.notEqual(refused.status, 0, event);
      assert.match(refused.stdout, /::error::api-deploy does not run for pull_request/);
    }
    const unknown = runStep(script, { EVENT: 'push', TARGET: 'ftp', SERVICE: 'x' });
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stdout, /target must be one of/);
    const missing = runStep(script, { EVENT: 'push', TARGET: 'cloud-run', SERVICE: 'api', REGION: 'europe-west1' });
    assert.notEqual(missing.status, 0);
    assert.match(missing.stdout, /needs these inputs: image gcp-workload-identity-provider gcp-service-account$/m);
    assert.notEqual(runStep(script, { EVENT: 'push', TARGET: 'kubernetes', SERVICE: 'api', URL: 'javascript:alert(1)' }).status, 0);
  });

  it('api-deploy: the preflight asks each target for its settings, and settles the image and the Google Cloud project', () => {
    const script = stepNamed(load('api-deploy.yml'), 'preflight', /event and the inputs/).run!;
    const needs = (env: Record<string, string>) => /needs these inputs: (.*)$/m.exec(runStep(script, { EVENT: 'push', ...env }).stdout)?.[1];
    assert.equal(
      needs({ TARGET: 'container-apps', SERVICE: 'books' }),
      'region azure-client-id azure-tenant-id azure-subscription-id azure-resource-group azure-environment registry-username',
    );
    assert.equal(
      needs({
        TARGET: 'ecs-express',
        SERVICE: 'books',
        REGION: 'us-east-1',
        IMAGE: 'x.dkr.ecr.us-east-1.amazonaws.com/books',
        AWS_ROLE_TO_ASSUME: 'arn:aws:iam::1:role/d',
      }),
      'aws-infrastructure-role-arn aws-execution-role-arn',
    );
    assert.equal(needs({ TARGET: 'heroku', SERVICE: 'books-api' }), 'image');
    // The project, when not given, is the one the service account was made in.
    const cloudRun = {
      TARGET: 'cloud-run',
      SERVICE: 'books',
      REGION: 'europe-west1',
      IMAGE: 'europe-west1-docker.pkg.dev/acme-prod/api/books',
      GCP_WORKLOAD_IDENTITY_PROVIDER: 'projects/1/locations/global/workloadIdentityPools/github/providers/github',
    };
    const derived = runStep(script, { EVENT: 'push', ...cloudRun, GCP_SERVICE_ACCOUNT: 'deployer@acme-prod.iam.gserviceaccount.com' });
    assert.equal(derived.output, 'image=europe-west1-docker.pkg.dev/acme-prod/api/books\ngcp-project=acme-prod\n');
    const unnamed = runStep(script, { EVENT: 'push', ...cloudRun, GCP_SERVICE_ACCOUNT: '123-compute@developer.gserviceaccount.com' });
    assert.notEqual(unnamed.status, 0);
    assert.match(unnamed.stdout, /needs the gcp-project input/);
    // Fly.io pulls from the app's repository on its own registry, and nothing else.
    assert.notEqual(runStep(script, { EVENT: 'push', TARGET: 'fly', SERVICE: 'my-api', IMAGE: 'ghcr.io/acme/api' }).status, 0);
    assert.notEqual(runStep(script, { EVENT: 'push', TARGET: 'fly', SERVICE: 'My API' }).status, 0);
    // Settings no step would read are refused; a newline never reaches the outputs.
    const dropped = runStep(script, { EVENT: 'push', TARGET: 'render', SERVICE: 'srv-1', DEPLOY_SETTINGS: 'port=8080' });
    assert.notEqual(dropped.status, 0);
    assert.match(dropped.stdout, /deploy-settings are for cloud-run, container-apps, ecs-express and heroku/);
    assert.notEqual(runStep(script, { EVENT: 'push', TARGET: 'heroku', SERVICE: 'books-api', IMAGE: 'registry.heroku.com/books-api/web\nx=y' }).status, 0);
    // App Runner still works for the services already there, with a pointer to its successor.
    const appRunner = runStep(script, {
      EVENT: 'push',
      TARGET: 'app-runner',
      SERVICE: 'arn:aws:apprunner:us-east-1:1:service/books/1',
      REGION: 'us-east-1',
      IMAGE: '1.dkr.ecr.us-east-1.amazonaws.com/books',
      AWS_ROLE_TO_ASSUME: 'arn:aws:iam::1:role/d',
    });
    assert.equal(appRunner.status, 0);
    assert.match(appRunner.stdout, /::warning::App Runner is closed to new customers.*ecs-express/);
  });

  it('api-deploy: the URL step accepts only an http(s) URL, and an explicit url wins', () => {
    const wf = load('api-deploy.yml');
    const where = wf.jobs['deploy']!.steps!.find((s) => s.id === 'where')!;
    assert.match(String(where.env?.['URL']), /^\$\{\{ inputs\.url \|\| steps\.cloud-run\.outputs\.deploy-url/);
    for (const target of ACTION_TARGETS) assert.ok(String(where.env?.['URL']).includes(`steps.${target}.outputs.deploy-url`), `${target}'s deploy-url`);
    for (const target of ['app-runner', 'fly', 'render']) assert.ok(String(where.env?.['URL']).includes(`steps.${target}.outputs.url`), `${target}'s url`);
    assert.equal(runStep(where.run!, { URL: 'https://api.example.com/' }).output, 'url=https://api.example.com\n');
    assert.notEqual(runStep(where.run!, { URL: '' }).status, 0);
    assert.notEqual(runStep(where.run!, { URL: 'https://a.example\nurl=https://b.example' }).status, 0);
  });

  it('api-release: the preflight takes only a release with a semver tag', () => {
    const script = stepNamed(load('api-release.yml'), 'preflight', /event and the tag/).run!;
    for (const tag of ['v1.2.3', '1.2.3', 'v2.0.0-rc.1', 'v1.0.0+build.7']) {
      const ok = runStep(script, { EVENT: 'release', TAG: tag });
      assert.equal(ok.status, 0, tag);
      assert.equal(ok.output, `tag=${tag}\n`);
    }
    for (const tag of ['latest', 'v1.2', 'v01.2.3', 'v1.2.3\ntag=x']) assert.notEqual(runStep(script, { EVENT: 'release', TAG: tag }).status, 0, tag);
    assert.notEqual(runStep(script, { EVENT: 'push', TAG: 'v1.2.3' }).status, 0);
  });

  it('api-release: the changelog is the diff against the previous release, and a missing Postman key fails', () => {
    const wf = load('api-release.yml');
    const diff = wf.jobs['notes']!.steps!.find((s) => s.id === 'diff')!;
    assert.deepEqual(
      { stages: diff.with?.['stages'], base: diff.with?.['base'], failOn: diff.with?.['fail-on'] },
      { stages: 'diff', base: '${{ steps.previous.outputs.tag }}', failOn: 'NONE' },
    );
    assert.deepEqual(wf.jobs['notes']!.permissions, { contents: 'write' });
    const keyCheck = stepNamed(wf, 'postman', /Postman API key/).run!;
    assert.notEqual(runStep(keyCheck, { POSTMAN_API_KEY: '' }).status, 0);
    assert.equal(runStep(keyCheck, { POSTMAN_API_KEY: 'PMAK-x' }).status, 0);
  });

  it('api-release: the Postman job names the workspace to publish in, and fails when Postman cannot be reached', () => {
    const wf = load('api-release.yml');
    const publish = wf.jobs['postman']!.steps!.find((step) => /publish the collection/i.test(step.name ?? ''))!;
    // Without a workspace the action refuses to publish, so every release failed there.
    assert.equal(publish.with?.['postman-workspace'], '${{ inputs.postman-workspace }}');
    assert.ok(wf.on.workflow_call?.inputs?.['postman-workspace'], 'the workflow takes the workspace');
    assert.equal(publish.with?.['config-file'], '${{ inputs.config-file }}', 'or reads it from the configuration file');
    assert.equal(publish.with?.['postman-required'], 'true');
  });

  it('api-release: the notes step replaces its own section and keeps the author text', () => {
    const wf = load('api-release.yml');
    const write = stepNamed(wf, 'notes', /release notes/).run!;
    // A stand-in gh: `release view` prints the current body, `release edit` keeps the notes file.
    const bin = scratch('fpd-gh-');
    const kept = path.join(bin, 'kept.md');
    writeFileSync(
      path.join(bin, 'gh'),
      `#!/usr/bin/env bash\ncase "$1 $2" in\n  "release view") printf '%s' "$BODY" ;;\n  "release edit") cp "$5" "${kept}" ;;\n  *) exit 3 ;;\nesac\n`,
      { mode: 0o755 },
    );
    const env = {
      PATH: `${bin}:${process.env.PATH}`,
      TAG: 'v1.1.0',
      PREVIOUS: 'v1.0.0',
      CHANGELOG: '### 1 breaking change\n- `GET /books`: removed',
      IMAGE: 'registry.example.com/acme/api',
      DIGEST: `sha256:${'c'.repeat(64)}`,
    };
    assert.equal(runStep(write, { ...env, BODY: 'Author notes.' }).status, 0);
    const first = readFileSync(kept, 'utf8');
    assert.match(first, /^Author notes\.\n\n<!-- api-changes:start -->\n## API changes since v1\.0\.0\n\n### 1 breaking change\n/);
    assert.match(first, /\*\*Image:\*\* `registry\.example\.com\/acme\/api@sha256:c{64}`\n<!-- api-changes:end -->\n$/);
    assert.equal(runStep(write, { ...env, BODY: first.trimEnd() }).status, 0);
    assert.equal(readFileSync(kept, 'utf8'), first, 'a re-run replaces the section');
  });
});
