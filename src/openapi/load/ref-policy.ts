/**
 * Where a `$ref` may lead. Pure: decides from the ref text and the file holding it, before anything
 * is read. Only files inside the allowed folder, only YAML and JSON, and remote files only from
 * hosts the user allowed by name.
 */
import path from 'node:path';
import { decodePointer } from '../pointer.ts';

export interface RefPolicy {
  /** Real path of the folder every local file must stay inside. */
  rootDir: string;
  /** Host names (or host:port) whose http(s) refs may be fetched. */
  allowHosts: readonly string[];
}

export type RefAddress =
  { kind: 'internal'; path: string[] } | { kind: 'local'; file: string; path: string[] } | { kind: 'remote'; url: string; path: string[] };

export interface RefRefusal {
  kind: 'refused';
  rule: 'ref-outside-root' | 'ref-remote-not-allowed' | 'ref-file-type' | 'ref-scheme' | 'ref-malformed';
  message: string;
  hint: string;
}

export const specExtensions = ['.yaml', '.yml', '.json'];

/** `from` is the absolute path, or the URL, of the file holding the ref. */
export function addressRef(ref: string, from: string, policy: RefPolicy): RefAddress | RefRefusal {
  const hash = ref.indexOf('#');
  const document = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = decodePointer(hash === -1 ? '' : ref.slice(hash));
  if (pointer === undefined) {
    return refuse(
      'ref-malformed',
      `$ref "${ref}" has a malformed JSON pointer after "#"`,
      'Write the fragment as "#/path/to/node", with "~1" for "/" and "~0" for "~" inside names.',
    );
  }
  if (document === '') return { kind: 'internal', path: pointer };

  const fromRemote = /^https?:\/\//i.test(from);
  const hasScheme = /^[a-z][a-z0-9+.-]+:/i.test(document);
  if (fromRemote || hasScheme) {
    let url: URL;
    try {
      url = new URL(document, fromRemote ? from : undefined);
    } catch {
      return refuse('ref-malformed', `$ref "${ref}" is not a valid URL`, 'Use a relative file path or an http(s) URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return refuse(
        'ref-scheme',
        `$ref "${ref}" uses the ${url.protocol} scheme, which is never read`,
        'Refer to files by a path relative to the file that holds the ref.',
      );
    }
    if (!policy.allowHosts.some((h) => h.toLowerCase() === url.host.toLowerCase() || h.toLowerCase() === url.hostname.toLowerCase())) {
      return refuse(
        'ref-remote-not-allowed',
        `$ref "${ref}" is remote and ${url.host} is not an allowed host`,
        `Add "${url.hostname}" to the allow-remote-refs input (or --allow-remote-refs) to fetch it, or vendor the file into the spec's folder.`,
      );
    }
    if (!hasSpecExtension(url.pathname)) return refuseType(ref);
    url.hash = '';
    return { kind: 'remote', url: url.href, path: pointer };
  }

  let relative: string;
  try {
    relative = decodeURIComponent(document);
  } catch {
    return refuse('ref-malformed', `$ref "${ref}" has a malformed %-escape`, 'Write spaces and other special characters as valid %-escapes, e.g. %20.');
  }
  if (relative.includes('\0')) return refuse('ref-malformed', `$ref "${ref}" contains a NUL character`, 'Remove it.');
  const file = path.resolve(path.dirname(from), relative);
  if (!isInside(file, policy.rootDir)) {
    return refuse(
      'ref-outside-root',
      `$ref "${ref}" points outside the spec's folder`,
      "Keep every file of the API inside the spec's folder, or set the root input (--root) to a folder that holds them all.",
    );
  }
  if (!hasSpecExtension(file)) return refuseType(ref);
  return { kind: 'local', file, path: pointer };
}

export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function hasSpecExtension(name: string): boolean {
  return specExtensions.includes(path.extname(name).toLowerCase());
}

function refuseType(ref: string): RefRefusal {
  return refuse(
    'ref-file-type',
    `$ref "${ref}" names a file that is not .yaml, .yml or .json`,
    'Only YAML and JSON files are read; convert the file or inline its content.',
  );
}

function refuse(rule: RefRefusal['rule'], message: string, hint: string): RefRefusal {
  return { kind: 'refused', rule, message, hint };
}
