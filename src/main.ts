/** The action: inputs → Config → pipeline → annotations, check runs, comment, summary, outputs, exit status. */
import * as core from '@actions/core';
import { inputNames, parseConfig, type Config, type RawConfig } from './config.ts';
import { UserError } from './errors.ts';
import { annotate, publishDiagnostics } from './github/annotations.ts';
import { baseEventFor, pullRequestLabels, readRunContext } from './github/context.ts';
import { inertLogText } from './github/log-text.ts';
import { createGitHubClient } from './github/octokit.ts';
import { publishDiff } from './github/publish-diff.ts';
import { runPipeline, type PipelineReport } from './pipeline.ts';
import { escapeMarkdown } from './report/markdown.ts';
import { pipelineMarkdown, pipelineText } from './report/pipeline.ts';
import { validationMarkdown } from './report/validation.ts';

export function configFromInputs(): Config {
  const raw: RawConfig = {};
  for (const name of inputNames) raw[name] = core.getInput(name);
  if (raw['github-token']) core.setSecret(raw['github-token']);
  const config = parseConfig(raw, { name: (key) => `input "${key}"`, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() });
  for (const secret of Object.values(config.contract.credentials)) if (secret) core.setSecret(secret);
  return config;
}

export async function run(): Promise<void> {
  try {
    const config = configFromInputs();
    const context = readRunContext();
    const report = await core.group('Validate and compare', () =>
      runPipeline(config, { baseEvent: baseEventFor(context, config.diff.base), labels: pullRequestLabels(context), log: (m) => core.info(inertLogText(m)) }),
    );
    core.info(inertLogText(pipelineText(report)));
    const client = config.githubToken ? createGitHubClient({ token: config.githubToken, apiUrl: context.apiUrl, log: (m) => core.info(inertLogText(m)) }) : undefined;

    const diagnostics = report.validations.flatMap((v) => v.diagnostics);
    annotate(diagnostics);
    const notes: string[] = [];
    const check = await publishDiagnostics('OpenAPI validation', diagnostics, validationMarkdown(report.validations).slice(0, 60_000), client, context);
    if (check.url) notes.push(`Every finding is annotated on the commit in the check run [OpenAPI validation](${encodeURI(check.url)}).`);
    if (check.note) notes.push(escapeMarkdown(check.note));
    const diff = config.stages.includes('diff') ? await publishDiff(report.diffs, config, client, context) : undefined;
    notes.push(...(diff?.notes ?? []));
    const broken = report.runs.flatMap((r) => (r.contract?.status === 'failed' ? r.contract.data.diagnostics : []));
    annotate(broken);
    const contractCheck = await publishDiagnostics('OpenAPI contract', broken, 'Operations whose responses break the contract.', client, context);
    if (contractCheck.url) notes.push(`Every failing operation is annotated in the check run [OpenAPI contract](${encodeURI(contractCheck.url)}).`);

    await core.summary.addRaw(pipelineMarkdown(report) + notes.map((n) => `\n> ${n}\n`).join('')).write();
    setOutputs(report, diff?.outputs ?? {});
    const failure = failureOf(report);
    if (failure) core.setFailed(failure);
  } catch (error) {
    if (error instanceof UserError) core.setFailed(inertLogText(error.describe()));
    else {
      core.debug(String((error as Error).stack));
      core.setFailed(`Internal error in fastapi-postman-deploy (please report it): ${inertLogText((error as Error).message)}`);
    }
  }
}

function setOutputs(report: PipelineReport, diffOutputs: Record<string, string>): void {
  const outputs: Record<string, string> = {
    valid: String(report.validations.every((v) => v.valid)),
    'spec-version': [...new Set(report.validations.map((v) => v.version ?? 'unknown'))].join(','),
    operations: String(report.validations.reduce((n, v) => n + v.operations, 0)),
    errors: String(errorCount(report)),
    breaking: 'false',
    'breaking-count': '0',
    changes: JSON.stringify({ ERR: 0, WARN: 0, INFO: 0 }),
    changelog: '',
    ...diffOutputs,
    ...stageOutputs(report),
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

function stageOutputs(report: PipelineReport): Record<string, string> {
  const collections = report.runs.flatMap((r) => (r.collection?.status === 'ok' ? [r.collection.data.file] : []));
  const contracts = report.runs.flatMap((r) => (r.contract?.status === 'ok' || r.contract?.status === 'failed' ? [r.contract.data.report] : []));
  return {
    'collection-file': collections.join('\n'),
    'contract-passed': String(contracts.reduce((n, c) => n + c.passed, 0)),
    'contract-failed': String(contracts.reduce((n, c) => n + c.failed, 0)),
  };
}

/** One sentence for the step's failure, naming every stage that failed. */
function failureOf(report: PipelineReport): string | undefined {
  const reasons: string[] = [];
  const errors = errorCount(report);
  if (errors > 0) reasons.push(`the OpenAPI description is invalid: ${errors} error(s)`);
  const gated = report.runs.filter((r) => r.diff?.status === 'failed').map((r) => r.spec);
  if (gated.length) reasons.push(`breaking changes fail the gate in ${gated.join(', ')}`);
  const broken = report.runs.flatMap((r) => (r.diff?.status === 'error' ? [`${r.spec}: ${r.diff.error.describe()}`] : []));
  if (broken.length) reasons.push(`the comparison could not run (${broken.join('; ')})`);
  const failing = report.runs.reduce((n, r) => n + (r.contract?.status === 'failed' ? r.contract.data.report.failed : 0), 0);
  if (failing) reasons.push(`${failing} operation(s) break the contract`);
  const stopped = report.runs.flatMap((r) => [r.collection, r.contract].flatMap((o) => (o?.status === 'error' ? [`${r.spec}: ${o.error.describe()}`] : [])));
  if (stopped.length) reasons.push(`a stage could not run (${stopped.join('; ')})`);
  return reasons.length ? inertLogText(`${reasons.join('; ')}. See the annotations and the job summary.`) : undefined;
}

function errorCount(report: PipelineReport): number {
  return report.validations.reduce((n, v) => n + v.diagnostics.filter((d) => d.severity === 'error').length, 0);
}
