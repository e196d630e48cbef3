/**
 * Postman's own converter (openapi-to-postmanv2) decides the collection's shape: folders by tag and
 * request names as Postman names them on import (summary, else operationId, else description, else
 * URL). It is given a skeleton of the spec, only what naming and foldering read, because every
 * request's data is rebuilt from the model afterwards: the converter's `<string>` placeholders would
 * make a conforming server answer 4xx, and it cannot follow refs across files. Converting the
 * skeleton also keeps the converter's time proportional to the number of operations, not schemas.
 */
import { convertV2 } from 'openapi-to-postmanv2';
import type { ApiModel, Operation } from '../../openapi/model/model.ts';
import { isObject } from '../../openapi/model/model.ts';
import type { Spec } from '../../openapi/types.ts';
import { isFolder, type PostmanCollection, type PostmanItem, type PostmanRequestItem } from '../../postman/postman-types.ts';

/** The converter writes this header into each request so its items can be matched back to operations. */
const MARKER = 'x-fpd-operation-index';

export interface ConvertedShape {
  name: string;
  description?: string;
  /** Folders (by tag) and requests in the converter's order; requests carry the operation they stand for. */
  tree: ShapeNode[];
}

export type ShapeNode =
  { kind: 'folder'; name: string; description?: string; children: ShapeNode[] } | { kind: 'request'; name: string; description?: string; operation: Operation };

export function convertShape(model: ApiModel, spec: Spec): ConvertedShape {
  const skeleton = skeletonOf(model, spec);
  let output: unknown;
  let failure: unknown;
  // The converter calls back synchronously (checked in the unit tests), which keeps planning pure.
  convertV2(
    { type: 'json', data: skeleton },
    { folderStrategy: 'Tags', requestNameSource: 'Fallback', schemaFaker: false, parametersResolution: 'Example' },
    (error, result) => {
      if (error || !result?.result) failure = error?.message ?? result?.reason ?? 'no result';
      else output = result.output?.[0]?.data;
    },
  );
  if (failure !== undefined || !isObject(output)) throw new Error(`openapi-to-postmanv2 failed on the skeleton: ${String(failure)}`);
  const collection = output as unknown as PostmanCollection;
  const placed = new Set<Operation>();
  const tree = collection.item.flatMap((item) => shapeOf(item, model.operations, placed));
  // Should the converter ever leave an operation out, it still gets its request (and its tests).
  for (const operation of model.operations) {
    if (!placed.has(operation))
      tree.push({
        kind: 'request',
        name: operation.summary ?? operation.id,
        ...(operation.description ? { description: operation.description } : {}),
        operation,
      });
  }
  return { name: collection.info.name, ...descriptionOf(collection.info.description), tree };
}

function skeletonOf(model: ApiModel, spec: Spec): Record<string, unknown> {
  const doc = spec.document;
  const paths: Record<string, Record<string, unknown>> = {};
  model.operations.forEach((op, index) => {
    const item = (paths[op.path] ??= Object.create(null) as Record<string, unknown>);
    item[op.method] = {
      ...(op.idWritten ? { operationId: op.id } : {}),
      ...(op.summary ? { summary: op.summary } : {}),
      ...(op.description ? { description: op.description } : {}),
      ...(op.tags.length > 0 ? { tags: op.tags } : {}),
      parameters: [{ name: MARKER, in: 'header', required: true, schema: { type: 'string', enum: [String(index)] }, example: String(index) }],
      responses: { default: { description: 'response' } },
    };
  });
  return {
    openapi: '3.0.3',
    info: { title: model.title, version: model.version, ...(model.description ? { description: model.description } : {}) },
    ...(Array.isArray(doc.tags)
      ? { tags: doc.tags.filter(isObject).map((t) => ({ name: String(t.name), ...(typeof t.description === 'string' ? { description: t.description } : {}) })) }
      : {}),
    paths: Object.fromEntries(Object.entries(paths)),
  };
}

/**
 * The converter files an operation with several tags under each of them; a request's id must be
 * unique, so it stays in the first of those folders only.
 */
function shapeOf(item: PostmanItem, operations: readonly Operation[], placed: Set<Operation>): ShapeNode[] {
  if (isFolder(item)) {
    // The converter makes a folder for every declared tag; one no operation uses is only noise.
    const children = item.item.flatMap((child) => shapeOf(child, operations, placed));
    return children.length > 0 ? [{ kind: 'folder', name: item.name, ...descriptionOf(item.description), children }] : [];
  }
  const request = (item as PostmanRequestItem).request;
  const marker = request.header?.find((h) => h.key === MARKER);
  const operation = marker ? operations[Number(marker.value)] : undefined;
  if (!operation || placed.has(operation)) return [];
  placed.add(operation);
  return [{ kind: 'request', name: item.name, ...descriptionOf(request.description), operation }];
}

function descriptionOf(value: unknown): { description?: string } {
  const text = typeof value === 'string' ? value : isObject(value) && typeof value.content === 'string' ? value.content : '';
  return text ? { description: text } : {};
}
