import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { oasdiffArgs, parseOasdiffJson, rewritePath } from '../../src/stages/diff/oasdiff.ts';
import { UserError } from '../../src/errors.ts';
import { repoRoot } from '../support/paths.ts';

/** Settings no configuration may change: no git fetches, no globs, no uploads. */
const fixed = ['--include-path-params=false', '--composed=false', '--fetch=false', '--auto-upgrade=false', '--open=false'];

describe('oasdiff arguments', () => {
  it('asks for every change as JSON, with our empty configuration file and every setting explicit', () => {
    assert.deepEqual(oasdiffArgs('changelog', 'b.yaml', 'r.yaml', {}, { config: '/tmp/x/oasdiff.yaml' }), [
      'changelog',
      'b.yaml',
      'r.yaml',
      '--config',
      '/tmp/x/oasdiff.yaml',
      '--format',
      'json',
      '--lang',
      'en',
      '--level',
      'INFO',
      '--flatten-allof=false',
      '--flatten-params=false',
      '--case-insensitive-headers=true',
      '--allow-external-refs=true',
      ...fixed,
    ]);
  });

  it('passes each option as its own arguments, never through a shell', () => {
    const args = oasdiffArgs(
      'breaking',
      'b.yaml',
      'r.yaml',
      {
        deprecationDaysBeta: 14,
        deprecationDaysStable: 90,
        flattenAllOf: true,
        flattenParams: true,
        caseInsensitiveHeaders: false,
        includePaths: '^/v1/',
        excludePaths: '^/internal/; rm -rf /',
        filterExtension: 'x-beta',
        excludeExtensions: ['x-internal', 'x-codegen'],
        externalRefs: false,
      },
      { config: '/tmp/x/oasdiff.yaml', levels: '/tmp/x/levels.txt' },
    );
    assert.deepEqual(args, [
      'breaking',
      'b.yaml',
      'r.yaml',
      '--config',
      '/tmp/x/oasdiff.yaml',
      '--format',
      'json',
      '--lang',
      'en',
      '--deprecation-days-beta',
      '14',
      '--deprecation-days-stable',
      '90',
      '--match-path',
      '^/v1/',
      '--unmatch-path',
      '^/internal/; rm -rf /',
      '--filter-extension',
      'x-beta',
      '--exclude-extensions',
      'x-internal,x-codegen',
      '--severity-levels',
      '/tmp/x/levels.txt',
      '--flatten-allof=true',
      '--flatten-params=true',
      '--case-insensitive-headers=false',
      '--allow-external-refs=false',
      ...fixed,
    ]);
  });
});

describe('oasdiff JSON', () => {
  it('maps numeric levels to names and keeps the source points', () => {
    const [change] = parseOasdiffJson(
      JSON.stringify([
        {
          id: 'request-parameter-became-required',
          text: 't',
          level: 3,
          operation: 'GET',
          operationId: 'listPets',
          path: '/pets',
          source: 'r.yaml',
          section: 'paths',
          revisionSource: { file: 'r.yaml', line: 10, column: 11 },
          fingerprint: 'c8ca48aeb623',
        },
      ]),
    );
    assert.deepEqual(change, {
      id: 'request-parameter-became-required',
      text: 't',
      level: 'ERR',
      operation: 'GET',
      operationId: 'listPets',
      path: '/pets',
      section: 'paths',
      revisionSource: { file: 'r.yaml', line: 10, column: 11 },
      fingerprint: 'c8ca48aeb623',
    });
    assert.deepEqual(
      parseOasdiffJson('[{"id":"x","text":"t","level":2,"fingerprint":"f"},{"id":"y","text":"t","level":1,"fingerprint":"g"}]').map((c) => c.level),
      ['WARN', 'INFO'],
    );
  });

  it('reads an empty output, `null` and `[]` as no changes', () => {
    for (const output of ['', 'null', '[]\n']) assert.deepEqual(parseOasdiffJson(output), []);
  });

  it('refuses what is not oasdiff JSON as a bug, not a user mistake', () => {
    assert.throws(
      () => parseOasdiffJson('{"a":1}'),
      (e: unknown) => e instanceof Error && !(e instanceof UserError),
    );
    assert.throws(() => parseOasdiffJson('[{"id":"x","level":7}]'), /unexpected oasdiff entry/);
  });

  it('rewrites the base folder prefix to repository paths', () => {
    const rewrite = [{ from: `${path.sep}tmp${path.sep}base${path.sep}`, to: '' }];
    assert.equal(rewritePath(`${path.sep}tmp${path.sep}base${path.sep}specs${path.sep}a.yaml`, rewrite), `specs${path.sep}a.yaml`);
    assert.equal(rewritePath('elsewhere.yaml', rewrite), 'elsewhere.yaml');
  });
});
