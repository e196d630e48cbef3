/**
 * Real histories: OpenAI's spec 20 months apart (~960 breaking entries) and two releases of GitHub's
 * REST description. The comment must stay under GitHub's limit and say what it left out.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderMarkdown, toJson, type DiffReport } from '../../src/stages/diff/changelog.ts';
import { COMMENT_LIMIT } from '../../src/github/sticky-comment.ts';
import { defaultDiffOptions } from '../../src/config.ts';
import { diffSpec } from '../../src/stages/diff/diff.ts';
import { isBreaking } from '../../src/stages/diff/gate.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { githubDescription, repoRoot, specsDir } from '../support/paths.ts';

async function diffFiles(base: string, revisionFile: string): Promise<{ report: DiffReport; ms: number }> {
  const revision = await loadSpec(revisionFile, { displayBase: path.dirname(revisionFile) });
  const started = performance.now();
  const report = await diffSpec({
    base: { kind: 'file', file: base },
    revision,
    options: { ...defaultDiffOptions, acceptedBreaksFile: undefined },
    workspace: path.dirname(revisionFile),
  });
  return { report, ms: performance.now() - started };
}

const breakingCount = (report: DiffReport) => report.verdict.changes.filter((c) => isBreaking(c.change)).length;

describe('real spec histories', () => {
  it('OpenAI 2024-12-18 → 2026-08-21: ~910 breaking entries, a comment under 65,536 characters that names the cut', async (t) => {
    const { report, ms } = await diffFiles(path.join(specsDir, 'openai-2024-12-18.yaml'), path.join(specsDir, 'openai-2026-08-21.yaml'));
    t.diagnostic(`diff stage ${Math.round(ms)} ms`);
    assert.deepEqual(report.verdict.counts, { ERR: 853, WARN: 57, INFO: 1362 });
    assert.equal(breakingCount(report), 910);
    assert.equal(report.verdict.passed, false);

    const comment = renderMarkdown(report, { fullReport: '[the job summary](https://example.test/run/1)' });
    t.diagnostic(`comment ${comment.length} characters`);
    assert.ok(comment.length < COMMENT_LIMIT, `${comment.length} characters`);
    const cut =
      /Cut to fit GitHub's comment size: (\d+) breaking changes \(of (\d+) endpoints\) and 1362 other changes are not shown here\. Every change is in \[the job summary\]\(https:\/\/example\.test\/run\/1\)\./.exec(
        comment,
      );
    assert.ok(cut, 'the note says what was cut and where the rest is');
    const shownRows = [...comment.matchAll(/ ×(\d+) \||\| <code>[a-z-]+<\/code> \|/g)].reduce((n, m) => n + Number(m[1] ?? 1), 0);
    assert.equal(shownRows + Number(cut[1]), 910, 'shown plus cut is every breaking change');

    // The job summary has room for everything (1 MiB): no cut there.
    const summary = renderMarkdown(report, { maxLength: 1024 * 1024 });
    assert.doesNotMatch(summary, /Cut to fit/);
    assert.match(summary, /<details><summary>Other changes \(1362\)<\/summary>/);

    // Every change is placed in the revision, including removals.
    const json = toJson(report) as { changes: { source?: { line: number } }[] };
    assert.equal(json.changes.filter((c) => !c.source || c.source.line < 1).length, 0);
  });

  it('GitHub REST description, @octokit/openapi 22.0.0 → current: every change, comment under the limit', async (t) => {
    const previous = path.join(repoRoot, 'node_modules/octokit-openapi-prev/generated/api.github.com.json');
    const { report, ms } = await diffFiles(previous, githubDescription);
    t.diagnostic(`diff stage ${Math.round(ms)} ms, ${report.verdict.changes.length} changes`);
    assert.ok(breakingCount(report) > 100, `${breakingCount(report)} breaking`);
    const comment = renderMarkdown(report);
    assert.ok(comment.length < COMMENT_LIMIT, `${comment.length} characters`);
    const json = toJson(report) as { changes: { source?: { file: string } }[] };
    assert.equal(json.changes.filter((c) => c.source?.file !== 'api.github.com.json').length, 0);
  });
});
