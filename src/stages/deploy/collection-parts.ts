/**
 * The building blocks of a deployment collection: a request to a platform's API with the handling
 * every step needs (retry what the platform asks to be retried, fail with the answer's excerpt on
 * anything else, poll a long-running operation under a cap), as Postman scripts.
 *
 * Every script here is constant text: values reach a request only through environment variables,
 * and a free-text value reaches a JSON body only through its `{{name.json}}` twin (the value as a
 * JSON string, quotes included), which the collection's own pre-request script sets for every
 * variable. So nothing a user or a platform supplies ever becomes script code or breaks a body.
 */
import type { PostmanAuth, PostmanEvent, PostmanKeyValue, PostmanRequestItem, PostmanUrl } from '../../postman/postman-types.ts';
import { stableId } from '../collection/ids.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  method: Method;
  /** With `{{variables}}`, e.g. `{{runApiUrl}}/v2/projects/{{project}}/locations/{{region}}/services/{{service}}`. */
  url: string;
  query?: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  /** JSON text; free-text values as `{{name.json}}` (no quotes around it). */
  body?: string;
  /** How the request signs in; by default the collection's (a bearer token, for most targets). */
  auth?: PostmanAuth;
  /** What the step does, for a person reading the collection in Postman. */
  description: string;
  /** Statuses that are an expected answer besides 2xx, e.g. 404 when looking for a service that may not exist. */
  accept?: readonly number[];
  /**
   * JavaScript run once the answer is accepted, with `status` (number) and `body` (parsed JSON or
   * undefined) in scope; it sets `stop = true` to end the run there (after a failed pm.test).
   */
  onSuccess?: readonly string[];
  /**
   * Polling: a JavaScript condition over `status` and `body`. While it is false the request is sent
   * again after `pollIntervalMs`, at most `maxPolls` times, and then the step fails.
   */
  until?: string;
  /** JavaScript condition (with `pm` in scope) under which the request is sent; skipped otherwise. */
  when?: string;
  /** Send a 429 or 5xx again (the default); off where the step judges those answers itself. */
  retry?: boolean;
  /** A JavaScript condition over `status` and `body` for another answer that means "try again" (AWS throttling is a 400). */
  retryAlso?: string;
  /** JavaScript run before the request is sent (after `when`), e.g. to add a header only when a token exists. */
  prerequest?: readonly string[];
}

/** One request of a deployment collection. */
export function call(name: string, options: CallOptions): PostmanRequestItem {
  const header: PostmanKeyValue[] = Object.entries(options.headers ?? {}).map(([key, value]) => ({ key, value }));
  if (options.body !== undefined && !header.some((h) => h.key.toLowerCase() === 'content-type'))
    header.push({ key: 'Content-Type', value: 'application/json' });
  const event: PostmanEvent[] = [];
  const before = [...(options.when ? [`if (!(${options.when})) pm.execution.skipRequest();`] : []), ...(options.prerequest ?? [])];
  if (before.length > 0) event.push(script('prerequest', before));
  event.push(script('test', answerScript(options)));
  return {
    id: stableId('request', `deploy\u0000${name}\u0000${options.method} ${options.url}`),
    name,
    request: {
      method: options.method,
      url: postmanUrl(options.url, options.query),
      header,
      ...(options.body !== undefined && { body: { mode: 'raw', raw: options.body, options: { raw: { language: 'json' } } } }),
      ...(options.auth && { auth: options.auth }),
      description: options.description,
    },
    event,
  };
}

export function script(listen: 'prerequest' | 'test', exec: readonly string[]): PostmanEvent {
  return { listen, script: { type: 'text/javascript', exec: [...exec] } };
}

export function bearer(tokenVariable: string): PostmanAuth {
  return { type: 'bearer', bearer: [{ key: 'token', value: `{{${tokenVariable}}}`, type: 'string' }] };
}

/**
 * The collection's own pre-request script: the JSON twin of every environment variable, so a body
 * can hold any value (a credential with quotes or line breaks) without it ending the string.
 */
export const jsonTwinsScript: readonly string[] = [
  '// A body reads a free-text value as {{name.json}}: the value as a JSON string, quotes included.',
  'const values = pm.environment.toObject();',
  'for (const key of Object.keys(values)) pm.variables.set(`${key}.json`, JSON.stringify(String(values[key] ?? "")));',
];

/**
 * Retries 429 and 5xx (Retry-After when the platform sends one, else a doubling pause), fails on
 * any other unexpected answer with its first 500 characters, and stops the run there: the steps
 * after a failed one must not act on a half-done deploy.
 */
function answerScript(options: CallOptions): string[] {
  const accepted = JSON.stringify(options.accept ?? []);
  const lines = [
    'const status = pm.response.code;',
    'let body;',
    'try { body = pm.response.json(); } catch (notJson) { body = undefined; }',
    'const retries = Number(pm.environment.get("retries") || 0);',
    `if (${retryCondition(options)} && retries < Number(pm.environment.get("maxRetries") || 5)) {`,
    '  pm.environment.set("retries", retries + 1);',
    '  const asked = Number(pm.response.headers.get("Retry-After")) * 1000;',
    '  const pause = asked > 0 ? asked : Number(pm.environment.get("retryDelayMs") || 1000) * 2 ** retries;',
    '  setTimeout(() => {}, Math.min(pause, 30000));',
    '  pm.execution.setNextRequest(pm.info.requestName);',
    '} else {',
    '  pm.environment.set("retries", 0);',
    `  const ok = (status >= 200 && status < 300) || ${accepted}.includes(status);`,
    '  pm.test(`${pm.info.requestName}: answered ${status}`, () => pm.expect(ok, pm.response.text().slice(0, 500)).to.equal(true));',
    '  let stop = !ok;',
    '  if (ok) {',
    ...(options.onSuccess ?? []).map((line) => `    ${line}`),
    '  }',
    '  if (stop) pm.execution.setNextRequest(null);',
    ...(options.until ? ['  else {', ...pollLines(options.until).map((line) => `    ${line}`), '  }'] : []),
    '}',
  ];
  return lines;
}

function retryCondition(options: CallOptions): string {
  const conditions = [...(options.retry === false ? [] : ['status === 429 || status >= 500']), ...(options.retryAlso ? [options.retryAlso] : [])];
  return conditions.length === 0 ? 'false' : conditions.map((c) => `(${c})`).join(' || ');
}

function pollLines(until: string): string[] {
  return [
    `const done = Boolean(${until});`,
    'const polls = Number(pm.environment.get("polls") || 0);',
    'if (done) pm.environment.set("polls", 0);',
    'else if (polls + 1 >= Number(pm.environment.get("maxPolls") || 150)) {',
    '  pm.environment.set("polls", 0);',
    '  pm.test(`${pm.info.requestName}: still not done after ${polls + 1} polls`, () => pm.expect.fail(pm.response.text().slice(0, 500)));',
    '  pm.execution.setNextRequest(null);',
    '} else {',
    '  pm.environment.set("polls", polls + 1);',
    '  setTimeout(() => {}, Number(pm.environment.get("pollIntervalMs") || 2000));',
    '  pm.execution.setNextRequest(pm.info.requestName);',
    '}',
  ];
}

/**
 * A Postman URL object from a raw URL whose host may be a variable. A URL whose path is itself a
 * variable (`{{candidateUrl}}{{healthPath}}`) stays a plain string, as the format allows: split
 * into host and path, Newman would send it with a trailing slash.
 */
function postmanUrl(raw: string, query: Readonly<Record<string, string>> = {}): PostmanUrl {
  if (/^\{\{[^}]+\}\}\{\{[^}]+\}\}$/.test(raw) && Object.keys(query).length === 0) return raw as unknown as PostmanUrl;
  const match = /^((?:https?:\/\/)?[^/]+)(\/.*)?$/.exec(raw);
  const host = match?.[1] ?? raw;
  const path = (match?.[2] ?? '').split('/').filter(Boolean);
  const entries = Object.entries(query);
  const search = entries.map(([key, value]) => `${key}=${value}`).join('&');
  return {
    raw: search ? `${raw}?${search}` : raw,
    host: [host],
    path,
    ...(entries.length > 0 && { query: entries.map(([key, value]) => ({ key, value })) }),
  };
}
