/**
 * The fixed contract-test script, run as Postman runs it (the exact lines a request carries, with a
 * stand-in `pm`): every rule catches what it should and passes what it should, for 3.0 and 3.1
 * schemas, compositions, formats, and `$ref` cycles; nothing passes silently.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contractOf, type ContractData } from '../../src/stages/collection/contract-data.ts';
import { contractTestBlock } from '../../src/stages/collection/contract-tests.ts';
import { oneOperation, specFrom } from '../fixtures/postman/spec-from.ts';

interface Outcome {
  name: string;
  error?: string;
}

/** A body sent as it is, not as JSON. */
class RawBody {
  constructor(readonly text: string) {}
}

interface FakeResponse {
  code?: number;
  headers?: Record<string, string>;
  body?: unknown;
  time?: number;
}

function runContractScript(contract: ContractData, response: FakeResponse): Outcome[] {
  const outcomes: Outcome[] = [];
  const headers = Object.fromEntries(Object.entries(response.headers ?? { 'Content-Type': 'application/json' }).map(([k, v]) => [k.toLowerCase(), v]));
  const pm = {
    test(name: string, fn: () => void) {
      try {
        fn();
        outcomes.push({ name });
      } catch (error) {
        outcomes.push({ name, error: (error as Error).message });
      }
    },
    response: {
      code: response.code ?? 200,
      responseTime: response.time ?? 5,
      headers: { get: (name: string) => headers[name.toLowerCase()] },
      text: () => (response.body instanceof RawBody ? response.body.text : JSON.stringify(response.body ?? null)),
    },
  };
  new Function('pm', contractTestBlock(contract).join('\n'))(pm);
  return outcomes;
}

async function contractFor(document: object, options = {}): Promise<ContractData> {
  const { model } = await specFrom(document);
  return contractOf(model.operations[0]!, model, options, []);
}

function failures(outcomes: Outcome[]): string[] {
  return outcomes.filter((o) => o.error).map((o) => `${o.name}: ${o.error}`);
}

async function bodyCheck(document: object, body: unknown): Promise<string[]> {
  return failures(runContractScript(await contractFor(document), { body }));
}

describe('contract runtime: status', () => {
  it('passes a documented success and names operation and rule', async () => {
    const outcomes = runContractScript(await contractFor(oneOperation({ type: 'object' })), { body: {} });
    assert.deepEqual(failures(outcomes), []);
    assert.ok(outcomes.some((o) => o.name === 'getThing · status is documented'));
    assert.ok(outcomes.some((o) => o.name === 'getThing · valid request gets a success status'));
  });

  it('fails an undocumented status and a non-success one', async () => {
    const outcomes = runContractScript(await contractFor(oneOperation({ type: 'object' })), { code: 500, body: {} });
    const failed = failures(outcomes);
    assert.ok(failed.some((f) => f.startsWith('getThing · status is documented') && f.includes('500')));
    assert.ok(failed.some((f) => f.startsWith('getThing · valid request gets a success status')));
  });

  it('matches 2XX ranges and default', async () => {
    assert.deepEqual(failures(runContractScript(await contractFor(oneOperation({ type: 'object' }, { status: '2XX' })), { code: 203, body: {} })), []);
    const withDefault = await contractFor(oneOperation({ type: 'object' }, { status: 'default' }));
    assert.ok(!failures(runContractScript(withDefault, { code: 404, body: {} })).some((f) => f.includes('status is documented')));
  });
});

describe('contract runtime: Content-Type and headers', () => {
  it('fails a wrong media type and accepts parameters on the right one', async () => {
    const contract = await contractFor(oneOperation({ type: 'object' }));
    assert.deepEqual(failures(runContractScript(contract, { headers: { 'content-type': 'application/json; charset=utf-8' }, body: {} })), []);
    assert.ok(failures(runContractScript(contract, { headers: { 'content-type': 'text/html' }, body: {} })).some((f) => f.includes('Content-Type matches')));
  });

  it('requires documented required headers and checks their schema', async () => {
    const doc = oneOperation(
      { type: 'object' },
      { headers: { 'X-Rate-Limit': { required: true, schema: { type: 'integer', minimum: 0 } }, 'X-Opt': { schema: { type: 'string', format: 'uuid' } } } },
    );
    const contract = await contractFor(doc);
    assert.deepEqual(failures(runContractScript(contract, { headers: { 'content-type': 'application/json', 'x-rate-limit': '10' }, body: {} })), []);
    assert.ok(failures(runContractScript(contract, { body: {} })).some((f) => f.includes('header X-Rate-Limit is present')));
    assert.ok(
      failures(runContractScript(contract, { headers: { 'content-type': 'application/json', 'x-rate-limit': 'many' }, body: {} })).some((f) =>
        f.includes('X-Rate-Limit'),
      ),
    );
    assert.ok(
      failures(runContractScript(contract, { headers: { 'content-type': 'application/json', 'x-rate-limit': '1', 'x-opt': 'nope' }, body: {} })).some((f) =>
        f.includes('X-Opt'),
      ),
    );
  });

  it('checks the response-time budget only when asked', async () => {
    const doc = oneOperation({ type: 'object' });
    assert.ok(!runContractScript(await contractFor(doc), { body: {}, time: 10_000 }).some((o) => o.name.includes('response time')));
    const budget = await contractFor(doc, { maxResponseTimeMs: 100 });
    assert.ok(failures(runContractScript(budget, { body: {}, time: 150 })).some((f) => f.includes('response time within 100 ms')));
    assert.deepEqual(failures(runContractScript(budget, { body: {}, time: 50 })), []);
  });
});

describe('contract runtime: body schemas', () => {
  it('reads 3.0 nullable and 3.1 type arrays', async () => {
    const v30 = oneOperation({ type: 'object', required: ['a'], properties: { a: { type: 'string', nullable: true } } }, { openapi: '3.0.3' });
    assert.deepEqual(await bodyCheck(v30, { a: null }), []);
    assert.equal((await bodyCheck(v30, { a: 1 })).length, 1);
    const v31 = oneOperation({ type: 'object', properties: { a: { type: ['string', 'null'] } } });
    assert.deepEqual(await bodyCheck(v31, { a: null }), []);
    assert.equal((await bodyCheck(v31, { a: 1 })).length, 1);
    // In 3.1 `nullable` means nothing: null is not a string.
    assert.equal((await bodyCheck(oneOperation({ properties: { a: { type: 'string', nullable: true } } }), { a: null })).length, 1);
  });

  it('reads 3.0 boolean exclusiveMinimum and 3.1 numeric ones', async () => {
    assert.equal((await bodyCheck(oneOperation({ type: 'integer', minimum: 0, exclusiveMinimum: true }, { openapi: '3.0.3' }), 0)).length, 1);
    assert.deepEqual(await bodyCheck(oneOperation({ type: 'integer', minimum: 0, exclusiveMinimum: true }, { openapi: '3.0.3' }), 1), []);
    assert.equal((await bodyCheck(oneOperation({ type: 'integer', exclusiveMinimum: 0 }), 0)).length, 1);
  });

  it('handles oneOf, anyOf, allOf and not', async () => {
    const oneOf = oneOperation({ oneOf: [{ type: 'integer' }, { type: 'number', multipleOf: 0.5 }] });
    assert.deepEqual(await bodyCheck(oneOf, 0.5), []);
    assert.match((await bodyCheck(oneOf, 2))[0]!, /matches 2 of oneOf/);
    assert.match((await bodyCheck(oneOf, 'x'))[0]!, /matches 0 of oneOf/);
    const allOf = oneOperation({ allOf: [{ $ref: '#/components/schemas/A' }, { required: ['b'] }] }, { schemas: { A: { type: 'object', required: ['a'] } } });
    assert.deepEqual(await bodyCheck(allOf, { a: 1, b: 2 }), []);
    assert.equal((await bodyCheck(allOf, { a: 1 })).length, 1);
    assert.equal((await bodyCheck(oneOperation({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }), 1)).length, 1);
    assert.equal((await bodyCheck(oneOperation({ not: { type: 'string' } }), 'x')).length, 1);
  });

  it('checks formats it knows', async () => {
    const doc = oneOperation({
      type: 'object',
      properties: { id: { type: 'string', format: 'uuid' }, at: { type: 'string', format: 'date-time' }, d: { type: 'string', format: 'date' } },
    });
    assert.deepEqual(await bodyCheck(doc, { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6', at: '2024-01-01T10:00:00Z', d: '2024-02-29' }), []);
    const bad = await bodyCheck(doc, { id: 'nope', at: 'yesterday', d: '2024-13-45' });
    assert.match(bad[0]!, /not a valid uuid/);
    assert.match(bad[0]!, /not a valid date-time/);
    assert.match(bad[0]!, /not a valid date/);
  });

  it('follows $ref cycles and still catches a deep violation', async () => {
    const schemas = {
      Node: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
      },
    };
    const doc = oneOperation({ $ref: '#/components/schemas/Node' }, { schemas });
    const deep = { name: 'a', children: [{ name: 'b', children: [{ name: 'c', children: [] }] }] };
    assert.deepEqual(await bodyCheck(doc, deep), []);
    const broken = structuredClone(deep);
    (broken.children[0]!.children[0] as Record<string, unknown>).name = 7;
    assert.match((await bodyCheck(doc, broken))[0]!, /\/children\/0\/children\/0\/name: expected string, got number/);
    const extra = { name: 'a', children: [{ name: 'b', sneaky: true }] };
    assert.match((await bodyCheck(doc, extra))[0]!, /\/children\/0: the property "sneaky" is not allowed/);
  });

  it('fails, rather than passes, a recursion that consumes no data and an unresolved $ref', async () => {
    const loop = oneOperation({ $ref: '#/components/schemas/A' }, { schemas: { A: { allOf: [{ $ref: '#/components/schemas/A' }] } } });
    assert.match((await bodyCheck(loop, {}))[0]!, /recurses without end/);
    const contract = await contractFor(oneOperation({ type: 'object' }));
    contract.responses[0]!.media[0]!.schema = { $ref: 'missing' };
    assert.match(failures(runContractScript(contract, { body: {} }))[0]!, /could not be resolved/);
  });

  it('does not require writeOnly properties in responses', async () => {
    const doc = oneOperation({
      type: 'object',
      required: ['password', 'name'],
      properties: { password: { type: 'string', writeOnly: true }, name: { type: 'string' } },
    });
    assert.deepEqual(await bodyCheck(doc, { name: 'x' }), []);
    assert.equal((await bodyCheck(doc, {})).length, 1);
  });

  it('reads prefixItems, const, enum, uniqueItems, dependentRequired, patternProperties', async () => {
    assert.equal((await bodyCheck(oneOperation({ prefixItems: [{ type: 'string' }, { type: 'integer' }] }), ['a', 'b'])).length, 1);
    assert.equal((await bodyCheck(oneOperation({ const: 'x' }), 'y')).length, 1);
    assert.equal((await bodyCheck(oneOperation({ enum: [1, 2] }), 3)).length, 1);
    assert.equal((await bodyCheck(oneOperation({ uniqueItems: true }), [{ a: 1 }, { a: 1 }])).length, 1);
    assert.equal((await bodyCheck(oneOperation({ dependentRequired: { a: ['b'] } }), { a: 1 })).length, 1);
    assert.equal((await bodyCheck(oneOperation({ patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false }), { 'x-a': 1 })).length, 1);
    assert.deepEqual(await bodyCheck(oneOperation({ patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false }), { 'x-a': 'ok' }), []);
  });

  it('fails a body that is not JSON', async () => {
    assert.match((await bodyCheck(oneOperation({ type: 'object' }), new RawBody('{not json')))[0]!, /not JSON/);
  });

  it('keeps a property named __proto__ a property', async () => {
    const doc = oneOperation(JSON.parse('{"type": "object", "required": ["__proto__"], "properties": {"__proto__": {"type": "string"}}}'));
    assert.deepEqual(await bodyCheck(doc, JSON.parse('{"__proto__": "x"}')), []);
    assert.equal((await bodyCheck(doc, {})).length, 1);
    assert.equal((await bodyCheck(doc, JSON.parse('{"__proto__": 1}'))).length, 1);
  });
});
