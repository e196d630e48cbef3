/**
 * A real HTTP server that honours a spec's contract, for the Newman tests: each documented operation
 * answers its first success response with a body built from the schema (sampleValue), its documented
 * headers, and 401 when a required credential is absent. Plus a mutating proxy that breaks one rule of
 * the contract in each answer, and records which answers it broke, so a test can check that the
 * contract tests catch every one. (The generated FastAPI server takes the place of the first later.)
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiModel, Operation, Response, Schema } from '../../src/openapi/model/model.ts';
import { conforms, sampleValue, type SchemaContext } from '../../src/openapi/sample/values.ts';

export interface Running {
  url: string;
  close(): Promise<void>;
}

export function contextOf(model: ApiModel): SchemaContext {
  return { openapi30: model.family !== '3.1' && model.family !== '3.2', resolve: model.resolveSchema };
}

interface Route {
  op: Operation;
  pattern: RegExp;
  literal: number;
}

export function routesOf(model: ApiModel): Route[] {
  return (
    model.operations
      .map((op) => ({
        op,
        pattern: new RegExp(
          `^${op.path
            .split(/(\{[^{}]+\})/)
            .map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : multiSegment(op, part.slice(1, -1)) ? '.+' : '[^/]+'))
            .join('')}/?$`,
        ),
        literal: op.path.replace(/\{[^{}]+\}/g, '').length,
      }))
      // Literal paths before templated ones (`/books/new` before `/books/{id}`).
      .sort((a, b) => b.literal - a.literal)
  );
}

/** Path parameters marked `x-multi-segment` (GitHub's `{ref}`) may hold slashes. */
function multiSegment(op: Operation, name: string): boolean {
  return op.parameters.some((p) => p.in === 'path' && p.name === name && p.extensions['x-multi-segment'] === true);
}

export function findOperation(routes: Route[], method: string, url: string): Operation | undefined {
  const pathname = new URL(url, 'http://x').pathname.split('/').map(decodeSegment).join('/');
  return routes.find((r) => r.op.method === method.toLowerCase() && r.pattern.test(pathname))?.op;
}

export function successOf(op: Operation): Response | undefined {
  return (
    op.responses.find((r) => /^2\d\d$/.test(r.status)) ??
    op.responses.find((r) => r.status === '2XX') ??
    op.responses.find((r) => r.status === 'default') ??
    op.responses[0]
  );
}

/** What the server saw: the last request per operation (method, url, headers, body). */
export interface Seen {
  operation: string;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface ServerOptions {
  /** Refuse invalid requests with 422, as a framework would (default); off, the server accepts anything. */
  validateRequests?: boolean;
}

export async function startContractServer(model: ApiModel, seen: Seen[] = [], options: ServerOptions = {}): Promise<Running> {
  const ctx = contextOf(model);
  const routes = routesOf(model);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const op = findOperation(routes, req.method ?? 'GET', req.url ?? '/');
      if (!op) return send(res, 404, { 'content-type': 'application/json' }, JSON.stringify({ detail: 'Not Found' }));
      seen.push({ operation: op.id, method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const invalid = options.validateRequests === false ? undefined : requestProblem(op, req.url ?? '/', Buffer.concat(chunks).toString('utf8'), ctx);
      if (invalid) return send(res, 422, { 'content-type': 'application/json' }, JSON.stringify({ detail: invalid }));
      if (!credentialsPresent(op, model, req)) {
        const unauthorized = op.responses.find((r) => r.status === '401');
        return send(
          res,
          401,
          unauthorized?.content[0] ? { 'content-type': unauthorized.content[0].contentType } : {},
          unauthorized?.content[0] ? JSON.stringify(sampleValue(unauthorized.content[0].schema, undefined, ctx, { direction: 'response' }).value) : '',
        );
      }
      const response = successOf(op);
      const status = response && /^\d{3}$/.test(response.status) ? Number(response.status) : 200;
      const headers: Record<string, string> = {};
      for (const h of response?.headers ?? [])
        if (!HOP_BY_HOP.has(h.name.toLowerCase()) && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(h.name))
          headers[h.name.toLowerCase()] = headerText(sampleValue(h.schema, undefined, ctx, { direction: 'response' }).value);
      const media = response?.content[0];
      if (!media) return send(res, status, headers, '');
      headers['content-type'] = media.contentType;
      const value = sampleValue(media.schema, media.example, ctx, { direction: 'response' }).value;
      send(res, status, headers, /json/i.test(media.contentType) ? JSON.stringify(value) : String(value ?? ''));
    });
  });
  return listen(server);
}

/** Like a framework validating its input: a required query parameter or a JSON body that breaks its schema is a 422. */
function requestProblem(op: Operation, url: string, body: string, ctx: SchemaContext): string | undefined {
  const query = new URL(url, 'http://x').searchParams;
  for (const p of op.parameters) {
    if (p.in === 'query' && p.required && p.style !== 'deepObject' && !(p.explode && isObjectSchema(p.schema, ctx)) && !query.has(p.name))
      return `query parameter ${p.name} is required`;
  }
  const media = op.requestBody?.content.find((m) => /json/i.test(m.contentType));
  if (!media || media.schema === undefined || body === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'the body is not JSON';
  }
  return conforms(value, media.schema, ctx) ? undefined : 'the body does not match its schema';
}

function isObjectSchema(schema: Schema | undefined, ctx: SchemaContext): boolean {
  const s = schema === undefined ? undefined : ctx.resolve(schema);
  return typeof s === 'object' && (s.type === 'object' || s.properties !== undefined);
}

function credentialsPresent(op: Operation, model: ApiModel, req: IncomingMessage): boolean {
  if (op.security.length === 0) return true;
  return op.security.some((alternative) =>
    alternative.every(({ scheme: name }) => {
      const scheme = model.securitySchemes.find((s) => s.name === name);
      if (!scheme) return false;
      if (scheme.type === 'apiKey' && scheme.in === 'header') return Boolean(req.headers[scheme.parameterName!.toLowerCase()]);
      if (scheme.type === 'apiKey' && scheme.in === 'query') return new URL(req.url ?? '/', 'http://x').searchParams.has(scheme.parameterName!);
      if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return Boolean(req.headers.authorization);
      return true;
    }),
  );
}

/** Headers the HTTP layer owns; a spec documenting them cannot have the server set them by hand. */
const HOP_BY_HOP = new Set(['transfer-encoding', 'content-length', 'connection', 'keep-alive', 'upgrade']);

function headerText(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function listen(server: Server): Promise<Running> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export const MUTATIONS = ['wrong-status', 'missing-required-field', 'wrong-type', 'extra-field', 'wrong-content-type', 'dropped-header'] as const;
export type Mutation = (typeof MUTATIONS)[number];

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A proxy in front of `upstream` that applies `mutation` to every answer it can, guided by the spec
 * (which property is required, which object forbids extra properties, which header is required).
 * `applied` lists the operations whose answer it really broke.
 */
export async function startMutatingProxy(model: ApiModel, upstream: string, mutation: Mutation, applied: string[]): Promise<Running> {
  const routes = routesOf(model);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', upstream);
      const forward = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
        const body: Buffer[] = [];
        up.on('data', (c: Buffer) => body.push(c));
        up.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(up.headers))
            if (typeof v === 'string' && k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') headers[k] = v;
          const answer: Answer = { status: up.statusCode ?? 502, headers, body: Buffer.concat(body).toString('utf8') };
          const op = findOperation(routes, req.method ?? 'GET', req.url ?? '/');
          const mutated = op ? mutate(model, op, answer, mutation) : undefined;
          if (op && mutated) applied.push(op.id);
          const out = mutated ?? answer;
          send(res, out.status, out.headers, out.body);
        });
      });
      forward.on('error', () => send(res, 502, {}, ''));
      forward.end(Buffer.concat(chunks));
    });
  });
  return listen(server);
}

/** The answer with one contract rule broken, or undefined when this answer gives the mutation nothing to break. */
export function mutate(model: ApiModel, op: Operation, answer: Answer, mutation: Mutation): Answer | undefined {
  const documented = op.responses.find((r) => r.status === String(answer.status)) ?? op.responses.find((r) => r.status === `${String(answer.status)[0]}XX`);
  const media = documented?.content.find((m) => answer.headers['content-type']?.startsWith(m.contentType));
  const schema = media?.schema === undefined ? undefined : flatten(model, media.schema);
  let body: unknown;
  try {
    body = answer.body ? JSON.parse(answer.body) : undefined;
  } catch {
    body = undefined;
  }
  // The object the schema describes: the body itself, or the first item of an array body.
  const target = Array.isArray(body) ? body[0] : body;
  const targetSchema = Array.isArray(body) && schema?.items !== undefined ? flatten(model, schema.items as Schema) : schema;
  const withBody = (): Answer => ({ ...answer, body: JSON.stringify(body) });
  switch (mutation) {
    case 'wrong-status': {
      const status = [418, 299, 599].find((s) => !op.responses.some((r) => r.status === String(s)));
      return status === undefined ? undefined : { ...answer, status };
    }
    case 'missing-required-field': {
      const required = (targetSchema?.required as string[] | undefined)?.find((name) => isRecord(target) && name in target);
      if (!required || !isRecord(target)) return undefined;
      delete target[required];
      return withBody();
    }
    case 'wrong-type': {
      if (!isRecord(target) || !targetSchema) return undefined;
      const properties = (targetSchema.properties ?? {}) as Record<string, Schema>;
      for (const name of Object.keys(target)) {
        const declared = properties[name] === undefined ? undefined : flatten(model, properties[name]).type;
        if (declared === undefined) continue;
        const types = ([] as unknown[]).concat(declared);
        const wrong = types.includes('string')
          ? 12345
          : types.includes('integer') || types.includes('number')
            ? 'not a number'
            : types.includes('boolean')
              ? 'yes'
              : types.includes('array')
                ? { not: 'an array' }
                : 'not an object';
        target[name] = wrong;
        return withBody();
      }
      return undefined;
    }
    case 'extra-field': {
      if (!isRecord(target) || targetSchema?.additionalProperties !== false) return undefined;
      target.unexpected_extra = 'should not be here';
      return withBody();
    }
    case 'wrong-content-type': {
      if (!media) return undefined;
      return { ...answer, headers: { ...answer.headers, 'content-type': 'text/plain' } };
    }
    case 'dropped-header': {
      const header = documented?.headers.find((h) => h.required && answer.headers[h.name.toLowerCase()] !== undefined);
      if (!header) return undefined;
      const headers = { ...answer.headers };
      delete headers[header.name.toLowerCase()];
      return { ...answer, headers };
    }
  }
}

/** A schema with its `$ref`s followed and its `allOf` merged (properties, required), enough for the mutations. */
function flatten(model: ApiModel, schema: Schema): Record<string, unknown> {
  const s = model.resolveSchema(schema);
  if (!isRecord(s)) return {};
  if (!Array.isArray(s.allOf)) return s;
  const parts = (s.allOf as Schema[]).map((p) => flatten(model, p));
  return {
    ...s,
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), s.properties ?? {}),
    required: [...parts.flatMap((p) => (p.required as string[] | undefined) ?? []), ...((s.required as string[] | undefined) ?? [])],
    ...(parts.some((p) => p.additionalProperties === false) || s.additionalProperties === false ? { additionalProperties: false } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
