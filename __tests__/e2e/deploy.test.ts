/**
 * The deploy stage end to end, through the bundled action (as the runner runs it) and the bundled
 * CLI, against local fakes of Cloud Run, Container Apps, ECS Express Mode and Heroku that check
 * every request against the platform's published description and run each deployed image with the
 * real Docker engine.
 *
 * A build that honours its contract is deployed, tested on its candidate URL and promoted. A build
 * that breaks it is never given traffic (Cloud Run's tagged revision at 0%, Container Apps' labelled
 * revision at weight 0) or is rolled back (Heroku's rollback release, ECS's update back to the image
 * before), and the service URL answers as the previous build afterwards. A
 * production deploy sends safe methods only. The platform tokens never appear in what the run
 * writes.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction, type ActionRun } from '../support/action-runner.ts';
import { startCloudRunFake, type CloudRunFake } from '../support/clouds/cloud-run/server.ts';
import { startFakeHeroku, testApiKey, type FakeHeroku } from '../support/clouds/heroku/server.ts';
import { startContainerAppsFake, type ContainerAppsFake } from '../support/clouds/container-apps/server.ts';
import { startEcsExpress, testAccountId, testCredentials, type EcsExpressFake } from '../support/clouds/ecs-express/server.ts';
import { deployableImages, type DeployableBuild, type DeployableImages } from '../support/clouds/images.ts';
import { ensurePythonBaseImage, sharedRegistry } from '../support/docker.ts';
import { repoRoot, scratchFolders } from '../support/paths.ts';
import { POSTMAN_TEST_KEY, startPostmanApi, type PostmanApi } from '../support/postman-api.ts';

const scratch = scratchFolders();
let images: DeployableImages;

before(async () => {
  images = await deployableImages();
});

/** A workspace holding the example spec, as a checkout would. */
function workspace(): string {
  const dir = scratch('fpd-deploy-');
  copyFileSync(path.join(repoRoot, 'example/openapi.yaml'), path.join(dir, 'openapi.yaml'));
  return dir;
}

/** Every file under `dir`, read as text. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [readFileSync(file, 'utf8')];
  });
}

/** The bundled CLI in `dir`, with only the environment given (and PATH, HOME). */
function cli(args: readonly string[], dir: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function healthBuild(url: string): Promise<string | null> {
  const response = await fetch(`${url}/healthz`);
  await response.body?.cancel();
  return response.headers.get('x-build-id');
}

describe('deploy to Cloud Run through the action (a gated rollout)', () => {
  const identity = {
    accessToken: 'ya29.CANARY-cloud-run-token-6c1d',
    oidcToken: 'oidc-token-unused',
    workloadIdentityProvider: 'projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
    serviceAccount: 'deployer@acme-api.iam.gserviceaccount.com',
  };
  let fake: CloudRunFake;
  before(async () => {
    fake = await startCloudRunFake({ ...identity, operationPolls: 2 });
  });
  after(async () => {
    await fake?.close();
  });

  const deploy = (build: DeployableBuild, dir: string): Promise<ActionRun> =>
    runAction({
      workspace: dir,
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,deploy',
        'deploy-target': 'cloud-run',
        service: 'books',
        'deploy-image': build.image,
        'expect-build': build.buildId,
        'deploy-settings': `project=acme-api\nregion=europe-west1\nrunApiUrl=${fake.runApiUrl}\npollIntervalMs=100`,
        credentials: 'apiKey=CANARY-server-key-1f9e',
        'github-token': '',
      },
      env: { GOOGLE_ACCESS_TOKEN: identity.accessToken },
    });

  it('deploys a good build as a candidate, tests it there, and promotes it', async () => {
    const dir = workspace();
    const run = await deploy(images.good, dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['deploy-verdict'], 'promoted');
    assert.equal(run.outputs['serving-build'], 'example-good');
    assert.equal(run.outputs['contract-failed'], '0');
    assert.ok(Number(run.outputs['contract-passed']) > 0);
    assert.equal(await healthBuild(run.outputs['deploy-url']!), 'example-good');
    assert.match(run.summary, /## Deploy/);
    assert.match(run.summary, /build example-good passed its contract on Google Cloud Run service books and was promoted/);
    // Production: the tests sent safe methods only, and the report says what was not sent.
    assert.match(run.summary, /POST \/books \(POST changes data, and this run sends safe methods only\)/);
    assert.deepEqual(fake.violations, []);
    // The deployment collection and its environment are in the workspace, without the token.
    const written = filesUnder(path.join(dir, 'postman/deploy'));
    assert.equal(written.length, 2);
    for (const text of [...written, run.summary, JSON.stringify(run.outputs)]) {
      assert.ok(!text.includes(identity.accessToken), 'the access token is never written');
      assert.ok(!text.includes('CANARY-server-key-1f9e'), "the server's credential is never written");
    }
    assert.ok(run.commands.includes(`::add-mask::${identity.accessToken}`), 'the token is masked in the log');
  });

  it('never gives traffic to a build that breaks its contract: the promoted build keeps serving', async () => {
    const run = await deploy(images.broken, workspace());
    assert.equal(run.code, 1);
    assert.equal(run.outputs['deploy-verdict'], 'not promoted');
    assert.equal(run.outputs['serving-build'], 'example-good');
    assert.notEqual(run.outputs['contract-failed'], '0');
    assert.match(
      run.summary,
      /build example-broken broke its contract on Google Cloud Run service books and was never given traffic; build example-good serves/,
    );
    assert.match(run.stdout, /the candidate was not promoted/);
    assert.equal(await healthBuild(run.outputs['deploy-url']!), 'example-good');
    assert.deepEqual(fake.violations, []);
  });
});

describe('the five-line workflow: the action generates, builds, pushes and deploys in one step', () => {
  let fake: FakeHeroku;
  before(async () => {
    fake = await startFakeHeroku();
  });
  after(async () => {
    await fake?.close();
  });

  it('builds the image the deploy target needs (a single manifest for Heroku), pushes it, releases it by its id and promotes it', async () => {
    const python = await ensurePythonBaseImage();
    const run = await runAction({
      workspace: workspace(),
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,collection,fastapi,build,deploy',
        'deploy-target': 'heroku',
        service: 'books-five-lines',
        image: `${sharedRegistry}/fpd-deploy-five-lines`,
        'build-args': `PYTHON_IMAGE=${python}`,
        'build-network': 'host',
        'deploy-settings': `herokuApiUrl=${fake.url}\npollIntervalMs=100`,
        'github-token': '',
      },
      env: { HEROKU_API_KEY: testApiKey },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['deploy-verdict'], 'promoted');
    // The build id is the commit, baked into the image; the release runs that very image.
    assert.equal(run.outputs['serving-build'], 'a'.repeat(40));
    assert.match(run.outputs.digest ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(fake.violations, []);
  });
});

describe('deploy to Heroku through the CLI (deploy, test, roll back)', () => {
  let fake: FakeHeroku;
  before(async () => {
    fake = await startFakeHeroku();
  });
  after(async () => {
    await fake?.close();
  });

  const deploy = (build: DeployableBuild, dir: string) =>
    cli(
      [
        'deploy',
        'openapi.yaml',
        ...['--target', 'heroku', '--service', 'books-api', '--deploy-image', build.image, '--expect-build', build.buildId],
        ...['--setting', `herokuApiUrl=${fake.url}`, '--setting', 'pollIntervalMs=100', '--json'],
      ],
      dir,
      { HEROKU_API_KEY: testApiKey },
    );

  it('releases a good build, tests it and keeps it; then rolls a broken one back to it', async () => {
    const good = await deploy(images.good, workspace());
    assert.equal(good.code, 0, good.stderr);
    const first = JSON.parse(good.stdout).deploy.result;
    assert.equal(first.verdict, 'promoted');
    assert.equal(first.servingBuild, 'example-good');

    const broken = await deploy(images.broken, workspace());
    assert.equal(broken.code, 1, broken.stderr);
    const second = JSON.parse(broken.stdout).deploy.result;
    assert.equal(second.verdict, 'rolled back');
    assert.equal(second.servingBuild, 'example-good', 'the release before the broken one serves again');
    assert.equal(second.previousRelease !== undefined, true);
    assert.equal(await healthBuild(second.serviceUrl), 'example-good');
    assert.deepEqual(fake.violations, []);
    assert.ok(!broken.stdout.includes(testApiKey) && !broken.stderr.includes(testApiKey), 'the API key is never printed');
  });

  it('names a misspelt setting with the one meant, before anything is built or sent', async () => {
    const dir = workspace();
    const run = await cli(
      ['deploy', 'openapi.yaml', '--target', 'heroku', '--service', 'books-api', '--image', '127.0.0.1:5000/books', '--setting', 'herokuApiURL=x'],
      dir,
      { HEROKU_API_KEY: testApiKey },
    );
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /heroku has no setting "herokuApiURL"; did you mean "herokuApiUrl"\?/);
  });
});

describe('Cloud Run sign-in with the job’s own OpenID Connect token', () => {
  const identity = {
    accessToken: 'ya29.unused-in-this-test',
    oidcToken: 'CANARY-oidc-token-3b7d',
    workloadIdentityProvider: 'projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
    serviceAccount: 'deployer@acme-api.iam.gserviceaccount.com',
  };
  let fake: CloudRunFake;
  let oidc: Server;
  const audiences: string[] = [];
  before(async () => {
    fake = await startCloudRunFake({ ...identity, operationPolls: 1 });
    // The runner's token endpoint: a bearer request token in, `{ value }` out, for the audience asked.
    oidc = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.headers.authorization !== 'Bearer request-token') return void response.writeHead(401).end();
      audiences.push(url.searchParams.get('audience') ?? '');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: identity.oidcToken }));
    });
    await new Promise<void>((resolve) => oidc.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    await fake?.close();
    oidc?.close();
  });

  it('exchanges it for an access token and deploys, with the token masked', async () => {
    const port = (oidc.address() as AddressInfo).port;
    const run = await runAction({
      workspace: workspace(),
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,deploy',
        'deploy-target': 'cloud-run',
        service: 'books-oidc',
        'deploy-image': images.good.image,
        'expect-build': images.good.buildId,
        'deploy-settings': [
          'project=acme-api',
          'region=europe-west1',
          `runApiUrl=${fake.runApiUrl}`,
          `stsApiUrl=${fake.stsApiUrl}`,
          `iamCredentialsApiUrl=${fake.iamCredentialsApiUrl}`,
          `workloadIdentityProvider=${identity.workloadIdentityProvider}`,
          `serviceAccount=${identity.serviceAccount}`,
          'pollIntervalMs=100',
        ].join('\n'),
        'github-token': '',
      },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['deploy-verdict'], 'promoted');
    assert.deepEqual(audiences, [`https://iam.googleapis.com/${identity.workloadIdentityProvider}`]);
    assert.ok(run.commands.includes(`::add-mask::${identity.oidcToken}`));
    assert.ok(!run.summary.includes(identity.oidcToken));
    assert.deepEqual(fake.violations, []);
  });
});

describe('a private Cloud Run service', () => {
  const identity = {
    accessToken: 'ya29.private-deployer-token-9a2c',
    oidcToken: 'unused',
    workloadIdentityProvider: 'projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
    serviceAccount: 'invoker@acme-api.iam.gserviceaccount.com',
  };
  let fake: CloudRunFake;
  before(async () => {
    fake = await startCloudRunFake({ ...identity, operationPolls: 1, privateServices: true });
  });
  after(async () => {
    await fake?.close();
  });

  it('is confirmed, tested and asked what serves with an ID token in X-Serverless-Authorization, never written anywhere', async () => {
    const dir = workspace();
    const run = await runAction({
      workspace: dir,
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,deploy',
        'deploy-target': 'cloud-run',
        service: 'books-private',
        'deploy-image': images.good.image,
        'expect-build': images.good.buildId,
        'deploy-settings': [
          'project=acme-api',
          'region=europe-west1',
          `runApiUrl=${fake.runApiUrl}`,
          `iamCredentialsApiUrl=${fake.iamCredentialsApiUrl}`,
          `serviceAccount=${identity.serviceAccount}`,
          'privateService=true',
          'pollIntervalMs=100',
        ].join('\n'),
        'github-token': '',
      },
      env: { GOOGLE_ACCESS_TOKEN: identity.accessToken },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['deploy-verdict'], 'promoted');
    assert.equal(run.outputs['serving-build'], 'example-good');
    assert.notEqual(run.outputs['contract-passed'], '0');
    // Without the token the service refuses, as a private one does.
    assert.equal((await fetch(`${run.outputs['deploy-url']}/healthz`)).status, 403);
    const minted = fake.identity.idTokens.map((t) => t.token);
    assert.ok(minted.length > 0);
    for (const text of [...filesUnder(path.join(dir, 'postman/deploy')), run.summary, run.stdout, JSON.stringify(run.outputs)])
      for (const token of minted) assert.ok(!text.includes(token), 'the ID token is never written or logged');
    assert.deepEqual(fake.violations, []);
  });
});

describe('deploy to Azure Container Apps through the CLI (a gated rollout)', () => {
  const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e2e-arm-token.signature';
  const subscriptionId = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
  const registry = { username: 'fpd-puller', password: 'pull-secret-e2e' };
  let fake: ContainerAppsFake;
  let settings: string[];
  before(async () => {
    const server = images.good.image.split('/')[0]!;
    fake = await startContainerAppsFake({ token, registry: { server, ...registry } });
    settings = [
      `subscriptionId=${subscriptionId}`,
      'resourceGroup=api',
      `environmentId=/subscriptions/${subscriptionId}/resourceGroups/api/providers/Microsoft.App/managedEnvironments/api`,
      'location=westeurope',
      `registryServer=${server}`,
      `registryUsername=${registry.username}`,
      `armApiUrl=${fake.url}`,
      'ingressScheme=http',
      'pollIntervalMs=100',
    ].flatMap((setting) => ['--setting', setting]);
  });
  after(async () => {
    await fake?.close();
  });

  const deploy = (build: DeployableBuild) =>
    cli(
      [
        'deploy',
        'openapi.yaml',
        '--target',
        'container-apps',
        '--service',
        'books',
        '--deploy-image',
        build.image,
        '--expect-build',
        build.buildId,
        ...settings,
        '--json',
      ],
      workspace(),
      {
        AZURE_ACCESS_TOKEN: token,
        AZURE_REGISTRY_PASSWORD: registry.password,
      },
    );

  it('promotes a good revision, and never gives traffic to a broken one', async () => {
    const good = await deploy(images.good);
    assert.equal(good.code, 0, good.stderr);
    const first = JSON.parse(good.stdout).deploy.result;
    assert.equal(first.verdict, 'promoted');
    assert.equal(first.servingBuild, 'example-good');

    const broken = await deploy(images.broken);
    assert.equal(broken.code, 1, broken.stderr);
    const second = JSON.parse(broken.stdout).deploy.result;
    assert.equal(second.verdict, 'not promoted');
    assert.equal(second.servingBuild, 'example-good');
    assert.equal(await healthBuild(second.serviceUrl), 'example-good');
    assert.deepEqual(fake.violations, []);
  });
});

describe('deploy to Amazon ECS Express Mode through the CLI (deploy, test, roll back)', () => {
  let fake: EcsExpressFake;
  let settings: string[];
  before(async () => {
    fake = await startEcsExpress();
    settings = [
      `region=${fake.region}`,
      `infrastructureRoleArn=arn:aws:iam::${testAccountId}:role/ecsInfrastructureRoleForExpressServices`,
      `executionRoleArn=arn:aws:iam::${testAccountId}:role/ecsTaskExecutionRole`,
      `ecsApiUrl=${fake.url}`,
      'pollIntervalMs=100',
    ].flatMap((setting) => ['--setting', setting]);
  });
  after(async () => {
    await fake?.close();
  });

  const deploy = (build: DeployableBuild) =>
    cli(
      [
        'deploy',
        'openapi.yaml',
        '--target',
        'ecs-express',
        '--service',
        'books',
        '--deploy-image',
        build.image,
        '--expect-build',
        build.buildId,
        ...settings,
        '--json',
      ],
      workspace(),
      {
        AWS_ACCESS_KEY_ID: testCredentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: testCredentials.secretAccessKey,
        AWS_SESSION_TOKEN: testCredentials.sessionToken,
      },
    );

  it('keeps a good build, and updates a broken one back to the image that served before', async () => {
    const good = await deploy(images.good);
    assert.equal(good.code, 0, good.stderr);
    assert.equal(JSON.parse(good.stdout).deploy.result.verdict, 'promoted');

    const broken = await deploy(images.broken);
    assert.equal(broken.code, 1, broken.stderr);
    const second = JSON.parse(broken.stdout).deploy.result;
    assert.equal(second.verdict, 'rolled back');
    assert.equal(second.servingBuild, 'example-good');
    assert.equal(await healthBuild(second.serviceUrl), 'example-good');
    assert.deepEqual(fake.violations, []);
    for (const out of [good.stdout, good.stderr, broken.stdout, broken.stderr]) assert.ok(!out.includes(testCredentials.secretAccessKey));
  });
});

describe('the live URL in Postman', () => {
  const token = 'ya29.live-url-token-5e1b';
  let fake: CloudRunFake;
  let postman: PostmanApi;
  before(async () => {
    fake = await startCloudRunFake({
      accessToken: token,
      oidcToken: 'unused',
      workloadIdentityProvider: 'projects/1/locations/global/workloadIdentityPools/p/providers/p',
      serviceAccount: 'unused@acme-api.iam.gserviceaccount.com',
      operationPolls: 1,
    });
    postman = await startPostmanApi();
    postman.state.addWorkspace('Team APIs');
  });
  after(async () => {
    await fake?.close();
    postman?.close();
  });

  const deploy = (build: DeployableBuild) =>
    runAction({
      workspace: workspace(),
      inputs: {
        spec: 'openapi.yaml',
        stages: 'validate,collection,deploy',
        'deploy-target': 'cloud-run',
        service: 'books-live',
        environment: 'staging',
        // Staging is tested with every method: the deployed server and the tests share this credential.
        credentials: 'apiKey=live-test-key-77d0',
        'deploy-image': build.image,
        'expect-build': build.buildId,
        'deploy-settings': `project=acme-api\nregion=europe-west1\nrunApiUrl=${fake.runApiUrl}\npollIntervalMs=100`,
        'postman-api-key': POSTMAN_TEST_KEY,
        'postman-workspace': 'Team APIs',
        'postman-api-url': postman.url,
        'github-token': '',
      },
      env: { GOOGLE_ACCESS_TOKEN: token },
    });

  it('points the environment named for the deployment at the URL that now serves, updated in place; a build not promoted leaves it', async () => {
    const first = await deploy(images.good);
    assert.equal(first.code, 0, first.stdout);
    const live = postman.state.environmentNamed('Bookshelf · staging');
    assert.ok(live, 'the environment of the deployment is in the workspace');
    assert.equal(live.data.values.find((v) => v.key === 'baseUrl')?.value, first.outputs['deploy-url']);
    assert.equal(live.data.values.find((v) => v.key === 'apiKey')?.type, 'secret');
    assert.match(first.summary.replaceAll('&#8203;', ''), /Postman environment "Bookshelf · staging" created: baseUrl is http:\/\/127\.0\.0\.1:\d+/);

    const uid = live.uid;
    const second = await deploy(images.good);
    assert.equal(second.code, 0, second.stdout);
    assert.match(second.summary, /Postman environment "Bookshelf · staging" updated/);
    assert.equal(postman.state.environmentNamed('Bookshelf · staging')!.uid, uid, 'the same environment, updated in place');

    const broken = await deploy(images.broken);
    assert.equal(broken.code, 1);
    assert.doesNotMatch(broken.summary, /Postman environment "Bookshelf · staging"/);
    assert.deepEqual(postman.violations, []);
  });
});
