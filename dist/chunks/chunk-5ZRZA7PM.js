import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  call,
  jsonTwinsScript,
  script
} from "./chunk-LKJHTKL3.js";
import {
  stableId
} from "./chunk-D6MHEZL6.js";
import {
  COLLECTION_SCHEMA
} from "./chunk-L3IYTAVW.js";

// src/stages/deploy/targets/target.ts
var commonVariables = [
  { key: "service", description: "The service (app) deployed to: created when missing.", required: true, pattern: /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/ },
  { key: "image", description: "The image to run, by digest (registry/repository@sha256:...).", required: true },
  {
    key: "buildId",
    description: "The build the image answers with, in its X-Build-Id header.",
    required: true,
    pattern: /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$/
  },
  { key: "port", description: "The port the server listens on inside the container (its PORT).", default: "8000", pattern: /^\d{2,5}$/ },
  {
    key: "healthPath",
    description: "The path the server answers on once it runs (the generated server has /healthz).",
    default: "/healthz",
    pattern: /^\/[A-Za-z0-9._~/-]*$/
  },
  {
    key: "apiCredentials",
    description: "The credentials the deployed server accepts (its API_CREDENTIALS: scheme=value per line).",
    secretFrom: "API_CREDENTIALS"
  },
  { key: "pollIntervalMs", description: "Pause between polls of a long-running operation (ms).", default: "2000", pattern: /^\d{1,6}$/ },
  { key: "maxPolls", description: "Polls before a wait gives up.", default: "150", pattern: /^\d{1,5}$/ },
  { key: "maxRetries", description: "Times a request the platform answered with 429 or 5xx is sent again.", default: "5", pattern: /^\d{1,2}$/ },
  {
    key: "retryDelayMs",
    description: "First pause before such a retry (ms); doubles each time unless the platform sends Retry-After.",
    default: "1000",
    pattern: /^\d{1,6}$/
  }
];

// src/stages/deploy/deployment-collection.ts
var folderNames = {
  signIn: "Sign in",
  deploy: "Deploy the candidate",
  wait: "Wait",
  confirm: "Confirm the build",
  contract: "Contract",
  promote: "Promote",
  rollBack: "Roll back"
};
function variablesOf(target) {
  const own = new Set(target.variables.map((v) => v.key));
  return [...commonVariables.filter((v) => !own.has(v.key)), ...target.variables];
}
function secretVariablesOf(target) {
  return variablesOf(target).flatMap((v) => v.secretFrom ? [v.secretFrom] : []);
}
function deploymentCollection(target, contract, service) {
  const folder = (key, description, item) => ({
    id: stableId("folder", `deploy\0${target.name}\0${key}`),
    name: folderNames[key],
    description,
    item
  });
  const folders = [
    ...target.folders.signIn ? [
      folder(
        "signIn",
        "Exchanges the credential in the environment for the access token the other folders send. Skip it when the token is given.",
        target.folders.signIn
      )
    ] : [],
    folder(
      "deploy",
      target.gated ? "Creates the candidate from {{image}}. It takes no traffic until Promote." : "Releases {{image}}. The platform has no release without traffic, so it serves at once; Roll back returns to {{previousRelease}}.",
      target.folders.deploy
    ),
    folder(
      "wait",
      "Polls the platform until the candidate runs (at most {{maxPolls}} polls, {{pollIntervalMs}} ms apart) and saves {{candidateUrl}}.",
      target.folders.wait
    ),
    folder(
      "confirm",
      contract ? "Waits until {{candidateUrl}} answers as build {{buildId}}." : "Waits until {{candidateUrl}} answers as build {{buildId}}. Run the contract collection against {{candidateUrl}} next.",
      confirmBuild(target)
    ),
    ...contract ? [
      {
        ...folder(
          "contract",
          'The contract tests, sent to the candidate: {{baseUrl}} is {{candidateUrl}} here. If one fails, run "Roll back" instead of "Promote".',
          contract.item
        ),
        event: [script("prerequest", ['pm.variables.set("baseUrl", pm.environment.get("candidateUrl"));', ...candidateAuth(target)])]
      }
    ] : [],
    folder("promote", "Sends the traffic to the candidate, once its contract tests pass.", target.folders.promote),
    folder("rollBack", "Returns to the release that served before, when the candidate breaks its contract.", target.folders.rollBack)
  ];
  return {
    info: {
      _postman_id: stableId("collection", `deploy\0${target.name}`),
      // Named for the service: a workspace holds one deployment collection per service and platform.
      name: service ? `Deploy ${service} to ${target.title}` : `Deploy to ${target.title}`,
      schema: COLLECTION_SCHEMA,
      description: [
        `Deploys a container image to ${target.title} through its own HTTP API, tests it, and promotes it or rolls it back.`,
        "",
        "Pick the environment written beside this collection and fill in its secret variables (they are empty in every file written).",
        contract ? 'Run the folders in order; if a request of "Contract" fails, run "Roll back" instead of "Promote".' : 'Run the folders in order; between "Confirm the build" and "Promote", run the contract collection with baseUrl set to {{candidateUrl}}. If it fails, run "Roll back" instead of "Promote".'
      ].join("\n")
    },
    event: [script("prerequest", jsonTwinsScript)],
    item: folders
  };
}
function confirmBuild(target) {
  return [
    call("Candidate answers as this build", {
      method: "GET",
      url: "{{candidateUrl}}{{healthPath}}",
      auth: { type: "noauth" },
      description: "The candidate must answer with X-Build-Id {{buildId}}: until then, another build (or none) serves there. A private service is called with {{candidateToken}} when the deploy minted one.",
      prerequest: [
        'const token = pm.environment.get("candidateToken");',
        'if (token) pm.request.headers.upsert({ key: "Authorization", value: `Bearer ${token}` });'
      ],
      accept: [404, 500, 502, 503, 504],
      retry: false,
      onSuccess: [
        'if (status >= 500 && pm.response.headers.get("X-Build-Id")) {',
        "  pm.test(`the candidate answered ${status}`, () => pm.expect.fail(pm.response.text().slice(0, 500)));",
        "  stop = true;",
        "}"
      ],
      until: 'status < 400 && pm.response.headers.get("X-Build-Id") === pm.environment.get("buildId")'
    })
  ];
}
function candidateAuthHeader(target) {
  return target.candidateAuthHeader ?? "Authorization";
}
function candidateAuth(target) {
  return [
    'const token = pm.environment.get("candidateToken");',
    `if (token) pm.request.headers.upsert({ key: ${JSON.stringify(candidateAuthHeader(target))}, value: \`Bearer \${token}\` });`
  ];
}
function deploymentEnvironment(target, name, values, contractSecrets = []) {
  const entries = variablesOf(target).map((variable) => ({
    key: variable.key,
    value: variable.secretFrom ? "" : values[variable.key] ?? variable.default ?? "",
    type: variable.secretFrom ? "secret" : "default",
    enabled: true
  }));
  const produced = ["candidateUrl", "serviceUrl", "previousRelease", "candidateRelease"].map((key) => ({
    key,
    value: "",
    type: "default",
    enabled: true
  }));
  const credentials = contractSecrets.filter((key) => !entries.some((e) => e.key === key)).map((key) => ({ key, value: "", type: "secret", enabled: true }));
  return {
    id: stableId("environment", `deploy\0${target.name}\0${name}`),
    name,
    values: [...entries, ...produced, ...credentials],
    _postman_variable_scope: "environment"
  };
}

export {
  folderNames,
  variablesOf,
  secretVariablesOf,
  deploymentCollection,
  candidateAuthHeader,
  deploymentEnvironment
};
