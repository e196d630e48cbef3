/**
 * The one typed Config. Action inputs and CLI flags are both read into the same raw key/value form
 * (keyed by the action input's name) and checked here, so a bad value gets the same message either
 * way, naming the input and what it accepts.
 */
import { parseBuildImage } from './container/reference.ts';
import { UserError } from './errors.ts';

/** oasdiff's levels of change, most severe first. */
export type Level = 'ERR' | 'WARN' | 'INFO';

export type FailOn = Level | 'NONE';

export const DEFAULT_FAIL_ON: FailOn = 'ERR';
export const DEFAULT_ACCEPT_LABEL = 'breaking-change-accepted';

/** The oasdiff settings users may change. */
export interface OasdiffOptions {
  /** Minimum days between deprecating and removing a beta / stable operation. */
  deprecationDaysBeta?: number;
  deprecationDaysStable?: number;
  /** Merge allOf subschemas before comparing (fewer false alarms on refactored schemas). */
  flattenAllOf?: boolean;
  /** Merge path-level parameters into each operation before comparing. */
  flattenParams?: boolean;
  /** Compare only paths matching this regular expression (oasdiff --match-path). */
  includePaths?: string;
  /** Leave out paths matching this regular expression (oasdiff --unmatch-path). */
  excludePaths?: string;
  /** Leave out paths and operations with an extension matching this regular expression. */
  filterExtension?: string;
  /** Extension names left out of the comparison, e.g. `x-internal`. */
  excludeExtensions?: readonly string[];
  /**
   * Let oasdiff follow `$ref`s to other files and URLs. Multi-file specs need it; turn it off for
   * specs from untrusted forks, where a URL ref would make the runner fetch it.
   */
  externalRefs?: boolean;
  caseInsensitiveHeaders?: boolean;
  /** Rules whose level changes (NONE turns one off), from the trusted configuration or an input. */
  levels?: Readonly<Record<string, FailOn>>;
  /** Kill oasdiff after this long. */
  timeoutMs?: number;
}

/** Everything a user can set for the diff stage; folded into the one Config. */
export interface DiffOptions extends OasdiffOptions {
  /** Lowest level that fails the gate. */
  failOn: FailOn;
  /** The accepted-breaks file, relative to the workspace. */
  acceptedBreaksFile?: string;
  /** The PR label that accepts every break of the PR. */
  acceptLabel: string;
  /** An oasdiff executable to use instead of finding one. */
  oasdiffPath?: string;
  /** Changes that never count, each with why. */
  ignore?: readonly IgnoreRule[];
}

/** A change that never counts: by rule, optionally for one operation, with the reason shown in the report. */
export interface IgnoreRule {
  rule: string;
  method?: string;
  path?: string;
  reason: string;
}

export const DEFAULT_ACCEPTED_BREAKS_FILE = '.github/accepted-breaking-changes.yaml';

export const defaultDiffOptions: DiffOptions = {
  failOn: DEFAULT_FAIL_ON,
  acceptLabel: DEFAULT_ACCEPT_LABEL,
  acceptedBreaksFile: DEFAULT_ACCEPTED_BREAKS_FILE,
};

/** Where regenerated files are committed: off, by event, the pull request's branch, or a pull request of ours. */
export type CommitBackMode = 'off' | 'auto' | 'branch' | 'pull-request';

/** How the CLI serves the generated project when no URL is given. */
export type ServeWith = 'auto' | 'docker' | 'uvicorn';

export const allStages = ['validate', 'diff', 'collection', 'fastapi', 'build', 'deploy', 'contract'] as const;
export type Stage = (typeof allStages)[number];

export interface DiffConfig extends DiffOptions {
  /** A commit-ish to compare with, instead of the one the event implies. */
  base: string | undefined;
  /** Where the JSON file of every change is written (default: in the runner's temp folder). */
  changesFile: string | undefined;
  /** Post the changes as a sticky pull request comment. */
  comment: boolean;
}

export interface CollectionConfig {
  /** Folder the collection and its environments are written to, relative to the workspace. */
  out: string;
  /** The collection file itself, when one spec's collection is wanted at a named path (the CLI's `collection --out`). */
  file: string | undefined;
  /** The collection whose edits are kept; by default the one already in `out`. */
  previous: string | undefined;
  removedOperations: 'drop' | 'keep';
  negativeRequests: boolean;
  /** Response-time budget per request in milliseconds. */
  maxResponseTimeMs: number | undefined;
}

export interface ContractConfig {
  /** The deployed server to test; the contract stage runs only when it is given. */
  url: string | undefined;
  /** Credential per security scheme name (`user:password` for basic). Secrets. */
  credentials: Record<string, string>;
  readinessPath: string | undefined;
  readinessTimeoutMs: number;
  /** The build that must be answering (X-Build-Id) before the tests run, so they never test the previous release. */
  expectBuild: string | undefined;
  /** JUnit XML and JSON result files, relative to the workspace. */
  junitFile: string | undefined;
  resultsFile: string | undefined;
  /** A collection to test on its own, without a spec (the CLI's `contract <collection>`), and an environment file for it. */
  collection: string | undefined;
  environment: string | undefined;
  /** How the CLI serves the generated project when no URL is given. */
  serveWith: ServeWith;
  /** Which operations the tests send. */
  scope: ContractScope;
}

/**
 * Which operations a contract run sends: selectors are an HTTP method (`GET`), an operationId
 * (`listBooks`) or a tag (`tag:books`). A production run sends only safe methods unless asked:
 * its POST and DELETE would act on real data.
 */
export interface ContractScope {
  include: readonly string[];
  exclude: readonly string[];
  /** Send POST, PUT, PATCH and DELETE too. */
  unsafeMethods: boolean;
}

/** The platforms a deploy reaches through their own HTTP APIs, each with its deployment collection. */
export const deployTargetNames = ['cloud-run', 'container-apps', 'ecs-express', 'heroku'] as const;
export type DeployTargetName = (typeof deployTargetNames)[number];

/** Platforms whose registry takes only a single-platform Docker v2 manifest: no OCI index, no attestations. */
const singleManifestTargets: readonly DeployTargetName[] = ['heroku'];

export interface DeployConfig {
  /** Where to deploy; the deploy stage runs only when it is given. */
  target: DeployTargetName | undefined;
  /** The deployment collection's settings (`service`, `region`, an API's base URL, …), keyed by its variable names. Not secrets. */
  settings: Record<string, string>;
  /** The image to deploy, by digest, when the run builds none. */
  image: string | undefined;
  /** The deployment environment (GitHub's environment name); a production one scopes the contract run to safe methods. */
  environment: string;
  /** Folder the deployment collection and its environment are written to, relative to the workspace. */
  collectionOut: string;
  /** How the settings are named to the user (the input or the flag), for errors found once the target's variables are known. */
  settingsName: string;
}

export interface FastapiConfig {
  /** The project folder, relative to the workspace (one spec), or the parent of one per spec. */
  out: string;
}

export interface PostmanSyncConfig {
  /** Postman API key (a secret); the sync is skipped without it. */
  apiKey: string | undefined;
  /** Workspace name or id to publish in. */
  workspace: string | undefined;
  /** The Postman API's base URL (the public one by default). */
  apiUrl: string | undefined;
  /** A publishing failure fails the run; otherwise it is a warning, and the run's verdict is the contract's. */
  required: boolean;
}

export interface BuildConfig {
  /** The FastAPI project folder whose image is built, relative to the workspace. */
  projectDir: string;
  /** Image name (optionally :tag); by default the repository's package on GitHub's registry. */
  image: string | undefined;
  push: boolean;
  buildArgs: Record<string, string>;
  /** Network for the build's RUN steps (`host` on an engine without a bridge network). */
  network: string | undefined;
  /** Registry login; the password is a secret. By default the workflow token for GitHub's registry. */
  registryUsername: string | undefined;
  registryPassword: string | undefined;
  /** Push one Docker v2 manifest, without an index or attestations, for a registry that takes nothing else. */
  singleManifest: boolean;
}

export interface Config {
  /** Spec files or glob patterns, relative to the workspace; empty only for a collection tested or a project built on its own. */
  specs: string[];
  stages: Stage[];
  /** Folder that referenced files must stay inside (default: each spec's folder). */
  root: string | undefined;
  /** Hosts whose http(s) `$ref`s may be fetched. */
  allowRemoteRefs: string[];
  /** Largest spec file read, in bytes. */
  maxFileSize: number;
  /** Generate from a spec with errors anyway (the CLI's `--allow-invalid`); the run still fails on them. */
  allowInvalid: boolean;
  /** Repository root: relative paths resolve against it, and annotations are relative to it. */
  workspace: string;
  /** Token for check runs and the pull request comment; optional. */
  githubToken: string | undefined;
  /** Where the regenerated collection and project are committed (the action only). */
  commitBack: CommitBackMode;
  diff: DiffConfig;
  collection: CollectionConfig;
  postman: PostmanSyncConfig;
  fastapi: FastapiConfig;
  build: BuildConfig;
  deploy: DeployConfig;
  contract: ContractConfig;
}

/** Raw values keyed by action input name; undefined or '' means not given. */
export const inputNames = [
  'spec',
  'config-file',
  'stages',
  'root',
  'allow-remote-refs',
  'max-file-size',
  'github-token',
  'base',
  'fail-on',
  'accepted-breaks-file',
  'accept-label',
  'deprecation-days-beta',
  'deprecation-days-stable',
  'flatten-allof',
  'include-paths',
  'exclude-paths',
  'filter-extension',
  'exclude-extensions',
  'rule-levels',
  'ignore-changes',
  'changes-file',
  'comment',
  'collection-out',
  'previous-collection',
  'removed-operations',
  'negative-tests',
  'response-time-budget',
  'url',
  'credentials',
  'readiness-path',
  'readiness-timeout',
  'expect-build',
  'junit-file',
  'contract-results-file',
  'contract-operations',
  'contract-exclude',
  'contract-unsafe-methods',
  'fastapi-out',
  'image',
  'push',
  'build-args',
  'build-network',
  'registry-username',
  'registry-password',
  'deploy-target',
  'service',
  'deploy-settings',
  'deploy-image',
  'environment',
  'deploy-collection-out',
  'postman-api-key',
  'postman-workspace',
  'postman-api-url',
  'postman-required',
  'commit-back',
] as const;
export type InputName = (typeof inputNames)[number];

/** Settings only the CLI has: a single-stage command's file arguments. */
export const commandSettings = ['collection-file', 'contract-collection', 'contract-environment', 'serve-with', 'allow-invalid'] as const;
export type SettingName = InputName | (typeof commandSettings)[number];
export type RawConfig = Partial<Record<SettingName, string>>;

export interface ConfigSource {
  /** How a key is named to the user: `input "spec"` or `--spec`. */
  name(key: SettingName): string;
  workspace: string;
}

export function parseConfig(raw: RawConfig, source: ConfigSource): Config {
  const given = (key: keyof RawConfig) => (raw[key] ?? '').trim() || undefined;
  const specs = list(given('spec'));
  // A collection can be tested, and a project built, with no spec; everything else starts from one.
  const standalone = given('contract-collection') !== undefined || given('stages') === 'build';
  if (specs.length === 0 && !standalone) {
    throw new UserError(
      `${source.name('spec')} is required: the OpenAPI file to check`,
      undefined,
      'Give a path such as openapi.yaml, or a glob such as apis/**/openapi.yaml.',
    );
  }
  const image = given('image');
  // A bad image name is refused before any stage runs, naming the input.
  if (image !== undefined) parseBuildImage(image, source.name('image'));
  const build = {
    image,
    // A deploy pulls the image from its registry: with a target, the build pushes unless told not to.
    push: parseBoolean(given('push') ?? String(given('deploy-target') !== undefined), 'push', source),
  };
  const deploy = parseDeploy(raw, given, source);
  const deploysOrNamesEnvironment = deploy.target !== undefined || given('environment') !== undefined;
  // An image given by digest is the one deployed: nothing is built.
  const stages = parseStages(given('stages'), source, build.push || build.image !== undefined, deploy.target !== undefined).filter(
    (stage) => stage !== 'build' || deploy.image === undefined,
  );
  return {
    specs,
    stages,
    root: given('root'),
    allowRemoteRefs: list(given('allow-remote-refs')).map((host) => parseHost(host, source)),
    maxFileSize: parseSize(given('max-file-size') ?? '25MB', source),
    allowInvalid: parseBoolean(given('allow-invalid') ?? 'false', 'allow-invalid', source),
    workspace: source.workspace,
    githubToken: given('github-token'),
    commitBack: parseCommitBack(given('commit-back'), source),
    diff: {
      ...defaultDiffOptions,
      base: given('base'),
      failOn: parseChoice(given('fail-on') ?? defaultDiffOptions.failOn, ['ERR', 'WARN', 'INFO', 'NONE'] as const, 'fail-on', source, (v) => v.toUpperCase()),
      acceptedBreaksFile: given('accepted-breaks-file') ?? defaultDiffOptions.acceptedBreaksFile,
      acceptLabel: given('accept-label') ?? defaultDiffOptions.acceptLabel,
      deprecationDaysBeta: parseCount(given('deprecation-days-beta'), 'deprecation-days-beta', source),
      deprecationDaysStable: parseCount(given('deprecation-days-stable'), 'deprecation-days-stable', source),
      flattenAllOf: parseBoolean(given('flatten-allof') ?? 'false', 'flatten-allof', source),
      includePaths: parseRegex(given('include-paths'), 'include-paths', source),
      excludePaths: parseRegex(given('exclude-paths'), 'exclude-paths', source),
      filterExtension: parseRegex(given('filter-extension'), 'filter-extension', source),
      excludeExtensions: list(given('exclude-extensions')),
      levels: parseRuleLevels(raw['rule-levels'] ?? '', source),
      ignore: parseIgnoreChanges(raw['ignore-changes'] ?? '', source),
      changesFile: given('changes-file'),
      comment: parseBoolean(given('comment') ?? 'true', 'comment', source),
    },
    collection: {
      out: given('collection-out') ?? 'postman',
      file: given('collection-file'),
      previous: given('previous-collection'),
      removedOperations: parseChoice(given('removed-operations') ?? 'drop', ['drop', 'keep'] as const, 'removed-operations', source),
      negativeRequests: parseBoolean(given('negative-tests') ?? 'false', 'negative-tests', source),
      maxResponseTimeMs: parseCount(given('response-time-budget'), 'response-time-budget', source, 'milliseconds'),
    },
    postman: {
      apiKey: given('postman-api-key'),
      workspace: given('postman-workspace'),
      apiUrl: parseUrl(given('postman-api-url'), source, 'postman-api-url'),
      required: parseBoolean(given('postman-required') ?? 'false', 'postman-required', source),
    },
    fastapi: { out: given('fastapi-out') ?? 'server' },
    build: {
      projectDir: given('fastapi-out') ?? 'server',
      ...build,
      buildArgs: parseBuildArgs(
        (raw['build-args'] ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
        `${source.name('build-args')}:`,
      ),
      network: parseToken(given('build-network'), 'build-network', source),
      registryUsername: given('registry-username'),
      registryPassword: given('registry-password'),
      singleManifest: deploy.target !== undefined && singleManifestTargets.includes(deploy.target),
    },
    contract: {
      url: parseUrl(given('url'), source, 'url'),
      credentials: parseCredentials(raw.credentials ?? '', source),
      readinessPath: given('readiness-path'),
      readinessTimeoutMs: (parseCount(given('readiness-timeout'), 'readiness-timeout', source, 'seconds') ?? 120) * 1000,
      expectBuild: parseToken(given('expect-build'), 'expect-build', source),
      junitFile: given('junit-file'),
      resultsFile: given('contract-results-file'),
      collection: given('contract-collection'),
      environment: given('contract-environment'),
      serveWith: parseChoice(given('serve-with') ?? 'auto', ['auto', 'docker', 'uvicorn'] as const, 'serve-with', source),
      scope: {
        include: list(given('contract-operations')),
        exclude: list(given('contract-exclude')),
        // A production deployment is tested with safe methods unless the user says otherwise; a
        // run that names no environment and deploys nothing (a staging URL, the local demo) sends all.
        unsafeMethods: parseBoolean(
          given('contract-unsafe-methods') ?? String(!isProduction(deploy.environment) || !deploysOrNamesEnvironment),
          'contract-unsafe-methods',
          source,
        ),
      },
    },
    deploy,
  };
}

/** `production`, `prod`, `production-eu`: an environment whose data is real. */
export function isProduction(environment: string): boolean {
  return /^prod(uction)?\b/i.test(environment);
}

function parseDeploy(raw: RawConfig, given: (key: keyof RawConfig) => string | undefined, source: ConfigSource): DeployConfig {
  const target = given('deploy-target');
  const image = given('deploy-image');
  if (image !== undefined && !/^[^\s@]+@sha256:[0-9a-f]{64}$/.test(image))
    throw new UserError(
      `${source.name('deploy-image')}: "${image}" is not an image by digest`,
      undefined,
      'Name the exact image to deploy as repository@sha256:<64 hex digits> (the build stage prints it), so what is tested is what runs.',
    );
  const settings = parseDeploySettings(raw['deploy-settings'] ?? '', source);
  const service = given('service');
  if (service !== undefined) settings.service = service;
  return {
    target: target === undefined ? undefined : parseChoice(target, deployTargetNames, 'deploy-target', source),
    settings,
    image,
    environment: given('environment') ?? 'production',
    collectionOut: given('deploy-collection-out') ?? `${given('collection-out') ?? 'postman'}/deploy`,
    settingsName: source.name('deploy-settings'),
  };
}

/** `key=value` per line; the keys are checked against the target's variables when the deploy runs. */
export function parseDeploySettings(value: string, source: ConfigSource): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of lines(value)) {
    const match = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)$/.exec(line);
    if (!match)
      throw new UserError(
        `${source.name('deploy-settings')}: "${line}" is not key=value`,
        undefined,
        'One setting of the deployment collection per line, e.g. region=europe-west1.',
      );
    settings[match[1]!] = match[2]!;
  }
  return settings;
}

/**
 * `KEY=value` strings (the input's lines, or a repeated flag) → a map; `what` names the input in
 * errors. The image is parsed by the build stage, which knows the reference grammar.
 */
export function parseBuildArgs(values: readonly string[], what: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const value of values) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(value);
    if (!match)
      throw new UserError(
        `${what} ${JSON.stringify(value)} is not KEY=value`,
        undefined,
        'One build argument per line: the key is letters, digits and _, not starting with a digit, e.g. PYTHON_IMAGE=python:3.12-slim.',
      );
    args[match[1]!] = match[2]!;
  }
  return args;
}

/** `rule-id LEVEL` per line: oasdiff's severity-levels format, checked here so oasdiff never refuses it. */
function parseRuleLevels(value: string, source: ConfigSource): Record<string, FailOn> {
  const levels: Record<string, FailOn> = {};
  for (const line of lines(value)) {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s+(ERR|WARN|INFO|NONE)$/i.exec(line);
    if (!match)
      throw new UserError(
        `${source.name('rule-levels')}: "${line}" is not "rule-id LEVEL"`,
        undefined,
        'Write one oasdiff rule id and ERR, WARN, INFO or NONE per line, e.g. response-optional-property-removed WARN.',
      );
    levels[match[1]!] = match[2]!.toUpperCase() as FailOn;
  }
  return levels;
}

/** `rule-id: reason`, or `rule-id METHOD /path: reason`, per line. */
function parseIgnoreChanges(value: string, source: ConfigSource): IgnoreRule[] {
  return lines(value).map((line) => {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+([A-Za-z]+)\s+(\/\S*))?:\s+(\S.*)$/.exec(line);
    if (!match) {
      throw new UserError(
        `${source.name('ignore-changes')}: "${line}" is not "rule-id: reason" or "rule-id METHOD /path: reason"`,
        undefined,
        'The reason says why the change never breaks a client; it is shown wherever the change is.',
      );
    }
    return { rule: match[1]!, ...(match[2] && { method: match[2].toUpperCase(), path: match[3]! }), reason: match[4]!.trim() };
  });
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** `true` picks by event: the pull request's branch, or a pull request into the pushed branch. */
function parseCommitBack(value: string | undefined, source: ConfigSource): CommitBackMode {
  const mode = parseChoice(value ?? 'false', ['false', 'true', 'branch', 'pull-request'] as const, 'commit-back', source, (v) => v.toLowerCase());
  return mode === 'false' ? 'off' : mode === 'true' ? 'auto' : mode;
}

/** A name handed to docker or compared with a header: a safe character set, so it cannot turn into an option or a second value. */
function parseToken(value: string | undefined, key: InputName, source: ConfigSource): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$/.test(value)) {
    throw new UserError(
      `${source.name(key)}: "${value}" is not accepted`,
      undefined,
      'Use letters, digits and . _ : + - (at most 128), starting with a letter or digit.',
    );
  }
  return value;
}

function parseUrl(value: string | undefined, source: ConfigSource, key: InputName): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${source.name(key)}: "${value}" is not a URL`, undefined, 'Write it as http(s)://host[:port][/path].');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`${source.name(key)}: only http and https URLs are accepted`);
  return value;
}

/** `scheme=value` per line (or comma-separated); the values are secrets and never appear in errors. */
export function parseCredentials(value: string, source: ConfigSource): Record<string, string> {
  const credentials: Record<string, string> = {};
  for (const entry of value
    .split(/\n/)
    .flatMap((line) => (line.includes('=') ? [line.trim()] : line.split(',').map((p) => p.trim())))
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    if (at <= 0) {
      throw new UserError(
        `${source.name('credentials')}: an entry is not scheme=value`,
        undefined,
        'Write one security scheme name and its credential per line, e.g. apiKey=${{ secrets.API_KEY }}.',
      );
    }
    credentials[entry.slice(0, at).trim()] = entry.slice(at + 1).trim();
  }
  return credentials;
}

function parseChoice<T extends string>(
  value: string,
  choices: readonly T[],
  key: SettingName,
  source: ConfigSource,
  normalise: (v: string) => string = (v) => v,
): T {
  const found = choices.find((c) => c === normalise(value));
  if (!found) throw new UserError(`${source.name(key)}: "${value}" is not one of ${choices.join(', ')}`, undefined, `Use one of: ${choices.join(', ')}.`);
  return found;
}

function parseBoolean(value: string, key: SettingName, source: ConfigSource): boolean {
  return parseChoice(value, ['true', 'false'] as const, key, source, (v) => v.toLowerCase()) === 'true';
}

function parseCount(value: string | undefined, key: InputName, source: ConfigSource, unit = 'days'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,7}$/.test(value)) throw new UserError(`${source.name(key)}: "${value}" is not a number of ${unit}`, undefined, 'Write a whole number, e.g. 90.');
  return Number(value);
}

/** oasdiff takes these as Go regular expressions; the common subset is checked here with JavaScript's. */
function parseRegex(value: string | undefined, key: InputName, source: ConfigSource): string | undefined {
  if (value === undefined) return undefined;
  try {
    new RegExp(value);
  } catch (error) {
    throw new UserError(
      `${source.name(key)}: "${value}" is not a regular expression (${(error as Error).message})`,
      undefined,
      'Write a regular expression such as ^/internal/.',
    );
  }
  return value;
}

/** Comma- or newline-separated values. */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * By default, every stage that applies: the build only when there is an image to make or deploy, the
 * deploy only when there is a target (the contract
 * run, when there is no URL, says so and is skipped).
 */
function parseStages(value: string | undefined, source: ConfigSource, imageWanted: boolean, deployWanted: boolean): Stage[] {
  if (value === undefined || value === 'all')
    return allStages.filter((stage) => (stage !== 'build' || imageWanted || deployWanted) && (stage !== 'deploy' || deployWanted));
  const stages = list(value);
  for (const stage of stages) {
    if (!(allStages as readonly string[]).includes(stage)) {
      throw new UserError(`${source.name('stages')}: unknown stage "${stage}"`, undefined, `Accepted: ${allStages.join(', ')} (comma-separated), or "all".`);
    }
  }
  return allStages.filter((s) => stages.includes(s));
}

function parseHost(host: string, source: ConfigSource): string {
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) {
    throw new UserError(
      `${source.name('allow-remote-refs')}: "${host}" is not a host name`,
      undefined,
      'List host names only (e.g. schemas.example.com), without a scheme or path.',
    );
  }
  return host.toLowerCase();
}

function parseSize(value: string, source: ConfigSource): number {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(value);
  if (!match) {
    throw new UserError(
      `${source.name('max-file-size')}: "${value}" is not a size`,
      undefined,
      'Write a number of bytes, or a number with KB, MB or GB (e.g. 25MB).',
    );
  }
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(match[2] ?? 'B').toUpperCase() as 'B'];
  return Math.round(Number(match[1]) * unit);
}
