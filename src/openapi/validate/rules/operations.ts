/** Walks the operations of a 2.0/3.x document, following refs and remembering where each part is written. */
import type { LoadedSpec } from '../../load/loaded-spec.ts';
import { HTTP_METHODS, isObject, isRef } from '../../nodes.ts';
import type { SpecFile } from '../../types.ts';

export interface Place {
  file: SpecFile;
  path: string[];
}

export interface Located<T> {
  value: T;
  place: Place;
}

/** Validation walks 3.2 documents too, whose path items may also have a `query` operation. */
const operationKeys = [...HTTP_METHODS, 'query'];

export interface OperationSite {
  template: string;
  method: string;
  operation: Located<Record<string, unknown>>;
  /** Path-level parameters first, then the operation's own, refs resolved. */
  pathParameters: Located<Record<string, unknown>>[];
  operationParameters: Located<Record<string, unknown>>[];
}

/** Resolves a value that may be a ref, keeping track of the file and path it ends up in. */
export function follow(spec: LoadedSpec, value: unknown, place: Place): Located<unknown> {
  let current: Located<unknown> = { value, place };
  for (let hops = 0; hops < 64 && isRef(current.value); hops++) {
    const target = spec.target(current.value);
    if (!target) break;
    current = { value: target.value, place: { file: target.file, path: target.path } };
  }
  return current;
}

export function* operations(spec: LoadedSpec): Iterable<OperationSite> {
  const paths = spec.document.paths;
  if (!isObject(paths)) return;
  for (const template of Object.keys(paths)) {
    if (template.startsWith('x-')) continue;
    const item = follow(spec, paths[template], { file: spec.root, path: ['paths', template] });
    if (!isObject(item.value)) continue;
    const pathItem = item.value;
    const pathParameters = parameterList(spec, pathItem.parameters, item.place, 'parameters');
    for (const method of operationKeys) {
      // Some multi-file specs (DigitalOcean's) write whole operations as refs; resolvers inline them.
      const found = follow(spec, pathItem[method], { file: item.place.file, path: [...item.place.path, method] });
      const operation = found.value;
      if (!isObject(operation)) continue;
      const place = found.place;
      yield {
        template,
        method,
        operation: { value: operation, place },
        pathParameters,
        operationParameters: parameterList(spec, operation.parameters, place, 'parameters'),
      };
    }
  }
}

function parameterList(spec: LoadedSpec, list: unknown, owner: Place, key: string): Located<Record<string, unknown>>[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    const found = follow(spec, entry, { file: owner.file, path: [...owner.path, key, String(index)] });
    return isObject(found.value) ? [{ value: found.value, place: found.place }] : [];
  });
}

export function at(place: Place, ...more: string[]) {
  return place.file.locate([...place.path, ...more]);
}
