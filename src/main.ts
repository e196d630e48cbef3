/**
 * The action's door: inputs → Config → pipeline (a log group per stage as it runs) → annotations,
 * check runs, the pull request comment, the job summary, outputs, and the step's verdict.
 */
import * as core from '@actions/core';
import { inputNames, parseConfig, type Config, type RawConfig, type SettingName } from './config.ts';
import { readRepositorySettings, settingsFor, type RepositorySettings } from './config-file/repository-settings.ts';
import { InternalError, UserError } from './errors.ts';
import { annotate, publishDiagnostics } from './github/annotations.ts';
import { defaultImageName } from './container/reference.ts';
import { pullRequestLabels, readRunContext, type RunContext } from './github/context.ts';
import { LogGroups } from './github/log-groups.ts';
import { createGitHubClient, type GitHubClient } from './github/octokit.ts';
import { entriesOf, runPipeline, type PipelineReport } from './pipeline.ts';
import { registriesState } from './post.ts';
import { runFailure, runMarkdown, runOutputs } from './report/surfaces.ts';
import type { ImageContext } from './stages/build/run.ts';
import { contractDiagnostics, contractStage } from './stages/contract/report.ts';
import { baseEventFor } from './stages/diff/base.ts';
import { publishDiff } from './stages/diff/publish.ts';
import { diffReports, diffStage } from './stages/diff/report.ts';
import { validateStage, validationDiagnostics } from './stages/validate/report.ts';
import { escapeMarkdown } from './text/markdown.ts';
import { inertLogText } from './text/workflow-log.ts';

/** The inputs given, each secret masked before anything else runs. */
function readInputs(): RawConfig {
  const raw: RawConfig = {};
  for (const name of inputNames) {
    const value = core.getInput(name);
    if (value !== '') raw[name] = value;
  }
  for (const secret of [raw['github-token'], raw['registry-password'], raw['postman-api-key']]) if (secret) core.setSecret(secret);
  return raw;
}

/** Each line of a secret, for the runner to mask: a multi-line one may be printed a line at a time. */
function maskLines(secret: string): void {
  for (const line of secret.split('\n')) if (line.trim()) core.setSecret(line);
}

/**
 * The deploy's secrets come from the step's environment: masked before any stage can print one.
 * The targets are loaded only for a run that deploys.
 */
async function maskDeploySecrets(config: Config): Promise<void> {
  if (!config.deploy.target) return;
  const [{ deployTargets }, { secretVariablesOf }] = await Promise.all([
    import('./stages/deploy/targets/index.ts'),
    import('./stages/deploy/deployment-collection.ts'),
  ]);
  for (const name of secretVariablesOf(deployTargets[config.deploy.target])) {
    const secret = process.env[name];
    if (secret) maskLines(secret);
  }
}

/**
 * Cloud Run's sign-in by token exchange needs the job's OpenID Connect token, for the workload
 * identity provider as its audience: fetched here (given `id-token: write`) unless a token is in the
 * environment already. core.getIDToken masks it.
 */
async function signInWithOidc(config: Config): Promise<void> {
  const provider = config.deploy.settings.workloadIdentityProvider;
  if (config.deploy.target !== 'cloud-run' || !provider || process.env.GOOGLE_ACCESS_TOKEN || process.env.OIDC_ID_TOKEN) return;
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      "signing in to Google Cloud with workloadIdentityProvider needs the job's OpenID Connect token",
      undefined,
      'Give the job `permissions: { id-token: write }`, or set GOOGLE_ACCESS_TOKEN from google-github-actions/auth.',
    );
  }
  try {
    process.env.OIDC_ID_TOKEN = await core.getIDToken(`https://iam.googleapis.com/${provider}`);
  } catch (error) {
    throw new UserError(`the job's OpenID Connect token could not be had: ${(error as Error).message}`, undefined, 'Check that the job has `id-token: write`.');
  }
}

/**
 * The Config of a spec (or of the run): the inputs given, over the repository's configuration file
 * as the trusted revision has it. A setting from the file is named by its line in messages.
 */
function configMaker(inputs: RawConfig, file: RepositorySettings['file'], workspace: string): (spec?: string) => Config {
  const masked = new Set<string>();
  return (spec) => {
    const fromFile = settingsFor(file, spec);
    const name = (key: SettingName) => (key in inputs || !fromFile.where[key] ? `input "${key}"` : `${key} (${fromFile.where[key]})`);
    const config = parseConfig({ ...fromFile.settings, ...inputs }, { name, workspace });
    for (const secret of Object.values(config.contract.credentials)) {
      if (secret && !masked.has(secret)) maskLines(secret);
      masked.add(secret);
    }
    return config;
  };
}

export async function run(): Promise<void> {
  const groups = new LogGroups();
  try {
    const inputs = readInputs();
    const context = readRunContext();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const log = (message: string) => core.info(inertLogText(message));
    // The base the diff compares with is also the revision whose configuration the run obeys.
    const against = baseEventFor(context, inputs.base?.trim() || undefined);
    const repository = await core.group('Read the configuration', () =>
      readRepositorySettings({ workspace, named: inputs['config-file']?.trim() || undefined, base: against, log }),
    );
    const configFor = configMaker(inputs, repository.file, workspace);
    const config = configFor();
    await maskDeploySecrets(config);
    await signInWithOidc(config);
    const client = config.githubToken ? createGitHubClient({ token: config.githubToken, apiUrl: context.apiUrl, log }) : undefined;
    const report = await runPipeline(config, {
      // Resolved once, to read the configuration at it: the diff takes that commit rather than working it out again.
      against: repository.baseCommit ? { kind: 'commit', commit: repository.baseCommit } : against,
      labels: pullRequestLabels(context),
      image: imageContext(config, context),
      github: { client, run: context },
      progress: groups,
      configFor,
    });
    const published = await core.group('Publish the report', () => publish(report, config, client, context, repository.notice));
    const notice = repository.notice ? `${repository.notice}\n\n` : '';
    await core.summary.addRaw(notice + runMarkdown(report) + published.notes.map((n) => `\n> ${n}\n`).join('')).write();
    for (const [name, value] of Object.entries({ ...runOutputs(report), ...published.outputs })) core.setOutput(name, value);
    // A bug met in one stage is in the report in its place; its stack is for the debug log.
    for (const { outcome } of report.outcomes)
      if (outcome.status === 'error' && outcome.error instanceof InternalError)
        core.debug(String((outcome.error.original as Error)?.stack ?? outcome.error.original));
    const failure = runFailure(report);
    if (failure) core.setFailed(inertLogText(failure));
  } catch (error) {
    groups.close();
    if (error instanceof UserError) core.setFailed(inertLogText(error.describe()));
    else {
      core.debug(String((error as Error).stack));
      core.setFailed(`Internal error in fastapi-postman-deploy (please report it): ${inertLogText((error as Error).message)}`);
    }
  }
}

/** Annotations and check runs for the findings, and the diff's pull request comment and changes file. */
async function publish(report: PipelineReport, config: Config, client: GitHubClient | undefined, context: RunContext, notice: string | undefined) {
  const validations = entriesOf(report, validateStage);
  const diagnostics = validationDiagnostics(validations);
  annotate(diagnostics);
  const notes: string[] = [];
  const check = await publishDiagnostics(
    'OpenAPI validation',
    diagnostics,
    (validateStage.report.markdown?.(validations) ?? '').slice(0, 60_000),
    client,
    context,
  );
  if (check.url) notes.push(`Every finding is annotated on the commit in the check run [OpenAPI validation](${encodeURI(check.url)}).`);
  if (check.note) notes.push(escapeMarkdown(check.note));
  const diff = config.stages.includes('diff') ? await publishDiff(diffReports(entriesOf(report, diffStage)), config, client, context, notice) : undefined;
  notes.push(...(diff?.notes ?? []));
  const broken = contractDiagnostics(entriesOf(report, contractStage));
  annotate(broken);
  const contractCheck = await publishDiagnostics('OpenAPI contract', broken, 'Operations whose responses break the contract.', client, context);
  if (contractCheck.url) notes.push(`Every failing operation is annotated in the check run [OpenAPI contract](${encodeURI(contractCheck.url)}).`);
  return { notes, outputs: diff?.outputs ?? {} };
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
