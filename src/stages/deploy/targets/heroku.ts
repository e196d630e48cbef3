/**
 * Heroku, through the Platform API v3. Heroku has no release that takes no traffic: releasing the
 * image puts it on the app's web URL at once, so the candidate URL is the service URL, and a
 * candidate that breaks its contract is undone by a rollback release to the release that served
 * before.
 *
 * The image is pushed to registry.heroku.com/<app>/<process type> as a single Docker v2 manifest
 * (no attestations, no OCI index: Heroku's registry takes nothing else) and released by its id (the
 * config digest, `sha256:…`) with a formation batch update. That one request is the Platform API's
 * `docker-releases` variant (`Accept: …; version=3.docker-releases`), as Heroku's container
 * registry documentation and its CLI's `container:release` send it: the published JSON schema
 * describes the formation update without `docker_image`, every other request here is as the schema
 * describes it.
 *
 * The releases list declares no range other than the default (`id`), so the current and the newest
 * release are found by reading the whole list, a page of up to 1000 at a time (Next-Range), rather
 * than by asking for the newest version first.
 */
import type { PostmanItem } from '../../../postman/postman-types.ts';
import { bearer, call } from '../collection-parts.ts';
import type { DeployTarget } from './target.ts';

const app = '{{herokuApiUrl}}/apps/{{service}}';
const releases = `${app}/releases`;
const auth = bearer('apiKey');
const version3 = 'application/vnd.heroku+json; version=3';
const headers = { Accept: version3 };

/** The first page of a list, sorted by id (the one range every list takes), at the largest page size. */
const firstPage = 'id ..; max=1000';
/** The releases request reads the page named by `releasesRange`; a scan sets it back to the first page when it ends. */
const pagedHeaders = { ...headers, Range: '{{releasesRange}}' };

/** Saves the app's web URL (without Heroku's trailing slash) as the service and the candidate URL. */
const saveUrls = [
  'const webUrl = String(body.web_url || "").replace(/\\/+$/, "");',
  'pm.environment.set("serviceUrl", webUrl);',
  'pm.environment.set("candidateUrl", webUrl);',
];

/** Fails the step (and the run) when a release ended anything but succeeded. */
const failWhenReleaseFailed = [
  'if (body && (body.status === "failed" || body.status === "expired")) {',
  '  const output = body.output_stream_url ? ` (release output: ${body.output_stream_url})` : "";',
  '  pm.test(`release v${body.version} ${body.status}`, () => pm.expect.fail(`${body.description || "no description"}${output}`));',
  '  stop = true;',
  '}',
];

const deploy: PostmanItem[] = [
  call('Find the app', {
    method: 'GET',
    url: app,
    auth,
    headers,
    description:
      'Reads the app {{service}}: its web URL, and its stack (a Docker image is released only to an app on the container stack). 404: it is created next.',
    accept: [404],
    onSuccess: [
      'pm.environment.set("appExists", status === 200 ? "yes" : "no");',
      `pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      'if (status === 200) {',
      '  const stack = body.stack && body.stack.name;',
      '  if (stack !== "container") {',
      '    pm.test("the app is on the container stack", () => pm.expect.fail(`the app is on the stack ${stack}: set it to container (heroku stack:set container) to release Docker images`));',
      '    stop = true;',
      '  } else {',
      ...saveUrls.map((line) => `    ${line}`),
      '  }',
      '}',
    ],
  }),
  call('Create the app', {
    method: 'POST',
    url: '{{herokuApiUrl}}/apps',
    auth,
    headers,
    description: 'Creates the app {{service}} on the container stack, when it does not exist yet.',
    body: '{\n  "name": {{service.json}},\n  "stack": "container"\n}',
    when: 'pm.environment.get("appExists") === "no"',
    onSuccess: saveUrls,
  }),
  call('Find the current release', {
    method: 'GET',
    url: releases,
    auth,
    headers: pagedHeaders,
    description:
      'Saves the release serving now as {{previousRelease}}, what Roll back returns to. It is read before the config vars are set, since setting them makes a release too.',
    onSuccess: [
      'const current = (Array.isArray(body) ? body : []).find((release) => release.current === true);',
      'const next = pm.response.headers.get("Next-Range");',
      'if (current) {',
      '  pm.environment.set("previousRelease", current.id);',
      '  pm.environment.set("previousVersion", current.version);',
      `  pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      '} else if (status === 206 && next) {',
      '  pm.environment.set("releasesRange", next);',
      '  pm.execution.setNextRequest(pm.info.requestName);',
      '} else {',
      `  pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      '  pm.test("the app has a current release", () => pm.expect.fail("no release of the app is current: there would be nothing to roll back to"));',
      '  stop = true;',
      '}',
    ],
  }),
  call("Set the server's credentials", {
    method: 'PATCH',
    url: `${app}/config-vars`,
    auth,
    headers,
    description: 'Sets the config var API_CREDENTIALS, the credentials the server accepts. Heroku makes a release of it, running the image that serves now.',
    body: '{\n  "API_CREDENTIALS": {{apiCredentials.json}}\n}',
  }),
  call('Release the image', {
    method: 'PATCH',
    url: `${app}/formation`,
    auth,
    // The docker-releases variant: the one the formation update takes docker_image in.
    headers: { Accept: `${version3}.docker-releases` },
    description:
      'Releases the image {{imageId}} (pushed to registry.heroku.com/{{service}}/{{processType}}) as the {{processType}} process. Heroku makes a release of it, which serves at once.',
    body: '{\n  "updates": [\n    {\n      "type": {{processType.json}},\n      "docker_image": {{imageId.json}}\n    }\n  ]\n}',
    onSuccess: [`pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`],
  }),
];

const wait: PostmanItem[] = [
  call('Find the new release', {
    method: 'GET',
    url: releases,
    auth,
    headers: pagedHeaders,
    description: 'Saves the newest release, the one releasing the image, as {{candidateRelease}}.',
    onSuccess: [
      `const firstPage = pm.environment.get("releasesRange") === ${JSON.stringify(firstPage)};`,
      'let newest = firstPage ? 0 : Number(pm.environment.get("newestVersion") || 0);',
      'for (const release of Array.isArray(body) ? body : []) {',
      '  if (release.version > newest) {',
      '    newest = release.version;',
      '    pm.environment.set("candidateRelease", release.id);',
      '  }',
      '}',
      'pm.environment.set("newestVersion", newest);',
      'const next = pm.response.headers.get("Next-Range");',
      'if (status === 206 && next) {',
      '  pm.environment.set("releasesRange", next);',
      '  pm.execution.setNextRequest(pm.info.requestName);',
      '} else {',
      `  pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      '  if (newest <= Number(pm.environment.get("previousVersion") || 0)) {',
      '    pm.test("the image made a release", () => pm.expect.fail(`no release is newer than v${pm.environment.get("previousVersion")}`));',
      '    stop = true;',
      '  }',
      '}',
    ],
  }),
  call('Wait for the release', {
    method: 'GET',
    url: `${releases}/{{candidateRelease}}`,
    auth,
    headers,
    description: 'Polls the release {{candidateRelease}} until it succeeded; a failed release fails the deploy with its description.',
    onSuccess: failWhenReleaseFailed,
    until: 'body && body.status === "succeeded"',
  }),
];

const promote: PostmanItem[] = [
  call('Confirm the tested release serves', {
    method: 'GET',
    url: `${releases}/{{candidateRelease}}`,
    auth,
    headers,
    description:
      'Heroku has nothing to promote: the release has served since it succeeded. This checks it is still the current one, so the release the contract tests passed is the one left serving.',
    onSuccess: [
      'if (!body || body.current !== true) {',
      '  pm.test("the tested release is the current one", () => pm.expect.fail(`release v${body && body.version} is no longer current: another release came after it`));',
      '  stop = true;',
      '}',
    ],
  }),
];

const rollBack: PostmanItem[] = [
  call('Roll back to the previous release', {
    method: 'POST',
    url: releases,
    auth,
    headers,
    description: 'Makes a release of {{previousRelease}} again: its image and its config vars.',
    body: '{\n  "release": {{previousRelease.json}}\n}',
    onSuccess: ['pm.environment.set("rollbackRelease", body.id);'],
  }),
  call('Wait for the roll back', {
    method: 'GET',
    url: `${releases}/{{rollbackRelease}}`,
    auth,
    headers,
    description: 'Polls the rollback release until it succeeded.',
    onSuccess: failWhenReleaseFailed,
    until: 'body && body.status === "succeeded"',
  }),
];

export const heroku: DeployTarget = {
  name: 'heroku',
  title: 'Heroku',
  gated: false,
  variables: [
    { key: 'service', description: 'The Heroku app deployed to: created when missing.', required: true, pattern: /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/ },
    {
      key: 'herokuApiUrl',
      description: "The Platform API's base URL.",
      default: 'https://api.heroku.com',
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/,
    },
    { key: 'apiKey', description: 'A Heroku API key (or OAuth token) with access to the app.', required: true, secretFrom: 'HEROKU_API_KEY' },
    {
      key: 'imageId',
      description:
        "The image's id as Heroku's registry knows it: the config digest (sha256:…) of the image pushed to registry.heroku.com/<app>/<process type>.",
      required: true,
      pattern: /^sha256:[0-9a-f]{64}$/,
    },
    { key: 'processType', description: 'The process type the image runs as; only web takes HTTP traffic.', default: 'web', pattern: /^[-\w]{1,128}$/ },
  ],
  folders: { deploy, wait, promote, rollBack },
};
