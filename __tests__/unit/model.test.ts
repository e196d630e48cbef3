import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { locate, type ApiModel } from '../../src/openapi/model/model.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';

const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs');
const GITHUB = join(import.meta.dirname, '..', '..', 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');

const FIXTURE = `openapi: 3.1.0
info: { title: Model fixture, version: '2' }
security:
  - key: []
paths:
  /things/{id}:
    parameters:
      - { name: id, in: path, schema: { type: integer } }
      - { name: verbose, in: query, schema: { type: boolean } }
      - { name: X-Trace, in: header, schema: { type: string } }
      - { name: Accept, in: header, required: true, schema: { type: string } }
    get:
      operationId: getThing
      tags: [things, extra]
      parameters:
        - { name: verbose, in: query, required: true, schema: { type: string } }
        - { name: x-trace, in: header, schema: { type: integer } }
      responses:
        '200':
          description: ok
          headers:
            X-Rate: { $ref: '#/components/headers/Rate' }
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
              example: { id: 1 }
        4XX: { $ref: '#/components/responses/Problem' }
        default: { description: other }
    delete:
      security: []
      responses:
        '204': { description: gone }
  /things:
    post:
      operationId: getThing
      security:
        - key: []
          basic: []
        - {}
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { type: object, properties: { a: { $ref: '#/components/schemas/Inner' } } }
          application/json:
            schema: { $ref: '#/components/schemas/Thing' }
      responses:
        '201': { description: made }
components:
  headers:
    Rate: { required: true, schema: { type: integer } }
  responses:
    Problem:
      description: problem
      content:
        application/problem+json:
          schema: { $ref: '#/components/schemas/Problem' }
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Key }
    basic: { type: http, scheme: Basic }
  schemas:
    Thing:
      type: object
      properties:
        id: { type: integer }
        inner: { $ref: '#/$defs/Inner' }
    Problem: { type: object }
    Alias: { $ref: '#/components/schemas/Thing' }
$defs:
  Inner: { type: string }
`;

describe('buildApiModel', () => {
  let dir: string;
  let api: ApiModel;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'model-'));
    await writeFile(join(dir, 'api.yaml'), FIXTURE);
    api = buildApiModel(await loadSpec(join(dir, 'api.yaml')));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('lists operations in document order, deriving missing ids and making duplicates unique', () => {
    assert.deepEqual(
      api.operations.map((op) => [op.method, op.path, op.id, op.idWritten]),
      [
        ['get', '/things/{id}', 'getThing', true],
        ['delete', '/things/{id}', 'delete_things_id', false],
        ['post', '/things', 'getThing_2', true],
      ],
    );
    const duplicate = api.warnings.find((w) => w.rule === 'model-duplicate-operation-id');
    assert.ok(duplicate);
    assert.equal(duplicate.location.line, 34);
  });

  it('merges path-level parameters under operation-level ones (headers case-insensitively), ignoring Accept', () => {
    const get = api.operations[0]!;
    assert.deepEqual(
      get.parameters.map((p) => [p.in, p.name, p.required, (p.schema as { type: string }).type]),
      [
        ['path', 'id', true, 'integer'],
        ['query', 'verbose', true, 'string'],
        ['header', 'x-trace', false, 'integer'],
      ],
    );
    assert.equal(get.parameters[0]!.style, 'simple');
    assert.equal(get.parameters[1]!.explode, true);
  });

  it('reads responses with ranges, default, referenced responses and headers', () => {
    const get = api.operations[0]!;
    assert.deepEqual(
      get.responses.map((r) => r.status),
      ['200', '4XX', 'default'],
    );
    assert.deepEqual(
      get.responses[0]!.headers.map((h) => [h.name, h.required]),
      [['X-Rate', true]],
    );
    assert.deepEqual(get.responses[0]!.content[0]!.example?.value, { id: 1 });
    assert.equal(get.responses[1]!.content[0]!.contentType, 'application/problem+json');
    // The referenced response keeps the place it is written, for messages that point at it.
    assert.deepEqual(get.responses[1]!.origin.path, ['components', 'responses', 'Problem']);
  });

  it('resolves effective security: inherited, opted out, and alternatives', () => {
    const [get, del, post] = api.operations;
    assert.deepEqual(get!.security, [[{ scheme: 'key', scopes: [] }]]);
    assert.deepEqual(del!.security, []);
    assert.deepEqual(post!.security, [
      [
        { scheme: 'key', scopes: [] },
        { scheme: 'basic', scopes: [] },
      ],
      [],
    ]);
    assert.deepEqual(
      api.securitySchemes.map((s) => [s.name, s.type, s.in ?? s.scheme]),
      [
        ['key', 'apiKey', 'header'],
        ['basic', 'http', 'basic'],
      ],
    );
  });

  it('names component schemas and other $ref targets, not aliases', () => {
    assert.deepEqual(
      api.schemas.map((s) => [s.name, s.kind]),
      [
        ['Thing', 'component'],
        ['Problem', 'component'],
        ['Inner', 'referenced'],
      ],
    );
    const thing = api.schemas[0]!;
    assert.equal(api.schemaName(thing.schema as object), 'Thing');
    assert.equal(api.resolveSchema({ $ref: '#/components/schemas/Alias' }), thing.schema);
  });

  it('locates every element where it is written', () => {
    const post = api.operations[2]!;
    assert.equal(locate(post.origin).line, 34);
    assert.equal(locate(post.requestBody!.content[1]!.origin).line, 45);
    assert.equal(locate(api.securitySchemes[1]!.origin).line, 60);
  });
});

describe('buildApiModel on real specs', () => {
  for (const [name, file, operations] of [
    ['OpenAI 2026', join(SPECS, 'openai-2026-08-21.yaml'), 288],
    ['Twilio messaging', join(SPECS, 'twilio_messaging_v1.yaml'), 58],
    ['GitHub REST', GITHUB, 1223],
  ] as const) {
    it(`models ${name} without warnings`, async () => {
      const started = performance.now();
      const api = buildApiModel(await loadSpec(file));
      assert.equal(api.operations.length, operations);
      assert.deepEqual(api.warnings, []);
      assert.equal(new Set(api.operations.map((op) => op.id)).size, operations, 'ids are unique');
      console.log(
        `# ${name}: ${operations} operations, ${api.schemas.length} named schemas, loaded and modelled in ${Math.round(performance.now() - started)} ms`,
      );
    });
  }
});
