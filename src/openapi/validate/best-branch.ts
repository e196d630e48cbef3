/**
 * When a value fails a oneOf/anyOf, Ajv reports the errors of every alternative, and most of them are
 * about alternatives the author never meant (a body parameter judged as a query parameter). This
 * validates the value against each alternative on its own and keeps the errors of the one that came
 * closest. Each alternative's own alternatives are settled first, then they are scored: a Reference
 * branch for a value without `$ref` is the least likely, an enum mismatch on one of the value's own
 * fields (`in: body` judged as a header parameter) next, then fewer and deeper errors win.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { decodePointer, valueAt } from '../pointer.ts';

export function chooseBranches(errors: readonly ErrorObject[], document: unknown, ajv: Ajv, rootId: string, depth = 0): ErrorObject[] {
  let current = [...errors];
  if (depth > 20) return current;
  const done = new Set<string>();
  for (let round = 0; round < 200; round++) {
    // Outermost first: the shallowest value, and at one value the alternative Ajv reported last
    // (it reports an alternative after the errors of the alternatives nested in it).
    const alternative = current
      .map((e, index) => ({ e, index }))
      .filter(({ e }) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && Array.isArray(e.schema) && !e.params.passingSchemas && !done.has(key(e)))
      .sort((a, b) => a.e.instancePath.length - b.e.instancePath.length || b.index - a.index)[0]?.e;
    if (!alternative) return current;
    done.add(key(alternative));
    const base = alternative.instancePath;
    const node = valueAt(document, decodePointer(base) ?? []);
    let best: ErrorObject[] | undefined;
    for (const branch of alternative.schema as unknown[]) {
      const validate = compileBranch(ajv, branch, rootId);
      if (!validate || validate(node)) continue;
      const raw = (validate.errors ?? []).map((e) => ({ ...e, instancePath: base + e.instancePath }));
      const found = chooseBranches(raw, document, ajv, rootId, depth + 1);
      if (!best || score(found, base, node) < score(best, base, node)) best = found;
    }
    if (!best) continue;
    const within = (e: ErrorObject) => e.instancePath === base || e.instancePath.startsWith(base + '/');
    current = [...current.filter((e) => !within(e)), ...best];
  }
  return current;
}

function key(e: ErrorObject): string {
  return `${e.instancePath}\u0000${JSON.stringify(e.schema)}`.slice(0, 2000);
}

function score(errors: ErrorObject[], base: string, node: unknown): number {
  const hasRef = node !== null && typeof node === 'object' && '$ref' in node;
  const ownField = base.split('/').length + 1;
  let total = 0;
  for (const e of errors) {
    if (e.keyword === 'required' && e.params.missingProperty === '$ref' && !hasRef) total += 100;
    else if ((e.keyword === 'enum' || e.keyword === 'const') && e.instancePath.split('/').length === ownField) total += 10;
    else total += 1;
  }
  return total - Math.max(0, ...errors.map((e) => e.instancePath.split('/').length)) / 1000;
}

const compiled = new WeakMap<object, ValidateFunction | null>();

/** A branch's `#/...` refs point into the OpenAPI schema; anchor them to its id before compiling alone. */
function compileBranch(ajv: Ajv, branch: unknown, rootId: string): ValidateFunction | undefined {
  if (branch === null || typeof branch !== 'object') return undefined;
  if (compiled.has(branch)) return compiled.get(branch) ?? undefined;
  const anchor = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(anchor);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? rootId + v : anchor(v)]));
  };
  let validate: ValidateFunction | null;
  try {
    validate = ajv.compile(anchor(branch) as object);
  } catch {
    validate = null;
  }
  compiled.set(branch, validate);
  return validate ?? undefined;
}
