/**
 * Amazon ECS's own API description (botocore's service-2.json, unmodified) and the JSON Schemas the
 * fake checks bodies with. botocore describes shapes, not JSON Schema, so the converter below is
 * ours: each shape becomes one definition, and a structure admits only the members it declares, so
 * a misspelt member is an error rather than something ECS would silently drop.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDir } from '../../paths.ts';

interface MemberRef {
  shape: string;
}

/** The parts of a botocore shape the checks read. */
export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob';
  members?: Record<string, MemberRef>;
  required?: string[];
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  /** A structure with exactly one member set. */
  union?: boolean;
  /** Any JSON value. */
  document?: boolean;
  exception?: boolean;
}

export interface Operation {
  name: string;
  http: { method: string; requestUri: string };
  input?: MemberRef;
  output?: MemberRef;
  errors?: MemberRef[];
}

export interface ServiceModel {
  metadata: { targetPrefix: string; jsonVersion: string; signingName: string; endpointPrefix: string };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

export const ecsModelFile = path.join(sharedDir, 'cloud-apis', 'aws', 'ecs-2014-11-13.service-2.json.gz');

let model: ServiceModel | undefined;

export function ecsModel(): ServiceModel {
  model ??= JSON.parse(gunzipSync(readFileSync(ecsModelFile)).toString('utf8')) as ServiceModel;
  return model;
}

type JsonSchema = Record<string, unknown>;

/** One shape as JSON Schema; references to other shapes stay references, so recursive shapes work. */
function shapeSchema(name: string, shape: Shape): JsonSchema {
  const ref = (member: MemberRef): JsonSchema => ({ $ref: `#/definitions/${member.shape}` });
  switch (shape.type) {
    case 'structure': {
      if (shape.document) return {};
      const members = shape.members ?? {};
      return {
        title: name,
        type: 'object',
        properties: Object.fromEntries(Object.entries(members).map(([name, member]) => [name, ref(member)])),
        additionalProperties: false,
        ...(shape.required?.length && { required: shape.required }),
        ...(shape.union && { minProperties: 1, maxProperties: 1 }),
      };
    }
    case 'list':
      return { type: 'array', items: ref(shape.member!), ...bounds(shape, 'minItems', 'maxItems') };
    case 'map':
      return { type: 'object', additionalProperties: ref(shape.value!), ...bounds(shape, 'minProperties', 'maxProperties') };
    case 'string':
      return {
        type: 'string',
        ...(shape.enum && { enum: shape.enum }),
        ...bounds(shape, 'minLength', 'maxLength'),
        // botocore patterns are unanchored, like JSON Schema's; one JavaScript cannot read is left out.
        ...(shape.pattern && compiles(shape.pattern) && { pattern: shape.pattern }),
      };
    case 'integer':
    case 'long':
      return { type: 'integer', ...bounds(shape, 'minimum', 'maximum') };
    case 'double':
    case 'float':
      return { type: 'number', ...bounds(shape, 'minimum', 'maximum') };
    case 'boolean':
      return { type: 'boolean' };
    // The JSON protocols send timestamps as epoch seconds and blobs as base64 text.
    case 'timestamp':
      return { type: 'number' };
    case 'blob':
      return { type: 'string' };
  }
}

function bounds(shape: Shape, low: string, high: string): JsonSchema {
  return { ...(shape.min !== undefined && { [low]: shape.min }), ...(shape.max !== undefined && { [high]: shape.max }) };
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The definitions of `root` and every shape it reaches: compiling all ~700 ECS shapes would cost seconds. */
function reachable(root: string): Record<string, JsonSchema> {
  const shapes = ecsModel().shapes;
  const definitions: Record<string, JsonSchema> = {};
  const visit = (name: string): void => {
    if (definitions[name]) return;
    const shape = shapes[name];
    if (!shape) throw new Error(`the ECS model has no shape ${name}`);
    definitions[name] = shapeSchema(name, shape);
    for (const member of [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value]) if (member) visit(member.shape);
  };
  visit(root);
  return definitions;
}

const ajv = new Ajv({ allErrors: true, strict: false, logger: false, verbose: true });
const validators = new Map<string, ValidateFunction>();

export function validatorFor(shapeName: string): ValidateFunction {
  let validate = validators.get(shapeName);
  if (!validate) {
    validate = ajv.compile({ $ref: `#/definitions/${shapeName}`, definitions: reachable(shapeName) });
    validators.set(shapeName, validate);
  }
  return validate;
}

export interface ShapeProblem {
  /** A member the shape does not declare, or a value of the wrong JSON type: ECS cannot read the body. */
  unreadable: boolean;
  message: string;
}

/** What is wrong with `value` as an instance of `shapeName`, in words. */
export function checkShape(shapeName: string, value: unknown): ShapeProblem[] {
  const validate = validatorFor(shapeName);
  if (validate(value)) return [];
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== '$ref')
    .map((error: ErrorObject) => ({
      unreadable: error.keyword === 'additionalProperties' || error.keyword === 'type',
      message:
        error.keyword === 'additionalProperties'
          ? `${error.instancePath || '/'} has no member "${String(error.params.additionalProperty)}" in ${String(error.parentSchema?.title ?? shapeName)}`
          : `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
    }));
}
