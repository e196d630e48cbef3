/**
 * The contract tests catch a server that breaks the contract. A proxy between Newman and a server
 * that honours the contract breaks one rule per run (wrong status, missing required field, wrong
 * type, extra field where `additionalProperties: false`, wrong content type, dropped required
 * header), and every answer it broke must fail its operation on the rule broken. The mutation score
 * (caught / broken) is printed and must be 100%.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runNewman } from '../../src/stages/contract/newman-run.ts';
import { resultsFrom } from '../../src/stages/contract/results.ts';
import { planRun } from '../../src/stages/contract/contract.ts';
import { planCollection } from '../../src/stages/collection/collection.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { MUTATIONS, startContractServer, startMutatingProxy, type Mutation } from '../support/contract-server.ts';
import { repoRoot } from '../support/paths.ts';

/** The rule whose failure shows each mutation was noticed for what it is. */
const EXPECTED_RULE: Record<Mutation, RegExp> = {
  'wrong-status': /^(status is documented|valid request gets a success status)$/,
  'missing-required-field': /^body matches the schema$/,
  'wrong-type': /^body matches the schema$/,
  'extra-field': /^body matches the schema$/,
  'wrong-content-type': /^Content-Type matches$/,
  'dropped-header': /^header .* is present$/,
};

const specs = [path.join(repoRoot, 'example/openapi.yaml'), path.join(repoRoot, '__tests__/fixtures/postman/contract-spec.yaml')];

describe('mutation score of the contract tests', () => {
  const score = new Map<Mutation, { broken: number; caught: number }>(MUTATIONS.map((m) => [m, { broken: 0, caught: 0 }]));

  for (const file of specs) {
    describe(path.basename(file), async () => {
      const { spec, model } = await specFile(file);
      const { collection } = planCollection(model, spec);

      for (const mutation of MUTATIONS) {
        it(`catches ${mutation}`, async () => {
          const upstream = await startContractServer(model);
          const applied: string[] = [];
          const proxy = await startMutatingProxy(model, upstream.url, mutation, applied);
          try {
            const { values } = planRun(collection, undefined, { url: proxy.url });
            const { executions, durationMs } = await runNewman({ collection, values, requestTimeoutMs: 10_000 });
            const report = resultsFrom(collection, executions, proxy.url, durationMs, []);
            const tally = score.get(mutation)!;
            for (const op of report.operations) {
              const broken = applied.includes(op.operation);
              if (!broken) {
                assert.equal(op.outcome, 'passed', `${op.operation} failed though ${mutation} left it alone: ${JSON.stringify(op.failures)}`);
                continue;
              }
              tally.broken++;
              const caught = op.failures.some((f) => EXPECTED_RULE[mutation].test(f.rule));
              if (caught) tally.caught++;
              assert.ok(caught, `${mutation} of ${op.operation} was not caught by its rule: ${JSON.stringify(op.failures)}`);
            }
          } finally {
            await proxy.close();
            await upstream.close();
          }
        });
      }
    });
  }

  it('breaks something with every mutation, and catches all of it', () => {
    let broken = 0;
    let caught = 0;
    for (const [mutation, tally] of score) {
      console.log(`mutation ${mutation.padEnd(24)} caught ${tally.caught}/${tally.broken}`);
      assert.ok(tally.broken > 0, `${mutation} never applied`);
      broken += tally.broken;
      caught += tally.caught;
    }
    console.log(`mutation score: ${caught}/${broken} = ${((100 * caught) / broken).toFixed(1)}%`);
    assert.equal(caught, broken);
  });
});
