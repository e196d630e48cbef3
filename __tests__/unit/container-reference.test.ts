import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UserError } from '../../src/errors.ts';
import {
  defaultImageName,
  formatReference,
  loginServer,
  parseImageReference,
  registryEndpoint,
  repositoryName,
  type ImageReference,
} from '../../src/container/reference.ts';

const digest = `sha256:${'a'.repeat(64)}`;

describe('image references the grammar accepts', () => {
  const cases: [string, ImageReference][] = [
    ['api', { registry: undefined, path: 'api', tag: undefined, digest: undefined }],
    ['org/api', { registry: undefined, path: 'org/api', tag: undefined, digest: undefined }],
    ['ghcr.io/org/api', { registry: 'ghcr.io', path: 'org/api', tag: undefined, digest: undefined }],
    ['ghcr.io/org/team/api:1.2.3', { registry: 'ghcr.io', path: 'org/team/api', tag: '1.2.3', digest: undefined }],
    ['127.0.0.1:5000/api:pr-7', { registry: '127.0.0.1:5000', path: 'api', tag: 'pr-7', digest: undefined }],
    ['localhost/api', { registry: 'localhost', path: 'api', tag: undefined, digest: undefined }],
    ['localhost:5000/a/b', { registry: 'localhost:5000', path: 'a/b', tag: undefined, digest: undefined }],
    ['[::1]:5000/api', { registry: '[::1]:5000', path: 'api', tag: undefined, digest: undefined }],
    ['Registry.Example.COM/api', { registry: 'Registry.Example.COM', path: 'api', tag: undefined, digest: undefined }],
    ['my-registry.example:443/my_org/api__v2/x.y-z', { registry: 'my-registry.example:443', path: 'my_org/api__v2/x.y-z', tag: undefined, digest: undefined }],
    ['a---b/c', { registry: undefined, path: 'a---b/c', tag: undefined, digest: undefined }],
    ['org/api:Feature_Branch.1-x', { registry: undefined, path: 'org/api', tag: 'Feature_Branch.1-x', digest: undefined }],
    [`org/api@${digest}`, { registry: undefined, path: 'org/api', tag: undefined, digest }],
    [`ghcr.io/org/api:1.0@${digest}`, { registry: 'ghcr.io', path: 'org/api', tag: '1.0', digest }],
    [`org/api:${'t'.repeat(128)}`, { registry: undefined, path: 'org/api', tag: 't'.repeat(128), digest: undefined }],
  ];
  for (const [input, expected] of cases) {
    it(input.length > 60 ? `${input.slice(0, 60)}…` : input, () => {
      const parsed = parseImageReference(input, '--image');
      assert.deepEqual(parsed, expected);
      assert.equal(formatReference(parsed), input);
    });
  }
});

describe('image references the grammar refuses', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['--help', /path/],
    ['-v', /path/],
    ['a;rm -rf /', /spaces/],
    ['a;rm', /path/],
    ['$(reboot)', /path/],
    ['`id`', /path/],
    ['org/api|cat', /path/],
    ['org/api&', /path/],
    ['org/API', /lowercase/],
    ['Org/api', /lowercase/],
    ['org/a..b', /path/],
    ['../api', /registry/],
    ['org/../api', /path/],
    ['org//api', /path/],
    ['org/api/', /path/],
    ['/org/api', /path/],
    ['org/-api', /path/],
    ['org/api-', /path/],
    ['org/a___b', /path/],
    ['org/api:', /tag/],
    ['org/api:-x', /tag/],
    ['org/api:.x', /tag/],
    ['org/api:a/b', /path/],
    [`org/api:${'t'.repeat(129)}`, /tag/],
    ['org/api@sha256:abc', /digest/],
    [`org/api@sha256:${'a'.repeat(63)}`, /digest|64/],
    [`org/api@sha256:${'a'.repeat(65)}`, /64/],
    [`org/api@md5:${'g'.repeat(32)}`, /digest/],
    [' org/api', /spaces/],
    ['org/api ', /spaces/],
    ['org/api\n', /spaces/],
    ['org/api\u0000', /spaces/],
    ['org/äpi', /spaces|non-ASCII/],
    ['ghcr.io:port/api', /registry/],
    ['-ghcr.io/api', /registry/],
    ['ghcr..io/api', /registry/],
    ['ghcr.io/', /empty/],
    [`${'a'.repeat(256)}`, /255/],
  ];
  for (const [input, why] of cases) {
    it(JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input), () => {
      assert.throws(
        () => parseImageReference(input, '--image'),
        (error: unknown) => {
          assert.ok(error instanceof UserError, `not a UserError: ${String(error)}`);
          assert.match(error.message, /^--image /, 'names the input');
          assert.match(error.message, why);
          assert.match(error.hint ?? '', /image reference such as ghcr\.io\/org\/api/, 'says what it accepts');
          return true;
        },
      );
    });
  }
});

describe('what a reference means to the registry', () => {
  it('Docker Hub names map to its API host and library/ namespace', () => {
    assert.deepEqual(registryEndpoint(parseImageReference('nginx', 'x')), { host: 'registry-1.docker.io', repository: 'library/nginx' });
    assert.deepEqual(registryEndpoint(parseImageReference('docker.io/org/api', 'x')), { host: 'registry-1.docker.io', repository: 'org/api' });
    assert.equal(loginServer(parseImageReference('org/api', 'x')), 'docker.io');
  });

  it('other registries are their own API host', () => {
    const reference = parseImageReference('127.0.0.1:5000/team/api:1', 'x');
    assert.deepEqual(registryEndpoint(reference), { host: '127.0.0.1:5000', repository: 'team/api' });
    assert.equal(loginServer(reference), '127.0.0.1:5000');
    assert.equal(repositoryName(reference), '127.0.0.1:5000/team/api');
  });
});

describe('the default image name', () => {
  it('is the repository on GHCR, lowercased to pass the grammar', () => {
    const name = defaultImageName('My-Org', 'Pet.Store_API');
    assert.equal(name, 'ghcr.io/my-org/pet.store_api');
    assert.doesNotThrow(() => parseImageReference(name, 'x'));
  });
});
