/**
 * The deploy's pure parts: settings checked against the target's variables, secrets only from the
 * environment and never in a written file, the contract scope a production deploy gets, and the
 * Config's deploy inputs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, type RawConfig } from '../../src/config.ts';
import { UserError } from '../../src/errors.ts';
import type { PostmanCollection } from '../../src/postman/postman-types.ts';
import { requestsOf } from '../../src/postman/postman-types.ts';
import { scopeCollection } from '../../src/stages/contract/scope.ts';
import { call } from '../../src/stages/deploy/collection-parts.ts';
import { deploymentCollection, deploymentEnvironment, folderNames } from '../../src/stages/deploy/deployment-collection.ts';
import { checkSettings, planDeploy } from '../../src/stages/deploy/plan.ts';
import { maskSecrets } from '../../src/text/secrets.ts';
import type { DeployTarget } from '../../src/stages/deploy/targets/target.ts';

const step = (name: string) => [call(name, { method: 'GET', url: '{{apiUrl}}/things/{{service}}', description: name })];
const target: DeployTarget = {
  name: 'heroku',
  title: 'A platform',
  gated: false,
  variables: [
    { key: 'apiUrl', description: 'The API.', default: 'https://api.example.com' },
    { key: 'region', description: 'The region.', required: true, pattern: /^[a-z]+-[a-z]+\d$/ },
    { key: 'token', description: 'The token.', secretFrom: 'PLATFORM_TOKEN', required: true },
  ],
  folders: { deploy: step('deploy'), wait: step('wait'), promote: step('promote'), rollBack: step('roll back') },
};
const image = { reference: `registry.example.com/api@sha256:${'a'.repeat(64)}`, buildId: 'b1' };
const deploy = (settings: Record<string, string>) => ({ settings: { service: 'books', ...settings }, settingsName: 'input "deploy-settings"' });

function userError(run: () => unknown, message: RegExp, hint?: RegExp) {
  assert.throws(run, (e: unknown) => e instanceof UserError && message.test(e.message) && (!hint || hint.test(e.hint ?? '')));
}

describe('the deploy plan', () => {
  it('fills in defaults, reads secrets from the environment only, and masks them', () => {
    const plan = planDeploy(
      target,
      deploy({ region: 'eu-west1' }),
      image,
      { PLATFORM_TOKEN: 'tok-123456', API_CREDENTIALS: 'apiKey=k-98765\nbasic=u:p-4321' },
      '',
    );
    assert.equal(plan.values.apiUrl, 'https://api.example.com');
    assert.equal(plan.values.token, 'tok-123456');
    assert.equal(plan.values.image, image.reference);
    assert.equal(plan.values.port, '8000');
    assert.equal(plan.settings.token, undefined, 'secrets are not settings');
    assert.equal(plan.settings.apiCredentials, undefined);
    const mask = (text: string) => maskSecrets(text, plan.secrets);
    assert.equal(mask('Bearer tok-123456 and k-98765 and "apiKey=k-98765\\nbasic=u:p-4321"'), 'Bearer *** and *** and "***"');
  });

  it("takes the server's credentials from the contract's when API_CREDENTIALS is not set", () => {
    const plan = planDeploy(target, deploy({ region: 'eu-west1' }), image, { PLATFORM_TOKEN: 'tok-123456' }, 'apiKey=from-contract');
    assert.equal(plan.values.apiCredentials, 'apiKey=from-contract');
  });

  it('names a misspelt setting with the one meant, and refuses a secret among the settings', () => {
    userError(() => checkSettings(target, { regoin: 'eu-west1' }, 'input "deploy-settings"'), /has no setting "regoin"; did you mean "region"\?/);
    userError(() => checkSettings(target, { token: 'x' }, 'input "deploy-settings"'), /token is a secret/, /PLATFORM_TOKEN/);
  });

  it('refuses a value that would change a request path', () => {
    userError(() => checkSettings(target, { region: 'eu/../../admin' }, 'input "deploy-settings"'), /region "eu\/\.\.\/\.\.\/admin" is not accepted/);
    userError(() => checkSettings(target, { service: 'Books?x=1' }, 'input "deploy-settings"'), /service "Books\?x=1" is not accepted/);
  });

  it('says every missing setting and secret at once, and where each comes from', () => {
    userError(() => planDeploy(target, deploy({}), image, {}, ''), /needs region, PLATFORM_TOKEN/, /environment variable PLATFORM_TOKEN/);
  });
});

describe('the deployment collection', () => {
  it('has its folders in the order a person runs them, and an environment with every secret empty', () => {
    const collection = deploymentCollection(target);
    assert.deepEqual(
      collection.item.map((f) => f.name),
      [folderNames.deploy, folderNames.wait, folderNames.confirm, folderNames.promote, folderNames.rollBack],
    );
    const environment = deploymentEnvironment(target, 'A platform · production', { region: 'eu-west1', service: 'books' });
    const byKey = Object.fromEntries(environment.values.map((v) => [v.key, v]));
    assert.equal(byKey.token?.type, 'secret');
    assert.equal(byKey.token?.value, '');
    assert.equal(byKey.apiCredentials?.value, '');
    assert.equal(byKey.region?.value, 'eu-west1');
    assert.equal(byKey.candidateUrl?.value, '');
  });

  it('keeps every value out of its scripts: they read the environment', () => {
    const collection = deploymentCollection(target);
    const scripts = JSON.stringify([collection.event, ...[...requestsOf(collection.item)].map(({ item }) => item.event)]);
    for (const value of ['eu-west1', 'books', image.reference]) assert.ok(!scripts.includes(value));
    assert.match(scripts, /pm\.environment\.get\(\\"buildId\\"\)/);
  });
});

describe('the contract scope', () => {
  const collection: PostmanCollection = {
    info: { _postman_id: 'c', name: 'c', schema: 's' },
    item: [
      {
        name: 'books',
        item: [
          { id: '1', name: 'List', request: { method: 'GET', url: { raw: '', host: [], path: ['books'] }, header: [] } },
          { id: '2', name: 'Add', request: { method: 'POST', url: { raw: '', host: [], path: ['books'] }, header: [] } },
        ],
      },
      { name: 'admin', item: [{ id: '3', name: 'Purge', request: { method: 'DELETE', url: { raw: '', host: [], path: ['all'] }, header: [] } }] },
    ],
  };
  const names = (c: PostmanCollection) => [...requestsOf(c.item)].map(({ item }) => item.name);

  it('sends only safe methods when unsafe ones are not allowed, and says what it left out', () => {
    const { collection: scoped, leftOut } = scopeCollection(collection, { include: [], exclude: [], unsafeMethods: false });
    assert.deepEqual(names(scoped), ['List']);
    assert.deepEqual(
      leftOut.map((l) => l.reason),
      ['POST changes data, and this run sends safe methods only', 'DELETE changes data, and this run sends safe methods only'],
    );
  });

  it('chooses by tag and method, and excludes', () => {
    assert.deepEqual(names(scopeCollection(collection, { include: ['tag:books'], exclude: ['POST'], unsafeMethods: true }).collection), ['List']);
    assert.deepEqual(names(scopeCollection(collection, { include: [], exclude: ['tag:admin'], unsafeMethods: true }).collection), ['List', 'Add']);
  });

  it('defaults to safe methods for a deploy to production, and to all of them for a plain URL', () => {
    const scope = (raw: RawConfig) => parseConfig({ spec: 'openapi.yaml', ...raw }, { name: (k) => k, workspace: '/repo' }).contract.scope.unsafeMethods;
    assert.equal(scope({ 'deploy-target': 'heroku' }), false);
    assert.equal(scope({ 'deploy-target': 'heroku', environment: 'staging' }), true);
    assert.equal(scope({ 'deploy-target': 'heroku', 'contract-unsafe-methods': 'true' }), true);
    assert.equal(scope({ url: 'https://staging.example.com' }), true);
    assert.equal(scope({ url: 'https://api.example.com', environment: 'production' }), false);
  });
});

describe('the deploy inputs', () => {
  const parse = (raw: RawConfig) => parseConfig({ spec: 'openapi.yaml', ...raw }, { name: (k) => `input "${k}"`, workspace: '/repo' });

  it('adds build and deploy to the default stages when there is a target, and drops the build for an image given by digest', () => {
    assert.deepEqual(parse({ 'deploy-target': 'cloud-run' }).stages, ['validate', 'diff', 'collection', 'fastapi', 'build', 'deploy', 'contract']);
    assert.equal(parse({ 'deploy-target': 'cloud-run' }).build.push, true, 'a deploy pulls from the registry: the build pushes');
    assert.equal(parse({ 'deploy-target': 'cloud-run', push: 'false' }).build.push, false);
    assert.deepEqual(parse({ 'deploy-target': 'cloud-run', 'deploy-image': image.reference }).stages, [
      'validate',
      'diff',
      'collection',
      'fastapi',
      'deploy',
      'contract',
    ]);
  });

  it('refuses an image that is not named by digest, and an unknown target', () => {
    userError(
      () => parse({ 'deploy-target': 'heroku', 'deploy-image': 'registry.example.com/api:latest' }),
      /input "deploy-image": .* is not an image by digest/,
    );
    userError(() => parse({ 'deploy-target': 'lightsail' }), /input "deploy-target": "lightsail" is not one of cloud-run, container-apps, ecs-express, heroku/);
  });

  it('reads settings as key=value lines, with the service input among them, and a single-manifest build for Heroku', () => {
    const config = parse({ 'deploy-target': 'heroku', service: 'books', 'deploy-settings': 'region = eu-west1\nprocessType=web' });
    assert.deepEqual(config.deploy.settings, { region: 'eu-west1', processType: 'web', service: 'books' });
    assert.equal(config.build.singleManifest, true);
    assert.equal(parse({ 'deploy-target': 'cloud-run' }).build.singleManifest, false);
    userError(() => parse({ 'deploy-target': 'heroku', 'deploy-settings': 'region' }), /"region" is not key=value/);
  });
});
