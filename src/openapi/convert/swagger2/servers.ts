/**
 * host, basePath and schemes → servers: one server per scheme. Without a host the server is the
 * basePath alone (a URL relative to where the description is served, as 2.0 means it); without
 * schemes, 2.0 means "the scheme the description was fetched with", which a file on disk does not
 * have: https is assumed, as for any API on the internet.
 */
import type { Place } from './source-map.ts';
import { at, type Conversion, type Node } from './conversion.ts';

export function schemesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s !== '').map((s) => s.toLowerCase()) : [];
}

export function hostOf(doc: Node): string | undefined {
  return typeof doc.host === 'string' && doc.host !== '' ? doc.host : undefined;
}

/** The servers for `schemes` (the document's, or an operation's own, written at `place`); undefined when 2.0 gives no address at all. */
export function serversFor(cx: Conversion, doc: Node, schemes: readonly string[], place: Place): Node[] | undefined {
  const host = hostOf(doc);
  const basePath = typeof doc.basePath === 'string' && doc.basePath !== '/' ? doc.basePath.replace(/\/+$/, '') : '';
  if (host === undefined) {
    if (basePath === '') return undefined;
    return cx.place([cx.place({ url: basePath }, at(cx.root, 'basePath'), { url: [] })], at(cx.root, 'basePath'));
  }
  const hostPlace = at(cx.root, 'host');
  const urls = (schemes.length > 0 ? schemes : ['https']).map((scheme) => cx.place({ url: `${scheme}://${host}${basePath}` }, hostPlace, { url: [] }));
  return cx.place(urls, schemes.length > 0 ? place : hostPlace);
}
