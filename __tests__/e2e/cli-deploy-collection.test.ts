/**
 * `deploy-collection` as a Postman user gets it: for every target, a collection that the Postman
 * Collection Format v2.1.0 schema accepts and an environment beside it, settings filled in, every
 * secret variable present and empty. The contract collection is checked against the same schema.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deployTargetNames } from '../../src/config.ts';
import { repoRoot, scratchFolders } from '../support/paths.ts';
import { collectionSchemaErrors as schemaErrors } from '../support/postman-schema.ts';

const scratch = scratchFolders();

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('deploy-collection', () => {
  for (const target of deployTargetNames) {
    it(`writes a valid v2.1 collection and its environment for ${target}`, () => {
      const dir = scratch('fpd-deploy-collection-');
      const run = cli(['deploy-collection', '--target', target, '--out', `deploy/${target}.postman_collection.json`, '--setting', 'service=books-api'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(
        run.stdout,
        new RegExp(`wrote deploy/${target}\\.postman_collection\\.json\\nwrote deploy/${target}\\.production\\.postman_environment\\.json`),
      );
      const collection = JSON.parse(readFileSync(path.join(dir, `deploy/${target}.postman_collection.json`), 'utf8')) as { item: { name: string }[] };
      assert.equal(schemaErrors(collection), '');
      assert.deepEqual(
        collection.item.map((f) => f.name).filter((name) => name !== 'Sign in'),
        ['Deploy the candidate', 'Wait', 'Confirm the build', 'Promote', 'Roll back'],
      );
      const environment = JSON.parse(readFileSync(path.join(dir, `deploy/${target}.production.postman_environment.json`), 'utf8')) as {
        values: { key: string; value: string; type: string }[];
        _postman_variable_scope: string;
      };
      assert.equal(environment._postman_variable_scope, 'environment');
      const byKey = new Map(environment.values.map((v) => [v.key, v]));
      assert.equal(byKey.get('service')?.value, 'books-api');
      const secrets = environment.values.filter((v) => v.type === 'secret');
      assert.ok(secrets.length >= 2, 'the platform credential and the server credentials are secret variables');
      for (const secret of secrets) assert.equal(secret.value, '', `${secret.key} is empty`);
    });
  }

  it('refuses a secret among the settings, saying where it belongs', () => {
    const run = cli(['deploy-collection', '--target', 'heroku', '--out', 'x.json', '--setting', 'apiKey=abc'], scratch('fpd-deploy-collection-'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--setting: apiKey is a secret\n {2}Set the environment variable HEROKU_API_KEY from a secret instead\./);
  });

  it('writes a contract collection the same schema accepts', () => {
    const dir = scratch('fpd-contract-collection-');
    const run = cli(['collection', path.join(repoRoot, 'example/openapi.yaml'), '--out', 'api.postman_collection.json', '--negative-tests'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(schemaErrors(JSON.parse(readFileSync(path.join(dir, 'api.postman_collection.json'), 'utf8'))), '');
  });
});

describe('deploy-collection with the spec', () => {
  it("makes the spec's contract tests the Contract folder, sent to the candidate, safe methods only for production", () => {
    const dir = scratch('fpd-deploy-collection-');
    const run = cli(['deploy-collection', path.join(repoRoot, 'example/openapi.yaml'), '--target', 'cloud-run', '--out', 'deploy.json'], dir);
    assert.equal(run.code, 0, run.stderr);
    const collection = JSON.parse(readFileSync(path.join(dir, 'deploy.json'), 'utf8')) as {
      item: { name: string; item: unknown[]; event?: { script: { exec: string[] } }[] }[];
    };
    assert.equal(schemaErrors(collection), '');
    const names = collection.item.map((f) => f.name);
    assert.deepEqual(names.slice(names.indexOf('Confirm the build')), ['Confirm the build', 'Contract', 'Promote', 'Roll back']);
    const contract = collection.item.find((f) => f.name === 'Contract')!;
    assert.match(JSON.stringify(contract.event), /pm\.variables\.set\(\\"baseUrl\\", pm\.environment\.get\(\\"candidateUrl\\"\)\)/);
    const methods = JSON.stringify(contract.item).match(/"method":"[A-Z]+"/g) ?? [];
    assert.ok(methods.length > 0);
    assert.deepEqual([...new Set(methods)], ['"method":"GET"'], 'production: no POST in the Contract folder');
    assert.ok(existsSync(path.join(dir, 'deploy.production.postman_environment.json')));

    // Staging: every operation, and the secured one's credential a secret variable of the environment.
    const staging = cli(
      ['deploy-collection', path.join(repoRoot, 'example/openapi.yaml'), '--target', 'cloud-run', '--out', 'deploy.json', '--environment', 'staging'],
      dir,
    );
    assert.equal(staging.code, 0, staging.stderr);
    assert.match(readFileSync(path.join(dir, 'deploy.json'), 'utf8'), /"method": "POST"/);
    const environment = JSON.parse(readFileSync(path.join(dir, 'deploy.staging.postman_environment.json'), 'utf8')) as {
      values: { key: string; type: string; value: string }[];
    };
    const apiKey = environment.values.find((v) => v.key === 'apiKey');
    assert.deepEqual([apiKey?.type, apiKey?.value], ['secret', ''], "the contract's credential is a secret variable too, empty");
  });

  it('refuses an invalid spec, with its errors, and writes nothing', () => {
    const dir = scratch('fpd-deploy-collection-');
    writeFileSync(path.join(dir, 'broken.yaml'), 'openapi: 3.0.3\ninfo: { title: x }\npaths: {}\n');
    const run = cli(['deploy-collection', 'broken.yaml', '--target', 'heroku', '--out', 'deploy.json'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /broken\.yaml:2/);
    assert.ok(!existsSync(path.join(dir, 'deploy.json')));
  });
});
