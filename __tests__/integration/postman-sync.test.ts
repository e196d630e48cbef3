/**
 * Publishing to Postman against the local Postman API: the collection and environments are created
 * once and then updated in place (same uids, item ids kept, nothing deleted), edits made in Postman
 * survive a regeneration, 429s are waited out as Postman asks and within a budget, bodies over the
 * documented size limits are refused before anything is sent, a wrong key fails clearly without the
 * key in any text, and hostile names stay data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { escapeMarkdown } from '../../src/text/markdown.ts';
import { planCollection, writeCollection } from '../../src/stages/collection/collection.ts';
import { mergeCollection } from '../../src/stages/collection/merge.ts';
import { collectionLink } from '../../src/postman/postman-api-limits.ts';
import { hintedWait, rateLimitDecision, defaultRateLimitPolicy } from '../../src/postman/postman-api-retry.ts';
import { fetchCollection, PostmanApiError } from '../../src/postman/postman-api.ts';
import { requestsOf, type PostmanCollection, type PostmanEnvironment } from '../../src/postman/postman-types.ts';
import { postmanSyncSkipNote, syncSummary, syncToPostman, type SyncOptions, type SyncResult } from '../../src/stages/postman/sync.ts';
import { specFrom } from '../fixtures/postman/spec-from.ts';
import { scratch } from '../support/paths.ts';
import { POSTMAN_TEST_KEY, PostmanState, startPostmanApi, type PostmanApi, type PostmanApiOptions, type StoredCollection } from '../support/postman-api.ts';

const running: PostmanApi[] = [];
afterEach(async () => {
  for (const api of running.splice(0)) await api.close();
});

async function postman(options: PostmanApiOptions = {}): Promise<PostmanApi> {
  const api = await startPostmanApi(options);
  running.push(api);
  return api;
}

function shopSpec(title = 'Shop API'): object {
  return {
    openapi: '3.0.3',
    info: { title, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1', description: 'Production' }, { url: 'https://staging.example.com/v1' }],
    security: [{ apiKey: [] }],
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          tags: ['items'],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } } },
          },
        },
        post: {
          operationId: 'createItem',
          tags: ['items'],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
          responses: { '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } },
        },
      },
      '/items/{id}': {
        get: {
          operationId: 'getItem',
          tags: ['items'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } } },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-Shop-Key' } },
      schemas: { Item: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } } },
    },
  };
}

interface Generated {
  collectionFile: string;
  environmentFiles: string[];
  collection: PostmanCollection;
}

/** What the collection stage does: plan, keep what people added to `previous`, write beside each other. */
async function generate(document: object, dir: string, previous?: PostmanCollection): Promise<Generated> {
  const { spec, model } = await specFrom(document);
  const plan = planCollection(model, spec);
  const { collection } = mergeCollection(plan.collection, previous);
  const [collectionFile, ...environmentFiles] = await writeCollection(
    { collection, environments: plan.environments },
    path.join(dir, 'shop.postman_collection.json'),
  );
  return { collectionFile: collectionFile!, environmentFiles, collection };
}

function options(api: PostmanApi, generated: Generated, extra: Partial<SyncOptions> = {}): SyncOptions {
  return {
    apiKey: POSTMAN_TEST_KEY,
    workspace: 'Team APIs',
    collectionFile: generated.collectionFile,
    environmentFiles: generated.environmentFiles,
    baseUrl: api.url,
    ...extra,
  };
}

function requestIds(collection: { item: unknown[] }): string[] {
  return [...requestsOf(collection.item as PostmanCollection['item'])].map(({ item }) => item.id).sort();
}

const GET_WORKSPACES = { method: 'GET', path: '/workspaces' } as const;

describe('Postman sync', () => {
  it('creates the collection and environments on the first run, in the named workspace', async () => {
    const api = await postman();
    const workspaceId = api.state.addWorkspace('Team APIs');
    api.state.addWorkspace('Team APIs (old)');
    const generated = await generate(shopSpec(), scratch());

    const result = await syncToPostman(options(api, generated));

    const stored = api.state.collectionNamed('Shop API')!;
    assert.equal(result.collection.action, 'created');
    assert.equal(result.collection.uid, stored.uid);
    assert.equal(result.collection.url, `https://go.postman.co/collection/${stored.uid}`);
    assert.equal(stored.workspace, workspaceId);
    assert.deepEqual(result.workspace, { id: workspaceId, name: 'Team APIs' });
    assert.deepEqual(
      result.environments.map((e) => [e.name, e.action]),
      [
        ['Shop API · deployed', 'created'],
        ['Shop API · Production', 'created'],
        ['Shop API · https://staging.example.com/v1', 'created'],
      ],
    );
    // The items kept the ids the generator gave them, which is what later updates rely on.
    assert.deepEqual(requestIds(stored.data), requestIds(generated.collection));
    assert.deepEqual(api.violations, []);
    const creates = api.writes();
    assert.deepEqual(
      creates.map((r) => `${r.method} ${r.path} ${r.query.workspace}`),
      [`POST /collections ${workspaceId}`, `POST /environments ${workspaceId}`, `POST /environments ${workspaceId}`, `POST /environments ${workspaceId}`],
    );
    for (const r of api.requests) assert.equal(r.headers['x-api-key'], '[redacted]');
    assert.ok(!JSON.stringify(result).includes(POSTMAN_TEST_KEY));
    assert.ok(!api.requests.some((r) => JSON.stringify(r.query).includes(POSTMAN_TEST_KEY) || (r.body ?? '').includes(POSTMAN_TEST_KEY)));
  });

  it('updates both in place on the next run, with the same uids, item ids kept and nothing deleted', async () => {
    const state = new PostmanState();
    state.addWorkspace('Team APIs');
    const dir = scratch();
    const first = await postman({ state });
    const created = await syncToPostman(options(first, await generate(shopSpec(), dir)));
    await first.close();

    // A new run: a fresh server over the same Postman state, a regenerated collection.
    const api = await postman({ state });
    const generated = await generate(shopSpec(), dir);
    const updated = await syncToPostman(options(api, generated));

    assert.equal(updated.collection.action, 'updated');
    assert.equal(updated.collection.uid, created.collection.uid);
    assert.equal(updated.collection.url, created.collection.url);
    assert.deepEqual(
      updated.environments.map((e) => [e.uid, e.action]),
      created.environments.map((e) => [e.uid, 'updated']),
    );
    assert.equal(state.collections.size, 1);
    assert.equal(state.environments.size, 3);
    assert.deepEqual(requestIds(state.collectionNamed('Shop API')!.data), requestIds(generated.collection));
    assert.deepEqual(
      api.writes().map((r) => `${r.method} ${r.path.split('/')[1]}`),
      ['PUT collections', 'PUT environments', 'PUT environments', 'PUT environments'],
    );
    assert.equal(api.writes().find((r) => r.path.startsWith('/collections'))!.path, `/collections/${created.collection.uid}`);
    assert.ok(![...first.requests, ...api.requests].some((r) => r.method === 'DELETE'));
    assert.deepEqual(api.violations, []);
  });

  it('keeps edits made in Postman: fetched, merged into the regenerated collection, synced back', async () => {
    const api = await postman();
    api.state.addWorkspace('Team APIs');
    const dir = scratch();
    const first = await syncToPostman(options(api, await generate(shopSpec(), dir)));

    // Someone edits the collection in the Postman app.
    api.state.editCollection(first.collection.uid, (c: StoredCollection) => {
      const folder = c.item[0] as { item: { name: string; event?: { listen: string; script: { exec: string[] } }[] }[] };
      const request = folder.item.find((i) => i.name !== undefined)!;
      request.event!.find((e) => e.listen === 'test')!.script.exec.push('pm.test("team check", () => pm.expect(pm.response.code).to.be.below(500));');
      request.name = 'Items, as the team calls it';
      folder.item.push({ name: 'Smoke: health', request: { method: 'GET', url: '{{baseUrl}}/health', header: [] } } as never);
    });

    const previous = await fetchCollection({ apiKey: POSTMAN_TEST_KEY, baseUrl: api.url, workspace: 'Team APIs', name: 'Shop API' });
    assert.ok(previous);
    assert.equal(previous.info.uid, undefined, 'the server-side fields of info are left behind');
    const generated = await generate(shopSpec(), dir, previous);
    const second = await syncToPostman(options(api, generated));

    assert.equal(second.collection.uid, first.collection.uid);
    const stored = api.state.collectionNamed('Shop API')!.data;
    for (const id of requestIds(generated.collection)) if (id) assert.ok(requestIds(stored).includes(id), `request ${id} kept its id`);
    const now = JSON.stringify(stored);
    assert.match(now, /team check/);
    assert.match(now, /Items, as the team calls it/);
    assert.match(now, /Smoke: health/);
    assert.ok(!api.requests.some((r) => r.method === 'DELETE'));
    assert.deepEqual(api.violations, []);
  });

  it('waits out a 429 for as long as Postman asks, whichever header says it', async () => {
    const api = await postman();
    api.state.addWorkspace('Team APIs');
    api.failNext({ ...GET_WORKSPACES, status: 429, retryAfter: 7 });
    api.failNext({ method: 'POST', path: '/collections', status: 429, retryAfter: 3, hint: 'retry-after', times: 2 });
    const waits: number[] = [];
    const log: string[] = [];
    const generated = await generate(shopSpec(), scratch());

    const result = await syncToPostman(options(api, generated, { client: { sleep: async (ms) => void waits.push(ms), log: (m) => log.push(m) } }));

    assert.equal(result.collection.action, 'created');
    assert.deepEqual(waits, [7000, 3000, 3000]);
    assert.equal(log.length, 3);
    assert.match(log[0]!, /rate limited on "list workspaces"; trying again in 7\.0 s/);
    assert.equal(api.requests.filter((r) => r.status === 429).length, 3);
    assert.equal(api.state.collections.size, 1, 'a refused create, repeated, creates one collection');
  });

  it('gives up on a 429 whose wait would exceed the budget, before writing anything', async () => {
    const api = await postman();
    api.state.addWorkspace('Team APIs');
    api.failNext({ ...GET_WORKSPACES, status: 429, retryAfter: 3600 });
    const waits: number[] = [];
    const generated = await generate(shopSpec(), scratch());

    const error = await syncToPostman(
      options(api, generated, { client: { sleep: async (ms) => void waits.push(ms), rateLimit: { maxTotalWaitMs: 60_000 } } }),
    ).catch((e: unknown) => e);

    assert.ok(error instanceof PostmanApiError);
    assert.equal(error.status, 429);
    assert.match(error.message, /wait of 3600 s, more than is left of the 60 s allowed/);
    assert.deepEqual(waits, []);
    assert.deepEqual(api.writes(), []);
  });

  it('reads the wait from each documented header, and falls back when none names one', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(hintedWait({ 'retry-after': '12' }, now), 12_000);
    assert.equal(hintedWait({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, now), 30_000);
    assert.equal(hintedWait({ 'x-ratelimit-retryafter': '5' }, now), 5000);
    assert.equal(hintedWait({ retryafter: '4' }, now), 4000);
    assert.equal(hintedWait({ 'ratelimit-reset': '9' }, now), 9000);
    assert.equal(hintedWait({ 'x-ratelimit-reset': String(now / 1000 + 20) }, now), 21_000);
    assert.equal(hintedWait({}, now), undefined);
    assert.deepEqual(rateLimitDecision({}, { attempt: 1, waitedMs: 0 }, defaultRateLimitPolicy, now), { retry: true, delayMs: 60_000 });
    assert.equal(
      rateLimitDecision({ 'retry-after': '1' }, { attempt: defaultRateLimitPolicy.retries + 1, waitedMs: 0 }, defaultRateLimitPolicy, now).retry,
      false,
    );
  });

  it('refuses a body over the documented size limit before sending anything', async () => {
    const api = await postman();
    api.state.addWorkspace('Team APIs');
    const generated = await generate(shopSpec(), scratch());

    const tooBig = await syncToPostman(options(api, generated, { client: { limits: { collection: 2_000 } } })).catch((e: unknown) => e);
    assert.ok(tooBig instanceof UserError);
    assert.match(
      tooBig.message,
      /^the collection "Shop API" is \d+ bytes as a Postman API request, over the 2000 bytes the Postman API accepts for a collection; nothing was sent$/,
    );
    assert.deepEqual(api.requests, []);

    const envTooBig = await syncToPostman(options(api, generated, { client: { limits: { environment: 50 } } })).catch((e: unknown) => e);
    assert.ok(envTooBig instanceof UserError);
    assert.match(envTooBig.message, /environment "Shop API · deployed"/);
    assert.deepEqual(api.requests, []);
  });

  it('turns a 413 from Postman into a clear error when the limit there is lower than the documented one', async () => {
    const api = await postman({ maxBodyBytes: { collection: 2_000 } });
    api.state.addWorkspace('Team APIs');
    const error = await syncToPostman(options(api, await generate(shopSpec(), scratch()))).catch((e: unknown) => e);
    assert.ok(error instanceof PostmanApiError);
    assert.equal(error.status, 413);
    assert.match(error.message, /refused to create collection "Shop API" \(413\): requestEntityTooLarge/);
    assert.equal(api.state.collections.size, 0);
  });

  it('fails clearly on a wrong key, and the key is in no message, hint or log', async () => {
    const api = await postman();
    api.state.addWorkspace('Team APIs');
    const wrong = 'PMAK-wrong-key-0000000000000000000000000000';
    const log: string[] = [];
    const generated = await generate(shopSpec(), scratch());

    const error = await syncToPostman(options(api, generated, { apiKey: wrong, client: { log: (m) => log.push(m) } })).catch((e: unknown) => e);

    assert.ok(error instanceof PostmanApiError);
    assert.equal(error.status, 401);
    assert.equal(error.message, 'the Postman API did not accept the API key (401) when asked to list workspaces');
    assert.match(error.hint!, /mistyped, expired or revoked/);
    for (const text of [error.message, error.hint, error.describe(), error.stack, JSON.stringify(error), ...log]) assert.ok(!String(text).includes(wrong));
    assert.deepEqual(api.writes(), []);
  });

  it('reports an unreachable API as such, without the key', async () => {
    const closed = await postman();
    await closed.close();
    const error = await syncToPostman(options(closed, await generate(shopSpec(), scratch()))).catch((e: unknown) => e);
    assert.ok(error instanceof PostmanApiError);
    assert.equal(error.status, undefined);
    assert.match(error.message, /^cannot reach the Postman API at http:\/\/127\.0\.0\.1:\d+ to list workspaces: ECONNREFUSED$/);
    assert.ok(!error.describe().includes(POSTMAN_TEST_KEY));
  });

  it('refuses a key that a header cannot carry without quoting it, and sends nothing', async () => {
    const api = await postman();
    const broken = 'PMAK-abc\nX-Injected: 1';
    const error = await syncToPostman(options(api, await generate(shopSpec(), scratch()), { apiKey: broken })).catch((e: unknown) => e);
    assert.ok(error instanceof UserError);
    assert.match(error.message, /characters an HTTP header cannot carry/);
    assert.ok(!error.describe().includes('PMAK-abc'));
    assert.deepEqual(api.requests, []);
  });

  it('updates environments in place, keeping the secret values and variables set in Postman', async () => {
    const api = await postman();
    api.state.addWorkspace('Team APIs');
    const dir = scratch();
    const first = await syncToPostman(options(api, await generate(shopSpec(), dir)));
    const deployed = first.environments.find((e) => e.name === 'Shop API · deployed')!;
    const secretKey = (JSON.parse(readFileSync(path.join(dir, 'shop.deployed.postman_environment.json'), 'utf8')) as PostmanEnvironment).values.find(
      (v) => v.type === 'secret',
    )!.key;

    api.state.editEnvironment(deployed.uid, (e) => {
      e.values.find((v) => v.key === secretKey)!.value = 'team-secret';
      e.values.find((v) => v.key === 'baseUrl')!.value = 'https://shop.example.net';
      e.values.push({ key: 'tenant', value: 'acme', type: 'default', enabled: true });
    });
    const second = await syncToPostman(options(api, await generate(shopSpec('Shop API'), dir)));

    assert.deepEqual(
      second.environments.map((e) => [e.uid, e.action]),
      first.environments.map((e) => [e.uid, 'updated']),
    );
    const values = api.state.environmentNamed('Shop API · deployed')!.data.values;
    assert.equal(values.find((v) => v.key === secretKey)!.value, 'team-secret');
    assert.equal(values.find((v) => v.key === secretKey)!.type, 'secret');
    assert.equal(values.find((v) => v.key === 'baseUrl')!.value, 'https://shop.example.net', 'an empty generated value does not wipe the one set in Postman');
    assert.deepEqual(
      values.find((v) => v.key === 'tenant'),
      { key: 'tenant', value: 'acme', type: 'default', enabled: true },
    );
    // A value the spec decides is the spec's.
    assert.equal(api.state.environmentNamed('Shop API · Production')!.data.values.find((v) => v.key === 'baseUrl')!.value, 'https://api.example.com/v1');
    assert.ok(!api.requests.some((r) => r.method === 'DELETE'));
    assert.deepEqual(api.violations, []);
  });

  it('finds the workspace by id, and stops on two collections of one name rather than guess', async () => {
    const api = await postman();
    const id = api.state.addWorkspace('Team APIs');
    const generated = await generate(shopSpec(), scratch());
    const byId = await syncToPostman(options(api, generated, { workspace: id }));
    assert.equal(byId.workspace.id, id);

    const twin = api.state.collectionNamed('Shop API')!;
    api.state.collections.set('twin', { ...structuredClone(twin), id: 'twin', uid: '12345678-twin' });
    const before = api.writes().length;
    const error = await syncToPostman(options(api, generated)).catch((e: unknown) => e);
    assert.ok(error instanceof UserError);
    assert.match(error.message, /holds 2 collections named "Shop API"/);
    assert.equal(api.writes().length, before);

    const missing = await syncToPostman(options(api, generated, { workspace: 'Nope' })).catch((e: unknown) => e);
    assert.ok(missing instanceof UserError);
    assert.match(missing.message, /no Postman workspace named "Nope"/);
  });

  it('keeps hostile names as data: exact matches, encoded paths, escaped summary', async () => {
    const hostileTitle = 'Shop"; {{apiKey}} </script> ../../workspaces?x=1#f | [x](javascript:alert(1)) @admin';
    const hostileWorkspace = '../collections/%2e%2e ?workspace=evil {{w}}';
    const api = await postman();
    const id = api.state.addWorkspace(hostileWorkspace);
    api.state.addWorkspace(hostileWorkspace.toUpperCase());
    const dir = scratch();
    const generated = await generate(shopSpec(hostileTitle), dir);

    const first: SyncResult = await syncToPostman(options(api, generated, { workspace: hostileWorkspace }));
    const second = await syncToPostman(options(api, await generate(shopSpec(hostileTitle), dir), { workspace: hostileWorkspace }));

    assert.equal(first.workspace.id, id);
    assert.equal(second.collection.action, 'updated');
    assert.equal(second.collection.uid, first.collection.uid);
    assert.equal(api.state.collectionNamed(hostileTitle)!.workspace, id);
    assert.equal(api.state.environmentNamed(`${hostileTitle} · deployed`)!.workspace, id);
    // Names travel in bodies only: every path is one the fake routes, with no name in it.
    assert.deepEqual(api.violations, []);
    for (const r of api.requests) assert.ok(!r.path.includes('script') && !r.path.includes('..'), r.path);
    const summary = syncSummary(second);
    assert.equal(summary.length, 4);
    assert.equal(
      summary[0],
      `Postman: collection [${escapeMarkdown(hostileTitle)}](${collectionLink(second.collection.uid)}) updated in workspace ${escapeMarkdown(hostileWorkspace)}.`,
    );
    for (const line of summary) {
      // One link only, ours: no raw brackets, pipes, tags or mentions from the names survive.
      assert.equal(line.match(/\]\(/g)?.length ?? 0, line === summary[0] ? 1 : 0, line);
      assert.ok(!/<\/script>|@admin|\|/.test(line), line);
    }
    assert.match(summary[0]!, /&lt;\/script&gt;.*&#91;x&#93;\(javascript:alert\(1\)\) @&#8203;admin/);
  });

  it('says the stage is skipped when there is no key', () => {
    assert.match(postmanSyncSkipNote(undefined)!, /^Postman sync skipped: no Postman API key was given/);
    assert.match(postmanSyncSkipNote('  \n')!, /skipped/);
    assert.equal(postmanSyncSkipNote('PMAK-x'), undefined);
  });

  it('puts no parenthesis of a uid into the link, so Markdown cannot be broken by it', () => {
    assert.equal(collectionLink('1-a(b)c'), 'https://go.postman.co/collection/1-a%28b%29c');
  });
});
