/**
 * A local Postman API for tests, in the spirit of the local GitHub: it keeps state (a restarted
 * server given the same PostmanState serves the same ids and uids), answers the documented endpoints
 * the sync uses with the documented shapes, checks every request against the documented contract
 * (X-Api-Key, the body shapes, the size limits), records every request, and fails on demand with
 * Postman's own 429 signals.
 *
 * Documented behaviour it keeps (learning.postman.com/api-docs): a missing or wrong key gets 401
 * `AuthenticationError`; POST without `workspace` lands in a personal workspace (so a client that
 * forgets it is caught: the fake refuses it); PUT /collections replaces the items and gives new ids
 * to items sent without one; a PUT whose `_postman_id` is another collection's is refused; bodies
 * over 100 MB (collections) and 30 MB (environments) get 413.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const POSTMAN_TEST_KEY = 'PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01';

const OWNER = '12345678';
const COLLECTION_SCHEMA = /^https:\/\/schema\.(getpostman|postman)\.com\/json\/collection\/v2\.1\.0\/collection\.json$/;
const ENVIRONMENT_FIELDS = new Set(['name', 'values']);
const VARIABLE_TYPES = new Set(['default', 'secret', 'any']);

type Json = Record<string, unknown>;

interface Stored<T> {
  id: string;
  uid: string;
  workspace: string;
  createdAt: string;
  updatedAt: string;
  data: T;
}

export interface StoredCollection extends Json {
  info: Json & { name: string };
  item: Json[];
}

export interface StoredEnvironment {
  name: string;
  values: { key: string; value: string; type?: string; enabled?: boolean }[];
}

/** What Postman holds; outlives a server, so a second "run" meets the first one's work. */
export class PostmanState {
  readonly workspaces: { id: string; name: string; type: 'personal' | 'team'; visibility: 'personal' | 'team' }[] = [];
  readonly collections = new Map<string, Stored<StoredCollection>>();
  readonly environments = new Map<string, Stored<StoredEnvironment>>();

  addWorkspace(name: string, type: 'personal' | 'team' = 'team'): string {
    const id = randomUUID();
    this.workspaces.push({ id, name, type, visibility: type });
    return id;
  }

  collectionNamed(name: string): Stored<StoredCollection> | undefined {
    return [...this.collections.values()].find((c) => c.data.info.name === name);
  }

  environmentNamed(name: string): Stored<StoredEnvironment> | undefined {
    return [...this.environments.values()].find((e) => e.data.name === name);
  }

  /** What a person does in the Postman app: change the collection in place. */
  editCollection(uid: string, edit: (collection: StoredCollection) => void): void {
    const stored = find(this.collections, uid);
    if (!stored) throw new Error(`no collection ${uid}`);
    edit(stored.data);
    stored.updatedAt = new Date().toISOString();
  }

  editEnvironment(uid: string, edit: (environment: StoredEnvironment) => void): void {
    const stored = find(this.environments, uid);
    if (!stored) throw new Error(`no environment ${uid}`);
    edit(stored.data);
  }
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased; the X-Api-Key value is replaced by "[redacted]". */
  headers: Record<string, string>;
  /** The raw body as received. */
  body: string | undefined;
  bytes: number;
  status: number;
}

export interface Violation {
  kind: 'undocumented-route' | 'invalid-request' | 'fake-crashed';
  method: string;
  path: string;
  problems: string[];
}

export interface Fault {
  method?: string;
  path?: string | RegExp;
  status: 429 | 500 | 503;
  times?: number;
  /** Seconds Postman asks the client to wait. */
  retryAfter?: number;
  /** Which of Postman's headers carries the hint (both Postman's own by default). */
  hint?: 'x-ratelimit-retryafter' | 'retry-after' | 'none';
}

export interface PostmanApiOptions {
  state?: PostmanState;
  apiKeys?: string[];
  /** The documented request size limits, in bytes; smaller in tests. */
  maxBodyBytes?: { collection?: number; environment?: number };
}

export interface PostmanApi {
  url: string;
  state: PostmanState;
  requests: RecordedRequest[];
  /** Contract breaches by the client; tests assert it is empty. */
  violations: Violation[];
  failNext(fault: Fault): void;
  /** Recorded requests that change state. */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

export async function startPostmanApi(options: PostmanApiOptions = {}): Promise<PostmanApi> {
  const state = options.state ?? new PostmanState();
  const keys = new Set(options.apiKeys ?? [POSTMAN_TEST_KEY]);
  const maxBody = { collection: 100_000_000, environment: 30_000_000, ...options.maxBodyBytes };
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  let faults: (Fault & { left: number })[] = [];
  const windowReset = () => Math.ceil(Date.now() / 60_000) * 60;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push({ kind: 'fake-crashed', method: req.method ?? '', path: req.url ?? '', problems: [String((error as Error)?.stack ?? error)] });
      if (!res.headersSent) send(res, 500, { error: { name: 'serverError', message: 'Internal server error' } }, {});
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const raw = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    if (headers['x-api-key'] !== undefined) headers['x-api-key'] = '[redacted]';
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: raw,
      bytes: raw === undefined ? 0 : Buffer.byteLength(raw),
      status: 0,
    };
    requests.push(record);
    const reply = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, body, { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '299', 'x-ratelimit-reset': String(windowReset()), ...extra });
    };
    const violate = (kind: Violation['kind'], problems: string[]) => violations.push({ kind, method, path, problems });

    const route = routeOf(method, path);
    if (!route) {
      violate('undocumented-route', [`${method} ${path} is not an endpoint the fake Postman API serves`]);
      return reply(404, { error: { name: 'notFound', message: 'Requested resource not found' } });
    }
    const resource = path.startsWith('/collections') ? 'collection' : 'environment';
    if (record.bytes > maxBody[resource]) {
      return reply(413, {
        error: { name: 'requestEntityTooLarge', message: `The request body exceeds the maximum allowed size of ${maxBody[resource]} bytes.` },
      });
    }
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || !keys.has(key)) {
      return reply(401, { error: { name: 'AuthenticationError', message: 'Invalid API Key. Every request requires a valid API Key to be sent.' } });
    }
    const fault = takeFault(method, path);
    if (fault) return reply(fault.status, fault.body, fault.headers);

    let body: Json | undefined;
    if (route.hasBody) {
      if (!(headers['content-type'] ?? '').startsWith('application/json'))
        violate('invalid-request', [`content-type is "${headers['content-type'] ?? ''}", not application/json`]);
      try {
        body = JSON.parse(raw ?? '') as Json;
      } catch {
        violate('invalid-request', ['the body is not JSON']);
        return reply(400, { error: { name: 'malformedRequestError', message: 'The request body is not valid JSON.' } });
      }
      const problems = resource === 'collection' ? collectionProblems(body) : environmentProblems(body);
      if (route.create && !url.searchParams.get('workspace'))
        problems.push('the workspace query parameter is missing: Postman would put the element in a personal workspace');
      if (problems.length > 0) {
        violate('invalid-request', problems);
        return reply(400, {
          error: { name: 'malformedRequestError', message: `Found ${problems.length} errors with the supplied ${resource}.`, details: problems },
        });
      }
    }
    const answer = serve(route, url, body);
    return reply(answer.status, answer.body);
  }

  function serve(route: Route, url: URL, body: Json | undefined): { status: number; body: unknown } {
    const notFound = (what: string) => ({
      status: 404,
      body: { error: { name: 'instanceNotFoundError', message: `We could not find the ${what} you are looking for` } },
    });
    const now = new Date().toISOString();
    const workspaceId = url.searchParams.get('workspace') ?? '';
    switch (route.name) {
      case 'getWorkspaces':
        return { status: 200, body: { workspaces: state.workspaces.map(({ id, name, type, visibility }) => ({ id, name, type, visibility })) } };
      case 'getWorkspace': {
        const w = state.workspaces.find((x) => x.id === route.id);
        if (!w) return notFound('workspace');
        const refs = <T>(map: Map<string, Stored<T>>, name: (t: T) => string) =>
          [...map.values()].filter((s) => s.workspace === w.id).map((s) => ({ id: s.id, name: name(s.data), uid: s.uid }));
        const collections = refs(state.collections, (c) => c.info.name);
        const environments = refs(state.environments, (e) => e.name);
        // Postman leaves out the lists a workspace has nothing in.
        return {
          status: 200,
          body: { workspace: { ...w, createdBy: OWNER, ...(collections.length > 0 && { collections }), ...(environments.length > 0 && { environments }) } },
        };
      }
      case 'getCollection': {
        const c = find(state.collections, route.id!);
        if (!c) return notFound('collection');
        return {
          status: 200,
          body: {
            collection: {
              ...structuredClone(c.data),
              info: { ...structuredClone(c.data.info), _postman_id: c.id, uid: c.uid, createdAt: c.createdAt, updatedAt: c.updatedAt, lastUpdatedBy: OWNER },
            },
          },
        };
      }
      case 'createCollection': {
        if (!state.workspaces.some((w) => w.id === workspaceId)) return notFound('workspace');
        const data = body!.collection as StoredCollection;
        const given = data.info._postman_id;
        if (typeof given === 'string' && state.collections.has(given))
          return { status: 400, body: { error: { name: 'instanceFoundError', message: 'The specified item already exists.' } } };
        const id = randomUUID();
        state.collections.set(id, { id, uid: `${OWNER}-${id}`, workspace: workspaceId, createdAt: now, updatedAt: now, data: stored(data) });
        return { status: 200, body: { collection: { id, name: data.info.name, uid: `${OWNER}-${id}` } } };
      }
      case 'updateCollection': {
        const c = find(state.collections, route.id!);
        if (!c) return notFound('collection');
        const data = body!.collection as StoredCollection;
        const given = data.info._postman_id;
        if (given !== undefined && given !== c.id)
          return {
            status: 400,
            body: {
              error: {
                name: 'collectionMismatchError',
                message: 'The collection ID in the body does not match the collection being updated; remove all ID values to copy a collection.',
              },
            },
          };
        c.data = stored(data);
        c.updatedAt = now;
        return { status: 200, body: { collection: { id: c.id, name: data.info.name, uid: c.uid } } };
      }
      case 'deleteCollection': {
        const c = find(state.collections, route.id!);
        if (!c) return notFound('collection');
        state.collections.delete(c.id);
        return { status: 200, body: { collection: { id: c.id, uid: c.uid } } };
      }
      case 'getEnvironment': {
        const e = find(state.environments, route.id!);
        if (!e) return notFound('environment');
        return {
          status: 200,
          body: {
            environment: {
              id: e.id,
              name: e.data.name,
              owner: OWNER,
              createdAt: e.createdAt,
              updatedAt: e.updatedAt,
              values: structuredClone(e.data.values),
              isPublic: false,
            },
          },
        };
      }
      case 'createEnvironment': {
        if (!state.workspaces.some((w) => w.id === workspaceId)) return notFound('workspace');
        const data = body!.environment as unknown as StoredEnvironment;
        const id = randomUUID();
        state.environments.set(id, {
          id,
          uid: `${OWNER}-${id}`,
          workspace: workspaceId,
          createdAt: now,
          updatedAt: now,
          data: { name: data.name, values: structuredClone(data.values ?? []) },
        });
        return { status: 200, body: { environment: { id, name: data.name, uid: `${OWNER}-${id}` } } };
      }
      case 'updateEnvironment': {
        const e = find(state.environments, route.id!);
        if (!e) return notFound('environment');
        const data = body!.environment as unknown as StoredEnvironment;
        e.data = { name: data.name, values: structuredClone(data.values ?? []) };
        e.updatedAt = now;
        return { status: 200, body: { environment: { id: e.id, name: data.name, uid: e.uid } } };
      }
      case 'deleteEnvironment': {
        const e = find(state.environments, route.id!);
        if (!e) return notFound('environment');
        state.environments.delete(e.id);
        return { status: 200, body: { environment: { id: e.id, uid: e.uid } } };
      }
    }
  }

  function takeFault(method: string, path: string): { status: number; body: unknown; headers: Record<string, string> } | undefined {
    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (f.path === undefined || (f.path instanceof RegExp ? f.path.test(path) : f.path === path)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    faults = faults.filter((f) => f.left > 0);
    if (fault.status !== 429)
      return { status: fault.status, body: { error: { name: 'serverError', message: 'The server is currently not available' } }, headers: {} };
    const wait = fault.retryAfter ?? 1;
    const hint = fault.hint ?? 'x-ratelimit-retryafter';
    const retryAt = Math.ceil(Date.now() / 1000) + wait;
    return {
      status: 429,
      body: { error: 'rateLimited', message: `Rate limit exceeded. Please retry after ${retryAt}` },
      headers: {
        'x-ratelimit-limit': '300',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(windowReset()),
        ...(hint === 'x-ratelimit-retryafter' && { 'x-ratelimit-retryafter': String(wait), retryafter: String(wait) }),
        ...(hint === 'retry-after' && { 'retry-after': String(wait) }),
      },
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    requests,
    violations,
    failNext: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    writes: () => requests.filter((r) => r.method !== 'GET'),
    // Idempotent: a test that ends a "run" by closing the server leaves the cleanup hook nothing to do.
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

interface Route {
  name:
    | 'getWorkspaces'
    | 'getWorkspace'
    | 'getCollection'
    | 'createCollection'
    | 'updateCollection'
    | 'deleteCollection'
    | 'getEnvironment'
    | 'createEnvironment'
    | 'updateEnvironment'
    | 'deleteEnvironment';
  id?: string;
  hasBody: boolean;
  create: boolean;
}

function routeOf(method: string, path: string): Route | undefined {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [collection, id, extra] = parts;
  if (extra !== undefined) return undefined;
  const make = (name: Route['name'], hasBody = false, create = false): Route => ({ name, ...(id !== undefined && { id }), hasBody, create });
  if (collection === 'workspaces' && method === 'GET') return make(id === undefined ? 'getWorkspaces' : 'getWorkspace');
  if (collection !== 'collections' && collection !== 'environments') return undefined;
  const kind = collection === 'collections' ? 'Collection' : 'Environment';
  if (id === undefined) return method === 'POST' ? make(`create${kind}`, true, true) : undefined;
  if (method === 'GET') return make(`get${kind}`);
  if (method === 'PUT') return make(`update${kind}`, true);
  if (method === 'DELETE') return make(`delete${kind}`);
  return undefined;
}

/** An element by its id or its uid, as Postman accepts either. */
function find<T>(map: Map<string, Stored<T>>, idOrUid: string): Stored<T> | undefined {
  return map.get(idOrUid) ?? [...map.values()].find((s) => s.uid === idOrUid);
}

/** Postman gives every item it is sent without an id a new one, which is why a client must send them. */
function stored(collection: StoredCollection): StoredCollection {
  const copy = structuredClone(collection);
  const { _postman_id: _, ...info } = copy.info;
  const ids = (items: Json[]) => {
    for (const item of items) {
      if (typeof item.id !== 'string') item.id = randomUUID();
      if (Array.isArray(item.item)) ids(item.item as Json[]);
    }
  };
  ids(copy.item);
  return { ...copy, info: info as StoredCollection['info'] };
}

function collectionProblems(body: Json): string[] {
  const c = body.collection as Json | undefined;
  if (!c || typeof c !== 'object') return ['the body has no "collection" object'];
  const problems: string[] = [];
  const info = c.info as Json | undefined;
  if (!info || typeof info !== 'object') problems.push('collection.info is missing');
  else {
    if (typeof info.name !== 'string' || info.name === '') problems.push('collection.info.name must be a non-empty string');
    if (typeof info.schema !== 'string' || !COLLECTION_SCHEMA.test(info.schema))
      problems.push(`collection.info.schema must be the v2.1.0 collection schema, not ${JSON.stringify(info.schema)}`);
  }
  if (!Array.isArray(c.item)) problems.push('collection.item must be an array');
  else itemProblems(c.item as unknown[], 'collection.item', problems);
  return problems;
}

function itemProblems(items: unknown[], where: string, problems: string[]): void {
  items.forEach((raw, i) => {
    const item = raw as Json;
    const at = `${where}[${i}]`;
    if (!item || typeof item !== 'object') return void problems.push(`${at} is not an object`);
    if (item.id !== undefined && typeof item.id !== 'string') problems.push(`${at}.id must be a string`);
    if (item.name !== undefined && typeof item.name !== 'string') problems.push(`${at}.name must be a string`);
    if (Array.isArray(item.item)) return itemProblems(item.item as unknown[], `${at}.item`, problems);
    if (typeof item.request !== 'object' && typeof item.request !== 'string') problems.push(`${at} is neither a folder (item) nor a request (request)`);
  });
}

function environmentProblems(body: Json): string[] {
  const e = body.environment as Json | undefined;
  if (!e || typeof e !== 'object') return ['the body has no "environment" object'];
  const problems = Object.keys(e)
    .filter((k) => !ENVIRONMENT_FIELDS.has(k))
    .map((k) => `environment.${k} is not a documented field`);
  if (typeof e.name !== 'string' || e.name === '') problems.push('environment.name must be a non-empty string');
  if (e.values !== undefined && !Array.isArray(e.values)) problems.push('environment.values must be an array');
  for (const [i, v] of ((Array.isArray(e.values) ? e.values : []) as Json[]).entries()) {
    const at = `environment.values[${i}]`;
    if (typeof v?.key !== 'string' || v.key === '') problems.push(`${at}.key must be a non-empty string`);
    if (v?.value !== undefined && typeof v.value !== 'string') problems.push(`${at}.value must be a string`);
    if (v?.type !== undefined && !VARIABLE_TYPES.has(String(v.type))) problems.push(`${at}.type must be default, secret or any`);
    if (v?.enabled !== undefined && typeof v.enabled !== 'boolean') problems.push(`${at}.enabled must be a boolean`);
  }
  return problems;
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(payload);
}
