/**
 * The action publishes the collection to a Postman workspace (the local Postman API stands in for
 * the real one), updates it in place on the next run, and keeps the edits people made in Postman.
 */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { POSTMAN_TEST_KEY, startPostmanApi, type PostmanApi, type StoredCollection } from '../support/postman-api.ts';
import { runAction } from '../support/action-runner.ts';
import { repoRoot, scratch } from '../support/paths.ts';

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

  it('skips with a note when no key is given', async () => {
    const workspace = scratch('fpd-postman-ws-');
    copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(workspace, 'openapi.yaml'));
    const result = await runAction({ workspace, inputs: { spec: 'openapi.yaml', stages: 'validate,collection' } });
    assert.equal(result.code, 0);
    assert.match(result.summary, /Postman sync skipped: no Postman API key was given/);
  });
});
