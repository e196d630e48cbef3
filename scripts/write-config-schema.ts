// Writes schemas/fastapi-postman-deploy.schema.json from the settings the reader accepts and the
// inputs' descriptions in action.yml. A unit test fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { settingsFileSchema } from '../src/config-file/schema.ts';

export function configSchemaText(actionYml = readFileSync('action.yml', 'utf8')): string {
  const inputs = (parse(actionYml) as { inputs: Record<string, { description?: string }> }).inputs;
  const descriptions = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.description]));
  return JSON.stringify(settingsFileSchema(descriptions), null, 2) + '\n';
}

if (process.argv[1]?.endsWith('write-config-schema.ts')) writeFileSync('schemas/fastapi-postman-deploy.schema.json', configSchemaText());
