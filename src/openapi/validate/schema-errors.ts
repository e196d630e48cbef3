/**
 * Ajv reports every branch of every oneOf/anyOf it tried, so one misspelt keyword in OpenAPI 3.0
 * comes back as four errors, three of them about branches the author never meant. This keeps, for
 * each alternative, the branch that got furthest into the document, and says what is wrong in words
 * that name the field and the OpenAPI object.
 */
import type { ErrorObject } from 'ajv';
import { decodePointer } from '../pointer.ts';

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
  const isSummary = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || (e.keyword === 'required' && e.params.missingProperty === '$ref');
  let kept = errors.filter((e) => !isSummary(e) || !errors.some((o) => o !== e && !isSummary(o) && within(o, e.instancePath)));
  kept = kept.filter((e) => e.keyword !== 'type' || !kept.some((o) => o.keyword !== 'type' && o.instancePath === e.instancePath));
  // An object missing a required field fails every branch that would have matched it; the enum
  // complaints those branches make about its other fields (Parameter's `required: true` for a path
  // parameter, when `in` is missing) are noise until the field is there.
  const missing = new Set(kept.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
  return kept.filter((e) => !((e.keyword === 'enum' || e.keyword === 'const') && missing.has(e.instancePath.slice(0, e.instancePath.lastIndexOf('/')))));
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
    default:
      return { path, message: `${field} ${error.message ?? 'is invalid'}` };
  }
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

/** The known name within two edits of a misspelt one, if any. */
function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
