/** The action: inputs → Config → pipeline → annotations, check runs, comment, summary, outputs, exit status. */
import * as core from '@actions/core';
import { inputNames, parseConfig, type Config, type RawConfig } from './config.ts';
import { UserError } from './errors.ts';
import { annotate, publishDiagnostics } from './github/annotations.ts';
import { buildOutputs } from './stages/build/build.ts';
import { defaultImageName } from './container/reference.ts';
import { baseEventFor, pullRequestLabels, readRunContext, type RunContext } from './github/context.ts';
import { inertLogText } from './text/workflow-log.ts';
import { createGitHubClient, type GitHubClient } from './github/octokit.ts';
import { publishDiff } from './stages/diff/publish.ts';
import { runPipeline, type ImageContext, type PipelineReport } from './pipeline.ts';
import { registriesState } from './post.ts';
import { escapeMarkdown } from './text/markdown.ts';
import { pipelineMarkdown, pipelineText } from './report/pipeline.ts';
import { validationMarkdown } from './stages/validate/report.ts';

export function configFromInputs(): Config {
  const raw: RawConfig = {};
  for (const name of inputNames) raw[name] = core.getInput(name);
  if (raw['github-token']) core.setSecret(raw['github-token']);
  const config = parseConfig(raw, { name: (key) => `input "${key}"`, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() });
  for (const secret of [...Object.values(config.contract.credentials), config.build.registryPassword, config.postman.apiKey]) if (secret) core.setSecret(secret);
  return config;
}

export async function run(): Promise<void> {
  try {
    const config = configFromInputs();
    const context = readRunContext();
    const log = (m: string) => core.info(inertLogText(m));
    const report = await core.group('Run the stages', () =>
      runPipeline(config, { baseEvent: baseEventFor(context, config.diff.base), labels: pullRequestLabels(context), image: imageContext(config, context), log }),
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

    const committed = config.commitBack === 'off' ? undefined : await core.group('Commit the regenerated files back', () => commitBack(report, config, context, client));
    const committedMarkdown = committed ? `\n${committed.markdown}` : '';
    await core.summary.addRaw(pipelineMarkdown(report) + committedMarkdown + notes.map((n) => `\n> ${n}\n`).join('')).write();
    setOutputs(report, { ...(diff?.outputs ?? {}), ...committed?.outputs });
    const failure = [failureOf(report), committed?.failure].filter(Boolean).join(' ') || undefined;
    if (failure) core.setFailed(failure);
  } catch (error) {
    if (error instanceof UserError) core.setFailed(inertLogText(error.describe()));
    else {
      core.debug(String((error as Error).stack));
      core.setFailed(`Internal error in fastapi-postman-deploy (please report it): ${inertLogText((error as Error).message)}`);
    }
  }
}

async function commitBack(report: PipelineReport, config: Config, context: RunContext, client: GitHubClient | undefined) {
  const { commitBackMarkdown, commitBackStage } = await import('./stages/commit-back/run.ts');
  const outcome = await commitBackStage(report, { mode: config.commitBack, workspace: config.workspace, token: config.githubToken, collectionOut: config.collection.out }, context, client);
  const data = outcome.status === 'ok' ? outcome.data : undefined;
  return {
    markdown: commitBackMarkdown(outcome),
    outputs: { 'commit-back-commit': data?.commit ?? '', 'commit-back-pull-request': data?.pullRequest?.url ?? '' },
    failure: outcome.status === 'error' ? inertLogText(`Commit-back failed: ${outcome.error.describe()}`) : undefined,
  };
}

/** Where the build pushes by default (GitHub's registry, as the workflow token), and what tags it. */
function imageContext(config: Config, context: RunContext): ImageContext {
  const repository = context.event.repository as { default_branch?: string; html_url?: string } | undefined;
  const pull = context.event.pull_request as { number?: number } | undefined;
  const loggedIn: string[] = [];
  return {
    run: {
      eventName: context.eventName,
      ref: context.ref,
      sha: context.sha,
      defaultBranch: repository?.default_branch,
      pullRequest: pull?.number,
      repositoryUrl: repository?.html_url ?? (context.owner && context.repo ? `${context.serverUrl}/${context.owner}/${context.repo}` : undefined),
    },
    defaultName: context.owner && context.repo ? defaultImageName(context.owner, context.repo) : undefined,
    defaultCredentials: config.githubToken && process.env.GITHUB_ACTOR ? { username: process.env.GITHUB_ACTOR, password: config.githubToken } : undefined,
    // The post step logs out of these, even when the build failed after logging in.
    onLogin: (server) => {
      loggedIn.push(server);
      core.saveState(registriesState, JSON.stringify(loggedIn));
    },
  };
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
  const projects = report.runs.flatMap((r) => (r.fastapi?.status === 'ok' ? [r.fastapi.data] : []));
  const contracts = report.runs.flatMap((r) => (r.contract?.status === 'ok' || r.contract?.status === 'failed' ? [r.contract.data.report] : []));
  return {
    'collection-file': collections.join('\n'),
    'fastapi-dir': projects.map((p) => p.dir).join('\n'),
    'handler-report': JSON.stringify(projects.flatMap((p) => p.handlers.map((h) => ({ ...h, file: `${p.dir}/${h.file}` })))),
    'contract-passed': String(contracts.reduce((n, c) => n + c.passed, 0)),
    'contract-failed': String(contracts.reduce((n, c) => n + c.failed, 0)),
    ...(report.build?.status === 'ok' ? buildOutputs(report.build.data) : {}),
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
  const stopped = report.runs.flatMap((r) => [r.collection, r.postman, r.fastapi, r.contract].flatMap((o) => (o?.status === 'error' ? [`${r.spec}: ${o.error.describe()}`] : [])));
  if (report.build?.status === 'error') stopped.push(`image: ${report.build.error.describe()}`);
  if (stopped.length) reasons.push(`a stage could not run (${stopped.join('; ')})`);
  return reasons.length ? inertLogText(`${reasons.join('; ')}. See the annotations and the job summary.`) : undefined;
}

function errorCount(report: PipelineReport): number {
  return report.validations.reduce((n, v) => n + v.diagnostics.filter((d) => d.severity === 'error').length, 0);
}
