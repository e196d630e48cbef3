import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  contractInScript
} from "./chunk-UT4L56BZ.js";
import {
  isFolder
} from "./chunk-L3IYTAVW.js";

// src/stages/contract/scope.ts
var SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];
function scopeCollection(collection, scope) {
  const leftOut = [];
  const keep = (item, folders) => {
    const method = item.request.method.toUpperCase();
    const data = contractInScript(item.event?.find((e) => e.listen === "test")?.script.exec ?? []);
    const facts = { method, operation: data?.operation, folders };
    const label = data?.label ?? `${method} ${item.name}`;
    const why = scope.include.length > 0 && !scope.include.some((s) => matches(s, facts)) ? "not among the operations chosen" : scope.exclude.find((s) => matches(s, facts)) ? `excluded by ${scope.exclude.find((s) => matches(s, facts))}` : !scope.unsafeMethods && !SAFE_METHODS.includes(method) ? `${method} changes data, and this run sends safe methods only` : void 0;
    if (why && !leftOut.some((l) => l.label === label)) leftOut.push({ label, reason: why });
    return why === void 0;
  };
  const filter = (items, folders) => items.flatMap((item) => {
    if (!isFolder(item)) return keep(item, folders) ? [item] : [];
    const kept = filter(item.item, [...folders, item.name]);
    return kept.length > 0 ? [{ ...item, item: kept }] : [];
  });
  return { collection: { ...collection, item: filter(collection.item, []) }, leftOut };
}
function matches(selector, facts) {
  if (selector.startsWith("tag:")) return facts.folders.includes(selector.slice(4));
  if (/^[A-Za-z]+$/.test(selector) && selector.toUpperCase() === facts.method) return true;
  return selector === facts.operation;
}

export {
  SAFE_METHODS,
  scopeCollection
};
