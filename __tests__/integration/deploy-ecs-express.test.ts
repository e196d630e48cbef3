/**
 * The Amazon ECS Express Mode deployment collection, run folder by folder with Newman against a fake
 * ECS API that re-signs every request (SigV4, the fixed test keys), checks it against ECS's botocore
 * description and runs each revision's image with the real Docker engine. Express Mode has no
 * revision without traffic: a deployed image serves once its canary is over, and a candidate that
 * breaks its contract is rolled back by updating the service back to the image before it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deploymentCollection, folderNames, variablesOf, type FolderKey } from '../../src/stages/deploy/deployment-collection.ts';
import { runFolder } from '../../src/stages/deploy/run-folder.ts';
import { ecsExpress } from '../../src/stages/deploy/targets/ecs-express.ts';
import { startEcsExpress, testAccountId, testCredentials, type EcsExpressFake } from '../support/clouds/ecs-express/server.ts';
import { signForTest } from '../support/clouds/ecs-express/sigv4.ts';
import { buildAt, runInOrder } from '../support/clouds/folders.ts';
import { deployableImages, type DeployableBuild, type DeployableImages } from '../support/clouds/images.ts';

const collection = deploymentCollection(ecsExpress);
/** A credential with a quote in it: it reaches the server through a JSON body intact. */
const apiKeyOfTheServer = 'deploy-"test"-key';
const apiCredentials = `apiKey=${apiKeyOfTheServer}`;
const secrets = [testCredentials.secretAccessKey, testCredentials.sessionToken, apiCredentials];
const target = (operation: string) => `AmazonEC2ContainerServiceV20141113.${operation}`;

let fake: EcsExpressFake;
let images: DeployableImages;

before(async () => {
  images = await deployableImages();
  fake = await startEcsExpress();
});

after(async () => {
  await fake?.close();
});

function settings(service: string, build: DeployableBuild): Record<string, string> {
  const defaults = Object.fromEntries(variablesOf(ecsExpress).map((variable) => [variable.key, variable.default ?? '']));
  return {
    ...defaults,
    service,
    image: build.image,
    buildId: build.buildId,
    region: fake.region,
    infrastructureRoleArn: `arn:aws:iam::${testAccountId}:role/ecsInfrastructureRoleForExpressServices`,
    executionRoleArn: `arn:aws:iam::${testAccountId}:role/ecsTaskExecutionRole`,
    ecsApiUrl: fake.url,
    awsAccessKeyId: testCredentials.accessKeyId,
    awsSecretAccessKey: testCredentials.secretAccessKey,
    awsSessionToken: testCredentials.sessionToken,
    apiCredentials,
    pollIntervalMs: '100',
    maxPolls: '300',
    retryDelayMs: '10',
  };
}

/** Runs the folders in order, each with the environment the one before left; every one must pass. */
async function runFolders(values: Record<string, string>, keys: FolderKey[]): Promise<Record<string, string>> {
  return (await runInOrder(collection, values, keys, { secrets: secrets })).values;
}

/** Deploy → Wait → Confirm the build: the image serves and answers as the build. */
const release: FolderKey[] = ['deploy', 'wait', 'confirm'];

function callsOf(operation: string): number[] {
  return fake.calls.filter((call) => call.operation === operation).map((call) => call.status);
}

/** A request signed with the test keys, sent straight to the fake (not through the collection). */
function send(operation: string, body: string, overrides: { headers?: Record<string, string>; secret?: string } = {}): Promise<Response> {
  const url = new URL(fake.url);
  const headers = { host: url.host, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target(operation), ...overrides.headers };
  const signed = signForTest(
    { method: 'POST', url: '/', headers, body },
    { ...testCredentials, secretAccessKey: overrides.secret ?? testCredentials.secretAccessKey },
    { region: fake.region, service: 'ecs' },
  );
  const { host: _host, ...rest } = signed;
  return fetch(`${fake.url}/`, { method: 'POST', headers: rest, body });
}

describe('deploy to Amazon ECS Express Mode through the ECS API', () => {
  it('deploys good, then broken (which serves once its canary is over), rolls back to good; every request is one the description allows', async () => {
    const good = await runFolders(settings('fpd-rollout', images.good), [...release, 'promote']);
    assert.equal(good.serviceUrl, good.candidateUrl, 'Express Mode has no URL for a revision apart from the service URL');
    assert.equal(await buildAt(good.serviceUrl ?? ''), 'example-good');
    // The environment reached the server: it accepts the API key it was given.
    const created = await fetch(`${good.serviceUrl}/books`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': apiKeyOfTheServer },
      body: JSON.stringify({ title: 'Dune', author: 'Frank Herbert' }),
    });
    await created.body?.cancel();
    assert.equal(created.status, 201);

    // While the canary runs, the service lists both configurations and the wait is not over.
    const deployed = await runFolders(settings('fpd-rollout', images.broken), ['deploy']);
    assert.equal(deployed.previousRelease, images.good.image, 'roll back returns to the image that served');
    const [service] = [...fake.services.byArn.values()].filter((s) => s.name === 'fpd-rollout');
    assert.equal(fake.services.active(service!).length, 2);
    assert.equal(await buildAt(good.serviceUrl ?? ''), 'example-good');
    const broken = await runFolders(deployed, ['wait', 'confirm']);
    assert.equal(await buildAt(broken.serviceUrl ?? ''), 'example-broken', 'the broken image serves, as every Express deployment does once done');
    assert.equal(broken.candidateUrl, broken.serviceUrl);

    await runFolders(broken, ['rollBack']);
    assert.equal(await buildAt(broken.serviceUrl ?? ''), 'example-good');
    assert.deepEqual(
      fake.revisionsOf('fpd-rollout').map((revision) => revision.configuration.primaryContainer.image),
      [images.good.image, images.broken.image, images.good.image],
    );
    const environment = fake.revisionsOf('fpd-rollout')[2]?.configuration.primaryContainer.environment;
    assert.deepEqual(environment, [
      { name: 'PORT', value: '8000' },
      { name: 'API_CREDENTIALS', value: apiCredentials },
    ]);
    assert.equal(fake.services.active(service!).length, 1, 'the broken revision is gone');
    for (const operation of ['CreateExpressGatewayService', 'UpdateExpressGatewayService', 'DescribeExpressGatewayService']) {
      assert.ok(callsOf(operation).includes(200), `${operation} was sent`);
    }
    assert.deepEqual(fake.violations, []);
  });

  it('creates the service when it does not exist yet, and then has nothing earlier to roll back to', async () => {
    const done = await runFolders(settings('fpd-first', images.good), release);
    assert.equal(await buildAt(done.serviceUrl ?? ''), 'example-good');
    assert.equal(done.previousRelease, '');
    assert.equal(done.serviceArn, `arn:aws:ecs:${fake.region}:${testAccountId}:service/default/fpd-first`);
    assert.equal(fake.revisionsOf('fpd-first').length, 1);
    const rollBack = await runFolder(collection, folderNames.rollBack, done, { secrets });
    assert.match(rollBack.failures.join('\n'), /this deploy created the service: no earlier image served/);
    assert.equal(fake.revisionsOf('fpd-first').length, 1, 'roll back sent nothing');
    assert.deepEqual(fake.violations, []);
  });

  it('retries a 503 and a 429 on Create and on Update and makes exactly one revision each time', async () => {
    fake.failNext('CreateExpressGatewayService', 503, 1);
    fake.failNext('CreateExpressGatewayService', 429, 1);
    const first = await runFolders(settings('fpd-faults', images.good), release);
    assert.deepEqual(callsOf('CreateExpressGatewayService').slice(-3), [503, 429, 200]);
    assert.equal(fake.revisionsOf('fpd-faults').length, 1);

    fake.failNext('UpdateExpressGatewayService', 503, 1);
    fake.failNext('UpdateExpressGatewayService', 429, 1);
    const second = await runFolders({ ...first, ...settings('fpd-faults', images.broken) }, release);
    assert.deepEqual(callsOf('UpdateExpressGatewayService').slice(-3), [503, 429, 200]);
    assert.equal(fake.revisionsOf('fpd-faults').length, 2);
    assert.equal(await buildAt(second.serviceUrl ?? ''), 'example-broken');
    assert.deepEqual(fake.violations, []);
  });

  it('does not deploy twice when ECS applied an update but answered 500: it describes the service before sending again', async () => {
    await runFolders(settings('fpd-lost-answer', images.good), release);
    const updates = callsOf('UpdateExpressGatewayService').length;
    fake.failNext('UpdateExpressGatewayService', 500, 1, { afterApplying: true });
    const done = await runFolders(settings('fpd-lost-answer', images.broken), release);
    assert.deepEqual(callsOf('UpdateExpressGatewayService').slice(updates), [500], 'the update was not sent again');
    assert.equal(fake.revisionsOf('fpd-lost-answer').length, 2);
    assert.equal(done.candidateRelease, fake.revisionsOf('fpd-lost-answer')[1]?.arn, 'the wait watched the revision ECS made');
    assert.equal(done.previousRelease, images.good.image, 'the second look did not overwrite what served before');
    assert.deepEqual(fake.violations, []);
  });

  it('fails the wait at once when ECS rolls the new revision back', async () => {
    const good = await runFolders(settings('fpd-rolled-back', images.good), release);
    const missing = { image: images.good.image.replace(/@sha256:.*/, `@sha256:${'0'.repeat(64)}`), buildId: 'never-runs' };
    const deployed = await runFolders({ ...good, ...settings('fpd-rolled-back', missing) }, ['deploy']);
    const wait = await runFolder(collection, folderNames.wait, deployed, { secrets });
    assert.equal(wait.failures.length, 1, wait.failures.join('\n'));
    assert.match(wait.failures[0] ?? '', /ECS no longer runs the new revision/);
    assert.ok(wait.steps.length < 150, `failed after ${wait.steps.length} polls, not at the cap`);
    assert.equal(await buildAt(good.serviceUrl ?? ''), 'example-good');
    assert.deepEqual(fake.violations, []);
  });

  it('signs with the session token: a wrong secret key is refused 403 InvalidSignatureException and counted', async () => {
    const deploy = await runFolder(
      collection,
      folderNames.deploy,
      { ...settings('fpd-unsigned', images.good), awsSecretAccessKey: 'not-the-secret-key' },
      { secrets },
    );
    assert.match(deploy.failures.join('\n'), /answered 403.*InvalidSignatureException/s);
    assert.equal(fake.violations.length, 1);
    fake.violations.length = 0;
    const noToken = await runFolder(collection, folderNames.deploy, { ...settings('fpd-unsigned', images.good), awsSessionToken: '' }, { secrets });
    assert.match(noToken.failures.join('\n'), /answered 403.*UnrecognizedClientException/s);
    assert.equal(fake.violations.length, 1);
    fake.violations.length = 0;
    assert.equal(fake.revisionsOf('fpd-unsigned').length, 0);
  });

  it('counts a misspelt member, a wrong type, a missing member, a bad signature, a wrong content type and an unknown operation as violations', async () => {
    const container = { image: images.good.image, containerPort: 8000 };
    const create = (extra: Record<string, unknown>) =>
      JSON.stringify({ serviceName: 'fpd-strict', infrastructureRoleArn: `arn:aws:iam::${testAccountId}:role/r`, primaryContainer: container, ...extra });
    const answers = [
      await send('CreateExpressGatewayService', create({ primaryContainer: { ...container, enviroment: [] } })),
      await send('CreateExpressGatewayService', create({ primaryContainer: { ...container, containerPort: '8000' } })),
      await send('UpdateExpressGatewayService', JSON.stringify({ primaryContainer: container })),
      await send('CreateExpressGatewayService', create({ cpuArchitecture: 'x86' })),
      await send('DescribeExpressGatewayService', JSON.stringify({ serviceArn: 'arn' }), { secret: 'wrong' }),
      await send('DescribeExpressGatewayService', JSON.stringify({ serviceArn: 'arn' }), { headers: { 'content-type': 'application/json' } }),
      await send('DescribeExpressGatewayServices', JSON.stringify({ serviceArn: 'arn' })),
      await fetch(`${fake.url}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target('DescribeExpressGatewayService') },
        body: '{}',
      }),
    ];
    const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ __type: string; message: string }>));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [400, 400, 400, 400, 403, 400, 400, 403],
    );
    assert.deepEqual(
      bodies.map((body) => body.__type),
      [
        'SerializationException',
        'SerializationException',
        'InvalidParameterException',
        'InvalidParameterException',
        'InvalidSignatureException',
        'SerializationException',
        'UnknownOperationException',
        'MissingAuthenticationTokenException',
      ],
    );
    assert.equal(fake.violations.length, 8);
    assert.match(fake.violations[0] ?? '', /no member "enviroment" in ExpressGatewayContainer/);
    assert.match(fake.violations[2] ?? '', /must have required property 'serviceArn'/);
    assert.match(fake.violations[3] ?? '', /cpuArchitecture must be equal to one of the allowed values/);
    assert.equal(fake.revisionsOf('fpd-strict').length, 0, 'nothing was created');
    fake.violations.length = 0;
  });
});
