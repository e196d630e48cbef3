/**
 * The Heroku deployment collection, run folder by folder with Newman against a fake Platform API
 * that checks every request against Heroku's published hyper-schema and runs each release's image
 * with the real Docker engine. Heroku has no candidate without traffic: a release serves at once,
 * and a candidate that breaks its contract is rolled back to the release before it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { deploymentCollection, folderNames, variablesOf, type FolderKey } from '../../src/stages/deploy/deployment-collection.ts';
import { runFolder } from '../../src/stages/deploy/run-folder.ts';
import { heroku } from '../../src/stages/deploy/targets/heroku.ts';
import { startFakeHeroku, testApiKey, type FakeHeroku } from '../support/clouds/heroku/server.ts';
import { buildAt, runInOrder } from '../support/clouds/folders.ts';
import { deployableImages, type DeployableBuild, type DeployableImages } from '../support/clouds/images.ts';

const run = promisify(execFile);
const collection = deploymentCollection(heroku);
/** A credential with a quote in it: it reaches the server through a JSON body intact. */
const apiKeyOfTheServer = 'deploy-"test"-key';
const apiCredentials = `apiKey=${apiKeyOfTheServer}`;

let fake: FakeHeroku;
let images: DeployableImages;
/** Each build's image id (config digest), as Heroku's registry would know it once pushed there. */
const imageIds = new Map<DeployableBuild, string>();

before(async () => {
  images = await deployableImages();
  for (const build of [images.good, images.broken]) {
    const { stdout } = await run('docker', ['image', 'inspect', '--format', '{{.Id}}', build.image]);
    imageIds.set(build, stdout.trim());
  }
  fake = await startFakeHeroku();
});

after(async () => {
  await fake?.close();
});

function settings(service: string, build: DeployableBuild, imageId = imageIds.get(build) ?? ''): Record<string, string> {
  const defaults = Object.fromEntries(variablesOf(heroku).map((variable) => [variable.key, variable.default ?? '']));
  return {
    ...defaults,
    service,
    image: build.image,
    buildId: build.buildId,
    imageId,
    herokuApiUrl: fake.url,
    apiKey: testApiKey,
    apiCredentials,
    pollIntervalMs: '100',
    maxPolls: '300',
    retryDelayMs: '10',
  };
}

/** Runs the folders in order, each with the environment the one before left; every one must pass. */
async function runFolders(values: Record<string, string>, keys: FolderKey[]): Promise<Record<string, string>> {
  return (await runInOrder(collection, values, keys, { secrets: [testApiKey, apiCredentials] })).values;
}

/** Deploy → Wait → Confirm the build: the release serves and answers as the build. */
const release: FolderKey[] = ['deploy', 'wait', 'confirm'];

async function createApp(name: string, stack = 'container') {
  return fake.state.createApp(name, stack);
}

describe('deploy to Heroku through the Platform API', () => {
  it('releases good, then broken (which serves at once), rolls back to good; every request is one the description allows', async () => {
    const app = await createApp('fpd-rollout');
    const good = await runFolders(settings('fpd-rollout', images.good), [...release, 'promote']);
    assert.equal(good.serviceUrl, good.candidateUrl, 'Heroku has no candidate URL apart from the web URL');
    assert.equal(await buildAt(good.serviceUrl ?? ''), 'example-good');
    // The config var reached the server: it accepts the API key it was given.
    const created = await fetch(`${good.serviceUrl}/books`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': apiKeyOfTheServer },
      body: JSON.stringify({ title: 'Dune', author: 'Frank Herbert' }),
    });
    await created.body?.cancel();
    assert.equal(created.status, 201);

    const broken = await runFolders({ ...settings('fpd-rollout', images.broken) }, release);
    assert.equal(await buildAt(broken.serviceUrl ?? ''), 'example-broken', 'the broken release serves, as every Heroku release does');
    assert.equal(broken.previousRelease, good.candidateRelease, 'roll back returns to the release the good deploy made');
    await runFolders(broken, ['rollBack']);
    assert.equal(await buildAt(broken.serviceUrl ?? ''), 'example-good');

    const current = fake.state.current(app);
    assert.match(current?.description ?? '', /^Rollback to v\d+$/);
    assert.equal(current?.images.web, imageIds.get(images.good));
    assert.equal(current?.configVars.API_CREDENTIALS, apiCredentials);
    const used = new Set(fake.requests.map((request) => request.replace(/^.*\((.*)\)$/, '$1')));
    for (const link of ['app Info', 'release List', 'config-var Update', 'formation Batch Update', 'release Info', 'release Rollback'])
      assert.ok(used.has(link), `${link} was sent`);
    assert.deepEqual(fake.violations, []);
  });

  it('creates the app on the container stack when it does not exist yet', async () => {
    const done = await runFolders(settings('fpd-first', images.good), release);
    const app = fake.state.find('fpd-first');
    assert.equal(app?.stack, 'container');
    assert.equal(await buildAt(done.serviceUrl ?? ''), 'example-good');
    assert.equal(done.previousRelease, app?.releases[0]?.id, 'a new app rolls back to its initial release');
    assert.ok(fake.requests.some((request) => request.endsWith('(app Create)')));
    assert.deepEqual(fake.violations, []);
  });

  it('retries a 503 and a 429 on the release request and makes exactly one release of the image', async () => {
    const app = await createApp('fpd-faults');
    fake.failNext({ link: 'formation Batch Update' }, 503, 1);
    fake.failNext({ link: 'formation Batch Update' }, 429, 1);
    const done = await runFolders(settings('fpd-faults', images.good), release);
    assert.equal(await buildAt(done.serviceUrl ?? ''), 'example-good');
    assert.equal(fake.requests.filter((request) => request.startsWith('PATCH /apps/fpd-faults/formation')).length, 3);
    assert.deepEqual(
      app.releases.map((r) => r.description.replace(/\(.*\)/, '(…)')),
      ['Initial release', 'Set API_CREDENTIALS config vars', 'Deployed web (…)'],
    );
    assert.deepEqual(fake.violations, []);
  });

  it('finds the current and the newest release on a later page of a long release list', async () => {
    const app = await createApp('fpd-long-history');
    for (let i = 0; i < 1200; i++) fake.state.release(app, `Set FOO config vars`, {}, 'succeeded');
    // Sorted by id, the current release comes last: on the second page of 1000.
    const current = app.releases.at(-1);
    assert.ok(current);
    current.id = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
    const done = await runFolders(settings('fpd-long-history', images.good), ['deploy', 'wait']);
    assert.equal(done.previousRelease, current.id);
    assert.equal(done.candidateRelease, app.releases.at(-1)?.id);
    assert.equal(fake.state.current(app)?.version, 1203);
    assert.deepEqual(fake.violations, []);
  });

  it('fails the wait with the release description when the release fails', async () => {
    await createApp('fpd-failing');
    const deployed = await runFolders(settings('fpd-failing', images.good, `sha256:${'0'.repeat(64)}`), ['deploy']);
    const wait = await runFolder(collection, folderNames.wait, deployed, { secrets: [testApiKey, apiCredentials] });
    assert.equal(wait.failures.length, 1, wait.failures.join('\n'));
    assert.match(wait.failures[0] ?? '', /release v3 failed.*the web process did not start/);
    assert.deepEqual(fake.violations, []);
  });

  it('stops before releasing to an app that is not on the container stack', async () => {
    await createApp('fpd-buildpacks', 'heroku-24');
    const deploy = await runFolder(collection, folderNames.deploy, settings('fpd-buildpacks', images.good), { secrets: [testApiKey] });
    assert.match(deploy.failures.join('\n'), /stack heroku-24: set it to container/);
    assert.deepEqual(
      deploy.steps.map((step) => step.request),
      ['Find the app'],
    );
    assert.deepEqual(fake.violations, []);
  });

  it('counts a misspelt body field, a missing version or key, and an undeclared docker_image as violations, answered 4xx', async () => {
    await createApp('fpd-strict');
    const imageId = imageIds.get(images.good) ?? '';
    const send = (headers: Record<string, string>, body: unknown) =>
      fetch(`${fake.url}/apps/fpd-strict/formation`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const docker = { Accept: 'application/vnd.heroku+json; version=3.docker-releases', Authorization: `Bearer ${testApiKey}` };
    const answers = [
      await send(docker, { updates: [{ type: 'web', docker_imag: imageId }] }),
      await send({ ...docker, Accept: 'application/vnd.heroku+json; version=3' }, { updates: [{ type: 'web', docker_image: imageId }] }),
      await send({ Authorization: docker.Authorization }, { updates: [{ type: 'web', docker_image: imageId }] }),
      await send({ Accept: docker.Accept }, { updates: [{ type: 'web', docker_image: imageId }] }),
      await fetch(`${fake.url}/apps`, {
        method: 'POST',
        headers: { ...docker, 'Content-Type': 'application/json' },
        body: JSON.stringify({ nmae: 'fpd-typo' }),
      }),
    ];
    const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ id: string; message: string }>));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [422, 422, 400, 401, 422],
    );
    assert.deepEqual(
      bodies.map((body) => body.id),
      ['invalid_params', 'invalid_params', 'missing_version', 'unauthorized', 'invalid_params'],
    );
    assert.equal(fake.violations.length, 5);
    assert.match(fake.violations[0] ?? '', /\(docker_imag\)/);
    assert.match(fake.violations[1] ?? '', /\(docker_image\)/);
    assert.match(fake.violations[4] ?? '', /\(nmae\)/);
    assert.equal(fake.state.find('fpd-strict')?.releases.length, 1, 'nothing was released');
    fake.violations.length = 0;
  });
});
