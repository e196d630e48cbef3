/** operationId must be unique: generators name functions, requests and handlers after it. */
import type { LoadedSpec } from '../../load/loaded-spec.ts';
import type { Diagnostic, SourceLocation } from '../../types.ts';
import { at, operations } from './operations.ts';

export function duplicateOperationIds(spec: LoadedSpec): Diagnostic[] {
  const first = new Map<string, { label: string; location: SourceLocation }>();
  const found: Diagnostic[] = [];
  for (const site of operations(spec)) {
    const id = site.operation.value.operationId;
    if (typeof id !== 'string') continue;
    const label = `${site.method.toUpperCase()} ${site.template}`;
    const location = at(site.operation.place, 'operationId');
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, { label, location });
      continue;
    }
    found.push({
      severity: 'error',
      rule: 'duplicate-operation-id',
      message: `operationId "${id}" of ${label} is already used by ${earlier.label} (${earlier.location.file}:${earlier.location.line})`,
      hint: 'Give each operation its own operationId; generated code and requests are named after it.',
      location,
    });
  }
  return found;
}
