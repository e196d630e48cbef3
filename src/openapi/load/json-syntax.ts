/**
 * Where a JSON text goes wrong. Node 20's JSON.parse messages carry no position ("Unexpected token
 * '}', ..."), so once JSON.parse has refused a text this strict scanner finds the first offending
 * offset for the error's file:line:column.
 */
const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const literal = /true|false|null/y;

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'eof';

export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const after = (): Expect => (stack.length ? 'comma-or-end' : 'eof');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'eof' ? text.length : i;
    const c = text[i]!;
    switch (expect) {
      case 'eof':
        return i;
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        continue;
      case 'comma-or-end': {
        const top = stack[stack.length - 1];
        if (c === ',') expect = top === '{' ? 'key' : 'value';
        else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          stack.pop();
          expect = after();
        } else return i;
        i++;
        continue;
      }
      case 'key-or-end':
      case 'key':
        if (c === '}' && expect === 'key-or-end') {
          stack.pop();
          expect = after();
          i++;
          continue;
        }
        if (c !== '"') return i;
        i = stringEnd(text, i);
        if (i < 0) return -i - 1;
        expect = 'colon';
        continue;
      case 'value-or-end':
      case 'value': {
        if (c === ']' && expect === 'value-or-end') {
          stack.pop();
          expect = after();
          i++;
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          expect = c === '{' ? 'key-or-end' : 'value-or-end';
          i++;
          continue;
        }
        if (c === '"') {
          i = stringEnd(text, i);
          if (i < 0) return -i - 1;
        } else {
          const end = match(number, text, i) ?? match(literal, text, i);
          if (end === undefined) return i;
          i = end;
        }
        expect = after();
      }
    }
  }
}

function match(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/** Offset past the closing quote, or -(offset of the fault) - 1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i - 1;
        i += 5;
      } else if ('"\\/bfnrt'.includes(next) && next !== '') i++;
      else return -i - 1;
    }
  }
  return -text.length - 1;
}
