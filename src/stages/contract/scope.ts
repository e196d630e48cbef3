/**
 * Which requests of a contract collection a run sends. Selectors name an HTTP method (`GET`), an
 * operationId (`listBooks`) or a tag (`tag:books`, matched against the folders the request sits
 * in, which are the spec's tags). Requests left out are dropped from the run, not failed, and the
 * report says how many and why.
 */
import type { ContractScope } from '../../config.ts';
import { contractInScript } from '../collection/contract-tests.ts';
import { isFolder, type PostmanCollection, type PostmanItem, type PostmanRequestItem } from '../../postman/postman-types.ts';

/** Methods that change nothing on the server (RFC 9110 §9.2.1). */
export const SAFE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

export interface LeftOut {
  /** `POST /books` */
  label: string;
  reason: string;
}

export function scopeCollection(collection: PostmanCollection, scope: ContractScope): { collection: PostmanCollection; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const keep = (item: PostmanRequestItem, folders: readonly string[]): boolean => {
    const method = item.request.method.toUpperCase();
    const data = contractInScript(item.event?.find((e) => e.listen === 'test')?.script.exec ?? []);
    const facts = { method, operation: data?.operation, folders };
    const label = data?.label ?? `${method} ${item.name}`;
    const why =
      scope.include.length > 0 && !scope.include.some((s) => matches(s, facts))
        ? 'not among the operations chosen'
        : scope.exclude.find((s) => matches(s, facts))
          ? `excluded by ${scope.exclude.find((s) => matches(s, facts))}`
          : !scope.unsafeMethods && !SAFE_METHODS.includes(method)
            ? `${method} changes data, and this run sends safe methods only`
            : undefined;
    if (why && !leftOut.some((l) => l.label === label)) leftOut.push({ label, reason: why });
    return why === undefined;
  };
  const filter = (items: readonly PostmanItem[], folders: readonly string[]): PostmanItem[] =>
    items.flatMap((item): PostmanItem[] => {
      if (!isFolder(item)) return keep(item, folders) ? [item] : [];
      const kept = filter(item.item, [...folders, item.name]);
      return kept.length > 0 ? [{ ...item, item: kept }] : [];
    });
  return { collection: { ...collection, item: filter(collection.item, []) }, leftOut };
}

function matches(selector: string, facts: { method: string; operation: string | undefined; folders: readonly string[] }): boolean {
  if (selector.startsWith('tag:')) return facts.folders.includes(selector.slice(4));
  if (/^[A-Za-z]+$/.test(selector) && selector.toUpperCase() === facts.method) return true;
  return selector === facts.operation;
}
