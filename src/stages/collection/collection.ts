/**
 * The Postman collection (format v2.1) for a spec: shaped and named by Postman's own converter,
 * with ids derived from the operations, request data that a conforming server accepts, and the
 * contract tests in every request. planCollection is pure; writeCollection is the file edge.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiModel, Operation } from '../../openapi/model/model.ts';
import type { Diagnostic, Spec } from '../../openapi/types.ts';
import { contractOf, type ContractTestOptions } from './contract-data.ts';
import { contractTestBlock } from './contract-tests.ts';
import { convertShape, type ShapeNode } from './converter.ts';
import { planEnvironments, serverUrls, type PlannedEnvironment } from './environments.ts';
import { requestId, stableId } from './ids.ts';
import { negativeRequests } from './negative-requests.ts';
import { COLLECTION_SCHEMA, type PostmanCollection, type PostmanItem, type PostmanRequest, type PostmanRequestItem } from '../../postman/postman-types.ts';
import { BASE_URL_VARIABLE, buildRequest, schemaContext, UPLOAD_SAMPLE } from './request-data.ts';

export interface CollectionOptions extends ContractTestOptions {
  /** The deployed server's URL, for the `deployed` environment; left empty (set at run time) when unknown. */
  deployedUrl?: string;
}

export interface CollectionPlan {
  collection: PostmanCollection;
  environments: PlannedEnvironment[];
  warnings: Diagnostic[];
}

export function planCollection(model: ApiModel, spec: Spec, options: CollectionOptions = {}): CollectionPlan {
  const warnings: Diagnostic[] = [];
  const ctx = schemaContext(model);
  const shape = convertShape(model, spec);

  const requestItems = (name: string, description: string | undefined, op: Operation): PostmanRequestItem[] => {
    const valid = buildRequest(op, model, ctx, warnings);
    const item = (id: string, itemName: string, request: PostmanRequest, invalid?: string): PostmanRequestItem => ({
      id,
      name: itemName,
      request: { ...request, ...(description ? { description } : {}) },
      event: [{ listen: 'test', script: { type: 'text/javascript', exec: contractTestBlock(contractOf(op, model, options, warnings, invalid)) } }],
      response: [],
    });
    const negatives = options.negativeRequests ? negativeRequests(op, valid, model) : [];
    return [
      item(requestId(op.id), name, valid.request),
      ...negatives.map((n) => item(stableId('request', `${op.id}\u0000${n.key}`), `${name} (invalid: ${n.what})`, n.request, n.what)),
    ];
  };
  const build = (nodes: ShapeNode[], parents: string[]): PostmanItem[] =>
    nodes.flatMap((node): PostmanItem[] =>
      node.kind === 'request'
        ? requestItems(node.name, node.description, node.operation)
        : [
            {
              id: stableId('folder', [...parents, node.name].join('\u0000')),
              name: node.name,
              ...(node.description ? { description: node.description } : {}),
              item: build(node.children, [...parents, node.name]),
            },
          ],
    );

  const collection: PostmanCollection = {
    info: {
      _postman_id: stableId('collection', model.title),
      name: shape.name,
      ...(shape.description ? { description: shape.description } : {}),
      schema: COLLECTION_SCHEMA,
    },
    item: build(shape.tree, []),
    variable: [{ key: BASE_URL_VARIABLE, value: serverUrls(spec)[0]?.url ?? '', type: 'string' }],
  };
  return { collection, environments: planEnvironments(model, spec, options.deployedUrl), warnings };
}

/** Where the environments of a collection file are written: beside it, named after it. */
export function environmentPath(collectionFile: string, slug: string): string {
  const base = path.basename(collectionFile).replace(/(\.postman_collection)?\.json$/i, '');
  return path.join(path.dirname(collectionFile), `${base}.${slug}.postman_environment.json`);
}

/** Writes the collection and its environments; returns the files written. */
export async function writeCollection(plan: Pick<CollectionPlan, 'collection' | 'environments'>, collectionFile: string): Promise<string[]> {
  await fs.mkdir(path.dirname(collectionFile), { recursive: true });
  const files = [collectionFile];
  await fs.writeFile(collectionFile, `${JSON.stringify(plan.collection, null, 2)}\n`);
  for (const { slug, environment } of plan.environments) {
    const file = environmentPath(collectionFile, slug);
    await fs.writeFile(file, `${JSON.stringify(environment, null, 2)}\n`);
    files.push(file);
  }
  if (JSON.stringify(plan.collection).includes(`"src":"${UPLOAD_SAMPLE}"`)) {
    const sample = path.join(path.dirname(collectionFile), UPLOAD_SAMPLE);
    await fs.writeFile(sample, 'A file the contract tests upload where the spec takes one.\n');
    files.push(sample);
  }
  return files;
}
