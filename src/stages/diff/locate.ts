/**
 * Where each change is written in the revision, for annotations and the JSON report. oasdiff gives
 * a line for most changes; removals and a few others have none in the revision, so they point at
 * the nearest element that still exists: the operation, its path, or the components section.
 */
import path from 'node:path';
import type { SourceLocation, Spec } from '../../openapi/types.ts';
import type { OasdiffChange } from './oasdiff.ts';

export interface LocatedChange extends OasdiffChange {
  /** In the revision; absent only when the change cannot be placed in any revision file. */
  location?: SourceLocation;
}

const COMPONENT_KINDS: readonly [prefix: string, section: string][] = [
  ['api-schema-', 'schemas'],
  ['api-security-component-', 'securitySchemes'],
  ['request-body-component-', 'requestBodies'],
  ['response-component-', 'responses'],
  ['parameter-component-', 'parameters'],
];

export function locateChanges(changes: readonly OasdiffChange[], revision: Spec): LocatedChange[] {
  const byPath = new Map<string, Spec['root']>();
  for (const file of revision.files.values()) byPath.set(path.resolve(file.id), file);
  return changes.map((change) => ({ ...change, location: locate(change, revision, byPath) }));
}

function locate(change: OasdiffChange, revision: Spec, byPath: Map<string, Spec['root']>): SourceLocation | undefined {
  const point = change.revisionSource;
  if (point) {
    const file = byPath.get(path.resolve(point.file));
    if (file) return { file: file.displayPath, line: point.line, column: point.column, pointer: '' };
  }
  return revision.root.locate(parentPath(change));
}

/** The path (in the root file) of the element a change belongs to; locate() stops at what exists. */
export function parentPath(change: OasdiffChange): string[] {
  if (change.section === 'paths' && change.path) {
    return change.operation ? ['paths', change.path, change.operation.toLowerCase()] : ['paths', change.path];
  }
  if (change.section === 'components') {
    const kind = COMPONENT_KINDS.find(([prefix]) => change.id.startsWith(prefix))?.[1];
    return kind ? ['components', kind] : ['components'];
  }
  if (change.section) return [change.section];
  return [];
}
