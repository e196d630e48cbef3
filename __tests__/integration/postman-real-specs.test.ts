/**
 * Real specs: every shared spec, DigitalOcean (multi-file) and the GitHub REST description. Each
 * gets a collection with one request per operation, unique stable ids, and contract tests that a
 * server honouring the spec passes completely when Newman runs them for real.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runNewman } from '../../src/stages/contract/newman-run.ts';
import { resultsFrom } from '../../src/stages/contract/results.ts';
import { planRun } from '../../src/stages/contract/contract.ts';
import { planCollection } from '../../src/stages/collection/collection.ts';
import { contractInScript } from '../../src/stages/collection/contract-tests.ts';
import { requestId } from '../../src/stages/collection/ids.ts';
import { requestsOf } from '../../src/postman/postman-types.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { startContractServer } from '../support/contract-server.ts';
import { digitalOceanSpec, githubDescription, specsDir } from '../support/paths.ts';

const files = [
  ...readdirSync(specsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(specsDir, f)),
  digitalOceanSpec(),
  githubDescription,
];

describe('collections for real specs pass their own contract against a conforming server', () => {
  for (const file of files) {
    it(path.basename(file), { timeout: 300_000 }, async () => {
      const { spec, model } = await specFile(file);
      const started = performance.now();
      const plan = planCollection(model, spec);
      const planMs = performance.now() - started;
      const requests = [...requestsOf(plan.collection.item)];
      assert.equal(requests.length, model.operations.length);
      assert.deepEqual(new Set(requests.map((r) => r.item.id)), new Set(model.operations.map((o) => requestId(o.id))));
      for (const { item } of requests) assert.ok(contractInScript(item.event![0]!.script.exec), item.name);

      const server = await startContractServer(model);
      try {
        const { values } = planRun(plan.collection, undefined, { url: server.url });
        const { executions, durationMs } = await runNewman({ collection: plan.collection, values, requestTimeoutMs: 30_000 });
        const report = resultsFrom(plan.collection, executions, server.url, durationMs, []);
        console.log(
          `${path.basename(file)}: ${model.operations.length} operations, collection in ${planMs.toFixed(0)} ms, Newman ${report.passed}/${report.coverage.documented} passed in ${durationMs} ms`,
        );
        // Where the sampler found no valid body (it warns), the server rightly refuses the request:
        // those are listed, and must be the only failures.
        const unsendable = new Set(plan.warnings.filter((w) => /no body satisfies|no value satisfies/.test(w.message)).map((w) => w.message.split(':')[0]));
        const failed = report.operations.filter((o) => o.outcome !== 'passed');
        for (const o of failed.filter((f) => unsendable.has(f.operation)))
          console.log(`  known: ${o.operation} sends no valid request (${o.response?.status}: ${o.response?.excerpt})`);
        assert.deepEqual(
          failed
            .filter((o) => !unsendable.has(o.operation))
            .slice(0, 5)
            .map((o) => [o.operation, o.response?.status, o.failures]),
          [],
        );
        assert.deepEqual(report.coverage, { exercised: model.operations.length, documented: model.operations.length });
      } finally {
        await server.close();
      }
    });
  }
});
