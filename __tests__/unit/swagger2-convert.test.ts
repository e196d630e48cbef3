import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { locate, type ApiModel } from '../../src/openapi/model/model.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { openApi3 } from '../../src/openapi/convert/openapi3.ts';
import { valueAt } from '../../src/openapi/pointer.ts';
import { convertSwagger2 } from '../../src/openapi/convert/swagger2/convert.ts';
import type { Diagnostic, Spec } from '../../src/openapi/types.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'swagger2');
const PETSTORE = join(FIXTURES, 'petstore.yaml');

type Node = Record<string, any>;

/** The 1-based line of the `nth` line of `file` that contains `text`. */
function lineOf(file: string, text: string, nth = 1): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.includes(text) && ++seen === nth);
  assert.notEqual(index, -1, `${text} is in ${file}`);
  return index + 1;
}

async function specOf(dir: string, text: string): Promise<Spec> {
  const file = join(dir, `spec-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, text);
  return loadSpec(file);
}

describe('convertSwagger2 on the petstore', () => {
  let spec: Spec;
  let converted: Spec;
  let doc: Node;
  let warnings: Diagnostic[];
  before(async () => {
    spec = await loadSpec(PETSTORE);
    ({ spec: converted, warnings } = convertSwagger2(spec));
    doc = converted.document as Node;
  });

  it('is an OpenAPI 3.0.3 document, converted without a warning', () => {
    assert.equal(doc.openapi, '3.0.3');
    assert.equal(converted.family, '3.0');
    assert.equal(doc.info.title, 'Swagger Petstore');
    assert.deepEqual(warnings, []);
    assert.equal(doc.swagger, undefined);
    assert.equal(doc.definitions, undefined);
  });

  it('makes host, basePath and schemes servers, one per scheme, and an operation its own', () => {
    assert.deepEqual(doc.servers, [{ url: 'https://petstore.example.com/v2' }, { url: 'http://petstore.example.com/v2' }]);
    assert.deepEqual(doc.paths['/pets/{petId}/photos'].post.servers, [{ url: 'https://petstore.example.com/v2' }]);
    assert.equal(doc.paths['/pets'].get.servers, undefined);
  });

  it('makes the body parameter the request body, in every type the operation consumes', () => {
    const post = doc.paths['/pets'].post;
    assert.equal(post.parameters, undefined);
    assert.deepEqual(post.requestBody, {
      description: 'The pet to add',
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/NewPet' } },
        'application/xml': { schema: { $ref: '#/components/schemas/NewPet' } },
      },
      required: true,
    });
    assert.equal(post['x-codegen-request-body-name'], 'pet');
  });

  it('makes formData parameters a form body: urlencoded, or multipart with the file as binary', () => {
    const form = doc.paths['/pets/{petId}'].post.requestBody;
    assert.deepEqual(Object.keys(form.content), ['application/x-www-form-urlencoded']);
    assert.deepEqual(form.content['application/x-www-form-urlencoded'].schema, {
      type: 'object',
      properties: { name: { type: 'string', description: 'The new name' }, status: { type: 'string', enum: ['available', 'pending', 'sold'] } },
    });
    assert.equal(form.required, undefined);
    const upload = doc.paths['/pets/{petId}/photos'].post.requestBody;
    const multipart = upload.content['multipart/form-data'];
    assert.deepEqual(multipart.schema.properties.file, { type: 'string', format: 'binary', description: 'The photo' });
    assert.deepEqual(multipart.schema.required, ['file']);
    assert.deepEqual(multipart.encoding, { labels: { style: 'form', explode: false } });
    assert.equal(upload.required, true);
  });

  it('lifts parameter schemas out and turns collectionFormat into style and explode', () => {
    const get = doc.paths['/pets'].get;
    const byName = Object.fromEntries(get.parameters.map((p: Node) => [p.name, p]));
    assert.deepEqual(byName.limit, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } });
    assert.deepEqual([byName.status.style, byName.status.explode], ['form', true]);
    assert.deepEqual([byName.tags.style, byName.tags.explode], ['form', false]);
    assert.deepEqual(byName.status.schema, { type: 'array', items: { type: 'string', enum: ['available', 'pending', 'sold'] } });
    // From the other file, x-example as the example.
    assert.deepEqual(byName['X-Trace-Id'], { name: 'X-Trace-Id', in: 'header', schema: { type: 'string' }, example: 'trace-123' });
    assert.deepEqual(doc.paths['/pets/{petId}'].parameters, [
      { name: 'petId', in: 'path', description: 'ID of the pet', required: true, schema: { type: 'integer', format: 'int64' } },
    ]);
  });

  it('gives responses content in the types produced, with examples and header schemas', () => {
    const ok = doc.paths['/pets'].get.responses['200'];
    assert.deepEqual(Object.keys(ok.content), ['application/json']);
    assert.deepEqual(ok.content['application/json'].example, [{ id: 1, name: 'Rex', status: 'available' }]);
    assert.deepEqual(ok.headers, { 'X-Total-Count': { description: 'How many pets there are', schema: { type: 'integer' } } });
    const get = doc.paths['/pets/{petId}'].get;
    assert.deepEqual(Object.keys(get.responses['200'].content), ['application/json', 'application/xml']);
    // A shared response takes the media types of the operation that uses it.
    assert.deepEqual(Object.keys(get.responses['404'].content), ['application/json', 'application/xml']);
    assert.deepEqual(get.responses['404'].content['application/json'].schema, { $ref: '#/components/schemas/Error' });
    assert.deepEqual(doc.paths['/pets'].post.responses['405'], { description: 'Invalid input' });
  });

  it('moves definitions, parameters and responses into components, rewriting refs', () => {
    assert.deepEqual(Object.keys(doc.components.schemas), ['NewPet', 'Pet', 'Category', 'ApiResponse', 'Error', 'Owner', 'Address']);
    assert.deepEqual(doc.components.schemas.Pet.allOf[0], { $ref: '#/components/schemas/NewPet' });
    assert.deepEqual(Object.keys(doc.components.parameters), ['petId', 'limit']);
    assert.deepEqual(doc.components.responses.NotFound.content['application/json'].schema, { $ref: '#/components/schemas/Error' });
  });

  it('hoists schemas from other files into components, their refs rewritten too', () => {
    const { NewPet, Owner, Address } = doc.components.schemas;
    assert.deepEqual(NewPet.properties.owner, { $ref: '#/components/schemas/Owner' });
    assert.deepEqual(Owner.properties.address, { $ref: '#/components/schemas/Address' });
    // A ref back into the root file's definitions is a ref to the component.
    assert.deepEqual(Owner.properties.favourite, { $ref: '#/components/schemas/Category' });
    assert.equal(Address.nullable, true);
    assert.equal(converted.resolve(NewPet.properties.owner), Owner);
    const place = converted.root.locate(['components', 'schemas', 'Owner']);
    assert.ok(place.file.endsWith('swagger2/common.yaml'), place.file);
    assert.deepEqual([place.line, place.pointer], [lineOf(join(FIXTURES, 'common.yaml'), 'Owner:'), '/definitions/Owner']);
  });

  it('turns x-nullable into nullable, beside a $ref as a nullable allOf', () => {
    const props = doc.components.schemas.NewPet.properties;
    assert.deepEqual(props.tag, { type: 'string', nullable: true });
    assert.deepEqual(props.category, { nullable: true, allOf: [{ $ref: '#/components/schemas/Category' }] });
  });

  it('converts every kind of security definition', () => {
    const schemes = doc.components.securitySchemes;
    assert.deepEqual(schemes.api_key, { type: 'apiKey', name: 'X-API-Key', in: 'header' });
    assert.deepEqual(schemes.basic_auth, { type: 'http', scheme: 'basic', description: 'The staff account' });
    assert.deepEqual(schemes.petstore_implicit.flows, {
      implicit: { authorizationUrl: 'https://auth.example.com/authorize', scopes: { 'read:pets': 'read your pets', 'write:pets': 'modify your pets' } },
    });
    assert.deepEqual(schemes.petstore_password.flows, {
      password: { tokenUrl: 'https://auth.example.com/token', scopes: { 'write:pets': 'modify your pets' } },
    });
    assert.deepEqual(schemes.petstore_application.flows, { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } });
    assert.deepEqual(schemes.petstore_access_code.flows, {
      authorizationCode: {
        authorizationUrl: 'https://auth.example.com/authorize',
        tokenUrl: 'https://auth.example.com/token',
        scopes: { 'write:pets': 'modify your pets' },
      },
    });
    assert.deepEqual(doc.security, [{ api_key: [] }]);
    assert.deepEqual(doc.paths['/store/inventory'].get.security, []);
  });

  it('keeps x- extensions where they are written', () => {
    assert.equal(doc['x-api-family'], 'petstore');
    assert.equal(doc.paths['/pets'].get['x-rate-limit'], 100);
    assert.equal(doc.components.securitySchemes.petstore_access_code['x-provider'], 'example-auth');
  });

  it('locates places of the converted document in the 2.0 file', () => {
    const at = (...path: string[]) => {
      const { file, line, pointer } = converted.root.locate(path);
      return { file: file.replace(/^.*__tests__/, '__tests__'), line, pointer };
    };
    const petstore = '__tests__/fixtures/swagger2/petstore.yaml';
    assert.deepEqual(at('paths', '/pets', 'get'), { file: petstore, line: lineOf(PETSTORE, '    get:'), pointer: '/paths/~1pets/get' });
    // The request body is where the body parameter is written.
    assert.equal(at('paths', '/pets', 'post', 'requestBody', 'content', 'application/json', 'schema').pointer, '/paths/~1pets/post/parameters/0/schema');
    // Renamed keys lead to the 2.0 key they come from.
    assert.deepEqual(at('components', 'schemas', 'NewPet', 'properties', 'tag', 'nullable'), {
      file: petstore,
      line: lineOf(PETSTORE, 'x-nullable: true'),
      pointer: '/definitions/NewPet/properties/tag/x-nullable',
    });
    assert.equal(at('paths', '/pets', 'get', 'parameters', '1', 'style').pointer, '/paths/~1pets/get/parameters/1/collectionFormat');
    assert.equal(at('components', 'securitySchemes', 'basic_auth', 'scheme').pointer, '/securityDefinitions/basic_auth/type');
    assert.equal(
      at('paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'example').pointer,
      '/paths/~1pets/get/responses/200/examples/application~1json',
    );
    assert.equal(at('servers', '0', 'url').pointer, '/host');
    assert.equal(at('openapi').pointer, '/swagger');
    // A shared response used by an operation is where the shared one is written.
    assert.equal(at('paths', '/pets/{petId}', 'get', 'responses', '404').pointer, '/responses/NotFound');
    assert.deepEqual(at('paths', '/pets', 'get', 'parameters', '3'), {
      file: '__tests__/fixtures/swagger2/common.yaml',
      line: lineOf(join(FIXTURES, 'common.yaml'), 'traceId:'),
      pointer: '/parameters/traceId',
    });
  });

  it('is converted once per spec, and a 3.x spec is its own OpenAPI 3 form', async () => {
    assert.equal(openApi3(spec).spec, openApi3(spec).spec);
    const dir = await mkdtemp(join(tmpdir(), 'swagger2-'));
    try {
      const three = await specOf(dir, 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\n');
      assert.equal(openApi3(three).spec, three);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('buildApiModel on a Swagger 2.0 spec', () => {
  let api: ApiModel;
  before(async () => {
    api = buildApiModel(await loadSpec(PETSTORE));
  });

  it('models every operation, without a warning', () => {
    assert.equal(api.family, '2.0');
    assert.equal(api.title, 'Swagger Petstore');
    assert.deepEqual(api.warnings, []);
    assert.deepEqual(
      api.operations.map((op) => [op.method, op.path, op.id, op.tags[0]]),
      [
        ['get', '/pets', 'listPets', 'pet'],
        ['post', '/pets', 'addPet', 'pet'],
        ['get', '/pets/{petId}', 'getPet', 'pet'],
        ['post', '/pets/{petId}', 'updatePetWithForm', 'pet'],
        ['delete', '/pets/{petId}', 'deletePet', 'pet'],
        ['post', '/pets/{petId}/photos', 'uploadPhoto', 'pet'],
        ['get', '/store/inventory', 'getInventory', 'store'],
      ],
    );
  });

  it('gives operations their request bodies, from body and formData parameters', () => {
    const body = (id: string) => api.operations.find((op) => op.id === id)!.requestBody;
    assert.deepEqual(
      body('addPet')!.content.map((m) => m.contentType),
      ['application/json', 'application/xml'],
    );
    assert.equal(body('addPet')!.required, true);
    assert.equal(api.schemaName(api.resolveSchema(body('addPet')!.content[0]!.schema!) as object), 'NewPet');
    assert.deepEqual(
      body('updatePetWithForm')!.content.map((m) => m.contentType),
      ['application/x-www-form-urlencoded'],
    );
    const upload = body('uploadPhoto')!.content[0]!;
    assert.equal(upload.contentType, 'multipart/form-data');
    assert.deepEqual((upload.schema as Node).properties.file, { type: 'string', format: 'binary', description: 'The photo' });
    assert.deepEqual(upload.encoding, { labels: { style: 'form', explode: false } });
    assert.equal(body('listPets'), undefined);
  });

  it('gives operations their parameters, path-level ones merged, with style and explode', () => {
    const list = api.operations.find((op) => op.id === 'listPets')!;
    assert.deepEqual(
      list.parameters.map((p) => [p.in, p.name, p.required, p.style, p.explode]),
      [
        ['query', 'limit', false, 'form', true],
        ['query', 'status', false, 'form', true],
        ['query', 'tags', false, 'form', false],
        ['header', 'X-Trace-Id', false, 'simple', false],
      ],
    );
    assert.deepEqual(list.parameters[3]!.example?.value, 'trace-123');
    const upload = api.operations.find((op) => op.id === 'uploadPhoto')!;
    assert.deepEqual(
      upload.parameters.map((p) => [p.in, p.name, p.required, (p.schema as Node).format]),
      [['path', 'petId', true, 'int64']],
    );
  });

  it('gives operations their responses, a shared one included', () => {
    const get = api.operations.find((op) => op.id === 'getPet')!;
    assert.deepEqual(
      get.responses.map((r) => [r.status, r.content.map((m) => m.contentType)]),
      [
        ['200', ['application/json', 'application/xml']],
        ['404', ['application/json', 'application/xml']],
      ],
    );
    assert.equal(locate(get.responses[1]!.origin).line, lineOf(PETSTORE, 'NotFound:'));
    const list = api.operations.find((op) => op.id === 'listPets')!;
    assert.deepEqual(
      list.responses[0]!.headers.map((h) => [h.name, (h.schema as Node).type]),
      [['X-Total-Count', 'integer']],
    );
  });

  it('resolves security: inherited, overridden, opted out; and every scheme', () => {
    const security = Object.fromEntries(api.operations.map((op) => [op.id, op.security]));
    assert.deepEqual(security.listPets, [[{ scheme: 'api_key', scopes: [] }]]);
    assert.deepEqual(security.addPet, [[{ scheme: 'petstore_implicit', scopes: ['write:pets'] }], [{ scheme: 'petstore_password', scopes: ['write:pets'] }]]);
    assert.deepEqual(security.updatePetWithForm, [[{ scheme: 'basic_auth', scopes: [] }]]);
    assert.deepEqual(security.getInventory, []);
    assert.deepEqual(
      api.securitySchemes.map((s) => [s.name, s.type, s.scheme ?? s.in ?? Object.keys(s.flows ?? {})[0]]),
      [
        ['api_key', 'apiKey', 'header'],
        ['basic_auth', 'http', 'basic'],
        ['petstore_implicit', 'oauth2', 'implicit'],
        ['petstore_password', 'oauth2', 'password'],
        ['petstore_application', 'oauth2', 'clientCredentials'],
        ['petstore_access_code', 'oauth2', 'authorizationCode'],
      ],
    );
  });

  it('names the definitions and the schemas of the other file', () => {
    assert.deepEqual(
      api.schemas.map((s) => s.name),
      ['NewPet', 'Pet', 'Category', 'ApiResponse', 'Error', 'Owner', 'Address'],
    );
  });

  it('locates operations, parameters and schemes in the 2.0 files', () => {
    const [list, add] = api.operations;
    assert.equal(locate(list!.origin).line, lineOf(PETSTORE, '    get:'));
    assert.equal(locate(add!.requestBody!.origin).line, lineOf(PETSTORE, '- in: body'));
    const trace = locate(list!.parameters[3]!.origin);
    assert.ok(trace.file.endsWith('swagger2/common.yaml'));
    assert.equal(trace.line, lineOf(join(FIXTURES, 'common.yaml'), 'traceId:'));
    assert.equal(locate(api.securitySchemes[1]!.origin).line, lineOf(PETSTORE, 'basic_auth:'));
  });
});

const ODD = `swagger: "2.0"
info: { title: Odd, version: "1" }
basePath: /api/
securityDefinitions:
  hybrid: { type: oauth2, flow: hybrid, scopes: {} }
  cookie: { type: apiKey, in: cookie, name: sid }
  token: { type: bearer }
paths:
  /things/{ids}:
    parameters:
      - { name: ids, in: path, required: true, type: array, items: { type: string }, collectionFormat: pipes }
    get:
      produces: [application/json, text/csv]
      schemes: [http]
      parameters:
        - { name: tabbed, in: query, type: array, items: { type: string }, collectionFormat: tsv }
        - { name: spaced, in: query, type: array, items: { type: string }, collectionFormat: ssv }
        - { name: piped, in: query, type: array, items: { type: string }, collectionFormat: pipes }
        - { name: grid, in: query, type: array, items: { type: array, items: { type: integer }, collectionFormat: pipes } }
        - { name: upload, in: query, type: file }
        - { name: session, in: cookie, type: string }
        - { name: maybe, in: query, type: integer, x-nullable: true, x-flag: on }
      responses:
        default: { description: any, schema: { $ref: '#/definitions/Missing' } }
    post:
      parameters:
        - { name: a, in: body, schema: { type: object } }
        - { name: b, in: body, schema: { type: string } }
        - { name: c, in: formData, type: string }
      responses:
        "200": { description: a file, schema: { type: file } }
  /forms:
    parameters:
      - { name: shared, in: formData, type: integer, required: true }
    put:
      consumes: [application/json, application/x-www-form-urlencoded]
      parameters:
        - { name: tags, in: formData, type: array, items: { type: string }, collectionFormat: pipes }
      responses:
        "204": { description: done }
definitions:
  Animal:
    type: object
    discriminator: kind
    required: [kind]
    properties:
      kind: { type: string }
`;

describe('convertSwagger2 on what 3.0 cannot say', () => {
  let dir: string;
  let file: string;
  let doc: Node;
  let warnings: Diagnostic[];
  let api: ApiModel;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'swagger2-'));
    file = join(dir, 'odd.yaml');
    await writeFile(file, ODD);
    const spec = await loadSpec(file);
    const converted = convertSwagger2(spec);
    doc = converted.spec.document as Node;
    warnings = converted.warnings;
    api = buildApiModel(spec);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const line = (text: string, nth = 1) => lineOf(file, text, nth);
  const found = (rule: string) => warnings.filter((w) => w.rule === rule).map((w) => [w.location.line, w.message]);

  it('warns where a collectionFormat has no 3.0 style, and approximates it as csv', () => {
    assert.deepEqual(
      found('swagger2-collection-format').map(([l]) => l),
      [line('name: ids'), line('name: tabbed'), line('name: grid')],
    );
    const [path] = doc.paths['/things/{ids}'].parameters;
    assert.deepEqual([path.style, path.explode], ['simple', false]);
    const query = Object.fromEntries(doc.paths['/things/{ids}'].get.parameters.map((p: Node) => [p.name, p]));
    assert.deepEqual([query.tabbed.style, query.tabbed.explode], ['form', false]);
    assert.deepEqual([query.spaced.style, query.piped.style], ['spaceDelimited', 'pipeDelimited']);
    assert.deepEqual(query.grid.schema, { type: 'array', items: { type: 'array', items: { type: 'integer' } } });
  });

  it('warns about a file outside formData and a parameter 2.0 does not have', () => {
    assert.deepEqual(
      found('swagger2-file-parameter').map(([l]) => l),
      [line('name: upload')],
    );
    assert.deepEqual(
      found('swagger2-parameter').map(([l]) => l),
      [line('name: session')],
    );
    const names = doc.paths['/things/{ids}'].get.parameters.map((p: Node) => p.name);
    assert.deepEqual(names, ['tabbed', 'spaced', 'piped', 'grid', 'upload', 'maybe']);
  });

  it('keeps the first of several bodies, and the body over formData', () => {
    assert.deepEqual(
      found('swagger2-several-bodies').map(([l]) => l),
      [line('name: b, in: body')],
    );
    assert.deepEqual(
      found('swagger2-body-and-form').map(([l]) => l),
      [line('name: c, in: formData')],
    );
    const body = doc.paths['/things/{ids}'].post.requestBody;
    assert.deepEqual(body.content, { 'application/json': { schema: { type: 'object' } } });
  });

  it('leaves out security schemes 3.0 cannot hold, with a warning at the offending key', () => {
    assert.deepEqual(
      found('swagger2-security-scheme').map(([l]) => l),
      [line('flow: hybrid'), line('in: cookie, name: sid'), line('token: { type: bearer }')],
    );
    assert.deepEqual(Object.keys(doc.components.securitySchemes), []);
  });

  it('converts the rest: nullable and extensions of parameters, file responses, form bodies, discriminators, servers', () => {
    const maybe = doc.paths['/things/{ids}'].get.parameters.find((p: Node) => p.name === 'maybe');
    assert.deepEqual(maybe, { name: 'maybe', in: 'query', schema: { type: 'integer', nullable: true }, 'x-flag': 'on' });
    assert.deepEqual(doc.paths['/things/{ids}'].post.responses['200'].content, {
      'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
    });
    // Path-level formData joins the operation's form body; only form types of consumes are used.
    const form = doc.paths['/forms'].put.requestBody;
    assert.deepEqual(Object.keys(form.content), ['application/x-www-form-urlencoded']);
    const media = form.content['application/x-www-form-urlencoded'];
    assert.deepEqual(media.schema, {
      type: 'object',
      properties: { shared: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
      required: ['shared'],
    });
    assert.deepEqual(media.encoding, { tags: { style: 'pipeDelimited', explode: false } });
    assert.equal(doc.paths['/forms'].parameters, undefined);
    assert.deepEqual(doc.components.schemas.Animal.discriminator, { propertyName: 'kind' });
    // No host: the basePath alone is the server; an operation's own schemes need a host to mean anything.
    assert.deepEqual(doc.servers, [{ url: '/api' }]);
    assert.equal(doc.paths['/things/{ids}'].get.servers, undefined);
  });

  it('models the converted spec, reporting a broken ref where the 2.0 file writes it', () => {
    assert.equal(api.family, '2.0');
    assert.deepEqual(
      api.operations.map((op) => op.id),
      ['get_things_ids', 'post_things_ids', 'put_forms'],
    );
    const broken = api.warnings.find((w) => w.rule === 'model-broken-ref');
    assert.ok(broken, 'a broken ref is reported');
    assert.equal(broken.location.line, line("$ref: '#/definitions/Missing'"));
    assert.ok(
      api.warnings.some((w) => w.rule === 'swagger2-collection-format'),
      "the conversion's warnings are the model's",
    );
  });
});

describe('convertSwagger2 on malformed input', () => {
  it('never throws, whatever the 2.0 file holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'swagger2-'));
    try {
      const spec = await specOf(
        dir,
        `swagger: "2.0"
info: 5
host: 7
schemes: https
consumes: json
paths:
  x-note: here
  /a: 7
  /b: { get: x, parameters: y }
  /c:
    $ref: '#/paths/~1d'
  /d:
    get:
      parameters: [1, null, { $ref: 5 }, { in: body }, { in: formData }, { $ref: '#/parameters/none' }]
      responses: { "200": 3, x-foo: 1, "201": { $ref: '#/responses/none' }, "202": { description: ok, headers: 3, examples: [] } }
    post: { parameters: [{ in: formData, name: f, type: file }], responses: [] }
definitions:
  A: 5
  B: { properties: 3, items: [1], allOf: z, discriminator: 4 }
  "__proto__": { type: object, properties: { "__proto__": { type: string } } }
securityDefinitions: { s: 7, t: { type: oauth2, flow: constructor } }
parameters: 9
responses: { R: null }
`,
      );
      const { spec: converted } = convertSwagger2(spec);
      const doc = converted.document as Node;
      assert.ok(Object.prototype.hasOwnProperty.call(doc.components.schemas, '__proto__'), 'a schema named __proto__ stays a plain key');
      assert.equal(Object.getPrototypeOf(doc.components.schemas), Object.prototype);
      assert.deepEqual(valueAt(doc, ['paths', '/c', 'get', 'responses', '201']), { $ref: '#/components/responses/none' });
      const api = buildApiModel(spec);
      assert.deepEqual(
        api.operations.map((op) => op.path),
        ['/c', '/c', '/d', '/d'],
      );
      assert.ok(api.warnings.every((w) => w.location.file.endsWith('.yaml') && w.location.line > 0));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
