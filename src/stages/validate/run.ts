/**
 * The validate stage: the loaded spec against its version's schema and the rules beyond it. A spec
 * whose root does not parse is invalid too, with the loader's findings.
 */
import type { InvalidSpecError } from '../../openapi/load/load.ts';
import type { LoadedSpec } from '../../openapi/load/loaded-spec.ts';
import type { Diagnostic, SpecFamily } from '../../openapi/types.ts';
import { validateSpec } from '../../openapi/validate/validate.ts';
import type { StageOutcome } from '../outcome.ts';

export interface Validation {
  valid: boolean;
  family?: SpecFamily;
  version?: string;
  operations: number;
  schemas: number;
  diagnostics: Diagnostic[];
}

export function runValidate(spec: LoadedSpec): StageOutcome<Validation> {
  return verdict(validateSpec(spec));
}

/** A spec that could not be loaded at all: its findings, nothing counted. */
export function unloadable(error: InvalidSpecError): StageOutcome<Validation> {
  return verdict({ valid: false, operations: 0, schemas: 0, diagnostics: error.diagnostics });
}

function verdict(validation: Validation): StageOutcome<Validation> {
  return { status: validation.valid ? 'ok' : 'failed', data: validation };
}
