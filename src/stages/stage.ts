/**
 * The shape every stage shares. A stage folder holds its run (what it needs in, a StageOutcome out)
 * and its report (`report.ts`): a StageDefinition saying how its outcomes read on every surface.
 * The pipeline records each outcome against its definition, and the surfaces (terminal, job summary,
 * JSON, action outputs, the step's failure message) render whatever was recorded, in stage order,
 * without knowing any stage by name.
 */
import type { StageOutcome } from './outcome.ts';

export type StageName = 'validate' | 'diff' | 'collection' | 'postman' | 'fastapi' | 'build' | 'deploy' | 'contract' | 'commit-back';

/** One outcome of a stage: for one spec, or for the whole run (`spec` undefined) when the stage runs once. */
export interface StageEntry<T> {
  spec: string | undefined;
  outcome: StageOutcome<T>;
}

export interface StageReport<T> {
  /** Lines for the terminal and the action log. */
  text(entry: StageEntry<T>): string[];
  /** The job summary's section (heading included), from every entry of the run. */
  markdown?(entries: readonly StageEntry<T>[]): string | undefined;
  /** The stage's keys in the CLI's JSON document. */
  json?(entries: readonly StageEntry<T>[]): Record<string, unknown>;
  /** The action outputs the stage sets. */
  outputs?(entries: readonly StageEntry<T>[]): Record<string, string>;
  /** Why the step fails because of this stage: one clause per cause, none when it passed. */
  failures?(entries: readonly StageEntry<T>[]): string[];
}

export interface StageDefinition<T> {
  name: StageName;
  /** How the action log's group for the stage is titled. */
  title: string;
  report: StageReport<T>;
}
