// Finds the documented operation for a concrete request path, the way GitHub's router would:
// literal segments win over `{parameters}` when two templates fit the same path.
import { githubDescription, type OperationObject } from './description.ts';

export interface MatchedOperation {
  template: string;
  method: string;
  operation: OperationObject;
  pathParams: Record<string, string>;
}

interface Template {
  template: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  methods: Record<string, OperationObject>;
}

let templates: Template[] | undefined;

function allTemplates(): Template[] {
  templates ??= Object.entries(githubDescription().paths).map(([template, methods]) => {
    const names: string[] = [];
    const source = template
      .split('/')
      .map((segment) =>
        segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(name);
          // Only a handful of parameters (git refs, file paths) may span several segments.
          return MULTI_SEGMENT.has(name) ? '(.+)' : '([^/]+)';
        }),
      )
      .join('/');
    return {
      template,
      pattern: new RegExp(`^${source}$`),
      names,
      literalSegments: template.split('/').filter((s) => s && !s.includes('{')).length,
      methods,
    };
  });
  return templates;
}

const MULTI_SEGMENT = new Set(['path', 'ref', 'branch']);

export type MatchResult = { kind: 'matched'; match: MatchedOperation } | { kind: 'method-not-documented'; template: string } | { kind: 'path-not-documented' };

export function matchOperation(method: string, path: string): MatchResult {
  const lower = method.toLowerCase();
  let best: { template: Template; values: string[] } | undefined;
  for (const template of allTemplates()) {
    const found = template.pattern.exec(path);
    if (!found) continue;
    if (
      !best ||
      template.literalSegments > best.template.literalSegments ||
      // Same literal count: prefer the template that documents this method.
      (template.literalSegments === best.template.literalSegments && template.methods[lower] !== undefined && best.template.methods[lower] === undefined)
    ) {
      best = { template, values: found.slice(1) };
    }
  }
  if (!best) return { kind: 'path-not-documented' };
  const operation = best.template.methods[lower];
  if (!operation) return { kind: 'method-not-documented', template: best.template.template };
  const pathParams: Record<string, string> = {};
  best.template.names.forEach((name, i) => {
    pathParams[name] = decodeURIComponent(best.values[i] ?? '');
  });
  return { kind: 'matched', match: { template: best.template.template, method: lower, operation, pathParams } };
}
