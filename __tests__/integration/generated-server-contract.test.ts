/**
 * The two generators keep each other honest: for every spec at hand, the FastAPI server generated
 * from it, started locally, passes 100% of the contract tests of the collection generated from it.
 * The tests judge responses against the spec's own schemas, never against what the generator made.
 * GENERATED_CONTRACT_SPECS narrows the list (comma-separated file names).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { runContract } from '../../src/stages/contract/contract.ts';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { planCollection, writeCollection } from '../../src/stages/collection/collection.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { sampleCredentials } from '../../src/openapi/sample/request.ts';
import { startUvicorn } from '../fixtures/fastapi/uvicorn.ts';
import { ensureVenv } from '../support/python-venv.ts';
import { realSpecFile, realSpecs } from '../support/paths.ts';

const CASES = process.env.GENERATED_CONTRACT_SPECS?.split(',') ?? realSpecs;

const table: string[] = [];
after(() => console.log(['# spec | operations | passed | failed | coverage | seconds', ...table.map((r) => `# ${r}`)].join('\n')));

for (const name of CASES) {
  it(`the server generated from ${name} passes every contract test of its collection`, async () => {
    const venv = await ensureVenv();
    const work = await mkdtemp(join(tmpdir(), 'fpd-generated-contract-'));
    try {
      const spec = await loadSpec(realSpecFile(name));
      const model = buildApiModel(spec);
      await writeFastapiProject(planFastapiProject(spec), join(work, 'server'));
      const collectionFile = join(work, 'collection.json');
      await writeCollection(planCollection(model, spec), collectionFile);
      const server = await startUvicorn(venv.python, join(work, 'server'), sampleCredentials(model));
      try {
        const started = Date.now();
        const { report } = await runContract({ collection: collectionFile, url: server.url, readinessTimeoutMs: 60_000 });
        table.push(
          `${name} | ${model.operations.length} | ${report.passed} | ${report.failed} | ${report.coverage.exercised}/${report.coverage.documented} | ${((Date.now() - started) / 1000).toFixed(1)}`,
        );
        const failing = report.operations
          .filter((o) => o.outcome !== 'passed')
          .map(
            (o) =>
              `${o.label} (${o.operation}): ${o.outcome} ${o.failures.map((f) => `${f.rule}: ${f.message}`).join('; ')} ${o.response ? `answered ${o.response.status} ${o.response.excerpt.slice(0, 200)}` : ''}`,
          );
        assert.deepEqual(failing.slice(0, 10), [], `${failing.length} of ${report.operations.length} operations fail`);
        assert.equal(report.coverage.exercised, report.coverage.documented);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
}
