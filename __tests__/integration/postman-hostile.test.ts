/**
 * Hostile spec text (`{{secret}}`, quotes, `</script>`, backticks, `pm.environment.set(...)`, a
 * `__proto__` property) in names, descriptions, examples, enums, property names and server URLs
 * stays inert data: the test code is the fixed code in every request, Postman substitutes none of
 * it, and a real Newman run against a real server sends the text as written and never the secret.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import newman from 'newman';
import { planCollection } from '../../src/stages/collection/collection.ts';
import { CONTRACT_RUNTIME } from '../../src/stages/collection/contract-runtime.ts';
import { contractInScript } from '../../src/stages/collection/contract-tests.ts';
import { requestsOf } from '../../src/postman/postman-types.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { startContractServer, type Running, type Seen } from '../support/contract-server.ts';
import { repoRoot } from '../support/paths.ts';

const hostile = path.join(repoRoot, '__tests__/fixtures/postman/hostile-spec.json');
const SECRET = 'TOP-SECRET-VALUE';

describe('hostile spec text stays inert', async () => {
  const { spec, model } = await specFile(hostile);
  const plan = planCollection(model, spec);
  const requests = [...requestsOf(plan.collection.item)];
  let server: Running;
  const seen: Seen[] = [];
  before(async () => {
    server = await startContractServer(model, seen);
  });
  after(() => server.close());

  it('puts spec text into scripts only as the checked JSON string literal', () => {
    const runtime = CONTRACT_RUNTIME.trim().split('\n');
    for (const { item } of requests) {
      const exec = item.event!.find((e) => e.listen === 'test')!.script.exec;
      // Everything but the data line is the fixed code, byte for byte.
      assert.deepEqual(exec.slice(2, -2), runtime);
      assert.equal(exec[1], '(function (contractJson) {');
      assert.match(exec.at(-2)!, /^\}\)\("(?:[^"\\\n\u2028\u2029]|\\.)*"\);$/);
      assert.ok(contractInScript(exec));
    }
    assert.equal(contractInScript(requests[0]!.item.event![0]!.script.exec)!.operation, 'put{{secret}}"); pm.environment.set("pwned", "1"); ("');
  });

  it('leaves no {{...}} in what Postman substitutes, but its own variables', () => {
    const credentialVariables = new Set(['baseUrl', 'scheme___secret__']);
    for (const { item } of requests) {
      const { description: _, ...substituted } = item.request;
      for (const [, name] of JSON.stringify(substituted).matchAll(/\{\{([^{}]*)\}\}/g))
        assert.ok(credentialVariables.has(name!), `unexpected variable {{${name}}} in ${item.name}`);
    }
    for (const { environment } of plan.environments) for (const v of environment.values) assert.ok(!v.value.includes('{{'), v.value);
    assert.ok(!JSON.stringify(plan.collection.variable).includes('{{secret'));
  });

  it('runs in Newman without executing any of it, and never sends the secret', async () => {
    const summary = await new Promise<newman.NewmanRunSummary>((resolve, reject) =>
      newman.run(
        {
          collection: plan.collection as unknown as newman.NewmanRunOptions['collection'],
          environment: {
            values: [
              { key: 'baseUrl', value: server.url },
              { key: 'secret', value: SECRET },
              { key: 'scheme___secret__', value: 'placeholder' },
            ],
          } as unknown as newman.NewmanRunOptions['environment'],
          reporters: [],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    const assertions = summary.run.executions.flatMap((e) => e.assertions ?? []);
    assert.ok(assertions.length >= 6);
    assert.deepEqual(
      assertions.filter((a) => a.error).map((a) => `${a.assertion}: ${a.error!.message}`),
      [],
    );
    assert.deepEqual(summary.run.failures, []);
    // Nothing in the spec ran: no variable was set by a script.
    const environment = (summary.environment as unknown as { values: { members: { key: string }[] } }).values.members.map((m) => m.key);
    assert.deepEqual(environment.sort(), ['baseUrl', 'scheme___secret__', 'secret']);
    assert.equal((summary as unknown as { globals?: { values: { members: unknown[] } } }).globals?.values.members.length ?? 0, 0);

    for (const request of seen) {
      assert.ok(!JSON.stringify(request).includes(SECRET), `the secret was sent to ${request.url}`);
    }
    const put = seen.find((s) => s.method === 'PUT')!;
    const body = JSON.parse(put.body);
    assert.equal(body['{{secret}}'], '{{secret}}');
    assert.equal(body.kind, '</script>{{secret}}`${x}`');
    assert.ok(Object.hasOwn(body, '__proto__'));
    assert.equal(new URL(put.url, 'http://x').searchParams.get('q'), '{{secret}}&x=1');
    assert.match(put.url, /^\/notes\/%7B%7Bsecret%7D%7D\?/);
  });
});
