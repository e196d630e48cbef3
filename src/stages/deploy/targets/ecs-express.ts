/**
 * Amazon ECS Express Mode: one Express service per `service`, driven through ECS's JSON 1.1 API
 * (POST / with X-Amz-Target), every request signed with AWS Signature v4 by Newman's `awsv4` auth
 * (a session token is sent when one is given).
 *
 * Not gated. An Express service rolls every update out as a canary: ECS shifts 5% of the service's
 * own traffic to the new revision at once, then all of it, and the API (Create, Update, Describe)
 * names no endpoint, listener or weight that reaches a revision at zero traffic: a revision's
 * `ingressPaths` are the service's endpoint. So the candidate serves as soon as it is deployed;
 * the contract tests run against the service URL, and a failed candidate is rolled back by updating
 * the service back to the image that served before.
 *
 * Waiting is canary-aware: while ECS shifts traffic, the service lists two active configurations
 * (the one serving and the new one), so a deployment is done only when the new revision is the one
 * and only active configuration. If the new revision leaves the list instead, ECS rolled it back
 * (its alarm fired) and the wait fails at once rather than at its cap.
 *
 * Create and Update carry no client token, so a 429 or 5xx on them is not simply sent again: the
 * collection describes the service first and sends the change only if the service does not already
 * run that exact container (image, port and environment), so a change ECS applied before it failed
 * to answer is not deployed twice.
 *
 * The server's credentials reach it as the container environment variable API_CREDENTIALS: ECS's
 * own `secrets` only name a Secrets Manager or Parameter Store ARN, which would need a second API.
 */
import type { PostmanAuth, PostmanItem, PostmanRequestItem } from '../../../postman/postman-types.ts';
import { call, script, type CallOptions } from '../collection-parts.ts';
import type { DeployTarget } from './target.ts';

const targetPrefix = 'AmazonEC2ContainerServiceV20141113';

/** Newman's SigV4 signer, reading the keys from the environment (the session token only when set). */
const awsSignature: PostmanAuth = {
  type: 'awsv4',
  awsv4: [
    { key: 'accessKey', value: '{{awsAccessKeyId}}', type: 'string' },
    { key: 'secretKey', value: '{{awsSecretAccessKey}}', type: 'string' },
    { key: 'sessionToken', value: '{{awsSessionToken}}', type: 'string' },
    { key: 'region', value: '{{region}}', type: 'string' },
    { key: 'service', value: 'ecs', type: 'string' },
  ],
};

type EcsOperation = 'CreateExpressGatewayService' | 'UpdateExpressGatewayService' | 'DescribeExpressGatewayService';

/** One ECS operation: POST / with its X-Amz-Target, a JSON 1.1 body and the SigV4 signature. */
function ecs(
  name: string,
  operation: EcsOperation,
  options: Omit<CallOptions, 'method' | 'url' | 'headers' | 'auth'> & { prerequest?: readonly string[] },
): PostmanRequestItem {
  const { prerequest, ...rest } = options;
  const item = call(name, {
    // AWS's JSON protocol answers throttling with a 400: a Describe is sent again like after a 429.
    // Create and Update judge it themselves (sendOnce), describing the service before sending twice.
    ...(operation === 'DescribeExpressGatewayService' && {
      retryAlso: 'status === 400 && /Throttl|RequestLimitExceeded/.test(String((body && body.__type) || ""))',
    }),
    ...rest,
    method: 'POST',
    url: '{{ecsApiUrl}}/',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `${targetPrefix}.${operation}` },
    auth: awsSignature,
  });
  // Before call()'s own pre-request script (the `when` test), so a skipped step still sees the ARN.
  if (prerequest) item.event = [script('prerequest', prerequest), ...(item.event ?? [])];
  return item;
}

/**
 * Describe and Update name the service by its ARN, which ECS builds from the partition and account
 * (both read from the infrastructure role's ARN: the service lives in the role's account), the
 * region, the cluster and the service name. `fresh`: always from the settings (the deploy's first
 * step); otherwise the ARN a Create or Update answered with wins.
 */
function serviceArnScript(fresh: boolean): string[] {
  return [
    `if (${fresh ? 'true' : '!pm.environment.get("serviceArn")'}) {`,
    '  const role = String(pm.environment.get("infrastructureRoleArn") || "").split(":");',
    '  const where = `${pm.environment.get("region")}:${role[4]}:service/${pm.environment.get("cluster") || "default"}/${pm.environment.get("service")}`;',
    '  pm.environment.set("serviceArn", `arn:${role[1]}:ecs:${where}`);',
    '}',
    '// The collection-level script made the JSON twins before this one ran: refresh this one.',
    'pm.variables.set("serviceArn.json", JSON.stringify(String(pm.environment.get("serviceArn"))));',
  ];
}

const describeBody = '{ "serviceArn": {{serviceArn.json}} }';

/**
 * What the steps read from a described service: its active configurations (oldest first), the
 * public endpoint of a configuration as a URL, and whether a configuration runs `image` with this
 * deploy's port and environment (what a Create or Update here would have configured).
 */
const readService: readonly string[] = [
  'const service = (body && body.service) || {};',
  'const configs = (service.activeConfigurations || []).slice().sort((a, b) => Number(a.createdAt || 0) - Number(b.createdAt || 0));',
  'const newest = configs[configs.length - 1];',
  'const endpointOf = (config) => {',
  '  const paths = (config && config.ingressPaths) || [];',
  '  const path = paths.find((p) => p.accessType === "PUBLIC") || paths[0];',
  '  if (!path || !path.endpoint) return "";',
  '  return (/^https?:\\/\\//.test(path.endpoint) ? path.endpoint : `https://${path.endpoint}`).replace(/\\/+$/, "");',
  '};',
  'const runs = (config, image) => {',
  '  const container = (config && config.primaryContainer) || {};',
  '  const env = {};',
  '  for (const pair of container.environment || []) env[pair.name] = pair.value;',
  '  const port = String(pm.environment.get("port"));',
  '  return Boolean(image) && container.image === image && String(container.containerPort) === port && env.PORT === port',
  '    && env.API_CREDENTIALS === String(pm.environment.get("apiCredentials") || "");',
  '};',
];

/**
 * Decides the change a step after this one sends (`ecsNext`: create, update or none) for `image`:
 * none when the newest configuration already runs it (a re-run, or a change ECS applied although
 * it answered 5xx), and saves that configuration's revision as what the wait watches.
 */
function decideChange(image: string, saveRevision: (value: string) => string): string[] {
  return [
    `const wanted = ${image};`,
    'const gone = !service.serviceArn || (service.status && service.status.statusCode === "INACTIVE");',
    'if (gone) pm.variables.set("ecsNext", "create");',
    'else if (runs(newest, wanted)) {',
    '  pm.variables.set("ecsNext", "none");',
    `  ${saveRevision('newest.serviceRevisionArn || ""')};`,
    '} else pm.variables.set("ecsNext", "update");',
  ];
}

/**
 * Create and Update: a throttled or failed answer (429, 5xx, or the 400 ThrottlingException of
 * AWS's JSON protocol) goes back to `checkStep` under the retry cap, which describes the service
 * again before anything is sent twice. Any other 400 fails the step with ECS's message.
 */
function sendOnce(checkStep: string, onApplied: readonly string[]): string[] {
  return [
    'const type = String((body && body.__type) || "").split("#").pop();',
    'const throttled = status === 429 || status >= 500 || (status === 400 && /Throttl|RequestLimitExceeded/.test(type));',
    'if (status === 400 && !throttled) {',
    '  pm.test(`${pm.info.requestName}: ECS answered ${type}`, () => pm.expect.fail(pm.response.text().slice(0, 500)));',
    '  stop = true;',
    '} else if (throttled) {',
    '  const attempts = Number(pm.variables.get("ecsSendAttempts") || 0);',
    '  if (attempts >= Number(pm.environment.get("maxRetries") || 5)) {',
    '    pm.test(`${pm.info.requestName}: still ${status} after ${attempts + 1} attempts`, () => pm.expect.fail(pm.response.text().slice(0, 500)));',
    '    stop = true;',
    '  } else {',
    '    pm.variables.set("ecsSendAttempts", attempts + 1);',
    '    pm.variables.set("ecsRecheck", "yes");',
    '    const asked = Number(pm.response.headers.get("Retry-After")) * 1000;',
    '    const pause = asked > 0 ? asked : Number(pm.environment.get("retryDelayMs") || 1000) * 2 ** attempts;',
    '    setTimeout(() => {}, Math.min(pause, 30000));',
    `    pm.execution.setNextRequest(${JSON.stringify(checkStep)});`,
    '  }',
    '} else {',
    ...onApplied.map((line) => `  ${line}`),
    '}',
  ];
}

/**
 * Polls until the configuration `revision` names (or, without one, the newest that runs `image`) is
 * the service's only active configuration: the canary is over and it takes all the traffic.
 */
function waitUntilAlone(image: string, revision: string, urls: readonly string[]): { onSuccess: string[]; until: string } {
  return {
    onSuccess: [
      ...readService,
      `const revision = ${revision};`,
      `const image = ${image};`,
      'const ours = configs.filter((c) => (revision ? c.serviceRevisionArn === revision : runs(c, image)));',
      'const code = service.status && service.status.statusCode;',
      'const polls = Number(pm.environment.get("polls") || 0);',
      'pm.variables.set("ecsServing", "no");',
      'if (code && code !== "ACTIVE") {',
      '  pm.test(`the service is ${code}`, () => pm.expect.fail(String((service.status && service.status.statusReason) || "")));',
      '  stop = true;',
      // A few polls of grace: the revision an Update answered with may take a moment to be listed.
      '} else if (revision && configs.length > 0 && ours.length === 0 && polls >= 3) {',
      '  pm.test("ECS no longer runs the new revision", () => pm.expect.fail(`${revision} left the active configurations: ECS rolled the deployment back or another replaced it`));',
      '  stop = true;',
      '} else if (configs.length === 1 && ours.length === 1) {',
      '  pm.variables.set("ecsServing", "yes");',
      '  const url = endpointOf(ours[0]);',
      ...urls.map((key) => `  if (url) pm.environment.set(${JSON.stringify(key)}, url);`),
      '}',
    ],
    until: 'pm.variables.get("ecsServing") === "yes"',
  };
}

/** The container every Create and Update configures; `image` is a `{{variable.json}}`. */
function primaryContainer(image: string): string {
  return [
    '{',
    `    "image": ${image},`,
    '    "containerPort": {{port}},',
    '    "environment": [',
    '      { "name": "PORT", "value": {{port.json}} },',
    '      { "name": "API_CREDENTIALS", "value": {{apiCredentials.json}} }',
    '    ]',
    '  }',
  ].join('\n');
}

const createBody = [
  '{',
  '  "serviceName": {{service.json}},',
  '  "cluster": {{cluster.json}},',
  '  "infrastructureRoleArn": {{infrastructureRoleArn.json}},',
  '  "executionRoleArn": {{executionRoleArn.json}},',
  '  "healthCheckPath": {{healthPath.json}},',
  `  "primaryContainer": ${primaryContainer('{{image.json}}')}`,
  '}',
].join('\n');

function updateBody(image: string): string {
  return [
    '{',
    '  "serviceArn": {{serviceArn.json}},',
    '  "healthCheckPath": {{healthPath.json}},',
    `  "primaryContainer": ${primaryContainer(image)}`,
    '}',
  ].join('\n');
}

const findTheService = 'Find the service';

const deploy: PostmanItem[] = [
  ecs(findTheService, 'DescribeExpressGatewayService', {
    description:
      'Describes the service: a missing one answers ResourceNotFoundException and is created next. Saves the image serving now as {{previousRelease}} and the service URL.',
    body: describeBody,
    accept: [400],
    prerequest: serviceArnScript(true),
    onSuccess: [
      'const type = String((body && body.__type) || "").split("#").pop();',
      'if (status === 400 && !["ResourceNotFoundException", "ServiceNotFoundException"].includes(type)) {',
      '  pm.test(`${pm.info.requestName}: ECS answered ${type}`, () => pm.expect.fail(pm.response.text().slice(0, 500)));',
      '  stop = true;',
      '} else {',
      ...readService.map((line) => `  ${line}`),
      // After a failed Create or Update this step runs again: what served before is already saved.
      '  if (pm.variables.get("ecsRecheck") !== "yes") {',
      '    const serving = service.serviceArn && !(service.status && service.status.statusCode === "INACTIVE") ? configs[0] : undefined;',
      '    pm.environment.set("previousRelease", (serving && serving.primaryContainer && serving.primaryContainer.image) || "");',
      '    pm.environment.set("serviceUrl", endpointOf(serving));',
      '    pm.environment.set("candidateRelease", "");',
      '  }',
      ...decideChange('pm.environment.get("image")', (value) => `pm.environment.set("candidateRelease", ${value})`).map((line) => `  ${line}`),
      '}',
    ],
  }),
  ecs('Create the service', 'CreateExpressGatewayService', {
    description: 'Creates the Express service running {{image}} (only when it does not exist yet).',
    body: createBody,
    when: 'pm.variables.get("ecsNext") === "create"',
    retry: false,
    accept: [400, 429, 500, 502, 503, 504],
    onSuccess: sendOnce(findTheService, [
      ...readService,
      'if (service.serviceArn) pm.environment.set("serviceArn", service.serviceArn);',
      'pm.environment.set("candidateRelease", (newest && newest.serviceRevisionArn) || "");',
      'if (endpointOf(newest)) pm.environment.set("serviceUrl", endpointOf(newest));',
    ]),
  }),
  ecs('Update the service', 'UpdateExpressGatewayService', {
    description: 'Updates the service to run {{image}}: ECS starts a canary deployment of a new revision (only when the service does not run it already).',
    body: updateBody('{{image.json}}'),
    when: 'pm.variables.get("ecsNext") === "update"',
    retry: false,
    accept: [400, 429, 500, 502, 503, 504],
    onSuccess: sendOnce(findTheService, [
      'const updated = (body && body.service) || {};',
      'if (updated.serviceArn) pm.environment.set("serviceArn", updated.serviceArn);',
      'pm.environment.set("candidateRelease", (updated.targetConfiguration && updated.targetConfiguration.serviceRevisionArn) || "");',
    ]),
  }),
];

const deployedAlone = waitUntilAlone('pm.environment.get("image")', 'pm.environment.get("candidateRelease")', ['serviceUrl', 'candidateUrl']);

const wait: PostmanItem[] = [
  ecs('Wait until the new revision serves alone', 'DescribeExpressGatewayService', {
    description:
      'Describes the service until the new revision is its only active configuration (the canary is over) and saves the service URL as {{candidateUrl}}: Express Mode has no URL for a revision alone.',
    body: describeBody,
    prerequest: serviceArnScript(false),
    ...deployedAlone,
  }),
];

const promote: PostmanItem[] = [
  ecs('Confirm the new revision still serves', 'DescribeExpressGatewayService', {
    description: 'Nothing to switch: the candidate took all the traffic when its deployment finished. Confirms ECS has not rolled it back since.',
    body: describeBody,
    prerequest: serviceArnScript(false),
    onSuccess: [
      ...readService,
      'const revision = pm.environment.get("candidateRelease");',
      'const ours = configs.filter((c) => (revision ? c.serviceRevisionArn === revision : runs(c, pm.environment.get("image"))));',
      'if (!(configs.length === 1 && ours.length === 1)) {',
      '  pm.test("the new revision serves alone", () => pm.expect.fail(`active configurations: ${configs.map((c) => c.serviceRevisionArn).join(", ") || "none"}`));',
      '  stop = true;',
      '} else if (endpointOf(newest)) pm.environment.set("serviceUrl", endpointOf(newest));',
    ],
  }),
];

const findWhatServes = 'Find what serves';
const rolledBackAlone = waitUntilAlone('pm.environment.get("previousRelease")', 'pm.variables.get("ecsRollbackRevision")', ['serviceUrl']);

const rollBack: PostmanItem[] = [
  ecs(findWhatServes, 'DescribeExpressGatewayService', {
    description: 'Describes the service before returning it to {{previousRelease}}, the image that served before this deploy.',
    body: describeBody,
    prerequest: serviceArnScript(false),
    onSuccess: [
      'if (!pm.environment.get("previousRelease")) {',
      '  pm.test("an earlier image to return to", () => pm.expect.fail("this deploy created the service: no earlier image served, so the candidate keeps serving until a good image is deployed"));',
      '  stop = true;',
      '} else {',
      ...readService.map((line) => `  ${line}`),
      ...decideChange('pm.environment.get("previousRelease")', (value) => `pm.variables.set("ecsRollbackRevision", ${value})`).map((line) => `  ${line}`),
      '  if (pm.variables.get("ecsNext") === "create") {',
      '    pm.test("the service exists", () => pm.expect.fail("the service is gone: there is nothing to roll back"));',
      '    stop = true;',
      '  }',
      '}',
    ],
  }),
  ecs('Update back to the previous image', 'UpdateExpressGatewayService', {
    description: 'Updates the service back to {{previousRelease}}: ECS deploys it as a new revision (only when the service does not run it already).',
    body: updateBody('{{previousRelease.json}}'),
    when: 'pm.variables.get("ecsNext") === "update"',
    retry: false,
    accept: [400, 429, 500, 502, 503, 504],
    onSuccess: sendOnce(findWhatServes, [
      'const updated = (body && body.service) || {};',
      'pm.variables.set("ecsRollbackRevision", (updated.targetConfiguration && updated.targetConfiguration.serviceRevisionArn) || "");',
    ]),
  }),
  ecs('Wait until the previous image serves alone', 'DescribeExpressGatewayService', {
    description: 'Describes the service until the revision running {{previousRelease}} is its only active configuration.',
    body: describeBody,
    prerequest: serviceArnScript(false),
    ...rolledBackAlone,
  }),
];

const roleArn = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export const ecsExpress: DeployTarget = {
  name: 'ecs-express',
  title: 'Amazon ECS Express Mode',
  gated: false,
  variables: [
    // An Express Mode canary bakes twice (about 3 minutes each) before the new revision serves alone.
    { key: 'maxPolls', description: 'Polls before a wait gives up (an Express Mode canary takes ten minutes or more).', default: '450', pattern: /^\d{1,5}$/ },
    { key: 'region', description: 'The AWS Region of the service, e.g. us-east-1.', required: true, pattern: /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/ },
    {
      key: 'cluster',
      description: "The ECS cluster's short name; Express Mode's own cluster, default, when not given.",
      default: 'default',
      pattern: /^[A-Za-z0-9_-]{1,255}$/,
    },
    {
      key: 'infrastructureRoleArn',
      description: "The IAM role ECS manages the service's load balancer, security groups and scaling with; the service is created in this role's account.",
      required: true,
      pattern: roleArn,
    },
    {
      key: 'executionRoleArn',
      description: "The IAM role ECS pulls the image and writes the container's logs with (the task execution role).",
      required: true,
      pattern: roleArn,
    },
    {
      key: 'ecsApiUrl',
      description: "ECS's API endpoint; the default follows {{region}} (set it for the China Regions or a VPC endpoint).",
      default: 'https://ecs.{{region}}.amazonaws.com',
      pattern: /^https?:\/\/[^\s/?#]+$/,
    },
    { key: 'awsAccessKeyId', description: 'The access key id requests are signed with (SigV4).', required: true, secretFrom: 'AWS_ACCESS_KEY_ID' },
    { key: 'awsSecretAccessKey', description: 'The secret access key requests are signed with.', required: true, secretFrom: 'AWS_SECRET_ACCESS_KEY' },
    {
      key: 'awsSessionToken',
      description: 'The session token of temporary credentials (an assumed role, GitHub OIDC); empty for long-term keys.',
      secretFrom: 'AWS_SESSION_TOKEN',
    },
  ],
  folders: { deploy, wait, promote, rollBack },
};
