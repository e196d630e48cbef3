/**
 * Negative requests (an option): each breaks the contract in one way and must get a 4xx. A server
 * that validates its input passes them; one that accepts anything is caught, per operation and rule.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runNewman } from '../../src/stages/contract/newman-run.ts';
import { resultsFrom } from '../../src/stages/contract/results.ts';
import { planRun } from '../../src/stages/contract/contract.ts';
import { planCollection } from '../../src/stages/collection/collection.ts';
import { contractInScript } from '../../src/stages/collection/contract-tests.ts';
import { requestsOf, type PostmanCollection } from '../../src/postman/postman-types.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { startContractServer } from '../support/contract-server.ts';
import { repoRoot } from '../support/paths.ts';

const file = path.join(repoRoot, '__tests__/fixtures/postman/contract-spec.yaml');

async function run(collection: PostmanCollection, validateRequests: boolean) {
  const { model } = await specFile(file);
  const server = await startContractServer(model, [], { validateRequests });
  try {
    const { values } = planRun(collection, undefined, { url: server.url });
    const { executions, durationMs } = await runNewman({ collection, values, requestTimeoutMs: 10_000 });
    return resultsFrom(collection, executions, server.url, durationMs, []);
  } finally {
    await server.close();
  }
}

describe('negative requests', async () => {
  const { spec, model } = await specFile(file);
  const { collection } = planCollection(model, spec, { negativeRequests: true });
  const negatives = [...requestsOf(collection.item)].filter(({ item }) => contractInScript(item.event![0]!.script.exec)!.invalid);

  it('are generated only where the spec makes them certain', () => {
    assert.deepEqual(
      negatives.map(({ item }) => item.name),
      [
        'Add a book (invalid: the required body field "title" missing)',
        'Add a book (invalid: the body field "title" of the wrong type)',
        'lookup (invalid: the required query parameter "q" missing)',
      ],
    );
    const missing = JSON.parse(negatives[0]!.item.request.body!.raw!);
    assert.ok(!('title' in missing) && 'author' in missing);
    assert.equal(negatives[2]!.item.request.url.raw, '{{baseUrl}}/lookup');
    assert.equal(new Set([...requestsOf(collection.item)].map((r) => r.item.id)).size, model.operations.length + 3);
  });

  it('pass against a server that validates its input, and count once per operation', async () => {
    const report = await run(collection, true);
    assert.deepEqual(
      report.operations.filter((o) => o.outcome !== 'passed').map((o) => [o.operation, o.failures]),
      [],
    );
    assert.equal(report.coverage.documented, model.operations.length);
    assert.ok(report.operations.find((o) => o.operation === 'createBook')!.passedRules.includes('rejects the required body field "title" missing'));
  });

  it('catch a server that accepts anything', async () => {
    const report = await run(collection, false);
    const failed = Object.fromEntries(report.operations.filter((o) => o.outcome === 'failed').map((o) => [o.operation, o.failures.map((f) => f.rule)]));
    assert.deepEqual(failed, {
      createBook: ['rejects the required body field "title" missing', 'rejects the body field "title" of the wrong type'],
      lookup: ['rejects the required query parameter "q" missing'],
    });
  });
});
