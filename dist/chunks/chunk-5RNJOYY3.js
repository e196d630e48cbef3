import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  bearer,
  call,
  script
} from "./chunk-LKJHTKL3.js";

// src/stages/deploy/targets/cloud-run.ts
var cloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";
var services = "{{runApiUrl}}/v2/projects/{{project}}/locations/{{region}}/services";
var service = `${services}/{{service}}`;
var operation = "{{runApiUrl}}/v2/projects/{{project}}/locations/{{region}}/operations/{{operationId}}";
var serviceAccount = "{{iamCredentialsApiUrl}}/v1/projects/-/serviceAccounts/{{serviceAccount}}";
var runAuth = bearer("accessToken");
var signedOut = '!pm.environment.get("accessToken")';
var signIn = [
  call("Exchange the OIDC token", {
    method: "POST",
    url: "{{stsApiUrl}}/v1/token",
    auth: { type: "noauth" },
    description: "Exchanges the runner's OIDC token ({{oidcToken}}) for a federated token at the Security Token Service, as the workload identity provider {{workloadIdentityProvider}} allows. Without {{serviceAccount}}, the federated token is the access token.",
    body: JSON.stringify(
      {
        grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
        audience: "//iam.googleapis.com/{{workloadIdentityProvider}}",
        scope: cloudPlatformScope,
        requestedTokenType: "urn:ietf:params:oauth:token-type:access_token",
        subjectTokenType: "urn:ietf:params:oauth:token-type:jwt",
        subjectToken: "@oidcToken"
      },
      null,
      2
    ).replace('"@oidcToken"', "{{oidcToken.json}}"),
    when: signedOut,
    onSuccess: [
      'if (!body || typeof body.access_token !== "string") {',
      '  pm.test("the token exchange answered with an access_token", () => pm.expect.fail(pm.response.text().slice(0, 500)));',
      "  stop = true;",
      "} else {",
      '  pm.environment.set("federatedToken", body.access_token);',
      "  // Direct workload identity federation: the federated identity itself holds the roles.",
      '  if (!pm.environment.get("serviceAccount")) pm.environment.set("accessToken", body.access_token);',
      "}"
    ]
  }),
  call("Impersonate the service account", {
    method: "POST",
    url: `${serviceAccount}:generateAccessToken`,
    auth: bearer("federatedToken"),
    description: "Trades the federated token for an access token of {{serviceAccount}}, which holds the Cloud Run roles.",
    body: JSON.stringify({ scope: [cloudPlatformScope], lifetime: "3600s" }, null, 2),
    when: `${signedOut} && Boolean(pm.environment.get("serviceAccount"))`,
    onSuccess: [
      'if (!body || typeof body.accessToken !== "string") {',
      '  pm.test("generateAccessToken answered with an accessToken", () => pm.expect.fail(pm.response.text().slice(0, 500)));',
      "  stop = true;",
      '} else pm.environment.set("accessToken", body.accessToken);'
    ]
  })
];
var nameTheCandidate = [
  'const serviceName = String(pm.environment.get("service"));',
  'const build = String(pm.environment.get("buildId"));',
  'const slug = build.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-+|-+$/g, "");',
  "let candidate = `${serviceName}-${slug}`;",
  "if (slug !== build || candidate.length > 63) {",
  "  let hash = 2166136261;",
  "  for (let i = 0; i < build.length; i += 1) hash = Math.imul(hash ^ build.charCodeAt(i), 16777619) >>> 0;",
  '  candidate = `${candidate.slice(0, 55).replace(/-+$/, "")}-${hash.toString(36)}`;',
  "}",
  'pm.environment.set("candidateRelease", candidate);'
];
var readTheService = [
  "const found = status === 200;",
  'pm.environment.set("serviceExists", found ? "true" : "false");',
  "const fullTraffic = found ? (body.trafficStatuses || []).find((t) => t.percent === 100 && t.revision) : undefined;",
  'const previous = found ? String((fullTraffic && fullTraffic.revision) || body.latestReadyRevision || "").split("/").pop() : "";',
  'pm.environment.set("previousRelease", previous);',
  'pm.environment.set("serviceUrl", found ? String(body.uri || "") : "");',
  ...nameTheCandidate,
  "// The candidate takes no traffic beside a serving revision; with nothing serving it must take it all.",
  'const byRevision = "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION";',
  'const tagged = { type: byRevision, revision: candidate, percent: previous && previous !== candidate ? 0 : 100, tag: "candidate" };',
  "const traffic = tagged.percent === 0 ? [{ type: byRevision, revision: previous, percent: 100 }, tagged] : [tagged];",
  'pm.environment.set("candidateTraffic", JSON.stringify(traffic));'
];
var keepTheOperation = [
  "// 409 on create: an earlier attempt whose answer was lost created the service; Wait reads it.",
  'const operation = status === 409 ? "" : String((body && body.name) || "").split("/").pop();',
  'pm.environment.set("operationId", /^[A-Za-z0-9_-]+$/.test(operation) ? operation : "");'
];
var template = JSON.stringify(
  {
    revision: "@candidateRelease",
    containers: [
      {
        image: "@image",
        ports: [{ containerPort: "@port" }],
        env: [{ name: "API_CREDENTIALS", value: "@apiCredentials" }]
      }
    ]
  },
  null,
  2
).replace('"@candidateRelease"', "{{candidateRelease.json}}").replace('"@image"', "{{image.json}}").replace('"@port"', "{{port}}").replace('"@apiCredentials"', "{{apiCredentials.json}}");
var deploy = [
  call("Look up the service", {
    method: "GET",
    url: service,
    auth: runAuth,
    description: "Reads {{service}}: the revision serving now becomes {{previousRelease}} (what Roll back returns to) and its URL {{serviceUrl}}. 404: the service is new. Names the candidate revision {{candidateRelease}}.",
    accept: [404],
    onSuccess: readTheService
  }),
  call("Create the service", {
    method: "POST",
    url: services,
    query: { serviceId: "{{service}}" },
    auth: runAuth,
    description: 'Creates {{service}} with the candidate as its first revision. Nothing served before, so the first revision takes all the traffic at once (tagged "candidate" as well); Roll back has nothing to return to.',
    body: `{
  "template": ${indent(template)},
  "traffic": {{candidateTraffic}}
}`,
    accept: [409],
    when: 'pm.environment.get("serviceExists") !== "true"',
    onSuccess: keepTheOperation
  }),
  call("Update the service", {
    method: "PATCH",
    url: service,
    query: { updateMask: "template,traffic" },
    auth: runAuth,
    description: `Adds the candidate revision {{candidateRelease}} to {{service}}, tagged "candidate" with 0% of the traffic: {{previousRelease}} keeps 100%. Only the template and the traffic change; the service's other settings stay.`,
    body: `{
  "template": ${indent(template)},
  "traffic": {{candidateTraffic}}
}`,
    when: 'pm.environment.get("serviceExists") === "true"',
    onSuccess: keepTheOperation
  })
];
function waitForOperation(name, what) {
  return call(name, {
    method: "GET",
    url: operation,
    auth: runAuth,
    description: `Polls the long-running operation until ${what}; an error in it fails the step with its message.`,
    when: 'Boolean(pm.environment.get("operationId"))',
    onSuccess: [
      "if (body && body.done && body.error) {",
      "  pm.test(`the operation failed: ${body.error.message}`, () => pm.expect.fail(JSON.stringify(body.error).slice(0, 500)));",
      "  stop = true;",
      "}",
      "// Done: a later Wait (after a skipped step) must not read this operation again.",
      'if (body && body.done) pm.environment.set("operationId", "");'
    ],
    until: "body && body.done === true"
  });
}
var mintIdToken = call("Mint an ID token for the service", {
  method: "POST",
  url: `${serviceAccount}:generateIdToken`,
  auth: bearer("idTokenCaller"),
  description: 'Only when {{privateService}} is "true": an ID token of {{serviceAccount}} with the service URL as its audience, saved as {{candidateToken}} for calling the candidate (X-Serverless-Authorization: Bearer).',
  body: JSON.stringify({ audience: "@serviceUrl", includeEmail: true }, null, 2).replace('"@serviceUrl"', "{{serviceUrl.json}}"),
  when: 'pm.environment.get("privateService") === "true"',
  onSuccess: [
    'if (!body || typeof body.token !== "string") {',
    '  pm.test("generateIdToken answered with a token", () => pm.expect.fail(pm.response.text().slice(0, 500)));',
    "  stop = true;",
    '} else pm.environment.set("candidateToken", body.token);'
  ]
});
mintIdToken.event = [
  script("prerequest", ['pm.variables.set("idTokenCaller", pm.environment.get("federatedToken") || pm.environment.get("accessToken"));']),
  ...mintIdToken.event ?? []
];
var wait = [
  waitForOperation("Wait for the deploy", "the candidate revision is ready and the traffic is set"),
  call("Read the candidate URL", {
    method: "GET",
    url: service,
    auth: runAuth,
    description: 'Reads the URL of the "candidate" tag (it must point at {{candidateRelease}}) into {{candidateUrl}}, and the service URL into {{serviceUrl}}.',
    onSuccess: [
      'const tagged = (body.trafficStatuses || []).find((t) => t.tag === "candidate" && t.revision === pm.environment.get("candidateRelease") && t.uri);',
      'if (tagged) pm.environment.set("candidateUrl", tagged.uri);',
      'if (body.uri) pm.environment.set("serviceUrl", body.uri);'
    ],
    until: '(body.trafficStatuses || []).some((t) => t.tag === "candidate" && t.revision === pm.environment.get("candidateRelease") && t.uri)'
  }),
  mintIdToken
];
var promote = [
  call("Send the traffic to the candidate", {
    method: "PATCH",
    url: service,
    query: { updateMask: "traffic" },
    auth: runAuth,
    description: 'Gives {{candidateRelease}} 100% of the traffic; the "candidate" tag goes with the old split.',
    body: JSON.stringify({ traffic: [{ type: "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", revision: "@candidateRelease", percent: 100 }] }, null, 2).replace(
      '"@candidateRelease"',
      "{{candidateRelease.json}}"
    ),
    onSuccess: keepTheOperation
  }),
  waitForOperation("Wait for the promotion", "the service URL serves the candidate")
];
var rollBack = [
  call("Send the traffic back", {
    method: "PATCH",
    url: service,
    query: { updateMask: "traffic" },
    auth: runAuth,
    description: 'Gives {{previousRelease}} 100% of the traffic again and drops the "candidate" tag, so the candidate takes no request. Skipped for a new service: its first revision is all there is (delete the service to stop it).',
    body: JSON.stringify({ traffic: [{ type: "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION", revision: "@previousRelease", percent: 100 }] }, null, 2).replace(
      '"@previousRelease"',
      "{{previousRelease.json}}"
    ),
    when: 'Boolean(pm.environment.get("previousRelease"))',
    onSuccess: keepTheOperation
  }),
  waitForOperation("Wait for the roll back", "the service URL serves the previous revision again")
];
var cloudRun = {
  name: "cloud-run",
  title: "Google Cloud Run",
  gated: true,
  candidateAuthHeader: "X-Serverless-Authorization",
  variables: [
    { key: "project", description: "The Google Cloud project (id or number).", required: true, pattern: /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/ },
    { key: "region", description: "The Cloud Run region, e.g. us-central1.", required: true, pattern: /^[a-z]+-[a-z]+\d{1,2}$/ },
    { key: "runApiUrl", description: "The Cloud Run Admin API.", default: "https://run.googleapis.com", pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/ },
    {
      key: "accessToken",
      description: "An OAuth access token with the Cloud Run roles on the project. Given: Sign in is skipped. Empty: Sign in sets it.",
      secretFrom: "GOOGLE_ACCESS_TOKEN"
    },
    {
      key: "oidcToken",
      description: "The runner's OIDC ID token, issued for the workload identity provider's audience, that Sign in exchanges (when no access token is given).",
      secretFrom: "OIDC_ID_TOKEN"
    },
    {
      key: "workloadIdentityProvider",
      description: "The workload identity provider that trusts the runner: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.",
      pattern: /^projects\/\d{1,20}\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/
    },
    {
      key: "serviceAccount",
      description: "The service account Sign in impersonates (its email); empty: the federated identity itself holds the roles.",
      pattern: /^[a-z0-9][a-z0-9-]{0,62}@[a-z0-9][a-z0-9.-]{0,200}\.gserviceaccount\.com$/
    },
    {
      key: "privateService",
      description: '"true": the service lets no unauthenticated caller in, and Wait mints an ID token for it ({{candidateToken}}); needs serviceAccount.',
      default: "false",
      pattern: /^(?:true|false)$/
    },
    {
      key: "stsApiUrl",
      description: "The Security Token Service API.",
      default: "https://sts.googleapis.com",
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/
    },
    {
      key: "iamCredentialsApiUrl",
      description: "The IAM Service Account Credentials API.",
      default: "https://iamcredentials.googleapis.com",
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/
    }
  ],
  folders: { signIn, deploy, wait, promote, rollBack }
};
function indent(json) {
  return json.split("\n").join("\n  ");
}

// src/stages/deploy/targets/container-apps.ts
var query = { "api-version": "2025-07-01" };
var appUrl = "{{armApiUrl}}/subscriptions/{{subscriptionId}}/resourceGroups/{{resourceGroup}}/providers/Microsoft.App/containerApps/{{service}}";
var candidateRevisionUrl = `${appUrl}/revisions/{{candidateRelease}}`;
var auth = bearer("accessToken");
var candidateLabel = "candidate";
var planRollout = [
  'const service = String(pm.environment.get("service"));',
  "// Azure names an app with 2 to 32 lower-case letters, digits and single hyphens.",
  'if (!/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(service) || service.includes("--")) {',
  '  pm.test("the service name suits Azure Container Apps", () => pm.expect.fail(`"${service}": at most 32 lower-case letters, digits and single hyphens`));',
  "  stop = true;",
  "}",
  "const found = status === 200 && body && body.properties ? body.properties : undefined;",
  "const ingress = (found && found.configuration && found.configuration.ingress) || {};",
  "const traffic = Array.isArray(ingress.traffic) ? ingress.traffic : [];",
  "const serving = traffic.find((entry) => entry.weight === 100);",
  'let previous = "";',
  'if (serving) previous = serving.revisionName || (serving.latestRevision && found.latestReadyRevisionName) || "";',
  'else if (found && traffic.every((entry) => !entry.weight)) previous = found.latestReadyRevisionName || "";',
  "else if (found) {",
  '  pm.test("all traffic is on one revision", () => pm.expect.fail(`the traffic is split (${JSON.stringify(traffic)}): send it all to one revision, then deploy`));',
  "  stop = true;",
  "}",
  "// The revision suffix, from the build: lower-case letters, digits and single hyphens, starting with",
  "// a letter, the revision name (app--suffix) at most 54 characters. A build id that needs changing",
  "// for that gets a hash of itself appended, so two builds never share a suffix.",
  'const buildId = String(pm.environment.get("buildId"));',
  'let suffix = buildId.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");',
  "if (!/^[a-z]/.test(suffix)) suffix = `b${suffix}`;",
  "const room = 54 - service.length - 2;",
  "if (suffix !== buildId || suffix.length > room) {",
  "  let hash = 0x811c9dc5;",
  "  for (let i = 0; i < buildId.length; i++) hash = Math.imul(hash ^ buildId.charCodeAt(i), 0x01000193) >>> 0;",
  "  const tag = hash.toString(36);",
  '  suffix = `${suffix.slice(0, room - tag.length - 1).replace(/-+$/, "")}-${tag}`;',
  "}",
  "const candidate = `${service}--${suffix}`;",
  "// Nothing serves yet: the first revision takes the traffic (there is nothing to protect).",
  "const split = previous && previous !== candidate",
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
  'pm.environment.set("serviceUrl", ingress.fqdn ? `${scheme}://${ingress.fqdn}` : "");'
];
var saveOperation = [
  'const operation = pm.response.headers.get("Azure-AsyncOperation") || "";',
  'const api = String(pm.environment.get("armApiUrl")).replace(/\\/+$/, "");',
  "if (operation && !operation.startsWith(`${api}/`)) {",
  '  pm.test("the operation is polled on the API\'s host", () => pm.expect.fail(`Azure-AsyncOperation is ${operation.slice(0, 200)}`));',
  "  stop = true;",
  '} else pm.environment.set("operationUrl", operation);'
];
function waitForOperation2(name, description, when = 'pm.environment.get("operationUrl")') {
  return call(name, {
    method: "GET",
    url: "{{operationUrl}}",
    auth,
    description,
    when,
    onSuccess: [
      'if (body && (body.status === "Failed" || body.status === "Canceled")) {',
      "  const error = body.error || {};",
      '  pm.test(`the operation ended ${body.status}`, () => pm.expect.fail(`${error.code || ""}: ${error.message || ""}`.slice(0, 500)));',
      "  stop = true;",
      "}"
    ],
    until: 'body && ["Succeeded", "Failed", "Canceled"].includes(body.status)'
  });
}
var configuration = `{
      "activeRevisionsMode": "Multiple",
      "secrets": [
        { "name": "api-credentials", "value": {{apiCredentials.json}} },
        { "name": "registry-password", "value": {{registryPassword.json}} }
      ],
      "registries": [{ "server": {{registryServer.json}}, "username": {{registryUsername.json}}, "passwordSecretRef": "registry-password" }],
      "ingress": { "external": true, "targetPort": {{port}}, "traffic": {{candidateTraffic}} }
    }`;
var template2 = `{
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
function trafficPatch(traffic) {
  return `{
  "location": {{location.json}},
  "properties": { "configuration": { "ingress": { "traffic": ${traffic} } } }
}`;
}
var containerApps = {
  name: "container-apps",
  title: "Azure Container Apps",
  gated: true,
  variables: [
    {
      key: "subscriptionId",
      description: "The Azure subscription (its id, a UUID).",
      required: true,
      pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
    },
    { key: "resourceGroup", description: "The resource group holding the app.", required: true, pattern: /^[-\w.()]{0,89}[-\w()]$/ },
    {
      key: "environmentId",
      description: "The resource id of the Container Apps environment the app is created in (/subscriptions/\u2026/managedEnvironments/\u2026).",
      required: true,
      pattern: /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/Microsoft\.App\/managedEnvironments\/[A-Za-z0-9-]{1,64}$/
    },
    { key: "location", description: "The Azure region of the app and its environment, e.g. westeurope.", required: true, pattern: /^[A-Za-z0-9 ]{1,64}$/ },
    {
      key: "registryServer",
      description: "The private registry the image is pulled from (host[:port]).",
      required: true,
      pattern: /^[A-Za-z0-9.-]+(:\d{1,5})?$/
    },
    { key: "registryUsername", description: "The user the app pulls the image as.", required: true },
    {
      key: "registryPassword",
      description: "The registry user's password, kept as a secret of the app.",
      required: true,
      secretFrom: "AZURE_REGISTRY_PASSWORD"
    },
    {
      key: "accessToken",
      description: "An Azure Resource Manager access token (az account get-access-token).",
      required: true,
      secretFrom: "AZURE_ACCESS_TOKEN"
    },
    {
      key: "armApiUrl",
      description: "The Azure Resource Manager endpoint.",
      default: "https://management.azure.com",
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/
    },
    {
      key: "ingressScheme",
      description: "The scheme of the app's ingress addresses: https on Azure (a local stand-in may serve http).",
      default: "https",
      pattern: /^https?$/
    }
  ],
  folders: {
    deploy: [
      call("Find the app", {
        method: "GET",
        url: appUrl,
        query,
        auth,
        description: "Reads the app, if it exists: the revision serving now is the one Roll back returns to, and its ingress FQDN is the service URL.",
        accept: [404],
        onSuccess: planRollout
      }),
      call("Find the candidate revision", {
        method: "GET",
        url: candidateRevisionUrl,
        query,
        auth,
        description: "This build may have a revision already (deployed and rolled back before): if it was deactivated, it is activated again.",
        accept: [404],
        when: 'pm.environment.get("appExists") === "yes"',
        onSuccess: ['pm.environment.set("candidateInactive", status === 200 && body && body.properties && body.properties.active === false ? "yes" : "");']
      }),
      call("Activate the candidate revision", {
        method: "POST",
        url: `${candidateRevisionUrl}/activate`,
        query,
        auth,
        description: "Starts this build's revision again: the same build keeps the same revision name.",
        when: 'pm.environment.get("candidateInactive") === "yes"'
      }),
      call("Create the app", {
        method: "PUT",
        url: appUrl,
        query,
        auth,
        description: "Creates the app with its first revision, which takes the traffic: nothing serves yet.",
        when: 'pm.environment.get("appExists") !== "yes"',
        body: `{
  "location": {{location.json}},
  "properties": {
    "environmentId": {{environmentId.json}},
    "configuration": ${configuration},
    "template": ${template2}
  }
}`,
        onSuccess: saveOperation
      }),
      call("Add the candidate revision", {
        method: "PATCH",
        url: appUrl,
        query,
        auth,
        description: `Writes the new template (a new revision) with weight 0 and the label "${candidateLabel}"; the revision serving now keeps 100.`,
        when: 'pm.environment.get("appExists") === "yes" && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease")',
        body: `{
  "location": {{location.json}},
  "properties": {
    "configuration": ${configuration},
    "template": ${template2}
  }
}`,
        onSuccess: saveOperation
      })
    ],
    wait: [
      waitForOperation2("Wait for the deployment", "Polls the Azure-AsyncOperation URL of the write until it ends."),
      call("Read the candidate revision", {
        method: "GET",
        url: candidateRevisionUrl,
        query,
        auth,
        description: "Waits until the candidate is provisioned and saves its own address (which serves it whatever the traffic split) as {{candidateUrl}}.",
        onSuccess: [
          "const revision = (body && body.properties) || {};",
          'if (revision.provisioningState === "Failed") {',
          '  pm.test("the candidate revision was provisioned", () => pm.expect.fail(String(revision.provisioningError || "provisioning failed").slice(0, 500)));',
          "  stop = true;",
          '} else if (revision.fqdn) pm.environment.set("candidateUrl", `${String(pm.environment.get("ingressScheme") || "https")}://${revision.fqdn}`);'
        ],
        until: 'body && body.properties && body.properties.provisioningState === "Provisioned" && body.properties.fqdn'
      }),
      call("Read the app", {
        method: "GET",
        url: appUrl,
        query,
        auth,
        description: "Saves the app's ingress FQDN as {{serviceUrl}} (a new app has one only now).",
        onSuccess: [
          "const fqdn = body && body.properties && body.properties.configuration && body.properties.configuration.ingress && body.properties.configuration.ingress.fqdn;",
          'if (fqdn) pm.environment.set("serviceUrl", `${String(pm.environment.get("ingressScheme") || "https")}://${fqdn}`);'
        ]
      })
    ],
    promote: [
      call("Send the traffic to the candidate", {
        method: "PATCH",
        url: appUrl,
        query,
        auth,
        description: `Gives the candidate weight 100 (it keeps the label "${candidateLabel}"); the revision before stays active with weight 0 until it is cleaned up.`,
        body: trafficPatch(`[{ "revisionName": {{candidateRelease.json}}, "weight": 100, "label": "${candidateLabel}" }]`),
        onSuccess: saveOperation
      }),
      waitForOperation2("Wait for the promotion", "Polls the Azure-AsyncOperation URL of the traffic change until it ends.")
    ],
    rollBack: [
      call("Send the traffic back", {
        method: "PATCH",
        url: appUrl,
        query,
        auth,
        description: "Gives the revision that served before weight 100 and drops the candidate (and its label) from the split.",
        when: 'pm.environment.get("previousRelease") && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease")',
        body: trafficPatch('[{ "revisionName": {{previousRelease.json}}, "weight": 100 }]'),
        onSuccess: saveOperation
      }),
      waitForOperation2(
        "Wait for the roll back",
        "Polls the Azure-AsyncOperation URL of the traffic change until it ends.",
        'pm.environment.get("previousRelease") && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease") && pm.environment.get("operationUrl")'
      ),
      call("Deactivate the candidate", {
        method: "POST",
        url: `${candidateRevisionUrl}/deactivate`,
        query,
        auth,
        description: "Stops the candidate revision: it serves nowhere, its label URL included. A first revision has nothing to return to, so it stays.",
        when: 'pm.environment.get("previousRelease") && pm.environment.get("previousRelease") !== pm.environment.get("candidateRelease")'
      })
    ]
  }
};

// src/stages/deploy/targets/ecs-express.ts
var targetPrefix = "AmazonEC2ContainerServiceV20141113";
var awsSignature = {
  type: "awsv4",
  awsv4: [
    { key: "accessKey", value: "{{awsAccessKeyId}}", type: "string" },
    { key: "secretKey", value: "{{awsSecretAccessKey}}", type: "string" },
    { key: "sessionToken", value: "{{awsSessionToken}}", type: "string" },
    { key: "region", value: "{{region}}", type: "string" },
    { key: "service", value: "ecs", type: "string" }
  ]
};
function ecs(name, operation2, options) {
  const { prerequest, ...rest } = options;
  const item = call(name, {
    // AWS's JSON protocol answers throttling with a 400: a Describe is sent again like after a 429.
    // Create and Update judge it themselves (sendOnce), describing the service before sending twice.
    ...operation2 === "DescribeExpressGatewayService" && {
      retryAlso: 'status === 400 && /Throttl|RequestLimitExceeded/.test(String((body && body.__type) || ""))'
    },
    ...rest,
    method: "POST",
    url: "{{ecsApiUrl}}/",
    headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": `${targetPrefix}.${operation2}` },
    auth: awsSignature
  });
  if (prerequest) item.event = [script("prerequest", prerequest), ...item.event ?? []];
  return item;
}
function serviceArnScript(fresh) {
  return [
    `if (${fresh ? "true" : '!pm.environment.get("serviceArn")'}) {`,
    '  const role = String(pm.environment.get("infrastructureRoleArn") || "").split(":");',
    '  const where = `${pm.environment.get("region")}:${role[4]}:service/${pm.environment.get("cluster") || "default"}/${pm.environment.get("service")}`;',
    '  pm.environment.set("serviceArn", `arn:${role[1]}:ecs:${where}`);',
    "}",
    "// The collection-level script made the JSON twins before this one ran: refresh this one.",
    'pm.variables.set("serviceArn.json", JSON.stringify(String(pm.environment.get("serviceArn"))));'
  ];
}
var describeBody = '{ "serviceArn": {{serviceArn.json}} }';
var readService = [
  "const service = (body && body.service) || {};",
  "const configs = (service.activeConfigurations || []).slice().sort((a, b) => Number(a.createdAt || 0) - Number(b.createdAt || 0));",
  "const newest = configs[configs.length - 1];",
  "const endpointOf = (config) => {",
  "  const paths = (config && config.ingressPaths) || [];",
  '  const path = paths.find((p) => p.accessType === "PUBLIC") || paths[0];',
  '  if (!path || !path.endpoint) return "";',
  '  return (/^https?:\\/\\//.test(path.endpoint) ? path.endpoint : `https://${path.endpoint}`).replace(/\\/+$/, "");',
  "};",
  "const runs = (config, image) => {",
  "  const container = (config && config.primaryContainer) || {};",
  "  const env = {};",
  "  for (const pair of container.environment || []) env[pair.name] = pair.value;",
  '  const port = String(pm.environment.get("port"));',
  "  return Boolean(image) && container.image === image && String(container.containerPort) === port && env.PORT === port",
  '    && env.API_CREDENTIALS === String(pm.environment.get("apiCredentials") || "");',
  "};"
];
function decideChange(image, saveRevision) {
  return [
    `const wanted = ${image};`,
    'const gone = !service.serviceArn || (service.status && service.status.statusCode === "INACTIVE");',
    'if (gone) pm.variables.set("ecsNext", "create");',
    "else if (runs(newest, wanted)) {",
    '  pm.variables.set("ecsNext", "none");',
    `  ${saveRevision('newest.serviceRevisionArn || ""')};`,
    '} else pm.variables.set("ecsNext", "update");'
  ];
}
function sendOnce(checkStep, onApplied) {
  return [
    'const type = String((body && body.__type) || "").split("#").pop();',
    "const throttled = status === 429 || status >= 500 || (status === 400 && /Throttl|RequestLimitExceeded/.test(type));",
    "if (status === 400 && !throttled) {",
    "  pm.test(`${pm.info.requestName}: ECS answered ${type}`, () => pm.expect.fail(pm.response.text().slice(0, 500)));",
    "  stop = true;",
    "} else if (throttled) {",
    '  const attempts = Number(pm.variables.get("ecsSendAttempts") || 0);',
    '  if (attempts >= Number(pm.environment.get("maxRetries") || 5)) {',
    "    pm.test(`${pm.info.requestName}: still ${status} after ${attempts + 1} attempts`, () => pm.expect.fail(pm.response.text().slice(0, 500)));",
    "    stop = true;",
    "  } else {",
    '    pm.variables.set("ecsSendAttempts", attempts + 1);',
    '    pm.variables.set("ecsRecheck", "yes");',
    '    const asked = Number(pm.response.headers.get("Retry-After")) * 1000;',
    '    const pause = asked > 0 ? asked : Number(pm.environment.get("retryDelayMs") || 1000) * 2 ** attempts;',
    "    setTimeout(() => {}, Math.min(pause, 30000));",
    `    pm.execution.setNextRequest(${JSON.stringify(checkStep)});`,
    "  }",
    "} else {",
    ...onApplied.map((line) => `  ${line}`),
    "}"
  ];
}
function waitUntilAlone(image, revision, urls) {
  return {
    onSuccess: [
      ...readService,
      `const revision = ${revision};`,
      `const image = ${image};`,
      "const ours = configs.filter((c) => (revision ? c.serviceRevisionArn === revision : runs(c, image)));",
      "const code = service.status && service.status.statusCode;",
      'const polls = Number(pm.environment.get("polls") || 0);',
      'pm.variables.set("ecsServing", "no");',
      'if (code && code !== "ACTIVE") {',
      '  pm.test(`the service is ${code}`, () => pm.expect.fail(String((service.status && service.status.statusReason) || "")));',
      "  stop = true;",
      // A few polls of grace: the revision an Update answered with may take a moment to be listed.
      "} else if (revision && configs.length > 0 && ours.length === 0 && polls >= 3) {",
      '  pm.test("ECS no longer runs the new revision", () => pm.expect.fail(`${revision} left the active configurations: ECS rolled the deployment back or another replaced it`));',
      "  stop = true;",
      "} else if (configs.length === 1 && ours.length === 1) {",
      '  pm.variables.set("ecsServing", "yes");',
      "  const url = endpointOf(ours[0]);",
      ...urls.map((key) => `  if (url) pm.environment.set(${JSON.stringify(key)}, url);`),
      "}"
    ],
    until: 'pm.variables.get("ecsServing") === "yes"'
  };
}
function primaryContainer(image) {
  return [
    "{",
    `    "image": ${image},`,
    '    "containerPort": {{port}},',
    '    "environment": [',
    '      { "name": "PORT", "value": {{port.json}} },',
    '      { "name": "API_CREDENTIALS", "value": {{apiCredentials.json}} }',
    "    ]",
    "  }"
  ].join("\n");
}
var createBody = [
  "{",
  '  "serviceName": {{service.json}},',
  '  "cluster": {{cluster.json}},',
  '  "infrastructureRoleArn": {{infrastructureRoleArn.json}},',
  '  "executionRoleArn": {{executionRoleArn.json}},',
  '  "healthCheckPath": {{healthPath.json}},',
  `  "primaryContainer": ${primaryContainer("{{image.json}}")}`,
  "}"
].join("\n");
function updateBody(image) {
  return [
    "{",
    '  "serviceArn": {{serviceArn.json}},',
    '  "healthCheckPath": {{healthPath.json}},',
    `  "primaryContainer": ${primaryContainer(image)}`,
    "}"
  ].join("\n");
}
var findTheService = "Find the service";
var deploy2 = [
  ecs(findTheService, "DescribeExpressGatewayService", {
    description: "Describes the service: a missing one answers ResourceNotFoundException and is created next. Saves the image serving now as {{previousRelease}} and the service URL.",
    body: describeBody,
    accept: [400],
    prerequest: serviceArnScript(true),
    onSuccess: [
      'const type = String((body && body.__type) || "").split("#").pop();',
      'if (status === 400 && !["ResourceNotFoundException", "ServiceNotFoundException"].includes(type)) {',
      "  pm.test(`${pm.info.requestName}: ECS answered ${type}`, () => pm.expect.fail(pm.response.text().slice(0, 500)));",
      "  stop = true;",
      "} else {",
      ...readService.map((line) => `  ${line}`),
      // After a failed Create or Update this step runs again: what served before is already saved.
      '  if (pm.variables.get("ecsRecheck") !== "yes") {',
      '    const serving = service.serviceArn && !(service.status && service.status.statusCode === "INACTIVE") ? configs[0] : undefined;',
      '    pm.environment.set("previousRelease", (serving && serving.primaryContainer && serving.primaryContainer.image) || "");',
      '    pm.environment.set("serviceUrl", endpointOf(serving));',
      '    pm.environment.set("candidateRelease", "");',
      "  }",
      ...decideChange('pm.environment.get("image")', (value) => `pm.environment.set("candidateRelease", ${value})`).map((line) => `  ${line}`),
      "}"
    ]
  }),
  ecs("Create the service", "CreateExpressGatewayService", {
    description: "Creates the Express service running {{image}} (only when it does not exist yet).",
    body: createBody,
    when: 'pm.variables.get("ecsNext") === "create"',
    retry: false,
    accept: [400, 429, 500, 502, 503, 504],
    onSuccess: sendOnce(findTheService, [
      ...readService,
      'if (service.serviceArn) pm.environment.set("serviceArn", service.serviceArn);',
      'pm.environment.set("candidateRelease", (newest && newest.serviceRevisionArn) || "");',
      'if (endpointOf(newest)) pm.environment.set("serviceUrl", endpointOf(newest));'
    ])
  }),
  ecs("Update the service", "UpdateExpressGatewayService", {
    description: "Updates the service to run {{image}}: ECS starts a canary deployment of a new revision (only when the service does not run it already).",
    body: updateBody("{{image.json}}"),
    when: 'pm.variables.get("ecsNext") === "update"',
    retry: false,
    accept: [400, 429, 500, 502, 503, 504],
    onSuccess: sendOnce(findTheService, [
      "const updated = (body && body.service) || {};",
      'if (updated.serviceArn) pm.environment.set("serviceArn", updated.serviceArn);',
      'pm.environment.set("candidateRelease", (updated.targetConfiguration && updated.targetConfiguration.serviceRevisionArn) || "");'
    ])
  })
];
var deployedAlone = waitUntilAlone('pm.environment.get("image")', 'pm.environment.get("candidateRelease")', ["serviceUrl", "candidateUrl"]);
var wait2 = [
  ecs("Wait until the new revision serves alone", "DescribeExpressGatewayService", {
    description: "Describes the service until the new revision is its only active configuration (the canary is over) and saves the service URL as {{candidateUrl}}: Express Mode has no URL for a revision alone.",
    body: describeBody,
    prerequest: serviceArnScript(false),
    ...deployedAlone
  })
];
var promote2 = [
  ecs("Confirm the new revision still serves", "DescribeExpressGatewayService", {
    description: "Nothing to switch: the candidate took all the traffic when its deployment finished. Confirms ECS has not rolled it back since.",
    body: describeBody,
    prerequest: serviceArnScript(false),
    onSuccess: [
      ...readService,
      'const revision = pm.environment.get("candidateRelease");',
      'const ours = configs.filter((c) => (revision ? c.serviceRevisionArn === revision : runs(c, pm.environment.get("image"))));',
      "if (!(configs.length === 1 && ours.length === 1)) {",
      '  pm.test("the new revision serves alone", () => pm.expect.fail(`active configurations: ${configs.map((c) => c.serviceRevisionArn).join(", ") || "none"}`));',
      "  stop = true;",
      '} else if (endpointOf(newest)) pm.environment.set("serviceUrl", endpointOf(newest));'
    ]
  })
];
var findWhatServes = "Find what serves";
var rolledBackAlone = waitUntilAlone('pm.environment.get("previousRelease")', 'pm.variables.get("ecsRollbackRevision")', ["serviceUrl"]);
var rollBack2 = [
  ecs(findWhatServes, "DescribeExpressGatewayService", {
    description: "Describes the service before returning it to {{previousRelease}}, the image that served before this deploy.",
    body: describeBody,
    prerequest: serviceArnScript(false),
    onSuccess: [
      'if (!pm.environment.get("previousRelease")) {',
      '  pm.test("an earlier image to return to", () => pm.expect.fail("this deploy created the service: no earlier image served, so the candidate keeps serving until a good image is deployed"));',
      "  stop = true;",
      "} else {",
      ...readService.map((line) => `  ${line}`),
      ...decideChange('pm.environment.get("previousRelease")', (value) => `pm.variables.set("ecsRollbackRevision", ${value})`).map((line) => `  ${line}`),
      '  if (pm.variables.get("ecsNext") === "create") {',
      '    pm.test("the service exists", () => pm.expect.fail("the service is gone: there is nothing to roll back"));',
      "    stop = true;",
      "  }",
      "}"
    ]
  }),
  ecs("Update back to the previous image", "UpdateExpressGatewayService", {
    description: "Updates the service back to {{previousRelease}}: ECS deploys it as a new revision (only when the service does not run it already).",
    body: updateBody("{{previousRelease.json}}"),
    when: 'pm.variables.get("ecsNext") === "update"',
    retry: false,
    accept: [400, 429, 500, 502, 503, 504],
    onSuccess: sendOnce(findWhatServes, [
      "const updated = (body && body.service) || {};",
      'pm.variables.set("ecsRollbackRevision", (updated.targetConfiguration && updated.targetConfiguration.serviceRevisionArn) || "");'
    ])
  }),
  ecs("Wait until the previous image serves alone", "DescribeExpressGatewayService", {
    description: "Describes the service until the revision running {{previousRelease}} is its only active configuration.",
    body: describeBody,
    prerequest: serviceArnScript(false),
    ...rolledBackAlone
  })
];
var roleArn = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
var ecsExpress = {
  name: "ecs-express",
  title: "Amazon ECS Express Mode",
  gated: false,
  variables: [
    // An Express Mode canary bakes twice (about 3 minutes each) before the new revision serves alone.
    { key: "maxPolls", description: "Polls before a wait gives up (an Express Mode canary takes ten minutes or more).", default: "450", pattern: /^\d{1,5}$/ },
    { key: "region", description: "The AWS Region of the service, e.g. us-east-1.", required: true, pattern: /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/ },
    {
      key: "cluster",
      description: "The ECS cluster's short name; Express Mode's own cluster, default, when not given.",
      default: "default",
      pattern: /^[A-Za-z0-9_-]{1,255}$/
    },
    {
      key: "infrastructureRoleArn",
      description: "The IAM role ECS manages the service's load balancer, security groups and scaling with; the service is created in this role's account.",
      required: true,
      pattern: roleArn
    },
    {
      key: "executionRoleArn",
      description: "The IAM role ECS pulls the image and writes the container's logs with (the task execution role).",
      required: true,
      pattern: roleArn
    },
    {
      key: "ecsApiUrl",
      description: "ECS's API endpoint; the default follows {{region}} (set it for the China Regions or a VPC endpoint).",
      default: "https://ecs.{{region}}.amazonaws.com",
      pattern: /^https?:\/\/[^\s/?#]+$/
    },
    { key: "awsAccessKeyId", description: "The access key id requests are signed with (SigV4).", required: true, secretFrom: "AWS_ACCESS_KEY_ID" },
    { key: "awsSecretAccessKey", description: "The secret access key requests are signed with.", required: true, secretFrom: "AWS_SECRET_ACCESS_KEY" },
    {
      key: "awsSessionToken",
      description: "The session token of temporary credentials (an assumed role, GitHub OIDC); empty for long-term keys.",
      secretFrom: "AWS_SESSION_TOKEN"
    }
  ],
  folders: { deploy: deploy2, wait: wait2, promote: promote2, rollBack: rollBack2 }
};

// src/stages/deploy/targets/heroku.ts
var app = "{{herokuApiUrl}}/apps/{{service}}";
var releases = `${app}/releases`;
var auth2 = bearer("apiKey");
var version3 = "application/vnd.heroku+json; version=3";
var headers = { Accept: version3 };
var firstPage = "id ..; max=1000";
var pagedHeaders = { ...headers, Range: "{{releasesRange}}" };
var saveUrls = [
  'const webUrl = String(body.web_url || "").replace(/\\/+$/, "");',
  'pm.environment.set("serviceUrl", webUrl);',
  'pm.environment.set("candidateUrl", webUrl);'
];
var failWhenReleaseFailed = [
  'if (body && (body.status === "failed" || body.status === "expired")) {',
  '  const output = body.output_stream_url ? ` (release output: ${body.output_stream_url})` : "";',
  '  pm.test(`release v${body.version} ${body.status}`, () => pm.expect.fail(`${body.description || "no description"}${output}`));',
  "  stop = true;",
  "}"
];
var deploy3 = [
  call("Find the app", {
    method: "GET",
    url: app,
    auth: auth2,
    headers,
    description: "Reads the app {{service}}: its web URL, and its stack (a Docker image is released only to an app on the container stack). 404: it is created next.",
    accept: [404],
    onSuccess: [
      'pm.environment.set("appExists", status === 200 ? "yes" : "no");',
      `pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      "if (status === 200) {",
      "  const stack = body.stack && body.stack.name;",
      '  if (stack !== "container") {',
      '    pm.test("the app is on the container stack", () => pm.expect.fail(`the app is on the stack ${stack}: set it to container (heroku stack:set container) to release Docker images`));',
      "    stop = true;",
      "  } else {",
      ...saveUrls.map((line) => `    ${line}`),
      "  }",
      "}"
    ]
  }),
  call("Create the app", {
    method: "POST",
    url: "{{herokuApiUrl}}/apps",
    auth: auth2,
    headers,
    description: "Creates the app {{service}} on the container stack, when it does not exist yet.",
    body: '{\n  "name": {{service.json}},\n  "stack": "container"\n}',
    when: 'pm.environment.get("appExists") === "no"',
    onSuccess: saveUrls
  }),
  call("Find the current release", {
    method: "GET",
    url: releases,
    auth: auth2,
    headers: pagedHeaders,
    description: "Saves the release serving now as {{previousRelease}}, what Roll back returns to. It is read before the config vars are set, since setting them makes a release too.",
    onSuccess: [
      "const current = (Array.isArray(body) ? body : []).find((release) => release.current === true);",
      'const next = pm.response.headers.get("Next-Range");',
      "if (current) {",
      '  pm.environment.set("previousRelease", current.id);',
      '  pm.environment.set("previousVersion", current.version);',
      `  pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      "} else if (status === 206 && next) {",
      '  pm.environment.set("releasesRange", next);',
      "  pm.execution.setNextRequest(pm.info.requestName);",
      "} else {",
      `  pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      '  pm.test("the app has a current release", () => pm.expect.fail("no release of the app is current: there would be nothing to roll back to"));',
      "  stop = true;",
      "}"
    ]
  }),
  call("Set the server's credentials", {
    method: "PATCH",
    url: `${app}/config-vars`,
    auth: auth2,
    headers,
    description: "Sets the config var API_CREDENTIALS, the credentials the server accepts. Heroku makes a release of it, running the image that serves now.",
    body: '{\n  "API_CREDENTIALS": {{apiCredentials.json}}\n}'
  }),
  call("Release the image", {
    method: "PATCH",
    url: `${app}/formation`,
    auth: auth2,
    // The docker-releases variant: the one the formation update takes docker_image in.
    headers: { Accept: `${version3}.docker-releases` },
    description: "Releases the image {{imageId}} (pushed to registry.heroku.com/{{service}}/{{processType}}) as the {{processType}} process. Heroku makes a release of it, which serves at once.",
    body: '{\n  "updates": [\n    {\n      "type": {{processType.json}},\n      "docker_image": {{imageId.json}}\n    }\n  ]\n}',
    onSuccess: [`pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`]
  })
];
var wait3 = [
  call("Find the new release", {
    method: "GET",
    url: releases,
    auth: auth2,
    headers: pagedHeaders,
    description: "Saves the newest release, the one releasing the image, as {{candidateRelease}}.",
    onSuccess: [
      `const firstPage = pm.environment.get("releasesRange") === ${JSON.stringify(firstPage)};`,
      'let newest = firstPage ? 0 : Number(pm.environment.get("newestVersion") || 0);',
      "for (const release of Array.isArray(body) ? body : []) {",
      "  if (release.version > newest) {",
      "    newest = release.version;",
      '    pm.environment.set("candidateRelease", release.id);',
      "  }",
      "}",
      'pm.environment.set("newestVersion", newest);',
      'const next = pm.response.headers.get("Next-Range");',
      "if (status === 206 && next) {",
      '  pm.environment.set("releasesRange", next);',
      "  pm.execution.setNextRequest(pm.info.requestName);",
      "} else {",
      `  pm.environment.set("releasesRange", ${JSON.stringify(firstPage)});`,
      '  if (newest <= Number(pm.environment.get("previousVersion") || 0)) {',
      '    pm.test("the image made a release", () => pm.expect.fail(`no release is newer than v${pm.environment.get("previousVersion")}`));',
      "    stop = true;",
      "  }",
      "}"
    ]
  }),
  call("Wait for the release", {
    method: "GET",
    url: `${releases}/{{candidateRelease}}`,
    auth: auth2,
    headers,
    description: "Polls the release {{candidateRelease}} until it succeeded; a failed release fails the deploy with its description.",
    onSuccess: failWhenReleaseFailed,
    until: 'body && body.status === "succeeded"'
  })
];
var promote3 = [
  call("Confirm the tested release serves", {
    method: "GET",
    url: `${releases}/{{candidateRelease}}`,
    auth: auth2,
    headers,
    description: "Heroku has nothing to promote: the release has served since it succeeded. This checks it is still the current one, so the release the contract tests passed is the one left serving.",
    onSuccess: [
      "if (!body || body.current !== true) {",
      '  pm.test("the tested release is the current one", () => pm.expect.fail(`release v${body && body.version} is no longer current: another release came after it`));',
      "  stop = true;",
      "}"
    ]
  })
];
var rollBack3 = [
  call("Roll back to the previous release", {
    method: "POST",
    url: releases,
    auth: auth2,
    headers,
    description: "Makes a release of {{previousRelease}} again: its image and its config vars.",
    body: '{\n  "release": {{previousRelease.json}}\n}',
    onSuccess: ['pm.environment.set("rollbackRelease", body.id);']
  }),
  call("Wait for the roll back", {
    method: "GET",
    url: `${releases}/{{rollbackRelease}}`,
    auth: auth2,
    headers,
    description: "Polls the rollback release until it succeeded.",
    onSuccess: failWhenReleaseFailed,
    until: 'body && body.status === "succeeded"'
  })
];
var heroku = {
  name: "heroku",
  title: "Heroku",
  gated: false,
  variables: [
    { key: "service", description: "The Heroku app deployed to: created when missing.", required: true, pattern: /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/ },
    {
      key: "herokuApiUrl",
      description: "The Platform API's base URL.",
      default: "https://api.heroku.com",
      pattern: /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/
    },
    { key: "apiKey", description: "A Heroku API key (or OAuth token) with access to the app.", required: true, secretFrom: "HEROKU_API_KEY" },
    {
      key: "imageId",
      description: "The image's id as Heroku's registry knows it: the config digest (sha256:\u2026) of the image pushed to registry.heroku.com/<app>/<process type>.",
      required: true,
      pattern: /^sha256:[0-9a-f]{64}$/
    },
    { key: "processType", description: "The process type the image runs as; only web takes HTTP traffic.", default: "web", pattern: /^[-\w]{1,128}$/ }
  ],
  folders: { deploy: deploy3, wait: wait3, promote: promote3, rollBack: rollBack3 }
};

// src/stages/deploy/targets/index.ts
var deployTargets = {
  "cloud-run": cloudRun,
  "container-apps": containerApps,
  "ecs-express": ecsExpress,
  heroku
};

export {
  deployTargets
};
