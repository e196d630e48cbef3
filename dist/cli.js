#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  UserError,
  parseConfig,
  runPipeline,
  validationJson,
  validationText
} from "./chunks/chunk-ABYI3RNC.js";

// src/cli.ts
import { parseArgs } from "node:util";
var usage = `Usage: fastapi-postman-deploy <command> [options]

Commands:
  validate <spec...>   check OpenAPI files (2.0, 3.0, 3.1); errors at file:line:column
  run <spec...>        the whole pipeline on a spec (in this version: validate)

Options:
  --json                       print one JSON document instead of text
  --root <dir>                 folder that $ref'd files must stay inside (default: the spec's folder)
  --allow-remote-refs <hosts>  comma-separated hosts whose http(s) $refs may be fetched
  --max-file-size <size>       largest spec file read (default 25MB)
  -h, --help                   this text
  -v, --version                the version

Exit status: 0 ok, 1 the check failed, 2 bad usage or unreadable input.`;
var flagOf = { spec: "the <spec> argument" };
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        root: { type: "string" },
        "allow-remote-refs": { type: "string" },
        "max-file-size": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    return fail(new UserError(error.message, void 0, "Run with --help for the options."));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${process.env.FPD_VERSION ?? "0.1.0"}
`);
    return 0;
  }
  const [command, ...specs] = positionals;
  if (values.help || command === void 0) {
    process.stdout.write(usage + "\n");
    return values.help ? 0 : 2;
  }
  if (command !== "validate" && command !== "run") return fail(new UserError(`unknown command "${command}"`, void 0, "Commands: validate, run. Run with --help for details."));
  try {
    const config = parseConfig(
      { spec: specs.join("\n"), root: values.root, "allow-remote-refs": values["allow-remote-refs"], "max-file-size": values["max-file-size"], stages: "validate" },
      { name: (key) => flagOf[key] ?? `--${key}`, workspace: process.cwd() }
    );
    const report = await runPipeline(config);
    const out = values.json ? JSON.stringify(validationJson(report.validations), null, 2) : validationText(report.validations);
    process.stdout.write(out + "\n");
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UserError) return fail(error, values.json);
    throw error;
  }
}
function fail(error, json = false) {
  if (json) process.stdout.write(JSON.stringify({ valid: false, error: { message: error.message, hint: error.hint ?? null, ...error.place } }, null, 2) + "\n");
  else process.stderr.write(`error: ${error.describe()}
`);
  return error.exitCode;
}
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
