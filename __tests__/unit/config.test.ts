import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, type RawConfig } from '../../src/config.ts';
import { UserError } from '../../src/errors.ts';

const asInputs = { name: (key: string) => `input "${key}"`, workspace: '/repo' };

function fails(raw: RawConfig, message: RegExp, hint?: RegExp) {
  assert.throws(
    () => parseConfig(raw, asInputs),
    (e: unknown) => e instanceof UserError && message.test(e.message) && (!hint || hint.test(e.hint ?? '')),
  );
}

describe('Config', () => {
  it('reads defaults', () => {
    const { diff, collection, postman, fastapi, build, contract, deploy, ...rest } = parseConfig({ spec: 'openapi.yaml' }, asInputs);
    assert.deepEqual(rest, {
      specs: ['openapi.yaml'],
      stages: ['validate', 'diff', 'collection', 'fastapi', 'contract'],
      root: undefined,
      allowRemoteRefs: [],
      maxFileSize: 25 * 1024 * 1024,
      allowInvalid: false,
      workspace: '/repo',
      githubToken: undefined,
      commitBack: 'off',
    });
    assert.deepEqual(diff, {
      failOn: 'ERR',
      acceptLabel: 'breaking-change-accepted',
      acceptedBreaksFile: '.github/accepted-breaking-changes.yaml',
      base: undefined,
      deprecationDaysBeta: undefined,
      deprecationDaysStable: undefined,
      flattenAllOf: false,
      includePaths: undefined,
      excludePaths: undefined,
      filterExtension: undefined,
      excludeExtensions: [],
      levels: {},
      ignore: [],
      changesFile: undefined,
      comment: true,
    });
    assert.deepEqual(collection, {
      out: 'postman',
      file: undefined,
      previous: undefined,
      removedOperations: 'drop',
      negativeRequests: false,
      maxResponseTimeMs: undefined,
    });
    assert.deepEqual(postman, { apiKey: undefined, workspace: undefined, apiUrl: undefined, required: false });
    assert.deepEqual(fastapi, { out: 'server' });
    assert.deepEqual(build, {
      projectDir: 'server',
      image: undefined,
      push: false,
      buildArgs: {},
      network: undefined,
      registryUsername: undefined,
      registryPassword: undefined,
      singleManifest: false,
    });
    assert.deepEqual(contract, {
      url: undefined,
      credentials: {},
      readinessPath: undefined,
      readinessTimeoutMs: 120_000,
      expectBuild: undefined,
      junitFile: undefined,
      resultsFile: undefined,
      collection: undefined,
      environment: undefined,
      serveWith: 'auto',
      scope: { include: [], exclude: [], unsafeMethods: true },
    });
    assert.deepEqual(deploy, {
      target: undefined,
      settings: {},
      image: undefined,
      environment: 'production',
      collectionOut: 'postman/deploy',
      settingsName: 'input "deploy-settings"',
    });
  });

  it('reads commit-back: false, true (by event), branch, pull-request; anything else is refused', () => {
    const mode = (value: string) => parseConfig({ spec: 'a', 'commit-back': value }, asInputs).commitBack;
    assert.deepEqual(['false', 'TRUE', 'branch', 'pull-request'].map(mode), ['off', 'auto', 'branch', 'pull-request']);
    fails({ spec: 'a', 'commit-back': 'yes' }, /^input "commit-back": "yes" is not one of false, true, branch, pull-request/);
  });

  it('reads the contract and build inputs: credentials per line, build args, a URL', () => {
    const config = parseConfig(
      { spec: 'a', url: 'http://127.0.0.1:8000', credentials: 'apiKey=s3cr=t\nbasic=user:pass', 'build-args': 'PYTHON_IMAGE=python:3.12-slim\nX=1' },
      asInputs,
    );
    assert.deepEqual(config.contract.credentials, { apiKey: 's3cr=t', basic: 'user:pass' });
    assert.deepEqual(config.build.buildArgs, { PYTHON_IMAGE: 'python:3.12-slim', X: '1' });
    fails({ spec: 'a', url: 'ftp://x' }, /^input "url": only http and https/);
    fails({ spec: 'a', credentials: 'no-equals-sign' }, /^input "credentials": an entry is not scheme=value/);
    fails({ spec: 'a', 'build-args': '1X=2' }, /^input "build-args": "1X=2" is not KEY=value/);
  });

  it('reads the diff inputs', () => {
    const { diff } = parseConfig(
      {
        spec: 'a',
        'fail-on': 'warn',
        'flatten-allof': 'TRUE',
        'deprecation-days-stable': '90',
        'exclude-paths': '^/internal/',
        'exclude-extensions': 'x-internal, x-beta',
        base: 'main',
      },
      asInputs,
    );
    assert.deepEqual(
      [diff.failOn, diff.flattenAllOf, diff.deprecationDaysStable, diff.excludePaths, diff.excludeExtensions, diff.base],
      ['WARN', true, 90, '^/internal/', ['x-internal', 'x-beta'], 'main'],
    );
    fails({ spec: 'a', 'fail-on': 'sometimes' }, /^input "fail-on": "sometimes" is not one of ERR, WARN, INFO, NONE/);
    fails({ spec: 'a', 'include-paths': '(' }, /^input "include-paths": "\(" is not a regular expression/);
    fails({ spec: 'a', 'deprecation-days-beta': '-1' }, /is not a number of days/);
    fails({ spec: 'a', 'flatten-allof': 'maybe' }, /^input "flatten-allof": "maybe" is not one of true, false/);
  });

  it('reads lists separated by commas or newlines, and sizes with units', () => {
    const config = parseConfig(
      { spec: 'a.yaml\nb/**/*.json, c.yaml', 'allow-remote-refs': 'Schemas.Example.com, 127.0.0.1:8080', 'max-file-size': '1.5 MB', stages: 'validate' },
      asInputs,
    );
    assert.deepEqual(config.specs, ['a.yaml', 'b/**/*.json', 'c.yaml']);
    assert.deepEqual(config.allowRemoteRefs, ['schemas.example.com', '127.0.0.1:8080']);
    assert.equal(config.maxFileSize, 1572864);
  });

  it('names the input and what it accepts', () => {
    fails({}, /^input "spec" is required/, /glob/);
    fails(
      { spec: 'a', stages: 'validate,publish' },
      /^input "stages": unknown stage "publish"/,
      /validate, diff, collection, fastapi, build, deploy, contract/,
    );
    fails({ spec: 'a', 'max-file-size': 'huge' }, /^input "max-file-size": "huge" is not a size/, /25MB/);
    fails({ spec: 'a', 'allow-remote-refs': 'https://evil.example/x' }, /is not a host name/, /without a scheme/);
  });

  it('runs the stages asked for in pipeline order, and by default the build only when there is an image to make', () => {
    assert.deepEqual(parseConfig({ spec: 'a', stages: 'diff, validate' }, asInputs).stages, ['validate', 'diff']);
    assert.deepEqual(parseConfig({ spec: 'a' }, asInputs).stages, ['validate', 'diff', 'collection', 'fastapi', 'contract']);
    assert.deepEqual(parseConfig({ spec: 'a', push: 'true' }, asInputs).stages, ['validate', 'diff', 'collection', 'fastapi', 'build', 'contract']);
  });
});
