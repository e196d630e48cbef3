/** Running oasdiff when it misbehaves: a hang, a missing executable, a base from a temporary folder. */
import assert from 'node:assert/strict';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { findOasdiff } from '../../src/stages/diff/oasdiff-binary.ts';
import { ExternalRefsInSpec, runOasdiff } from '../../src/stages/diff/oasdiff.ts';
import { UserError } from '../../src/errors.ts';
import { repoRoot, scratch as makeScratch } from '../support/paths.ts';

const fixture = (name: string, file: string) => path.join(repoRoot, '__tests__/fixtures/diff', name, file);

describe('running oasdiff', () => {
  const dirs: string[] = [];
  const scratch = (prefix: string) => {
    dirs.push(makeScratch(prefix));
    return dirs.at(-1)!;
  };
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('kills a run that takes too long and says how to fix it', async () => {
    const hang = path.join(scratch('fpd-oasdiff-hang-'), 'oasdiff');
    writeFileSync(hang, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(hang, 0o755);
    const started = Date.now();
    await assert.rejects(
      runOasdiff({ binary: hang, base: 'a.yaml', revision: 'b.yaml', options: { timeoutMs: 300 } }),
      (error: unknown) =>
        error instanceof UserError && /did not finish comparing the specs within 300 ms/.test(error.message) && /timeout/.test(error.hint ?? ''),
    );
    assert.ok(Date.now() - started < 5_000);
  });

  it('a binary that cannot start is a UserError', async () => {
    await assert.rejects(runOasdiff({ binary: '/nonexistent/oasdiff', base: 'a.yaml', revision: 'b.yaml', options: {} }), /could not run oasdiff/);
  });

  it('shows a base held in a temporary folder under its repository path, in sources and errors', async () => {
    const { path: binary } = await findOasdiff();
    const dir = path.dirname(fixture('path-removed', 'base.yaml'));
    const changes = await runOasdiff({
      binary,
      base: fixture('path-removed', 'base.yaml'),
      revision: fixture('path-removed', 'revision.yaml'),
      options: {},
      rewrite: [{ from: dir + path.sep, to: 'api/' }],
    });
    assert.equal(changes[0]?.baseSource?.file, 'api/base.yaml');
    await assert.rejects(
      runOasdiff({
        binary,
        base: path.join(dir, 'gone.yaml'),
        revision: fixture('path-removed', 'revision.yaml'),
        options: {},
        rewrite: [{ from: dir + path.sep, to: 'api/' }],
      }),
      (error: unknown) => error instanceof UserError && error.message.includes('"api/gone.yaml"') && !error.message.includes(dir),
    );
  });

  it('external refs off refuses a multi-file spec, saying which side to bundle', async () => {
    const dir = scratch('fpd-oasdiff-refs-');
    writeFileSync(path.join(dir, 'root.yaml'), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    $ref: './pets.yaml'\n");
    writeFileSync(path.join(dir, 'pets.yaml'), "get:\n  responses:\n    '200': {description: ok}\n");
    const { path: binary } = await findOasdiff();
    const root = path.join(dir, 'root.yaml');
    assert.deepEqual(await runOasdiff({ binary, base: root, revision: root, options: {} }), []);
    await assert.rejects(
      runOasdiff({ binary, base: root, revision: root, options: { externalRefs: false } }),
      (error: unknown) => error instanceof ExternalRefsInSpec && error.side === 'base' && error instanceof UserError,
    );
  });
});
