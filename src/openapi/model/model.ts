/**
 * The one normalised model of an API that every generator reads (the FastAPI project, the Postman
 * collection): operations with their effective parameters, bodies, responses and security, the named
 * schemas, and the security schemes. `$ref`s of operations, parameters, bodies, responses and headers
 * are followed here; schemas stay as written (JSON Schema objects, `$ref`s included) so each
 * generator can read them with the vocabulary it needs, and `schemaName()` says which of them are
 * named. Every element keeps its origin, so a stage can point at the exact place in the source.
 */
import type { Diagnostic, SourceLocation, SpecFamily, SpecFile } from '../types.ts';
import type { HttpMethod } from '../nodes.ts';

export { isObject, isRef } from '../nodes.ts';

export { HTTP_METHODS, type HttpMethod } from '../nodes.ts';

/** A JSON Schema as written in the spec: an object (maybe a `$ref`) or a boolean (3.1). */
export type Schema = Record<string, unknown> | boolean;

/** Where a model element is written. Located lazily: most are never reported. */
export interface Origin {
  file: SpecFile;
  path: string[];
}

export function locate(origin: Origin): SourceLocation {
  return origin.file.locate(origin.path);
}

export interface ApiModel {
  /** The source's version family; a 2.0 spec is modelled from its 3.0 conversion (so reads as 3.0). */
  family: SpecFamily;
  title: string;
  version: string;
  description?: string;
  operations: Operation[];
  /**
   * The requests the API sends to its subscribers (OpenAPI 3.1 `webhooks`), read like operations;
   * `path` holds the webhook's name.
   */
  webhooks: Operation[];
  /** Component schemas first (as written), then schemas named for being `$ref` targets elsewhere. */
  schemas: NamedSchema[];
  securitySchemes: SecurityScheme[];
  warnings: Diagnostic[];
  /** The name of a schema object that is named (a component or another `$ref` target). */
  schemaName(schema: object): string | undefined;
  /** Follows `$ref`s (across files) to the schema they name; the schema itself otherwise. */
  resolveSchema(schema: Schema): Schema;
}

export interface Operation {
  /** The operationId, or one derived from method and path when absent; unique in the model. */
  id: string;
  /** False when `id` was derived rather than written. */
  idWritten: boolean;
  method: HttpMethod;
  /** The path template as written, `{param}`s included. */
  path: string;
  tags: string[];
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Path-level parameters merged with operation-level ones (which win), in declaration order. */
  parameters: Parameter[];
  requestBody?: RequestBody;
  /** Declared responses in the order written; `status` is `200`, `2XX` or `default`. */
  responses: Response[];
  /**
   * Alternatives (any one suffices), each a set of schemes that must all be satisfied. Empty: no
   * security. An empty alternative means anonymous access is allowed too.
   */
  security: SecurityRequirement[];
  origin: Origin;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated: boolean;
  schema?: Schema;
  /** For parameters described by `content` rather than `schema`. */
  contentType?: string;
  style: string;
  explode: boolean;
  example?: Example;
  /** The `x-` keys as written (`x-multi-segment` for paths whose value may hold `/`). */
  extensions: Record<string, unknown>;
  origin: Origin;
}

export interface Example {
  value: unknown;
  origin: Origin;
}

export interface MediaType {
  contentType: string;
  schema?: Schema;
  /** `example`, or the first of `examples` with an inline value. */
  example?: Example;
  /** Multipart / form encodings by property name, as written. */
  encoding?: Record<string, unknown>;
  origin: Origin;
}

export interface RequestBody {
  required: boolean;
  description?: string;
  content: MediaType[];
  origin: Origin;
}

export interface Header {
  name: string;
  required: boolean;
  description?: string;
  schema?: Schema;
  origin: Origin;
}

export interface Response {
  status: string;
  description: string;
  headers: Header[];
  content: MediaType[];
  origin: Origin;
}

export interface SecurityScheme {
  name: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  description?: string;
  /** apiKey: where the key travels and under which name. */
  in?: 'header' | 'query' | 'cookie';
  parameterName?: string;
  /** http: `basic`, `bearer`, ... (lower-cased). */
  scheme?: string;
  bearerFormat?: string;
  /** oauth2: the flows as written. */
  flows?: Record<string, unknown>;
  openIdConnectUrl?: string;
  origin: Origin;
}

export interface NamedSchema {
  name: string;
  schema: Schema;
  /** `component`: under the root's components/schemas; `referenced`: any other `$ref` target. */
  kind: 'component' | 'referenced';
  origin: Origin;
}

export type SecurityRequirement = { scheme: string; scopes: string[] }[];
