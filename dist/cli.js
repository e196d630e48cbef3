#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
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
} from "./chunks/chunk-TDF4TJQD.js";
import "./chunks/chunk-UNNWIIGG.js";
import "./chunks/chunk-D7WMJFEE.js";
import "./chunks/chunk-NETIAGIX.js";
import "./chunks/chunk-XIPBR6KD.js";
import "./chunks/chunk-C6STEXGJ.js";
import "./chunks/chunk-2MA2RJKU.js";
import "./chunks/chunk-KFKZGTTH.js";
import "./chunks/chunk-7YVRTR3B.js";
import "./chunks/chunk-ZQJHTWJ5.js";
import "./chunks/chunk-EVXU77YK.js";
import {
  UserError
} from "./chunks/chunk-NWSZODET.js";
import "./chunks/chunk-LL3TYEGR.js";
import "./chunks/chunk-BL3GV6RR.js";
import "./chunks/chunk-YUSX2OFO.js";

// src/cli.ts
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
var usage = `Usage: fastapi-postman-deploy <command> [options]

Commands:
  validate <spec...>           check OpenAPI files (2.0, 3.0, 3.1); errors at file:line:column
  diff <base> <revision>       what changed between two specs; exit 1 when the gate fails
  collection <spec> --out <file> [--previous <file>]
                               the Postman collection with contract tests (environments beside it)
  contract <collection> --url <url> [--environment <file>] [--junit <file>] [--credential scheme=value ...]
                               run the contract tests against a server; exit 1 when one fails
  fastapi <spec> --out <dir>   the FastAPI project (your handler modules are never overwritten)
  serve <dir> [--port N]       install the project into its venv when needed and run it until stopped
  build <project-dir> --image <ref> [--push] [--build-arg KEY=VALUE ...] [--spec <file>] [--network <name>]
                               build (and push) the project's image; prints the digest and tags
  run <spec...>                every stage: validate; diff (with --base); the collection and the
                               FastAPI project under out/; the contract tests against --url, or
                               else against the generated server, started locally: its image
                               in a container when a Docker engine answers, else with uvicorn
                               (--serve-with auto|docker|uvicorn; --build-arg KEY=VALUE for the image)

Options:
  --json                       print one JSON document instead of text
  --stages <list>              run: only these stages (validate, diff, collection, fastapi, build, contract)
  --root <dir>                 folder that $ref'd files must stay inside (default: the spec's folder)
  --allow-remote-refs <hosts>  comma-separated hosts whose http(s) $refs may be fetched
  --max-file-size <size>       largest spec file read (default 25MB)
Collection options (collection, run):
  --collection-out <dir>       run: where collections are written (default out/postman)
  --removed-operations <drop|keep>, --negative-tests, --response-time-budget <ms>
Contract options (contract, run):
  --url <url>                  the server to test
  --credential <scheme=value>  a credential per security scheme (repeatable; a placeholder otherwise)
  --expect-build <id>          wait until the server's X-Build-Id header names this build
  --readiness-path <path>, --readiness-timeout <seconds>, --junit <file>, --results <file>
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
var flagInputs = inputNames.filter((n) => !["spec", "github-token", "changes-file", "comment", "flatten-allof", "negative-tests", "credentials", "junit-file", "contract-results-file", "previous-collection", "commit-back"].includes(n));
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(flagInputs.map((n) => [n, { type: "string" }])),
        "flatten-allof": { type: "boolean" },
        "negative-tests": { type: "boolean" },
        out: { type: "string" },
        previous: { type: "string" },
        environment: { type: "string" },
        junit: { type: "string" },
        results: { type: "string" },
        credential: { type: "string", multiple: true },
        image: { type: "string" },
        push: { type: "boolean" },
        "build-arg": { type: "string", multiple: true },
        spec: { type: "string" },
        network: { type: "string" },
        "serve-with": { type: "string" },
        port: { type: "string" },
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
    if (command === "collection") return await collection(args, values, json);
    if (command === "contract") return await contract(args, values, json);
    if (command === "build") return await build(args, values, json);
    if (command === "fastapi") return await fastapi(args, values, json);
    if (command === "serve") return await serve(args, values);
    throw new UserError(`unknown command "${command}"`, void 0, "Commands: validate, diff, collection, contract, fastapi, serve, build, run. Run with --help for details.");
  } catch (error) {
    if (error instanceof UserError) return fail(error, json);
    throw error;
  }
}
function config(specs, values, stages) {
  const raw = { spec: specs.join("\n"), stages };
  for (const name of flagInputs) if (typeof values[name] === "string" && name !== "stages") raw[name] = values[name];
  if (values["flatten-allof"]) raw["flatten-allof"] = "true";
  if (values["negative-tests"]) raw["negative-tests"] = "true";
  if (values.junit) raw["junit-file"] = values.junit;
  if (values.results) raw["contract-results-file"] = values.results;
  if (values.previous) raw["previous-collection"] = values.previous;
  const buildArgs = values["build-arg"] ?? [];
  if (buildArgs.length) raw["build-args"] = buildArgs.join("\n");
  raw.credentials = (values.credential ?? []).join("\n");
  return parseConfig(raw, { name: (key) => key === "spec" ? "the <spec> argument" : `--${key}`, workspace: process.cwd() });
}
async function validateOrRun(command, specs, values, json) {
  if (command === "run") {
    values["collection-out"] ??= "out/postman";
    values["fastapi-out"] ??= "out/server";
  }
  const stages = command === "validate" ? "validate" : typeof values.stages === "string" ? values.stages : "validate,diff,collection,fastapi,contract";
  const parsed = config(specs, values, stages);
  serveWith(values);
  const base = parsed.diff.base;
  const report = await runPipeline(parsed, {
    baseEvent: base ? { kind: "commit", commit: base } : void 0,
    labels: labels(values),
    serveLocally: (dir, info) => serveLocally(dir, info, parsed, values)
  });
  if (command === "validate") write(json ? JSON.stringify(validationJson(report.validations), null, 2) : validationText(report.validations));
  else write(json ? JSON.stringify(pipelineJson(report), null, 2) : pipelineText(report));
  return report.ok ? 0 : 1;
}
function serveWith(values) {
  const using = typeof values["serve-with"] === "string" ? values["serve-with"] : "auto";
  if (using !== "auto" && using !== "docker" && using !== "uvicorn") throw new UserError(`--serve-with: "${using}" is not one of auto, docker, uvicorn`);
  return using;
}
async function serveLocally(dir, info, parsed, values) {
  const using = serveWith(values);
  const shown = path.relative(process.cwd(), dir) || ".";
  const note = (text) => process.stderr.write(`${text}
`);
  if (using !== "uvicorn") {
    const { engineAnswers, serveImage } = await import("./chunks/serve-image-4IC7V74A.js");
    if (await engineAnswers()) {
      note(`building the image of ${shown} and starting it (docker)`);
      try {
        const name = path.basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "api";
        const running = await serveImage({ projectDir: dir, image: `fpd-local/${name}:dev`, buildArgs: parsed.build.buildArgs, info, run: await localRun() });
        note(`serving the image as container ${running.container.slice(0, 12)} on ${running.url}`);
        return running;
      } catch (error) {
        if (!(error instanceof UserError) || using === "docker") throw error;
        note(`the image could not be built or started (${error.message.trim().split("\n").at(-1)}); serving the code with uvicorn instead`);
      }
    } else if (using === "docker") throw new UserError("--serve-with docker: no Docker engine answers", void 0, "Start the engine, or use --serve-with uvicorn.");
  }
  const { serveProject } = await import("./chunks/serve-NHF2JEXU.js");
  note(`starting the generated server in ${shown} with uvicorn (the first start installs its dependencies)`);
  return serveProject({ dir, port: 0, buildId: `local-${randomBytes(6).toString("hex")}` });
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
async function collection(args, values, json) {
  if (args.length !== 1 || typeof values.out !== "string") throw new UserError("collection takes one spec and --out <file>", void 0, "For example: collection openapi.yaml --out postman/api.postman_collection.json");
  const parsed = config(args, values, "collection");
  const spec = await loadSpec(path.resolve(args[0]), { root: parsed.root, allowRemoteRefs: parsed.allowRemoteRefs, limits: { maxFileBytes: parsed.maxFileSize } });
  const [{ buildApiModel }, { collectionStage }] = await Promise.all([import("./chunks/build-YCOMI4AS.js"), import("./chunks/run-674QPKWZ.js")]);
  const result = await collectionStage(spec, buildApiModel(spec), values.out, parsed.collection, process.cwd());
  if (json) write(JSON.stringify(result, null, 2));
  else write([...result.files.map((f) => `wrote ${f}`), `${result.requests} operations with contract tests; people's edits kept on ${result.preserved.length}, ${result.removed.length} removed`, ...result.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: warning: ${w.message} [${w.rule}]`)].join("\n"));
  return 0;
}
async function contract(args, values, json) {
  if (args.length !== 1 || typeof values.url !== "string") throw new UserError("contract takes one collection and --url <url>", void 0, "For example: contract postman/api.postman_collection.json --url http://127.0.0.1:8000");
  const parsed = config(args, values, "contract");
  const [{ runContract }, { contractText }] = await Promise.all([import("./chunks/contract-URFQBJDN.js"), import("./chunks/report-OIZIN4QD.js")]);
  const result = await runContract({
    collection: path.resolve(args[0]),
    url: parsed.contract.url,
    environment: typeof values.environment === "string" ? path.resolve(values.environment) : void 0,
    credentials: parsed.contract.credentials,
    readinessPath: parsed.contract.readinessPath,
    readinessTimeoutMs: parsed.contract.readinessTimeoutMs,
    expectBuild: parsed.contract.expectBuild,
    junitFile: parsed.contract.junitFile && path.resolve(parsed.contract.junitFile),
    jsonFile: parsed.contract.resultsFile && path.resolve(parsed.contract.resultsFile)
  });
  write(json ? JSON.stringify(result.report, null, 2) : contractText(result.report));
  return result.report.failed === 0 ? 0 : 1;
}
async function fastapi(args, values, json) {
  if (args.length !== 1 || typeof values.out !== "string") throw new UserError("fastapi takes one spec and --out <dir>", void 0, "For example: fastapi openapi.yaml --out server");
  const parsed = config(args, values, "fastapi");
  const spec = await loadSpec(path.resolve(args[0]), { root: parsed.root, allowRemoteRefs: parsed.allowRemoteRefs, limits: { maxFileBytes: parsed.maxFileSize } });
  const [{ planFastapiProject }, { writeFastapiProject }] = await Promise.all([import("./chunks/plan-WNJRL4JC.js"), import("./chunks/write-DACQE2YU.js")]);
  const plan = planFastapiProject(spec);
  const result = await writeFastapiProject(plan, path.resolve(values.out));
  if (json) write(JSON.stringify({ dir: values.out, ...result, warnings: plan.warnings }, null, 2));
  else {
    write([
      `wrote ${result.written.length} files to ${values.out}${result.kept.length ? `; kept ${result.kept.length} of yours: ${result.kept.join(", ")}` : ""}`,
      ...result.handlers.map((h) => `${values.out}/${h.file}: ${h.function}: ${h.detail}`),
      ...plan.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: warning: ${w.message} [${w.rule}]`)
    ].join("\n"));
  }
  return 0;
}
async function serve(args, values) {
  if (args.length !== 1) throw new UserError("serve takes one project folder", void 0, "For example: serve out/server --port 8000");
  const port = values.port === void 0 ? 8e3 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: "${String(values.port)}" is not a port number`);
  const { serveProject } = await import("./chunks/serve-NHF2JEXU.js");
  const server = await serveProject({ dir: path.resolve(args[0]), port, onOutput: (text) => process.stderr.write(text) });
  write(`serving ${server.url} (Ctrl-C stops it)`);
  const stop = () => void server.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const code = await server.exited;
  return code === 0 || code === null ? 0 : 1;
}
async function build(args, values, json) {
  if (args.length !== 1 || typeof values.image !== "string") throw new UserError("build takes one project folder and --image <ref>", void 0, "For example: build out/server --image 127.0.0.1:5000/books --push");
  const { buildImage, buildOutputs, describeBuild, parseBuildArgs } = await import("./chunks/build-HNCX3NHB.js");
  const spec = typeof values.spec === "string" ? await loadSpec(path.resolve(values.spec)) : void 0;
  const info = spec?.document.info ?? {};
  const result = await buildImage(
    { projectDir: args[0], image: values.image, push: values.push === true, buildArgs: parseBuildArgs(values["build-arg"] ?? [], "--build-arg"), network: values.network, imageInputName: "--image" },
    { run: await localRun(), info, log: (line) => process.stderr.write(`${line}
`) }
  );
  write(json ? JSON.stringify({ ...buildOutputs(result), reference: result.reference ?? null, tags: result.tags, metadata: result.metadata }, null, 2) : describeBuild(result));
  return 0;
}
async function localRun() {
  const { gitText } = await import("./chunks/git-7J6IBKSP.js");
  const cwd = process.cwd();
  const branch = await gitText(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]);
  return { eventName: void 0, ref: branch && branch !== "HEAD" ? `refs/heads/${branch}` : void 0, sha: await gitText(cwd, ["rev-parse", "HEAD"]), defaultBranch: void 0, pullRequest: void 0, repositoryUrl: void 0 };
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
