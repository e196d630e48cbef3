/**
 * The OpenAPI 3 form of a loaded spec, which is what the model and the generators read: a 3.x spec
 * as it is, a Swagger 2.0 one converted (once per spec, however many stages ask), with the
 * conversion's warnings located in the 2.0 file.
 */
import { convertSwagger2 } from './swagger2/convert.ts';
import type { Diagnostic, Spec } from '../types.ts';

export interface OpenApi3 {
  spec: Spec;
  /** What the conversion could not carry over exactly; empty for a 3.x spec. */
  warnings: readonly Diagnostic[];
}

const converted = new WeakMap<Spec, OpenApi3>();

export function openApi3(spec: Spec): OpenApi3 {
  if (spec.family !== '2.0') return { spec, warnings: [] };
  let found = converted.get(spec);
  if (!found) converted.set(spec, (found = convertSwagger2(spec)));
  return found;
}
