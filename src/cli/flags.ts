/**
 * The CLI's commands and their flags, as data: each flag names the setting (the action input) it
 * sets, so the CLI and the action share one parser and one set of messages (config.ts).
 */
import type { RawConfig, SettingName } from '../config.ts';

export interface FlagSpec {
  flag: string;
  /** The setting the flag's value becomes; none for flags that shape the output (`--json`, `--format`, `--label`, `--port`). */
  setting?: SettingName;
  kind: 'value' | 'switch' | 'list';
  /** The value's name in the help. */
  value?: string;
  help: string;
  /** Read from this environment variable when the flag is not given (secrets stay out of `ps` and shell history). */
  env?: string;
  required?: boolean;
}

export interface ArgumentSpec {
  name: string;
  /** The setting the argument's value becomes (a variadic one's values one a line). */
  setting?: SettingName;
  variadic?: boolean;
  optional?: boolean;
}

export type CommandName = 'validate' | 'diff' | 'collection' | 'contract' | 'fastapi' | 'serve' | 'build' | 'deploy' | 'deploy-collection' | 'run';

export interface CommandSpec {
  name: CommandName;
  arguments: ArgumentSpec[];
  summary: string;
  examples: string[];
  flags: FlagSpec[];
  /** Settings the command starts from; the configuration file and the flags override them. */
  defaults?: RawConfig;
  /** Settings the command fixes (its stages): nothing overrides them. */
  fixed?: RawConfig;
}

const value = (flag: string, setting: SettingName | undefined, valueName: string, help: string, env?: string): FlagSpec => ({
  flag,
  setting,
  kind: 'value',
  value: valueName,
  help,
  ...(env && { env }),
});
const list = (flag: string, setting: SettingName | undefined, valueName: string, help: string): FlagSpec => ({
  flag,
  setting,
  kind: 'list',
  value: valueName,
  help,
});
const toggle = (flag: string, setting: SettingName | undefined, help: string): FlagSpec => ({ flag, setting, kind: 'switch', help });

const json = toggle('json', undefined, 'print one JSON document instead of text');
const configFile = value(
  'config-file',
  'config-file',
  'file',
  "the repository's configuration file (default .github/fastapi-postman-deploy.yml, when it exists)",
);
const required = (flag: FlagSpec): FlagSpec => ({ ...flag, required: true });
const allowInvalid = toggle('allow-invalid', 'allow-invalid', 'generate even when the spec has errors (the command still exits 1)');

const loading: FlagSpec[] = [
  configFile,
  value('root', 'root', 'dir', "folder that $ref'd files must stay inside (default: the spec's folder)"),
  value('allow-remote-refs', 'allow-remote-refs', 'hosts', 'comma-separated hosts whose http(s) $refs may be fetched'),
  value('max-file-size', 'max-file-size', 'size', 'largest spec file read (default 25MB)'),
];

const diffing: FlagSpec[] = [
  value('fail-on', 'fail-on', 'level', 'ERR (default), WARN, INFO or NONE'),
  value('accepted-breaks-file', 'accepted-breaks-file', 'file', 'accepted breaking changes by fingerprint (default .github/accepted-breaking-changes.yaml)'),
  list('label', undefined, 'name', 'a pull request label, for --accept-label (repeatable)'),
  value('accept-label', 'accept-label', 'name', 'the label that accepts breaking changes (default breaking-change-accepted)'),
  toggle('flatten-allof', 'flatten-allof', 'merge allOf subschemas before comparing'),
  value('include-paths', 'include-paths', 're', 'compare only paths matching this regular expression'),
  value('exclude-paths', 'exclude-paths', 're', 'leave out paths matching this regular expression'),
  value('filter-extension', 'filter-extension', 're', 'leave out paths and operations with a matching x- extension'),
  value('exclude-extensions', 'exclude-extensions', 'names', 'comma-separated x- extensions whose changes are ignored'),
  value('deprecation-days-beta', 'deprecation-days-beta', 'n', 'days a beta API element must be deprecated before removal'),
  value('deprecation-days-stable', 'deprecation-days-stable', 'n', 'days a stable API element must be deprecated before removal'),
  list('rule-level', 'rule-levels', '"rule-id LEVEL"', "an oasdiff rule's level: ERR, WARN, INFO or NONE (repeatable)"),
  list('ignore-change', 'ignore-changes', '"rule-id: reason"', 'a change that never counts, or "rule-id METHOD /path: reason" (repeatable)'),
];

const collecting: FlagSpec[] = [
  value('removed-operations', 'removed-operations', 'drop|keep', 'what happens to requests whose operation left the spec (default drop)'),
  toggle('negative-tests', 'negative-tests', 'add a request per operation that the server must refuse'),
  value('response-time-budget', 'response-time-budget', 'ms', 'fail a response slower than this'),
  value('postman-api-key', 'postman-api-key', 'key', 'publish the collection to Postman with this key', 'POSTMAN_API_KEY'),
  value('postman-workspace', 'postman-workspace', 'name', 'the Postman workspace (name or id) to publish in'),
  value('postman-api-url', 'postman-api-url', 'url', "the Postman API's base URL"),
];

const testing: FlagSpec[] = [
  value('url', 'url', 'url', 'the server to test'),
  list('credential', 'credentials', 'scheme=value', 'a credential per security scheme (repeatable; a placeholder otherwise)'),
  value('expect-build', 'expect-build', 'id', "wait until the server's X-Build-Id header names this build"),
  value('readiness-path', 'readiness-path', 'path', 'the path polled until the server answers'),
  value('readiness-timeout', 'readiness-timeout', 'seconds', 'how long to wait for it (default 120)'),
  value('junit', 'junit-file', 'file', 'write JUnit XML results here'),
  value('results', 'contract-results-file', 'file', 'write JSON results here'),
];

const building: FlagSpec[] = [
  value('image', 'image', 'ref', 'the image name, e.g. ghcr.io/org/api'),
  toggle('push', 'push', 'push the image'),
  list('build-arg', 'build-args', 'KEY=VALUE', 'a build argument (repeatable)'),
  value('network', 'build-network', 'name', "network for the build's RUN steps (host on an engine without a bridge)"),
  value('registry-username', 'registry-username', 'name', 'the registry login'),
  value('registry-password', 'registry-password', 'secret', 'its password', 'REGISTRY_PASSWORD'),
];

const deployTarget = value('target', 'deploy-target', 'name', 'cloud-run, container-apps, ecs-express or heroku');
const deploySetting = list('setting', 'deploy-settings', 'key=value', "a setting of the target's deployment collection, e.g. region=europe-west1 (repeatable)");
const environmentName = value(
  'environment',
  'environment',
  'name',
  'the deployment environment (default production: safe methods only, unless --unsafe-methods)',
);

const deploying: FlagSpec[] = [
  required(deployTarget),
  value('service', 'service', 'name', 'the service (app) to deploy to; created when missing'),
  deploySetting,
  environmentName,
  value('deploy-image', 'deploy-image', 'ref@sha256:…', 'deploy this image instead of building one (give --expect-build with it)'),
  value('operations', 'contract-operations', 'selectors', 'test only these: methods (GET), operationIds or tag:<name>, comma-separated'),
  value('exclude', 'contract-exclude', 'selectors', 'never test these (same selectors)'),
  toggle('unsafe-methods', 'contract-unsafe-methods', 'send POST, PUT, PATCH and DELETE to a production environment too'),
];

export const commands: readonly CommandSpec[] = [
  {
    name: 'validate',
    arguments: [{ name: 'spec', setting: 'spec', variadic: true }],
    summary: 'check OpenAPI files (2.0, 3.0, 3.1); errors at file:line:column',
    examples: ['validate openapi.yaml', "validate 'apis/**/openapi.yaml' --json"],
    flags: [json, ...loading],
    fixed: { stages: 'validate' },
  },
  {
    name: 'diff',
    arguments: [{ name: 'base' }, { name: 'revision', setting: 'spec' }],
    summary: 'what changed between two specs; exit 1 when the gate fails',
    examples: ['diff old/openapi.yaml openapi.yaml', 'diff old/openapi.yaml openapi.yaml --format markdown --fail-on WARN'],
    flags: [json, value('format', undefined, 'f', 'markdown (the PR comment body), json or text (default)'), ...diffing, ...loading],
    fixed: { stages: 'diff' },
  },
  {
    name: 'collection',
    arguments: [{ name: 'spec', setting: 'spec' }],
    summary: 'the Postman collection with contract tests (environments beside it)',
    examples: ['collection openapi.yaml --out postman/api.postman_collection.json'],
    flags: [
      json,
      required(value('out', 'collection-file', 'file', 'the collection file to write')),
      allowInvalid,
      value('previous', 'previous-collection', 'file', 'the collection whose edits are kept (default: the one at --out)'),
      ...collecting,
      ...loading,
    ],
    fixed: { stages: 'collection' },
  },
  {
    name: 'contract',
    arguments: [{ name: 'collection', setting: 'contract-collection' }],
    summary: 'run the contract tests against a server; exit 1 when one fails',
    examples: [
      'contract postman/api.postman_collection.json --url http://127.0.0.1:8000',
      'contract api.postman_collection.json --url https://api.example.com --credential apiKey=$API_KEY --junit junit.xml',
    ],
    flags: [
      json,
      required(testing[0]!),
      ...testing.slice(1),
      value('environment', 'contract-environment', 'file', 'an environment file whose values are used first'),
    ],
    fixed: { stages: 'contract' },
  },
  {
    name: 'fastapi',
    arguments: [{ name: 'spec', setting: 'spec' }],
    summary: 'the FastAPI project (your handler modules are never overwritten)',
    examples: ['fastapi openapi.yaml --out server'],
    flags: [json, required(value('out', 'fastapi-out', 'dir', 'the project folder')), allowInvalid, ...loading],
    fixed: { stages: 'fastapi' },
  },
  {
    name: 'serve',
    arguments: [{ name: 'dir' }],
    summary: 'install the project into its venv when needed and run it until stopped',
    examples: ['serve server --port 8000', 'serve server --credential apiKey=$API_KEY'],
    flags: [
      value('port', undefined, 'n', 'the port (default 8000)'),
      list(
        'credential',
        undefined,
        'scheme=value',
        'a credential the server accepts, per security scheme (repeatable; user:password for basic); without one it refuses every secured request',
      ),
    ],
  },
  {
    name: 'build',
    arguments: [{ name: 'project-dir', setting: 'fastapi-out' }],
    summary: "build (and push) the project's image; prints the digest and tags",
    examples: [
      'build server --image 127.0.0.1:5000/books --push',
      'build server --image ghcr.io/org/api --spec openapi.yaml --build-arg PYTHON_IMAGE=python:3.12-slim',
    ],
    flags: [json, configFile, required(building[0]!), ...building.slice(1), value('spec', 'spec', 'file', 'the spec whose info labels the image')],
    fixed: { stages: 'build' },
  },
  {
    name: 'deploy',
    arguments: [{ name: 'spec', setting: 'spec' }],
    summary:
      "build and push the generated server's image, deploy it through the platform's API as a candidate, run its contract tests there, then promote it or roll it back",
    examples: [
      'deploy openapi.yaml --target cloud-run --service books --setting project=acme --setting region=europe-west1 --image europe-west1-docker.pkg.dev/acme/api/books',
      'deploy openapi.yaml --target heroku --service books-api --deploy-image registry.heroku.com/books-api/web@sha256:… --expect-build 3f2a1c9',
    ],
    flags: [
      json,
      ...deploying,
      ...building,
      ...testing.filter((f) => f.setting !== 'url'),
      value('collection-out', 'collection-out', 'dir', 'where collections are written (default out/postman)'),
      value('fastapi-out', 'fastapi-out', 'dir', 'where the project is written (default out/server)'),
      ...loading,
    ],
    defaults: { 'collection-out': 'out/postman', 'fastapi-out': 'out/server', push: 'true' },
    fixed: { stages: 'validate,collection,fastapi,build,deploy' },
  },
  {
    name: 'deploy-collection',
    arguments: [{ name: 'spec', optional: true }],
    summary:
      "write a target's deployment collection and its environment (secrets empty), to deploy from Postman or Newman; given the spec, its contract tests are the collection's Contract folder",
    examples: [
      'deploy-collection openapi.yaml --target cloud-run --out deploy/cloud-run.postman_collection.json --setting project=acme --setting region=europe-west1',
      'deploy-collection --target heroku --out deploy/heroku.postman_collection.json --environment staging',
    ],
    flags: [
      required(deployTarget),
      required(value('out', undefined, 'file', 'the collection file to write; its environment is written beside it')),
      deploySetting,
      environmentName,
      ...deploying.filter((f) => f.setting === 'contract-operations' || f.setting === 'contract-exclude' || f.setting === 'contract-unsafe-methods'),
      ...loading.filter((f) => f !== configFile),
    ],
  },
  {
    name: 'run',
    arguments: [{ name: 'spec', setting: 'spec', variadic: true }],
    summary:
      'every stage: validate; diff (with --base); the collection and the FastAPI project under out/; the contract tests against --url, or else against the generated server, started locally',
    examples: ['run openapi.yaml', 'run openapi.yaml --base main --url https://staging.example.com --credential apiKey=$API_KEY'],
    flags: [
      json,
      value('stages', 'stages', 'list', 'only these stages (validate, diff, collection, fastapi, build, contract)'),
      value('base', 'base', 'commit', 'compare with the spec at this commit'),
      value('collection-out', 'collection-out', 'dir', 'where collections are written (default out/postman)'),
      value('fastapi-out', 'fastapi-out', 'dir', 'where the project is written (default out/server)'),
      value('serve-with', 'serve-with', 'auto|docker|uvicorn', 'how the generated server is started when no --url is given (default auto)'),
      ...diffing,
      ...collecting,
      ...testing,
      ...building,
      ...loading,
    ],
    // On a laptop, everything `run` generates goes under out/, away from the sources; a build only when asked.
    defaults: { stages: 'validate,diff,collection,fastapi,contract', 'collection-out': 'out/postman', 'fastapi-out': 'out/server' },
  },
];

/** How a setting is named to the user of a command: its flag, or the argument that stands for it. */
export function settingName(command: CommandSpec, setting: SettingName): string {
  const flag = command.flags.find((f) => f.setting === setting);
  if (flag) return `--${flag.flag}`;
  const argument = command.arguments.find((a) => a.setting === setting);
  return argument ? `the <${argument.name}> argument` : `--${setting}`;
}
