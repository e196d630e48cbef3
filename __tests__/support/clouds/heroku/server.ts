/**
 * A fake Heroku Platform API for the deploy tests. Every request is resolved against the published
 * hyper-schema (method and href template, path parameters, JSON body, the version-3 Accept header,
 * a bearer API key); anything the description does not allow is pushed to `violations` and answered
 * as Heroku answers it (`{id, message}`, 4xx). Injected faults (429/5xx) come after those checks and
 * before anything changes, so a retried request applies once.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBody, checkParameters, matchLinks, variants, type Link, type LinkMatch, type Variant } from './hyper-schema.ts';
import { parseRange, pageOf } from './ranges.ts';
import { appBody, error, formationBody, releaseBody } from './representations.ts';
import { HerokuState, type App } from './state.ts';

/** The API key the fake accepts. */
export const testApiKey = 'heroku-test-key-4f1c2a7e-0b9d-4e61-a2c3-9d8e7f6a5b4c';

export interface FaultMatcher {
  method?: string;
  /** The concrete path or a pattern of it. */
  path?: string | RegExp;
  /** `<resource> <link title>`, e.g. `formation Batch Update`. */
  link?: string;
}

export interface FakeHeroku {
  url: string;
  state: HerokuState;
  violations: string[];
  /** Every request that passed the checks: `<method> <path> (<resource> <link title>)`. */
  requests: string[];
  /** The next `times` requests matching answer `status` before anything is applied. */
  failNext(matcher: FaultMatcher, status: 429 | 500 | 502 | 503, times?: number): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Request {
  app?: App;
  link: Link;
  match: LinkMatch;
  body: unknown;
  range: string | undefined;
}

class HerokuError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

const faultBodies: Record<number, ReturnType<typeof error>> = {
  429: error('rate_limit', 'Your account reached the API rate limit\nPlease wait a few minutes before making new requests'),
  500: error('internal_server_error', 'Internal server error.'),
  502: error('bad_gateway', 'Bad gateway.'),
  503: error('unavailable', 'The service is temporarily unavailable.'),
};

export async function startFakeHeroku(): Promise<FakeHeroku> {
  const state = new HerokuState();
  const violations: string[] = [];
  const requests: string[] = [];
  const faults: (FaultMatcher & { status: 429 | 500 | 502 | 503; left: number })[] = [];

  const server = createServer((req, res) => {
    handle(req)
      .catch((thrown: unknown) => {
        violations.push(`the fake crashed on ${req.method} ${req.url}: ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
        return { status: 500, body: faultBodies[500] } as Answer;
      })
      .then((answer) => send(res, answer));
  });

  async function handle(req: IncomingMessage): Promise<Answer> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const refuse = (status: number, id: string, message: string): Answer => {
      violations.push(`${method} ${url.pathname}: ${message}`);
      return { status, body: error(id, message) };
    };

    const found = matchLinks(method, url.pathname);
    if (!found || 'wrongMethod' in found) {
      const known = found ? ` (the path takes ${found.wrongMethod.join(', ')})` : '';
      return refuse(
        404,
        'not_found',
        `The requested API endpoint was not found${known}. Are you using the right HTTP verb (i.e. \`GET\` vs. \`POST\`), and did you specify your intended version with the \`Accept\` header?`,
      );
    }
    const variant = versionOf(req.headers.accept);
    if (variant === undefined) {
      return refuse(
        400,
        'missing_version',
        `Please specify a version along with Heroku's API MIME type. For example, \`Accept: application/vnd.heroku+json; version=3\` (got ${JSON.stringify(req.headers.accept ?? '')}).`,
      );
    }
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token !== testApiKey)
      return refuse(401, 'unauthorized', token ? 'Invalid credentials provided.' : 'There were no credentials in your `Authorization` header.');

    const parameterProblems = checkParameters(found);
    if (parameterProblems.length > 0) return refuse(404, 'not_found', parameterProblems.join('; '));
    // The hyper-schema puts a GET's query parameters in the link's `schema`; a link without one takes no query.
    const query = [...url.searchParams.keys()];
    if (query.length > 0 && !found.links.some((link) => link.method === 'GET' && link.schema))
      return refuse(400, 'bad_request', `undeclared query parameters: ${query.join(', ')}`);

    let body: unknown;
    if (raw !== undefined && raw.length > 0) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
        return refuse(400, 'bad_request', `the body is sent as "${req.headers['content-type'] ?? ''}", not application/json`);
      try {
        body = JSON.parse(raw);
      } catch {
        return refuse(400, 'bad_request', 'Invalid JSON in the request body.');
      }
    }
    const checked = checkBody(found, variant, body);
    if (!checked.link) return refuse(422, 'invalid_params', checked.problems.join('; '));
    const link = checked.link;
    const range = req.headers.range;
    if (range !== undefined && link.rel !== 'instances') {
      return refuse(400, 'bad_request', `${link.resource} ${link.title} is not a list: it takes no Range header`);
    }
    requests.push(`${method} ${url.pathname} (${link.resource} ${link.title})`);

    const fault = faults.find((f) => f.left > 0 && matches(f, method, url.pathname, link));
    if (fault) {
      fault.left -= 1;
      return { status: fault.status, body: faultBodies[fault.status], headers: { 'RateLimit-Remaining': fault.status === 429 ? '0' : '4500' } };
    }

    const route = routes[`${link.resource} ${link.title}`];
    if (!route) return refuse(501, 'not_implemented', `the fake does not implement ${link.resource} ${link.title} (${link.method} ${link.template})`);
    const appName = found.parameters.app;
    const app = appName === undefined ? undefined : state.find(appName);
    if (appName !== undefined && !app) return { status: 404, body: error('not_found', "Couldn't find that app.") };
    try {
      return await route({ ...(app && { app }), link, match: found, body, range });
    } catch (thrown) {
      if (!(thrown instanceof HerokuError)) throw thrown;
      if (thrown.status === 400) violations.push(`${method} ${url.pathname}: ${thrown.message}`);
      return { status: thrown.status, body: error(thrown.id, thrown.message) };
    }
  }

  const routes: Record<string, (request: Request) => Promise<Answer> | Answer> = {
    'app Info': ({ app }) => ({ status: 200, body: appBody(state, need(app)) }),
    'app Create': async ({ body }) => {
      const { name, stack } = body as { name?: string; stack?: string };
      if (!name) throw new HerokuError(422, 'invalid_params', 'The fake names every app: send a name.');
      if (state.find(name)) throw new HerokuError(422, 'invalid_params', 'Name is already taken');
      if (stack !== undefined && stack !== 'container' && stack !== 'heroku-24') throw new HerokuError(422, 'invalid_params', `Couldn't find that stack.`);
      const app = await state.createApp(name, stack ?? 'heroku-24');
      return { status: 201, body: appBody(state, app) };
    },
    'release List': async ({ app, link, range }) => {
      const found = need(app);
      const asked = parseRange(range, link.ranges);
      if ('problem' in asked) throw new HerokuError(400, 'bad_request', asked.problem);
      await state.look(found);
      const page = pageOf(found.releases, asked, link.ranges, (release, field) => (field === 'version' ? release.version : release.id));
      return { status: page.status, headers: page.headers, body: page.items.map((release) => releaseBody(state, found, release)) };
    },
    'release Info': async ({ app, match }) => {
      const found = need(app);
      await state.look(found);
      const release = releaseOf(found, match.parameters.release ?? '');
      return { status: 200, body: releaseBody(state, found, release) };
    },
    'release Rollback': ({ app, body }) => {
      const found = need(app);
      const target = releaseOf(found, (body as { release: string }).release);
      if (target.status !== 'succeeded')
        throw new HerokuError(422, 'invalid_params', `Release v${target.version} cannot be rolled back to: it did not succeed.`);
      return { status: 201, body: releaseBody(state, found, state.rollback(found, target)) };
    },
    'config-var Info for App': ({ app }) => ({ status: 200, body: need(app).configVars }),
    'config-var Update': ({ app, body }) => {
      const found = need(app);
      state.setConfigVars(found, body as Record<string, string | null>);
      return { status: 200, body: found.configVars };
    },
    'formation List': ({ app }) => {
      const found = need(app);
      return { status: 200, body: [...found.formation.values()].map((process) => formationBody(found, process)) };
    },
    'formation Batch Update': ({ app, body }) => {
      const found = need(app);
      const updates = (body as { updates: { type: string; quantity?: number; docker_image?: string }[] }).updates;
      const images = updates.flatMap(({ type, docker_image: image }) => (image === undefined ? [] : [{ type, image }]));
      if (images.length > 0 && found.stack !== 'container')
        throw new HerokuError(422, 'invalid_params', `App ${found.name} is not on the container stack: Docker images cannot be released to it.`);
      for (const { type, quantity } of updates) {
        const process = found.formation.get(type);
        if (!process && !images.some((image) => image.type === type)) throw new HerokuError(404, 'not_found', "Couldn't find that process type.");
        if (process && quantity !== undefined) process.quantity = quantity;
      }
      if (images.length > 0) state.releaseImages(found, images);
      const processes = updates.flatMap(({ type }) => found.formation.get(type) ?? []);
      return { status: 200, body: processes.map((process) => formationBody(found, process)) };
    },
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    violations,
    requests,
    failNext: (matcher, status, times = 1) => faults.push({ ...matcher, status, left: times }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await state.close();
    },
  };
}

/** The variant an Accept header asks for; undefined when it does not ask for version 3 of Heroku's media type. */
function versionOf(accept: string | undefined): Variant | undefined {
  for (const type of (accept ?? '').split(',')) {
    const found = /^\s*application\/vnd\.heroku\+json\s*;\s*version=3(?:\.([\w-]+))?\s*$/.exec(type);
    const variant = (found?.[1] ?? '') as Variant;
    if (found && variants.includes(variant)) return variant;
  }
  return undefined;
}

function need(app: App | undefined): App {
  if (!app) throw new HerokuError(404, 'not_found', "Couldn't find that app.");
  return app;
}

/** A release by id or version. */
function releaseOf(app: App, identity: string) {
  const release = app.releases.find((r) => r.id === identity || String(r.version) === identity);
  if (!release) throw new HerokuError(404, 'not_found', "Couldn't find that release.");
  return release;
}

function matches(fault: FaultMatcher, method: string, pathname: string, link: Link): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.link && fault.link !== `${link.resource} ${link.title}`) return false;
  if (fault.path instanceof RegExp) return fault.path.test(pathname);
  return fault.path === undefined || fault.path === pathname;
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, answer: Answer): void {
  const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    ...(payload && { 'Content-Type': 'application/json' }),
    'Request-Id': randomUUID(),
    'RateLimit-Remaining': '4500',
    ...answer.headers,
  });
  res.end(payload);
}
