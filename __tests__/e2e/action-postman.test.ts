/**
 * The action publishes the collection to a Postman workspace (the local Postman API stands in for
 * the real one), updates it in place on the next run, and keeps the edits people made in Postman.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { POSTMAN_TEST_KEY, startPostmanApi, type PostmanApi, type StoredCollection } from '../support/postman-api.ts';
import { runAction } from '../support/action-runner.ts';
import { repoRoot, scratch } from '../support/paths.ts';
import { startContractServer, type Running } from '../support/contract-server.ts';
import { freePort } from '../support/ports.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';

/** An avatar upload: its collection sends a sample file, written beside it as contract-upload.bin. */
const uploadSpec = `openapi: 3.0.3
info: { title: Avatars, version: 1.0.0 }
paths:
  /avatars:
    post:
      operationId: uploadAvatar
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [image]
              properties:
                image: { type: string, format: binary }
      responses:
        '204': { description: Stored. }
`;

describe('the action publishes the collection to Postman', () => {
  let api: PostmanApi;
  before(async () => {
    api = await startPostmanApi();
    api.state.addWorkspace('Team APIs');
  });
  after(() => api.close());

  const run = (workspace: string, key = POSTMAN_TEST_KEY) =>
    runAction({
      workspace,
      inputs: { spec: 'openapi.yaml', stages: 'validate,collection', 'postman-api-key': key, 'postman-workspace': 'Team APIs', 'postman-api-url': api.url },
    });

  it('creates it, then updates it in place keeping edits made in Postman; the key appears nowhere', async () => {
    const workspace = scratch('fpd-postman-ws-');
    copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    const first = await run(workspace);
    assert.equal(first.code, 0, first.stdout);
    const stored = api.state.collectionNamed('Bookshelf');
    assert.ok(stored, 'the collection is in the workspace');
    assert.match(first.summary, /Postman: collection \[Bookshelf\]\(https:\/\/go\.postman\.co\/collection\/[^)]+\) created in workspace Team APIs/);

    api.state.editCollection(stored.uid, (c: StoredCollection) => {
      const folder = c.item[0] as { item: { event?: { listen: string; script: { exec: string[] } }[] }[] };
      folder.item[0]!.event!.find((e) => e.listen === 'test')!.script.exec.push('pm.test("team check", () => {});');
    });
    const second = await run(workspace);
    assert.equal(second.code, 0, second.stdout);
    assert.match(second.summary, /\) updated in workspace/);
    assert.equal([...api.state.collections.values()].length, 1);
    assert.match(JSON.stringify(api.state.collectionNamed('Bookshelf')!.data), /team check/);
    assert.ok(!api.requests.some((r) => r.method === 'DELETE'));
    assert.deepEqual(api.violations, []);
    for (const r of [first, second]) {
      assert.deepEqual(
        [r.stdout.replace(`::add-mask::${POSTMAN_TEST_KEY}`, ''), r.summary, JSON.stringify(r.outputs)].filter((t) => t.includes(POSTMAN_TEST_KEY)),
        [],
      );
    }
  });

  it('publishes the deployment collection beside it when the run has a deploy target, its secrets empty', async () => {
    const workspace = scratch('fpd-postman-ws-');
    copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    const result = await runAction({
      workspace,
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,collection',
        'postman-api-key': POSTMAN_TEST_KEY,
        'postman-workspace': 'Team APIs',
        'postman-api-url': api.url,
        'deploy-target': 'cloud-run',
        service: 'books',
        'deploy-settings': 'project=acme-api\nregion=europe-west1',
      },
      env: { GOOGLE_ACCESS_TOKEN: 'ya29.CANARY-never-published' },
    });
    assert.equal(result.code, 0, result.stdout);
    const deployment = api.state.collectionNamed('Deploy books to Google Cloud Run');
    assert.ok(deployment, 'the deployment collection is in the workspace');
    const folders = (deployment.data.item as { name: string }[]).map((f) => f.name);
    assert.ok(folders.includes('Contract') && folders.includes('Promote'));
    const environment = api.state.environmentNamed('books on Google Cloud Run · production');
    assert.ok(environment, 'its environment is in the workspace');
    const values = new Map(environment.data.values.map((v) => [v.key, v]));
    assert.equal(values.get('project')?.value, 'acme-api');
    assert.deepEqual([values.get('accessToken')?.type, values.get('accessToken')?.value], ['secret', '']);
    assert.ok(!JSON.stringify([...api.state.environments.values(), ...api.state.collections.values()]).includes('CANARY-never-published'));
    assert.match(result.summary, /Deploy books to Google Cloud Run/);
    assert.deepEqual(api.violations, []);
  });

  it('syncs a spec with a file upload: only the environments are read as environments', async () => {
    const workspace = scratch('fpd-postman-ws-');
    writeFileSync(path.join(workspace, 'openapi.yaml'), uploadSpec);
    const result = await run(workspace);
    assert.equal(result.code, 0, result.stdout);
    // The upload's sample body lies beside the collection; it used to be refused as "not JSON".
    assert.ok(existsSync(path.join(workspace, 'postman/contract-upload.bin')));
    assert.match(result.summary, /Postman: collection \[[^\]]+\]\(https:\/\/go\.postman\.co\/collection\/[^)]+\) created in workspace Team APIs/);
    assert.deepEqual(api.violations, []);
  });

  it('skips with a note when no key is given', async () => {
    const workspace = scratch('fpd-postman-ws-');
    copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    const result = await runAction({ workspace, inputs: { spec: 'openapi.yaml', stages: 'validate,collection' } });
    assert.equal(result.code, 0);
    assert.match(result.summary, /Postman sync skipped: no Postman API key was given/);
  });
});

describe('Postman unreachable', () => {
  let server: Running;
  let closedPort: number;
  before(async () => {
    server = await startContractServer(buildApiModel(await loadSpec(path.join(repoRoot, 'example/openapi.yaml'))));
    closedPort = await freePort();
  });
  after(() => server.close());

  const run = (required: boolean) => {
    const workspace = scratch('fpd-postman-down-');
    copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    return runAction({
      workspace,
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,collection,contract',
        url: server.url,
        'postman-api-key': POSTMAN_TEST_KEY,
        'postman-workspace': 'Team APIs',
        'postman-api-url': `http://127.0.0.1:${closedPort}`,
        ...(required && { 'postman-required': 'true' }),
      },
    }).then((result) => ({ result, workspace }));
  };

  it('writes the collection, runs the contract tests, and says what was not published', async () => {
    const { result, workspace } = await run(false);
    assert.equal(result.code, 0, result.stdout);
    assert.ok(existsSync(path.join(workspace, 'postman/openapi.postman_collection.json')));
    assert.ok(Number(result.outputs['contract-passed']) > 0, 'the contract tests ran');
    assert.match(result.summary.replaceAll('&#8203;', ''), /Postman sync skipped: not published \(cannot reach the Postman API at http:\/\/127\.0\.0\.1:\d+/);
    assert.match(result.summary, /could not be read .*edits made there since the last sync are not kept/);
  });

  it('fails the run when publishing is required', async () => {
    const { result } = await run(true);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /cannot reach the Postman API/);
  });
});
