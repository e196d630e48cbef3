/**
 * What a deploy target is: the folders of its deployment collection, against the platform's own HTTP
 * API, and the variables they read. A target is data. Every value a request needs (the image, the
 * service, the region, a token) is an environment variable the collection reads, never text written
 * into a script or a body, so the same collection runs in the action, in Newman anywhere, and in
 * Postman with an environment holding the keys.
 */
import type { DeployTargetName } from '../../../config.ts';
import type { PostmanItem } from '../../../postman/postman-types.ts';

export type { DeployTargetName };

/** A variable of the deployment collection's environment. */
export interface TargetVariable {
  /** The environment key, also the `key=value` name in the deploy-settings input. */
  key: string;
  /** What it is, shown in the environment and in errors. */
  description: string;
  /** Filled in when the user gives nothing. */
  default?: string;
  /** The deploy cannot start without it. */
  required?: boolean;
  /**
   * The value is substituted into request URLs, so it must match this (anchored) pattern: a name
   * never turns into another path segment or a query.
   */
  pattern?: RegExp;
  /** A secret: empty in every file written; the CLI and the action read it from this environment variable. */
  secretFrom?: string;
}

export interface DeployTarget {
  name: DeployTargetName;
  /** The platform, for people: "Google Cloud Run". */
  title: string;
  /**
   * true: the candidate takes no traffic until it is promoted (a tagged revision, a zero-weight
   * label). false: the platform has no such thing; the candidate serves at once and is rolled back
   * when its contract fails.
   */
  gated: boolean;
  /**
   * The header that carries `{{candidateToken}}` (when a folder minted one) to a private candidate,
   * its Confirm probe and its contract tests; `Authorization` when not said. Cloud Run takes the
   * ID token in X-Serverless-Authorization, which leaves Authorization to the API's own scheme.
   */
  candidateAuthHeader?: string;
  /** The target's own variables: settings, secrets and the API's base URL (which tests point at a local server). */
  variables: readonly TargetVariable[];
  /**
   * The folders, each a list of requests run in order. The variables they leave in the environment
   * for the steps after them: `candidateUrl` (required after `wait`), `serviceUrl`,
   * `previousRelease` (what a roll back returns to) and `candidateRelease`.
   */
  folders: {
    /** Exchanges a credential for the token the other folders send; absent when the token is given. */
    signIn?: PostmanItem[];
    deploy: PostmanItem[];
    wait: PostmanItem[];
    promote: PostmanItem[];
    rollBack: PostmanItem[];
  };
}

/** The variables every deployment collection reads, whatever the target; the run fills them in. */
export const commonVariables: readonly TargetVariable[] = [
  { key: 'service', description: 'The service (app) deployed to: created when missing.', required: true, pattern: /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/ },
  { key: 'image', description: 'The image to run, by digest (registry/repository@sha256:...).', required: true },
  {
    key: 'buildId',
    description: 'The build the image answers with, in its X-Build-Id header.',
    required: true,
    pattern: /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$/,
  },
  { key: 'port', description: 'The port the server listens on inside the container (its PORT).', default: '8000', pattern: /^\d{2,5}$/ },
  {
    key: 'healthPath',
    description: 'The path the server answers on once it runs (the generated server has /healthz).',
    default: '/healthz',
    pattern: /^\/[A-Za-z0-9._~/-]*$/,
  },
  {
    key: 'apiCredentials',
    description: 'The credentials the deployed server accepts (its API_CREDENTIALS: scheme=value per line).',
    secretFrom: 'API_CREDENTIALS',
  },
  { key: 'pollIntervalMs', description: 'Pause between polls of a long-running operation (ms).', default: '2000', pattern: /^\d{1,6}$/ },
  { key: 'maxPolls', description: 'Polls before a wait gives up.', default: '150', pattern: /^\d{1,5}$/ },
  { key: 'maxRetries', description: 'Times a request the platform answered with 429 or 5xx is sent again.', default: '5', pattern: /^\d{1,2}$/ },
  {
    key: 'retryDelayMs',
    description: 'First pause before such a retry (ms); doubles each time unless the platform sends Retry-After.',
    default: '1000',
    pattern: /^\d{1,6}$/,
  },
];

/** Variables the folders set for the steps after them. */
export const producedVariables = ['candidateUrl', 'serviceUrl', 'previousRelease', 'candidateRelease'] as const;
