/**
 * The Azure Container Apps deployment collection, run folder by folder with Newman against a fake
 * Azure Resource Manager that checks every request against the Container Apps description
 * (2025-07-01, read with the repository's Swagger 2.0 loader) and runs each revision's image with
 * Docker: a first deploy that creates the app, a gated rollout (a zero-weight labelled revision,
 * promoted or rolled back), a rolled-back build deployed again, retried faults, and a revision whose
 * image cannot be pulled.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploymentCollection, folderNames, variablesOf, type FolderKey } from '../../src/stages/deploy/deployment-collection.ts';
import { runFolder } from '../../src/stages/deploy/run-folder.ts';
import { containerApps } from '../../src/stages/deploy/targets/container-apps.ts';
import { startContainerAppsFake, type ContainerAppsFake } from '../support/clouds/container-apps/server.ts';
import { runInOrder } from '../support/clouds/folders.ts';
import { deployableImages, type DeployableBuild, type DeployableImages } from '../support/clouds/images.ts';

const accessToken = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.fake-arm-access-token.signature';
const subscriptionId = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const resourceGroup = 'fpd-tests';
const environmentId = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.App/managedEnvironments/fpd-environment`;
const apiCredentials = 'apiKey=s3cret "quoted"\nbasic=user:pass';
const registryUser = { username: 'fpd-puller', password: 'pull "secret"\nword' };
const secrets = [accessToken, apiCredentials, registryUser.password];
const collection = deploymentCollection(containerApps);

describe('deploy to Azure Container Apps through Azure Resource Manager', { timeout: 15 * 60_000 }, () => {
  let fake: ContainerAppsFake;
  let images: DeployableImages;
  let settings: Record<string, string>;

  before(async () => {
    images = await deployableImages();
    const registryServer = images.good.image.split('/')[0]!;
    fake = await startContainerAppsFake({ token: accessToken, registry: { server: registryServer, ...registryUser } });
    settings = {
      ...Object.fromEntries(variablesOf(containerApps).flatMap((variable) => (variable.default === undefined ? [] : [[variable.key, variable.default]]))),
      subscriptionId,
      resourceGroup,
      environmentId,
      location: 'westeurope',
      registryServer,
      registryUsername: registryUser.username,
      registryPassword: registryUser.password,
      accessToken,
      apiCredentials,
      armApiUrl: fake.url,
      // The fake's front doors speak plain HTTP on 127.0.0.1.
      ingressScheme: 'http',
      pollIntervalMs: '100',
      maxPolls: '600',
      retryDelayMs: '20',
    };
  });

  after(async () => {
    await fake?.close();
  });

  /** Runs the folders in order, each from the environment the one before left; each must pass without a violation. */
  const run = (values: Record<string, string>, folders: FolderKey[]) => runInOrder(collection, values, folders, { secrets, violations: () => fake.violations });

  const deployValues = (service: string, build: DeployableBuild, extra: Record<string, string> = {}) => ({
    ...settings,
    service,
    image: build.image,
    buildId: build.buildId,
    ...extra,
  });
  const appNamed = (service: string) => {
    const app = fake.app(subscriptionId, resourceGroup, service);
    assert.ok(app, `the app ${service} exists`);
    return app;
  };
  const sent = (operationId: string) => fake.requests.filter((r) => r.operationId === operationId);

  it('creates the app on a first deploy: its first revision takes the traffic, with the registry, the secrets and PORT', async () => {
    const before = sent('ContainerApps_CreateOrUpdate').length;
    const { values } = await run(deployValues('fpd-first', images.good), ['deploy', 'wait', 'confirm', 'promote']);
    assert.equal(sent('ContainerApps_CreateOrUpdate').length, before + 1, 'created with one PUT');
    const app = appNamed('fpd-first');
    assert.deepEqual([...app.revisions.keys()], ['fpd-first--example-good']);
    assert.equal(values.candidateRelease, 'fpd-first--example-good');
    assert.equal(values.previousRelease, '');
    assert.deepEqual(fake.platform.trafficOf(app), [{ revisionName: 'fpd-first--example-good', weight: 100, label: 'candidate' }]);
    const revision = app.revisions.get('fpd-first--example-good')!;
    assert.equal(revision.environment.API_CREDENTIALS, apiCredentials, 'the server gets its credentials from the secret');
    assert.equal(revision.environment.PORT, '8000');
    const configuration = (app.resource.properties as { configuration: Record<string, unknown> }).configuration;
    assert.deepEqual(configuration.registries, [{ server: settings.registryServer, username: registryUser.username, passwordSecretRef: 'registry-password' }]);
    assert.equal(configuration.activeRevisionsMode, 'Multiple');
    assert.equal(await buildAt(values.serviceUrl), 'example-good');
  });

  it('rolls out gated: the candidate takes no traffic until promoted, and a broken one is rolled back', async () => {
    const service = 'fpd-books';
    const good = await run(deployValues(service, images.good), ['deploy', 'wait', 'confirm', 'promote']);
    assert.equal(await buildAt(good.values.serviceUrl), 'example-good');
    const app = appNamed(service);

    // The broken build's write meets a throttle and an outage first: retried, one revision made.
    fake.failNext({ operationId: 'ContainerApps_Update' }, 503, 1);
    fake.failNext({ operationId: 'ContainerApps_Update' }, 429, 1);
    const servedBefore = fake.faults.length;
    const broken = await run({ ...good.values, image: images.broken.image, buildId: images.broken.buildId }, ['deploy', 'wait', 'confirm']);
    assert.deepEqual(
      fake.faults.slice(servedBefore).map((f) => f.status),
      [503, 429],
    );
    assert.deepEqual([...app.revisions.keys()], ['fpd-books--example-good', 'fpd-books--example-broken'], 'exactly one new revision');
    assert.equal(broken.values.previousRelease, 'fpd-books--example-good');
    assert.equal(broken.values.candidateRelease, 'fpd-books--example-broken');
    assert.deepEqual(fake.platform.trafficOf(app), [
      { revisionName: 'fpd-books--example-good', weight: 100 },
      { revisionName: 'fpd-books--example-broken', weight: 0, label: 'candidate' },
    ]);
    assert.equal(await buildAt(broken.values.candidateUrl), 'example-broken', 'the candidate answers at its own address');
    assert.equal(await buildAt(fake.labelUrl(app, 'candidate')), 'example-broken', 'and at its label URL');
    assert.equal(await buildAt(broken.values.serviceUrl), 'example-good', 'while the service stays on the good build');

    await run(broken.values, ['rollBack']);
    assert.equal(await buildAt(broken.values.serviceUrl), 'example-good');
    assert.deepEqual(fake.platform.trafficOf(app), [{ revisionName: 'fpd-books--example-good', weight: 100 }]);
    const candidate = app.revisions.get('fpd-books--example-broken')!;
    assert.equal(candidate.active, false, 'the candidate is deactivated');
    assert.equal(fake.platform.weightOf(app, candidate), 0);
    assert.equal((await fetch(`${broken.values.candidateUrl}/healthz`)).status, 503, 'and serves nowhere');
  });

  it('deploys a rolled-back build again by activating its revision, and promoting it moves the traffic', async () => {
    const service = 'fpd-again';
    const good = await run(deployValues(service, images.good), ['deploy', 'wait', 'confirm', 'promote']);
    const first = await run({ ...good.values, image: images.broken.image, buildId: images.broken.buildId }, ['deploy', 'wait', 'confirm', 'rollBack']);
    const app = appNamed(service);
    assert.equal(app.revisions.get('fpd-again--example-broken')?.active, false);

    const again = await run(first.values, ['deploy', 'wait', 'confirm']);
    assert.equal(app.revisions.size, 2, 'the same build keeps its revision');
    assert.equal(sent('ContainerAppsRevisions_ActivateRevision').length, 1);
    assert.equal(await buildAt(again.values.candidateUrl), 'example-broken');
    assert.equal(await buildAt(again.values.serviceUrl), 'example-good');
    await run(again.values, ['promote']);
    assert.equal(await buildAt(again.values.serviceUrl), 'example-broken');
    assert.deepEqual(fake.platform.trafficOf(app), [{ revisionName: 'fpd-again--example-broken', weight: 100, label: 'candidate' }]);
  });

  it('retries a 503 and a 429 on the create without creating a second revision', async () => {
    fake.failNext({ method: 'PUT', operationId: 'ContainerApps_CreateOrUpdate' }, 503, 1);
    fake.failNext({ method: 'PUT', operationId: 'ContainerApps_CreateOrUpdate' }, 429, 1);
    const before = sent('ContainerApps_CreateOrUpdate').length;
    const { runs } = await run(deployValues('fpd-retried', images.good), ['deploy', 'wait']);
    assert.deepEqual(
      runs[0]!.steps.filter((s) => s.request === 'Create the app').map((s) => s.status),
      [503, 429, 201],
    );
    assert.equal(sent('ContainerApps_CreateOrUpdate').length, before + 3);
    assert.deepEqual([...appNamed('fpd-retried').revisions.keys()], ['fpd-retried--example-good']);
  });

  it('fails the wait with the operation error when the registry refuses the credentials', async () => {
    const deploy = await run(deployValues('fpd-unpulled', images.good, { registryPassword: 'not-the-password' }), ['deploy']);
    const wait = await runFolder(collection, folderNames.wait, deploy.values, { secrets: [...secrets, 'not-the-password'] });
    assert.equal(wait.failures.length, 1, wait.failures.join('\n'));
    assert.match(wait.failures[0]!, /ended Failed.*ContainerAppOperationError.*unauthorized/s);
    assert.deepEqual(fake.violations, []);
    assert.equal(appNamed('fpd-unpulled').revisions.get('fpd-unpulled--example-good')?.provisioningState, 'Failed');
  });

  it('refuses a misspelt field, a missing api-version and a missing token the way ARM does, and records each', async () => {
    const appUrl = `${fake.url}/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.App/containerApps/fpd-first`;
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const misspelt = await fetch(`${appUrl}?api-version=2025-07-01`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ location: 'westeurope', properties: { configuration: { ingress: { trafic: [] } } } }),
    });
    assert.equal(misspelt.status, 400);
    const error = (await misspelt.json()) as { error: { code: string; message: string } };
    assert.equal(error.error.code, 'InvalidRequestContent');
    assert.match(error.error.message, /trafic/);

    const noVersion = await fetch(appUrl, { headers });
    assert.equal(noVersion.status, 400);
    assert.equal(((await noVersion.json()) as { error: { code: string } }).error.code, 'MissingApiVersionParameter');

    const noToken = await fetch(`${appUrl}?api-version=2025-07-01`);
    assert.equal(noToken.status, 401);
    assert.equal(((await noToken.json()) as { error: { code: string } }).error.code, 'AuthenticationFailed');

    assert.equal(fake.violations.length, 3);
    assert.match(fake.violations[0]!, /ContainerApps_Update.*trafic/);
    assert.deepEqual(
      fake.platform.trafficOf(appNamed('fpd-first')),
      [{ revisionName: 'fpd-first--example-good', weight: 100, label: 'candidate' }],
      'nothing applied',
    );
    fake.violations.length = 0;
  });
});

/** The build answering at `url` (its X-Build-Id). */
async function buildAt(url: string | undefined): Promise<string | null> {
  assert.ok(url, 'no URL');
  const answer = await fetch(`${url}/healthz`);
  await answer.body?.cancel();
  return answer.headers.get('x-build-id');
}
