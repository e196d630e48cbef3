/**
 * The Postman Collection Format v2.1.0 schema, assembled from its source files the way its own
 * repository builds it: the root file, with each file of `collection/` as the definition its `$id`
 * names. The sources carry whole-line `//` comments, which JSON does not allow; they are dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { repoRoot } from './paths.ts';

const dir = path.join(repoRoot, '__tests__/fixtures/postman/collection-schema-v2.1.0');

function read(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return JSON.parse(text) as Record<string, unknown>;
}

let compiled: ValidateFunction | undefined;

export function collectionSchemaValidator(): ValidateFunction {
  if (compiled) return compiled;
  const root = read(path.join(dir, 'collection.json'));
  const definitions: Record<string, unknown> = {};
  for (const name of readdirSync(path.join(dir, 'collection'))) {
    const { $id, $schema: _schema, ...definition } = read(path.join(dir, 'collection', name));
    definitions[String($id).replace('#/definitions/', '')] = definition;
  }
  const validate = new Ajv({ strict: false, allErrors: true }).compile({ ...root, definitions });
  compiled = validate;
  return validate;
}

/** The first errors, as text; empty when the collection is valid. */
export function collectionSchemaErrors(collection: unknown): string {
  const validate = collectionSchemaValidator();
  return validate(collection) ? '' : JSON.stringify(validate.errors?.slice(0, 5), null, 2);
}
