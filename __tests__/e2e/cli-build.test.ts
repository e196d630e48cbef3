/** The bundled CLI's build command against the real engine and the local registry (started by .ci/run). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBaseImage, requireDockerServices } from '../support/docker.ts';
import { repoRoot } from '../support/paths.ts';

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('fastapi-postman-deploy build', () => {
  let base: string;
  before(async () => {
    await requireDockerServices();
    base = await ensureBaseImage();
  });

  it('builds, pushes and prints the digest and tags, labelled from the spec', () => {
    const run = cli([
      'build',
      '__tests__/fixtures/container/greeting',
      '--image',
      '127.0.0.1:5000/fpd-cli-build',
      '--push',
      '--network',
      'host',
      '--spec',
      'example/openapi.yaml',
      '--build-arg',
      `BASE_IMAGE=${base}`,
      '--json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.match(out.digest, /^sha256:[0-9a-f]{64}$/);
    assert.equal(out.reference, `127.0.0.1:5000/fpd-cli-build@${out.digest}`);
    assert.ok(out.tags.some((t: string) => /:sha-[0-9a-f]{7}$/.test(t)));
    assert.equal(out.metadata.labels['org.opencontainers.image.title'], 'Bookshelf');
    assert.equal(out.metadata.labels['org.opencontainers.image.licenses'], 'MIT');
  });

  it('refuses a bad image reference before calling docker', () => {
    const run = cli(['build', '__tests__/fixtures/container/greeting', '--image', 'a;rm -rf /']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^error: --image "a;rm -rf \/" is not a valid image reference/);
  });
});
