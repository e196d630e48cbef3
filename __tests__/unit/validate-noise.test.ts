/**
 * Validation output a reader can act on: one finding per mistake. Ajv reports the internals of every
 * branch it tried (if/then/else, oneOf, unevaluatedProperties); none of that reaches the user.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { validateSpec } from '../../src/openapi/validate/validate.ts';
import { validateStage } from '../../src/stages/validate/report.ts';
import { repoRoot } from '../support/paths.ts';

const dir = path.join(repoRoot, '__tests__/fixtures/validate/noise');
const findings = async (name: string) =>
  validateSpec(await loadSpec(path.join(dir, name), { displayBase: dir })).diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.message}`);
const INTERNALS = /must match "(then|else)" schema|must match exactly one schema|must NOT have|must NOT be valid|schema xor/i;

describe('validation findings, one per mistake', () => {
  it('six misspellings are six findings, each with the field it meant', async () => {
    assert.deepEqual(await findings('six-typos.yaml'), [
      '7:7 "parameter" is not a field of "get" (did you mean "parameters"?)',
      '11:11 "descripton" is not a field of responses[200] (did you mean "description"?)',
      '14:24 "type" must be one of: "array", "boolean", "integer", "number", "object", "string"',
      '19:36 "propertes" is not a field of "schema" (did you mean "properties"?)',
      '22:19 "desciption" is not a field of "default" (did you mean "description"?)',
      '25:25 "requird" is not a field of "Pet" (did you mean "required"?)',
    ]);
  });

  for (const [name, version] of [
    ['conditional-3.1.yaml', '3.1'],
    ['conditional-3.0.yaml', '3.0'],
  ] as const) {
    it(`OpenAPI ${version}: no branch internals, and a parameter with both schema and content says so`, async () => {
      const found = await findings(name);
      assert.deepEqual(
        found.filter((f) => INTERNALS.test(f)),
        [],
      );
      assert.ok(found.includes('8:11 parameters[1] has both "schema" and "content"; give one of them'), found.join('\n'));
      assert.ok(found.length <= 7, found.join('\n'));
    });
  }

  it('a terminal shows fifty findings of a spec, then how many more and where they are', () => {
    const diagnostics = Array.from({ length: 69 }, (_, i) => ({
      severity: 'error' as const,
      rule: 'schema',
      message: `mistake ${i}`,
      location: { file: 'api.yaml', line: i + 1, column: 1, pointer: '' },
    }));
    const lines = validateStage.report.text({
      spec: 'api.yaml',
      outcome: { status: 'failed', data: { valid: false, operations: 0, schemas: 0, diagnostics } },
    });
    assert.equal(lines.length, 52);
    assert.equal(lines[50], '… and 19 more findings in api.yaml; --json lists every one');
  });
});
