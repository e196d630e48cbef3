import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageMetadata, parseSemver, sanitizeTag, type ImageRunContext, type SpecInfo } from '../../src/stages/build/metadata.ts';
import { isValidTag } from '../../src/container/reference.ts';

const sha = '0123456789abcdef0123456789abcdef01234567';
const created = new Date('2026-11-21T05:00:00Z');
const name = 'ghcr.io/org/api';

function run(overrides: Partial<ImageRunContext>): ImageRunContext {
  return {
    eventName: 'push',
    ref: 'refs/heads/main',
    sha,
    defaultBranch: 'main',
    pullRequest: undefined,
    repositoryUrl: 'https://github.com/org/api',
    ...overrides,
  };
}

describe('tags for each kind of run', () => {
  const cases: { name: string; run: ImageRunContext; version?: string; tags: string[] }[] = [
    { name: 'push to the default branch, stable version', run: run({}), version: '1.2.3', tags: ['main', '1.2.3', '1.2', '1', 'latest', 'sha-0123456'] },
    { name: 'a v prefix is read as semver', run: run({}), version: 'v2.0.1', tags: ['main', '2.0.1', '2.0', '2', 'latest', 'sha-0123456'] },
    { name: '0.x gets no bare major tag', run: run({}), version: '0.4.1', tags: ['main', '0.4.1', '0.4', 'latest', 'sha-0123456'] },
    { name: 'prerelease: its full version, no short tags, no latest', run: run({}), version: '2.0.0-rc.1', tags: ['main', '2.0.0-rc.1', 'sha-0123456'] },
    {
      name: 'build metadata is made a valid tag',
      run: run({}),
      version: '1.0.0-beta+exp.sha.5114f85',
      tags: ['main', '1.0.0-beta-exp.sha.5114f85', 'sha-0123456'],
    },
    { name: 'not semver: no version tags, still latest', run: run({}), version: '2024-01-01', tags: ['main', 'latest', 'sha-0123456'] },
    { name: 'no version at all', run: run({}), tags: ['main', 'latest', 'sha-0123456'] },
    {
      name: 'another branch: its name, never version tags or latest',
      run: run({ ref: 'refs/heads/develop' }),
      version: '1.2.3',
      tags: ['develop', 'sha-0123456'],
    },
    {
      name: 'branch names are made valid tags',
      run: run({ ref: 'refs/heads/feature/Login+SSO' }),
      version: '1.2.3',
      tags: ['feature-Login-SSO', 'sha-0123456'],
    },
    { name: 'a branch that is all punctuation gets no branch tag', run: run({ ref: 'refs/heads/---' }), tags: ['sha-0123456'] },
    {
      name: 'pull request: pr-<n>, never version tags or latest',
      run: run({ eventName: 'pull_request', ref: 'refs/pull/42/merge', pullRequest: 42 }),
      version: '1.2.3',
      tags: ['pr-42', 'sha-0123456'],
    },
    { name: 'pull request number from the ref alone', run: run({ eventName: 'pull_request_target', ref: 'refs/pull/7/merge' }), tags: ['pr-7', 'sha-0123456'] },
    {
      name: 'git tag: its name and the version tags, no latest',
      run: run({ ref: 'refs/tags/v1.2.3' }),
      version: '1.2.3',
      tags: ['v1.2.3', '1.2.3', '1.2', '1', 'sha-0123456'],
    },
    { name: 'default branch unknown: treated as any branch', run: run({ defaultBranch: undefined }), version: '1.2.3', tags: ['main', 'sha-0123456'] },
    { name: 'no sha: no sha tag', run: run({ sha: undefined }), tags: ['main', 'latest'] },
    { name: 'a sha that is not hex is ignored', run: run({ sha: 'not-a-sha' }), tags: ['main', 'latest'] },
    {
      name: 'nothing known (a laptop): latest',
      run: run({ eventName: undefined, ref: undefined, sha: undefined, defaultBranch: undefined }),
      tags: ['latest'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const metadata = imageMetadata({ name, run: c.run, info: { version: c.version }, created });
      assert.deepEqual(
        metadata.tags,
        c.tags.map((tag) => `${name}:${tag}`),
      );
      for (const tag of metadata.tags) assert.ok(isValidTag(tag.slice(name.length + 1)), tag);
    });
  }

  it('an explicit tag replaces the derived ones', () => {
    const metadata = imageMetadata({ name, run: run({}), info: { version: '1.2.3' }, created, explicitTags: ['dev'] });
    assert.deepEqual(metadata.tags, [`${name}:dev`]);
  });

  it('duplicates collapse (a branch named like the version)', () => {
    const metadata = imageMetadata({ name, run: run({ ref: 'refs/heads/1.2', defaultBranch: '1.2' }), info: { version: '1.2.0' }, created });
    assert.deepEqual(
      metadata.tags,
      ['1.2', '1.2.0', '1', 'latest', 'sha-0123456'].map((tag) => `${name}:${tag}`),
    );
  });
});

describe('OCI labels', () => {
  const info: SpecInfo = {
    title: 'Pet  Store\nAPI',
    description: 'Manages pets.\nAll of them.\n\n## Details\nLong text.',
    version: '1.2.3',
    license: { name: 'MIT' },
  };

  it('come from the spec, the repository and the run', () => {
    assert.deepEqual(imageMetadata({ name, run: run({}), info, created }).labels, {
      'org.opencontainers.image.title': 'Pet Store API',
      'org.opencontainers.image.description': 'Manages pets. All of them.',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.source': 'https://github.com/org/api',
      'org.opencontainers.image.revision': sha,
      'org.opencontainers.image.created': '2026-11-21T05:00:00.000Z',
      'org.opencontainers.image.licenses': 'MIT',
    });
  });

  const licenses: [SpecInfo['license'], string | undefined][] = [
    [{ name: 'Apache 2.0', identifier: 'Apache-2.0' }, 'Apache-2.0'],
    [{ name: 'Apache-2.0' }, 'Apache-2.0'],
    [{ name: 'Apache 2.0' }, undefined],
    [{ name: 'Proprietary, see https://example.com' }, undefined],
    [undefined, undefined],
  ];
  for (const [license, expected] of licenses) {
    it(`licence ${JSON.stringify(license)} → ${expected ?? 'no label'}`, () => {
      assert.equal(imageMetadata({ name, run: run({}), info: { license }, created }).labels['org.opencontainers.image.licenses'], expected);
    });
  }

  it('unknown values are left out, not written empty', () => {
    const labels = imageMetadata({ name, run: run({ sha: undefined, repositoryUrl: undefined }), info: {}, created }).labels;
    assert.deepEqual(Object.keys(labels), ['org.opencontainers.image.created']);
  });

  it('a long description is cut at a word and marked', () => {
    const description = 'word '.repeat(200);
    const label = imageMetadata({ name, run: run({}), info: { description }, created }).labels['org.opencontainers.image.description']!;
    assert.ok(label.length <= 256, String(label.length));
    assert.match(label, /word…$/);
  });

  it('the version output is the spec version, else the first tag', () => {
    assert.equal(imageMetadata({ name, run: run({}), info: { version: '3.1.0' }, created }).version, '3.1.0');
    assert.equal(imageMetadata({ name, run: run({ ref: 'refs/heads/dev' }), info: {}, created }).version, 'dev');
  });

  it('is pure: the same input gives the same output', () => {
    const input = { name, run: run({}), info, created };
    assert.deepEqual(imageMetadata(input), imageMetadata(input));
  });
});

describe('helpers', () => {
  const tags: [string, string | undefined][] = [
    ['main', 'main'],
    ['feature/x', 'feature-x'],
    ['.hidden', 'hidden'],
    ['-x', 'x'],
    ['ü', undefined],
    ['a'.repeat(200), 'a'.repeat(128)],
    ['dependabot/npm_and_yarn/lodash-4.17.21', 'dependabot-npm_and_yarn-lodash-4.17.21'],
  ];
  for (const [input, expected] of tags) {
    it(`sanitizeTag(${JSON.stringify(input.slice(0, 30))})`, () => assert.equal(sanitizeTag(input), expected));
  }

  it('parseSemver follows semver.org', () => {
    assert.equal(parseSemver('1.2'), undefined);
    assert.equal(parseSemver('01.2.3'), undefined);
    assert.deepEqual(parseSemver('1.2.3-alpha.1'), { text: '1.2.3-alpha.1', major: 1, minor: 2, patch: 3, prerelease: 'alpha.1' });
    assert.equal(parseSemver('1.2.3+build')?.prerelease, undefined);
  });
});
