/**
 * Azure Container Apps, through Azure Resource Manager (Microsoft.App, api-version 2025-07-01).
 *
 * The rollout: the app runs in `activeRevisionsMode: Multiple`, so a new revision can exist beside
 * the one serving. Deploy writes the new template with a revision suffix taken from the build (a
 * retried write names the same revision, never a second one) and a traffic split that keeps 100 on
 * the revision serving now and gives the candidate weight 0 and the label `candidate`. Wait polls
 * the write's `Azure-AsyncOperation` URL, then reads the candidate revision: its `fqdn` is the
 * revision's own address, which serves it whatever the split. (Its label URL,
 * `https://<app>---candidate.<environment domain>`, serves it too, but no field of the description
 * reports that one: it would have to be pieced together from the app's FQDN.) Promote moves the
 * 100 to the candidate; Roll back moves it back and deactivates the candidate.
 *
 * The image comes from a private registry: the app holds its password as a secret, referred to by
 * `configuration.registries`. The server's credentials are a secret too, reaching it as the
 * environment variable API_CREDENTIALS; PORT is set to the port ingress targets (Container Apps
 * does not set it).
 */
import { bearer, call } from '../collection-parts.ts';
import type { DeployTarget } from './target.ts';

const query = { 'api-version': '2025-07-01' } as const;
const appUrl = '{{armApiUrl}}/subscriptions/{{subscriptionId}}/resourceGroups/{{resourceGroup}}/providers/Microsoft.App/containerApps/{{service}}';
const candidateRevisionUrl = `${appUrl}/revisions/{{candidateRelease}}`;
const auth = bearer('accessToken');

/**
 * The traffic label on the candidate. Not a user setting: it only names the candidate's label URL.
 * Written into bodies and scripts as this constant, never from a variable.
 */
const candidateLabel = 'candidate';

/**
 * Reads the app (or its absence) and decides the names of this rollout: the revision serving now
 * (what Roll back returns to), the candidate's revision suffix and name, and the traffic split the
 * write sends. Constant code: every value comes from the environment or the answer.
 */
const planRollout: readonly string[] = [
  'const service = String(pm.environment.get("service"));',
  '// Azure names an app with 2 to 32 lower-case letters, digits and single hyphens.',
  'if (!/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(service) || service.includes("--")) {',
  '  pm.test("the service name suits Azure Container Apps", () => pm.expect.fail(`"${service}": at most 32 lower-case letters, digits and single hyphens`));',
  '  stop = true;',
  '}',
  'const found = status === 200 && body && body.properties ? body.properties : undefined;',
  'const ingress = (found && found.configuration && found.configuration.ingress) || {};',
  'const traffic = Array.isArray(ingress.traffic) ? ingress.traffic : [];',
  'const serving = traffic.find((entry) => entry.weight === 100);',
  'let previous = "";',
  'if (serving) previous = serving.revisionName || (serving.latestRevision && found.latestReadyRevisionName) || "";',
  'else if (found && traffic.every((entry) => !entry.weight)) previous = found.latestReadyRevisionName || "";',
  'else if (found) {',
  '  pm.test("all traffic is on one revision", () => pm.expect.fail(`the traffic is split (${JSON.stringify(traffic)}): send it all to one revision, then deploy`));',
  '  stop = true;',
  '}',
  '// The revision suffix, from the build: lower-case letters, digits and single hyphens, starting with',
  '// a letter, the revision name (app--suffix) at most 54 characters. A build id that needs changing',
  '// for that gets a hash of itself appended, so two builds never share a suffix.',
  'const buildId = String(pm.environment.get("buildId"));',
  'let suffix = buildId.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");',
  'if (!/^[a-z]/.test(suffix)) suffix = `b${suffix}`;',
  'const room = 54 - service.length - 2;',
  'if (suffix !== buildId || suffix.length > room) {',
  '  let hash = 0x811c9dc5;',
  '  for (let i = 0; i < buildId.length; i++) hash = Math.imul(hash ^ buildId.charCodeAt(i), 0x01000193) >>> 0;',
  '  const tag = hash.toString(36);',
  '  suffix = `${suffix.slice(0, room - tag.length - 1).replace(/-+$/, "")}-${tag}`;',
  '}',
  'const candidate = `${service}--${suffix}`;',
  '// Nothing serves yet: the first revision takes the traffic (there is nothing to protect).',
  'const split = previous && previous !== candidate',
  `  ? [{ revisionName: previous, weight: 100 }, { revisionName: candidate, weight: 0, label: "${candidateLabel}" }]`,
  `  : [{ revisionName: candidate, weight: 100, label: "${candidateLabel}" }];`,
  'const scheme = String(pm.environment.get("ingressScheme") || "https");',
  'pm.environment.set("appExists", found ? "yes" : "");',
  'pm.environment.set("previousRelease", previous);',
  'pm.environment.set("revisionSuffix", suffix);',
  'pm.environment.set("candidateRelease", candidate);',
  'pm.environment.set("candidateTraffic", JSON.stringify(split));',
  'pm.environment.set("candidateInactive", "");',
  'pm.environment.set("operationUrl", "");',
  'pm.environment.set("serviceUrl", ingress.fqdn ? `${scheme}://${ingress.fqdn}` : "");',
];

/**
 * Saves the URL a write's progress is polled at. It carries the bearer token, so it must be on the
 * API's own host: a URL elsewhere stops the run rather than sending the token there.
 */
const saveOperation: readonly string[] = [
  'const operation = pm.response.headers.get("Azure-AsyncOperation") || "";',
  'const api = String(pm.environment.get("armApiUrl")).replace(/\\/+$/, "");',
  'if (operation && !operation.startsWith(`${api}/`)) {',
  '  pm.test("the operation is polled on the API\'s host", () => pm.expect.fail(`Azure-AsyncOperation is ${operation.slice(0, 200)}`));',
  '  stop = true;',
  '} else pm.environment.set("operationUrl", operation);',
];

/** Polls the operation a write started until it ends; Failed or Canceled stops the run with its error. */
function waitForOperation(name: string, description: string, when = 'pm.environment.get("operationUrl")') {
  return call(name, {
    method: 'GET',
    url: '{{operationUrl}}',
    auth,
    description,
    when,
    onSuccess: [
      'if (body && (body.status === "Failed" || body.status === "Canceled")) {',
      '  const error = body.error || {};',
      '  pm.test(`the operation ended ${body.status}`, () => pm.expect.fail(`${error.code || ""}: ${error.message || ""}`.slice(0, 500)));',
      '  stop = true;',
      '}',
    ],
    until: 'body && ["Succeeded", "Failed", "Canceled"].includes(body.status)',
  });
}

/** The secrets, registry and ingress every write of the candidate sends. */
const configuration = `{
      "activeRevisionsMode": "Multiple",
      "secrets": [
        { "name": "api-credentials", "value": {{apiCredentials.json}} },
        { "name": "registry-password", "value": {{registryPassword.json}} }
      ],
      "registries": [{ "server": {{registryServer.json}}, "username": {{registryUsername.json}}, "passwordSecretRef": "registry-password" }],
      "ingress": { "external": true, "targetPort": {{port}}, "traffic": {{candidateTraffic}} }
    }`;

const template = `{
      "revisionSuffix": {{revisionSuffix.json}},
      "containers": [
        {
          "name": "server",
          "image": {{image.json}},
          "env": [
            { "name": "API_CREDENTIALS", "secretRef": "api-credentials" },
            { "name": "PORT", "value": {{port.json}} }
          ]
        }
      ]
    }`;

/** A PATCH of the app's traffic only (JSON Merge Patch: the rest of the app stays as it is). */
function trafficPatch(traffic: string): string {
  return `{
  "location": {{location.json}},
  "properties": { "configuration": { "ingress": { "traffic": ${traffic} } } }
}`;
}

export const containerApps: DeployTarget = {
  name: 'container-apps',
  title: 'Azure Container Apps',
  gated: true,
  variables: [
    {
      key: 'subscriptionId',
      description: 'The Azure subscription (its id, a UUID).',
      required: true,
      pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    },
    { key: 'resourceGroup', description: 'The resource group holding the app.', required: true, pattern: /^[-\w.()]{0,89}[-\w()]$/ },
    {
      key: 'environmentId',
      description: 'The resource id of the Container Apps environment the app is created in (/subscriptions/…/managedEnvironments/…).',
      required: true,
      pattern: /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/Microsoft\.App\/managedEnvironments\/[A-Za-z0-9-]{1,64}$/,
    },
    { key: 'location', description: 'The Azure region of the app and its environment, e.g. westeurope.', required: true, pattern: /^[A-Za-z0-9 ]{1,64}$/ },
    {
      key: 'registryServer',
      description: 'The private registry the image is pulled from (host[:port]).',
      required: true,
      pattern: /^[A-Za-z0-9.-]+(:\d{1,5})?$/,
    },
    { key: 'registryUsername', description: 'The user the app pulls the image as.', required: true },
    {
      key: 'registryPassword',
      description: "The registry user's password, kept as a secret of the app.",
      required: true,
      secretFrom: 'AZURE_REGISTRY_PASSWORD',
    },
    {
      key: 'accessToken',
      description: 'An Azure Resource Manager access token (az account get-access-token).',
      required: true,
      secretFrom: 'AZURE_ACCESS_TOKEN',
    },
    {
      key: 'armApiUrl',
      description: 'The Azure Resource Manager endpoint.',
      default: 'https://management.azure.com',
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/,
    },
    {
      key: 'ingressScheme',
      description: "The scheme of the app's ingress addresses: https on Azure (a local stand-in may serve http).",
      default: 'https',
      pattern: /^https?$/,
    },
  ],
  folders: {
    deploy: [
      call('Find the app', {
        method: 'GET',
        url: appUrl,
        query,
        auth,
        description: 'Reads the app, if it exists: the revision serving now is the one Roll back returns to, and its ingress FQDN is the service URL.',
        accept: [404],
        onSuccess: planRollout,
      }),
      call('Find the candidate revision', {
        method: 'GET',
        url: candidateRevisionUrl,
        query,
        auth,
        description: 'This build may have a revision already (deployed and rolled back before): if it was deactivated, it is activated again.',
        accept: [404],
        when: 'pm.environment.get("appExists") === "yes"',
        onSuccess: ['pm.environment.set("candidateInactive", status === 200 && body && body.properties && body.properties.active === false ? "yes" : "");'],
      }),
      call('Activate the candidate revision', {
        method: 'POST',
        url: `${candidateRevisionUrl}/activate`,
        query,
        auth,
        description: "Starts this build's revision again: the same build keeps the same revision name.",
        when: 'pm.environment.get("candidateInactive") === "yes"',
      }),
      call('Create the app', {
        method: 'PUT',
        url: appUrl,
        query,
        auth,
        description: 'Creates the app with its first revision, which takes the traffic: nothing serves yet.',
        when: 'pm.environment.get("appExists") !== "yes"',
        body: `{
  "location": {{location.json}},
  "properties": {
    "environmentId": {{environmentId.json}},
    "configuration": ${configuration},
    "template": ${template}
  }
}`,
        onSuccess: saveOperation,
      }),
      call('Add the candidate revision', {
        method: 'PATCH',
        url: appUrl,
        query,
        auth,
        description: `Writes the new template (a new revision) with weight 0 and the label "${candidateLabel}"; the revision serving now keeps 100.`,
        when: 'pm.environment.get("appExists") === "yes" && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease")',
        body: `{
  "location": {{location.json}},
  "properties": {
    "configuration": ${configuration},
    "template": ${template}
  }
}`,
        onSuccess: saveOperation,
      }),
    ],
    wait: [
      waitForOperation('Wait for the deployment', 'Polls the Azure-AsyncOperation URL of the write until it ends.'),
      call('Read the candidate revision', {
        method: 'GET',
        url: candidateRevisionUrl,
        query,
        auth,
        description: 'Waits until the candidate is provisioned and saves its own address (which serves it whatever the traffic split) as {{candidateUrl}}.',
        onSuccess: [
          'const revision = (body && body.properties) || {};',
          'if (revision.provisioningState === "Failed") {',
          '  pm.test("the candidate revision was provisioned", () => pm.expect.fail(String(revision.provisioningError || "provisioning failed").slice(0, 500)));',
          '  stop = true;',
          '} else if (revision.fqdn) pm.environment.set("candidateUrl", `${String(pm.environment.get("ingressScheme") || "https")}://${revision.fqdn}`);',
        ],
        until: 'body && body.properties && body.properties.provisioningState === "Provisioned" && body.properties.fqdn',
      }),
      call('Read the app', {
        method: 'GET',
        url: appUrl,
        query,
        auth,
        description: "Saves the app's ingress FQDN as {{serviceUrl}} (a new app has one only now).",
        onSuccess: [
          'const fqdn = body && body.properties && body.properties.configuration && body.properties.configuration.ingress && body.properties.configuration.ingress.fqdn;',
          'if (fqdn) pm.environment.set("serviceUrl", `${String(pm.environment.get("ingressScheme") || "https")}://${fqdn}`);',
        ],
      }),
    ],
    promote: [
      call('Send the traffic to the candidate', {
        method: 'PATCH',
        url: appUrl,
        query,
        auth,
        description: `Gives the candidate weight 100 (it keeps the label "${candidateLabel}"); the revision before stays active with weight 0 until it is cleaned up.`,
        body: trafficPatch(`[{ "revisionName": {{candidateRelease.json}}, "weight": 100, "label": "${candidateLabel}" }]`),
        onSuccess: saveOperation,
      }),
      waitForOperation('Wait for the promotion', 'Polls the Azure-AsyncOperation URL of the traffic change until it ends.'),
    ],
    rollBack: [
      call('Send the traffic back', {
        method: 'PATCH',
        url: appUrl,
        query,
        auth,
        description: 'Gives the revision that served before weight 100 and drops the candidate (and its label) from the split.',
        when: 'pm.environment.get("previousRelease") && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease")',
        body: trafficPatch('[{ "revisionName": {{previousRelease.json}}, "weight": 100 }]'),
        onSuccess: saveOperation,
      }),
      waitForOperation(
        'Wait for the roll back',
        'Polls the Azure-AsyncOperation URL of the traffic change until it ends.',
        'pm.environment.get("previousRelease") && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease") && pm.environment.get("operationUrl")',
      ),
      call('Deactivate the candidate', {
        method: 'POST',
        url: `${candidateRevisionUrl}/deactivate`,
        query,
        auth,
        description: 'Stops the candidate revision: it serves nowhere, its label URL included. A first revision has nothing to return to, so it stays.',
        when: 'pm.environment.get("previousRelease") && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease")',
      }),
    ],
  },
};
