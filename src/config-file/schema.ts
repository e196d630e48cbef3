/**
 * The configuration file's JSON Schema, published in schemas/ so editors complete and check the file
 * (`# yaml-language-server: $schema=…`). Made from the same list of settings the reader accepts, with
 * the inputs' own descriptions; a test keeps the published file equal to what this makes.
 */
import type { InputName } from '../config.ts';
import { FILE_SETTINGS } from './settings-file.ts';

/** Settings that take a list, one value a line as an input. */
const LISTS: readonly InputName[] = ['stages', 'allow-remote-refs', 'exclude-extensions', 'build-args'];

export function settingsFileSchema(descriptions: Readonly<Partial<Record<InputName, string>>>): object {
  const scalar = { type: ['string', 'number', 'boolean'] };
  const properties = Object.fromEntries(
    FILE_SETTINGS.map((name) => {
      const description = descriptions[name];
      const about = description === undefined ? {} : { description };
      if (name === 'rule-levels') {
        return [
          name,
          {
            ...about,
            type: 'object',
            propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            additionalProperties: { enum: ['ERR', 'WARN', 'INFO', 'NONE', 'err', 'warn', 'info', 'none'] },
          },
        ];
      }
      if (name === 'ignore-changes') {
        const change = {
          type: 'object',
          required: ['rule', 'reason'],
          additionalProperties: false,
          properties: {
            rule: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'The oasdiff rule id.' },
            method: { type: 'string', description: 'With path: the one operation it applies to.' },
            path: { type: 'string', pattern: '^/', description: 'With method: the one operation it applies to.' },
            reason: { type: 'string', minLength: 1, description: 'Why the change never breaks a client; shown wherever the change is.' },
          },
          dependentRequired: { method: ['path'], path: ['method'] },
        };
        return [name, { ...about, type: 'array', items: change }];
      }
      return [name, LISTS.includes(name) ? { ...about, anyOf: [scalar, { type: 'array', items: scalar }] } : { ...about, ...scalar }];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/org/fastapi-postman-deploy/v1/schemas/fastapi-postman-deploy.schema.json',
    title: 'fastapi-postman-deploy configuration (.github/fastapi-postman-deploy.yml)',
    description:
      "Settings for every spec and for some specs only, read from the pull request's base revision. Inputs given in the workflow override them; secrets are never in this file.",
    type: 'object',
    additionalProperties: false,
    properties: {
      settings: { description: 'Settings (action inputs by name) for every spec.', $ref: '#/$defs/section' },
      specs: {
        description: 'Settings for the specs a path or glob names, applied after `settings`, in order.',
        type: 'object',
        additionalProperties: { $ref: '#/$defs/section' },
      },
    },
    $defs: { section: { type: 'object', additionalProperties: false, properties } },
  };
}
