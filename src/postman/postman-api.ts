/**
 * A small client for the Postman API: the endpoints the sync needs (workspaces, collections,
 * environments), the `X-Api-Key` header, 429s waited out as Postman asks, and bodies measured
 * against the documented limits before they are sent.
 *
 * The API key is a secret. It goes into the header and nowhere else: every message this module
 * builds from an answer has it removed, and a key that an HTTP header cannot carry is refused
 * before `fetch` sees it (fetch's own error would quote the value).
 */
import { UserError } from '../errors.ts';
import { inertLogText } from '../text/workflow-log.ts';
import { checkedBody, POSTMAN_API_URL, POSTMAN_PAYLOAD_LIMITS, type PayloadLimits, type PostmanResource } from './postman-api-limits.ts';
import { defaultRateLimitPolicy, rateLimitDecision, type RateLimitPolicy } from './postman-api-retry.ts';
import type { PostmanCollection, PostmanEnvironment } from './postman-types.ts';

export interface PostmanClientOptions {
  apiKey: string;
  /** The API's base URL; the public Postman API by default (a local server in tests). */
  baseUrl?: string;
  rateLimit?: Partial<RateLimitPolicy>;
  limits?: Partial<PayloadLimits>;
  /** One attempt gives up after this long: a large collection takes a while to upload. */
  timeoutMs?: number;
  /** Where waits are reported; stderr by default. */
  log?: (message: string) => void;
  /** Injected by tests that check the waits without spending them. */
  sleep?: (ms: number) => Promise<void>;
}

/** A collection or environment as a workspace lists it. */
export interface ElementRef {
  id: string;
  uid: string;
  name: string;
}

export interface WorkspaceContents {
  id: string;
  name: string;
  collections: ElementRef[];
  environments: ElementRef[];
}

/** An environment as the API holds it: the variables without the file's bookkeeping. */
export interface RemoteEnvironment {
  name: string;
  values: PostmanEnvironment['values'];
}

export interface PostmanClient {
  /** The workspace by its id, or by its exact name when that names one workspace. */
  findWorkspace(nameOrId: string): Promise<WorkspaceContents>;
  getCollection(uid: string): Promise<PostmanCollection>;
  createCollection(workspaceId: string, collection: PostmanCollection): Promise<ElementRef>;
  /** PUT: the collection keeps its id and uid, and items keep theirs when the body carries them. */
  updateCollection(uid: string, collection: PostmanCollection): Promise<ElementRef>;
  getEnvironment(uid: string): Promise<RemoteEnvironment>;
  createEnvironment(workspaceId: string, environment: RemoteEnvironment): Promise<ElementRef>;
  updateEnvironment(uid: string, environment: RemoteEnvironment): Promise<ElementRef>;
}

/** A request the Postman API turned down, or could not be asked; says what to do about it. */
export class PostmanApiError extends UserError {
  override readonly exitCode = 1;
  constructor(
    message: string,
    /** The HTTP status, when there was an answer. */
    readonly status: number | undefined,
    hint?: string,
  ) {
    super(message, undefined, hint);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createPostmanClient(options: PostmanClientOptions): PostmanClient {
  const apiKey = checkedKey(options.apiKey);
  const base = (options.baseUrl ?? POSTMAN_API_URL).replace(/\/+$/, '');
  const policy = { ...defaultRateLimitPolicy, ...options.rateLimit };
  const limits = { ...POSTMAN_PAYLOAD_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? 120_000;
  // stderr keeps stdout for --json; names in the messages come from the spec, so they are made inert for the runner.
  const log = options.log ?? ((message: string) => void process.stderr.write(`${inertLogText(message)}\n`));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const redact = (text: string) => text.split(apiKey).join('[redacted]');
  // The rate limit is per key, so the waits of every request of this client count against one budget.
  let waitedMs = 0;

  interface Call {
    method: 'GET' | 'POST' | 'PUT';
    path: string;
    query?: Record<string, string>;
    /** The JSON body, checked against the resource's size limit. */
    send?: { resource: PostmanResource; name: string; payload: unknown };
    /** For messages: "list workspaces", "update collection \"Shop\"". */
    what: string;
  }

  async function call(request: Call): Promise<Record<string, unknown>> {
    const body = request.send && checkedBody(request.send.resource, request.send.name, request.send.payload, limits);
    const query = request.query ? `?${new URLSearchParams(request.query)}` : '';
    const url = `${base}${request.path}${query}`;
    const headers: Record<string, string> = {
      'X-Api-Key': apiKey,
      Accept: 'application/json',
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    };
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      let text: string;
      try {
        response = await fetch(url, { method: request.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
        text = await response.text();
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const why = cause?.code ?? cause?.message ?? (error as Error).message;
        throw new PostmanApiError(
          redact(`cannot reach the Postman API at ${base} to ${request.what}: ${why}`),
          undefined,
          'Check the network, and the Postman API URL when one is set.',
        );
      }
      if (response.status === 429) {
        const decision = rateLimitDecision(Object.fromEntries(response.headers), { attempt, waitedMs }, policy, Date.now());
        if (!decision.retry) {
          throw new PostmanApiError(
            `the Postman API rate limit stopped "${request.what}": ${decision.why}`,
            429,
            'Run again later; the limit is per API key, so other jobs using the same key count too.',
          );
        }
        log(`Postman API: rate limited on "${request.what}"; trying again in ${(decision.delayMs / 1000).toFixed(1)} s.`);
        await sleep(decision.delayMs);
        waitedMs += decision.delayMs;
        continue;
      }
      const json = parseJson(text);
      if (response.ok && json !== undefined && typeof json === 'object' && json !== null) return json as Record<string, unknown>;
      throw failure(request.what, response.status, json ?? text, redact);
    }
  }

  async function workspace(id: string): Promise<WorkspaceContents> {
    const { workspace: found } = await call({ method: 'GET', path: `/workspaces/${encodeURIComponent(id)}`, what: `read workspace ${id}` });
    const w = found as { id?: unknown; name?: unknown; collections?: unknown; environments?: unknown } | undefined;
    if (!w || typeof w.id !== 'string') throw new PostmanApiError(`the Postman API answered an unexpected workspace for ${id}`, 200);
    return { id: w.id, name: String(w.name ?? ''), collections: elements(w.collections), environments: elements(w.environments) };
  }

  return {
    async findWorkspace(nameOrId) {
      if (UUID.test(nameOrId)) {
        try {
          return await workspace(nameOrId);
        } catch (error) {
          // A workspace may be named like an id; only a miss falls through to the names.
          if (!(error instanceof PostmanApiError) || error.status !== 404) throw error;
        }
      }
      const { workspaces } = await call({ method: 'GET', path: '/workspaces', what: 'list workspaces' });
      const matches = (Array.isArray(workspaces) ? workspaces : []).filter(
        (w): w is { id: string; name: string } => typeof w?.id === 'string' && w.name === nameOrId,
      );
      if (matches.length === 0) {
        throw new UserError(
          `no Postman workspace named "${nameOrId}" is visible to the API key`,
          undefined,
          'Give the workspace’s exact name or its id (in Postman: the workspace’s Overview, or its URL), and check that the key’s owner is a member of it.',
        );
      }
      if (matches.length > 1) {
        throw new UserError(
          `${matches.length} Postman workspaces are named "${nameOrId}" (ids ${matches.map((w) => w.id).join(', ')})`,
          undefined,
          'Give the id of the one to use instead of its name.',
        );
      }
      return workspace(matches[0]!.id);
    },

    async getCollection(uid) {
      const { collection } = await call({ method: 'GET', path: `/collections/${encodeURIComponent(uid)}`, what: `read collection ${uid}` });
      const c = collection as PostmanCollection | undefined;
      if (!c || typeof c.info !== 'object' || !Array.isArray(c.item))
        throw new PostmanApiError(`the Postman API answered an unexpected collection for ${uid}`, 200);
      return c;
    },

    async createCollection(workspaceId, collection) {
      const name = collection.info.name;
      const { collection: made } = await call({
        method: 'POST',
        path: '/collections',
        query: { workspace: workspaceId },
        send: { resource: 'collection', name, payload: { collection } },
        what: `create collection "${name}"`,
      });
      return element(made, `create collection "${name}"`);
    },

    async updateCollection(uid, collection) {
      const name = collection.info.name;
      const { collection: updated } = await call({
        method: 'PUT',
        path: `/collections/${encodeURIComponent(uid)}`,
        send: { resource: 'collection', name, payload: { collection } },
        what: `update collection "${name}"`,
      });
      return element(updated, `update collection "${name}"`);
    },

    async getEnvironment(uid) {
      const { environment } = await call({ method: 'GET', path: `/environments/${encodeURIComponent(uid)}`, what: `read environment ${uid}` });
      const e = environment as { name?: unknown; values?: unknown } | undefined;
      if (!e || typeof e.name !== 'string') throw new PostmanApiError(`the Postman API answered an unexpected environment for ${uid}`, 200);
      return { name: e.name, values: Array.isArray(e.values) ? (e.values as RemoteEnvironment['values']) : [] };
    },

    async createEnvironment(workspaceId, environment) {
      const { name } = environment;
      const { environment: made } = await call({
        method: 'POST',
        path: '/environments',
        query: { workspace: workspaceId },
        send: { resource: 'environment', name, payload: { environment } },
        what: `create environment "${name}"`,
      });
      return element(made, `create environment "${name}"`);
    },

    async updateEnvironment(uid, environment) {
      const { name } = environment;
      const { environment: updated } = await call({
        method: 'PUT',
        path: `/environments/${encodeURIComponent(uid)}`,
        send: { resource: 'environment', name, payload: { environment } },
        what: `update environment "${name}"`,
      });
      return element(updated, `update environment "${name}"`);
    },
  };
}

/**
 * The one element of a kind with this exact name, undefined when there is none. Two with the name
 * leave it open which one the team uses, so the sync stops rather than guess.
 */
export function findByName(elements: readonly ElementRef[], name: string, kind: PostmanResource, workspace: string): ElementRef | undefined {
  const matches = elements.filter((e) => e.name === name);
  if (matches.length > 1) {
    throw new UserError(
      `the Postman workspace "${workspace}" holds ${matches.length} ${kind}s named "${name}" (uids ${matches.map((m) => m.uid).join(', ')})`,
      undefined,
      `Rename or delete all but one of them in Postman; the sync updates the ${kind} in place and will not guess which.`,
    );
  }
  return matches[0];
}

/** Fields Postman adds to a collection's `info` when it answers; they describe its copy, not the collection. */
const SERVER_INFO_FIELDS = ['uid', 'createdAt', 'updatedAt', 'lastUpdatedBy', 'fork', '_exporter_id', '_collection_link'];

/**
 * The collection as it is in Postman now, with the edits people made there, for `mergeCollection`
 * to keep; undefined when the workspace holds no collection of that name yet.
 */
export async function fetchCollection(options: PostmanClientOptions & { workspace: string; name: string }): Promise<PostmanCollection | undefined> {
  const client = createPostmanClient(options);
  const workspace = await client.findWorkspace(options.workspace);
  const found = findByName(workspace.collections, options.name, 'collection', workspace.name);
  if (!found) return undefined;
  const collection = await client.getCollection(found.uid);
  const info = Object.fromEntries(Object.entries(collection.info).filter(([key]) => !SERVER_INFO_FIELDS.includes(key))) as PostmanCollection['info'];
  return { ...collection, info };
}

function checkedKey(apiKey: string): string {
  const key = apiKey.trim();
  if (key === '') throw new UserError('the Postman API key is empty', undefined, 'Pass the key from a secret, or leave it out to skip the Postman sync.');
  // Visible ASCII only: anything else cannot travel in a header, and fetch would quote it in its error.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new UserError(
      'the Postman API key holds characters an HTTP header cannot carry (spaces, line breaks or non-ASCII)',
      undefined,
      'Copy the key again from Postman (Settings → API keys) into the secret, with nothing around it.',
    );
  }
  return key;
}

function failure(what: string, status: number, body: unknown, redact: (text: string) => string): PostmanApiError {
  const { name, message, details } = errorOf(body);
  const said = redact(clip([name, message, ...details].filter(Boolean).join(': ') || 'no message'));
  const text = `the Postman API refused to ${what} (${status}): ${said}`;
  switch (status) {
    case 401:
      return new PostmanApiError(
        `the Postman API did not accept the API key (401) when asked to ${what}`,
        status,
        'Check the Postman API key secret: it may be mistyped, expired or revoked (Postman: Settings → API keys).',
      );
    case 403:
      return new PostmanApiError(text, status, 'The key’s owner needs Editor access to the workspace, its collections and environments.');
    case 404:
      return new PostmanApiError(text, status, 'It may have been deleted, or the key’s owner may not see it.');
    case 413:
      return new PostmanApiError(text, status, 'The body is over the size the Postman API accepts; make the collection or environment smaller.');
    default:
      return new PostmanApiError(text, status, status >= 500 ? 'The Postman API had a problem; run again later (status.postman.com).' : undefined);
  }
}

/** Postman errors come as `{error: {name, message, details}}` or, for 429, `{error: "rateLimited", message}`. */
function errorOf(body: unknown): { name?: string; message?: string; details: string[] } {
  if (typeof body === 'string') return { message: body, details: [] };
  const { error, message } = (body ?? {}) as { error?: unknown; message?: unknown };
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: unknown; message?: unknown; details?: unknown };
    return {
      name: typeof e.name === 'string' ? e.name : undefined,
      message: typeof e.message === 'string' ? e.message : undefined,
      details: Array.isArray(e.details) ? e.details.map(String) : [],
    };
  }
  return { name: typeof error === 'string' ? error : undefined, message: typeof message === 'string' ? message : undefined, details: [] };
}

function element(value: unknown, what: string): ElementRef {
  const e = value as Partial<ElementRef> | undefined;
  if (!e || typeof e.id !== 'string' || typeof e.uid !== 'string') throw new PostmanApiError(`the Postman API answered "${what}" without the id and uid`, 200);
  return { id: e.id, uid: e.uid, name: String(e.name ?? '') };
}

function elements(value: unknown): ElementRef[] {
  // Postman leaves the list out of a workspace that has none.
  if (!Array.isArray(value)) return [];
  return value.filter((e): e is ElementRef => typeof e?.id === 'string' && typeof e.uid === 'string' && typeof e.name === 'string');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  return text.length <= 500 ? text : `${text.slice(0, 499)}…`;
}
