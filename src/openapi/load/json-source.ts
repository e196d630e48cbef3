/**
 * Source offsets for JSON, found lazily. JSON.parse builds the values (it is several times faster
 * than any parser written in JavaScript); offsets are only needed for the few places a stage reports,
 * so each container's members are scanned from the text the first time a path goes through it.
 */

interface Members {
  /** Offset of each member: the key's opening quote for objects, the value for arrays. */
  at: Map<string, number>;
  /** Offset of each member's value, to descend into it. */
  valueAt: Map<string, number>;
}

export class JsonSource {
  private readonly scanned = new Map<number, Members>();

  constructor(private readonly text: string) {}

  /** Offset of the member at `path`, or of the deepest existing one on the way. */
  offsetOf(path: readonly string[]): number {
    let container = this.skipSpace(0);
    let found = container;
    for (const segment of path) {
      const members = this.members(container);
      const at = members?.at.get(segment);
      if (members === undefined || at === undefined) break;
      found = at;
      container = members.valueAt.get(segment)!;
    }
    return found;
  }

  private members(offset: number): Members | undefined {
    const open = this.text[offset];
    if (open !== '{' && open !== '[') return undefined;
    let members = this.scanned.get(offset);
    if (members) return members;
    members = { at: new Map(), valueAt: new Map() };
    const close = open === '{' ? '}' : ']';
    let i = this.skipSpace(offset + 1);
    for (let index = 0; i < this.text.length && this.text[i] !== close; index++) {
      let key = String(index);
      const memberStart = i;
      if (open === '{') {
        const keyEnd = this.stringEnd(i);
        key = this.decodeKey(i, keyEnd);
        i = this.skipSpace(keyEnd + 1); // at ':'
        i = this.skipSpace(i + 1);
      }
      // A repeated key keeps its last occurrence, as JSON.parse does.
      members.at.set(key, memberStart);
      members.valueAt.set(key, i);
      i = this.skipSpace(this.valueEnd(i));
      if (this.text[i] === ',') i = this.skipSpace(i + 1);
    }
    this.scanned.set(offset, members);
    return members;
  }

  private decodeKey(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, end + 1)) as string) : raw;
  }

  /** Offset of the closing quote of the string opening at `start`. */
  private stringEnd(start: number): number {
    let i = start;
    for (;;) {
      i = this.text.indexOf('"', i + 1);
      if (i === -1) return this.text.length;
      let backslashes = 0;
      while (this.text[i - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) return i;
    }
  }

  /** Offset just past the value starting at `start`. */
  private valueEnd(start: number): number {
    const c = this.text[start];
    if (c === '"') return this.stringEnd(start) + 1;
    if (c === '{' || c === '[') {
      let depth = 0;
      for (let i = start; i < this.text.length; i++) {
        const d = this.text[i];
        if (d === '"') i = this.stringEnd(i);
        else if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) return i + 1;
        }
      }
      return this.text.length;
    }
    let i = start;
    while (i < this.text.length && !',}] \t\r\n'.includes(this.text[i]!)) i++;
    return i;
  }

  private skipSpace(start: number): number {
    let i = start;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
    return i;
  }
}
