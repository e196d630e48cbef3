/**
 * The collection for the bundled example: shaped and named by Postman's converter, ids derived from
 * operations and identical on every regeneration, request data that satisfies the spec, environments
 * with empty secret credentials, and the same fixed test code in every request.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { convertV2 } from 'openapi-to-postmanv2';
import { environmentPath, planCollection, writeCollection } from '../../src/stages/collection/collection.ts';
import { BLOCK_END, BLOCK_START, contractInScript } from '../../src/stages/collection/contract-tests.ts';
import { requestId } from '../../src/stages/collection/ids.ts';
import { isFolder, requestsOf } from '../../src/postman/postman-types.ts';
import { schemaContext } from '../../src/stages/collection/request-data.ts';
import { conforms } from '../../src/openapi/sample/values.ts';
import { specFile, specFrom } from '../fixtures/postman/spec-from.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const example = path.join(repoRoot, 'example/openapi.yaml');

describe('planCollection on the example spec', async () => {
  const { spec, model } = await specFile(example);
  const plan = planCollection(model, spec);
  const requests = [...requestsOf(plan.collection.item)];

  it('has folders by tag and requests named as Postman names them', () => {
    assert.deepEqual(
      plan.collection.item.map((i) => i.name),
      ['books', 'shelves'],
    );
    assert.ok(plan.collection.item.every(isFolder));
    assert.deepEqual(
      requests.map((r) => r.item.name),
      ['List the books', 'Add a book', 'One book', 'list Shelf Books'],
    );
    assert.equal(plan.collection.info.name, 'Bookshelf');
    assert.equal(plan.collection.info.schema, 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
  });

  it('derives ids from operations, identical on every regeneration', async () => {
    assert.deepEqual(
      requests.map((r) => r.item.id),
      ['listBooks', 'createBook', 'getBook', 'listShelfBooks'].map(requestId),
    );
    const again = planCollection((await specFile(example)).model, spec);
    assert.equal(JSON.stringify(again.collection), JSON.stringify(plan.collection));
    assert.equal(JSON.stringify(again.environments), JSON.stringify(plan.environments));
  });

  it('sends data the spec accepts: a valid body, required parameters, credentials as variables', () => {
    const create = requests.find((r) => r.item.name === 'Add a book')!.item.request;
    const op = model.operations.find((o) => o.id === 'createBook')!;
    const body = JSON.parse(create.body!.raw!);
    assert.ok(conforms(body, op.requestBody!.content[0]!.schema!, schemaContext(model)));
    assert.ok(create.header.some((h) => h.key === 'Content-Type' && h.value === 'application/json'));
    assert.deepEqual(create.auth, {
      type: 'apikey',
      apikey: [
        { key: 'key', value: 'X-API-Key', type: 'string' },
        { key: 'value', value: '{{apiKey}}', type: 'string' },
        { key: 'in', value: 'header', type: 'string' },
      ],
    });
    const shelf = requests.find((r) => r.item.name === 'list Shelf Books')!.item.request;
    assert.deepEqual(shelf.url.path, ['shelves', ':shelf', 'books']);
    assert.ok(['fiction', 'science', 'history'].includes(shelf.url.variable![0]!.value));
    const list = requests.find((r) => r.item.name === 'List the books')!.item.request;
    assert.deepEqual(list.url.query, [{ key: 'limit', value: '20', disabled: true }]);
  });

  it('carries the same fixed test code in every request, around each contract as data', () => {
    const blocks = requests.map((r) => r.item.event!.find((e) => e.listen === 'test')!.script.exec);
    for (const exec of blocks) {
      assert.equal(exec[0], BLOCK_START);
      assert.equal(exec.at(-1), BLOCK_END);
    }
    const code = blocks.map((exec) => exec.slice(0, -2).join('\n'));
    assert.equal(new Set(code).size, 1);
    assert.deepEqual(
      blocks.map((exec) => contractInScript(exec)?.operation),
      ['listBooks', 'createBook', 'getBook', 'listShelfBooks'],
    );
  });

  it('plans one environment per server and one for the deployed URL, credentials secret and empty', () => {
    assert.deepEqual(
      plan.environments.map((e) => e.slug),
      ['deployed', 'server-1'],
    );
    const [deployed, server] = plan.environments.map((e) => e.environment);
    assert.deepEqual(server!.values, [
      { key: 'baseUrl', value: 'http://127.0.0.1:8000', type: 'default', enabled: true },
      { key: 'apiKey', value: '', type: 'secret', enabled: true },
    ]);
    assert.equal(deployed!.values[0]!.value, '');
    assert.notEqual(deployed!.id, server!.id);
  });

  it('writes the environments beside the collection', async () => {
    const file = path.join(scratch(), 'bookshelf.postman_collection.json');
    const files = await writeCollection(plan, file);
    assert.deepEqual(files, [file, environmentPath(file, 'deployed'), environmentPath(file, 'server-1')]);
    assert.ok(files[1]!.endsWith('bookshelf.deployed.postman_environment.json'));
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), plan.collection);
  });
});

describe('planCollection details', () => {
  it('relies on the converter calling back synchronously', () => {
    let called = false;
    convertV2({ type: 'json', data: { openapi: '3.0.0', info: { title: 'x', version: '1' }, paths: {} } }, {}, () => {
      called = true;
    });
    assert.ok(called);
  });

  it('derives ids from method and path when there is no operationId, and keeps them across a path rename with one', async () => {
    const doc = (p: string) => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        [p]: { get: { operationId: 'getThing', responses: { 200: { description: 'ok' } } } },
        '/plain': { get: { responses: { 200: { description: 'ok' } } } },
      },
    });
    const a = await specFrom(doc('/things/{id}'));
    const b = await specFrom(doc('/items/{id}'));
    const idsA = [...requestsOf(planCollection(a.model, a.spec).collection.item)].map((r) => r.item.id);
    const idsB = [...requestsOf(planCollection(b.model, b.spec).collection.item)].map((r) => r.item.id);
    assert.deepEqual(idsA, idsB);
    assert.equal(idsA[1], requestId('get_plain'));
  });

  it('sends form bodies percent-encoded and server variables at their defaults', async () => {
    const { spec, model } = await specFrom({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://{region}.example.com/v1', variables: { region: { default: 'eu' } } }],
      paths: {
        '/messages': {
          post: {
            operationId: 'send',
            requestBody: {
              content: {
                'application/x-www-form-urlencoded': {
                  schema: {
                    type: 'object',
                    required: ['To', 'Body'],
                    properties: { To: { type: 'string', example: '+15551234567' }, Body: { type: 'string', example: 'a&b {{x}}' } },
                  },
                },
              },
            },
            responses: { 201: { description: 'ok' } },
          },
        },
      },
    });
    const plan = planCollection(model, spec);
    const request = [...requestsOf(plan.collection.item)][0]!.item.request;
    assert.equal(request.body!.raw, 'To=%2B15551234567&Body=a%26b%20%7B%7Bx%7D%7D');
    assert.equal(plan.environments[1]!.environment.values[0]!.value, 'https://eu.example.com/v1');
  });

  it('names basic and bearer credentials after their schemes', async () => {
    const { spec, model } = await specFrom({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      components: { securitySchemes: { basicAuth: { type: 'http', scheme: 'basic' }, token: { type: 'http', scheme: 'bearer' } } },
      paths: {
        '/a': { get: { operationId: 'a', security: [{ basicAuth: [] }], responses: { 200: { description: 'ok' } } } },
        '/b': { get: { operationId: 'b', security: [{ token: [] }], responses: { 200: { description: 'ok' } } } },
      },
    });
    const plan = planCollection(model, spec);
    const [a, b] = [...requestsOf(plan.collection.item)].map((r) => r.item.request.auth);
    assert.deepEqual(a, {
      type: 'basic',
      basic: [
        { key: 'username', value: '{{basicAuthUsername}}', type: 'string' },
        { key: 'password', value: '{{basicAuthPassword}}', type: 'string' },
      ],
    });
    assert.deepEqual(b, { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] });
    assert.deepEqual(
      plan.environments[0]!.environment.values.map((v) => [v.key, v.type, v.value]),
      [
        ['baseUrl', 'default', ''],
        ['basicAuthUsername', 'secret', ''],
        ['basicAuthPassword', 'secret', ''],
        ['token', 'secret', ''],
      ],
    );
  });
});

describe('credentials Postman auth cannot carry', () => {
  it('sends a second API key and a cookie key as plain entries, and leaves out a scheme it cannot send', async () => {
    const { spec, model } = await specFrom({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      components: {
        securitySchemes: {
          appId: { type: 'apiKey', in: 'header', name: 'X-App-Id' },
          appKey: { type: 'apiKey', in: 'query', name: 'app_key' },
          session: { type: 'apiKey', in: 'cookie', name: 'sid' },
          mtls: { type: 'mutualTLS' },
        },
      },
      paths: {
        '/a': { get: { operationId: 'a', security: [{ mtls: [] }, { appId: [], appKey: [], session: [] }], responses: { 200: { description: 'ok' } } } },
      },
    });
    const request = [...requestsOf(planCollection(model, spec).collection.item)][0]!.item.request;
    assert.equal(request.auth!.type, 'apikey');
    assert.deepEqual(request.url.query, [{ key: 'app_key', value: '{{appKey}}' }]);
    assert.equal(request.url.raw, '{{baseUrl}}/a?app_key={{appKey}}');
    assert.ok(request.header.some((h) => h.key === 'Cookie' && h.value === 'sid={{session}}'));
  });
});
