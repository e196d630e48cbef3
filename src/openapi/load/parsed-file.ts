/** One parsed file of a description, with the means to point at any place in it. */
import { JsonSource } from './json-source.ts';
import { jsonErrorOffset } from './json-syntax.ts';
import { LineTable } from './line-table.ts';
import { encodePointer } from '../pointer.ts';
import type { SourceLocation, SpecFile, SpecFormat } from '../types.ts';
import { parseYaml } from './yaml-source.ts';

export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly rule: 'syntax' | 'depth-limit' = 'syntax',
  ) {
    super(message);
  }
}

export class ParsedFile implements SpecFile {
  private readonly lines: LineTable;

  private constructor(
    readonly id: string,
    readonly displayPath: string,
    readonly format: SpecFormat,
    readonly text: string,
    readonly data: unknown,
    private readonly source: { offsetOf(path: readonly string[]): number },
  ) {
    this.lines = new LineTable(text);
  }

  /** Throws SyntaxProblem, located, when the text is neither valid JSON nor valid YAML. */
  static parse(id: string, displayPath: string, rawText: string, maxDepth = 128): ParsedFile {
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    if (looksLikeJson(id, text)) {
      try {
        return new ParsedFile(id, displayPath, 'json', text, JSON.parse(text), new JsonSource(text));
      } catch (error) {
        if (id.toLowerCase().endsWith('.json')) throw jsonProblem(text, error as Error);
        // Not JSON after all: YAML is a superset that reads the rest.
      }
    }
    try {
      const { data, source } = parseYaml(text, displayPath, maxDepth);
      return new ParsedFile(id, displayPath, 'yaml', text, data, source);
    } catch (error) {
      throw yamlProblem(error);
    }
  }

  locate(path: readonly string[]): SourceLocation {
    const { line, column } = this.lines.position(this.source.offsetOf(path));
    return { file: this.displayPath, line, column, pointer: encodePointer(path) };
  }

  /** Line and column of a raw offset, for errors found in the text itself. */
  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }
}

function looksLikeJson(id: string, text: string): boolean {
  return id.toLowerCase().endsWith('.json') || /^\s*\{/.test(text.slice(0, 256));
}

function jsonProblem(text: string, error: Error): SyntaxProblem {
  const offset = jsonErrorOffset(text);
  const { line, column } = new LineTable(text).position(offset);
  const found = offset >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}`;
  return new SyntaxProblem(`invalid JSON: ${found}${error.message.includes('Bad control') ? ' (a control character in a string)' : ''}`, line, column);
}

function yamlProblem(error: unknown): Error {
  const e = error as { name?: string; reason?: string; mark?: { line: number; column: number }; message?: string };
  if (e.name === 'YAMLException' && e.mark) {
    const tooDeep = /nesting exceeded maxDepth/.test(e.reason ?? '');
    return new SyntaxProblem(
      tooDeep ? 'the document nests deeper than the limit' : `invalid YAML: ${e.reason ?? 'syntax error'}`,
      e.mark.line + 1,
      e.mark.column + 1,
      tooDeep ? 'depth-limit' : 'syntax',
    );
  }
  if (error instanceof RangeError) {
    // js-yaml recurses per nesting level; a hostile document can exhaust the stack before our limit.
    return new SyntaxProblem('the document nests too deeply to be read', 1, 1, 'depth-limit');
  }
  return error as Error;
}
