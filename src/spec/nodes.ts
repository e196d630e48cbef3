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
