/** A whole run for each surface: the validation part, then every spec's diff (or why it did not run). */
import { contractMarkdown, contractText } from '../stages/contract/report.ts';
import { renderSummary, renderText, toJson, type MarkdownOptions } from '../stages/diff/changelog.ts';
import type { PipelineReport, SpecRun, StageOutcome } from '../pipeline.ts';
import type { CollectionResult } from '../stages/collection/run.ts';
import { describeBuild, type BuildResult } from '../stages/build/build.ts';
import { syncSummary } from '../stages/postman/sync.ts';
import { code, escapeMarkdown } from '../text/markdown.ts';
import { validationJson, validationMarkdown, validationText } from '../stages/validate/report.ts';

export function pipelineText(report: PipelineReport): string {
  const parts = [validationText(report.validations)];
  for (const run of report.runs) {
    if (!run.diff) continue;
    if (run.diff.status === 'skipped') parts.push(`${run.spec}: API diff skipped: ${run.diff.reason}`);
    else if (run.diff.status === 'error') parts.push(`${run.spec}: API diff could not run: ${run.diff.error.describe()}`);
    else parts.push(renderText(run.diff.data).trimEnd());
  }
  for (const run of report.runs) {
    const collection = run.collection;
    if (collection?.status === 'ok') {
      const { file, requests, preserved, removed } = collection.data;
      parts.push(`${run.spec}: Postman collection ${file} (${requests} operations with contract tests; edits kept on ${preserved.length}, ${removed.length} removed)`);
    } else if (collection) parts.push(`${run.spec}: Postman collection ${notRun(collection)}`);
    if (run.postman?.status === 'ok') parts.push(`${run.spec}: published to Postman: ${run.postman.data.collection.url} (${run.postman.data.collection.action})`);
    else if (run.postman && run.postman.status !== 'skipped') parts.push(`${run.spec}: Postman sync ${notRun(run.postman)}`);
    const fastapi = run.fastapi;
    if (fastapi?.status === 'ok') {
      const { dir, written, kept, handlers } = fastapi.data;
      parts.push(`${run.spec}: FastAPI project ${dir} (${written.length} files written, ${kept.length} of yours kept)`);
      for (const h of handlers) parts.push(`  ${dir}/${h.file}: ${h.function}: ${h.detail}`);
    } else if (fastapi) parts.push(`${run.spec}: FastAPI project ${notRun(fastapi)}`);
    const contract = run.contract;
    if (contract?.status === 'ok' || contract?.status === 'failed') {
      const build = contract.data.readiness?.build;
      parts.push(`${run.spec}: contract tests against ${contract.data.report.url}${build ? ` (build ${build} answering)` : ''}\n${contractText(contract.data.report)}`);
    }
    else if (contract) parts.push(`${run.spec}: contract tests ${notRun(contract)}`);
  }
  if (report.build?.status === 'ok') parts.push(describeBuild(report.build.data));
  else if (report.build) parts.push(`image build ${notRun(report.build)}`);
  return parts.join('\n');
}

function notRun(outcome: StageOutcome<unknown>): string {
  if (outcome.status === 'skipped') return `skipped: ${outcome.reason}`;
  if (outcome.status === 'error') return `could not run: ${outcome.error.describe()}`;
  return '';
}

export function pipelineMarkdown(report: PipelineReport, options: MarkdownOptions = {}): string {
  const parts = [validationMarkdown(report.validations)];
  const withDiff = report.runs.filter((r) => r.diff);
  if (withDiff.length > 0) {
    parts.push('## API changes');
    const notes = withDiff.flatMap(diffNote);
    if (notes.length) parts.push(notes.join('\n'));
    if (report.diffs.length) parts.push(renderSummary(report.diffs, options));
  }
  const collections = report.runs.filter((r) => r.collection);
  if (collections.length > 0) {
    parts.push('## Postman collection', collections.flatMap((r) => [`- ${code(r.spec)}: ${collectionLine(r.collection!)}`, ...postmanLines(r)]).join('\n'));
  }
  const projects = report.runs.filter((r) => r.fastapi);
  if (projects.length > 0) parts.push('## FastAPI project', projects.map((r) => fastapiMarkdown(r)).join('\n'));
  if (report.build) parts.push('## Container image', buildMarkdown(report.build));
  for (const run of report.runs) {
    if (run.contract?.status === 'ok' || run.contract?.status === 'failed') {
      const build = run.contract.data.readiness?.build;
      parts.push(contractMarkdown(run.contract.data.report).trimEnd() + (build ? `\n\nBuild ${code(build)} was answering (its X-Build-Id header) when the tests ran.` : ''));
    }
    else if (run.contract) parts.push(`## Contract tests\n\n- ${code(run.spec)}: ${escapeMarkdown(notRun(run.contract))}`);
  }
  return parts.join('\n\n') + '\n';
}

function postmanLines(run: SpecRun): string[] {
  if (!run.postman) return [];
  if (run.postman.status === 'ok') return syncSummary(run.postman.data).map((line) => `  ${line}`);
  return [`  ${escapeMarkdown(notRun(run.postman))}`];
}

function fastapiMarkdown(run: SpecRun): string {
  const outcome = run.fastapi!;
  if (outcome.status !== 'ok' && outcome.status !== 'failed') return `- ${code(run.spec)}: ${escapeMarkdown(notRun(outcome))}`;
  const { dir, written, kept, handlers } = outcome.data;
  const lines = [`- ${code(run.spec)}: ${code(dir)}, ${written.length} generated files written, ${kept.length} of your files kept.`];
  if (handlers.length) {
    lines.push(`  Handlers to look at (${handlers.length}):`, ...handlers.map((h) => `  - ${code(`${h.file}`)} ${code(h.function)}: ${escapeMarkdown(h.detail)}`));
  }
  return lines.join('\n');
}

function buildMarkdown(outcome: StageOutcome<BuildResult>): string {
  if (outcome.status !== 'ok' && outcome.status !== 'failed') return `- ${escapeMarkdown(notRun(outcome))}`;
  const { reference, image, tags, buildId } = outcome.data;
  const head = reference ? `Pushed ${code(reference)}` : `Built ${code(image)} (not pushed)`;
  return `${head}, tagged ${tags.map(code).join(', ')}; build id ${code(buildId)}.`;
}

function collectionLine(outcome: StageOutcome<CollectionResult>): string {
  if (outcome.status !== 'ok' && outcome.status !== 'failed') return escapeMarkdown(notRun(outcome));
  const { file, requests, preserved, removed, warnings } = outcome.data;
  return `${code(file)}: ${requests} operations with contract tests; people's edits kept on ${preserved.length}, ${removed.length} removed${warnings.length ? `; ${warnings.length} warnings` : ''}.`;
}

function diffNote(run: SpecRun): string[] {
  if (run.diff?.status === 'skipped') return [`- ${code(run.spec)}: not compared: ${escapeMarkdown(run.diff.reason)}`];
  if (run.diff?.status === 'error') {
    const { message, hint } = run.diff.error;
    return [`- ❌ ${code(run.spec)}: the comparison could not run: ${escapeMarkdown(message)}${hint ? ` ${escapeMarkdown(hint)}` : ''}`];
  }
  return [];
}

export function pipelineJson(report: PipelineReport): object {
  return {
    ok: report.ok,
    ...validationJson(report.validations),
    diffs: report.runs.flatMap((run) => {
      if (!run.diff) return [];
      if (run.diff.status === 'skipped') return [{ spec: run.spec, skipped: run.diff.reason }];
      if (run.diff.status === 'error') return [{ spec: run.spec, error: run.diff.error.message, hint: run.diff.error.hint ?? null }];
      return [toJson(run.diff.data)];
    }),
    collections: report.runs.flatMap((run) => (run.collection ? [{ spec: run.spec, ...stageJson(run.collection, (d) => d) }] : [])),
    contracts: report.runs.flatMap((run) => (run.contract ? [{ spec: run.spec, ...stageJson(run.contract, (d) => d.report) }] : [])),
    postman: report.runs.flatMap((run) => (run.postman ? [{ spec: run.spec, ...stageJson(run.postman, (d) => d) }] : [])),
    fastapi: report.runs.flatMap((run) => (run.fastapi ? [{ spec: run.spec, ...stageJson(run.fastapi, (d) => ({ dir: d.dir, written: d.written.length, kept: d.kept, handlers: d.handlers })) }] : [])),
    ...(report.build && { build: stageJson(report.build, (d) => ({ image: d.image, digest: d.digest ?? null, reference: d.reference ?? null, buildId: d.buildId, tags: d.tags, labels: d.metadata.labels })) }),
  };
}

function stageJson<T>(outcome: StageOutcome<T>, data: (value: T) => unknown): object {
  if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason };
  if (outcome.status === 'error') return { status: 'error', error: outcome.error.message, hint: outcome.error.hint ?? null };
  return { status: outcome.status, result: data(outcome.data) };
}
