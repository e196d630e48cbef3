/**
 * A spec written to attack the report: names with `|`, a forged comment marker, mentions, workflow
 * commands, backticks and HTML, through the real oasdiff and every renderer.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderJson, renderMarkdown, renderText } from '../../src/stages/diff/changelog.ts';
import { defaultDiffOptions } from '../../src/config.ts';
import { diffSpec } from '../../src/stages/diff/diff.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const dir = path.join(repoRoot, '__tests__/fixtures/diff/hostile-text');

async function report() {
  const revision = await loadSpec(path.join(dir, 'revision.yaml'), { displayBase: dir });
  return diffSpec({ base: { kind: 'file', file: path.join(dir, 'base.yaml') }, revision, options: { ...defaultDiffOptions, failOn: 'INFO' }, workspace: dir });
}

describe('hostile spec text', () => {
  it('oasdiff passes the hostile names through (the fixture really attacks)', async () => {
    const texts = (await report()).verdict.changes.map(({ change }) => `${change.path} ${change.text}`).join('\n');
    for (const needle of ['<!-- fastapi-postman-deploy:diff -->', '@octocat', '::error::', '</table>', '<script>', '|', '`x`', '#123']) {
      assert.ok(texts.includes(needle), needle);
    }
  });

  it('the Markdown comment stays inert: no marker, mention, command, HTML, or broken table', async () => {
    const markdown = renderMarkdown(await report());
    // Entities are what the escaping writes; look at what is around them.
    const bare = markdown.replace(/&#?[A-Za-z0-9]+;/g, '\u0000');
    assert.doesNotMatch(bare, /<!--/);
    assert.doesNotMatch(bare, /@[A-Za-z]/);
    assert.doesNotMatch(bare, /::/);
    assert.doesNotMatch(bare, /#\d/);
    assert.doesNotMatch(bare, /<(?!\/?(code|br|details|summary|pre|pre lang="yaml")>)/, 'only our own tags');
    assert.doesNotMatch(bare, /`/);
    // Every table row, header or body, has the same number of cell separators as its header.
    const tables = markdown.split('\n\n').filter((block) => block.startsWith('| '));
    for (const table of tables) {
      const counts = table
        .split('\n')
        .filter(Boolean)
        .map((row) => row.split('|').length);
      assert.ok(
        counts.every((n) => n === counts[0]),
        table,
      );
    }
  });

  it('the text format keeps every line ours: nothing from the spec starts a line', async () => {
    const text = renderText(await report());
    for (const line of text.trimEnd().split('\n')) assert.match(line, /^(API diff of |Changes: |ERR |WARN |INFO |To make a failing change on purpose: )/, line);
    assert.doesNotMatch(text, /\r|\u001b/);
  });

  it('the JSON report keeps the exact text (JSON escaping is enough there)', async () => {
    const json = JSON.parse(renderJson(await report())) as { changes: { text: string }[] };
    assert.ok(json.changes.some((c) => c.text.includes('<img src=x onerror=alert(1)>')));
  });
});

describe('oasdiff never resolves a ref itself', () => {
  const header = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n';
  const spec = (ref: string) =>
    `${header}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '${ref}'}\n`;

  it('a multi-file revision is compared as one bundled document', async () => {
    const dir = scratch('fpd-diff-bundle-');
    writeFileSync(
      path.join(dir, 'base.yaml'),
      spec('#/components/schemas/X').replace('paths:', 'components: {schemas: {X: {type: object, properties: {id: {type: string}}}}}\npaths:'),
    );
    writeFileSync(path.join(dir, 'revision.yaml'), spec('x.yaml'));
    writeFileSync(path.join(dir, 'x.yaml'), 'type: object\nproperties:\n  id: {type: integer}\n');
    const revision = await loadSpec(path.join(dir, 'revision.yaml'), { displayBase: dir });
    const result = await diffSpec({
      base: { kind: 'file', file: path.join(dir, 'base.yaml') },
      revision,
      options: { ...defaultDiffOptions, acceptedBreaksFile: undefined },
      workspace: dir,
    });
    assert.ok(
      result.verdict.changes.some((c) => c.change.id === 'response-property-type-changed'),
      JSON.stringify(result.verdict.changes.map((c) => c.change.id)),
    );
  });

  it('a base whose ref leaves its folder is refused before oasdiff runs', async () => {
    const outside = scratch('fpd-outside-');
    writeFileSync(path.join(outside, 'secret.yaml'), 'type: string\ndescription: TOP-SECRET-CANARY\n');
    const dir = scratch('fpd-diff-refuse-');
    writeFileSync(path.join(dir, 'base.yaml'), spec(`../${path.basename(outside)}/secret.yaml`));
    writeFileSync(path.join(dir, 'revision.yaml'), spec('#/components/schemas/X').replace('paths:', 'components: {schemas: {X: {type: string}}}\npaths:'));
    const revision = await loadSpec(path.join(dir, 'revision.yaml'), { displayBase: dir });
    await assert.rejects(
      diffSpec({ base: { kind: 'file', file: path.join(dir, 'base.yaml') }, revision, options: defaultDiffOptions, workspace: dir }),
      (error: Error) =>
        error.name === 'UserError' &&
        /^the base spec cannot be compared: \$ref .* points outside the spec's folder/.test(error.message) &&
        !error.message.includes('TOP-SECRET'),
    );
  });
});
