/** JSON pointers (RFC 6901) as segment arrays, which is how every stage walks documents. */

export function encodePointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Decodes `/a/b~1c`, or the fragment form `#/a/b%20c`. Returns undefined for a malformed pointer. */
export function decodePointer(pointer: string): string[] | undefined {
  let p = pointer;
  if (p.startsWith('#')) {
    try {
      p = decodeURIComponent(p.slice(1));
    } catch {
      return undefined;
    }
  }
  if (p === '') return [];
  if (!p.startsWith('/')) return undefined;
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `path`, or undefined. Own properties only, so `__proto__` never walks into a prototype. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
