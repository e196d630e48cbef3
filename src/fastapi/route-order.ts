/**
 * Starlette answers with the first route whose path matches, so `/users/me` must be registered
 * before `/users/{id}` for the same method, or the literal route is never reached. Within a router
 * the operations are ordered literal segments first; across routers, the tags are ordered so that
 * every router comes before the routers whose templates would shadow its routes.
 */
import type { Diagnostic } from '../spec/types.ts';
import { locate } from '../spec/model.ts';
import type { TagModule } from './tag-modules.ts';

/** Per segment 0 for a literal, 1 for a template and 2 for a `:path` template that spans segments. */
function specificity(path: string): number[] {
  return path.split('/').map((segment) => (segment.endsWith(':path}') ? 2 : segment.includes('{') ? 1 : 0));
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  // Equal up to the shorter: the longer first, since a `:path` template in the shorter takes it.
  return b.length - a.length;
}

const TEMPLATE = /^\{[^}]+\}$/;

/** Whether the route `template` matches the path `literal` takes, while `literal` is more specific. */
function shadows(template: string, literal: string): boolean {
  const t = template.split('/');
  const l = literal.split('/');
  const spanning = t.findIndex((segment) => segment.endsWith(':path}'));
  if (spanning !== -1) {
    // `{x:path}` matches one or more segments: compare the head before it and the tail after it.
    const tail = t.length - spanning - 1;
    if (l.length < t.length) return false;
    return (
      t.slice(0, spanning).every((segment, i) => TEMPLATE.test(segment) || segment === l[i]) &&
      t.slice(spanning + 1).every((segment, i) => TEMPLATE.test(segment) || segment === l[l.length - tail + i]) &&
      (l.length > t.length || !TEMPLATE.test(l[spanning]!))
    );
  }
  if (t.length !== l.length) return false;
  let wider = false;
  for (let i = 0; i < t.length; i++) {
    const param = TEMPLATE.test(t[i]!);
    if (param && !TEMPLATE.test(l[i]!)) wider = true;
    else if (!param && t[i] !== l[i]) return false;
  }
  return wider;
}

export function orderRoutes(tags: TagModule[], warnings: Diagnostic[]): TagModule[] {
  for (const t of tags) t.operations.sort((a, b) => compare(specificity(a.routePath), specificity(b.routePath)));
  // before.get(x) = tags that must be included before x.
  const before = new Map<TagModule, Set<TagModule>>(tags.map((t) => [t, new Set()]));
  for (const a of tags) {
    for (const b of tags) {
      if (a === b) continue;
      const conflict = a.operations.some((oa) => b.operations.some((ob) => oa.op.method === ob.op.method && shadows(oa.routePath, ob.routePath)));
      if (conflict) before.get(a)!.add(b);
    }
  }
  const ordered: TagModule[] = [];
  const remaining = [...tags];
  while (remaining.length > 0) {
    const index = remaining.findIndex((t) => [...before.get(t)!].every((dep) => ordered.includes(dep)));
    if (index === -1) {
      // Two routers shadow each other: keep the spec's order and say which routes may be unreachable.
      const stuck = remaining[0]!;
      warnings.push({
        severity: 'warning',
        rule: 'fastapi-route-shadowed',
        message: `routes of tag ${JSON.stringify(stuck.tag)} and another tag shadow each other; some literal paths may be answered by a template route`,
        location: locate(stuck.operations[0]!.op.origin),
      });
      ordered.push(remaining.shift()!);
      continue;
    }
    ordered.push(...remaining.splice(index, 1));
  }
  return ordered;
}
