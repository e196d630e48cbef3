/** The action: inputs → Config → pipeline → annotations, check run, summary, outputs, exit status. */
import * as core from '@actions/core';
import { parseConfig, type Config, type RawConfig } from './config.ts';
import { UserError } from './errors.ts';
import { annotate, publishCheckRun } from './github/annotations.ts';
import { readRunContext } from './github/context.ts';
import { inertLogText } from './github/log-text.ts';
import { runPipeline, type PipelineReport } from './pipeline.ts';
import { validationMarkdown, validationText } from './report/validation.ts';
import { escapeMarkdown } from './report/markdown.ts';

const inputNames = ['spec', 'stages', 'root', 'allow-remote-refs', 'max-file-size', 'github-token'] as const;

export function configFromInputs(): Config {
  const raw: RawConfig = {};
  for (const name of inputNames) raw[name] = core.getInput(name);
  if (raw['github-token']) core.setSecret(raw['github-token']);
  return parseConfig(raw, { name: (key) => `input "${key}"`, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() });
}

export async function run(): Promise<void> {
  try {
    const config = configFromInputs();
    const report = await core.group('Validate', () => runPipeline(config));
    await publish(report, config);
    if (!report.ok) core.setFailed(`The OpenAPI description is invalid: ${errorCount(report)} error(s); see the annotations and the job summary.`);
  } catch (error) {
    if (error instanceof UserError) core.setFailed(inertLogText(error.describe()));
    else {
      core.debug(String((error as Error).stack));
      core.setFailed(`Internal error in fastapi-postman-deploy (please report it): ${inertLogText((error as Error).message)}`);
    }
  }
}

async function publish(report: PipelineReport, config: Config): Promise<void> {
  const diagnostics = report.validations.flatMap((v) => v.diagnostics);
  core.info(inertLogText(validationText(report.validations)));
  annotate(diagnostics);

  let summary = validationMarkdown(report.validations);
  const check = await publishCheckRun('OpenAPI validation', diagnostics, summary.slice(0, 60_000), config.githubToken, readRunContext());
  if (check.url) summary += `\nEvery finding is annotated on the commit in the check run [OpenAPI validation](${encodeURI(check.url)}).\n`;
  if (check.note) summary += `\n> ${escapeMarkdown(check.note)}\n`;
  await core.summary.addRaw(summary).write();

  core.setOutput('valid', String(report.ok));
  core.setOutput('spec-version', [...new Set(report.validations.map((v) => v.version ?? 'unknown'))].join(','));
  core.setOutput('operations', String(report.validations.reduce((n, v) => n + v.operations, 0)));
  core.setOutput('errors', String(errorCount(report)));
}

function errorCount(report: PipelineReport): number {
  return report.validations.reduce((n, v) => n + v.diagnostics.filter((d) => d.severity === 'error').length, 0);
}
