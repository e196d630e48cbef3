#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  UserError,
  diffSpec,
  inputNames,
  loadSpec,
  parseConfig,
  pipelineJson,
  pipelineText,
  renderReport,
  runPipeline,
  validationJson,
  validationText
} from "./chunks/chunk-KFKLIDZJ.js";

// src/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";
var usage = `Usage: fastapi-postman-deploy <command> [options]

Commands:
  validate <spec...>           check OpenAPI files (2.0, 3.0, 3.1); errors at file:line:column
  diff <base> <revision>       what changed between two specs; exit 1 when the gate fails
  run <spec...>                the whole pipeline (in this version: validate, then diff with --base)

Options:
  --json                       print one JSON document instead of text
  --root <dir>                 folder that $ref'd files must stay inside (default: the spec's folder)
  --allow-remote-refs <hosts>  comma-separated hosts whose http(s) $refs may be fetched
  --max-file-size <size>       largest spec file read (default 25MB)
Diff options (diff, run):
  --base <commit>              run: compare with the spec at this commit
  --format <f>                 diff: markdown (the PR comment body), json or text (default)
  --fail-on <level>            ERR (default), WARN, INFO or NONE
  --accepted-breaks-file <f>   accepted breaking changes by fingerprint (default .github/accepted-breaking-changes.yaml)
  --label <name>               a pull request label, for --accept-label (repeatable)
  --accept-label <name>        the label that accepts breaking changes (default breaking-change-accepted)
  --flatten-allof, --include-paths <re>, --exclude-paths <re>, --filter-extension <re>,
  --exclude-extensions <names>, --deprecation-days-beta <n>, --deprecation-days-stable <n>
  -h, --help                   this text
  -v, --version                the version

Exit status: 0 ok, 1 the check failed, 2 bad usage or unreadable input.`;
var flagInputs = inputNames.filter((n) => !["spec", "stages", "github-token", "changes-file", "comment", "flatten-allof"].includes(n));
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(flagInputs.map((n) => [n, { type: "string" }])),
        "flatten-allof": { type: "boolean" },
        json: { type: "boolean" },
        format: { type: "string" },
        label: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    return fail(new UserError(error.message, void 0, "Run with --help for the options."));
  }
  const values = parsed.values;
  if (values.version) {
    process.stdout.write(`${process.env.FPD_VERSION ?? "0.1.0"}
`);
    return 0;
  }
  const [command, ...args] = parsed.positionals;
  if (values.help || command === void 0) {
    process.stdout.write(usage + "\n");
    return values.help ? 0 : 2;
  }
  const json = values.json === true;
  try {
    if (command === "validate" || command === "run") return await validateOrRun(command, args, values, json);
    if (command === "diff") return await diff(args, values, json);
    throw new UserError(`unknown command "${command}"`, void 0, "Commands: validate, diff, run. Run with --help for details.");
  } catch (error) {
    if (error instanceof UserError) return fail(error, json);
    throw error;
  }
}
function config(specs, values, stages) {
  const raw = { spec: specs.join("\n"), stages };
  for (const name of flagInputs) if (typeof values[name] === "string") raw[name] = values[name];
  if (values["flatten-allof"]) raw["flatten-allof"] = "true";
  return parseConfig(raw, { name: (key) => key === "spec" ? "the <spec> argument" : `--${key}`, workspace: process.cwd() });
}
async function validateOrRun(command, specs, values, json) {
  const parsed = config(specs, values, command === "validate" ? "validate" : "validate,diff");
  const base = parsed.diff.base;
  const report = await runPipeline(parsed, { baseEvent: base ? { kind: "commit", commit: base } : void 0, labels: labels(values) });
  if (command === "validate") write(json ? JSON.stringify(validationJson(report.validations), null, 2) : validationText(report.validations));
  else write(json ? JSON.stringify(pipelineJson(report), null, 2) : pipelineText(report));
  return report.ok ? 0 : 1;
}
async function diff(args, values, json) {
  if (args.length !== 2) throw new UserError("diff takes two specs: diff <base> <revision>", void 0, "For example: diff old/openapi.yaml openapi.yaml");
  const format = json ? "json" : values.format ?? "text";
  if (!["markdown", "json", "text"].includes(format)) throw new UserError(`--format: "${format}" is not one of markdown, json, text`);
  const [baseFile, revisionFile] = args;
  const parsed = config([revisionFile], values, "diff");
  const revision = await loadSpec(path.resolve(revisionFile), {
    root: parsed.root,
    allowRemoteRefs: parsed.allowRemoteRefs,
    limits: { maxFileBytes: parsed.maxFileSize }
  });
  const report = await diffSpec({
    base: { kind: "file", file: path.resolve(baseFile) },
    revision,
    options: parsed.diff,
    load: { allowRemoteRefs: parsed.allowRemoteRefs, limits: { maxFileBytes: parsed.maxFileSize } },
    workspace: process.cwd(),
    labels: labels(values)
  });
  process.stdout.write(renderReport(report, format));
  return report.verdict.passed ? 0 : 1;
}
function labels(values) {
  return values.label ?? [];
}
function write(text) {
  process.stdout.write(text + "\n");
}
function fail(error, json = false) {
  if (json) process.stdout.write(JSON.stringify({ ok: false, error: { message: error.message, hint: error.hint ?? null, ...error.place } }, null, 2) + "\n");
  else process.stderr.write(`error: ${error.describe()}
`);
  return error.exitCode;
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`internal error (please report it): ${error.stack ?? error.message}
`);
    process.exitCode = 3;
  }
);
