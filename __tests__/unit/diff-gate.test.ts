import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { isAtLeast, judge, parseAcceptedBreaks, utcDate, type AcceptedBreaks } from '../../src/stages/diff/gate.ts';
import type { Level } from '../../src/config.ts';
import type { OasdiffChange } from '../../src/stages/diff/oasdiff.ts';

function change(level: Level, fingerprint: string, id = 'some-rule'): OasdiffChange {
  return { id, level, text: `${id} text`, operation: 'GET', path: '/pets', section: 'paths', fingerprint };
}

const today = '2026-11-21';
const changes = [change('ERR', 'aaaaaaaaaaaa'), change('WARN', 'bbbbbbbbbbbb'), change('INFO', 'cccccccccccc')];

describe('gate levels', () => {
  it('orders ERR above WARN above INFO; NONE never fails', () => {
    assert.ok(isAtLeast('ERR', 'WARN'));
    assert.ok(!isAtLeast('WARN', 'ERR'));
    assert.ok(isAtLeast('INFO', 'INFO'));
    assert.ok(!isAtLeast('ERR', 'NONE'));
  });

  for (const [failOn, failing] of [
    ['ERR', 1],
    ['WARN', 2],
    ['INFO', 3],
    ['NONE', 0],
  ] as const) {
    it(`fail-on ${failOn} fails on ${failing} of ERR/WARN/INFO`, () => {
      const verdict = judge({ changes, failOn, today });
      assert.equal(verdict.failing.length, failing);
      assert.equal(verdict.passed, failing === 0);
      assert.deepEqual(verdict.counts, { ERR: 1, WARN: 1, INFO: 1 });
    });
  }

  it('says why it failed', () => {
    assert.equal(judge({ changes, failOn: 'ERR', today }).summary, 'Failed: 1 change at ERR or above not accepted.');
    assert.equal(judge({ changes: [], failOn: 'ERR', today }).summary, 'Passed: no changes at ERR or above.');
  });
});

describe('accepted breaks', () => {
  const file = (entries: AcceptedBreaks['entries']): AcceptedBreaks => ({ file: '.github/accepted-breaking-changes.yaml', entries });

  it('a fingerprint in the file accepts its change, and the summary names the file', () => {
    const verdict = judge({ changes, failOn: 'ERR', today, accepted: file([{ fingerprint: 'aaaaaaaaaaaa', reason: 'announced in v2' }]) });
    assert.equal(verdict.passed, true);
    assert.equal(verdict.accepted.length, 1);
    assert.deepEqual(verdict.accepted[0]!.accepted, {
      by: 'file',
      file: '.github/accepted-breaking-changes.yaml',
      entry: { fingerprint: 'aaaaaaaaaaaa', reason: 'announced in v2' },
    });
    assert.equal(verdict.summary, 'Passed: 1 change at ERR or above accepted by the accepted-breaks file.');
  });

  it('an entry accepts through its expiry day and not after, and the verdict says it expired', () => {
    const entry = { fingerprint: 'aaaaaaaaaaaa', reason: 'until the client migrates', expires: '2026-11-21' };
    assert.equal(judge({ changes, failOn: 'ERR', today, accepted: file([entry]) }).passed, true);
    const later = judge({ changes, failOn: 'ERR', today: '2026-11-22', accepted: file([entry]) });
    assert.equal(later.passed, false);
    assert.equal(later.expired.length, 1);
    assert.equal(later.expired[0]!.changes[0]!.fingerprint, 'aaaaaaaaaaaa');
    assert.match(later.summary, /\(1 acceptance expired\)/);
  });

  it('the accept label accepts every breaking change of the PR, and INFO ones only when they would fail it', () => {
    const atErr = judge({ changes, failOn: 'ERR', today, acceptLabel: 'breaking-change-accepted', labels: ['docs', 'breaking-change-accepted'] });
    assert.deepEqual(
      atErr.accepted.map((c) => c.change.level),
      ['ERR', 'WARN'],
    );
    assert.equal(atErr.summary, 'Passed: 1 change at ERR or above accepted by the label `breaking-change-accepted`.');
    const atInfo = judge({ changes, failOn: 'INFO', today, acceptLabel: 'breaking-change-accepted', labels: ['breaking-change-accepted'] });
    assert.equal(atInfo.accepted.length, 3);
    assert.equal(atInfo.passed, true);
  });

  it('another label does nothing', () => {
    assert.equal(judge({ changes, failOn: 'ERR', today, acceptLabel: 'breaking-change-accepted', labels: ['breaking'] }).passed, false);
  });

  it('entries matching no change are reported as unused', () => {
    const verdict = judge({ changes, failOn: 'ERR', today, accepted: file([{ fingerprint: 'dddddddddddd', reason: 'gone' }]) });
    assert.deepEqual(
      verdict.unused.map((e) => e.fingerprint),
      ['dddddddddddd'],
    );
  });

  it('utcDate is the UTC calendar day', () => {
    assert.equal(utcDate(new Date('2026-11-21T23:30:00-05:00')), '2026-11-22');
  });
});

describe('the accepted-breaks file', () => {
  it('reads entries with reason and optional expiry', () => {
    const parsed = parseAcceptedBreaks(
      [
        'accepted:',
        '  - fingerprint: 795EDEABF00B',
        '    reason: announced in March',
        '    expires: 2026-12-31',
        '  - fingerprint: 123456789012',
        '    reason: "digits only"',
        '',
      ].join('\n'),
      'breaks.yaml',
    );
    assert.deepEqual(parsed.entries, [
      { fingerprint: '795edeabf00b', reason: 'announced in March', expires: '2026-12-31', line: 2 },
      { fingerprint: '123456789012', reason: 'digits only', line: 5 },
    ]);
  });

  it('an empty file accepts nothing', () => {
    assert.deepEqual(parseAcceptedBreaks('', 'b.yaml').entries, []);
    assert.deepEqual(parseAcceptedBreaks('accepted:\n', 'b.yaml').entries, []);
  });

  const mistakes: [string, string, RegExp, number][] = [
    ['missing reason', 'accepted:\n  - fingerprint: abcdef123456\n', /`reason` must say why/, 2],
    ['bad fingerprint', 'accepted:\n  - fingerprint: not-hex\n    reason: x\n', /hexadecimal fingerprint/, 2],
    ['bad date', 'accepted:\n  - fingerprint: abcdef123456\n    reason: x\n    expires: 2026-13-40\n', /YYYY-MM-DD/, 4],
    ['unknown field', 'accepted:\n  - fingerprint: abcdef123456\n    reason: x\n    expiry: 2026-01-01\n', /unknown field `expiry`/, 4],
    ['not a list', 'accepted: yes\n', /must be a list/, 1],
    ['syntax', 'accepted: [\n', /not valid YAML/, 2],
  ];
  for (const [name, text, message, line] of mistakes) {
    it(`refuses ${name} with the line`, () => {
      assert.throws(
        () => parseAcceptedBreaks(text, 'breaks.yaml'),
        (error: unknown) => error instanceof UserError && message.test(error.message) && error.place?.file === 'breaks.yaml' && error.place.line === line,
      );
    });
  }
});
