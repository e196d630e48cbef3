/**
 * How faithful the generated server is to its contract, judged by oasdiff on the OpenAPI document
 * FastAPI itself computes from the generated routes (`app.openapi()`, not the source file): breaking
 * differences with the source as base (a client of the spec may break) and the reverse. Prints the
 * per-spec table; fails when a spec gets worse than its recorded baseline, or when an operation of
 * the spec is not mounted. (DigitalOcean's multi-file description is left out: oasdiff cannot load
 * its root as it stands; the serve test covers its 659 operations.)
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { findOasdiff } from '../../src/stages/diff/oasdiff-binary.ts';
import { runOasdiff } from '../../src/stages/diff/oasdiff.ts';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { HTTP_METHODS } from '../../src/openapi/model/model.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);
const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs');
const GITHUB = join(import.meta.dirname, '..', '..', 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const BASELINE = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'fastapi', 'fidelity-baseline.json'), 'utf8')) as Record<
  string,
  { breaking: number; reverse: number }
>;

const CASES: Array<[string, string]> = [
  ...[
    'oai-petstore.yaml',
    'oai-petstore-expanded.yaml',
    'oai-link-example.yaml',
    'oai-api-with-examples.yaml',
    'oai-callback-example.yaml',
    'oai-uspto.yaml',
    'twilio_messaging_v1.yaml',
    'twilio_verify_v2.yaml',
    'twilio_pricing_v2.yaml',
    'openai-2024-12-18.yaml',
    'openai-2026-08-21.yaml',
  ].map((name): [string, string] => [name, join(SPECS, name)]),
  ['api.github.com.json', GITHUB],
];

describe('fidelity of the generated servers (oasdiff on app.openapi())', () => {
  const rows: string[] = [];
  after(() => {
    console.log(['# spec | operations | routes mounted | breaking (source → served) | breaking (served → source)', ...rows.map((r) => `# ${r}`)].join('\n'));
  });

  for (const [name, file] of CASES) {
    it(name, { timeout: 600_000 }, async () => {
      const { python } = await ensureVenv();
      const oasdiff = await findOasdiff();
      const dir = await mkdtemp(join(tmpdir(), 'fastapi-fidelity-'));
      try {
        const spec = await loadSpec(file);
        const api = buildApiModel(spec);
        const project = join(dir, 'server');
        await writeFastapiProject(planFastapiProject(spec), project);
        const served = join(dir, 'served-openapi.json');
        const dump = `import json, sys\nfrom app.main import app\njson.dump(app.openapi(), open(sys.argv[1], "w"))\n`;
        await run(python, ['-W', 'ignore', '-c', dump, served], { cwd: project, timeout: 300_000 });
        const document = JSON.parse(readFileSync(served, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
        const mounted = new Set(
          Object.values(document.paths).flatMap((item) =>
            Object.entries(item)
              .filter(([m]) => (HTTP_METHODS as readonly string[]).includes(m))
              .map(([, o]) => o.operationId),
          ),
        );
        const breaking = async (base: string, revision: string) =>
          (await runOasdiff({ binary: oasdiff.path, base, revision, options: { timeoutMs: 300_000 } })).filter((c) => c.level === 'ERR').length;
        const forward = await breaking(file, served);
        const reverse = await breaking(served, file);
        rows.push(`${name} | ${api.operations.length} | ${mounted.size} | ${forward} | ${reverse}`);
        assert.deepEqual(
          api.operations.filter((op) => !mounted.has(op.id)).map((op) => op.id),
          [],
          'every operation is mounted',
        );
        const baseline = BASELINE[name];
        assert.ok(baseline, `no baseline recorded for ${name}: ${forward} / ${reverse}`);
        assert.ok(forward <= baseline.breaking, `breaking differences rose from ${baseline.breaking} to ${forward}`);
        assert.ok(reverse <= baseline.reverse, `reverse breaking differences rose from ${baseline.reverse} to ${reverse}`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
