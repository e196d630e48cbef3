/** The validate stage: every problem of a loaded spec, each located where it is written. */
import type { LoadedSpec } from '../load/loaded-spec.ts';
import type { Diagnostic, SpecFamily } from '../types.ts';
import { InlineView } from '../load/inline-view.ts';
import { operations } from './rules/operations.ts';
import { duplicateOperationIds } from './rules/operation-ids.ts';
import { pathParameterMismatches } from './rules/path-parameters.ts';
import { dialectErrors } from './schema-dialect.ts';
import { explainSchemaErrors, type SchemaFinding } from './schema-errors.ts';
import { structuralErrors } from './structure.ts';

export interface ValidationResult {
  valid: boolean;
  family: SpecFamily;
  version: string;
  operations: number;
  schemas: number;
  /** Errors and warnings, in file and line order. */
  diagnostics: Diagnostic[];
}

export function validateSpec(spec: LoadedSpec): ValidationResult {
  const view = new InlineView(spec);
  const diagnostics: Diagnostic[] = [...spec.problems];

  for (const finding of explainSchemaErrors(structuralErrors(view.document, spec.family))) {
    diagnostics.push({ severity: 'error', rule: 'schema', message: finding.message, location: view.locate(finding.path) });
  }
  if (spec.family === '3.1' || spec.family === '3.2') {
    for (const { path, errors } of dialectErrors(view.document)) {
      for (const finding of explainSchemaErrors(errors)) diagnostics.push(dialectDiagnostic(finding, view.locate([...path, ...finding.path])));
    }
  }
  diagnostics.push(...duplicateOperationIds(spec), ...pathParameterMismatches(spec));

  const unique = dedupe(diagnostics).sort(
    (a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column,
  );
  return {
    valid: !unique.some((d) => d.severity === 'error'),
    family: spec.family,
    version: spec.version,
    operations: [...operations(spec)].length,
    schemas: countSchemas(spec),
    diagnostics: unique,
  };
}

/**
 * Forms that JSON Schema 2020-12 reads differently but that do no harm to a generator are warnings:
 * the 3.0 boolean `exclusiveMinimum`, repeated `required` entries, 2019-09's `$recursive*` keywords.
 */
function dialectDiagnostic(finding: SchemaFinding, location: Diagnostic['location']): Diagnostic {
  const keyword = finding.path.at(-1) ?? '';
  if (keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') {
    const bound = keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum';
    return {
      severity: 'warning',
      rule: 'schema-dialect',
      message: `"${keyword}" is a boolean, the OpenAPI 3.0 form; in 3.1 it is the bound itself, so this one is ignored`,
      hint: `Replace "${bound}: N" with "${keyword}: N" and drop the boolean.`,
      location,
    };
  }
  if (/must NOT have duplicate items/.test(finding.message) || keyword.startsWith('$recursive')) {
    return { severity: 'warning', rule: 'schema-dialect', message: finding.message, location };
  }
  return { severity: 'error', rule: 'schema-dialect', message: `${finding.message} (JSON Schema 2020-12, the OpenAPI 3.1 dialect)`, location };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.location.file}:${d.location.line}:${d.location.column}:${d.rule}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function countSchemas(spec: LoadedSpec): number {
  const doc = spec.document as { definitions?: object; components?: { schemas?: object } };
  const schemas = spec.family === '2.0' ? doc.definitions : doc.components?.schemas;
  return schemas && typeof schemas === 'object' ? Object.keys(schemas).length : 0;
}
