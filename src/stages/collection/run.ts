/**
 * The collection stage for one spec: plan the collection from the model, keep what people added to
 * the previous one (the file already at the output path, or the one named), write it with its
 * environments beside it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CollectionConfig, Config } from '../../config.ts';
import { UserError } from '../../errors.ts';
import type { ApiModel } from '../../openapi/model/model.ts';
import type { Diagnostic, Spec } from '../../openapi/types.ts';
import { planCollection, writeCollection } from './collection.ts';
import { mergeCollection } from './merge.ts';
import type { PostmanCollection } from '../../postman/postman-types.ts';
import { asOutcome, type StageOutcome } from '../outcome.ts';
import { specSlug } from '../spec-slug.ts';

export interface CollectionResult {
  /** The collection file, relative to the workspace. */
  file: string;
  files: string[];
  requests: number;
  /** Operations whose request kept people's edits, and those that left the spec. */
  preserved: string[];
  removed: string[];
  warnings: Diagnostic[];
  /** What the run could not do around the collection (the team's copy in Postman unreadable), for the report. */
  notes?: string[];
}

export function collectionFileName(specPath: string): string {
  return `${specSlug(specPath)}.postman_collection.json`;
}

/** Where the previous collection comes from, besides the file: the team's copy in Postman, when there is one. */
export type PreviousSource = (name: string) => Promise<PostmanCollection | undefined>;

/**
 * The stage as the pipeline runs it: the collection in the collection folder (or the file named),
 * keeping the edits of the team's copy in Postman when a key and workspace are given.
 */
export async function runCollection(specPath: string, spec: Spec, model: ApiModel, config: Config): Promise<StageOutcome<CollectionResult>> {
  const file = config.collection.file ?? path.join(config.collection.out, collectionFileName(specPath));
  const notes: string[] = [];
  return asOutcome(async () => {
    const result = await generateCollection(
      spec,
      model,
      file,
      config.collection,
      config.workspace,
      config.contract.url,
      await previousFromPostman(config, notes),
    );
    return notes.length > 0 ? { ...result, notes } : result;
  });
}

/**
 * With a key and a workspace, regeneration keeps the edits people made in Postman itself. When
 * Postman cannot give them, the collection is made from the file on disk and a warning says so,
 * unless publishing is required: a Postman outage never stops the collection or its contract tests.
 */
async function previousFromPostman(config: Config, notes: string[]): Promise<PreviousSource | undefined> {
  const { apiKey, workspace, apiUrl, required } = config.postman;
  if (!apiKey || !workspace || !config.stages.includes('collection')) return undefined;
  const { fetchCollection, PostmanApiError } = await import('../../postman/postman-api.ts');
  return async (name) => {
    try {
      return await fetchCollection({ apiKey, baseUrl: apiUrl, workspace, name });
    } catch (error) {
      if (!(error instanceof PostmanApiError) || required) throw error;
      notes.push(`the team's copy of "${name}" in Postman could not be read (${error.message}): edits made there since the last sync are not kept in it`);
      return undefined;
    }
  };
}

/**
 * `file` is the collection to write, relative to the workspace; its environments go beside it.
 * Edits are kept from the copy in Postman when `fromPostman` finds one (that is where teams edit),
 * else from the named previous collection, else from the file being replaced.
 */
export async function generateCollection(
  spec: Spec,
  model: ApiModel,
  file: string,
  config: Omit<CollectionConfig, 'out' | 'file'>,
  workspace: string,
  deployedUrl?: string,
  fromPostman?: PreviousSource,
): Promise<CollectionResult> {
  const target = path.resolve(workspace, file);
  const plan = planCollection(model, spec, { deployedUrl, negativeRequests: config.negativeRequests, maxResponseTimeMs: config.maxResponseTimeMs });
  const previous =
    (await fromPostman?.(plan.collection.info.name)) ??
    (await readPrevious(config.previous ? path.resolve(workspace, config.previous) : target, config.previous !== undefined));
  const merged = mergeCollection(plan.collection, previous, { removedOperations: config.removedOperations });
  const files = await writeCollection({ collection: merged.collection, environments: plan.environments }, target);
  return {
    file: path.relative(workspace, target).split(path.sep).join('/'),
    files: files.map((f) => path.relative(workspace, f).split(path.sep).join('/')),
    requests: model.operations.length,
    preserved: merged.preserved,
    removed: merged.removed,
    warnings: plan.warnings,
  };
}

async function readPrevious(file: string, named: boolean): Promise<PostmanCollection | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    if (named) throw new UserError(`the previous collection ${file} cannot be read`, undefined, 'Check the previous-collection input (--previous).');
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as PostmanCollection;
    if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.item)) throw new Error('no items');
    return parsed;
  } catch {
    throw new UserError(
      `the previous collection ${file} is not a Postman collection (v2.1 JSON)`,
      undefined,
      'Export it from Postman as Collection v2.1, or remove it to start afresh.',
    );
  }
}
