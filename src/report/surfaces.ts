/**
 * The run on each surface: every stage's report in stage order, for the terminal (the CLI and the
 * action log), the job summary, the CLI's JSON document, the action's outputs, and the one sentence
 * a failed step ends with. No stage is named here: adding one to the pipeline's order is enough.
 */
import { entriesOf, stageOrder, type PipelineReport } from '../pipeline.ts';

export function runText(report: PipelineReport): string {
  return stageOrder.flatMap((stage) => entriesOf(report, stage).flatMap((entry) => stage.report.text(entry))).join('\n');
}

export function runMarkdown(report: PipelineReport): string {
  const sections = stageOrder.flatMap((stage) => {
    const entries = entriesOf(report, stage);
    return entries.length ? (stage.report.markdown?.(entries) ?? []) : [];
  });
  return sections.map((s) => s.trimEnd()).join('\n\n') + '\n';
}

export function runJson(report: PipelineReport): object {
  const stages = stageOrder.map((stage) => stage.report.json?.(entriesOf(report, stage)) ?? {});
  return Object.assign({ ok: report.ok }, ...stages);
}

/** Every output the action declares is set, a stage that did not run giving its empty values. */
export function runOutputs(report: PipelineReport): Record<string, string> {
  return Object.assign({}, ...stageOrder.map((stage) => stage.report.outputs?.(entriesOf(report, stage)) ?? {}));
}

/** Why the step fails, naming every stage that failed; undefined when the run passed. */
export function runFailure(report: PipelineReport): string | undefined {
  const reasons = stageOrder.flatMap((stage) => stage.report.failures?.(entriesOf(report, stage)) ?? []);
  return reasons.length ? `${reasons.join('; ')}. See the annotations and the job summary.` : undefined;
}
