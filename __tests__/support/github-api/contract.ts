// Judges requests (and our own responses) against GitHub's description. Schemas are compiled on
// first use per operation and cached for the process: compiling all ~1,000 operations up front
// would cost seconds that no test needs.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { deref, githubDescription, type JsonSchema, type ParameterObject, type RequestBodyObject, type ResponseObject } from './description.ts';
import type { MatchedOperation } from './operations.ts';

const COMPONENTS_ID = 'github-components';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function compiler(): Ajv {
  if (ajv) return ajv;
  // strict: false because OpenAPI 3.0 schemas carry keywords JSON Schema does not know
  // (example, x-github, discriminator); `nullable` is understood by ajv natively.
  ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  // ajv-formats is CommonJS: its plugin is the `default` property of module.exports.
  ajvFormats.default(ajv);
  ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
  ajv.addSchema(forAjv({ components: { schemas: githubDescription().components.schemas } }), COMPONENTS_ID);
  return ajv;
}

/**
 * Copies an OpenAPI 3.0 schema into the form ajv reads the same way: operation-level `$ref`s
 * (to `#/components/...` of the whole description) are re-rooted on the registered components
 * document, and `nullable` enums get `null` as a member, since ajv checks `enum` after
 * `nullable` has let null through the type.
 */
function forAjv(node: unknown): JsonSchema {
  return JSON.parse(JSON.stringify(node), (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
      return `${COMPONENTS_ID}${value}`;
    }
    if (isRecord(value) && value.nullable === true && Array.isArray(value.enum) && !value.enum.includes(null)) {
      return { ...value, enum: [...value.enum, null] };
    }
    return value;
  }) as JsonSchema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validatorFor(key: string, schema: JsonSchema): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = compiler().compile(forAjv(schema));
    validators.set(key, validate);
  }
  return validate;
}

export interface ContractProblem {
  where: 'path' | 'query' | 'body' | 'response';
  message: string;
}

function parametersOf(match: MatchedOperation): ParameterObject[] {
  return (match.operation.parameters ?? []).map((p) => deref<ParameterObject>(p));
}

/** Checks path and query parameters: required ones present, unknown ones absent, cheap types. */
export function checkParameters(match: MatchedOperation, query: Record<string, string>): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const documented = parametersOf(match);
  for (const param of documented) {
    if (param.in !== 'path' && param.in !== 'query') continue;
    const value = param.in === 'path' ? match.pathParams[param.name] : query[param.name];
    if (value === undefined) {
      if (param.required) problems.push({ where: param.in, message: `missing required ${param.in} parameter "${param.name}"` });
      continue;
    }
    const complaint = scalarComplaint(value, param.schema ?? {});
    if (complaint) problems.push({ where: param.in, message: `${param.in} parameter "${param.name}" ${complaint}` });
  }
  const known = new Set(documented.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of Object.keys(query)) {
    // GitHub silently ignores unknown query parameters, which hides typos such as `perPage`.
    if (!known.has(name)) problems.push({ where: 'query', message: `undocumented query parameter "${name}"` });
  }
  return problems;
}

function scalarComplaint(value: string, schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (type === 'integer' && !/^-?\d+$/.test(value)) return `must be an integer, got "${value}"`;
  if (type === 'number' && Number.isNaN(Number(value))) return `must be a number, got "${value}"`;
  if (type === 'boolean' && value !== 'true' && value !== 'false') return `must be true or false, got "${value}"`;
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) return `must be an ISO 8601 timestamp, got "${value}"`;
  const allowed = schema.enum;
  if (Array.isArray(allowed) && !allowed.map(String).includes(value)) {
    return `must be one of ${allowed.join(', ')}, got "${value}"`;
  }
  return undefined;
}

/** Validates a parsed JSON body against the operation's documented requestBody. */
export function checkRequestBody(match: MatchedOperation, body: unknown): ContractProblem[] {
  if (!match.operation.requestBody) return [];
  const requestBody = deref<RequestBodyObject>(match.operation.requestBody);
  if (body === undefined) {
    return requestBody.required ? [{ where: 'body', message: 'missing required JSON body' }] : [];
  }
  const schema = requestBody.content?.['application/json']?.schema;
  if (!schema) return [{ where: 'body', message: 'operation documents no JSON body' }];
  const validate = validatorFor(`${match.method} ${match.template} request`, schema);
  return validate(body) ? [] : describe('body', validate.errors);
}

/** The documented JSON schema of a response, if the operation documents one for that status. */
function responseSchema(match: MatchedOperation, status: number): JsonSchema | undefined {
  const response = match.operation.responses[String(status)];
  if (!response) return undefined;
  return deref<ResponseObject>(response).content?.['application/json']?.schema;
}

/** Checks a response the fake sends, so a wrong fake cannot make a wrong client look right. */
export function checkResponseBody(match: MatchedOperation, status: number, body: unknown): ContractProblem[] {
  const schema = responseSchema(match, status);
  if (!schema) return [];
  const validate = validatorFor(`${match.method} ${match.template} ${status}`, schema);
  return validate(body) ? [] : describe('response', validate.errors);
}

function describe(where: ContractProblem['where'], errors: ErrorObject[] | null | undefined): ContractProblem[] {
  return (errors ?? []).map((e) => ({ where, message: `${e.instancePath || '/'} ${e.message ?? e.keyword}` }));
}
