/**
 * Ajv reports every branch of every oneOf/anyOf it tried, so one misspelt keyword in OpenAPI 3.0
 * comes back as four errors, three of them about branches the author never meant. This keeps, for
 * each alternative, the branch that got furthest into the document, and says what is wrong in words
 * that name the field and the OpenAPI object.
 */
import type { ErrorObject } from 'ajv';
import { decodePointer } from '../pointer.ts';
import { closest } from '../../text/closest.ts';

export interface SchemaFinding {
  /** Path of the offending value in the validated document. */
  path: string[];
  message: string;
}

export function explainSchemaErrors(errors: readonly ErrorObject[]): SchemaFinding[] {
  const kept = pruneBranches(errors);
  const seen = new Set<string>();
  const findings: SchemaFinding[] = [];
  for (const error of kept) {
    const finding = explain(error);
    const key = `${finding.path.join('/')}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/**
 * Branch errors cannot be told apart by schema path (in the draft-04 schemas each branch is a $ref, so
 * its errors carry the definition's path), so prune by where in the document they point: the summary
 * error of an alternative, the Reference branch's missing `$ref`, and a `type` mismatch beside a more
 * specific complaint all give way to an error at the same place or deeper.
 */
function pruneBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const within = (e: ErrorObject, base: string) => e.instancePath === base || e.instancePath.startsWith(base + '/');
  // Errors that only say a branch or a dispatch failed: what failed inside it says more, when it is there.
  const isSummary = (e: ErrorObject) =>
    e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if' || (e.keyword === 'required' && e.params.missingProperty === '$ref');
  let kept = errors.filter((e) => !isSummary(e) || !errors.some((o) => o !== e && !isSummary(o) && within(o, e.instancePath)));
  kept = kept.filter((e) => e.keyword !== 'type' || !kept.some((o) => o.keyword !== 'type' && o.instancePath === e.instancePath));
  // An object missing a required field fails every branch that would have matched it; the enum
  // complaints those branches make about its other fields (Parameter's `required: true` for a path
  // parameter, when `in` is missing) are noise until the field is there.
  const missing = new Set(kept.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
  kept = kept.filter((e) => !((e.keyword === 'enum' || e.keyword === 'const') && missing.has(e.instancePath.slice(0, e.instancePath.lastIndexOf('/')))));
  return oneCausePerError(kept, errors);
}

/**
 * What Ajv reports around one mistake, reduced to the mistake (the 3.1 schemas dispatch with
 * if/then/else and close objects with unevaluatedProperties, which multiplies every error):
 * - an `if` error ("must match the then/else schema") only says a branch failed: the branch's own
 *   errors say why, so it goes whenever they are there;
 * - a field a failed `then` branch would have allowed is "unevaluated" only because that branch
 *   failed: when the object's branch failed, or the field has an error of its own, that goes too;
 * - a missing required field next to a misspelling of it is one mistake: the misspelling stays,
 *   with its "did you mean".
 */
function oneCausePerError(errors: ErrorObject[], reported: readonly ErrorObject[]): ErrorObject[] {
  const within = (e: ErrorObject, base: string) => e.instancePath === base || e.instancePath.startsWith(base + '/');
  const extraOf = (e: ErrorObject) => String(e.params.additionalProperty ?? e.params.unevaluatedProperty);
  const isExtra = (e: ErrorObject) => e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties';
  const thenFailed = new Set(reported.filter((e) => e.keyword === 'if' && e.params.failingKeyword === 'then').map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'if') return !errors.some((o) => o !== e && o.keyword !== 'if' && within(o, e.instancePath));
    if (e.keyword === 'unevaluatedProperties') {
      const field = `${e.instancePath}/${extraOf(e).replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (thenFailed.has(e.instancePath) || errors.some((o) => o !== e && within(o, field))) return false;
    }
    if (e.keyword === 'required') {
      const wanted = String(e.params.missingProperty);
      return !errors.some((o) => isExtra(o) && o.instancePath === e.instancePath && closest(extraOf(o), [wanted]) === wanted);
    }
    return true;
  });
}

function explain(error: ErrorObject): SchemaFinding {
  const path = decodePointer(error.instancePath) ?? [];
  const what = objectName(error.schemaPath);
  const field = describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, message: `${what ?? field} is missing the required field "${String(params.missingProperty)}"` };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const near = closest(extra, known);
      const advice = near ? ` (did you mean "${near}"?)` : extra.startsWith('x') ? '' : ' (extension fields start with "x-")';
      return { path: [...path, extra], message: `"${extra}" is not a field of ${what ?? field}${advice}` };
    }
    case 'enum':
      return { path, message: `${field} must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { path, message: `${field} must be ${article(String(params.type))}` };
    case 'pattern':
      return { path, message: `${field} does not match the pattern ${String(params.pattern)}` };
    case 'minProperties':
    case 'minItems': {
      const limit = Number(params.limit);
      return {
        path,
        message: `${field} must have at least ${limit} ${error.keyword === 'minItems' ? 'item' : 'entry'}${limit === 1 ? '' : error.keyword === 'minItems' ? 's' : 'ies'}`,
      };
    }
    case 'const':
      return { path, message: `${field} must be ${JSON.stringify(params.allowedValue)}` };
    case 'oneOf':
      if (Array.isArray(params.passingSchemas)) return { path, message: `${field} ${bothForms(error.data)}` };
      return { path, message: `${what ?? field} is none of the forms it may take` };
    case 'if':
      return { path, message: `${what ?? field} is not valid here` };
    case 'not':
      return { path, message: `${field} ${bothForms(error.data)}` };
    default:
      return { path, message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

/** Why a value matches more than one form: a parameter or header with both a schema and content is the common case. */
function bothForms(value: unknown): string {
  const has = (key: string) => value !== null && typeof value === 'object' && key in value;
  if (has('schema') && has('content')) return 'has both "schema" and "content"; give one of them';
  return 'matches a form it may not take';
}

/** The name a reader knows the value by: `"type"`, or `parameters[0]` for an array item. */
function describePath(path: readonly string[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the document';
  if (/^\d+$/.test(last) && path.length > 1) return `${path[path.length - 2]}[${last}]`;
  return `"${last}"`;
}

/** The OpenAPI object the failing rule belongs to, from the schema path (`#/definitions/Operation/...`). */
function objectName(schemaPath: string): string | undefined {
  const matches = [...schemaPath.matchAll(/(?:definitions|\$defs)\/([^/]+)/g)];
  const name = matches.at(-1)?.[1];
  if (!name) return undefined;
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return `the ${words} object`;
}

function article(type: string): string {
  const list = type.split(',');
  if (list.length > 1) return `one of the types ${list.join(', ')}`;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
