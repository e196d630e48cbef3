/**
 * The cloud-run deployment collection, run folder by folder with Newman against a fake Google
 * Cloud that checks every request against Google's discovery documents and runs each revision's
 * image with Docker: sign-in by token exchange, a first deploy, a gated rollout that promotes a
 * good build and rolls a broken one back, retried faults, and a revision that never starts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploymentCollection, folderNames, variablesOf, type FolderKey } from '../../src/stages/deploy/deployment-collection.ts';
import { runFolder } from '../../src/stages/deploy/run-folder.ts';
import { cloudRun } from '../../src/stages/deploy/targets/cloud-run.ts';
import { startCloudRunFake, type CloudRunFake } from '../support/clouds/cloud-run/server.ts';
import { runInOrder } from '../support/clouds/folders.ts';
import { deployableImages, type DeployableImages } from '../support/clouds/images.ts';

const identity = {
  accessToken: 'ya29.test-access-token',
  oidcToken: 'eyJhbGciOiJSUzI1NiJ9.test-runner-oidc-token.signature',
  workloadIdentityProvider: 'projects/123456789012/locations/global/workloadIdentityPools/github-pool/providers/github-repo',
  serviceAccount: 'deployer@fpd-test-project.iam.gserviceaccount.com',
};
const apiCredentials = 'apiKey=cloud-run "quoted" key\nbasic=deployer:pass';
const project = 'fpd-test-project';
const region = 'us-central1';
const serviceName = (service: string) => `projects/${project}/locations/${region}/services/${service}`;
const collection = deploymentCollection(cloudRun);
const secrets = [identity.accessToken, identity.oidcToken, apiCredentials];

describe('deploy to Google Cloud Run through the Cloud Run Admin API', { timeout: 15 * 60_000 }, () => {
  let fake: CloudRunFake;
  let images: DeployableImages;
  /** The settings every run starts from: defaults, the fake's URLs, fast polling. */
  let settings: Record<string, string>;

  before(async () => {
    images = await deployableImages();
    fake = await startCloudRunFake(identity);
    settings = {
      ...Object.fromEntries(variablesOf(cloudRun).flatMap((variable) => (variable.default === undefined ? [] : [[variable.key, variable.default]]))),
      project,
      region,
      runApiUrl: fake.runApiUrl,
      stsApiUrl: fake.stsApiUrl,
      iamCredentialsApiUrl: fake.iamCredentialsApiUrl,
      accessToken: identity.accessToken,
      serviceAccount: identity.serviceAccount,
      apiCredentials,
      pollIntervalMs: '100',
      maxPolls: '600',
      retryDelayMs: '20',
    };
  });

  after(async () => {
    await fake?.close();
  });

  /** Runs the folders in order, each from the environment the one before left; each must pass. */
  const run = (values: Record<string, string>, folders: FolderKey[]) => runInOrder(collection, values, folders, { secrets, violations: () => fake.violations });

  function deployValues(service: string, build: { image: string; buildId: string }, extra: Record<string, string> = {}): Record<string, string> {
    return { ...settings, service, image: build.image, buildId: build.buildId, ...extra };
  }

  it("signs in by exchanging the runner's OIDC token and impersonating the service account, and not at all when a token is given", async () => {
    const signIn = await run({ ...settings, accessToken: '', oidcToken: identity.oidcToken, workloadIdentityProvider: identity.workloadIdentityProvider }, [
      'signIn',
    ]);
    const token = signIn.values.accessToken ?? '';
    assert.match(token, /^ya29\.fake-/);
    assert.ok(fake.identity.runTokens.has(token), 'the token minted for the service account is one Cloud Run accepts');

    const exchanges = fake.requests.filter((r) => r.api !== 'run').length;
    await run({ ...settings, oidcToken: identity.oidcToken }, ['signIn']);
    assert.equal(fake.requests.filter((r) => r.api !== 'run').length, exchanges, 'a given access token skips both sign-in requests');

    // The signed-in token then deploys: the Cloud Run API accepts it.
    settings.accessToken = token;
    secrets.push(token);
  });

  it('creates a service that does not exist yet: its first revision takes the traffic, tagged as the candidate', async () => {
    const { values, runs } = await run(deployValues('books', images.good), ['deploy', 'wait', 'confirm', 'promote']);
    const deploySteps = runs[0]?.steps.filter((step) => step.status !== undefined).map((step) => `${step.request} ${step.status}`);
    assert.deepEqual(deploySteps, ['Look up the service 404', 'Create the service 200']);
    assert.equal(values.previousRelease, '');
    assert.equal(values.candidateRelease, 'books-example-good');
    assert.deepEqual(fake.revisionsOf(serviceName('books')), ['books-example-good']);
    const revision = fake.state.services.get(serviceName('books'))?.revisions[0];
    assert.equal(revision?.env.API_CREDENTIALS, apiCredentials, 'the server got its credentials as API_CREDENTIALS');
    assert.equal(await buildAt(values.serviceUrl), 'example-good');
  });

  it('deploys a broken build as a tagged candidate with no traffic, then rolls it back', async () => {
    const deployed = await run(deployValues('books', images.broken, { privateService: 'true' }), ['deploy', 'wait', 'confirm']);
    const { values } = deployed;
    assert.equal(values.previousRelease, 'books-example-good');
    assert.equal(values.candidateRelease, 'books-example-broken');
    assert.notEqual(values.candidateUrl, values.serviceUrl);
    assert.equal(await buildAt(values.candidateUrl), 'example-broken', 'the tag URL serves the candidate');
    assert.equal(await buildAt(values.serviceUrl), 'example-good', 'the service URL still serves the build before');

    // A private service: the Wait minted an ID token whose audience is the service URL.
    assert.ok(values.candidateToken);
    assert.deepEqual(fake.identity.idTokens.at(-1), { audience: values.serviceUrl, token: values.candidateToken });

    await run(values, ['rollBack']);
    assert.equal(await buildAt(values.serviceUrl), 'example-good');
    const statuses = fake.state.serviceBody(fake.state.service(serviceName('books'))).trafficStatuses as {
      revision?: string;
      percent?: number;
      tag?: string;
    }[];
    assert.deepEqual(statuses, [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'books-example-good', percent: 100 }]);
    const answer = await fetch(`${values.candidateUrl}/healthz`);
    await answer.body?.cancel();
    assert.equal(answer.status, 503, 'the candidate tag no longer routes anywhere');
    assert.deepEqual(fake.revisionsOf(serviceName('books')), ['books-example-good', 'books-example-broken']);
  });

  it('retries a 503 and a 429 on the deploy request and still makes exactly one revision', async () => {
    const creates = () => fake.requests.filter((r) => r.id === 'run.projects.locations.services.create').map((r) => r.status);
    const patches = () => fake.requests.filter((r) => r.id === 'run.projects.locations.services.patch').map((r) => r.status);

    fake.failNext({ id: 'run.projects.locations.services.create' }, 503);
    fake.failNext({ id: 'run.projects.locations.services.create' }, 429);
    const before = creates().length;
    await run(deployValues('retried', images.good), ['deploy', 'wait']);
    assert.deepEqual(creates().slice(before), [503, 429, 200]);
    assert.deepEqual(fake.revisionsOf(serviceName('retried')), ['retried-example-good']);

    fake.failNext({ method: 'PATCH', path: `/v2/${serviceName('retried')}` }, 503);
    fake.failNext({ method: 'PATCH', path: `/v2/${serviceName('retried')}` }, 429);
    const beforePatches = patches().length;
    const { values } = await run(deployValues('retried', images.broken), ['deploy', 'wait']);
    assert.deepEqual(patches().slice(beforePatches), [503, 429, 200]);
    assert.deepEqual(fake.revisionsOf(serviceName('retried')), ['retried-example-good', 'retried-example-broken']);
    assert.equal(await buildAt(values.candidateUrl), 'example-broken');
  });

  it("fails the Wait with the operation's error when the revision never starts", async () => {
    const missing = { image: `127.0.0.1:5000/fpd-deploy-example@sha256:${'0'.repeat(64)}`, buildId: 'never-starts' };
    const { values } = await run(deployValues('books', missing), ['deploy']);
    const wait = await runFolder(collection, folderNames.wait, values, { secrets });
    assert.deepEqual(fake.violations, []);
    assert.equal(wait.failures.length, 1, wait.failures.join('\n'));
    assert.match(wait.failures[0] ?? '', /the operation failed: Revision 'books-never-starts' is not ready and cannot serve traffic/);
    assert.equal(await buildAt(values.serviceUrl), 'example-good', 'the traffic stays where it was');
  });

  it('refuses what the description does not allow, as Google does: a misspelt field, an unknown parameter, no token', async () => {
    const url = `${fake.runApiUrl}/v2/${serviceName('books')}`;
    const headers = { authorization: `Bearer ${identity.accessToken}`, 'content-type': 'application/json' };
    const misspelt = await fetch(`${url}?updateMask=template`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ template: { containers: [{ image: images.good.image, enviroment: [] }] } }),
    });
    assert.equal(misspelt.status, 400);
    assert.equal(((await misspelt.json()) as { error: { status: string } }).error.status, 'INVALID_ARGUMENT');
    assert.equal(fake.violations.length, 1);
    assert.match(fake.violations[0] ?? '', /"enviroment"/);

    const unknownParameter = await fetch(`${url}?update_mask_typo=traffic`, { method: 'PATCH', headers, body: '{}' });
    assert.equal(unknownParameter.status, 400);
    await unknownParameter.body?.cancel();
    const anonymous = await fetch(url);
    assert.equal(anonymous.status, 401);
    assert.equal(((await anonymous.json()) as { error: { status: string } }).error.status, 'UNAUTHENTICATED');
    const wrongMethod = await fetch(url, { method: 'PUT', headers, body: '{}' });
    assert.equal(wrongMethod.status, 404);
    await wrongMethod.body?.cancel();
    assert.equal(fake.violations.length, 4, fake.violations.join('\n'));
    assert.equal(fake.revisionsOf(serviceName('books')).length, 3, 'nothing refused changed the service');
    fake.violations.length = 0;
  });

  it('sent only requests the descriptions allow, covering every method the collection uses', () => {
    assert.deepEqual(fake.violations, []);
    const used = new Set(fake.requests.filter((r) => r.status < 400).map((r) => r.id));
    for (const id of [
      'sts.token',
      'iamcredentials.projects.serviceAccounts.generateAccessToken',
      'iamcredentials.projects.serviceAccounts.generateIdToken',
      'run.projects.locations.services.get',
      'run.projects.locations.services.create',
      'run.projects.locations.services.patch',
      'run.projects.locations.operations.get',
    ]) {
      assert.ok(used.has(id), `${id} was never sent`);
    }
  });
});

/** The build answering at `url` (its X-Build-Id), once the router serves it. */
async function buildAt(url: string | undefined): Promise<string | null> {
  assert.ok(url, 'no URL');
  const answer = await fetch(`${url}/healthz`);
  await answer.body?.cancel();
  return answer.headers.get('x-build-id');
}
