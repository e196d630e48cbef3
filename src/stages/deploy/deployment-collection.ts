/**
 * A target's deployment collection and its environment, as written to disk, published to Postman and
 * run by the deploy stage. Folders in the order a person runs them in Postman: Sign in (when the
 * target has one) → Deploy the candidate → Wait → Confirm the build → Contract (the spec's contract
 * tests against `{{candidateUrl}}`, when the spec is known) → Promote, or Roll back.
 */
import type { PostmanCollection, PostmanEnvironment, PostmanFolder, PostmanItem } from '../../postman/postman-types.ts';
import { COLLECTION_SCHEMA } from '../../postman/postman-types.ts';
import { stableId } from '../collection/ids.ts';
import { call, jsonTwinsScript, script } from './collection-parts.ts';
import { commonVariables, type DeployTarget, type TargetVariable } from './targets/target.ts';

export const folderNames = {
  signIn: 'Sign in',
  deploy: 'Deploy the candidate',
  wait: 'Wait',
  confirm: 'Confirm the build',
  contract: 'Contract',
  promote: 'Promote',
  rollBack: 'Roll back',
} as const;
export type FolderKey = keyof typeof folderNames;

/**
 * Every variable of a target's collection: the common ones, then the target's own. A target may
 * redeclare a common one to narrow it (Heroku's shorter app names) or to change its default (a
 * longer wait where a platform's rollout takes longer).
 */
export function variablesOf(target: DeployTarget): TargetVariable[] {
  const own = new Set(target.variables.map((v) => v.key));
  return [...commonVariables.filter((v) => !own.has(v.key)), ...target.variables];
}

/** The environment variables a target's secrets are read from. */
export function secretVariablesOf(target: DeployTarget): string[] {
  return variablesOf(target).flatMap((v) => (v.secretFrom ? [v.secretFrom] : []));
}

/**
 * `contract`: the contract collection, whose requests become the Contract folder, sent to
 * `{{candidateUrl}}`, so a Postman user runs the whole rollout from one collection. The stage
 * itself runs the contract collection on its own and skips that folder.
 */
export function deploymentCollection(target: DeployTarget, contract?: PostmanCollection, service?: string): PostmanCollection {
  const folder = (key: FolderKey, description: string, item: PostmanItem[]): PostmanFolder => ({
    id: stableId('folder', `deploy\u0000${target.name}\u0000${key}`),
    name: folderNames[key],
    description,
    item,
  });
  const folders: PostmanFolder[] = [
    ...(target.folders.signIn
      ? [
          folder(
            'signIn',
            'Exchanges the credential in the environment for the access token the other folders send. Skip it when the token is given.',
            target.folders.signIn,
          ),
        ]
      : []),
    folder(
      'deploy',
      target.gated
        ? 'Creates the candidate from {{image}}. It takes no traffic until Promote.'
        : 'Releases {{image}}. The platform has no release without traffic, so it serves at once; Roll back returns to {{previousRelease}}.',
      target.folders.deploy,
    ),
    folder(
      'wait',
      'Polls the platform until the candidate runs (at most {{maxPolls}} polls, {{pollIntervalMs}} ms apart) and saves {{candidateUrl}}.',
      target.folders.wait,
    ),
    folder(
      'confirm',
      contract
        ? 'Waits until {{candidateUrl}} answers as build {{buildId}}.'
        : 'Waits until {{candidateUrl}} answers as build {{buildId}}. Run the contract collection against {{candidateUrl}} next.',
      confirmBuild(target),
    ),
    ...(contract
      ? [
          {
            ...folder(
              'contract',
              'The contract tests, sent to the candidate: {{baseUrl}} is {{candidateUrl}} here. If one fails, run "Roll back" instead of "Promote".',
              contract.item,
            ),
            event: [script('prerequest', ['pm.variables.set("baseUrl", pm.environment.get("candidateUrl"));', ...candidateAuth(target)])],
          },
        ]
      : []),
    folder('promote', 'Sends the traffic to the candidate, once its contract tests pass.', target.folders.promote),
    folder('rollBack', 'Returns to the release that served before, when the candidate breaks its contract.', target.folders.rollBack),
  ];
  return {
    info: {
      _postman_id: stableId('collection', `deploy\u0000${target.name}`),
      // Named for the service: a workspace holds one deployment collection per service and platform.
      name: service ? `Deploy ${service} to ${target.title}` : `Deploy to ${target.title}`,
      schema: COLLECTION_SCHEMA,
      description: [
        `Deploys a container image to ${target.title} through its own HTTP API, tests it, and promotes it or rolls it back.`,
        '',
        'Pick the environment written beside this collection and fill in its secret variables (they are empty in every file written).',
        contract
          ? 'Run the folders in order; if a request of "Contract" fails, run "Roll back" instead of "Promote".'
          : 'Run the folders in order; between "Confirm the build" and "Promote", run the contract collection with baseUrl set to {{candidateUrl}}. If it fails, run "Roll back" instead of "Promote".',
      ].join('\n'),
    },
    event: [script('prerequest', jsonTwinsScript)],
    item: folders,
  };
}

/**
 * The build answering on the candidate URL: a platform that is still routing answers 404, 502 or 503
 * without the header, and that is "not yet"; the server's own 5xx carries it and fails at once,
 * with its answer, rather than after the wait's cap.
 */
function confirmBuild(target: DeployTarget): PostmanItem[] {
  return [
    call('Candidate answers as this build', {
      method: 'GET',
      url: '{{candidateUrl}}{{healthPath}}',
      auth: { type: 'noauth' },
      description:
        'The candidate must answer with X-Build-Id {{buildId}}: until then, another build (or none) serves there. A private service is called with {{candidateToken}} when the deploy minted one.',
      prerequest: [
        'const token = pm.environment.get("candidateToken");',
        'if (token) pm.request.headers.upsert({ key: "Authorization", value: `Bearer ${token}` });',
      ],
      accept: [404, 500, 502, 503, 504],
      retry: false,
      onSuccess: [
        'if (status >= 500 && pm.response.headers.get("X-Build-Id")) {',
        '  pm.test(`the candidate answered ${status}`, () => pm.expect.fail(pm.response.text().slice(0, 500)));',
        '  stop = true;',
        '}',
      ],
      until: 'status < 400 && pm.response.headers.get("X-Build-Id") === pm.environment.get("buildId")',
    }),
  ];
}

/** The header of a private candidate's token, set only when a folder minted one. */
export function candidateAuthHeader(target: DeployTarget): string {
  return target.candidateAuthHeader ?? 'Authorization';
}

function candidateAuth(target: DeployTarget): string[] {
  return [
    'const token = pm.environment.get("candidateToken");',
    `if (token) pm.request.headers.upsert({ key: ${JSON.stringify(candidateAuthHeader(target))}, value: \`Bearer \${token}\` });`,
  ];
}

/**
 * The environment written beside the collection: every setting with the value given (or its
 * default), every secret empty, and the variables the folders fill in.
 */
export function deploymentEnvironment(
  target: DeployTarget,
  name: string,
  values: Readonly<Record<string, string>>,
  /** The contract's credential variables, secret and empty like the platform's. */
  contractSecrets: readonly string[] = [],
): PostmanEnvironment {
  const entries = variablesOf(target).map((variable) => ({
    key: variable.key,
    value: variable.secretFrom ? '' : (values[variable.key] ?? variable.default ?? ''),
    type: variable.secretFrom ? ('secret' as const) : ('default' as const),
    enabled: true,
  }));
  const produced = ['candidateUrl', 'serviceUrl', 'previousRelease', 'candidateRelease'].map((key) => ({
    key,
    value: '',
    type: 'default' as const,
    enabled: true,
  }));
  const credentials = contractSecrets
    .filter((key) => !entries.some((e) => e.key === key))
    .map((key) => ({ key, value: '', type: 'secret' as const, enabled: true }));
  return {
    id: stableId('environment', `deploy\u0000${target.name}\u0000${name}`),
    name,
    values: [...entries, ...produced, ...credentials],
    _postman_variable_scope: 'environment',
  };
}
