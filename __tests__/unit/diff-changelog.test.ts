import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  breakingAnnotations,
  diffOutputs,
  renderIndex,
  renderMarkdown,
  renderReport,
  renderSummary,
  renderText,
  type DiffReport,
} from '../../src/stages/diff/changelog.ts';
import { COMMENT_LIMIT } from '../../src/github/sticky-comment.ts';
import { judge, parseAcceptedBreaks, REASON_PLACEHOLDER, type AcceptedBreaks } from '../../src/stages/diff/gate.ts';
import { UserError } from '../../src/errors.ts';
import { OASDIFF_VERSION } from '../../src/stages/diff/oasdiff-binary.ts';
import type { LocatedChange } from '../../src/stages/diff/locate.ts';
import type { FailOn, Level } from '../../src/config.ts';

let serial = 0;
function change(level: Level, id: string, path: string, text = `${id} on ${path}`, operation = 'GET'): LocatedChange {
  const fingerprint = (++serial).toString(16).padStart(12, '0');
  return { id, level, text, operation, path, section: 'paths', fingerprint, location: { file: 'openapi.yaml', line: serial, column: 5, pointer: '' } };
}

function report(changes: LocatedChange[], extra: { failOn?: FailOn; accepted?: AcceptedBreaks; labels?: string[] } = {}): DiffReport {
  return {
    spec: 'api/openapi.yaml',
    base: { kind: 'found', path: 'api/openapi.yaml', commit: '0123456789abcdef0123456789abcdef01234567' },
    verdict: judge({
      changes,
      failOn: extra.failOn ?? 'ERR',
      accepted: extra.accepted,
      acceptLabel: 'breaking-change-accepted',
      labels: extra.labels,
      today: '2026-11-21',
    }),
  };
}

describe('the Markdown comment', () => {
  it('shows the verdict, the counts by level, breaking changes by endpoint, other changes folded', () => {
    const md = renderMarkdown(
      report([
        change('ERR', 'request-parameter-became-required', '/pets'),
        change('WARN', 'response-optional-property-removed', '/owners'),
        change('INFO', 'endpoint-added', '/toys', 'endpoint added', 'POST'),
      ]),
    );
    assert.match(
      md,
      /^### ❌ API changes in <code>api\/openapi\.yaml<\/code>: gate failed\n\nFailed: 1 change at ERR or above not accepted\. Compared with <code>api\/openapi\.yaml<\/code> at <code>0123456<\/code> by oasdiff \d+\.\d+\.\d+\./,
    );
    assert.match(md, /\| 🔴 ERR \| 1 \| 1 \| 0 \|\n\| 🟠 WARN \| 1 \| 0 \| 0 \|\n\| 🔵 INFO \| 1 \| 0 \| 0 \|/);
    assert.match(md, /#### Breaking changes \(2\)/);
    // The failing endpoint comes first.
    assert.ok(md.indexOf('<code>GET /pets</code>') < md.indexOf('<code>GET /owners</code>'));
    assert.match(md, /\| 🔴 ERR \| <code>request-parameter-became-required<\/code> \| request-parameter-became-required on \/pets \| openapi\.yaml:\d+ \|/);
    assert.match(
      md,
      /<details><summary>Other changes \(1\)<\/summary>\n\n- <code>POST \/toys<\/code>\n {2}- INFO <code>endpoint-added<\/code>: endpoint added\n\n<\/details>/,
    );
    assert.doesNotMatch(md, /Cut to fit/);
  });

  it('groups repeats of one rule in one row with a count', () => {
    const many = Array.from({ length: 7 }, (_, i) => change('ERR', 'response-property-type-changed', '/pets', `property \`p${i}\` changed`));
    const md = renderMarkdown(report(many));
    assert.match(
      md,
      /<code>response-property-type-changed<\/code> ×7 \| property <code>p0<\/code> changed<br>property <code>p1<\/code> changed<br>property <code>p2<\/code> changed<br>… and 4 more \|/,
    );
  });

  it('says which breaks were accepted, by what and why, and which acceptances expired', () => {
    const [a, b, c] = [
      change('ERR', 'api-path-removed-without-deprecation', '/a'),
      change('ERR', 'api-path-removed-without-deprecation', '/b'),
      change('WARN', 'x', '/c'),
    ];
    const accepted: AcceptedBreaks = {
      file: '.github/accepted-breaking-changes.yaml',
      entries: [
        { fingerprint: a!.fingerprint, reason: 'announced to @clients in #42', expires: '2026-12-31' },
        { fingerprint: b!.fingerprint, reason: 'temporary', expires: '2026-11-01' },
        { fingerprint: 'ffffffffffff', reason: 'old' },
      ],
    };
    const md = renderMarkdown(report([a!, b!, c!], { accepted }));
    assert.match(md, /gate failed/);
    assert.match(
      md,
      /\*\*Accepted breaking changes \(1\)\*\*\n\n- <code>[0-9a-f]{12}<\/code> by <code>\.github\/accepted-breaking-changes\.yaml<\/code>, until 2026-12-31: announced to @&#8203;clients in #&#8203;42/,
    );
    assert.match(md, /> \[!WARNING\]\n> The acceptance of <code>[0-9a-f]{12}<\/code> expired on 2026-11-01 and no longer accepts its change \(temporary\)\./);
    assert.match(md, /matching no change \(safe to remove\): <code>ffffffffffff<\/code>/);
    assert.match(md, /🔴 ERR \(accepted\)/);

    const byLabel = renderMarkdown(report([b!], { labels: ['breaking-change-accepted'] }));
    assert.match(byLabel, /gate passed/);
    assert.match(byLabel, /- by the PR label <code>breaking-change-accepted<\/code>/);
  });

  it('a new API (no base) is reported, not failed', () => {
    const md = renderMarkdown({
      spec: 'api/openapi.yaml',
      base: { kind: 'none', reason: 'api/openapi.yaml did not exist at 0123456' },
      verdict: judge({ changes: [], failOn: 'ERR', today: '2026-11-21' }),
    });
    assert.equal(
      md,
      '### 🆕 New API: <code>api/openapi.yaml</code>\n\nPassed: no changes at ERR or above. No base to compare with: api/openapi.yaml did not exist at 0123456.\n',
    );
  });

  it('cuts whole endpoints to fit the budget and says how many changes are not shown, and where', () => {
    const changes = Array.from({ length: 400 }, (_, i) => change('ERR', `rule-${i % 7}`, `/resource/${i}`, 'x'.repeat(300)));
    changes.push(...Array.from({ length: 50 }, (_, i) => change('INFO', 'endpoint-added', `/new/${i}`)));
    const md = renderMarkdown(report(changes), { maxLength: 20_000, fullReport: 'the `api-diff` artifact' });
    assert.ok(md.length <= 20_000, String(md.length));
    const shown = (md.match(/^\*\*<code>GET \/resource\//gm) ?? []).length;
    assert.ok(shown > 10 && shown < 400, String(shown));
    assert.ok(
      md.endsWith(
        `> [!NOTE]\n> Cut to fit GitHub's comment size: ${400 - shown} breaking changes (of ${400 - shown} endpoints) and 50 other changes are not shown here. Every change is in the \`api-diff\` artifact.`,
      ),
    );
  });

  it('an endpoint too big for the budget shows the rows that fit, and the note counts the rest', () => {
    const changes = Array.from({ length: 200 }, (_, i) => change('ERR', `rule-${i}`, '/huge', 'z'.repeat(300)));
    const md = renderMarkdown(report(changes), { maxLength: 20_000 });
    const rows = (md.match(/^\| 🔴 ERR \| <code>rule-/gm) ?? []).length;
    assert.ok(rows > 10 && rows < 200, String(rows));
    assert.match(md, new RegExp(`Cut to fit GitHub's comment size: ${200 - rows} breaking changes \\(of 1 endpoint\\) are not shown here`));
  });

  it('fits the default budget under GitHub’s limit even with very long messages', () => {
    const changes = Array.from({ length: 2000 }, (_, i) => change(i % 2 ? 'ERR' : 'INFO', 'r', `/p/${i}`, '<'.repeat(5000)));
    assert.ok(renderMarkdown(report(changes)).length < COMMENT_LIMIT);
  });

  it('links a location when the caller gives a link, with no way to end the link early', () => {
    const md = renderMarkdown(report([change('ERR', 'r', '/p')]), { sourceLink: (l) => `https://github.com/o/r/blob/abc/${l.file} (x)#L${l.line}` });
    assert.match(md, /\[openapi\.yaml:\d+\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/openapi\.yaml%20%28x%29#L\d+\)/);
  });
});

describe('the text format', () => {
  it('one header, the counts with the oasdiff release, one line per change, then how to accept one', () => {
    const text = renderText(report([change('ERR', 'r', '/p', 'multi\nline\r\n::error::x')]));
    const lines = text.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[0], 'API diff of api/openapi.yaml against api/openapi.yaml@0123456: Failed: 1 change at ERR or above not accepted.');
    assert.equal(lines[1], `Changes: ERR 1, WARN 0, INFO 0 (oasdiff ${OASDIFF_VERSION})`);
    assert.match(
      lines[3]!,
      /fingerprint, with the reason no client breaks, to \.github\/accepted-breaking-changes\.yaml; or label the pull request breaking-change-accepted\.$/,
    );
    assert.match(lines[2]!, /^ERR  GET \/p: r: multi line ::error::x \(openapi\.yaml:\d+:5\) fingerprint [0-9a-f]{12} \[failing\]$/);
  });
});

describe('outputs and annotations', () => {
  const changes = () => [change('ERR', 'a', '/a'), change('WARN', 'b', '/b', 'removed `x`\nnow'), change('INFO', 'c', '/c')];

  it('the action outputs: breaking, breaking-count, counts by level, the changelog', () => {
    assert.deepEqual(diffOutputs(report(changes()), 'body'), {
      breaking: 'true',
      'breaking-count': '2',
      changes: '{"ERR":1,"WARN":1,"INFO":1}',
      changelog: 'body',
    });
    assert.equal(diffOutputs(report([change('INFO', 'c', '/c')]), '').breaking, 'false');
  });

  it('every breaking change is an annotation at its line; failing ones are failures', () => {
    const annotations = breakingAnnotations(report(changes()));
    assert.equal(annotations.length, 2);
    assert.deepEqual(annotations[0], {
      path: 'openapi.yaml',
      line: annotations[0]!.line,
      column: 5,
      level: 'failure',
      title: 'ERR a',
      message: `a on /a [fingerprint ${annotations[0]!.message.slice(-13, -1)}]`,
    });
    assert.equal(annotations[1]!.level, 'warning');
    assert.equal(annotations[1]!.title, 'WARN b (below fail-on)');
    assert.doesNotMatch(annotations[1]!.message, /\n/);
  });

  it('renderReport prints each format; markdown is the comment body', () => {
    const r = report(changes());
    assert.equal(renderReport(r, 'markdown'), renderMarkdown(r) + '\n');
    assert.ok(JSON.parse(renderReport(r, 'json')));
    assert.match(renderReport(r, 'text'), /^API diff of /);
  });
});

describe('the job summary for several specs', () => {
  it('one section per changed spec, the unchanged ones listed, within the budget', () => {
    const big = Array.from({ length: 300 }, (_, i) => change('ERR', 'r', `/p/${i}`, 'y'.repeat(200)));
    const changed = { ...report(big), spec: 'a.yaml' };
    const fresh: DiffReport = { spec: 'new.yaml', base: { kind: 'none', reason: 'new' }, verdict: judge({ changes: [], failOn: 'ERR', today: '2026-11-21' }) };
    const same = { ...report([]), spec: 'same.yaml' };
    const md = renderSummary([changed, same, fresh], { maxLength: 30_000 });
    assert.ok(md.length <= 30_000, String(md.length));
    assert.match(md, /API changes in <code>a\.yaml<\/code>/);
    assert.match(md, /New API: <code>new\.yaml<\/code>/);
    assert.match(md, /\*\*Unchanged \(1\):\*\* <code>same\.yaml<\/code>/);
    assert.doesNotMatch(md, /API changes in <code>same\.yaml/);
  });
});

describe('how to proceed, in the comment', () => {
  const yamlBlock = (md: string) => /<pre lang="yaml">\n([\s\S]*?)<\/pre>/.exec(md)?.[1];

  it('offers an entry per failing change, which the gate refuses until its reason is written, and names the accept label', () => {
    const failing = [
      change('ERR', 'api-path-removed-without-deprecation', '/owners'),
      change('ERR', 'request-parameter-became-required', '/pets/{id}`\n```\n@team <b>'),
    ];
    const passing = change('WARN', 'request-parameter-removed', '/toys');
    const md = renderMarkdown(report([...failing, passing]));
    assert.match(md, /#### How to proceed/);
    assert.match(md, /add the label <code>breaking-change-accepted<\/code>.*types: \[opened, synchronize, reopened, labeled, unlabeled\]/);
    const yaml = yamlBlock(md);
    assert.ok(yaml, 'a YAML block');
    // Spec text in the comments cannot close the block or reach the YAML.
    assert.equal((md.match(/<\/?pre/g) ?? []).length, 2);
    assert.doesNotMatch(md, /`/);
    for (const c of failing) assert.ok(yaml.includes(`fingerprint: ${c.fingerprint}`), c.fingerprint);
    assert.ok(!yaml.includes(passing.fingerprint), 'changes that pass the gate need no entry');

    assert.throws(
      () => parseAcceptedBreaks(yaml, '.github/accepted-breaking-changes.yaml'),
      (e: unknown) => e instanceof UserError && /placeholder/.test(e.message) && e.place?.line === 3,
    );
    const written = parseAcceptedBreaks(
      yaml.replaceAll(`'${REASON_PLACEHOLDER}'`, 'the v1 clients never call these'),
      '.github/accepted-breaking-changes.yaml',
    );
    const accepted = report([...failing, passing], { accepted: written });
    assert.equal(accepted.verdict.passed, true);
    assert.doesNotMatch(renderMarkdown(accepted), /How to proceed/);
  });

  it('keeps every fingerprint within the comment budget when the breaks are few, and says where the rest are when they are many', () => {
    const many = Array.from({ length: 2000 }, (_, i) => change('ERR', 'response-property-type-changed', `/things/${i}`));
    const md = renderMarkdown(report(many));
    assert.ok(md.length < COMMENT_LIMIT, `${md.length} characters`);
    assert.match(md, /\d+ more entries did not fit here; every change's fingerprint is in the job summary/);
  });
});

describe('one comment for several specs', () => {
  it('indexes every spec with its verdict and counts, shows the failing ones in full and folds the rest, under the limit', () => {
    const failing = { ...report([change('ERR', 'api-path-removed-without-deprecation', '/owners')]), spec: 'apis/owners/openapi.yaml' };
    const passing = { ...report([change('INFO', 'endpoint-added', '/toys', 'endpoint added', 'POST')]), spec: 'apis/toys/openapi.yaml' };
    const quiet = { ...report([]), spec: 'apis/quiet/openapi.yaml' };
    const md = renderIndex([passing, failing, quiet]);
    assert.match(md, /^### ❌ API changes in 3 specs: gate failed in 1\n/);
    assert.match(md, /\| <code>apis\/owners\/openapi\.yaml<\/code> \| ❌ failed \| 1 \| 0 \| 0 \|/);
    assert.match(md, /\| <code>apis\/toys\/openapi\.yaml<\/code> \| ✅ passed \| 0 \| 0 \| 1 \|/);
    assert.match(md, /\| <code>apis\/quiet\/openapi\.yaml<\/code> \| no changes \| 0 \| 0 \| 0 \|/);
    // The failing spec in full, before the folded ones; the spec without changes only in the index.
    assert.ok(md.indexOf('### ❌ API changes in <code>apis/owners') < md.indexOf('<details><summary>Specs that pass the gate, with changes (1)'));
    assert.ok(md.indexOf('<details><summary>Specs that pass the gate') < md.indexOf('### ✅ API changes in <code>apis/toys'));
    assert.equal(md.match(/apis\/quiet/g)?.length, 1);

    const many = Array.from({ length: 30 }, (_, i) => ({
      ...report(Array.from({ length: 200 }, (_, j) => change('ERR', 'response-property-type-changed', `/s${i}/p${j}`))),
      spec: `apis/s${i}/openapi.yaml`,
    }));
    assert.ok(renderIndex(many).length < COMMENT_LIMIT);
  });
});
