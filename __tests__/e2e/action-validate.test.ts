/** The bundled action, run as the runner runs it, on valid and broken specs. */
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { READ_ONLY_TOKEN, startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api/index.ts';
import { runAction } from '../support/action-runner.ts';
import { repoRoot, scratch, specsDir } from '../support/paths.ts';

const validationOutputs = (outputs: Record<string, string>) => ({
  valid: outputs.valid,
  'spec-version': outputs['spec-version'],
  operations: outputs.operations,
  errors: outputs.errors,
});

function workspaceWith(files: Record<string, string>): string {
  const dir = scratch('fpd-ws-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const broken = `openapi: 3.0.3
info: {title: Broken, version: "1"}
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parametrs: []
      responses:
        '200': {description: ok}
`;

/** A spec with `count` misspelt schema types: one error each. */
function manyErrors(count: number): string {
  const schemas = Array.from({ length: count }, (_, i) => `    S${i}:\n      type: strng${i}\n`).join('');
  return `openapi: 3.0.3\ninfo: {title: Many, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n${schemas}`;
}

describe('the action on a push', () => {
  it('passes a valid spec and sets the outputs and the summary', async () => {
    const workspace = scratch('fpd-ws-');
    copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    const run = await runAction({ workspace, inputs: { spec: 'openapi.yaml', stages: 'all', 'max-file-size': '25MB' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(validationOutputs(run.outputs), { valid: 'true', 'spec-version': '3.1.0', operations: '4', errors: '0' });
    assert.equal(run.outputs.breaking, 'false');
    assert.match(run.summary, /## OpenAPI validation/);
    assert.match(run.summary, /\| 3\.1\.0 \| 4 \| 3 \| 0 \| 0 \|/);
    assert.deepEqual(
      run.commands.filter((c) => /^::(error|warning)/.test(c)),
      [],
    );
  });

  it('fails a broken spec with exact annotation lines', async () => {
    const run = await runAction({ workspace: workspaceWith({ 'api.yaml': broken }), inputs: { spec: 'api.yaml' } });
    assert.equal(run.code, 1);
    assert.deepEqual(validationOutputs(run.outputs), { valid: 'false', 'spec-version': '3.0.3', operations: '1', errors: '2' });
    assert.deepEqual(
      run.commands.filter((c) => c.startsWith('::error title=')),
      [
        '::error title=path-parameter-undeclared,file=api.yaml,line=5,col=5::GET /pets/{petId}: the path has {petId} but no path parameter declares it%0ADeclare a parameter with name: petId and in: path (at the path item or the operation).',
        '::error title=schema,file=api.yaml,line=7,col=7::"parametrs" is not a field of "get" (did you mean "parameters"?)',
      ],
    );
    assert.ok(run.commands.some((c) => c.startsWith('::error::the OpenAPI description is invalid: 2 error(s). See the annotations')));
    assert.match(run.summary, /\| ❌ error \| api\.yaml:7:7 \| "parametrs" is not a field of "get" \(did you mean "parameters"\?\) \| schema \|/);
  });

  it('checks every file a glob matches', async () => {
    const workspace = workspaceWith({ 'a.yaml': broken, 'b.yaml': broken.replace('parametrs', 'parameters').replace('/pets/{petId}', '/pets') });
    const run = await runAction({ workspace, inputs: { spec: '*.yaml' } });
    assert.equal(run.outputs.valid, 'false');
    assert.match(run.summary, /❌ a\.yaml[\s\S]*✅ b\.yaml/);
  });

  it('turns a user mistake into one clear error, not a stack trace', async () => {
    const run = await runAction({ workspace: scratch(), inputs: { spec: 'missing.yaml' } });
    assert.equal(run.code, 1);
    assert.deepEqual(
      run.commands.filter((c) => !/^::(end)?group::/.test(c)),
      ['::error::cannot read the spec file missing.yaml: it does not exist%0A  Check the spec input (or the path argument).'],
    );
    assert.doesNotMatch(run.stdout + run.stderr, /at .*\.js:\d+/);
  });

  it('never lets spec text become a workflow command', async () => {
    const forged = broken.replace('parametrs: []', '"x\\n::set-output name=valid::true\\n::add-mask::nothing": []');
    const run = await runAction({ workspace: workspaceWith({ 'api.yaml': forged }), inputs: { spec: 'api.yaml' } });
    assert.equal(run.outputs.valid, 'false');
    assert.deepEqual(
      run.commands.filter((c) => /^::(set-output|add-mask)/.test(c)),
      [],
    );
    assert.doesNotMatch(run.summary, /\n::/);
  });
});

describe('more findings than the runner shows', () => {
  let github: GitHubApi;
  before(async () => {
    github = await startGitHubApi();
    github.state.addRepo({ owner: 'acme', name: 'api' });
  });
  after(() => github.close());

  it('publishes all of them through a check run, 50 per request', async () => {
    const run = await runAction({
      workspace: workspaceWith({ 'api.yaml': manyErrors(120) }),
      inputs: { spec: 'api.yaml', 'github-token': WORKFLOW_TOKEN },
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.errors, '120');
    assert.deepEqual(github.violations, []);
    const [check] = github.state.checkRunsOf('acme/api');
    assert.equal(check?.annotations.length, 120);
    assert.equal(check?.conclusion, 'failure');
    assert.equal(check?.headSha, 'a'.repeat(40));
    assert.deepEqual(
      github.writes().map((w) => w.method),
      ['POST', 'PATCH', 'PATCH', 'PATCH'],
    );
    assert.equal((run.summary.match(/\| ❌ error \|/g) ?? []).length, 120);
    assert.match(run.summary, /check run \[OpenAPI validation\]/);
  });

  it('uses the pull request head commit on pull_request events', async () => {
    const head = 'b'.repeat(40);
    await runAction({
      workspace: workspaceWith({ 'api.yaml': manyErrors(11) }),
      inputs: { spec: 'api.yaml', 'github-token': WORKFLOW_TOKEN },
      event: { name: 'pull_request', payload: { pull_request: { number: 7, head: { sha: head } } } },
      env: { GITHUB_API_URL: github.url },
    });
    assert.ok(github.state.checkRunsOf('acme/api').some((c) => c.headSha === head && c.annotations.length === 11));
  });

  it('keeps going with a read-only token: the summary still lists every finding', async () => {
    const run = await runAction({
      workspace: workspaceWith({ 'api.yaml': manyErrors(15) }),
      inputs: { spec: 'api.yaml', 'github-token': READ_ONLY_TOKEN },
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.errors, '15');
    assert.equal((run.summary.match(/\| ❌ error \|/g) ?? []).length, 15);
    assert.match(run.summary, /check run could not be created: the token may not create check runs/);
    assert.ok(run.commands.some((c) => c.startsWith('::warning::Could not publish all findings as a check run')));
    // The only place the token appears is the command that tells the runner to mask it.
    assert.deepEqual(
      run.stdout.split('\n').filter((l) => l.includes(READ_ONLY_TOKEN)),
      [`::add-mask::${READ_ONLY_TOKEN}`],
    );
  });
});
