import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ParsedFile } from '../../src/openapi/load/parsed-file.ts';
import { githubDescription, specsDir } from '../support/paths.ts';

/** Every path to a member of an object, in document order (bounded, deterministic sample). */
function memberPaths(data: unknown, every: number): string[][] {
  const found: string[][] = [];
  let n = 0;
  const walk = (node: unknown, at: string[]) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const here = [...at, key];
      if (!Array.isArray(node) && n++ % every === 0) found.push(here);
      walk((node as Record<string, unknown>)[key], here);
    }
  };
  walk(data, []);
  return found;
}

function lineAt(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

describe('source positions', () => {
  it('points at the key of every sampled member of the OpenAI YAML spec', () => {
    const file = ParsedFile.parse('openai.yaml', 'openai.yaml', readFileSync(path.join(specsDir, 'openai-2026-08-21.yaml'), 'utf8'));
    const paths = memberPaths(file.data, 37);
    assert.ok(paths.length > 1000, `sampled ${paths.length}`);
    for (const p of paths) {
      const at = file.locate(p);
      const key = p.at(-1)!;
      const text = lineAt(file.text, at.line).slice(at.column - 1);
      assert.ok(
        text.startsWith(key) || text.startsWith(`'${key}'`) || text.startsWith(`"${key}"`),
        `${p.join('/')} -> ${at.line}:${at.column} "${text.slice(0, 40)}"`,
      );
    }
  });

  it('points at the key of every sampled member of the GitHub JSON description', () => {
    const file = ParsedFile.parse('github.json', 'github.json', readFileSync(githubDescription, 'utf8'));
    const paths = memberPaths(file.data, 199);
    assert.ok(paths.length > 1000, `sampled ${paths.length}`);
    for (const p of paths) {
      const at = file.locate(p);
      const text = lineAt(file.text, at.line).slice(at.column - 1);
      assert.ok(text.startsWith(JSON.stringify(p.at(-1))), `${p.join('/')} -> ${at.line}:${at.column} "${text.slice(0, 40)}"`);
    }
  });

  it('handles escapes, duplicate keys, arrays and missing members in JSON', () => {
    const text = '{\n  "a\\"b": 1,\n  "list": [\n    {"x": "}]"},\n    {"x": 2}\n  ],\n  "list": [0, {"y": true}]\n}';
    const file = ParsedFile.parse('t.json', 't.json', text);
    assert.equal(file.locate(['a"b']).line, 2);
    // JSON.parse keeps the last duplicate; so do positions.
    assert.deepEqual(file.locate(['list', '1', 'y']), { file: 't.json', line: 7, column: 16, pointer: '/list/1/y' });
    assert.equal(file.locate(['list', '9']).line, 7, 'a missing member points at its parent');
    assert.equal(file.locate([]).line, 1);
  });

  it('handles comments, flow mappings, sequences and implicit nulls in YAML', () => {
    const text = 'a:\n  # note\n  b: 1\nc: {d, e: [1, 2]}\nf:\n  - g: 1\n    h:\n  - plain\n';
    const file = ParsedFile.parse('t.yaml', 't.yaml', text);
    assert.deepEqual([file.locate(['a', 'b']).line, file.locate(['a', 'b']).column], [3, 3]);
    assert.equal(file.locate(['c', 'e']).column, 8);
    assert.equal(file.locate(['c', 'd']).column, 5);
    assert.deepEqual([file.locate(['f', '0', 'h']).line, file.locate(['f', '1']).line], [7, 8]);
  });

  it('reports syntax errors at their line', () => {
    assert.throws(
      () => ParsedFile.parse('t.yaml', 't.yaml', 'a: 1\nb: [1, 2\nc: 3\n'),
      (e: Error & { line?: number }) => e.line === 3 || e.line === 4,
    );
    assert.throws(
      () => ParsedFile.parse('t.json', 't.json', '{\n  "a": 1,\n  "b": }\n'),
      (e: Error & { line?: number; column?: number }) => e.line === 3 && e.column === 8 && /invalid JSON: unexpected "}/.test(e.message),
    );
    assert.throws(
      () => ParsedFile.parse('t.yaml', 't.yaml', 'a: 1\na: 2\n'),
      (e: Error & { line?: number }) => e.line === 2 && /duplicated mapping key/.test(e.message),
    );
  });
});
