/**
 * The spec is untrusted input: every hostile case must end in our own error (or a located
 * diagnostic), quickly, and nothing from outside the allowed folder may appear in any output.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { findSpecs } from '../../src/openapi/load/find-specs.ts';
import { InvalidSpecError, loadSpec } from '../../src/openapi/load/load.ts';
import { validateSpec } from '../../src/openapi/validate/validate.ts';
import { scratch } from '../support/paths.ts';

const header = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n';

/** A spec folder with the given files; returns the path of the first. */
function specDir(files: Record<string, string>): string {
  const dir = scratch();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, Object.keys(files)[0]!);
}

function schemaRef(ref: string): string {
  return `${header}paths: {}\ncomponents:\n  schemas:\n    Thing:\n      $ref: '${ref}'\n`;
}

async function problemsOf(file: string, options = {}): Promise<string[]> {
  const spec = await loadSpec(file, options);
  return spec.problems.map((p) => `${p.rule} ${p.location.line}: ${p.message}`);
}

describe('loader refuses what it must not read', () => {
  const secret = 'TOP-SECRET-CANARY-7f3a';
  let outside: string;
  before(() => {
    outside = scratch();
    writeFileSync(path.join(outside, 'secret.yaml'), `value: ${secret}\n`);
  });

  for (const ref of ['../../etc/passwd', '/etc/passwd', '/proc/self/environ', 'file:///etc/passwd', '..%2F..%2Fetc%2Fpasswd']) {
    it(`refuses $ref ${ref} with a located error`, async () => {
      const problems = await problemsOf(specDir({ 'api.yaml': schemaRef(ref) }));
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, /^ref-(outside-root|scheme|file-type) 7: /);
    });
  }

  it('refuses a ref to a YAML file outside the folder, and never shows its content', async () => {
    const spec = specDir({ 'api/openapi.yaml': schemaRef(`../../${path.basename(outside)}/secret.yaml#/value`) });
    const outcome = validateSpec(await loadSpec(spec));
    assert.equal(outcome.valid, false);
    assert.equal(outcome.diagnostics[0]!.rule, 'ref-outside-root');
    assert.doesNotMatch(JSON.stringify(outcome), new RegExp(secret));
  });

  it('refuses a symlink inside the folder that leads outside it', async () => {
    const spec = specDir({ 'api.yaml': schemaRef('./link.yaml#/value') });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(path.dirname(spec), 'link.yaml'));
    const problems = await problemsOf(spec);
    assert.match(problems.join(), /ref-outside-root 7: .*symbolic link/);
    assert.doesNotMatch(problems.join(), new RegExp(secret));
  });

  it('allows a folder above the spec only when root says so', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'api'));
    mkdirSync(path.join(dir, 'models'));
    writeFileSync(path.join(dir, 'api/openapi.yaml'), schemaRef('../models/thing.yaml'));
    writeFileSync(path.join(dir, 'models/thing.yaml'), 'type: object\n');
    assert.equal((await problemsOf(path.join(dir, 'api/openapi.yaml')))[0]?.split(' ')[0], 'ref-outside-root');
    assert.deepEqual(await problemsOf(path.join(dir, 'api/openapi.yaml'), { root: dir }), []);
  });

  it('refuses files that are not YAML or JSON', async () => {
    const problems = await problemsOf(specDir({ 'api.yaml': schemaRef('notes.txt'), 'notes.txt': 'x' }));
    assert.match(problems[0]!, /^ref-file-type 7/);
  });

  it('follows refs under names that are also literal keywords: the default response, a schema called example', async () => {
    const spec = specDir({
      'api.yaml': `${header}paths:\n  /a:\n    get:\n      responses:\n        default: {$ref: 'error.yaml'}\ncomponents:\n  schemas:\n    example: {$ref: 'missing.yaml'}\n  examples:\n    default:\n      value: {$ref: 'not-followed.yaml'}\n`,
      'error.yaml': 'description: unexpected\n',
    });
    const loaded = await loadSpec(spec);
    assert.equal(loaded.files.size, 2);
    // components.schemas.example is a name, so its ref is followed (and found missing); an
    // example's value is data, so the ref inside it is not.
    assert.deepEqual(
      loaded.problems.map((p) => p.rule),
      ['ref-missing-file'],
    );
  });

  it('reports a missing file and a missing pointer at the ref', async () => {
    const spec = specDir({
      'api.yaml': `${header}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'nope.yaml'}\n    B: {$ref: '#/components/schemas/Nope'}\n`,
    });
    assert.deepEqual(
      (await problemsOf(spec)).map((p) => p.split(':')[0]),
      ['ref-missing-file 6', 'unresolved-ref 7'],
    );
  });
});

describe('spec patterns and paths stay in the workspace', () => {
  it('never walk through a linked folder: apis/root -> / is not searched', async () => {
    const workspace = scratch();
    mkdirSync(path.join(workspace, 'apis/books'), { recursive: true });
    writeFileSync(path.join(workspace, 'apis/books/openapi.yaml'), `${header}paths: {}\n`);
    symlinkSync('/', path.join(workspace, 'apis/root'));
    const started = Date.now();
    assert.deepEqual(await findSpecs(['apis/**/openapi.yaml'], workspace), ['apis/books/openapi.yaml']);
    assert.ok(Date.now() - started < 5_000, 'the whole file system was not walked');
  });

  it('refuse a spec that is a link to a file outside the workspace, matched or named', async () => {
    const workspace = scratch();
    const outside = scratch();
    writeFileSync(path.join(outside, 'openapi.yaml'), `${header}paths: {}\n`);
    symlinkSync(path.join(outside, 'openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    await assert.rejects(
      findSpecs(['openapi.yaml'], workspace),
      (error: unknown) => error instanceof UserError && /the spec openapi\.yaml is a symbolic link to a file outside the repository/.test(error.message),
    );
    // A pattern does not take links at all.
    await assert.rejects(findSpecs(['*.yaml'], workspace), (error: unknown) => error instanceof UserError && /matches no file/.test(error.message));
  });

  it('take a link that stays inside, and a path that starts outside (the CLI user’s own choice, links and all)', async () => {
    const workspace = scratch();
    const target = scratch();
    const outside = path.join(scratch(), 'linked');
    writeFileSync(path.join(workspace, 'real.yaml'), `${header}paths: {}\n`);
    symlinkSync(path.join(workspace, 'real.yaml'), path.join(workspace, 'openapi.yaml'));
    writeFileSync(path.join(target, 'other.yaml'), `${header}paths: {}\n`);
    // ../shared beside a checkout may itself be a link.
    symlinkSync(target, outside);
    assert.deepEqual(await findSpecs(['openapi.yaml', path.join(outside, 'other.yaml')], workspace), ['openapi.yaml', path.join(outside, 'other.yaml')]);
  });
});

describe('remote refs', () => {
  let server: Server;
  let host: string;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/thing.yaml') return res.end('type: string\n');
      if (req.url === '/redirect.yaml') return res.writeHead(302, { location: 'http://example.invalid/thing.yaml' }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('are refused unless the host is allowed', async () => {
    const spec = specDir({ 'api.yaml': schemaRef(`http://${host}/thing.yaml`) });
    assert.match((await problemsOf(spec))[0]!, /^ref-remote-not-allowed 7: .*not an allowed host/);
    const allowed = await loadSpec(spec, { allowRemoteRefs: ['127.0.0.1'] });
    assert.deepEqual(allowed.problems, []);
    assert.equal(allowed.files.size, 2);
  });

  it('never follow a redirect to a host that is not allowed', async () => {
    const spec = specDir({ 'api.yaml': schemaRef(`http://${host}/redirect.yaml`) });
    assert.match((await problemsOf(spec, { allowRemoteRefs: ['127.0.0.1'] }))[0]!, /redirects to http:\/\/example\.invalid/);
  });
});

describe('hostile documents fail fast with our own error', () => {
  async function rejects(file: string, rule: string, within = 5000): Promise<void> {
    const started = Date.now();
    await assert.rejects(loadSpec(file), (error: unknown) => {
      assert.ok(error instanceof UserError, `not our error: ${String(error)}`);
      if (error instanceof InvalidSpecError) assert.equal(error.diagnostics[0]!.rule, rule);
      else assert.equal(rule, 'user-error');
      return true;
    });
    assert.ok(Date.now() - started < within, `took ${Date.now() - started} ms`);
  }

  it('a YAML alias bomb', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    await rejects(specDir({ 'api.yaml': `${header}paths: {}\nx-bomb:\n  ${levels.join('\n  ')}\n` }), 'size-limit');
  });

  it('one long string aliased many times: few nodes, gigabytes of text', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `  k${i}: *big`).join('\n');
    const started = Date.now();
    await rejects(specDir({ 'api.yaml': `${header}paths: {}\nx-big: &big "${'x'.repeat(1024 * 1024)}"\nx-copies:\n${aliases}\n` }), 'size-limit');
    assert.ok(Date.now() - started < 10_000);
  });

  it('a YAML alias that contains itself', async () => {
    await rejects(specDir({ 'api.yaml': `${header}paths: {}\nx-loop: &loop\n  again: *loop\n` }), 'alias-cycle');
  });

  it('nesting 10,000 deep, in YAML and in JSON', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    await rejects(specDir({ 'api.yaml': `${header}paths: {}\nx-deep: ${deep}\n` }), 'depth-limit');
    await rejects(specDir({ 'api.json': `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":${deep}}` }), 'depth-limit');
  });

  it('a 50 MB file', async () => {
    const spec = specDir({ 'api.yaml': `${header}paths: {}\nx-big: "${'a'.repeat(50 * 1024 * 1024)}"\n` });
    await rejects(spec, 'user-error', 2000);
  });

  it('a file that is not OpenAPI, and one that is not YAML', async () => {
    await rejects(specDir({ 'api.yaml': 'just: a mapping\n' }), 'not-openapi');
    await rejects(specDir({ 'api.yaml': '- a list\n' }), 'not-openapi');
    await rejects(specDir({ 'api.yaml': 'openapi: 3.0.3\ninfo: [unclosed\n' }), 'syntax');
  });

  it('circular refs load and validate without looping', async () => {
    const spec = specDir({
      'api.yaml': `${header}paths: {}\ncomponents:\n  schemas:\n    Node: {$ref: 'node.yaml'}\n`,
      'node.yaml': 'type: object\nproperties:\n  next: {$ref: "node.yaml"}\n  other: {$ref: "other.yaml"}\n',
      'other.yaml': 'type: object\nproperties:\n  back: {$ref: "node.yaml"}\n',
    });
    const outcome = validateSpec(await loadSpec(spec));
    assert.equal(outcome.valid, true, JSON.stringify(outcome.diagnostics));
  });

  it('__proto__ and constructor keys stay data and pollute nothing', async () => {
    const spec = specDir({
      'api.yaml': `${header}paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'm.yaml'}\n__proto__: {polluted: yes}\nx-a: {constructor: {prototype: {polluted: yes}}}\n`,
      'm.yaml': 'type: object\nproperties:\n  __proto__: {type: string}\n  constructor: {type: string}\n__proto__: {polluted: yes}\n',
    });
    const outcome = validateSpec(await loadSpec(spec));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    // The root's own __proto__ key is not an OpenAPI field, and is reported as such.
    assert.ok(
      outcome.diagnostics.some((d) => /"__proto__" is not a field/.test(d.message)),
      JSON.stringify(outcome.diagnostics),
    );
  });
});
