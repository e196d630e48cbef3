import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  scopeCollection
} from "./chunk-PCEQBCMA.js";
import {
  contractInScript
} from "./chunk-UT4L56BZ.js";
import {
  runNewman
} from "./chunk-SX2ULAR5.js";
import "./chunk-ELZOVAGN.js";
import {
  credentialVariablesIn,
  planCredentials
} from "./chunk-YNHOQAXW.js";
import {
  BASE_URL_VARIABLE
} from "./chunk-4ETGFKD3.js";
import "./chunk-FUEGNWPH.js";
import "./chunk-36DI33OX.js";
import {
  requestsOf
} from "./chunk-L3IYTAVW.js";
import "./chunk-SNB4CVCT.js";
import "./chunk-C6STEXGJ.js";
import "./chunk-BL3GV6RR.js";
import {
  maskSecrets
} from "./chunk-XWD62V24.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/contract/contract.ts
import { promises as fs } from "node:fs";
import path from "node:path";

// src/stages/contract/junit.ts
function junitXml(report) {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.operations.reduce((n, o) => n + o.failures.length + (o.outcome === "not-run" ? 1 : 0), 0);
  const tests = report.operations.reduce((n, o) => n + Math.max(1, o.failures.length + o.passedRules.length), 0);
  lines.push(`<testsuites name="contract tests" tests="${tests}" failures="${failures}" time="${seconds(report.durationMs)}">`);
  for (const op of report.operations) {
    const count = Math.max(1, op.failures.length + op.passedRules.length);
    const failed = op.outcome === "not-run" ? 1 : op.failures.length;
    lines.push(`  <testsuite name="${xml(op.operation)}" tests="${count}" failures="${failed}" time="${seconds(op.response?.timeMs ?? 0)}">`);
    if (op.outcome === "not-run") {
      lines.push(`    <testcase classname="${xml(op.operation)}" name="request sent"><failure message="the request was not run"/></testcase>`);
    }
    for (const rule of op.passedRules) lines.push(`    <testcase classname="${xml(op.operation)}" name="${xml(rule)}"/>`);
    for (const f of op.failures) {
      const detail = op.response ? `${op.label} answered ${op.response.status}:
${op.response.excerpt}` : op.label;
      lines.push(
        `    <testcase classname="${xml(op.operation)}" name="${xml(f.rule)}"><failure message="${xml(f.message)}">${xml(detail)}</failure></testcase>`
      );
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
}
function seconds(ms) {
  return (ms / 1e3).toFixed(3);
}
function xml(text) {
  return text.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

// src/stages/contract/readiness.ts
var BUILD_ID_HEADER = "x-build-id";
async function waitUntilReady(baseUrl, options) {
  const url = joinUrl(baseUrl, options.path);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const started = now();
  const deadline = started + options.deadlineMs;
  let delay = options.initialDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 5e3;
  let attempts = 0;
  let last = "no attempt made";
  for (; ; ) {
    attempts++;
    const left = deadline - now();
    try {
      const response = await fetch(url, {
        headers: options.headers ?? {},
        redirect: "manual",
        signal: AbortSignal.timeout(Math.max(1, Math.min(options.attemptTimeoutMs ?? 5e3, left)))
      });
      const build = response.headers.get(BUILD_ID_HEADER) ?? void 0;
      if (response.status >= 500 && build !== void 0) {
        const excerpt = (await response.text()).slice(0, 500);
        throw new UserError(
          `the server at ${url} (build ${JSON.stringify(build)}) answered ${response.status}: ${excerpt || "(no body)"}`,
          void 0,
          "The server itself failed, so the contract tests were not run: see its log for the cause."
        );
      }
      await response.body?.cancel();
      const serving = options.expectBuild === void 0 || build === options.expectBuild;
      if (response.status < 500 && serving)
        return { url, attempts, elapsedMs: now() - started, status: response.status, ...build !== void 0 && { build } };
      last = response.status >= 500 ? `HTTP ${response.status}` : build === void 0 ? "an answer without an X-Build-Id header" : `build ${JSON.stringify(build)} answering`;
    } catch (error) {
      if (error instanceof UserError) throw error;
      last = describe(error);
    }
    const pause = Math.min(maxDelay, delay) * (0.5 + random() / 2);
    if (now() + pause >= deadline) {
      const waitedFor = options.expectBuild === void 0 ? "ready" : `serving build ${JSON.stringify(options.expectBuild)}`;
      throw new UserError(
        `the server at ${url} was not ${waitedFor} after ${Math.round((now() - started) / 1e3)} s and ${attempts} attempts (last: ${last})`,
        void 0,
        options.expectBuild === void 0 ? "Check that the deployment finished and the URL is right, or raise the readiness timeout." : "The contract tests wait for the new build so they never test the previous release. Check that the deployment rolled out the image just built (the generated server sends its BUILD_ID build argument as X-Build-Id), or raise the readiness timeout."
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    delay *= 2;
  }
}
function joinUrl(base, path2) {
  return `${base.replace(/\/+$/, "")}/${path2.replace(/^\/+/, "")}`;
}
function describe(error) {
  if (error instanceof Error) {
    const cause = error.cause;
    if (error.name === "TimeoutError") return "no answer in time";
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}

// src/stages/contract/results.ts
var EXCERPT = 500;
function resultsFrom(collection, executions, url, durationMs, secrets) {
  const byOperation = /* @__PURE__ */ new Map();
  const byItem = /* @__PURE__ */ new Map();
  for (const { item } of requestsOf(collection.item)) {
    const exec = item.event?.find((e) => e.listen === "test")?.script.exec;
    const contract = exec && contractInScript(exec);
    if (!contract) continue;
    const negative = contract.invalid !== void 0;
    let result = byOperation.get(contract.operation);
    if (!result) {
      result = { operation: contract.operation, label: contract.label, request: item.name, outcome: "not-run", failures: [], passedRules: [] };
      byOperation.set(contract.operation, result);
    }
    if (!negative) result.request = item.name;
    byItem.set(item.id, { result, negative });
  }
  const ran = /* @__PURE__ */ new Set();
  for (const execution of executions) {
    const found = execution.item.id ? byItem.get(execution.item.id) : void 0;
    if (!found) continue;
    const { result, negative } = found;
    ran.add(result);
    const prefix = `${result.operation} \xB7 `;
    if (execution.requestError) result.failures.push({ rule: "request sent", message: maskSecrets(execution.requestError.message ?? "the request failed", secrets) });
    if (execution.response && (!negative || !result.response)) {
      result.response = {
        status: execution.response.code ?? 0,
        timeMs: execution.response.responseTime ?? 0,
        excerpt: maskSecrets(excerptOf(execution.response), secrets)
      };
    }
    for (const a of execution.assertions ?? []) {
      if (a.skipped) continue;
      const rule = a.assertion.startsWith(prefix) ? a.assertion.slice(prefix.length) : a.assertion;
      if (a.error) result.failures.push({ rule, message: maskSecrets(a.error.message ?? "failed", secrets) });
      else result.passedRules.push(rule);
    }
    for (const script of execution.testScript ?? []) {
      if (script.error) result.failures.push({ rule: "test script ran", message: maskSecrets(script.error.message ?? "the test script failed", secrets) });
    }
    if (!execution.response && !execution.requestError) result.failures.push({ rule: "request sent", message: "no response and no error was recorded" });
  }
  const operations = [...byOperation.values()];
  for (const op of operations) if (ran.has(op)) op.outcome = op.failures.length > 0 ? "failed" : "passed";
  return {
    url,
    operations,
    coverage: { exercised: operations.filter((o) => o.response).length, documented: operations.length },
    passed: operations.filter((o) => o.outcome === "passed").length,
    failed: operations.filter((o) => o.outcome !== "passed").length,
    durationMs
  };
}
function excerptOf(response) {
  let text = "";
  if (typeof response.text === "function") text = response.text();
  else if (response.stream) {
    const bytes = response.stream instanceof Uint8Array ? response.stream : Uint8Array.from(response.stream.data);
    text = new TextDecoder().decode(bytes);
  }
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}\u2026` : text;
}

// src/stages/contract/contract.ts
function planRun(collection, environment, options) {
  const credentials = planCredentials(credentialVariablesIn(collection), options.credentials ?? {});
  const fromFile = Object.fromEntries((environment?.values ?? []).filter((v) => v.enabled !== false && v.value !== "").map((v) => [v.key, v.value]));
  return {
    values: { ...fromFile, ...credentials.values, [BASE_URL_VARIABLE]: options.url.replace(/\/+$/, "") },
    credentials,
    readinessPath: options.readinessPath ?? readinessPathOf(collection)
  };
}
function readinessPathOf(collection) {
  for (const { item } of requestsOf(collection.item)) {
    const r = item.request;
    if (r.method !== "GET" || r.auth && r.auth.type !== "noauth") continue;
    if (r.url.path.some((segment) => segment.startsWith(":") || segment.includes("{{"))) continue;
    if ((r.url.query ?? []).some((q) => !q.disabled)) continue;
    return `/${r.url.path.join("/")}`;
  }
  return "/";
}
async function runContract(options) {
  const whole = await readJson(options.collection, "collection");
  const scoped = options.scope ? scopeCollection(whole, options.scope) : { collection: whole, leftOut: [] };
  const { leftOut } = scoped;
  const collection = withHeaders(scoped.collection, options.headers ?? {});
  const environment = options.environment ? await readJson(options.environment, "environment") : void 0;
  const plan = planRun(collection, environment, options);
  const timeout = options.readinessTimeoutMs ?? 12e4;
  const wait = timeout > 0 || options.expectBuild !== void 0;
  const readiness = wait ? await waitUntilReady(plan.values[BASE_URL_VARIABLE], {
    path: plan.readinessPath,
    deadlineMs: timeout || 12e4,
    expectBuild: options.expectBuild,
    ...options.headers && { headers: { ...options.headers } }
  }) : void 0;
  const { executions, durationMs } = await runNewman({
    collection,
    values: plan.values,
    requestTimeoutMs: options.requestTimeoutMs ?? 3e4,
    insecure: options.insecure ?? false,
    workingDir: path.dirname(path.resolve(options.collection))
  });
  const report = resultsFrom(collection, executions, options.url, durationMs, [...plan.credentials.secrets, ...Object.values(options.headers ?? {})]);
  const files = [];
  if (options.jsonFile) files.push(await write(options.jsonFile, `${JSON.stringify(report, null, 2)}
`));
  if (options.junitFile) files.push(await write(options.junitFile, junitXml(report)));
  return { report, ...readiness ? { readiness } : {}, placeholders: plan.credentials.placeholders, files, leftOut };
}
function withHeaders(collection, headers) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return collection;
  const copy = structuredClone(collection);
  for (const { item } of requestsOf(copy.item)) item.request.header = [...item.request.header ?? [], ...entries.map(([key, value]) => ({ key, value }))];
  return copy;
}
async function readJson(file, what) {
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new UserError(`cannot read the ${what} file ${file}`, void 0, `Check the ${what} path.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`the ${what} file ${file} is not JSON: ${error.message}`, { file });
  }
}
async function write(file, text) {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return file;
}
export {
  planRun,
  readinessPathOf,
  runContract
};
