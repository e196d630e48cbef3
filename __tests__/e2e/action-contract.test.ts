/**
 * The collection and contract stages of the bundled action, run as the runner runs it, against a
 * server that honours the example's contract, and one that breaks it. A canary credential must never
 * appear in the log, the summary, the outputs or any file written.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { runAction } from '../support/action-runner.ts';
import { startContractServer, startMutatingProxy } from '../support/contract-server.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const canary = 'CANARY-7d1f0c9e-secret-value';

function workspace(): string {
  const dir = scratch('fpd-contract-ws-');
  copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(dir, 'openapi.yaml'));
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the action runs the contract tests against a URL', () => {
  let server: Awaited<ReturnType<typeof startContractServer>>;
  let broken: Awaited<ReturnType<typeof startMutatingProxy>>;
  before(async () => {
    const model = buildApiModel(await loadSpec(path.join(repoRoot, 'example/openapi.yaml')));
    server = await startContractServer(model);
    broken = await startMutatingProxy(model, server.url, 'wrong-type', []);
  });
  after(async () => {
    await broken.close();
    await server.close();
  });

  it('passes against a conforming server; the canary credential appears nowhere', async () => {
    const dir = workspace();
    const run = await runAction({
      workspace: dir,
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,collection,contract',
        url: server.url,
        credentials: `apiKey=${canary}`,
        'junit-file': 'junit.xml',
        'contract-results-file': 'results.json',
      },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(
      [run.outputs['contract-passed'], run.outputs['contract-failed'], run.outputs['collection-file']],
      ['4', '0', 'postman/openapi.postman_collection.json'],
    );
    assert.match(run.summary, /## Contract tests/);
    assert.match(run.summary, /All 4 operations honour the contract/);
    // The runner masks what add-mask names; nothing else may carry the value.
    const leaks = [
      run.stdout.replace(`::add-mask::${canary}`, ''),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      ...filesUnder(dir).map((f) => readFileSync(f, 'utf8')),
    ].filter((text) => text.includes(canary));
    assert.deepEqual(leaks, []);
    assert.ok(run.stdout.includes(`::add-mask::${canary}`), 'the credential is masked');
  });

  it('fails against a server that breaks the contract, annotating the operation at its spec line', async () => {
    const run = await runAction({ workspace: workspace(), inputs: { spec: 'openapi.yaml', stages: 'validate,collection,contract', url: broken.url } });
    assert.equal(run.code, 1);
    assert.notEqual(run.outputs['contract-failed'], '0');
    const annotation = run.commands.find((c) => c.startsWith('::error title=contract,file=openapi.yaml,line='));
    assert.ok(annotation, run.commands.join('\n'));
    assert.match(annotation, /breaks the contract: .*body matches the schema/);
    // The job summary names each failing operation, with its request and the rule it broke.
    assert.match(run.summary, /\| ❌ \| (listBooks|createBook|getBook|listShelfBooks) \| (GET|POST) \/[^|]+ \| [^|]*body matches the schema/);
    assert.ok(run.commands.some((c) => /^::error::.*operation\(s\) break the contract/.test(c)));
  });
});
