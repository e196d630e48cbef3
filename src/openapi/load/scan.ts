/**
 * One walk over a freshly parsed document: enforces the depth and size limits (expanding YAML
 * aliases, so an alias bomb is caught here rather than in whatever walks the data next), refuses
 * alias cycles, and collects every `$ref` with the path where it stands.
 */
import type { LoadLimits } from './limits.ts';

export interface FoundRef {
  /** Path of the object holding `$ref`. */
  path: string[];
  ref: string;
  node: object;
}

export type ScanLimitRule = 'depth-limit' | 'size-limit' | 'alias-cycle';

export class ScanLimitError extends Error {
  constructor(
    readonly rule: ScanLimitRule,
    message: string,
    readonly path: string[],
  ) {
    super(message);
  }
}

/**
 * Maps whose keys are names (or status codes) chosen by the author: `default` there is the default
 * response or a component called so, and `example` a property, never a literal.
 */
const nameMaps = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'responses',
  'examples',
  'headers',
  'links',
  'callbacks',
  'encoding',
  'schemas',
  'parameters',
  'requestBodies',
  'securitySchemes',
  'pathItems',
  'webhooks',
]);
/** Values that are data, not OpenAPI: a `$ref` inside them is text to keep, not a link to follow. */
const literalKeys = new Set(['example', 'default', 'enum', 'const']);

interface Frame {
  node: object;
  key: string;
  keys: string[];
  next: number;
  size: number;
  /** Characters of the keys and strings below, aliases expanded. */
  chars: number;
  literal: boolean;
}

export function scanDocument(
  data: unknown,
  limits: Pick<LoadLimits, 'maxDepth' | 'maxNodes' | 'maxExpandedChars'>,
  visit?: (node: object) => void,
): FoundRef[] {
  const refs: FoundRef[] = [];
  if (data === null || typeof data !== 'object') return refs;
  const sizes = new WeakMap<object, { size: number; chars: number }>();
  const open = new WeakSet<object>();
  let total = 1;
  let chars = 0;
  const stack: Frame[] = [frame(data, '', false)];
  open.add(data);
  visit?.(data);
  const pathHere = () => stack.slice(1).map((f) => f.key);

  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.keys.length) {
      stack.pop();
      open.delete(top.node);
      sizes.set(top.node, { size: top.size, chars: top.chars });
      if (stack.length > 0) {
        stack[stack.length - 1]!.size += top.size;
        stack[stack.length - 1]!.chars += top.chars;
      }
      continue;
    }
    const key = top.keys[top.next++]!;
    const child = (top.node as Record<string, unknown>)[key];
    const own = key.length + (typeof child === 'string' ? child.length : 0);
    top.chars += own;
    chars += own;
    if (key === '$ref' && typeof child === 'string' && !top.literal && !Array.isArray(top.node)) {
      refs.push({ path: pathHere(), ref: child, node: top.node });
    }
    if (child === null || typeof child !== 'object') {
      top.size += 1;
      total += 1;
    } else if (open.has(child)) {
      throw new ScanLimitError('alias-cycle', 'a YAML alias refers to a node that contains it, which makes the document infinite', [...pathHere(), key]);
    } else if (sizes.has(child)) {
      // Seen before through another alias: count it again, as every later walk will.
      const seen = sizes.get(child)!;
      top.size += seen.size;
      total += seen.size;
      top.chars += seen.chars;
      chars += seen.chars;
    } else {
      if (stack.length >= limits.maxDepth) {
        throw new ScanLimitError('depth-limit', `the document nests deeper than ${limits.maxDepth} levels`, [...pathHere(), key]);
      }
      total += 1;
      const isArray = Array.isArray(top.node);
      const literal =
        top.literal ||
        (!isArray && !nameMaps.has(top.key) && (literalKeys.has(key) || key.startsWith('x-') || (key === 'value' && stack.at(-2)?.key === 'examples')));
      open.add(child);
      visit?.(child);
      stack.push(frame(child, key, literal));
    }
    if (chars > limits.maxExpandedChars) {
      throw new ScanLimitError(
        'size-limit',
        `the document expands to more than ${(limits.maxExpandedChars / 1024 / 1024).toLocaleString('en')} MB of text (YAML aliases included)`,
        pathHere(),
      );
    }
    if (total > limits.maxNodes) {
      throw new ScanLimitError(
        'size-limit',
        `the document expands to more than ${limits.maxNodes.toLocaleString('en')} nodes (YAML aliases included)`,
        pathHere(),
      );
    }
  }
  return refs;
}

function frame(node: object, key: string, literal: boolean): Frame {
  return { node, key, keys: Object.keys(node), next: 0, size: 1, chars: 0, literal };
}
