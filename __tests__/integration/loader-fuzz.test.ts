/**
 * A short fuzz run of the loader and validator: seeded random mutations of the real corpus, in YAML
 * and JSON. Whatever the mutation, the only error allowed to escape is our own UserError, and each
 * case ends quickly. The seed is printed so a failure can be replayed (FUZZ_SEED, FUZZ_CASES).
 */
import assert from 'node:assert/strict';
import jsyaml from 'js-yaml';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { validateSpec } from '../../src/openapi/validate/validate.ts';
import { scratch, specsDir } from '../support/paths.ts';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const cases = Number(process.env.FUZZ_CASES ?? 400);

/** mulberry32: small, seedable, good enough to spread mutations. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostile = [
  '$ref: ../../etc/passwd',
  '$ref: /proc/self/environ',
  '__proto__: {x: 1}',
  '&a [*a]',
  '*undefined_alias',
  '[[[[[[[[',
  '{"$ref": "#/a/b~2"}',
  '? complex\n',
  '!!js/function "x"',
  '\t',
  '\u0000',
  '%YAML 9.9',
  '"\\u12"',
  '- ',
  ': ',
  '#',
  "'",
  '"',
  '|',
  '>-',
  '0x1F',
  '1e999',
  'constructor: {prototype: {}}',
];

function mutate(text: string, next: () => number): string {
  const pick = (n: number) => Math.floor(next() * n);
  let out = text;
  for (let edits = 1 + pick(4); edits > 0; edits--) {
    const at = pick(out.length);
    switch (pick(5)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + pick(200));
        break;
      case 1:
        out = out.slice(0, at) + hostile[pick(hostile.length)] + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(pick(out.length)).slice(0, pick(300)) + out.slice(at);
        break;
      case 3: {
        const lines = out.split('\n');
        const line = pick(lines.length);
        lines[line] = ' '.repeat(pick(6)) + (lines[line] ?? '').trimStart();
        out = lines.join('\n');
        break;
      }
      default:
        out = out.slice(0, at) + String.fromCharCode(pick(128)) + out.slice(at + 1);
    }
  }
  return out;
}

const oddValues: unknown[] = [
  null,
  0,
  -1,
  1e308,
  '',
  'x',
  true,
  [],
  {},
  [[[]]],
  { $ref: '#/nope' },
  { $ref: '../../etc/passwd' },
  { $ref: '#' },
  { __proto__: null },
  '{petId}',
  { in: 'path', name: 'zz' },
];

/** Replaces, deletes or adds one node of the parsed document, then writes it back out. */
function mutateData(text: string, next: () => number, asJson: boolean): string {
  const data = jsyaml.load(text, { schema: jsyaml.JSON_SCHEMA }) as Record<string, unknown>;
  for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
    let node: Record<string, unknown> = data;
    for (let depth = Math.floor(next() * 8); depth > 0; depth--) {
      const keys = Object.keys(node).filter((k) => node[k] !== null && typeof node[k] === 'object');
      if (keys.length === 0) break;
      node = node[keys[Math.floor(next() * keys.length)]!] as Record<string, unknown>;
    }
    const keys = Object.keys(node);
    const key =
      next() < 0.3 || keys.length === 0
        ? ['$ref', 'type', 'in', 'operationId', 'parameters', 'x-y', '__proto__', 'constructor'][Math.floor(next() * 8)]!
        : keys[Math.floor(next() * keys.length)]!;
    if (next() < 0.2) delete node[key];
    else
      Object.defineProperty(node, key, {
        value: structuredClone(oddValues[Math.floor(next() * oddValues.length)]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return asJson ? JSON.stringify(data) : jsyaml.dump(data, { noRefs: true });
}

it(`loader fuzz: ${cases} mutations, seed ${seed}`, async () => {
  const corpus = [
    'oai-petstore.yaml',
    'oai-petstore-expanded.yaml',
    'oai-link-example.yaml',
    'oai-callback-example.yaml',
    'oai-uspto.yaml',
    'twilio_pricing_v2.yaml',
  ].map((f) => readFileSync(path.join(specsDir, f), 'utf8'));
  corpus.push(JSON.stringify(jsyaml.load(corpus[0]!), null, 2));
  const next = random(seed);
  const dir = scratch();
  let escaped = 0;
  const outcomes = { valid: 0, invalid: 0, refused: 0 };
  for (let i = 0; i < cases; i++) {
    const source = corpus[Math.floor(next() * corpus.length)]!;
    const asJson = next() < 0.25;
    const file = path.join(dir, asJson ? 'api.json' : 'api.yaml');
    const text = next() < 0.5 ? mutate(source, next) : mutateData(source, next, asJson);
    writeFileSync(file, text);
    const started = Date.now();
    try {
      const result = validateSpec(await loadSpec(file));
      outcomes[result.valid ? 'valid' : 'invalid']++;
    } catch (error) {
      if (!(error instanceof UserError)) {
        escaped++;
        writeFileSync(path.join(dir, `escaped-${i}.txt`), text);
        assert.fail(`case ${i} (seed ${seed}) escaped with ${String((error as Error).stack)}`);
      }
      outcomes.refused++;
    }
    assert.ok(Date.now() - started < 3000, `case ${i} took ${Date.now() - started} ms`);
  }
  assert.equal(escaped, 0);
  assert.equal(({} as Record<string, unknown>).x, undefined);
  console.log(`fuzz seed ${seed}: ${JSON.stringify(outcomes)}`);
  assert.ok(outcomes.invalid + outcomes.refused > cases / 4, 'mutations should break most specs');
});
