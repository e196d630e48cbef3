/**
 * OpenAPI 3.1's own JSON Schema leaves Schema Objects unchecked (any object or boolean passes, since
 * 3.1 allows other dialects), so `type: strng` would go through. Each Schema Object is validated
 * here against the JSON Schema 2020-12 meta-schema, which is the OpenAPI 3.1 default dialect's base;
 * `pattern` must also be a valid regular expression, since every generator compiles it.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';

const draft2020 = 'https://json-schema.org/draft/2020-12/schema';
/** Dialects that mean "2020-12 plus the OpenAPI vocabulary", which the meta-schema covers. */
const knownDialects = new Set([draft2020, 'https://spec.openapis.org/oas/3.1/dialect/base', 'https://spec.openapis.org/oas/3.1/dialect/2024-10-25']);

let metaValidator: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!metaValidator) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, validateFormats: true });
    // Only the format that matters to generators; the others (uri-reference...) reject real specs' refs.
    ajv.addFormat('regex', { type: 'string', validate: isRegex });
    for (const format of ['uri', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'json-pointer', 'relative-json-pointer']) ajv.addFormat(format, true);
    metaValidator = ajv.getSchema(draft2020)!;
  }
  return metaValidator!;
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    // Many real patterns are valid without the unicode flag (e.g. escaped "-"); accept those too.
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  }
}

export interface FoundSchema {
  path: string[];
  schema: unknown;
}

/** The Schema Objects of a 3.1 document, outermost only (the meta-schema checks what is inside). */
export function schemaObjects(document: unknown): FoundSchema[] {
  const found: FoundSchema[] = [];
  const seen = new WeakSet<object>();
  const walk = (node: unknown, path: string[]): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples' || key === 'default' || key.startsWith('x-')) continue;
      const here = [...path, key];
      const isSchemaSlot = (key === 'schema' && !Array.isArray(node)) || (path.length === 2 && path[0] === 'components' && path[1] === 'schemas');
      if (isSchemaSlot) found.push({ path: here, schema: value });
      else walk(value, here);
    }
  };
  walk(document, []);
  return found;
}

export interface DialectError {
  path: string[];
  errors: ErrorObject[];
}

export function dialectErrors(document: unknown): DialectError[] {
  const doc = document as { jsonSchemaDialect?: unknown };
  if (typeof doc.jsonSchemaDialect === 'string' && !knownDialects.has(doc.jsonSchemaDialect)) return [];
  const validate = validator();
  const results: DialectError[] = [];
  const checked = new WeakSet<object>();
  for (const { path, schema } of schemaObjects(document)) {
    if (typeof schema === 'boolean') continue;
    if (schema === null || typeof schema !== 'object') {
      results.push({
        path,
        errors: [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object,boolean' }, message: 'must be object or boolean' }],
      });
      continue;
    }
    if (checked.has(schema)) continue;
    checked.add(schema);
    const own = (schema as { $schema?: unknown }).$schema;
    if (typeof own === 'string' && !knownDialects.has(own)) continue;
    if (!validate(schema)) results.push({ path, errors: [...(validate.errors ?? [])] });
  }
  return results;
}
