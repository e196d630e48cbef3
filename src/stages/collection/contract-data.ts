/**
 * The contract of one operation as plain JSON data, which the fixed test script reads: the
 * documented statuses, media types, response schemas and headers. Schemas are the spec's own (never
 * what a generator produced), with every `$ref` resolved here, across files, into a table of
 * definitions the script looks up, so cycles stay cycles rather than being cut or silently passed.
 */
import type { ApiModel, Operation, Schema } from '../../openapi/model/model.ts';
import { locate } from '../../openapi/model/model.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { isObject } from '../../openapi/nodes.ts';

export interface ContractData {
  /** Format of this object; the script refuses data it does not know. */
  v: 1;
  operation: string;
  /** `GET /books/{id}`, for messages. */
  label: string;
  openapi30: boolean;
  /** Whether the generated request is a valid one, so a success status is expected. */
  expectSuccess: boolean;
  /** For a negative request: what is wrong with it (the server must answer 4xx). */
  invalid?: string;
  responses: ContractResponse[];
  /** Definitions that `{"$ref": "<key>"}` in the schemas above point at. */
  defs: Record<string, CompiledSchema>;
  maxResponseTimeMs?: number;
}

export interface ContractResponse {
  /** `200`, `2XX` or `default`. */
  status: string;
  media: { type: string; schema?: CompiledSchema }[];
  headers: { name: string; required: boolean; schema?: CompiledSchema }[];
}

export type CompiledSchema = Record<string, unknown> | boolean;

/** Keywords whose value is one schema, a list of them, or a map of them. */
const ONE = new Set([
  'additionalProperties',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'additionalItems',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);
/** Assertions the script checks; anything else is an annotation and stays out of the data. */
const CHECKED = new Set([
  'type',
  'enum',
  'const',
  'nullable',
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'writeOnly',
  ...ONE,
  ...LIST,
  ...MAP,
]);
/** Keywords the script cannot honour: a warning says so, rather than a test that passes without checking. */
const UNCHECKED = new Set(['$dynamicRef', '$recursiveRef', 'unevaluatedProperties', 'unevaluatedItems']);

export interface ContractTestOptions {
  /** Response-time budget per request in milliseconds; none by default. */
  maxResponseTimeMs?: number;
  /** Also generate requests that break the contract (a missing required field, a wrong type), which must get a 4xx. */
  negativeRequests?: boolean;
}

export function contractOf(op: Operation, model: ApiModel, options: ContractTestOptions, warnings: Diagnostic[], invalid?: string): ContractData {
  const compiler = new SchemaCompiler(model, (message) =>
    warnings.push({ severity: 'warning', rule: 'postman-contract-unchecked', message: `${op.id}: ${message}`, location: locate(op.origin) }),
  );
  // A negative request is judged on its status alone, so it carries no schemas.
  const responses = (invalid === undefined ? op.responses : []).map((r): ContractResponse => ({
    status: r.status,
    media: r.content.map((m) => ({ type: m.contentType, ...(m.schema === undefined ? {} : { schema: compiler.compile(m.schema) }) })),
    headers: r.headers
      // Content-Type is checked by its own rule; OpenAPI says a documented one is ignored.
      .filter((h) => h.name.toLowerCase() !== 'content-type')
      .map((h) => ({ name: h.name, required: h.required, ...(h.schema === undefined ? {} : { schema: compiler.compile(h.schema) }) })),
  }));
  return {
    v: 1,
    operation: op.id,
    label: `${op.method.toUpperCase()} ${op.path}`,
    openapi30: model.family !== '3.1' && model.family !== '3.2',
    expectSuccess: invalid === undefined && op.responses.some((r) => r.status.startsWith('2')),
    ...(invalid === undefined ? {} : { invalid }),
    responses,
    defs: compiler.defs,
    ...(options.maxResponseTimeMs ? { maxResponseTimeMs: options.maxResponseTimeMs } : {}),
  };
}

class SchemaCompiler {
  readonly defs: Record<string, CompiledSchema> = Object.create(null);
  private readonly keys = new Map<object, string>();
  private readonly openapi30: boolean;

  constructor(
    private readonly model: ApiModel,
    private readonly warn: (message: string) => void,
  ) {
    this.openapi30 = model.family !== '3.1' && model.family !== '3.2';
  }

  compile(schema: Schema): CompiledSchema {
    if (typeof schema === 'boolean') return schema;
    if (!isObject(schema)) return true;
    const out: [string, unknown][] = [];
    if (typeof schema.$ref === 'string') {
      out.push(['$ref', this.define(schema)]);
      // OpenAPI 3.0 ignores everything beside a `$ref`; 3.1 applies it too.
      if (this.openapi30) return Object.fromEntries(out);
    }
    for (const [key, value] of Object.entries(schema)) {
      if (UNCHECKED.has(key)) this.warn(`the response schema keyword ${key} is not checked by the contract tests`);
      if (!CHECKED.has(key) || UNCHECKED.has(key)) continue;
      if (ONE.has(key)) {
        // `items` as a list is the draft-04 tuple form some 3.0 specs use.
        out.push([key, Array.isArray(value) ? value.map((v) => this.compile(v as Schema)) : this.compile(value as Schema)]);
      } else if (LIST.has(key)) {
        if (Array.isArray(value)) out.push([key, value.map((v) => this.compile(v as Schema))]);
      } else if (MAP.has(key)) {
        if (isObject(value)) out.push([key, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.compile(v as Schema)]))]);
      } else {
        out.push([key, value]);
      }
    }
    return Object.fromEntries(out);
  }

  /** The key of the definition a `$ref` names, compiling it on first sight (cycles meet the key). */
  private define(ref: Record<string, unknown>): string {
    const target = this.model.resolveSchema(ref as Schema);
    if (target === ref || (isObject(target) && typeof target.$ref === 'string' && this.model.resolveSchema(target) === target)) {
      this.warn(`the $ref ${JSON.stringify(ref.$ref)} cannot be resolved; responses are reported as failing its check`);
      return '!unresolved';
    }
    if (typeof target === 'boolean') {
      const key = `b${String(target)}`;
      this.defs[key] = target;
      return key;
    }
    let key = this.keys.get(target);
    if (key === undefined) {
      key = String(this.keys.size);
      this.keys.set(target, key);
      this.defs[key] = true;
      this.defs[key] = this.compile(target);
    }
    return key;
  }
}
