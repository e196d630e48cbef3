/**
 * Path templates and path parameters must agree: a `{name}` with no parameter, or a path parameter
 * that is not in the template, makes every generator produce a route that cannot be called.
 */
import type { LoadedSpec } from '../../load/loaded-spec.ts';
import type { Diagnostic } from '../../types.ts';
import { at, operations, type Located } from './operations.ts';

export function pathParameterMismatches(spec: LoadedSpec): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const site of operations(spec)) {
    const label = `${site.method.toUpperCase()} ${site.template}`;
    const inTemplate = templateNames(site.template);
    found.push(...duplicates(site.pathParameters, 'the path item'), ...duplicates(site.operationParameters, label));

    // Operation-level parameters override path-level ones with the same name and location.
    const effective = new Map<string, Located<Record<string, unknown>>>();
    for (const p of [...site.pathParameters, ...site.operationParameters]) effective.set(`${String(p.value.in)}:${String(p.value.name)}`, p);
    const declared = [...effective.values()].filter((p) => p.value.in === 'path');

    for (const p of declared) {
      const name = String(p.value.name);
      if (!inTemplate.includes(name)) {
        found.push({
          severity: 'error',
          rule: 'path-parameter-not-in-template',
          message: `${label}: path parameter "${name}" does not appear in the path template`,
          hint: `Add {${name}} to the path, or declare the parameter "in" query/header instead.`,
          location: at(p.place, 'name'),
        });
      } else if (p.value.required !== true) {
        found.push({
          severity: 'error',
          rule: 'path-parameter-required',
          message: `${label}: path parameter "${name}" must be declared with required: true`,
          hint: 'Path parameters are always required; add `required: true`.',
          location: at(p.place, 'name'),
        });
      }
    }
    const declaredNames = new Set(declared.map((p) => String(p.value.name)));
    for (const name of inTemplate) {
      if (!declaredNames.has(name)) {
        found.push({
          severity: 'error',
          rule: 'path-parameter-undeclared',
          message: `${label}: the path has {${name}} but no path parameter declares it`,
          hint: `Declare a parameter with name: ${name} and in: path (at the path item or the operation).`,
          location: at(site.operation.place),
        });
      }
    }
  }
  return [...found, ...equivalentPaths(spec)];
}

function templateNames(template: string): string[] {
  return [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}

function duplicates(parameters: Located<Record<string, unknown>>[], owner: string): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const p of parameters) {
    const key = `${String(p.value.in)}:${String(p.value.name)}`;
    if (seen.has(key)) {
      found.push({
        severity: 'error',
        rule: 'duplicate-parameter',
        message: `${owner} declares the ${String(p.value.in)} parameter "${String(p.value.name)}" twice`,
        hint: 'Remove one of them; a parameter is identified by its name and location.',
        location: at(p.place, 'name'),
      });
    }
    seen.add(key);
  }
  return found;
}

/**
 * `/pets/{id}` and `/pets/{petId}` are the same path: OpenAPI forbids both. A router still tells them
 * apart by method, so it is an error only when both declare the same method (GitHub's own
 * description has such pairs, with different methods).
 */
function equivalentPaths(spec: LoadedSpec): Diagnostic[] {
  const methodsOf = new Map<string, Set<string>>();
  for (const site of operations(spec)) {
    const methods = methodsOf.get(site.template) ?? new Set<string>();
    methods.add(site.method);
    methodsOf.set(site.template, methods);
  }
  const first = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const [template, methods] of methodsOf) {
    const shape = template.replace(/\{[^{}]+\}/g, '{}');
    const earlier = first.get(shape);
    if (earlier === undefined) {
      first.set(shape, template);
      continue;
    }
    const shared = [...methods].filter((m) => methodsOf.get(earlier)!.has(m));
    found.push({
      severity: shared.length ? 'error' : 'warning',
      rule: 'equivalent-paths',
      message: `path ${template} is the same route as ${earlier} (only the parameter names differ)${shared.length ? `, and both declare ${shared.map((m) => m.toUpperCase()).join(', ')}` : ''}`,
      hint: 'Merge the two path items into one, with one parameter name.',
      location: spec.root.locate(['paths', template]),
    });
  }
  return found;
}
