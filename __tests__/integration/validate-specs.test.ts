import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { validateSpec } from '../../src/openapi/validate/validate.ts';
import { digitalOceanSpec, githubDescription, repoRoot, scratch, specsDir } from '../support/paths.ts';

const shared = readdirSync(specsDir).filter((f) => /\.(ya?ml|json)$/.test(f));

async function validate(file: string) {
  return validateSpec(await loadSpec(file, { displayBase: path.dirname(file) }));
}

/** A copy of a shared spec with text replaced (each replacement must apply exactly once). */
function brokenCopy(name: string, edits: [string, string][]): string {
  let text = readFileSync(path.join(specsDir, name), 'utf8');
  for (const [from, to] of edits) {
    assert.equal(text.split(from).length, 2, `"${from}" occurs once in ${name}`);
    text = text.replace(from, to);
  }
  const file = path.join(scratch(), name);
  writeFileSync(file, text);
  return file;
}

function lineOf(file: string, needle: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

describe('every real spec validates', () => {
  assert.ok(shared.length >= 11);
  for (const name of shared) {
    it(name, async () => {
      const result = await validate(path.join(specsDir, name));
      assert.equal(result.valid, true, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error').slice(0, 5), null, 1));
      assert.ok(result.operations > 0);
    });
  }
  it('DigitalOcean, ~1,500 files joined by relative refs', async () => {
    const result = await validate(digitalOceanSpec());
    assert.equal(result.valid, true, JSON.stringify(result.diagnostics.slice(0, 5)));
    assert.ok(result.operations > 600, `${result.operations} operations`);
  });
  it('the GitHub REST description (13 MB JSON)', async () => {
    const result = await validate(githubDescription);
    assert.equal(result.valid, true);
    assert.ok(result.operations > 1000);
    // Its two same-shape attestation paths use different methods: a warning, not an error.
    assert.deepEqual([...new Set(result.diagnostics.map((d) => `${d.severity} ${d.rule}`))], ['warning equivalent-paths']);
  });
});

describe('every version', () => {
  const fixtures = path.join(repoRoot, '__tests__/fixtures/validate');
  it('Swagger 2.0: valid, then with a body parameter missing its schema', async () => {
    const file = path.join(fixtures, 'swagger-2.0.yaml');
    const result = await validate(file);
    assert.deepEqual([result.valid, result.family, result.operations, result.schemas], [true, '2.0', 2, 1]);
    const copy = path.join(scratch(), 'swagger.yaml');
    writeFileSync(
      copy,
      readFileSync(file, 'utf8').replace('          required: true\n          schema:\n            $ref: "#/definitions/Item"\n', '          required: true\n'),
    );
    const broken = await validate(copy);
    assert.equal(broken.valid, false);
    assert.deepEqual(
      broken.diagnostics.map((d) => `${d.location.line} ${d.message}`),
      ['25 parameters[0] is missing the required field "schema"'],
    );
  });

  it('OpenAPI 3.2, checked with the 3.1 rules', async () => {
    const result = await validate(path.join(fixtures, 'openapi-3.2.yaml'));
    assert.deepEqual([result.valid, result.family, result.version], [true, '3.2', '3.2.0']);
  });
});

describe('broken copies are reported where the text is', () => {
  it('OAI petstore: a misspelt field, a bad type, a duplicate operationId', async () => {
    const file = brokenCopy('oai-petstore.yaml', [
      ['      operationId: showPetById', '      operationId: listPets'],
      ['          in: query\n', '          inn: query\n'],
      ['            type: integer\n            maximum: 100', '            type: integr\n            maximum: 100'],
    ]);
    const result = await validate(file);
    const found = result.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.rule} ${d.message}`);
    // The misspelling explains the missing field: one finding, not two.
    assert.deepEqual(found, [
      `${lineOf(file, 'inn: query')}:11 schema "inn" is not a field of parameters[0] (did you mean "in"?)`,
      `${lineOf(file, 'type: integr')}:13 schema "type" must be one of: "array", "boolean", "integer", "number", "object", "string"`,
      `66:7 duplicate-operation-id operationId "listPets" of GET /pets/{petId} is already used by GET /pets (oai-petstore.yaml:13)`,
    ]);
    assert.equal(result.valid, false);
  });

  it('OpenAI 3.1: a misspelt type inside a schema, which plain 3.1 validation misses', async () => {
    const file = brokenCopy('openai-2026-08-21.yaml', [['    AddUploadPartRequest:\n      type: object\n', '    AddUploadPartRequest:\n      type: objekt\n']]);
    const result = await validate(file);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0]!.rule, 'schema-dialect');
    assert.equal(errors[0]!.location.line, lineOf(file, 'type: objekt'));
    assert.equal(errors[0]!.location.pointer, '/components/schemas/AddUploadPartRequest/type');
  });

  it('Twilio: a path parameter missing from the template, and a YAML syntax error', async () => {
    const file = brokenCopy('twilio_pricing_v2.yaml', [['  /v2/Voice/Countries/{IsoCountry}:', '  /v2/Voice/Countries/{IsoCountryCode}:']]);
    const rules = (await validate(file)).diagnostics.map((d) => d.rule);
    assert.deepEqual([...new Set(rules)].sort(), ['path-parameter-not-in-template', 'path-parameter-undeclared']);

    const syntax = brokenCopy('oai-petstore.yaml', [['  title: Swagger Petstore', '  title: [Swagger Petstore']]);
    const loaded = loadSpec(syntax);
    await assert.rejects(
      loaded,
      (e: { diagnostics?: { rule: string; location: { line: number } }[] }) =>
        e.diagnostics?.[0]?.rule === 'syntax' && e.diagnostics[0].location.line >= lineOf(syntax, 'title: [Swagger'),
    );
  });

  it('an error in a referenced file is reported in that file (DigitalOcean)', async () => {
    const root = digitalOceanSpec();
    const dir = scratch();
    // A private copy, so the cached tree stays intact.
    const { cpSync } = await import('node:fs');
    cpSync(path.dirname(path.dirname(root)), dir, { recursive: true });
    const model = path.join(dir, 'specification/resources/droplets/models/droplet.yml');
    const text = readFileSync(model, 'utf8');
    writeFileSync(model, text.replace('type: object', 'type: objct'));
    const result = validateSpec(await loadSpec(path.join(dir, 'specification/DigitalOcean-public.v2.yaml'), { displayBase: dir }));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length >= 1);
    assert.deepEqual(
      new Set(errors.map((e) => `${e.location.file}:${e.location.line}`)),
      new Set([`specification/resources/droplets/models/droplet.yml:${lineOf(model, 'type: objct')}`]),
    );
  });
});
