/**
 * What each generated request sends: values from the spec's examples when they satisfy their
 * schemas, otherwise values built from the schemas (sampleValue), so that a server honouring the
 * contract answers with success. Required parameters are sent; optional ones are listed disabled,
 * ready to switch on. Credentials are variables named after their security scheme, never values.
 */
import type { ApiModel, MediaType, Operation, Parameter, Schema, SecurityScheme } from '../../openapi/model/model.ts';
import { locate } from '../../openapi/model/model.ts';
import { sampleSchema, sampleValue, type SchemaContext } from '../../openapi/sample/values.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { encodeComponent, hasVariableSyntax, inertJson, splitBraces } from './inert-text.ts';
import type { PostmanAuth, PostmanBody, PostmanKeyValue, PostmanRequest, PostmanUrl } from '../../postman/postman-types.ts';
import { isObject } from '../../openapi/nodes.ts';

export const BASE_URL_VARIABLE = 'baseUrl';

/** Headers a spec may not describe as parameters (OpenAPI 3: they are ignored there). */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

export interface RequestData {
  request: PostmanRequest;
  /** The body sent, as a value, with the media type it was built for. */
  body?: { value: unknown; media: MediaType };
}

export function schemaContext(model: ApiModel): SchemaContext {
  return { openapi30: model.family !== '3.1' && model.family !== '3.2', resolve: model.resolveSchema };
}

export function buildRequest(op: Operation, model: ApiModel, ctx: SchemaContext, warnings: Diagnostic[]): RequestData {
  const warn = (message: string, where = op.origin) =>
    warnings.push({ severity: 'warning', rule: 'postman-request-data', message: `${op.id}: ${message}`, location: locate(where) });

  const valueOf = (p: Parameter): unknown => {
    const sampled = sampleValue(p.schema, p.example, ctx, { direction: 'request' });
    if (!sampled.valid) warn(`no value satisfies the schema of parameter ${JSON.stringify(p.name)}; sending the closest one`, p.origin);
    return sampled.value;
  };

  const credentials = credentialsFor(op, model.securitySchemes);
  const url = buildUrl(op, valueOf, credentials.query);
  const header: PostmanKeyValue[] = [];
  const cookies: string[] = [];
  for (const p of op.parameters) {
    if (p.in === 'header') {
      if (RESERVED_HEADERS.has(p.name.toLowerCase())) continue;
      if (!isToken(p.name)) {
        warn(`header parameter ${JSON.stringify(p.name)} is not a valid HTTP header name; it is left out`, p.origin);
        continue;
      }
      header.push({ key: p.name, value: headerText(p, valueOf(p), ctx, warn), ...describe(p.description), ...(p.required ? {} : { disabled: true }) });
    } else if (p.in === 'cookie' && p.required) {
      // A cookie name is a token too (RFC 6265): braces cannot be in one, so `{{...}}` never is.
      if (!isToken(p.name)) {
        warn(`cookie parameter ${JSON.stringify(p.name)} is not a valid cookie name; it is left out`, p.origin);
        continue;
      }
      cookies.push(`${p.name}=${encodeComponent(scalarText(valueOf(p)))}`);
    }
  }
  header.push(...credentials.headers);
  cookies.push(...credentials.cookies);
  if (cookies.length > 0) header.push({ key: 'Cookie', value: cookies.join('; ') });

  const accept = acceptOf(op);
  if (accept) header.push({ key: 'Accept', value: accept });

  const media = op.requestBody ? preferredMedia(mediaTypesSent(op.requestBody.content, warn)) : undefined;
  let body: PostmanBody | undefined;
  let value: unknown;
  if (media) {
    const sampled = sampleValue(media.schema, media.example, ctx, { direction: 'request' });
    if (!sampled.valid) warn(`no body satisfies the schema for ${media.contentType}; sending the closest one`, media.origin);
    value = sampled.value;
    body = bodyFor(media, value, warn, ctx);
    header.push({ key: 'Content-Type', value: media.contentType });
  }

  const request: PostmanRequest = {
    method: op.method.toUpperCase(),
    url,
    header,
    ...(body ? { body } : {}),
    auth: credentials.auth,
  };
  return { request, ...(media ? { body: { value, media } } : {}) };
}

function buildUrl(op: Operation, valueOf: (p: Parameter) => unknown, credentialQuery: PostmanKeyValue[]): PostmanUrl {
  const pathParams = new Map(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const variable: PostmanKeyValue[] = [];
  const path = op.path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const whole = /^\{([A-Za-z0-9_.-]+)\}$/.exec(segment);
      const param = whole ? pathParams.get(whole[1]!) : undefined;
      if (param) {
        variable.push({ key: param.name, value: pathText(param, valueOf(param)), ...describe(param.description) });
        return `:${param.name}`;
      }
      // A template mixed with text (`{name}.json`) has no Postman variable form: the value goes inline.
      return segment
        .replace(/\{([^{}]+)\}/g, (_, name: string) => {
          const p = pathParams.get(name);
          return p ? pathText(p, valueOf(p)) : encodeComponent(name);
        })
        .replace(/[{}]/g, encodeComponent);
    });

  const query: PostmanKeyValue[] = [];
  for (const p of op.parameters.filter((q) => q.in === 'query')) {
    const entries = queryEntries(p, valueOf(p));
    for (const [key, value] of entries)
      query.push({ key: encodeComponent(key), value: encodeComponent(value), ...describe(p.description), ...(p.required ? {} : { disabled: true }) });
  }
  query.push(...credentialQuery);
  return {
    raw: rawUrl(path, query),
    host: [`{{${BASE_URL_VARIABLE}}}`],
    path,
    ...(query.length > 0 ? { query } : {}),
    ...(variable.length > 0 ? { variable } : {}),
  };
}

/** The URL as Postman shows it: the base URL variable, the path, the enabled query parameters. */
export function rawUrl(path: string[], query: PostmanKeyValue[]): string {
  const enabled = query.filter((q) => !q.disabled);
  return `{{${BASE_URL_VARIABLE}}}/${path.join('/')}${enabled.length > 0 ? `?${enabled.map((q) => `${q.key}=${q.value}`).join('&')}` : ''}`;
}

/** Path values in the `simple` style (the default): arrays and objects comma-separated. */
function pathText(p: Parameter, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => encodeComponent(scalarText(v))).join(',');
  if (isObject(value))
    return Object.entries(value)
      .flatMap(([k, v]) => (p.explode ? [`${encodeComponent(k)}=${encodeComponent(scalarText(v))}`] : [encodeComponent(k), encodeComponent(scalarText(v))]))
      .join(',');
  const text = scalarText(value);
  // A multi-segment path value (`x-multi-segment`) keeps its slashes.
  return p.extensions['x-multi-segment'] === true ? text.split('/').map(encodeComponent).join('/') : encodeComponent(text);
}

/** Query entries (unencoded) for the styles OpenAPI defines; `form` with `explode` is the default. */
function queryEntries(p: Parameter, value: unknown): [string, string][] {
  if (p.contentType) return [[p.name, JSON.stringify(value)]];
  if (Array.isArray(value)) {
    if (p.explode && p.style === 'form') return value.map((v) => [p.name, scalarText(v)]);
    const separator = p.style === 'spaceDelimited' ? ' ' : p.style === 'pipeDelimited' ? '|' : ',';
    return [[p.name, value.map(scalarText).join(separator)]];
  }
  if (isObject(value)) {
    if (p.style === 'deepObject') return Object.entries(value).map(([k, v]) => [`${p.name}[${k}]`, scalarText(v)]);
    if (p.explode) return Object.entries(value).map(([k, v]) => [k, scalarText(v)]);
    return [
      [
        p.name,
        Object.entries(value)
          .flatMap(([k, v]) => [k, scalarText(v)])
          .join(','),
      ],
    ];
  }
  return [[p.name, scalarText(value)]];
}

/** Header values cannot be encoded: spec text Postman would substitute gives way to a value built from the schema. */
function headerText(p: Parameter, value: unknown, ctx: SchemaContext, warn: (m: string, w?: Parameter['origin']) => void): string {
  const text = Array.isArray(value) ? value.map(scalarText).join(',') : scalarText(value);
  if (!hasVariableSyntax(text)) return text;
  const fallback = p.schema === undefined ? '' : scalarText(sampleSchema(p.schema, ctx, { direction: 'request' }).value);
  if (fallback !== '' && !hasVariableSyntax(fallback)) {
    warn(`the example of header ${JSON.stringify(p.name)} looks like a Postman variable; a value built from its schema is sent instead`, p.origin);
    return fallback;
  }
  warn(`the value of header ${JSON.stringify(p.name)} looks like a Postman variable; it is sent with its braces apart`, p.origin);
  return splitBraces(text);
}

/**
 * The file every binary multipart field sends, written beside the collection (see writeCollection);
 * Newman reads it relative to the collection's folder. A server that takes files needs a file part
 * (with a filename), not a text field holding the sample.
 */
export const UPLOAD_SAMPLE = 'contract-upload.bin';

/** Multipart fields the schema says carry a file: `format: binary` (3.0) or a content media type (3.1). */
function fileFields(schema: MediaType['schema'], ctx: SchemaContext | undefined): Set<string> {
  const files = new Set<string>();
  if (!ctx || schema === undefined) return files;
  const isFile = (s: unknown): boolean => {
    const r = ctx.resolve(s as Schema);
    if (!isObject(r)) return false;
    if (r.format === 'binary' || typeof r.contentMediaType === 'string') return true;
    return r.type === 'array' && r.items !== undefined && isFile(r.items);
  };
  const visit = (s: unknown) => {
    const r = ctx.resolve(s as Schema);
    if (!isObject(r)) return;
    if (isObject(r.properties)) for (const [name, property] of Object.entries(r.properties)) if (isFile(property)) files.add(name);
    for (const part of Array.isArray(r.allOf) ? r.allOf : []) visit(part);
  };
  visit(schema);
  return files;
}

export function bodyFor(media: MediaType, value: unknown, warn: (m: string, w?: MediaType['origin']) => void, ctx?: SchemaContext): PostmanBody {
  const type = media.contentType.toLowerCase();
  if (isJsonMedia(type)) return { mode: 'raw', raw: inertJson(JSON.stringify(value, null, 2)), options: { raw: { language: 'json' } } };
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const pairs = isObject(value) ? Object.entries(value).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as const) : [[k, v] as const])) : [];
    return { mode: 'raw', raw: pairs.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(scalarText(v))}`).join('&') };
  }
  if (type.startsWith('multipart/')) {
    const parts = isObject(value) ? Object.entries(value) : [];
    const files = fileFields(media.schema, ctx);
    return {
      mode: 'formdata',
      formdata: parts.flatMap(([key, v]): PostmanKeyValue[] => {
        // A file part has a src and no value (Postman's collection format).
        if (files.has(key))
          return (Array.isArray(v) ? v : [v]).map(() => ({ key: splitBraces(key), type: 'file', src: UPLOAD_SAMPLE }) as unknown as PostmanKeyValue);
        // An array of plain values goes as one part per item, as multipart encodes arrays.
        const items = Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object') ? v : [v];
        return items.map((item) => {
          const text = scalarText(item);
          if (hasVariableSyntax(text) || hasVariableSyntax(key))
            warn(`multipart field ${JSON.stringify(key)} looks like a Postman variable; it is sent with its braces apart`, media.origin);
          return { key: splitBraces(key), value: splitBraces(text), type: 'text' };
        });
      }),
    };
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  if (hasVariableSyntax(text)) warn(`the ${media.contentType} body looks like a Postman variable; it is sent with its braces apart`, media.origin);
  return { mode: 'raw', raw: splitBraces(text) };
}

/** JSON first (what the contract tests and most servers handle best), then forms, then the first listed. */
/**
 * The media types a request may name in its Content-Type (or Accept): type/subtype tokens with
 * parameters (RFC 9110). Braces are not token characters, so a media type that holds `{{...}}`
 * is not one, and is never written where Postman would substitute it.
 */
function isMediaTypeName(type: string): boolean {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*;\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=("[^"{}\\]*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*$/.test(type);
}

function mediaTypesSent(content: MediaType[], warn: (message: string, origin: MediaType['origin']) => void): MediaType[] {
  return content.filter((m) => {
    if (isMediaTypeName(m.contentType)) return true;
    warn(`request media type ${JSON.stringify(m.contentType)} is not a valid media type name; no request is sent with it`, m.origin);
    return false;
  });
}

function preferredMedia(content: MediaType[]): MediaType | undefined {
  return (
    content.find((m) => isJsonMedia(m.contentType.toLowerCase())) ??
    content.find((m) => m.contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) ??
    content[0]
  );
}

/** The Accept header: the media types the successful responses document, JSON first. */
function acceptOf(op: Operation): string | undefined {
  const types = new Set<string>();
  for (const r of op.responses) if (r.status.startsWith('2')) for (const m of r.content) if (isMediaTypeName(m.contentType)) types.add(m.contentType);
  const sorted = [...types].sort((a, b) => Number(isJsonMedia(b.toLowerCase())) - Number(isJsonMedia(a.toLowerCase())));
  const text = sorted.join(', ');
  return text === '' || hasVariableSyntax(text) ? undefined : text;
}

export function isJsonMedia(type: string): boolean {
  return /^application\/([\w.+-]*\+)?json(\s*;|$)/i.test(type) || type === '*/*';
}

interface Credentials {
  auth: PostmanAuth;
  /** API keys that Postman's auth cannot carry (a second scheme, or a cookie), sent as plain entries. */
  headers: PostmanKeyValue[];
  query: PostmanKeyValue[];
  cookies: string[];
}

/**
 * Credentials for the first security alternative whose schemes can all be sent: one scheme goes in
 * Postman's auth (so it shows in the Auth tab), further API keys travel as headers, query or cookies.
 */
function credentialsFor(op: Operation, schemes: SecurityScheme[]): Credentials {
  const none: Credentials = { auth: { type: 'noauth' }, headers: [], query: [], cookies: [] };
  for (const alternative of op.security) {
    if (alternative.length === 0) return none;
    const found = alternative.map((r) => schemes.find((s) => s.name === r.scheme));
    if (found.some((s) => !s || !sendable(s))) continue;
    const chosen: Credentials = { auth: { type: 'noauth' }, headers: [], query: [], cookies: [] };
    for (const scheme of found as SecurityScheme[]) {
      const auth = chosen.auth.type === 'noauth' ? schemeAuth(scheme) : undefined;
      if (auth) {
        chosen.auth = auth;
        continue;
      }
      const value = `{{${credentialVariables(scheme)[0]}}}`;
      const name = scheme.parameterName!;
      if (scheme.in === 'query') chosen.query.push({ key: encodeComponent(name), value });
      else if (scheme.in === 'cookie') chosen.cookies.push(`${name}=${value}`);
      else chosen.headers.push({ key: name, value });
    }
    return chosen;
  }
  return none;
}

function sendable(scheme: SecurityScheme): boolean {
  if (scheme.type === 'apiKey') return typeof scheme.parameterName === 'string' && isToken(scheme.parameterName);
  return schemeAuth(scheme) !== undefined;
}

/** The environment variables a scheme's credential lives in. */
export function credentialVariables(scheme: SecurityScheme): string[] {
  const base = variableName(scheme.name);
  if (scheme.type === 'http' && scheme.scheme === 'basic') return [`${base}Username`, `${base}Password`];
  if (scheme.type === 'mutualTLS') return [];
  return [base];
}

export function variableName(schemeName: string): string {
  const cleaned = schemeName.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `scheme_${cleaned}`;
}

function schemeAuth(scheme: SecurityScheme): PostmanAuth | undefined {
  const [first, second] = credentialVariables(scheme).map((v) => `{{${v}}}`);
  const kv = (key: string, value: string) => ({ key, value, type: 'string' });
  if (scheme.type === 'apiKey' && scheme.parameterName && scheme.in !== 'cookie') {
    return { type: 'apikey', apikey: [kv('key', scheme.parameterName), kv('value', first!), kv('in', scheme.in ?? 'header')] };
  }
  if (scheme.type === 'http' && scheme.scheme === 'basic') return { type: 'basic', basic: [kv('username', first!), kv('password', second!)] };
  if ((scheme.type === 'http' && scheme.scheme === 'bearer') || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
    return { type: 'bearer', bearer: [kv('token', first!)] };
  }
  return undefined;
}

/** RFC 9110 token: what a header (or cookie) name may be. */
function isToken(name: string): boolean {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
}

function describe(description: string | undefined): { description?: string } {
  return description ? { description } : {};
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
