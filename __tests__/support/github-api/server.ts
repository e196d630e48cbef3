// The HTTP side of the fake: every request is recorded, matched to a documented operation,
// checked against the contract, then possibly failed on purpose, then served from state.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkParameters, checkRequestBody, checkResponseBody } from './contract.ts';
import { FaultInjector, type FaultSpec, type ServedFault } from './faults.ts';
import { defaultTokens, type TokenGrant } from './identities.ts';
import { matchOperation, type MatchedOperation } from './operations.ts';
import type { Urls } from './representations.ts';
import { HttpError, routes, type RouteResult } from './routes.ts';
import { GitHubState } from './state.ts';

export interface GitHubApiOptions {
  /** Tokens the fake accepts, added to (and overriding) WORKFLOW_TOKEN and READ_ONLY_TOKEN. */
  tokens?: Record<string, TokenGrant>;
  /** Fills the state before the first request. */
  seed?: (state: GitHubState) => void;
  /** Primary rate limit per token, reported in x-ratelimit-* headers and GET /rate_limit. */
  rateLimit?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased headers; the token in `authorization` is replaced by "[redacted]". */
  headers: Record<string, string>;
  body: unknown;
  operationId?: string;
  /** Login of the account the token acts as. */
  login?: string;
  status: number;
}

export type ViolationKind =
  'undocumented-route' | 'unauthenticated' | 'unknown-token' | 'invalid-request' | 'unimplemented' | 'invalid-response' | 'fake-crashed';

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

export interface GitHubApi {
  /** API base URL, for GITHUB_API_URL or Octokit's `baseUrl`. */
  url: string;
  state: GitHubState;
  requests: RecordedRequest[];
  /** Contract breaches by the client (and any by the fake's own responses); tests assert it is empty. */
  violations: Violation[];
  /** Injected failures actually served. */
  failures: ServedFault[];
  failNext(spec: FaultSpec): void;
  addToken(token: string, grant: TokenGrant): void;
  /** Recorded requests that could change state (anything but GET and HEAD). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const READ_METHODS = new Set(['GET', 'HEAD']);

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const state = new GitHubState();
  options.seed?.(state);
  const tokens = new Map(Object.entries({ ...defaultTokens(), ...options.tokens }));
  const limit = options.rateLimit ?? 5000;
  const used = new Map<string, number>();
  const resetAt = Math.ceil(Date.now() / 1000) + 3600;
  const faults = new FaultInjector();
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const urls: Urls = { api: '', web: 'https://github.com' };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A crash in the fake must fail the test, not look like a GitHub outage to the client.
      violations.push({
        kind: 'fake-crashed',
        method: req.method ?? '',
        path: req.url ?? '',
        problems: [`fake GitHub crashed: ${error instanceof Error ? error.stack : String(error)}`],
      });
      if (!res.headersSent) send(res, 500, { message: 'Server Error' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', urls.api);
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path, query, headers: redact(req.headers), body: raw, status: 0 };
    requests.push(record);
    const requestId = randomUUID().toUpperCase().slice(0, 23);
    const token = bearer(req.headers.authorization);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, body, { 'x-github-request-id': requestId, ...rateHeaders(token), ...headers });
    };
    const violate = (kind: ViolationKind, problems: string[], operationId?: string) => violations.push({ kind, method, path, operationId, problems });

    const match = findOperation(method, path);
    if (!match) {
      violate('undocumented-route', [`${method} ${path} matches no operation in GitHub's REST description`]);
      return reply(404, error(404, 'Not Found'));
    }
    const operationId = match.operation.operationId;
    record.operationId = operationId;
    const respond = (status: number, payload?: unknown, headers?: Record<string, string>) => {
      const wrong = checkResponseBody(match, status, payload);
      if (wrong.length > 0)
        violate(
          'invalid-response',
          wrong.map((p) => p.message),
          operationId,
        );
      reply(status, payload, headers);
    };

    if (token === undefined) {
      violate('unauthenticated', ['no "Authorization: token …" or "Bearer …" header'], operationId);
      return reply(401, error(401, 'Requires authentication'));
    }
    const grant = tokens.get(token);
    if (!grant) {
      violate('unknown-token', ['the token is not one the fake was configured with'], operationId);
      return reply(401, error(401, 'Bad credentials'));
    }
    record.login = grant.account.login;
    if (operationId !== 'rate-limit/get') used.set(token, (used.get(token) ?? 0) + 1);

    let body: unknown;
    if (raw !== undefined) {
      const contentType = req.headers['content-type'] ?? '';
      try {
        if (!contentType.startsWith('application/json')) throw new Error(`content-type is "${contentType}"`);
        body = JSON.parse(raw);
      } catch (cause) {
        violate('invalid-request', [`body is not JSON: ${(cause as Error).message}`], operationId);
        return reply(400, error(400, 'Problems parsing JSON'));
      }
      record.body = body;
    }
    const problems = [...checkParameters(match, query), ...checkRequestBody(match, body)];
    if (problems.length > 0) {
      violate(
        'invalid-request',
        problems.map((p) => `${p.where}: ${p.message}`),
        operationId,
      );
      const status = problems.some((p) => p.where === 'path') ? 404 : 422;
      return reply(status, error(status, status === 404 ? 'Not Found' : `Invalid request.\n\n${problems.map((p) => p.message).join('\n')}`));
    }

    const fault = faults.take({ method, path, template: match.template, requestId, limit, used: used.get(token) ?? 0 });
    if (fault) return reply(fault.status, fault.body, fault.headers);

    if (grant.access === 'read' && !READ_METHODS.has(method)) {
      return respond(403, error(403, 'Resource not accessible by integration'));
    }
    const route = routes[operationId];
    if (!route) {
      violate('unimplemented', [`the fake does not implement ${operationId} (${method} ${match.template})`], operationId);
      return reply(501, error(501, `Not implemented by the fake GitHub: ${operationId}`));
    }
    let result: RouteResult;
    try {
      result = route({
        params: match.pathParams,
        query,
        body,
        grant,
        state,
        urls,
        rate: { limit, used: used.get(token) ?? 0, reset: resetAt },
      });
    } catch (thrown) {
      if (!(thrown instanceof HttpError)) throw thrown;
      result = { status: thrown.status, body: { ...error(thrown.status, thrown.message), ...thrown.extra } };
    }
    return respond(result.status, result.body, result.headers);
  }

  function findOperation(method: string, path: string): MatchedOperation | undefined {
    const direct = matchOperation(method, path);
    if (direct.kind === 'matched') return direct.match;
    // GitHub serves every repository route under /repositories/{id} too, and uses that form in
    // Link headers; the description documents only /repos/{owner}/{repo}.
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    const repo = byId && state.repoById(Number(byId[1]));
    if (!repo) return undefined;
    const alias = matchOperation(method, `/repos/${repo.fullName}${byId?.[2] ?? ''}`);
    return alias.kind === 'matched' ? alias.match : undefined;
  }

  function rateHeaders(token: string | undefined): Record<string, string> {
    const count = token === undefined ? 0 : (used.get(token) ?? 0);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - count)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(count),
      'x-ratelimit-resource': 'core',
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  urls.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: urls.api,
    state,
    requests,
    violations,
    failures: faults.served,
    failNext: (spec) => faults.add(spec),
    addToken: (token, grant) => tokens.set(token, grant),
    writes: () => requests.filter((r) => !READ_METHODS.has(r.method)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function bearer(authorization: string | undefined): string | undefined {
  const found = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '');
  return found?.[1];
}

function redact(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (out.authorization) out.authorization = out.authorization.replace(/^(\S+)\s+\S+$/, '$1 [redacted]');
  return out;
}

function error(status: number, message: string): Record<string, unknown> {
  return { message, documentation_url: DOCS, status: String(status) };
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined || status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(payload && { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  res.end(payload);
}
