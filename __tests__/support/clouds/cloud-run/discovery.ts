/**
 * A Google discovery document as the judge of requests: which method a request is (its
 * `httpMethod` and `flatPath`), the query parameters it may and must carry, and the JSON Schema its
 * body must satisfy, converted from the document's own schema dialect.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { sharedDir } from '../../paths.ts';

/** The part of the discovery schema dialect the three documents use. */
export interface DiscoverySchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'any';
  format?: string;
  enum?: string[];
  properties?: Record<string, DiscoverySchema>;
  additionalProperties?: DiscoverySchema;
  items?: DiscoverySchema;
  readOnly?: boolean;
}

interface DiscoveryParameter extends DiscoverySchema {
  location: 'path' | 'query';
  required?: boolean;
  pattern?: string;
}

interface DiscoveryMethod {
  id: string;
  httpMethod: string;
  path: string;
  flatPath?: string;
  parameters?: Record<string, DiscoveryParameter>;
  request?: { $ref: string };
  response?: { $ref: string };
  scopes?: string[];
}

interface DiscoveryResource {
  methods?: Record<string, DiscoveryMethod>;
  resources?: Record<string, DiscoveryResource>;
}

interface DiscoveryDocument extends DiscoveryResource {
  servicePath: string;
  parameters: Record<string, DiscoveryParameter>;
  schemas: Record<string, DiscoverySchema>;
}

export interface MatchedMethod {
  id: string;
  /** The flat path template, e.g. v2/projects/{projectsId}/locations/{locationsId}/services. */
  template: string;
  /** The template's variables, decoded: { projectsId: 'p', ... }. */
  params: Record<string, string>;
  /** The method wants OAuth (it lists scopes); STS's token exchange does not. */
  signedIn: boolean;
  /** Its body's schema name, when it takes one. */
  request?: string;
  response?: string;
  method: DiscoveryMethod;
}

export type JsonSchema = Record<string, unknown> | boolean;

/** One API's description, loaded from cloud-apis/google/<file> and compiled for both directions. */
export class Discovery {
  readonly title: string;
  private readonly document: DiscoveryDocument;
  private readonly methods: { method: DiscoveryMethod; pattern: RegExp; names: string[]; template: string }[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(file: string) {
    this.document = JSON.parse(readFileSync(path.join(sharedDir, 'cloud-apis', 'google', file), 'utf8')) as DiscoveryDocument;
    this.title = file;
    this.collect(this.document);
    ajvFormats.default(this.ajv);
    // A request may not set what the API only reports (readOnly); a response may.
    for (const direction of ['request', 'response'] as const) {
      const definitions = Object.fromEntries(Object.entries(this.document.schemas).map(([name, schema]) => [name, toJsonSchema(schema, direction)]));
      this.ajv.addSchema({ $id: direction, definitions });
    }
  }

  /** The method a request is, by HTTP method and path (without the leading slash's servicePath). */
  match(httpMethod: string, pathname: string): MatchedMethod | undefined {
    const relative = pathname.replace(/^\//, '').slice(this.document.servicePath.length);
    for (const { method, pattern, names, template } of this.methods) {
      if (method.httpMethod !== httpMethod) continue;
      const found = pattern.exec(relative);
      if (!found) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
      return {
        id: method.id,
        template,
        params,
        signedIn: (method.scopes ?? []).length > 0,
        request: method.request?.$ref,
        response: method.response?.$ref,
        method,
      };
    }
    return undefined;
  }

  /**
   * Query parameters: the method's and the document's global ones (alt, fields, …) are known, any
   * other is refused as Google refuses it ("Cannot bind query parameter"); required ones must be
   * there, and booleans, integers and enums must parse. An update mask must name fields of the body.
   */
  checkQuery(match: MatchedMethod, query: URLSearchParams): string[] {
    const known = { ...this.document.parameters, ...match.method.parameters };
    const problems: string[] = [];
    for (const [name, parameter] of Object.entries(known)) {
      if (parameter.location !== 'query') continue;
      const value = query.get(name);
      if (value === null) {
        if (parameter.required) problems.push(`missing required query parameter "${name}"`);
        continue;
      }
      if (parameter.type === 'boolean' && value !== 'true' && value !== 'false')
        problems.push(`query parameter "${name}" must be true or false, got "${value}"`);
      if (parameter.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`query parameter "${name}" must be an integer, got "${value}"`);
      if (parameter.enum && !parameter.enum.includes(value)) problems.push(`query parameter "${name}" must be one of ${parameter.enum.join(', ')}`);
      if (parameter.format === 'google-fieldmask') problems.push(...this.checkFieldMask(name, value, match.request));
    }
    for (const name of new Set(query.keys())) {
      if (!known[name] || known[name].location !== 'query') problems.push(`unknown query parameter "${name}": Cannot bind query parameter`);
    }
    return problems;
  }

  /** The body against the method's request schema; a field the schema does not declare is refused. */
  checkBody(match: MatchedMethod, body: unknown): string[] {
    if (!match.request) return body === undefined ? [] : [`${match.id} takes no body`];
    return this.check('request', match.request, body === undefined ? {} : body);
  }

  /** The fake's own answer against the method's response schema, so a wrong fake cannot pass a wrong client. */
  checkResponse(match: MatchedMethod, body: unknown): string[] {
    return match.response ? this.check('response', match.response, body) : [];
  }

  private check(direction: 'request' | 'response', schemaName: string, value: unknown): string[] {
    const key = `${direction}#/definitions/${schemaName}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: key });
      this.validators.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` ("${String(e.params.additionalProperty)}")` : '';
      const message = e.keyword === 'false schema' ? 'is output only (readOnly): Google ignores it in a request' : (e.message ?? e.keyword);
      return `${direction} body ${e.instancePath || '/'} ${message}${extra}`;
    });
  }

  private checkFieldMask(name: string, mask: string, schemaName: string | undefined): string[] {
    const properties = schemaName ? (this.document.schemas[schemaName]?.properties ?? {}) : {};
    const camel = (field: string) => field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    return mask
      .split(',')
      .map((field) => field.trim().split('.')[0] ?? '')
      .filter((field) => !(camel(field) in properties))
      .map((field) => `query parameter "${name}" names "${field}", no field of ${schemaName ?? 'the body'}`);
  }

  private collect(resource: DiscoveryResource): void {
    for (const method of Object.values(resource.methods ?? {})) {
      const template = method.flatPath ?? method.path;
      const names: string[] = [];
      // {x} is one path segment; {+x} (reserved expansion, only where no flatPath exists) may span several.
      const source = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{(\\\+)?([A-Za-z0-9_]+)\}/g, (_, reserved: string | undefined, name: string) => {
          names.push(name);
          return reserved ? '(.+)' : '([^/]+)';
        });
      this.methods.push({ method, pattern: new RegExp(`^${source}$`), names, template });
    }
    for (const child of Object.values(resource.resources ?? {})) this.collect(child);
  }
}

/**
 * The discovery schema dialect as JSON Schema (draft-07, as ajv reads it by default):
 * - `$ref: Name` points at another schema of the document: `#/definitions/Name` of the same direction;
 * - an object with `properties` allows no other property: Google answers an unknown field with 400
 *   INVALID_ARGUMENT ("Unknown name"), and a misspelt field must not pass here;
 * - `additionalProperties` is a map's value schema; `type: any` is anything;
 * - int64/uint64 are strings in the JSON mapping (numbers are accepted too), durations are "<seconds>s";
 * - `readOnly` (output only) fields are refused in a request: Google drops them silently, so a
 *   client that sends one expects something that never happens.
 */
export function toJsonSchema(schema: DiscoverySchema, direction: 'request' | 'response'): JsonSchema {
  if (schema.readOnly && direction === 'request') return false;
  if (schema.$ref) return { $ref: `${direction}#/definitions/${schema.$ref}` };
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = { type: 'object' };
      if (schema.properties || !schema.additionalProperties) {
        out.properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, toJsonSchema(property, direction)]));
        out.additionalProperties = false;
      } else out.additionalProperties = toJsonSchema(schema.additionalProperties, direction);
      return out;
    }
    case 'array':
      return { type: 'array', ...(schema.items && { items: toJsonSchema(schema.items, direction) }) };
    case 'string':
      return { type: 'string', ...(schema.enum && { enum: schema.enum }), ...stringFormat(schema.format) };
    case 'integer':
      return schema.format === 'int32' ? { type: 'integer', minimum: -(2 ** 31), maximum: 2 ** 31 - 1 } : { type: 'integer' };
    case 'number':
    case 'boolean':
      return { type: schema.type };
    default:
      return {};
  }
}

function stringFormat(format: string | undefined): Record<string, unknown> {
  switch (format) {
    case 'int64':
    case 'uint64':
      return { type: ['string', 'integer'], pattern: '^-?\\d+$' };
    case 'google-duration':
      return { pattern: '^-?\\d+(\\.\\d{1,9})?s$' };
    case 'google-datetime':
      return { format: 'date-time' };
    case 'byte':
      return { pattern: '^[A-Za-z0-9+/_-]*={0,2}$' };
    default:
      return {};
  }
}
