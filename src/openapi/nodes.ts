/** What a node of a parsed document is: the questions every walker of a spec asks. */

/** The keys of a path item that hold operations, up to OpenAPI 3.1 (3.2's `query` is added where 3.2 is read). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A mapping (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A Reference Object: a mapping with a string `$ref`. */
export function isRef(value: unknown): value is { $ref: string } {
  return isObject(value) && typeof value.$ref === 'string';
}

/** Longest chain of refs to refs that followRefs walks before calling it a cycle. */
const maxRefChain = 64;

/** Follows `$ref`s from `node` to the value at the end of the chain (or where it breaks), for every Spec's resolve(). */
export function followRefs<T>(node: T, target: (ref: { $ref: string }) => { value: unknown } | undefined): T {
  let current: unknown = node;
  for (let hops = 0; hops < maxRefChain && isRef(current); hops++) {
    const next = target(current);
    if (!next) break;
    current = next.value;
  }
  return current as T;
}
