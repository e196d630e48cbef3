/**
 * A Swagger 2.0 description goes the whole way a 3.0 one does: the Postman collection and the
 * FastAPI project are generated from its conversion; the project, started under uvicorn from the
 * test venv, answers every operation with a declared status and a body valid against the spec's own
 * schemas, passes its generated tests, and passes every contract test of the collection.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { runContract } from '../../src/stages/contract/contract.ts';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { UPLOAD_SAMPLE } from '../../src/stages/collection/request-data.ts';
import { generateCollection as collectionStage, type CollectionResult } from '../../src/stages/collection/run.ts';
import { isFolder, type PostmanCollection } from '../../src/postman/postman-types.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { type ApiModel } from '../../src/openapi/model/model.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { sampleCredentials } from '../../src/openapi/sample/request.ts';
import { openApi3 } from '../../src/openapi/convert/openapi3.ts';
import { sampleRequest } from '../../src/openapi/sample/request.ts';
import type { Spec } from '../../src/openapi/types.ts';
import { specValidator } from '../fixtures/fastapi/ajv-for-spec.ts';
import { checkEveryOperation } from '../fixtures/fastapi/check-every-operation.ts';
import { send } from '../fixtures/fastapi/fetch-request.ts';
import { startUvicorn, type RunningServer } from '../fixtures/fastapi/uvicorn.ts';
import { ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);
const PETSTORE = join(import.meta.dirname, '..', 'fixtures', 'swagger2', 'petstore.yaml');

describe('generated from the Swagger 2.0 petstore', () => {
  let work: string;
  let spec: Spec;
  let api: ApiModel;
  let collection: CollectionResult;
  let server: RunningServer;

  before(async () => {
    const venv = await ensureVenv();
    work = await mkdtemp(join(tmpdir(), 'swagger2-serve-'));
    spec = await loadSpec(PETSTORE);
    api = buildApiModel(spec);
    collection = await collectionStage(
      spec,
      api,
      'postman/petstore.postman_collection.json',
      { previous: undefined, removedOperations: 'drop', negativeRequests: false, maxResponseTimeMs: undefined },
      work,
    );
    await writeFastapiProject(planFastapiProject(spec), join(work, 'server'));
    server = await startUvicorn(venv.python, join(work, 'server'), sampleCredentials(api));
  });

  after(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('writes the Postman collection, a request per operation, with an environment per server', async () => {
    assert.equal(collection.requests, 7);
    assert.deepEqual(collection.warnings, []);
    const written = JSON.parse(await readFile(join(work, collection.file), 'utf8')) as PostmanCollection;
    assert.equal(written.info.name, 'Swagger Petstore');
    assert.deepEqual(written.variable?.find((v) => v.key === 'baseUrl')?.value, 'https://petstore.example.com/v2');
    assert.deepEqual(
      written.item.map((folder) => [folder.name, isFolder(folder) ? folder.item.length : 0]),
      [
        ['pet', 6],
        ['store', 1],
      ],
    );
    // The collection, an environment each for the deployed URL and the two servers, and the file the photo upload sends.
    assert.deepEqual(collection.files, [
      'postman/petstore.postman_collection.json',
      'postman/petstore.deployed.postman_environment.json',
      'postman/petstore.server-1.postman_environment.json',
      'postman/petstore.server-2.postman_environment.json',
      `postman/${UPLOAD_SAMPLE}`,
    ]);
  });

  it('answers every operation with a declared status and a body valid against the spec schema', async () => {
    const failures = await checkEveryOperation(server.url, api, specValidator(openApi3(spec).spec));
    assert.deepEqual(failures, []);
  });

  it('refuses a missing credential with 401 where the spec asks for one, and not where it does not', async () => {
    const secured = api.operations.find((op) => op.id === 'getPet')!;
    assert.equal((await send(server.url, sampleRequest(api, secured, { credentials: false }))).status, 401);
    const open = api.operations.find((op) => op.id === 'getInventory')!;
    assert.equal((await send(server.url, sampleRequest(api, open, { credentials: false }))).status, 200);
  });

  it('passes its own generated test suite', async () => {
    const { python } = await ensureVenv();
    const { stdout } = await run(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-W', 'ignore::DeprecationWarning'], {
      cwd: join(work, 'server'),
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`pytest failed:\n${(error.stdout ?? '').slice(-4000)}\n${error.stderr ?? ''}`);
    });
    assert.match(stdout, new RegExp(`\\b${api.operations.length} passed\\b`));
  });

  it('passes every contract test of the collection', async () => {
    const { report } = await runContract({ collection: join(work, collection.file), url: server.url, readinessTimeoutMs: 60_000 });
    const failing = report.operations
      .filter((o) => o.outcome !== 'passed')
      .map((o) => `${o.label} (${o.operation}): ${o.outcome} ${o.failures.map((f) => `${f.rule}: ${f.message}`).join('; ')}`);
    assert.deepEqual(failing, []);
    assert.equal(report.coverage.exercised, report.coverage.documented);
  });
});
