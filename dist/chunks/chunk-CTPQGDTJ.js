import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  POSTMAN_PAYLOAD_LIMITS,
  checkedBody,
  collectionLink,
  createPostmanClient,
  findByName
} from "./chunk-3WYRJ3Y3.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/stages/postman/sync.ts
import { promises as fs } from "node:fs";

// src/text/markdown.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "~": "&#126;",
  "!": "&#33;",
  $: "&#36;",
  // A zero-width space after `@` and `#` keeps `@user`, `#123` and `org/repo#1` from notifying.
  "@": "@&#8203;",
  "#": "#&#8203;",
  // `::` at the start of a log line is a workflow command; break every pair.
  "::": ":&#58;"
};
var AUTOLINKS = (match) => match === "://" ? ":&#8203;//" : `${match.slice(0, -1)}&#8203;${match.slice(-1)}`;
function escapeMarkdown(text) {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\r\n\u2028\u2029\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(/::|:\/\/|www\.|gh-(?=\d)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|[&<>|\\`*[\]~!$@#]/gi, (c) => ENTITIES[c] ?? AUTOLINKS(c));
}
function code(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}

// src/stages/postman/sync.ts
var NO_POSTMAN_KEY = "no Postman API key was given. Add one as a secret to publish the collection and its environments to a Postman workspace.";
async function syncToPostman(options) {
  const collection = await readCollection(options.collectionFile);
  const environments = uniqueNames(await Promise.all(options.environmentFiles.map(readEnvironment)));
  const limits = { ...POSTMAN_PAYLOAD_LIMITS, ...options.client?.limits };
  checkedBody("collection", collection.info.name, { collection: collectionPayload(collection, void 0) }, limits);
  for (const environment of environments) checkedBody("environment", environment.name, { environment: environmentPayload(environment, void 0) }, limits);
  const client = createPostmanClient({ ...options.client, apiKey: options.apiKey, baseUrl: options.baseUrl });
  const workspace = await client.findWorkspace(options.workspace);
  const plan = planSync(
    workspace,
    collection.info.name,
    environments.map((e) => e.name)
  );
  const target = plan.collection;
  const synced = target.existing ? await client.updateCollection(target.existing.uid, collectionPayload(collection, target.existing.id)) : await client.createCollection(workspace.id, collectionPayload(collection, void 0));
  const syncedEnvironments = [];
  for (const [i, environment] of environments.entries()) {
    const existing = plan.environments[i].existing;
    const made = existing ? await client.updateEnvironment(existing.uid, environmentPayload(environment, await client.getEnvironment(existing.uid))) : await client.createEnvironment(workspace.id, environmentPayload(environment, void 0));
    syncedEnvironments.push(syncedElement(environment.name, made, existing));
  }
  return {
    workspace: { id: workspace.id, name: workspace.name },
    collection: { ...syncedElement(collection.info.name, synced, target.existing), url: collectionLink(synced.uid) },
    environments: syncedEnvironments
  };
}
async function syncEnvironment(options) {
  const client = createPostmanClient({ ...options.client, apiKey: options.apiKey, baseUrl: options.baseUrl });
  const workspace = await client.findWorkspace(options.workspace);
  const { environment } = options;
  const existing = findByName(workspace.environments, environment.name, "environment", workspace.name);
  const made = existing ? await client.updateEnvironment(existing.uid, environmentPayload(environment, await client.getEnvironment(existing.uid))) : await client.createEnvironment(workspace.id, environmentPayload(environment, void 0));
  return syncedElement(environment.name, made, existing);
}
function planSync(workspace, collectionName, environmentNames) {
  return {
    collection: { name: collectionName, existing: findByName(workspace.collections, collectionName, "collection", workspace.name) },
    environments: environmentNames.map((name) => ({ name, existing: findByName(workspace.environments, name, "environment", workspace.name) }))
  };
}
function collectionPayload(collection, remoteId) {
  const { _postman_id: _, uid: _uid, ...info } = collection.info;
  return { ...collection, info: { ...info, ...remoteId ? { _postman_id: remoteId } : {} } };
}
function environmentPayload(environment, remote) {
  const remoteValues = new Map((remote?.values ?? []).map((v) => [v.key, v]));
  const values = environment.values.map((v) => {
    const there = remoteValues.get(v.key);
    const keep = there !== void 0 && (v.type === "secret" || v.value === "");
    return { key: v.key, value: keep ? there.value : v.value, type: v.type, enabled: v.enabled };
  });
  const added = (remote?.values ?? []).filter((v) => !environment.values.some((g) => g.key === v.key));
  return { name: environment.name, values: [...values, ...added] };
}
function syncSummary(result) {
  const { collection, environments, workspace } = result;
  return [
    `Postman: collection [${escapeMarkdown(collection.name)}](${collection.url}) ${collection.action} in workspace ${escapeMarkdown(workspace.name)}.`,
    ...environments.map((e) => `- environment ${escapeMarkdown(e.name)}: ${e.action}`)
  ];
}
function syncedElement(name, made, existing) {
  return { name, uid: made.uid, action: existing ? "updated" : "created" };
}
function uniqueNames(environments) {
  const seen = /* @__PURE__ */ new Set();
  return environments.map((environment) => {
    let name = environment.name;
    for (let n = 2; seen.has(name); n++) name = `${environment.name} (${n})`;
    seen.add(name);
    return name === environment.name ? environment : { ...environment, name };
  });
}
async function readCollection(file) {
  const parsed = await readJson(file, "collection");
  const c = parsed;
  if (!c || typeof c.info !== "object" || c.info === null || typeof c.info.name !== "string" || c.info.name.trim() === "" || !Array.isArray(c.item)) {
    throw new UserError(`${file} is not a Postman collection (v2.1 JSON with info.name and item)`, { file }, "Sync the file the collection stage wrote.");
  }
  return c;
}
async function readEnvironment(file) {
  const parsed = await readJson(file, "environment");
  const valid = parsed && typeof parsed.name === "string" && parsed.name.trim() !== "" && Array.isArray(parsed.values) && parsed.values.every((v) => typeof v?.key === "string" && typeof v.value === "string");
  if (!valid)
    throw new UserError(
      `${file} is not a Postman environment (JSON with name and values)`,
      { file },
      "Sync the environment files the collection stage wrote beside the collection."
    );
  return parsed;
}
async function readJson(file, kind) {
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new UserError(`the ${kind} file ${file} cannot be read`, { file });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`the ${kind} file ${file} is not JSON`, { file });
  }
}

export {
  escapeMarkdown,
  code,
  clip,
  NO_POSTMAN_KEY,
  syncToPostman,
  syncEnvironment,
  syncSummary
};
