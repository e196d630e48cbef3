/**
 * One spec's bug stays that spec's: a stage that throws something other than a user error, for one
 * spec of a glob, is recorded as that stage's outcome for that spec ("internal error … please report
 * it"), and every other spec and stage keeps its report: validation, collection, project, and the
 * other spec's contract tests.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseConfig } from '../../src/config.ts';
import { InternalError } from '../../src/errors.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { buildApiModel } from '../../src/openapi/model/build.ts';
import { entriesOf, runPipeline } from '../../src/pipeline.ts';
import { runMarkdown } from '../../src/report/surfaces.ts';
import { collectionStage } from '../../src/stages/collection/report.ts';
import { contractStage } from '../../src/stages/contract/report.ts';
import { fastapiStage } from '../../src/stages/fastapi/report.ts';
import type { StageDefinition } from '../../src/stages/stage.ts';
import { validateStage } from '../../src/stages/validate/report.ts';
import { startContractServer, type Running } from '../support/contract-server.ts';
import { repoRoot, scratchFolders } from '../support/paths.ts';

const scratch = scratchFolders();

describe('a bug met for one spec', () => {
  const servers: Running[] = [];
  after(async () => {
    for (const server of servers) await server.close();
  });

  it('is that spec’s stage outcome; the other spec keeps every result', async () => {
    const workspace = scratch('fpd-isolation-');
    const example = readFileSync(path.join(repoRoot, 'example/openapi.yaml'), 'utf8');
    for (const name of ['books', 'shelves']) {
      mkdirSync(path.join(workspace, 'apis', name), { recursive: true });
      writeFileSync(path.join(workspace, 'apis', name, 'openapi.yaml'), example.replace('title: Bookshelf', `title: ${name}`));
    }
    const config = parseConfig({ spec: 'apis/*/openapi.yaml', stages: 'validate,collection,fastapi,contract' }, { name: (k) => k, workspace });
    const report = await runPipeline(config, {
      labels: [],
      serveLocally: async (_dir, info) => {
        if (info.title === 'books') throw new TypeError('boom: a bug of ours');
        const server = await startContractServer(buildApiModel(await loadSpec(path.join(repoRoot, 'example/openapi.yaml'))));
        servers.push(server);
        return { url: server.url, stop: async () => {} };
      },
    });

    assert.equal(report.ok, false);
    for (const stage of [validateStage, collectionStage, fastapiStage] as StageDefinition<unknown>[])
      assert.deepEqual(
        entriesOf(report, stage).map((e) => [e.spec, e.outcome.status]),
        [
          ['apis/books/openapi.yaml', 'ok'],
          ['apis/shelves/openapi.yaml', 'ok'],
        ],
        stage.name,
      );
    const contracts = entriesOf(report, contractStage);
    const books = contracts.find((e) => e.spec === 'apis/books/openapi.yaml')!.outcome;
    assert.equal(books.status, 'error');
    assert.ok(books.status === 'error' && books.error instanceof InternalError);
    assert.match(books.error.message, /^internal error in Contract tests for apis\/books\/openapi\.yaml \(please report it\): boom: a bug of ours$/);
    const shelves = contracts.find((e) => e.spec === 'apis/shelves/openapi.yaml')!.outcome;
    assert.equal(shelves.status, 'ok');
    assert.ok(shelves.status === 'ok' && shelves.data.report.passed > 0);
    // Both specs are in the summary.
    const markdown = runMarkdown(report);
    assert.match(markdown, /apis\/books\/openapi\.yaml/);
    assert.match(markdown, /internal error in Contract tests/);
  });
});
