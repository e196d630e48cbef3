#!/usr/bin/env node
/**
 * fastapi-postman-deploy <command>: the action's engine from a terminal. Every command but `serve` is
 * the pipeline with a subset of its stages; flags carry the action inputs' names (flags.ts) and go
 * through the same Config parsing as the inputs.
 * Exit status: 0 ok, 1 a check failed, 2 bad usage or unreadable input, 3 a bug of ours.
 */
import { Command, CommanderError, Option } from 'commander';
import newmanPackage from 'newman/package.json' with { type: 'json' };
import projectPackage from '../package.json' with { type: 'json' };
import { deployTargetNames, parseConfig, parseCredentials, parseDeploySettings, type Config, type RawConfig, type SettingName } from './config.ts';
import { readRepositorySettings, settingsFor } from './config-file/repository-settings.ts';
import { InternalError, UserError } from './errors.ts';
import { commands, settingName, type CommandSpec, type FlagSpec } from './cli/flags.ts';
import { entriesOf, runPipeline, type PipelineReport } from './pipeline.ts';
import { runJson, runText } from './report/surfaces.ts';
import { buildCommandJson, buildStage, describeBuild } from './stages/build/report.ts';
import { collectionCommandText, collectionStage } from './stages/collection/report.ts';
import { contractStage, contractText } from './stages/contract/report.ts';
import { renderReport } from './stages/diff/changelog.ts';
import { OASDIFF_VERSION } from './stages/diff/oasdiff-binary.ts';
import { diffStage } from './stages/diff/report.ts';
import { fastapiCommandText, fastapiStage } from './stages/fastapi/report.ts';
import type { StageDefinition } from './stages/stage.ts';
import { validateStage } from './stages/validate/report.ts';
import { terminalJson, terminalText } from './text/terminal.ts';

/** Our version, and the releases of the tools whose rules decide the verdicts. */
const versions = [
  `fastapi-postman-deploy ${process.env.FPD_VERSION ?? projectPackage.version}`,
  `oasdiff ${OASDIFF_VERSION}`,
  `newman ${newmanPackage.version}`,
].join('\n');

type Values = Record<string, string | boolean | string[] | undefined>;

/** What a command prints from the run: its stage's result when it ran, else what stopped it. */
interface Printer<T> {
  stage: StageDefinition<T>;
  text(data: T): string;
  json(data: T): unknown;
  /** The exit status when the stage ran: 1 when its check failed. */
  passed(data: T): boolean;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('fastapi-postman-deploy')
    .description('Validate an OpenAPI contract, gate breaking changes, generate its Postman collection and FastAPI project, build, and contract-test it.')
    .version(versions, '-v, --version', 'the version, with those of oasdiff and Newman')
    .helpOption('-h, --help', 'this text')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  let outcome: Promise<number> = Promise.resolve(0);
  for (const spec of commands) {
    const usage = [spec.name, ...spec.arguments.map((a) => (a.optional ? `[${a.name}]` : `<${a.name}${a.variadic ? '...' : ''}>`))].join(' ');
    const command = program.command(usage).description(spec.summary).helpOption('-h, --help', 'this text').showSuggestionAfterError(true).exitOverride();
    command.addHelpText(
      'after',
      `\nExamples:\n${spec.examples.map((e) => `  $ fastapi-postman-deploy ${e}`).join('\n')}\n\nExit status: 0 ok, 1 the check failed, 2 bad usage or unreadable input.`,
    );
    for (const flag of spec.flags) command.addOption(option(flag));
    command.action((...args: unknown[]) => {
      // Commander passes the arguments, then the options, then the command.
      const values = args.at(-2) as Values;
      const positionals = args.slice(0, spec.arguments.length).map((a) => a as string | string[]);
      outcome = run(spec, positionals, values);
    });
  }
  if (argv.length === 0) {
    process.stdout.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end here with exit code 0; a usage mistake has already been printed.
    return error.exitCode === 0 ? 0 : 2;
  }
  return outcome;
}

function option(flag: FlagSpec): Option {
  const shape = flag.kind === 'switch' ? `--${flag.flag}` : `--${flag.flag} <${flag.value ?? 'value'}>`;
  const made = new Option(shape, flag.help);
  if (flag.kind === 'list') made.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  if (flag.env) made.env(flag.env);
  if (flag.required) made.makeOptionMandatory();
  return made;
}

async function run(spec: CommandSpec, positionals: Array<string | string[]>, values: Values): Promise<number> {
  const json = values.json === true;
  try {
    if (spec.name === 'serve') return await serve(positionals[0] as string, values);
    if (spec.name === 'deploy-collection') return await deployCollection(spec, positionals[0] as string | undefined, values, json);
    const configFor = await configsFor(spec, positionals, values);
    const config = configFor();
    const report = await runPipeline(config, {
      configFor,
      against:
        spec.name === 'diff' ? { kind: 'file', file: positionals[0] as string } : config.diff.base ? { kind: 'commit', commit: config.diff.base } : undefined,
      labels: (values.label as string[] | undefined) ?? [],
      // What git says of the working copy tags and labels an image; only a build needs it.
      image: config.stages.includes('build') ? { run: await (await import('./stages/build/local-run.ts')).localRun(process.cwd()) } : undefined,
      serveLocally: async (dir, info, credentials) => {
        const { serveLocally } = await import('./stages/contract/serve-locally.ts');
        return serveLocally(dir, info, credentials, {
          using: config.contract.serveWith,
          buildArgs: config.build.buildArgs,
          cwd: process.cwd(),
          note: (text) => process.stderr.write(`${terminalText(text)}\n`),
        });
      },
      progress: { start: () => ({ log: (line) => process.stderr.write(`${terminalText(line)}\n`), end: () => {} }) },
    });
    const code = await print(spec, report, values, json);
    // A bug met in one stage was reported in its place; its stack goes to stderr, and the exit says it was ours.
    const internal = report.outcomes.flatMap(({ outcome }) => (outcome.status === 'error' && outcome.error instanceof InternalError ? [outcome.error] : []));
    for (const error of internal)
      process.stderr.write(`${error.message}
${error.original instanceof Error ? (error.original.stack ?? '') : ''}
`);
    return internal.length > 0 ? 3 : code;
  } catch (error) {
    if (error instanceof UserError) return fail(error, json);
    throw error;
  }
}

/**
 * The command's Config, and each spec's: its arguments and flags as the action's raw inputs, over the
 * repository's configuration file (the working tree's: on a laptop the checkout is the user's own),
 * over the command's defaults; the stages a command stands for always hold. One parser, config.ts.
 */
async function configsFor(spec: CommandSpec, positionals: Array<string | string[]>, values: Values): Promise<(specPath?: string) => Config> {
  const given: RawConfig = {};
  spec.arguments.forEach((argument, i) => {
    const value = positionals[i];
    if (argument.setting && value !== undefined) given[argument.setting] = Array.isArray(value) ? value.join('\n') : value;
  });
  for (const flag of spec.flags) {
    const value = values[camel(flag.flag)];
    if (flag.setting === undefined || value === undefined || value === false) continue;
    given[flag.setting] = value === true ? 'true' : Array.isArray(value) ? value.join('\n') : value;
  }
  const workspace = process.cwd();
  const repository = await readRepositorySettings({ workspace, named: given['config-file'] });
  return (specPath) => {
    const fromFile = settingsFor(repository.file, specPath);
    const name = (key: SettingName) => (key in given || !fromFile.where[key] ? settingName(spec, key) : `${key} (${fromFile.where[key]})`);
    return parseConfig({ ...spec.defaults, ...fromFile.settings, ...given, ...spec.fixed }, { name, workspace });
  };
}

async function print(spec: CommandSpec, report: PipelineReport, values: Values, json: boolean): Promise<number> {
  const printer = printerFor(spec, values);
  if (!printer) {
    write(json ? terminalJson(runJson(report)) : terminalText(runText(report)));
    return report.ok ? 0 : 1;
  }
  const entry = entriesOf(report, printer.stage)[0];
  if (entry?.outcome.status === 'error') return fail(entry.outcome.error, json);
  if (entry?.outcome.status === 'ok' || entry?.outcome.status === 'failed') {
    const data = entry.outcome.data;
    write(json ? terminalJson(printer.json(data)) : terminalText(printer.text(data)));
    // Generated with --allow-invalid: the findings still count, and are shown.
    const invalid = entriesOf(report, validateStage).filter((e) => e.outcome.status !== 'ok');
    for (const e of invalid) process.stderr.write(terminalText(validateStage.report.text(e).join('\n')) + '\n');
    return printer.passed(data) && report.ok ? 0 : 1;
  }
  // The stage did not run: the findings that stopped it, and why.
  write(json ? terminalJson(runJson(report)) : terminalText(runText(report)));
  return 1;
}

/** The single-stage commands print their stage's own result; validate and run print the whole run. */
function printerFor(spec: CommandSpec, values: Values): Printer<never> | undefined {
  if (spec.name === 'diff') {
    const format = values.json === true ? 'json' : ((values.format as string | undefined) ?? 'text');
    if (format !== 'markdown' && format !== 'json' && format !== 'text') throw new UserError(`--format: "${format}" is not one of markdown, json, text`);
    return printer({
      stage: diffStage,
      text: (d) => renderReport(d, format).trimEnd(),
      json: (d) => JSON.parse(renderReport(d, 'json')),
      passed: (d) => d.verdict.passed,
    });
  }
  if (spec.name === 'collection') return printer({ stage: collectionStage, text: collectionCommandText, json: (d) => d, passed: () => true });
  if (spec.name === 'fastapi') return printer({ stage: fastapiStage, text: fastapiCommandText, json: (d) => d, passed: () => true });
  if (spec.name === 'contract')
    return printer({ stage: contractStage, text: (d) => contractText(d.report), json: (d) => d.report, passed: (d) => d.report.failed === 0 });
  if (spec.name === 'build') return printer({ stage: buildStage, text: describeBuild, json: buildCommandJson, passed: () => true });
  return undefined;
}

/** Erases a printer's type once its stage and functions are known to agree. */
function printer<T>(p: Printer<T>): Printer<never> {
  return p as unknown as Printer<never>;
}

async function serve(dir: string, values: Values): Promise<number> {
  const port = values.port === undefined ? 8000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: "${String(values.port)}" is not a port number`);
  const path = await import('node:path');
  const { serveProject } = await import('./stages/fastapi/serve.ts');
  const credentials = parseCredentials(((values.credential as string[] | undefined) ?? []).join('\n'), {
    name: () => '--credential',
    workspace: process.cwd(),
  });
  // The signals are taken before the server starts: one arriving while it starts still stops it.
  let stopping = false;
  let server: Awaited<ReturnType<typeof serveProject>> | undefined;
  const stop = () => {
    stopping = true;
    void server?.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server = await serveProject({ dir: path.resolve(dir), port, credentials, onOutput: (text) => process.stderr.write(text) });
  if (stopping) await server.stop();
  else write(terminalText(`serving ${server.url} (Ctrl-C stops it)`));
  const code = await server.exited;
  return code === 0 || code === null ? 0 : 1;
}

/**
 * Writes a target's deployment collection and its environment, with the settings given and every
 * secret empty. Given a spec, its contract collection (validated first, scoped as a deploy to that
 * environment would be) becomes the Contract folder.
 */
async function deployCollection(spec: CommandSpec, specPath: string | undefined, values: Values, json: boolean): Promise<number> {
  const path = await import('node:path');
  const [{ deployTargets }, { checkSettings }, { writeDeploymentFiles, scopedContract }] = await Promise.all([
    import('./stages/deploy/targets/index.ts'),
    import('./stages/deploy/plan.ts'),
    import('./stages/deploy/run.ts'),
  ]);
  const name = values.target as string;
  if (!(deployTargetNames as readonly string[]).includes(name)) throw new UserError(`--target: "${name}" is not one of ${deployTargetNames.join(', ')}`);
  const target = deployTargets[name as keyof typeof deployTargets];
  const source = { name: (key: SettingName) => settingName(spec, key), workspace: process.cwd() };
  const settingsName = settingName(spec, 'deploy-settings');
  const settings = checkSettings(target, parseDeploySettings(((values.setting as string[] | undefined) ?? []).join('\n'), source), settingsName);
  const out = path.resolve(values.out as string);
  const environment = (values.environment as string | undefined) ?? 'production';
  let contract;
  if (specPath !== undefined) {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const scratch = await mkdtemp(path.join(tmpdir(), 'fpd-deploy-collection-'));
    try {
      const given: RawConfig = {
        spec: specPath,
        stages: 'validate,collection',
        'collection-out': scratch,
        'collection-file': path.join(scratch, 'contract.json'),
        environment,
      };
      // The contract scope and the loading limits reach the collection; the deploy settings are the environment's.
      for (const flag of spec.flags) {
        const value = values[camel(flag.flag)];
        if (!flag.setting || flag.setting === 'deploy-settings' || flag.setting === 'environment' || value === undefined || value === false) continue;
        given[flag.setting] = value === true ? 'true' : String(value);
      }
      const config = parseConfig(given, source);
      const report = await runPipeline(config);
      if (!report.ok) {
        write(terminalText(runText(report)));
        return 1;
      }
      contract = await scopedContract(path.join(scratch, 'contract.json'), config);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  const { files } = await writeDeploymentFiles(target, path.dirname(out), environment, settings, { collectionFile: out, ...(contract && { contract }) });
  const shown = files.map((file) => path.relative(process.cwd(), file));
  write(json ? terminalJson({ files: shown }) : terminalText(shown.map((file) => `wrote ${file}`).join('\n')));
  return 0;
}

/** Commander's key for a flag: `--fail-on` → `failOn`. */
function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Text or JSON already made safe for a terminal. */
function write(text: string): void {
  process.stdout.write(text + '\n');
}

function fail(error: UserError, json = false): number {
  if (json) write(terminalJson({ ok: false, error: { message: error.message, hint: error.hint ?? null, ...error.place } }));
  else process.stderr.write(`error: ${terminalText(error.describe())}\n`);
  return error.exitCode;
}

// Piped into `head`, the reader may leave early: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`internal error (please report it): ${error.stack ?? error.message}\n`);
    process.exitCode = 3;
  },
);
