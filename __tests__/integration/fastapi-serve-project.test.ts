/**
 * serveProject as the CLI's `serve` uses it: a fresh project gets its own venv with the packages its
 * pyproject.toml names (a real pip install), then answers over HTTP; the second start reuses it.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { serveProject } from '../../src/stages/fastapi/serve.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { freePort } from '../fixtures/fastapi/uvicorn.ts';

const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs');

describe('serveProject', () => {
  it('installs a generated project into its own venv, serves it, and reuses the venv', { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fastapi-project-'));
    try {
      await writeFastapiProject(planFastapiProject(await loadSpec(join(SPECS, 'oai-petstore.yaml'))), dir);
      const first = await serveProject({ dir, port: await freePort() });
      try {
        const pets = (await (await fetch(`${first.url}/pets`)).json()) as unknown[];
        assert.equal(pets.length, 1);
        assert.equal((await fetch(`${first.url}/openapi.json`)).status, 200);
      } finally {
        await first.stop();
      }
      assert.ok(existsSync(join(dir, '.venv')), 'the venv lives in the project');
      const started = Date.now();
      const second = await serveProject({ dir, port: await freePort() });
      await second.stop();
      assert.ok(Date.now() - started < 10_000, 'the second start installs nothing');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
