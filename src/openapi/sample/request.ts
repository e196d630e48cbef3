/**
 * A valid request for an operation, built from the model with the same sampler the stubs use: the
 * required parameters, the body in the media type a generated server reads (JSON, then forms), and
 * credentials for the first security alternative. Generator-neutral: the FastAPI project's tests and
 * the Postman collection render it in their own syntax.
 */
import type { ApiModel, MediaType, Operation, Schema } from '../model/model.ts';
import { sampleValue } from './values.ts';
import type { SchemaContext } from './conforms.ts';

export interface SampleRequest {
  method: string;
  /** The path with its parameters filled in and percent-encoded. */
  path: string;
  query: Array<[string, string]>;
  headers: Array<[string, string]>;
  cookies: Array<[string, string]>;
  body?: SampleBody;
}

export type SampleBody =
  | { kind: 'json'; contentType: string; value: unknown }
  | { kind: 'form'; contentType: string; fields: Array<[string, string]> }
  | { kind: 'multipart'; contentType: string; fields: Array<[string, string]>; files: Array<[string, { filename: string; content: string }]> }
  | { kind: 'raw'; contentType: string; text: string };

/** Placeholder secrets: what a stub accepts; real tests put real ones in their place. */
/**
 * What a sample request sends for a credential, in every place one goes. A generated server accepts
 * it only when it is started with it (API_CREDENTIALS; see sampleCredentials), as its tests and the
 * local contract run do: it is no key to anything deployed.
 */
export const PLACEHOLDER_CREDENTIAL = 'placeholder';
export const SAMPLE_CREDENTIALS = {
  username: PLACEHOLDER_CREDENTIAL,
  password: PLACEHOLDER_CREDENTIAL,
  token: PLACEHOLDER_CREDENTIAL,
  apiKey: PLACEHOLDER_CREDENTIAL,
};

/** Each security scheme's sample credential, as API_CREDENTIALS lists it (`user:password` for HTTP basic). */
export function sampleCredentials(api: Pick<ApiModel, 'securitySchemes'>): Record<string, string> {
  return Object.fromEntries(
    api.securitySchemes.map((s) => [
      s.name,
      s.type === 'http' && s.scheme === 'basic'
        ? `${SAMPLE_CREDENTIALS.username}:${SAMPLE_CREDENTIALS.password}`
        : s.type === 'apiKey'
          ? SAMPLE_CREDENTIALS.apiKey
          : SAMPLE_CREDENTIALS.token,
    ]),
  );
}

/** Credentials as the generated server reads them from API_CREDENTIALS: scheme=value a line. */
export function credentialsText(credentials: Readonly<Record<string, string>>): string {
  return Object.entries(credentials)
    .map(([scheme, value]) => `${scheme}=${value}`)
    .join('\n');
}

export function sampleRequest(api: ApiModel, op: Operation, options: { credentials: boolean }): SampleRequest {
  const ctx: SchemaContext = { openapi30: api.family === '2.0' || api.family === '3.0', resolve: api.resolveSchema };
  const request: SampleRequest = { method: op.method.toUpperCase(), path: op.path, query: [], headers: [], cookies: [] };
  for (const p of op.parameters) {
    if (!p.required) continue;
    const value = sampleValue(p.schema, p.example, ctx, { direction: 'request' }).value;
    const values = Array.isArray(value) ? value.map(text) : [text(value)];
    if (p.in === 'path') {
      const encoded = values.map((v) => (p.extensions['x-multi-segment'] === true ? v.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(v)));
      request.path = request.path.split(`{${p.name}}`).join(encoded.join(','));
    } else if (p.in === 'query') for (const v of values) request.query.push([p.name, v]);
    else if (p.in === 'header') request.headers.push([p.name, values.join(',')]);
    else request.cookies.push([p.name, values.join(',')]);
  }
  const media = chooseRequestMedia(op.requestBody?.content ?? []);
  if (media) request.body = sampleBody(api, media, ctx);
  if (options.credentials) addCredentials(api, op, request);
  return request;
}

function chooseRequestMedia(content: MediaType[]): MediaType | undefined {
  return (
    content.find((m) => /^application\/(.+\+)?json/i.test(m.contentType)) ??
    content.find((m) => /^application\/x-www-form-urlencoded/i.test(m.contentType)) ??
    content.find((m) => /^multipart\/form-data/i.test(m.contentType)) ??
    content[0]
  );
}

function sampleBody(api: ApiModel, media: MediaType, ctx: SchemaContext): SampleBody {
  const value = sampleValue(media.schema, media.example, ctx, { direction: 'request' }).value;
  const contentType = media.contentType;
  if (/json/i.test(contentType)) return { kind: 'json', contentType, value };
  const entries = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  const flat = (v: unknown) => (Array.isArray(v) ? v : [v]).map(text);
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    return { kind: 'form', contentType, fields: entries.flatMap(([k, v]) => flat(v).map((item): [string, string] => [k, item])) };
  }
  if (/^multipart\//i.test(contentType)) {
    const schema = media.schema === undefined ? undefined : api.resolveSchema(media.schema);
    const properties =
      typeof schema === 'object' && schema.properties && typeof schema.properties === 'object' ? (schema.properties as Record<string, Schema>) : {};
    const body: SampleBody = { kind: 'multipart', contentType, fields: [], files: [] };
    for (const [k, v] of entries) {
      const binary = properties[k] !== undefined && isBinary(api, properties[k]);
      for (const item of flat(v)) {
        if (binary) body.files.push([k, { filename: 'sample.bin', content: item }]);
        else body.fields.push([k, item]);
      }
    }
    return body;
  }
  return { kind: 'raw', contentType, text: text(value) };
}

function isBinary(api: ApiModel, schema: Schema): boolean {
  const s = api.resolveSchema(schema);
  if (typeof s !== 'object') return false;
  if (s.type === 'array' && s.items !== undefined) return isBinary(api, s.items as Schema);
  return s.format === 'binary' || (typeof s.contentMediaType === 'string' && s.contentEncoding === undefined);
}

function addCredentials(api: ApiModel, op: Operation, request: SampleRequest): void {
  for (const requirement of op.security[0] ?? []) {
    const scheme = api.securitySchemes.find((s) => s.name === requirement.scheme);
    if (!scheme) continue;
    if (scheme.type === 'apiKey' && scheme.parameterName) {
      const target = scheme.in === 'query' ? request.query : scheme.in === 'cookie' ? request.cookies : request.headers;
      target.push([scheme.parameterName, SAMPLE_CREDENTIALS.apiKey]);
    } else if (scheme.type === 'http' && scheme.scheme === 'basic') {
      const token = Buffer.from(`${SAMPLE_CREDENTIALS.username}:${SAMPLE_CREDENTIALS.password}`).toString('base64');
      request.headers.push(['Authorization', `Basic ${token}`]);
    } else if (scheme.type !== 'mutualTLS') {
      request.headers.push([
        'Authorization',
        `${scheme.type === 'http' && scheme.scheme && scheme.scheme !== 'bearer' ? capitalize(scheme.scheme) : 'Bearer'} ${SAMPLE_CREDENTIALS.token}`,
      ]);
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
