/**
 * A local Azure Resource Manager for Microsoft.App container apps, strict about the published
 * description (2025-07-01). Every request is matched to a documented operation and checked: the
 * bearer token, api-version, path parameters, the body's media type and its schema (a property the
 * description does not declare is refused). A request that fails a check is recorded in
 * `violations` and answered as ARM answers it (`{"error": {"code", "message"}}`); one that passes
 * may meet an injected fault, then acts on the platform (platform.ts).
 *
 * Not in the description but part of ARM's protocol: the operation-status URL a write answers with
 * in `Azure-AsyncOperation` (and the operation-result URL in `Location`), served here under
 * `/subscriptions/{id}/providers/Microsoft.App/locations/{location}/containerappOperationStatuses/{id}`
 * as Container Apps names them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ArmRefusal, armError, Faults, type FaultMatcher, type FaultStatus, type ServedFault } from './arm-errors.ts';
import { apiVersion, containerAppsDescription, type Matched, type Operation } from './description.ts';
import { notFound, Platform, revisionNotFound, type App, type Registry } from './platform.ts';
import { containerApp, operationPath, operationStatus, revision } from './representations.ts';

export interface ContainerAppsFakeOptions {
  /** The bearer token the fake accepts. */
  token: string;
  /** The private registry the images come from, and the credentials an app must give for it. */
  registry?: Registry;
  /** Polls of an operation status before it reports that its work ended (2 by default). */
  pollsBeforeDone?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
}

export interface ContainerAppsFake {
  /** The ARM base URL, for `armApiUrl`. */
  url: string;
  /** Requests that broke the description or the platform's rules; tests assert it stays empty. */
  violations: string[];
  requests: RecordedRequest[];
  /** Injected failures actually served. */
  faults: ServedFault[];
  platform: Platform;
  /** The next `times` requests matching `matcher` are answered `status`, before anything is applied. */
  failNext(matcher: FaultMatcher, status: FaultStatus, times?: number): void;
  app(subscriptionId: string, resourceGroup: string, name: string): App | undefined;
  /** The URL a traffic label serves at (Azure's `https://<app>---<label>.<domain>`). */
  labelUrl(app: App, label: string): string | undefined;
  close(): Promise<void>;
}

const OPERATION_URL = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.App\/locations\/([^/]+)\/containerappOperation(Statuses|Results)\/([^/]+)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function startContainerAppsFake(options: ContainerAppsFakeOptions): Promise<ContainerAppsFake> {
  const description = await containerAppsDescription();
  const platform = new Platform({ ...(options.registry && { registry: options.registry }), pollsBeforeDone: options.pollsBeforeDone ?? 2 });
  const faults = new Faults();
  const violations: string[] = [];
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A crash in the fake must fail the test, not pass for an outage the client retries.
      violations.push(`the fake crashed on ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) send(res, 500, armError('InternalServerError', 'The fake crashed.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    const path = url.pathname;
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path, status: 0 };
    requests.push(record);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, body, headers);
    };
    /** A request the description or the platform refuses: recorded, and answered as ARM does. */
    const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
      violations.push(`${method} ${path}${record.operationId ? ` (${record.operationId})` : ''}: ${message}`);
      reply(status, armError(code, message), headers);
    };

    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (token === undefined) {
      return refuse(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", {
        'WWW-Authenticate':
          'Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="The authentication failed because of missing \'Authorization\' header."',
      });
    }
    if (token !== options.token) return refuse(401, 'InvalidAuthenticationToken', 'The access token is invalid.');

    const version = url.searchParams.get('api-version');
    if (version === null) return refuse(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    if (version !== apiVersion) {
      return refuse(400, 'InvalidApiVersionParameter', `The api-version '${version}' is invalid. The supported versions are '${apiVersion}'.`);
    }

    const operationUrl = OPERATION_URL.exec(path);
    if (operationUrl) return serveOperation(method, operationUrl[3] as 'Statuses' | 'Results', operationUrl[4] ?? '', url, reply, refuse);

    const matched = description.match(method, path);
    if (!matched) {
      const otherMethod = description.operations.some((operation) => operation.pattern.test(path));
      return otherMethod
        ? refuse(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`)
        : refuse(404, 'InvalidResourceType', `${method} ${path} matches no operation of Microsoft.App (api-version ${apiVersion}).`);
    }
    const { operation, params } = matched;
    record.operationId = operation.operationId;

    const problems = parameterProblems(matched, url.searchParams);
    if (problems.length > 0) {
      const code = problems.some((p) => p.startsWith('subscriptionId')) ? 'InvalidSubscriptionId' : 'InvalidParameter';
      return refuse(400, code, problems.join('; '));
    }

    let body: unknown;
    if (raw !== '') {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (operation.bodyTypes.length === 0) return refuse(400, 'InvalidRequestContent', `${operation.operationId} takes no request body.`);
      if (!operation.bodyTypes.includes(contentType)) {
        return refuse(
          415,
          'UnsupportedMediaType',
          `The content media type '${contentType}' is not supported. Only '${operation.bodyTypes.join("', '")}' is supported.`,
        );
      }
      try {
        body = JSON.parse(raw);
      } catch (error) {
        return refuse(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: ${(error as Error).message}`);
      }
      const wrong = operation.schemas.errors(`${operation.operationId} request`, operation.bodySchema, body);
      if (wrong.length > 0) return refuse(400, 'InvalidRequestContent', `The request content was invalid: ${wrong.join('; ')}`);
    } else if (operation.bodyRequired) {
      return refuse(400, 'InvalidRequestContent', `${operation.operationId} needs a JSON body.`);
    }

    const fault = faults.take({ method, path, operationId: operation.operationId });
    if (fault) return reply(fault.status, fault.body, fault.headers);

    const respond = (status: number, payload?: unknown, headers?: Record<string, string>) => {
      const schema = operation.responseSchemas[String(status)] ?? (status >= 400 ? operation.responseSchemas.default : undefined);
      const wrong = payload === undefined || schema === undefined ? [] : operation.schemas.errors(`${operation.operationId} ${status}`, schema, payload);
      if (wrong.length > 0) violations.push(`the fake answered ${operation.operationId} ${status} outside the description: ${wrong.join('; ')}`);
      reply(status, payload, headers);
    };
    try {
      await route(operation, params, body as Record<string, unknown>, respond, refuse);
    } catch (thrown) {
      if (!(thrown instanceof ArmRefusal)) throw thrown;
      // A GET of what does not exist is an answer, not a fault of the client's.
      if (thrown.status === 404 && method === 'GET') return respond(404, armError(thrown.code, thrown.message));
      return refuse(thrown.status, thrown.code, thrown.message);
    }
  }

  function parameterProblems({ operation, params }: Matched, query: URLSearchParams): string[] {
    const problems: string[] = [];
    for (const parameter of operation.parameters) {
      if (parameter.in === 'header') continue;
      const value = parameter.in === 'path' ? params[parameter.name] : (query.get(parameter.name) ?? undefined);
      if (value === undefined) {
        if (parameter.required) problems.push(`${parameter.name}: the required ${parameter.in} parameter is missing`);
        continue;
      }
      // The description says so in words: "The value must be an UUID."
      if (parameter.name === 'subscriptionId' && !UUID.test(value)) problems.push(`subscriptionId: '${value}' is not a UUID`);
      for (const problem of operation.schemas.errors(`${operation.operationId} ${parameter.in} ${parameter.name}`, parameter.schema, value)) {
        problems.push(`${parameter.name}: ${problem}`);
      }
    }
    const documented = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of query.keys()) if (!documented.has(name)) problems.push(`${name}: not a query parameter of ${operation.operationId}`);
    return problems;
  }

  type Respond = (status: number, payload?: unknown, headers?: Record<string, string>) => void;
  type Refuse = (status: number, code: string, message: string) => void;

  async function route(operation: Operation, params: Record<string, string>, body: Record<string, unknown>, respond: Respond, refuse: Refuse): Promise<void> {
    const subscriptionId = params.subscriptionId ?? '';
    const resourceGroup = params.resourceGroupName ?? '';
    const name = params.containerAppName ?? '';
    const existing = () => {
      const app = platform.app(subscriptionId, resourceGroup, name);
      if (!app) throw notFound(resourceGroup, name);
      return app;
    };
    const revisionOf = (app: App) => {
      const found = app.revisions.get(params.revisionName ?? '');
      if (!found) throw revisionNotFound(app, params.revisionName ?? '');
      return found;
    };
    switch (operation.operationId) {
      case 'ContainerApps_Get':
        return respond(200, containerApp(platform, existing()));
      case 'ContainerApps_CreateOrUpdate': {
        const { app, created, operation: started } = await platform.write(subscriptionId, resourceGroup, name, body, 'put');
        return respond(created ? 201 : 200, containerApp(platform, app), { 'Azure-AsyncOperation': operationUrlOf(started, 'Statuses') });
      }
      case 'ContainerApps_Update': {
        const { operation: started } = await platform.write(subscriptionId, resourceGroup, name, body, 'patch');
        return respond(202, undefined, { 'Azure-AsyncOperation': operationUrlOf(started, 'Statuses'), Location: operationUrlOf(started, 'Results') });
      }
      case 'ContainerAppsRevisions_ListRevisions': {
        const app = existing();
        return respond(200, { value: [...app.revisions.values()].map((r) => revision(platform, app, r)) });
      }
      case 'ContainerAppsRevisions_GetRevision': {
        const app = existing();
        return respond(200, revision(platform, app, revisionOf(app)));
      }
      case 'ContainerAppsRevisions_DeactivateRevision': {
        const app = existing();
        await platform.deactivate(app, revisionOf(app).name);
        return respond(200);
      }
      case 'ContainerAppsRevisions_ActivateRevision': {
        const app = existing();
        await platform.activate(app, revisionOf(app).name);
        return respond(200);
      }
      default:
        return refuse(501, 'NotImplemented', `the fake does not implement ${operation.operationId} (${operation.method} ${operation.template})`);
    }
  }

  function operationUrlOf(operation: Parameters<typeof operationPath>[0], kind: 'Statuses' | 'Results'): string {
    return `${baseUrl}${operationPath(operation, kind)}?api-version=${apiVersion}${kind === 'Statuses' ? '&azureAsyncOperation=true' : ''}`;
  }

  /** ARM's operation status (Azure-AsyncOperation) and result (Location) URLs. */
  function serveOperation(method: string, kind: 'Statuses' | 'Results', id: string, url: URL, reply: Respond, refuse: Refuse): void {
    if (method !== 'GET') return refuse(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`);
    for (const name of url.searchParams.keys()) {
      if (name !== 'api-version' && name !== 'azureAsyncOperation')
        return refuse(400, 'InvalidParameter', `${name}: not a query parameter of an operation URL`);
    }
    const operation = platform.poll(id);
    if (!operation) return refuse(404, 'OperationNotFound', `Operation '${id}' was not found.`);
    if (kind === 'Statuses') return reply(200, operationStatus(operation));
    // The Location URL: 202 while running, then 200 (or the operation's error).
    if (operation.status === 'InProgress') return reply(202, undefined, { Location: url.href, 'Retry-After': '1' });
    if (operation.error) return reply(400, armError(operation.error.code, operation.error.message));
    return reply(200);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    violations,
    requests,
    faults: faults.served,
    platform,
    failNext: (matcher, status, times = 1) => faults.add(matcher, status, times),
    app: (subscriptionId, resourceGroup, name) => platform.app(subscriptionId, resourceGroup, name),
    labelUrl: (app, label) => app.labelRouters.get(label)?.url,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.close();
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const requestId = randomUUID();
  const common = { 'x-ms-request-id': requestId, 'x-ms-correlation-request-id': requestId, ...headers };
  if (body === undefined) {
    res.writeHead(status, { ...common, 'content-length': '0' }).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...common, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }).end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
