/**
 * Google Cloud Run, through the Cloud Run Admin API v2. The candidate is a revision of the service
 * with a deterministic name (the service and the build), tagged `candidate` and given 0% of the
 * traffic, so it answers on its own tag URL while the revision serving now keeps every request.
 * Promote moves the traffic to it; Roll back sends the traffic back and drops the tag.
 *
 * Sign in: the runner's OIDC token is exchanged at Google's Security Token Service for a federated
 * token (workload identity federation), which then impersonates the service account for an access
 * token; both steps are skipped when an access token is given.
 */
import type { PostmanItem } from '../../../postman/postman-types.ts';
import { bearer, call, script } from '../collection-parts.ts';
import type { DeployTarget } from './target.ts';

const cloudPlatformScope = 'https://www.googleapis.com/auth/cloud-platform';
const services = '{{runApiUrl}}/v2/projects/{{project}}/locations/{{region}}/services';
const service = `${services}/{{service}}`;
const operation = '{{runApiUrl}}/v2/projects/{{project}}/locations/{{region}}/operations/{{operationId}}';
const serviceAccount = '{{iamCredentialsApiUrl}}/v1/projects/-/serviceAccounts/{{serviceAccount}}';
const runAuth = bearer('accessToken');

/** No sign-in needed: a token was given, or an earlier Sign in left one. */
const signedOut = '!pm.environment.get("accessToken")';

const signIn: PostmanItem[] = [
  call('Exchange the OIDC token', {
    method: 'POST',
    url: '{{stsApiUrl}}/v1/token',
    auth: { type: 'noauth' },
    description:
      "Exchanges the runner's OIDC token ({{oidcToken}}) for a federated token at the Security Token Service, as the workload identity provider {{workloadIdentityProvider}} allows. Without {{serviceAccount}}, the federated token is the access token.",
    body: JSON.stringify(
      {
        grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
        audience: '//iam.googleapis.com/{{workloadIdentityProvider}}',
        scope: cloudPlatformScope,
        requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
        subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
        subjectToken: '@oidcToken',
      },
      null,
      2,
    ).replace('"@oidcToken"', '{{oidcToken.json}}'),
    when: signedOut,
    onSuccess: [
      'if (!body || typeof body.access_token !== "string") {',
      '  pm.test("the token exchange answered with an access_token", () => pm.expect.fail(pm.response.text().slice(0, 500)));',
      '  stop = true;',
      '} else {',
      '  pm.environment.set("federatedToken", body.access_token);',
      '  // Direct workload identity federation: the federated identity itself holds the roles.',
      '  if (!pm.environment.get("serviceAccount")) pm.environment.set("accessToken", body.access_token);',
      '}',
    ],
  }),
  call('Impersonate the service account', {
    method: 'POST',
    url: `${serviceAccount}:generateAccessToken`,
    auth: bearer('federatedToken'),
    description: 'Trades the federated token for an access token of {{serviceAccount}}, which holds the Cloud Run roles.',
    body: JSON.stringify({ scope: [cloudPlatformScope], lifetime: '3600s' }, null, 2),
    when: `${signedOut} && Boolean(pm.environment.get("serviceAccount"))`,
    onSuccess: [
      'if (!body || typeof body.accessToken !== "string") {',
      '  pm.test("generateAccessToken answered with an accessToken", () => pm.expect.fail(pm.response.text().slice(0, 500)));',
      '  stop = true;',
      '} else pm.environment.set("accessToken", body.accessToken);',
    ],
  }),
];

/**
 * The revision the deploy creates, named from the service and the build so that sending the same
 * deploy again (a retry after a 5xx whose change went through) names the same revision rather than
 * a second one. Cloud Run wants `<service>-<suffix>`, a lowercase DNS label of at most 63
 * characters; when the build id loses anything on the way (case, characters, length), a hash of
 * the whole id keeps two builds apart.
 */
const nameTheCandidate = [
  'const serviceName = String(pm.environment.get("service"));',
  'const build = String(pm.environment.get("buildId"));',
  'const slug = build.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-+|-+$/g, "");',
  'let candidate = `${serviceName}-${slug}`;',
  'if (slug !== build || candidate.length > 63) {',
  '  let hash = 2166136261;',
  '  for (let i = 0; i < build.length; i += 1) hash = Math.imul(hash ^ build.charCodeAt(i), 16777619) >>> 0;',
  '  candidate = `${candidate.slice(0, 55).replace(/-+$/, "")}-${hash.toString(36)}`;',
  '}',
  'pm.environment.set("candidateRelease", candidate);',
];

/**
 * What serves now: the revision the traffic sends everything to, else the latest ready one (a
 * service whose traffic follows LATEST). Revisions are named by their last path segment, as
 * traffic targets name them.
 */
const readTheService = [
  'const found = status === 200;',
  'pm.environment.set("serviceExists", found ? "true" : "false");',
  'const fullTraffic = found ? (body.trafficStatuses || []).find((t) => t.percent === 100 && t.revision) : undefined;',
  'const previous = found ? String((fullTraffic && fullTraffic.revision) || body.latestReadyRevision || "").split("/").pop() : "";',
  'pm.environment.set("previousRelease", previous);',
  'pm.environment.set("serviceUrl", found ? String(body.uri || "") : "");',
  ...nameTheCandidate,
  '// The candidate takes no traffic beside a serving revision; with nothing serving it must take it all.',
  'const byRevision = "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION";',
  'const tagged = { type: byRevision, revision: candidate, percent: previous && previous !== candidate ? 0 : 100, tag: "candidate" };',
  'const traffic = tagged.percent === 0 ? [{ type: byRevision, revision: previous, percent: 100 }, tagged] : [tagged];',
  'pm.environment.set("candidateTraffic", JSON.stringify(traffic));',
];

/** Keeps the long-running operation's id (the last segment of its name) for the Wait folder. */
const keepTheOperation = [
  '// 409 on create: an earlier attempt whose answer was lost created the service; Wait reads it.',
  'const operation = status === 409 ? "" : String((body && body.name) || "").split("/").pop();',
  'pm.environment.set("operationId", /^[A-Za-z0-9_-]+$/.test(operation) ? operation : "");',
];

/** The revision: the image, its port (Cloud Run sets PORT from it) and the server's credentials. */
const template = JSON.stringify(
  {
    revision: '@candidateRelease',
    containers: [
      {
        image: '@image',
        ports: [{ containerPort: '@port' }],
        env: [{ name: 'API_CREDENTIALS', value: '@apiCredentials' }],
      },
    ],
  },
  null,
  2,
)
  .replace('"@candidateRelease"', '{{candidateRelease.json}}')
  .replace('"@image"', '{{image.json}}')
  .replace('"@port"', '{{port}}')
  .replace('"@apiCredentials"', '{{apiCredentials.json}}');

const deploy: PostmanItem[] = [
  call('Look up the service', {
    method: 'GET',
    url: service,
    auth: runAuth,
    description:
      'Reads {{service}}: the revision serving now becomes {{previousRelease}} (what Roll back returns to) and its URL {{serviceUrl}}. 404: the service is new. Names the candidate revision {{candidateRelease}}.',
    accept: [404],
    onSuccess: readTheService,
  }),
  call('Create the service', {
    method: 'POST',
    url: services,
    query: { serviceId: '{{service}}' },
    auth: runAuth,
    description:
      'Creates {{service}} with the candidate as its first revision. Nothing served before, so the first revision takes all the traffic at once (tagged "candidate" as well); Roll back has nothing to return to.',
    body: `{\n  "template": ${indent(template)},\n  "traffic": {{candidateTraffic}}\n}`,
    accept: [409],
    when: 'pm.environment.get("serviceExists") !== "true"',
    onSuccess: keepTheOperation,
  }),
  call('Update the service', {
    method: 'PATCH',
    url: service,
    query: { updateMask: 'template,traffic' },
    auth: runAuth,
    description:
      'Adds the candidate revision {{candidateRelease}} to {{service}}, tagged "candidate" with 0% of the traffic: {{previousRelease}} keeps 100%. Only the template and the traffic change; the service\'s other settings stay.',
    body: `{\n  "template": ${indent(template)},\n  "traffic": {{candidateTraffic}}\n}`,
    when: 'pm.environment.get("serviceExists") === "true"',
    onSuccess: keepTheOperation,
  }),
];

/** Polls the operation the step before started until it is done; its error fails the folder. */
function waitForOperation(name: string, what: string): PostmanItem {
  return call(name, {
    method: 'GET',
    url: operation,
    auth: runAuth,
    description: `Polls the long-running operation until ${what}; an error in it fails the step with its message.`,
    when: 'Boolean(pm.environment.get("operationId"))',
    onSuccess: [
      'if (body && body.done && body.error) {',
      '  pm.test(`the operation failed: ${body.error.message}`, () => pm.expect.fail(JSON.stringify(body.error).slice(0, 500)));',
      '  stop = true;',
      '}',
      '// Done: a later Wait (after a skipped step) must not read this operation again.',
      'if (body && body.done) pm.environment.set("operationId", "");',
    ],
    until: 'body && body.done === true',
  });
}

/**
 * An ID token for the candidate, for a service that lets no unauthenticated caller in. The caller
 * is the federated identity when Sign in ran (it holds the Token Creator role on the service
 * account), else the access token given.
 */
const mintIdToken = call('Mint an ID token for the service', {
  method: 'POST',
  url: `${serviceAccount}:generateIdToken`,
  auth: bearer('idTokenCaller'),
  description:
    'Only when {{privateService}} is "true": an ID token of {{serviceAccount}} with the service URL as its audience, saved as {{candidateToken}} for calling the candidate (X-Serverless-Authorization: Bearer).',
  body: JSON.stringify({ audience: '@serviceUrl', includeEmail: true }, null, 2).replace('"@serviceUrl"', '{{serviceUrl.json}}'),
  when: 'pm.environment.get("privateService") === "true"',
  onSuccess: [
    'if (!body || typeof body.token !== "string") {',
    '  pm.test("generateIdToken answered with a token", () => pm.expect.fail(pm.response.text().slice(0, 500)));',
    '  stop = true;',
    '} else pm.environment.set("candidateToken", body.token);',
  ],
});
mintIdToken.event = [
  script('prerequest', ['pm.variables.set("idTokenCaller", pm.environment.get("federatedToken") || pm.environment.get("accessToken"));']),
  ...(mintIdToken.event ?? []),
];

const wait: PostmanItem[] = [
  waitForOperation('Wait for the deploy', 'the candidate revision is ready and the traffic is set'),
  call('Read the candidate URL', {
    method: 'GET',
    url: service,
    auth: runAuth,
    description: 'Reads the URL of the "candidate" tag (it must point at {{candidateRelease}}) into {{candidateUrl}}, and the service URL into {{serviceUrl}}.',
    onSuccess: [
      'const tagged = (body.trafficStatuses || []).find((t) => t.tag === "candidate" && t.revision === pm.environment.get("candidateRelease") && t.uri);',
      'if (tagged) pm.environment.set("candidateUrl", tagged.uri);',
      'if (body.uri) pm.environment.set("serviceUrl", body.uri);',
    ],
    until: '(body.trafficStatuses || []).some((t) => t.tag === "candidate" && t.revision === pm.environment.get("candidateRelease") && t.uri)',
  }),
  mintIdToken,
];

const promote: PostmanItem[] = [
  call('Send the traffic to the candidate', {
    method: 'PATCH',
    url: service,
    query: { updateMask: 'traffic' },
    auth: runAuth,
    description: 'Gives {{candidateRelease}} 100% of the traffic; the "candidate" tag goes with the old split.',
    body: JSON.stringify({ traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: '@candidateRelease', percent: 100 }] }, null, 2).replace(
      '"@candidateRelease"',
      '{{candidateRelease.json}}',
    ),
    onSuccess: keepTheOperation,
  }),
  waitForOperation('Wait for the promotion', 'the service URL serves the candidate'),
];

const rollBack: PostmanItem[] = [
  call('Send the traffic back', {
    method: 'PATCH',
    url: service,
    query: { updateMask: 'traffic' },
    auth: runAuth,
    description:
      'Gives {{previousRelease}} 100% of the traffic again and drops the "candidate" tag, so the candidate takes no request. Skipped for a new service: its first revision is all there is (delete the service to stop it).',
    body: JSON.stringify({ traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: '@previousRelease', percent: 100 }] }, null, 2).replace(
      '"@previousRelease"',
      '{{previousRelease.json}}',
    ),
    when: 'Boolean(pm.environment.get("previousRelease"))',
    onSuccess: keepTheOperation,
  }),
  waitForOperation('Wait for the roll back', 'the service URL serves the previous revision again'),
];

export const cloudRun: DeployTarget = {
  name: 'cloud-run',
  title: 'Google Cloud Run',
  gated: true,
  candidateAuthHeader: 'X-Serverless-Authorization',
  variables: [
    { key: 'project', description: 'The Google Cloud project (id or number).', required: true, pattern: /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/ },
    { key: 'region', description: 'The Cloud Run region, e.g. us-central1.', required: true, pattern: /^[a-z]+-[a-z]+\d{1,2}$/ },
    { key: 'runApiUrl', description: 'The Cloud Run Admin API.', default: 'https://run.googleapis.com', pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/ },
    {
      key: 'accessToken',
      description: 'An OAuth access token with the Cloud Run roles on the project. Given: Sign in is skipped. Empty: Sign in sets it.',
      secretFrom: 'GOOGLE_ACCESS_TOKEN',
    },
    {
      key: 'oidcToken',
      description: "The runner's OIDC ID token, issued for the workload identity provider's audience, that Sign in exchanges (when no access token is given).",
      secretFrom: 'OIDC_ID_TOKEN',
    },
    {
      key: 'workloadIdentityProvider',
      description:
        'The workload identity provider that trusts the runner: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.',
      pattern: /^projects\/\d{1,20}\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/,
    },
    {
      key: 'serviceAccount',
      description: 'The service account Sign in impersonates (its email); empty: the federated identity itself holds the roles.',
      pattern: /^[a-z0-9][a-z0-9-]{0,62}@[a-z0-9][a-z0-9.-]{0,200}\.gserviceaccount\.com$/,
    },
    {
      key: 'privateService',
      description: '"true": the service lets no unauthenticated caller in, and Wait mints an ID token for it ({{candidateToken}}); needs serviceAccount.',
      default: 'false',
      pattern: /^(?:true|false)$/,
    },
    {
      key: 'stsApiUrl',
      description: 'The Security Token Service API.',
      default: 'https://sts.googleapis.com',
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/,
    },
    {
      key: 'iamCredentialsApiUrl',
      description: 'The IAM Service Account Credentials API.',
      default: 'https://iamcredentials.googleapis.com',
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/,
    },
  ],
  folders: { signIn, deploy, wait, promote, rollBack },
};

/** Indents a multi-line JSON text nested one level into another. */
function indent(json: string): string {
  return json.split('\n').join('\n  ');
}
