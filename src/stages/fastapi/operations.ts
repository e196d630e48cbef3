/**
 * What each operation becomes in Python, decided once and read by the three modules of its tag (the
 * router, the stubs, the handler templates): the function name, the path Starlette routes, each
 * parameter with its alias, the body, the success response the stub answers and the documented ones.
 */
import type { ApiModel, MediaType, Operation, Origin, Parameter, Response, Schema } from '../../openapi/model/model.ts';
import { locate } from '../../openapi/model/model.ts';
import { isObject } from '../../openapi/nodes.ts';
import { sampleValue, type SchemaContext } from '../../openapi/sample/values.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { expr, type TypeExpr } from './imports.ts';
import type { ModelTypes } from './models.ts';
import { isRoutableParam, NameScope, pascal, pyLiteral, pyString } from './python.ts';

export interface PyParam {
  name: string;
  /** `Annotated[...]` with the FastAPI marker (Path, Query, Header, Cookie, Body, Form, File). */
  annotation: TypeExpr;
  /** The type inside the annotation, for the handler templates. */
  type: string;
  /** `None` for optional parameters; undefined for required ones. */
  default?: string;
  /** The FastAPI marker functions the annotation uses. */
  markers: string[];
}

export interface StubAnswer {
  status: number;
  /** Undefined for an answer without a body. */
  contentType?: string;
  body?: unknown;
  headers: Record<string, string>;
}

export interface DocumentedResponse {
  status: string;
  description: string;
  model?: TypeExpr;
  /** Media types besides JSON, documented without a model. */
  otherContent: string[];
  /** Every declared media type. */
  contentTypes: string[];
}

export interface OperationPlan {
  op: Operation;
  /** The Python function name, in the router, the stub module and the handler module alike. */
  function: string;
  /** The path as Starlette routes it: `{pet-id}` becomes `{pet_id}`. */
  routePath: string;
  params: PyParam[];
  security?: string;
  successStatus: number;
  responseModel?: TypeExpr;
  responses: DocumentedResponse[];
  stub: StubAnswer;
  /** Merged into the route's documented operation: the further media types a raw body accepts. */
  openapiExtra?: Record<string, unknown>;
  /** A body the contract accepts in several kinds of media type, read by its Content-Type. */
  bodyReader?: BodyReader;
}

/** How a media type's body is read: parsed as JSON, parsed as a form, or taken as bytes. */
export type BodyKind = 'json' | 'form' | 'raw';

export interface BodyMedia {
  contentType: string;
  kind: BodyKind;
  type: TypeExpr;
  /** Form fields sent once per item (arrays), received as lists. */
  repeated: string[];
  /** Form fields whose value is a JSON document: objects, or an `encoding` that says so. */
  jsonParts: string[];
  /** A raw body's schema as the contract writes it, for the document. */
  schema?: Record<string, unknown>;
}

export interface BodyReader {
  /** The module-level name the router gives the reader. */
  constant: string;
  required: boolean;
  media: BodyMedia[];
}

/** Names the route functions may not take: the router module's own globals. */
const ROUTER_GLOBALS = ['handlers', 'stubs', 'dispatch', 'security', 'router', 'credentials', 'ByMediaType', 'FormBody', 'JsonBody', 'RawBody'];

const JSON_TYPE = /^application\/(.+\+)?json(;.*)?$/i;

export function planOperation(
  api: ApiModel,
  op: Operation,
  functionName: string,
  types: ModelTypes,
  dependencyFor: (op: Operation) => string | undefined,
  warnings: Diagnostic[],
): OperationPlan {
  const warn = (rule: string, message: string, origin: Origin) => warnings.push({ severity: 'warning', rule, message, location: locate(origin) });
  const scope = new NameScope(ROUTER_GLOBALS, 'param', true);
  const hint = pascal(op.id);
  const required: PyParam[] = [];
  const optional: PyParam[] = [];
  const add = (p: PyParam) => (p.default === undefined ? required : optional).push(p);

  let routePath = op.path;
  for (const p of op.parameters) {
    if ((p.in === 'header' || p.in === 'cookie') && !isHeaderName(p.name)) {
      // No client can send it, and Starlette fails on every request that looks such a name up.
      warn('fastapi-header-name', `${p.in} parameter ${JSON.stringify(p.name)} is not a valid HTTP ${p.in} name; it is left out`, p.origin);
      continue;
    }
    const name = scope.claim(p.name, 'snake');
    const renamed = p.in === 'path' && !isRoutableParam(p.name);
    if (renamed) {
      warn('fastapi-path-param-renamed', `path parameter ${JSON.stringify(p.name)} is routed as {${name}}: Starlette only routes identifier names`, p.origin);
    }
    if (p.in === 'path') {
      // A value that may hold `/` (a git ref) needs Starlette's path convertor to match at all.
      const routed = `${renamed ? name : p.name}${p.extensions['x-multi-segment'] === true ? ':path' : ''}`;
      routePath = routePath.split(`{${p.name}}`).join(`{${routed}}`);
    }
    const aliased = name !== p.name && !renamed;
    add(parameter(api, p, name, aliased, types, hint, warn));
  }

  const content = op.requestBody?.content ?? [];
  const body = chooseMedia(content);
  // A raw body takes any bytes: the contract's other raw media types (GitHub's `text/x-markdown`
  // beside `text/plain`) are accepted as well, so they are documented too.
  const alsoRaw = body && kindOf(body.contentType) === 'raw' ? content.filter((m) => m !== body && kindOf(m.contentType) === 'raw') : [];
  const openapiExtra =
    alsoRaw.length > 0
      ? { requestBody: { content: Object.fromEntries(alsoRaw.map((m) => [m.contentType, { schema: writtenForm(m.schema, api) ?? {} }])) } }
      : undefined;
  let bodyReader: BodyReader | undefined;
  const severalKinds = content.length > 1 + alsoRaw.length;
  if (op.requestBody && (severalKinds || (body && kindOf(body.contentType) === 'form' && jsonParts(api, body).length > 0))) {
    // JSON or a form upload (OpenAI's image edits): FastAPI reads one media type per body, so the
    // body is read by its Content-Type instead, each media type with its own schema. A form with a
    // field that holds an object (a JSON part) is read so too: FastAPI's Form() takes only text.
    bodyReader = {
      constant: `${functionName.toUpperCase()}_BODY`,
      required: op.requestBody.required,
      media: content.map((m) => bodyMedia(api, m, types, hint, warn)),
    };
    add(readerParam(bodyReader, scope.claim('body', 'snake')));
  } else if (op.requestBody && body) {
    for (const p of bodyParams(api, body, op.requestBody.required, scope, types, hint, warn)) add(p);
  }

  const security = dependencyFor(op);
  const success = chooseSuccess(op.responses);
  const successMedia = success ? chooseMedia(success.content) : undefined;
  const successStatus = success ? statusNumber(success.status) : 200;
  const responseModel =
    successMedia && JSON_TYPE.test(successMedia.contentType)
      ? types.exported(types.typeAt(successMedia.schema, `${hint}Response`, successMedia.origin), `${hint}Response`)
      : undefined;

  const ctx: SchemaContext = { openapi30: api.family !== '3.1' && api.family !== '3.2', resolve: api.resolveSchema };
  const stub = stubAnswer(success, successMedia, successStatus, ctx, warn);

  const responses = op.responses.map((r): DocumentedResponse => {
    const json = r.content.find((m) => JSON_TYPE.test(m.contentType));
    const name = `${hint}${pascal(r.status)}Response`;
    const model = r === success ? responseModel : json?.schema !== undefined ? types.exported(types.typeAt(json.schema, name, json.origin), name) : undefined;
    const modelled = model !== undefined && model.code !== 'Any';
    return {
      status: r.status,
      description: r.description,
      ...(modelled ? { model } : {}),
      // A JSON body without a model is documented by its media type alone, like the others.
      otherContent: r.content.filter((m) => !(modelled && m === json)).map((m) => m.contentType),
      contentTypes: r.content.map((m) => m.contentType),
    };
  });

  return {
    op,
    function: functionName,
    routePath,
    params: [...required, ...optional],
    ...(security ? { security } : {}),
    successStatus,
    ...(responseModel && responseModel.code !== 'Any' && stub.contentType !== undefined ? { responseModel } : {}),
    responses,
    stub,
    ...(openapiExtra ? { openapiExtra } : {}),
    ...(bodyReader ? { bodyReader } : {}),
  };
}

/** The handler's \`body\`: the types of the media types, from the reader as a FastAPI dependency. */
function readerParam(reader: BodyReader, name: string): PyParam {
  const distinct = [...new Map(reader.media.map((m) => [m.type.code, m.type])).values()];
  const type = expr([...distinct.map((t) => t.code), ...(reader.required ? [] : ['None'])].join(' | '), ...distinct.map((t) => t.uses));
  return { name, annotation: expr(`Annotated[${type.code}, Depends(${reader.constant})]`, type.uses, 'Annotated'), type: type.code, markers: ['Depends'] };
}

function kindOf(contentType: string): BodyKind {
  if (JSON_TYPE.test(contentType)) return 'json';
  return /^(application\/x-www-form-urlencoded|multipart\/)/i.test(contentType) ? 'form' : 'raw';
}

/** One media type of a body read by its Content-Type: the type it validates against and how it is parsed. */
function bodyMedia(api: ApiModel, media: MediaType, types: ModelTypes, hint: string, warn: (rule: string, message: string, origin: Origin) => void): BodyMedia {
  const kind = kindOf(media.contentType);
  const properties = formProperties(api, media);
  const raw = (): BodyMedia => ({
    contentType: media.contentType,
    kind: 'raw',
    type: expr('bytes'),
    repeated: [],
    jsonParts: [],
    schema: writtenForm(media.schema, api) ?? {},
  });
  if (kind === 'raw') return raw();
  if (kind === 'json') {
    const name = `${hint}Request`;
    return { contentType: media.contentType, kind, type: types.exported(types.typeAt(media.schema, name, media.origin), name), repeated: [], jsonParts: [] };
  }
  if (!properties) {
    warn('fastapi-form-schema', 'a form body without object properties is received as raw bytes', media.origin);
    return raw();
  }
  const name = `${hint}Form`;
  return {
    contentType: media.contentType,
    kind,
    type: types.exported(types.typeAt(media.schema, name, media.origin), name),
    repeated: Object.entries(properties)
      .filter(([, schema]) => isArray(api.resolveSchema(schema)))
      .map(([wire]) => wire),
    jsonParts: jsonParts(api, media),
  };
}

function isArray(s: Schema): boolean {
  return typeof s === 'object' && [s.type].flat().includes('array');
}

/** The fields of a form that hold a JSON document: OpenAPI's default for an object (an array's items), or an `encoding` that says so. */
function jsonParts(api: ApiModel, media: MediaType): string[] {
  const encoding = isObject(media.encoding) ? media.encoding : {};
  return Object.entries(formProperties(api, media) ?? {})
    .filter(([wire, schema]) => {
      const declared = encoding[wire];
      if (isObject(declared) && typeof declared.contentType === 'string') return JSON_TYPE.test(declared.contentType);
      const field = api.resolveSchema(schema);
      const item = isArray(field) && typeof field === 'object' ? api.resolveSchema((field.items as Schema) ?? true) : field;
      return !isBinary(field, api) && structured(api, item);
    })
    .map(([wire]) => wire);
}

/** The properties of a form body's object schema; undefined when it has none. */
function formProperties(api: ApiModel, media: MediaType): Record<string, Schema> | undefined {
  const resolved = media.schema === undefined ? undefined : api.resolveSchema(media.schema);
  return typeof resolved === 'object' && isObject(resolved.properties) ? (resolved.properties as Record<string, Schema>) : undefined;
}

function parameter(
  api: ApiModel,
  p: Parameter,
  name: string,
  aliased: boolean,
  types: ModelTypes,
  hint: string,
  warn: (rule: string, message: string, origin: Origin) => void,
): PyParam {
  const marker = { path: 'Path', query: 'Query', header: 'Header', cookie: 'Cookie' }[p.in];
  let type = scalarType(api, p.schema, types, `${hint}${pascal(p.name)}`, p.origin);
  const isArray = type.code.startsWith('list[');
  if (isArray && (p.in !== 'query' || p.style !== 'form' || !p.explode)) {
    warn(
      'fastapi-param-style',
      `parameter ${JSON.stringify(p.name)} (${p.in}, style ${p.style}) is received as one string: FastAPI reads arrays only from repeated query keys`,
      p.origin,
    );
    type = expr('str');
  }
  if (type.code === 'Any' && p.schema !== undefined) {
    warn('fastapi-param-type', `parameter ${JSON.stringify(p.name)} has a structured schema and is received as a string`, p.origin);
    type = expr('str');
  }
  const args: string[] = [];
  if (aliased) args.push(`alias=${pyString(p.name)}`);
  // Constraints go to the marker itself, as a person would write them.
  if (type.base && type.constraints) {
    args.push(...type.constraints);
    type = type.base;
  }
  if (p.description) args.push(`description=${pyString(p.description)}`);
  if (p.deprecated) args.push('deprecated=True');
  const resolved = p.schema === undefined ? undefined : api.resolveSchema(p.schema);
  const declaredDefault = typeof resolved === 'object' && 'default' in resolved && isScalar(resolved.default) ? pyLiteral(resolved.default) : undefined;
  // Optional but not nullable: absent means None, while an explicit null stays refused as the spec says.
  type = types.exported(type, `${hint}${pascal(p.name)}`);
  const inner = type.code;
  return {
    name,
    annotation: expr(`Annotated[${inner}, ${marker}(${args.join(', ')})]`, type.uses, 'Annotated'),
    type: inner,
    ...(p.required ? {} : { default: declaredDefault ?? 'None' }),
    markers: [marker],
  };
}

/** Parameters are scalars or arrays of them: a structured schema gives `Any`, which callers replace. */
function scalarType(api: ApiModel, schema: Schema | undefined, types: ModelTypes, hint: string, origin: Origin): TypeExpr {
  if (schema === undefined) return expr('str');
  if (structured(api, schema)) return expr('Any', 'Any');
  return types.typeAt(schema, hint, origin, true);
}

/** An object, or a union with an object among its options (OpenAI's nullable `metadata`). */
function structured(api: ApiModel, schema: Schema, depth = 0): boolean {
  const resolved = api.resolveSchema(schema);
  if (typeof resolved !== 'object' || depth > 8) return false;
  const kinds = [resolved.type].flat();
  if (kinds.includes('object') || resolved.properties !== undefined || resolved.allOf !== undefined) return true;
  const options = [resolved.oneOf, resolved.anyOf].flatMap((o) => (Array.isArray(o) ? (o as Schema[]) : []));
  return options.some((o) => structured(api, o, depth + 1));
}

function bodyParams(
  api: ApiModel,
  media: MediaType,
  required: boolean,
  scope: NameScope,
  types: ModelTypes,
  hint: string,
  warn: (rule: string, message: string, origin: Origin) => void,
): PyParam[] {
  const ct = media.contentType.toLowerCase();
  const form = ct.startsWith('application/x-www-form-urlencoded');
  const multipart = ct.startsWith('multipart/');
  if (form || multipart) {
    const schema = media.schema === undefined ? undefined : api.resolveSchema(media.schema);
    const properties = formProperties(api, media);
    if (!properties || typeof schema !== 'object') {
      warn('fastapi-form-schema', 'a form body without object properties is received as raw bytes', media.origin);
    } else {
      const requiredFields = new Set(Array.isArray(schema.required) ? schema.required : []);
      const files = new Set(
        Object.entries(properties)
          .filter(([, prop]) => multipart && isBinary(api.resolveSchema(prop), api))
          .map(([wire]) => wire),
      );
      // FastAPI documents a form with a file as multipart and one without as url-encoded, unless
      // every marker names the media type (a multipart form of text fields).
      const documented = files.size > 0 ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
      const mediaArg = ct.split(';')[0]!.trim() === documented ? [] : [`media_type=${pyString(media.contentType)}`];
      return Object.entries(properties).map(([wire, prop]) => {
        const name = scope.claim(wire, 'snake');
        const resolved = api.resolveSchema(prop);
        const file = files.has(wire) ? fileType(resolved, api) : undefined;
        let type = file ?? scalarType(api, prop, types, `${hint}${pascal(wire)}`, media.origin);
        if (type.code === 'Any') type = expr('str');
        // FastAPI cannot say "optional body, required fields": an optional body keeps every field
        // optional, so a client that sends no body is still served (the spec allows it).
        const fieldRequired = required && requiredFields.has(wire);
        const marker = file ? 'File' : 'Form';
        const args = [...(name !== wire ? [`alias=${pyString(wire)}`] : []), ...mediaArg];
        if (type.base && type.constraints) {
          args.push(...type.constraints);
          type = type.base;
        }
        type = types.exported(type, `${hint}${pascal(wire)}`);
        const inner = type.code;
        const written = file ? asWritten(resolved, api) : undefined;
        return {
          name,
          annotation: written
            ? expr(`Annotated[${inner}, ${marker}(${args.join(', ')}), ${written}]`, type.uses, 'Annotated', 'WithJsonSchema')
            : expr(`Annotated[${inner}, ${marker}(${args.join(', ')})]`, type.uses, 'Annotated'),
          type: inner,
          ...(fieldRequired ? {} : { default: 'None' }),
          markers: [marker],
        };
      });
    }
  }
  const name = scope.claim('body', 'snake');
  const json = JSON_TYPE.test(ct);
  const type = json ? types.exported(types.typeAt(media.schema, `${hint}Request`, media.origin), `${hint}Request`) : expr('bytes');
  const args = ct === 'application/json' ? [] : [`media_type=${pyString(media.contentType)}`];
  // A body schema without `type` accepts null too (GitHub sends `null` to some of them).
  const resolved = media.schema === undefined ? undefined : api.resolveSchema(media.schema);
  const untyped = typeof resolved === 'object' && resolved.type === undefined && type.code !== 'Any' && !type.code.endsWith(' | None');
  const inner = untyped ? `${type.code} | None` : type.code;
  const written = json ? undefined : asWritten(media.schema, api);
  return [
    {
      name,
      annotation: written
        ? expr(`Annotated[${inner}, Body(${args.join(', ')}), ${written}]`, type.uses, 'Annotated', 'WithJsonSchema')
        : expr(`Annotated[${inner}, Body(${args.join(', ')})]`, type.uses, 'Annotated'),
      type: inner,
      ...(required ? {} : { default: 'None' }),
      markers: ['Body'],
    },
  ];
}

function isBinary(schema: Schema, api: ApiModel): boolean {
  if (typeof schema !== 'object') return false;
  if (schema.type === 'array') return isBinary(api.resolveSchema((schema.items as Schema) ?? true), api);
  return schema.format === 'binary' || (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined);
}

function fileType(schema: Schema, api: ApiModel): TypeExpr {
  return typeof schema === 'object' && schema.type === 'array' && isBinary(api.resolveSchema((schema.items as Schema) ?? true), api)
    ? expr('list[UploadFile]', 'UploadFile')
    : expr('UploadFile', 'UploadFile');
}

/**
 * The schema of a file or raw body as the contract writes it (`type: string, format: binary`), for
 * FastAPI's `contentMediaType: application/octet-stream`, which tools read as another content: the
 * server takes any bytes either way. Only a string schema (or an array of them) has its form copied.
 */
function asWritten(schema: Schema | undefined, api: ApiModel): string | undefined {
  const written = writtenForm(schema, api);
  return written ? `WithJsonSchema(${pyLiteral(written)})` : undefined;
}

function writtenForm(schema: Schema | undefined, api: ApiModel): Record<string, unknown> | undefined {
  const form = (s: Schema | undefined): Record<string, unknown> | undefined => {
    if (typeof s !== 'object' || s.type !== 'string') return undefined;
    const out: Record<string, unknown> = { type: 'string' };
    for (const key of ['format', 'contentMediaType', 'contentEncoding'] as const) if (typeof s[key] === 'string') out[key] = s[key];
    return out;
  };
  const resolved = schema === undefined ? undefined : api.resolveSchema(schema);
  const items = typeof resolved === 'object' && resolved.type === 'array' ? form(api.resolveSchema((resolved.items as Schema) ?? true)) : undefined;
  return items ? { type: 'array', items } : form(resolved);
}

/** JSON first (what FastAPI models), then forms, then whatever comes first. */
export function chooseMedia(content: MediaType[]): MediaType | undefined {
  return (
    content.find((m) => JSON_TYPE.test(m.contentType)) ??
    content.find((m) => /^application\/x-www-form-urlencoded/i.test(m.contentType)) ??
    content.find((m) => /^multipart\/form-data/i.test(m.contentType)) ??
    content[0]
  );
}

/** The lowest declared 2xx, then a `2XX` range, then `default`, else the lowest code declared (a 307). */
function chooseSuccess(responses: Response[]): Response | undefined {
  const byCode = responses.filter((r) => /^\d{3}$/.test(r.status)).sort((a, b) => Number(a.status) - Number(b.status));
  return (
    byCode.find((r) => r.status.startsWith('2')) ??
    responses.find((r) => r.status === '2XX') ??
    responses.find((r) => r.status === 'default') ??
    byCode.find((r) => r.status >= '300')
  );
}

function statusNumber(status: string): number {
  return /^\d{3}$/.test(status) ? Number(status) : 200;
}

function stubAnswer(
  success: Response | undefined,
  media: MediaType | undefined,
  status: number,
  ctx: SchemaContext,
  warn: (rule: string, message: string, origin: Origin) => void,
): StubAnswer {
  const headers: Record<string, string> = {};
  for (const h of success?.headers ?? []) {
    if (!h.required || h.name.toLowerCase() === 'content-type') continue;
    const sampled = sampleValue(h.schema, undefined, ctx, { direction: 'response' });
    headers[h.name] = typeof sampled.value === 'string' ? sampled.value : JSON.stringify(sampled.value);
  }
  if (!media || status === 204 || status === 304) return { status, headers };
  const sampled = sampleValue(media.schema, media.example, ctx, { direction: 'response' });
  if (!sampled.valid) warn('fastapi-stub-sample', 'no value satisfying this response schema was found; the stub answers the closest one', media.origin);
  return { status, contentType: media.contentType, body: sampled.value, headers };
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** Printable ASCII without `:` or `=`: what a header or cookie name can be on the wire. */
export function isHeaderName(name: string): boolean {
  return /^[\x21-\x39\x3b\x3c\x3e-\x7e]+$/.test(name);
}
