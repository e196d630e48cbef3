import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  stableId
} from "./chunk-D6MHEZL6.js";

// src/stages/deploy/collection-parts.ts
function call(name, options) {
  const header = Object.entries(options.headers ?? {}).map(([key, value]) => ({ key, value }));
  if (options.body !== void 0 && !header.some((h) => h.key.toLowerCase() === "content-type"))
    header.push({ key: "Content-Type", value: "application/json" });
  const event = [];
  const before = [...options.when ? [`if (!(${options.when})) pm.execution.skipRequest();`] : [], ...options.prerequest ?? []];
  if (before.length > 0) event.push(script("prerequest", before));
  event.push(script("test", answerScript(options)));
  return {
    id: stableId("request", `deploy\0${name}\0${options.method} ${options.url}`),
    name,
    request: {
      method: options.method,
      url: postmanUrl(options.url, options.query),
      header,
      ...options.body !== void 0 && { body: { mode: "raw", raw: options.body, options: { raw: { language: "json" } } } },
      ...options.auth && { auth: options.auth },
      description: options.description
    },
    event
  };
}
function script(listen, exec) {
  return { listen, script: { type: "text/javascript", exec: [...exec] } };
}
function bearer(tokenVariable) {
  return { type: "bearer", bearer: [{ key: "token", value: `{{${tokenVariable}}}`, type: "string" }] };
}
var jsonTwinsScript = [
  "// A body reads a free-text value as {{name.json}}: the value as a JSON string, quotes included.",
  "const values = pm.environment.toObject();",
  'for (const key of Object.keys(values)) pm.variables.set(`${key}.json`, JSON.stringify(String(values[key] ?? "")));'
];
function answerScript(options) {
  const accepted = JSON.stringify(options.accept ?? []);
  const lines = [
    "const status = pm.response.code;",
    "let body;",
    "try { body = pm.response.json(); } catch (notJson) { body = undefined; }",
    'const retries = Number(pm.environment.get("retries") || 0);',
    `if (${retryCondition(options)} && retries < Number(pm.environment.get("maxRetries") || 5)) {`,
    '  pm.environment.set("retries", retries + 1);',
    '  const asked = Number(pm.response.headers.get("Retry-After")) * 1000;',
    '  const pause = asked > 0 ? asked : Number(pm.environment.get("retryDelayMs") || 1000) * 2 ** retries;',
    "  setTimeout(() => {}, Math.min(pause, 30000));",
    "  pm.execution.setNextRequest(pm.info.requestName);",
    "} else {",
    '  pm.environment.set("retries", 0);',
    `  const ok = (status >= 200 && status < 300) || ${accepted}.includes(status);`,
    "  pm.test(`${pm.info.requestName}: answered ${status}`, () => pm.expect(ok, pm.response.text().slice(0, 500)).to.equal(true));",
    "  let stop = !ok;",
    "  if (ok) {",
    ...(options.onSuccess ?? []).map((line) => `    ${line}`),
    "  }",
    "  if (stop) pm.execution.setNextRequest(null);",
    ...options.until ? ["  else {", ...pollLines(options.until).map((line) => `    ${line}`), "  }"] : [],
    "}"
  ];
  return lines;
}
function retryCondition(options) {
  const conditions = [...options.retry === false ? [] : ["status === 429 || status >= 500"], ...options.retryAlso ? [options.retryAlso] : []];
  return conditions.length === 0 ? "false" : conditions.map((c) => `(${c})`).join(" || ");
}
function pollLines(until) {
  return [
    `const done = Boolean(${until});`,
    'const polls = Number(pm.environment.get("polls") || 0);',
    'if (done) pm.environment.set("polls", 0);',
    'else if (polls + 1 >= Number(pm.environment.get("maxPolls") || 150)) {',
    '  pm.environment.set("polls", 0);',
    "  pm.test(`${pm.info.requestName}: still not done after ${polls + 1} polls`, () => pm.expect.fail(pm.response.text().slice(0, 500)));",
    "  pm.execution.setNextRequest(null);",
    "} else {",
    '  pm.environment.set("polls", polls + 1);',
    '  setTimeout(() => {}, Number(pm.environment.get("pollIntervalMs") || 2000));',
    "  pm.execution.setNextRequest(pm.info.requestName);",
    "}"
  ];
}
function postmanUrl(raw, query = {}) {
  if (/^\{\{[^}]+\}\}\{\{[^}]+\}\}$/.test(raw) && Object.keys(query).length === 0) return raw;
  const match = /^((?:https?:\/\/)?[^/]+)(\/.*)?$/.exec(raw);
  const host = match?.[1] ?? raw;
  const path = (match?.[2] ?? "").split("/").filter(Boolean);
  const entries = Object.entries(query);
  const search = entries.map(([key, value]) => `${key}=${value}`).join("&");
  return {
    raw: search ? `${raw}?${search}` : raw,
    host: [host],
    path,
    ...entries.length > 0 && { query: entries.map(([key, value]) => ({ key, value })) }
  };
}

export {
  call,
  script,
  bearer,
  jsonTwinsScript
};
