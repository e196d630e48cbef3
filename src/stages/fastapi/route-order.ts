/**
 * Starlette answers with the first route whose path matches, so `/users/me` must be registered
 * before `/users/{id}` for the same method, or the literal route is never reached. Within a router
 * the operations are ordered literal segments first; across routers, the tags are ordered so that
 * every router comes before the routers whose templates would shadow its routes.
 */
import type { Diagnostic } from '../../openapi/types.ts';
import { locate } from '../../openapi/model/model.ts';
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

/** Whether the route with segments `t` matches the path `l` takes, while `l` is more specific. */
function shadows(t: readonly string[], l: readonly string[]): boolean {
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

interface Route {
  tag: TagModule;
  method: string;
  segments: string[];
  spanning: boolean;
}

export function orderRoutes(tags: TagModule[], warnings: Diagnostic[]): TagModule[] {
  for (const t of tags) t.operations.sort((a, b) => compare(specificity(a.routePath), specificity(b.routePath)));
  // Paths split once, and bucketed by method and length: a route without a `:path` template can only
  // shadow one with as many segments, so GitHub's ~1,100 routes are not all compared with each other.
  const routes: Route[] = tags.flatMap((tag) =>
    tag.operations.map((o) => ({ tag, method: o.op.method, segments: o.routePath.split('/'), spanning: o.routePath.includes(':path}') })),
  );
  const buckets = new Map<string, Route[]>();
  for (const route of routes) {
    const key = `${route.method} ${route.segments.length}`;
    buckets.set(key, [...(buckets.get(key) ?? []), route]);
  }
  // before.get(x) = tags that must be included before x.
  const before = new Map<TagModule, Set<TagModule>>(tags.map((t) => [t, new Set()]));
  for (const wide of routes) {
    if (!wide.segments.some((segment) => TEMPLATE.test(segment))) continue;
    const candidates = wide.spanning ? routes.filter((r) => r.method === wide.method) : (buckets.get(`${wide.method} ${wide.segments.length}`) ?? []);
    const mustFollow = before.get(wide.tag)!;
    for (const narrow of candidates) {
      if (narrow.tag !== wide.tag && !mustFollow.has(narrow.tag) && shadows(wide.segments, narrow.segments)) mustFollow.add(narrow.tag);
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
