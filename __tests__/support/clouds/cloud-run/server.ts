/**
 * A fake Google Cloud for the cloud-run deploy target: the Cloud Run Admin API v2, the Security
 * Token Service and IAM Credentials, each on its own local port and each judged by its own
 * discovery document. Every request is matched to a documented method, signed-in where the method
 * wants OAuth, and its query and body checked; what the document does not allow is pushed to
 * `violations` and answered as Google answers a bad request. Then an injected fault may answer
 * (before anything changes), then the state serves it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Discovery, type MatchedMethod } from './discovery.ts';
import { ApiError, googleError, invalidCredential, missingCredential, oauthError, type GoogleError } from './errors.ts';
import { Faults, type FaultStatus, type RequestMatcher } from './faults.ts';
import { Identity, type IdentityOptions } from './identity.ts';
import { runHandlers } from './run-api.ts';
import { CloudRunState } from './state.ts';

export interface Answer {
  status: number;
  body: unknown;
}

export interface HandlerCall {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export type Handler = (call: HandlerCall) => Answer | Promise<Answer>;

export interface CloudRunFakeOptions extends IdentityOptions {
  /** Polls of a long-running operation before it can be done (2 by default). */
  operationPolls?: number;
  /**
   * Services that let no unauthenticated caller in: their URLs take only an ID token minted here,
   * in Authorization or in X-Serverless-Authorization (which leaves Authorization to the app).
   */
  privateServices?: boolean;
}

export interface RecordedRequest {
  api: string;
  method: string;
  path: string;
  /** The discovery method id it matched. */
  id?: string;
  status: number;
}

export interface CloudRunFake {
  runApiUrl: string;
  stsApiUrl: string;
  iamCredentialsApiUrl: string;
  /** What the descriptions do not allow, one line each; tests assert it stays empty. */
  violations: string[];
  requests: RecordedRequest[];
  state: CloudRunState;
  identity: Identity;
  /** The revisions of projects/<project>/locations/<region>/services/<service>, oldest first. */
  revisionsOf(serviceName: string): string[];
  /** Answers the next `times` requests that match with `status`, before they change anything. */
  failNext(matcher: RequestMatcher, status: FaultStatus, times?: number): void;
  close(): Promise<void>;
}

interface Api {
  name: string;
  discovery: Discovery;
  handlers: Record<string, Handler>;
  /** The bearer tokens it accepts. */
  tokens: Set<string>;
  /** STS answers errors as an OAuth token endpoint. */
  oauthErrors?: boolean;
}

// Parsed once per process: the Cloud Run document is 330 kB and read-only.
let discoveries: { run: Discovery; sts: Discovery; iam: Discovery } | undefined;

export async function startCloudRunFake(options: CloudRunFakeOptions): Promise<CloudRunFake> {
  discoveries ??= { run: new Discovery('run.v2.json'), sts: new Discovery('sts.v1.json'), iam: new Discovery('iamcredentials.v1.json') };
  const identity = new Identity(options);
  const invoker = (request: IncomingMessage) => {
    const header = request.headers['x-serverless-authorization'] ?? request.headers.authorization;
    const token = /^Bearer (\S+)$/i.exec(String(header ?? ''))?.[1];
    return token !== undefined && identity.idTokens.some((minted) => minted.token === token);
  };
  const state = new CloudRunState(options.operationPolls ?? 2, options.privateServices ? invoker : undefined);
  const faults = new Faults();
  const violations: string[] = [];
  const requests: RecordedRequest[] = [];

  const apis: Api[] = [
    { name: 'run', discovery: discoveries.run, handlers: runHandlers(state), tokens: identity.runTokens },
    { name: 'sts', discovery: discoveries.sts, handlers: identity.sts, tokens: new Set(), oauthErrors: true },
    { name: 'iamcredentials', discovery: discoveries.iam, handlers: identity.iamCredentials, tokens: identity.iamTokens },
  ];

  async function handle(api: Api, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: RecordedRequest = { api: api.name, method, path: url.pathname, status: 0 };
    requests.push(record);
    const raw = await readBody(req);
    const reply = (answer: Answer) => {
      record.status = answer.status;
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(answer.body));
    };
    const refuse = (problems: string[], error: GoogleError) => {
      violations.push(...problems.map((problem) => `${api.name} ${method} ${url.pathname}: ${problem}`));
      reply(api.oauthErrors ? oauthError(error.status, 'invalid_request', (error.body as { error: { message: string } }).error.message) : error);
    };

    const match = api.discovery.match(method, url.pathname);
    if (!match)
      return refuse(
        [`no method of ${api.discovery.title} is ${method} ${url.pathname}`],
        googleError(404, `The requested URL ${url.pathname} was not found on this server.`),
      );
    record.id = match.id;

    if (match.signedIn) {
      const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!token) return refuse([`${match.id} wants "Authorization: Bearer <token>"`], googleError(401, missingCredential));
      if (!api.tokens.has(token)) return refuse([`${match.id}: the bearer token is not one this API accepts`], googleError(401, invalidCredential));
    }

    let body: unknown;
    const problems = api.discovery.checkQuery(match, url.searchParams);
    if (raw.length > 0) {
      const contentType = req.headers['content-type'] ?? '';
      if (!/^application\/json\b/i.test(contentType)) problems.push(`the body is sent as "${contentType}", not application/json`);
      else {
        try {
          body = JSON.parse(raw);
        } catch (error) {
          problems.push(`the body is not JSON: ${(error as Error).message}`);
        }
      }
    }
    if (problems.length === 0) problems.push(...api.discovery.checkBody(match, body));
    if (problems.length > 0) return refuse(problems, googleError(400, `Invalid JSON payload received. ${problems.join('; ')}`));

    const fault = faults.take({ method, id: match.id, path: url.pathname });
    if (fault) return reply(fault);

    const handler = api.handlers[match.id];
    if (!handler) return refuse([`the fake does not serve ${match.id}`], googleError(501, `${match.id} is not implemented by the fake.`));
    let answer: Answer;
    try {
      answer = await handler({ params: match.params, query: url.searchParams, body: body ?? {} });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      answer = error.answer;
    }
    if (answer.status < 300) checkOwnAnswer(api, match, answer);
    reply(answer);
  }

  /** A wrong fake must not make a wrong client look right: its own answers are checked too. */
  function checkOwnAnswer(api: Api, match: MatchedMethod, answer: Answer): void {
    for (const problem of api.discovery.checkResponse(match, answer.body)) violations.push(`fake ${api.name} answered ${match.id} wrongly: ${problem}`);
  }

  const servers: Server[] = [];
  const urls: string[] = [];
  for (const api of apis) {
    const server = createServer((req, res) => {
      handle(api, req, res).catch((error: unknown) => {
        violations.push(`fake ${api.name} crashed on ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent)
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(googleError(500, 'Internal error encountered.').body));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  return {
    runApiUrl: urls[0] ?? '',
    stsApiUrl: urls[1] ?? '',
    iamCredentialsApiUrl: urls[2] ?? '',
    violations,
    requests,
    state,
    identity,
    revisionsOf: (name) => (state.services.get(name)?.revisions ?? []).map((revision) => revision.name),
    failNext: (matcher, status, times = 1) => faults.add(matcher, status, times),
    async close() {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
      await state.close();
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
