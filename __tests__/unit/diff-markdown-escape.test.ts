import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clip, code, escapeMarkdown } from '../../src/text/markdown.ts';

/** What must never appear in escaped text: each would be live Markdown, HTML, a mention or a command. */
function assertInert(escaped: string): void {
  // Entities are what the escaping writes; look at what is around them.
  escaped = escaped.replace(/&#?[A-Za-z0-9]+;/g, '\u0000');
  assert.doesNotMatch(escaped, /[<>|`\n\r*[\]]/, 'no HTML, table, code, emphasis or link syntax');
  assert.doesNotMatch(escaped, /<!--/, 'no comment marker');
  assert.doesNotMatch(escaped, /@[A-Za-z0-9]/, 'no mention');
  assert.doesNotMatch(escaped, /#\d/, 'no issue reference');
  assert.doesNotMatch(escaped, /::/, 'no workflow command');
  assert.doesNotMatch(escaped, /\\/, 'no backslash escapes of our own entities');
}

describe('escapeMarkdown', () => {
  const hostile = [
    'a | b | c',
    '<!-- fastapi-postman-deploy:diff -->',
    '@octocat and @org/team',
    '::error file=x::pwned',
    ':::warning::',
    '`code` and ``double``',
    '<img src=x onerror=alert(1)><script>alert(1)</script>',
    '</td></tr></table><details open>',
    '[link](javascript:alert(1)) ![img](http://x)',
    '**bold** _em_ ~~strike~~',
    'line one\nline two\r\n| --- |',
    'fixes #123 and org/repo#4',
    '\\| escaped pipe \\<',
    '\u202eevil bidi\u202c',
    '\u0007bell\u001b[31mred',
  ];
  for (const text of hostile) {
    it('keeps URLs, www. hosts and GH-123 references from turning into links in a reason', () => {
      const text = escapeMarkdown('fixed in GH-12, see https://evil.example/steal and www.evil.example');
      for (const autolink of [/GH-12/, /https:\/\//, /www\./]) assert.doesNotMatch(text, autolink);
      // It reads the same: only zero-width spaces were added.
      assert.equal(text.replace(/&#8203;/g, ''), 'fixed in GH-12, see https://evil.example/steal and www.evil.example');
    });

    it(`makes ${JSON.stringify(text)} inert`, () => assertInert(escapeMarkdown(text)));
  }

  it('keeps plain words and intraword underscores readable', () => {
    assert.equal(escapeMarkdown('the project_id parameter'), 'the project_id parameter');
    assert.equal(escapeMarkdown('_leading and trailing_'), '&#95;leading and trailing&#95;');
  });

  it('escapes in one pass, never re-escaping its own entities', () => {
    assert.equal(escapeMarkdown('#|'), '#&#8203;&#124;');
    assert.equal(escapeMarkdown('&lt;'), '&amp;lt;');
  });

  it('breaks every `::` pair, however many colons', () => {
    for (const text of ['::', ':::', '::::', 'a::b::c']) assert.doesNotMatch(escapeMarkdown(text), /::/);
  });

  it('code() wraps escaped text in <code>, not backticks', () => {
    assert.equal(code('a`b<c>'), '<code>a&#96;b&lt;c&gt;</code>');
  });

  it('clip() shortens before escaping and marks the cut', () => {
    assert.equal(clip('abcdef', 4), 'abc…');
    assert.equal(clip('abc', 4), 'abc');
  });
});
