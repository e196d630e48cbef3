/**
 * The two doors from spec text into Python: pyString (every literal) and NameScope (every
 * identifier). Literals are checked by Python itself: it must read back exactly the original text.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { NameScope, pyLiteral, pyString, words } from '../../src/stages/fastapi/python.ts';
import { ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);

const HOSTILE = [
  '',
  'plain',
  '"',
  "'",
  '"""',
  "'''",
  '""""',
  '\\',
  '\\"',
  'ends with backslash\\',
  'a\nb\r\nc\td',
  '"""; __import__("os").system("id"); """',
  "'''); __import__('os').system('id'); ('''",
  '\u202e reversed \u202d',
  'line\u2028separator\u2029paragraph',
  '\u0000nul\u0007bell\u001bescape\u007fdel',
  'zero\u200bwidth\ufeffbom',
  'emoji 😀 and astral 𝔘',
  'lone \ud800 surrogate',
  'ñandú ñ Ω 中文',
  '{not} %s an f-string {0}',
  '\\N{BULLET} \\x41 \\u0041',
];

async function pythonReadsBack(literals: string[]): Promise<unknown[]> {
  const { python } = await ensureVenv();
  const program = `import json, sys\nVALUES = [\n${literals.map((l) => `    ${l},`).join('\n')}\n]\nsys.stdout.write(json.dumps(VALUES))\n`;
  const { stdout } = await run(python, ['-c', program]);
  return JSON.parse(stdout) as unknown[];
}

describe('pyString', () => {
  it('gives literals Python reads back as the exact text, inline and as blocks', async () => {
    assert.deepEqual(await pythonReadsBack(HOSTILE.map((t) => pyString(t))), HOSTILE);
    assert.deepEqual(await pythonReadsBack(HOSTILE.map((t) => pyString(t, 'block'))), HOSTILE);
  });

  it('writes only printable ASCII, and no raw line break in the inline form', () => {
    for (const text of HOSTILE) {
      for (const form of ['inline', 'block'] as const) {
        const literal = pyString(text, form);
        assert.match(literal, form === 'inline' ? /^[\x20-\x7e]*$/ : /^[\x20-\x7e\n]*$/, JSON.stringify(text));
      }
    }
  });
});

describe('pyLiteral', () => {
  it('turns JSON values into Python values that read back equal', async () => {
    const value = { a: [1, 2.5, -3e-7, true, false, null], '"""': { 'k\n': 'v\\' }, big: 12345678901234567890, nested: [[[]], {}] };
    const [back] = await pythonReadsBack([pyLiteral(value)]);
    assert.deepEqual(back, JSON.parse(JSON.stringify(value)));
  });

  it('lays long values out over several lines', () => {
    const long = pyLiteral({ items: Array.from({ length: 20 }, (_, i) => `value number ${i}`) });
    assert.ok(long.includes('\n'));
  });
});

describe('NameScope', () => {
  it('keeps names to 64 characters (a tag is a file name too), two long ones that share a start apart', () => {
    const scope = new NameScope();
    const a = scope.claim(`${'t'.repeat(300)}a`, 'snake');
    const b = scope.claim(`${'t'.repeat(300)}b`, 'snake');
    assert.equal(a.length, 64);
    assert.notEqual(a, b);
    assert.match(a, /^t{55}_[0-9a-f]{8}$/);
    assert.ok(scope.claim('T'.repeat(100), 'pascal').length <= 64);
  });

  it('makes safe identifiers of any text', () => {
    const scope = new NameScope();
    const raw = [
      'class',
      'def',
      'None',
      '__import__',
      'model_config',
      '1st',
      'pet-id',
      'X-Request-ID',
      'getHTTPResponse',
      'ñame',
      '😀',
      '',
      'list',
      'str',
      'self',
    ];
    const names = raw.map((r) => scope.claim(r, 'snake'));
    for (const name of names) assert.match(name, /^[A-Za-z_][A-Za-z0-9_]*$/);
    assert.deepEqual(names.slice(0, 10), [
      'class_',
      'def_',
      'none',
      'import_',
      'model_config_',
      'n_1st',
      'pet_id',
      'x_request_id',
      'get_http_response',
      'name',
    ]);
    assert.equal(new Set(names).size, names.length, 'unique');
  });

  it('keeps clashing names apart, deterministically', () => {
    const a = new NameScope();
    const b = new NameScope();
    const raw = ['a-b', 'a_b', 'A B', 'aB'];
    const first = raw.map((r) => a.claim(r, 'snake'));
    assert.deepEqual(first, ['a_b', 'a_b_2', 'a_b_3', 'a_b_4']);
    assert.deepEqual(
      raw.map((r) => b.claim(r, 'snake')),
      first,
    );
  });

  it('allows builtins as attribute names only when asked, never type names', () => {
    const fields = new NameScope([], 'field', true);
    assert.deepEqual(
      ['id', 'type', 'str', 'date'].map((r) => fields.claim(r, 'snake')),
      ['id', 'type', 'str_', 'date_'],
    );
    assert.equal(new NameScope().claim('id', 'snake'), 'id_');
  });

  it('splits words the way people read them', () => {
    assert.deepEqual(words('getHTTPResponseCode_v2'), ['get', 'http', 'response', 'code', 'v2']);
    assert.equal(new NameScope().claim('messaging.v1.brand-registration', 'pascal'), 'MessagingV1BrandRegistration');
  });
});
