/**
 * The generated project, for real: written to a temporary folder, started under uvicorn from the
 * test venv, and called over HTTP for every operation. Every answer must carry a declared success
 * status and content type, and its body must validate against the spec's own schema (ajv), never
 * against anything the generator produced.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { type ApiModel } from '../../src/openapi/model/model.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { sampleCredentials } from '../../src/openapi/sample/request.ts';
import type { Spec } from '../../src/openapi/types.ts';
import { specValidator } from '../fixtures/fastapi/ajv-for-spec.ts';
import { checkEveryOperation } from '../fixtures/fastapi/check-every-operation.ts';
import { send } from '../fixtures/fastapi/fetch-request.ts';
import { sampleRequest } from '../../src/openapi/sample/request.ts';
import { startUvicorn, type RunningServer } from '../fixtures/fastapi/uvicorn.ts';
import { realSpecs } from '../support/paths.ts';
import { ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);
const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs');
const GITHUB = join(import.meta.dirname, '..', '..', 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const DIGITALOCEAN = 'digitalocean-multifile.tar.gz';

/** The spec's root file; the DigitalOcean tarball is unpacked into `scratch` first. */
async function specPath(name: string, scratch: string): Promise<string> {
  if (name === 'api.github.com.json') return GITHUB;
  if (name !== DIGITALOCEAN) return join(SPECS, name);
  await run('tar', ['-xzf', join(SPECS, DIGITALOCEAN), '-C', scratch]);
  return join(scratch, 'specification', 'DigitalOcean-public.v2.yaml');
}

/** Every real spec at hand; FASTAPI_SERVE_SPECS narrows the list. */
const CASES = process.env.FASTAPI_SERVE_SPECS?.split(',') ?? realSpecs;

for (const file of CASES) {
  describe(`generated FastAPI server for ${file}`, () => {
    let dir: string;
    let scratch: string;
    let server: RunningServer;
    let spec: Spec;
    let api: ApiModel;
    let summary = '';

    before(async () => {
      const venv = await ensureVenv();
      dir = await mkdtemp(join(tmpdir(), 'fastapi-serve-'));
      scratch = await mkdtemp(join(tmpdir(), 'fastapi-spec-'));
      spec = await loadSpec(await specPath(file, scratch));
      api = buildApiModel(spec);
      await writeFastapiProject(planFastapiProject(spec), dir);
      server = await startUvicorn(venv.python, dir, sampleCredentials(api));
    });

    after(async () => {
      await server?.stop();
      if (summary) console.log(`# ${summary}`);
      await rm(dir, { recursive: true, force: true });
      await rm(scratch, { recursive: true, force: true });
    });

    it('answers every operation with a declared status and a body valid against the spec schema', async () => {
      const failures = await checkEveryOperation(server.url, api, specValidator(spec));
      summary = `${file}: ${api.operations.length} operations called over HTTP, ${failures.length} failed`;
      assert.deepEqual(failures, []);
    });

    it('passes its own generated test suite', async () => {
      const { python } = await ensureVenv();
      const { stdout } = await run(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-W', 'ignore::DeprecationWarning'], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
        timeout: 300_000,
      }).catch((error: { stdout?: string; stderr?: string }) => {
        throw new Error(`pytest failed:\n${(error.stdout ?? '').slice(-4000)}\n${error.stderr ?? ''}`);
      });
      assert.match(stdout, new RegExp(`\\b${api.operations.length} passed\\b`));
    });

    it('refuses a missing credential with 401, and only where the spec asks for one', async () => {
      const secured = api.operations.find((op) => op.security.length > 0 && op.security.every((alt) => alt.length > 0));
      if (secured) {
        const response = await send(server.url, sampleRequest(api, secured, { credentials: false }));
        assert.equal(response.status, 401);
        assert.ok(response.headers.get('www-authenticate'), 'a challenge is sent');
      }
      // An operation open to anyone answers without a credential.
      const open = api.operations.find((op) => op.security.length === 0 || op.security.some((alt) => alt.length === 0));
      if (open) assert.notEqual((await send(server.url, sampleRequest(api, open, { credentials: false }))).status, 401);
      assert.ok(secured || open);
    });

    it('serves the OpenAPI document FastAPI computes, with every operation id', async () => {
      const served = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId?: string }>> };
      const ids = new Set(Object.values(served.paths).flatMap((item) => Object.values(item).map((o) => o.operationId)));
      assert.deepEqual(
        api.operations.filter((op) => !ids.has(op.id)).map((op) => op.id),
        [],
      );
    });
  });
}

describe('generated FastAPI server for oai-petstore.yaml: request validation', () => {
  let dir: string;
  let server: RunningServer;
  before(async () => {
    const venv = await ensureVenv();
    dir = await mkdtemp(join(tmpdir(), 'fastapi-serve-'));
    await writeFastapiProject(planFastapiProject(await loadSpec(join(SPECS, 'oai-petstore.yaml'))), dir);
    server = await startUvicorn(venv.python, dir);
  });
  after(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a query parameter above its maximum and a body missing a required property, in the declared shape', async () => {
    const tooMany = await fetch(`${server.url}/pets?limit=101`);
    assert.equal(tooMany.status, 422);
    // petstore declares errors as `default: Error {code, message}`: the 422 must be one.
    const spec = await loadSpec(join(SPECS, 'oai-petstore.yaml'));
    const body = (await tooMany.json()) as { message: string };
    assert.deepEqual(specValidator(spec).errors(['components', 'schemas', 'Error'], body), []);
    assert.match(body.message, /limit/);
    assert.equal((await fetch(`${server.url}/pets?limit=100`)).status, 200);
    const missingName = await fetch(`${server.url}/pets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": 1}' });
    assert.equal(missingName.status, 422);
  });
});
