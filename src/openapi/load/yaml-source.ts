/**
 * YAML parsing with source offsets in one pass. js-yaml builds the values (several times faster than
 * the `yaml` package's document model on large specs) and reports every node it opens and closes to
 * a listener; pairing those events gives each mapping's key offsets and each sequence's item offsets.
 */
import jsyaml from 'js-yaml';

interface Frame {
  start: number;
  children: { start: number; value: unknown }[];
}

/** Offsets of the members of one mapping (by key) or sequence (by index). */
type Members = Map<string, number>;

export interface ParsedYaml {
  data: unknown;
  source: YamlSource;
}

export class YamlSource {
  constructor(
    private readonly root: unknown,
    private readonly members: WeakMap<object, Members>,
  ) {}

  offsetOf(path: readonly string[]): number {
    let node = this.root;
    let found = 0;
    for (const segment of path) {
      if (node === null || typeof node !== 'object') break;
      const at = this.members.get(node)?.get(segment);
      if (at === undefined) break;
      found = at;
      node = (node as Record<string, unknown>)[segment];
    }
    return found;
  }
}

/** Throws js-yaml's YAMLException (with its `mark`) on a syntax error. */
export function parseYaml(text: string, filename: string, maxDepth: number): ParsedYaml {
  const members = new WeakMap<object, Members>();
  const stack: Frame[] = [{ start: 0, children: [] }];
  // maxDepth arrived in js-yaml 4.3, after its published typings.
  const options: jsyaml.LoadOptions & { maxDepth: number } = {
    filename,
    // The JSON schema ruleset, as OpenAPI recommends: no timestamps or other YAML-only types.
    schema: jsyaml.JSON_SCHEMA,
    maxDepth,
    listener(event, state) {
      if (event === 'open') {
        stack.push({ start: skipSpace(text, state.position), children: [] });
        return;
      }
      const frame = stack.pop()!;
      const value = state.result as unknown;
      let start = frame.start;
      // js-yaml opens some nodes twice (an entry, then its content): keep the inner, exact start.
      const only = frame.children.length === 1 ? frame.children[0]! : undefined;
      if (only && only.value === value) start = only.start;
      else if (value !== null && typeof value === 'object' && !members.has(value)) {
        members.set(value, pair(value, frame.children));
      }
      stack.at(-1)!.children.push({ start, value });
    },
  };
  const data = jsyaml.load(text, options);
  return { data, source: new YamlSource(data, members) };
}

function pair(value: object, children: Frame['children']): Members {
  const found: Members = new Map();
  if (Array.isArray(value)) {
    children.forEach((child, index) => found.set(String(index), child.start));
    return found;
  }
  const keys = Object.keys(value);
  if (children.length === keys.length * 2) {
    for (let i = 0; i < children.length; i += 2) found.set(String(children[i]!.value), children[i]!.start);
    return found;
  }
  // A flow mapping's implicit null (`{a, b: 1}`) or a merge key breaks the key/value rhythm:
  // take each key's first appearance among the children instead.
  const wanted = new Set(keys);
  for (const child of children) {
    const key = String(child.value);
    if (typeof child.value !== 'object' && wanted.delete(key)) found.set(key, child.start);
  }
  return found;
}

/** Skips the blanks and comments js-yaml has not consumed yet when it opens a node. */
function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol + 1;
    } else if (c === ' ' || c === '\n' || c === '\r' || c === '\t') i++;
    else break;
  }
  return i;
}
