import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/text/workflow-log.ts
function inertLogText(text) {
  return text.replace(/::/g, ":\u200B:").replace(/##\[/g, "#\u200B#[");
}

// src/postman/postman-api-limits.ts
var POSTMAN_API_URL = "https://api.getpostman.com";
var POSTMAN_PAYLOAD_LIMITS = {
  collection: 1e8,
  environment: 3e7
};
function checkedBody(resource, name, payload, limits) {
  const body = JSON.stringify(payload);
  const bytes = Buffer.byteLength(body, "utf8");
  const limit = limits[resource];
  if (bytes > limit) {
    throw new UserError(
      `the ${resource} "${name}" is ${megabytes(bytes)} as a Postman API request, over the ${megabytes(limit)} the Postman API accepts for a ${resource}; nothing was sent`,
      void 0,
      resource === "collection" ? "Split the OpenAPI file into smaller ones, or turn off negative requests (negative-tests), to make the collection smaller." : "Remove variables from the environment to make it smaller."
    );
  }
  return body;
}
function collectionLink(uid) {
  return `https://go.postman.co/collection/${encodeURIComponent(uid).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
function megabytes(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${bytes} bytes`;
}

// src/postman/postman-api-retry.ts
var defaultRateLimitPolicy = {
  retries: 4,
  defaultWaitMs: 6e4,
  maxTotalWaitMs: 3 * 6e4
};
function rateLimitDecision(headers, state, policy, now) {
  const delayMs = hintedWait(headers, now) ?? policy.defaultWaitMs;
  if (state.attempt > policy.retries) return { retry: false, delayMs, why: `still rate limited after ${policy.retries} retries` };
  if (state.waitedMs + delayMs > policy.maxTotalWaitMs) {
    return {
      retry: false,
      delayMs,
      why: `Postman asks for a wait of ${Math.ceil(delayMs / 1e3)} s, more than is left of the ${Math.ceil(policy.maxTotalWaitMs / 1e3)} s allowed`
    };
  }
  return { retry: true, delayMs };
}
function hintedWait(headers, now) {
  const retryAfter = headers["retry-after"]?.trim();
  if (retryAfter) {
    const secs = wholeSeconds(retryAfter);
    if (secs !== void 0) return secs * 1e3;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  for (const name of ["x-ratelimit-retryafter", "retryafter"]) {
    const secs = wholeSeconds(headers[name]);
    if (secs !== void 0) return secs * 1e3;
  }
  for (const name of ["ratelimit-reset", "x-ratelimit-reset"]) {
    const value = wholeSeconds(headers[name]);
    if (value === void 0) continue;
    if (value > 1e9) return Math.max(0, value * 1e3 - now + 1e3);
    return value * 1e3;
  }
  return void 0;
}
function wholeSeconds(value) {
  const text = value?.trim();
  return text && /^\d+$/.test(text) ? Number(text) : void 0;
}

// src/postman/postman-api.ts
var PostmanApiError = class extends UserError {
  constructor(message, status, hint) {
    super(message, void 0, hint);
    this.status = status;
  }
  status;
  exitCode = 1;
};
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function createPostmanClient(options) {
  const apiKey = checkedKey(options.apiKey);
  const base = (options.baseUrl ?? POSTMAN_API_URL).replace(/\/+$/, "");
  const policy = { ...defaultRateLimitPolicy, ...options.rateLimit };
  const limits = { ...POSTMAN_PAYLOAD_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? 12e4;
  const log = options.log ?? ((message) => void process.stderr.write(`${inertLogText(message)}
`));
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const redact = (text) => text.split(apiKey).join("[redacted]");
  let waitedMs = 0;
  async function call(request) {
    const body = request.send && checkedBody(request.send.resource, request.send.name, request.send.payload, limits);
    const query = request.query ? `?${new URLSearchParams(request.query)}` : "";
    const url = `${base}${request.path}${query}`;
    const headers = {
      "X-Api-Key": apiKey,
      Accept: "application/json",
      ...body !== void 0 && { "Content-Type": "application/json" }
    };
    for (let attempt = 1; ; attempt++) {
      let response;
      let text;
      try {
        response = await fetch(url, { method: request.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
        text = await response.text();
      } catch (error) {
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? error.message;
        throw new PostmanApiError(
          redact(`cannot reach the Postman API at ${base} to ${request.what}: ${why}`),
          void 0,
          "Check the network, and the Postman API URL when one is set."
        );
      }
      if (response.status === 429) {
        const decision = rateLimitDecision(Object.fromEntries(response.headers), { attempt, waitedMs }, policy, Date.now());
        if (!decision.retry) {
          throw new PostmanApiError(
            `the Postman API rate limit stopped "${request.what}": ${decision.why}`,
            429,
            "Run again later; the limit is per API key, so other jobs using the same key count too."
          );
        }
        log(`Postman API: rate limited on "${request.what}"; trying again in ${(decision.delayMs / 1e3).toFixed(1)} s.`);
        await sleep(decision.delayMs);
        waitedMs += decision.delayMs;
        continue;
      }
      const json = parseJson(text);
      if (response.ok && json !== void 0 && typeof json === "object" && json !== null) return json;
      throw failure(request.what, response.status, json ?? text, redact);
    }
  }
  async function workspace(id) {
    const { workspace: found } = await call({ method: "GET", path: `/workspaces/${encodeURIComponent(id)}`, what: `read workspace ${id}` });
    const w = found;
    if (!w || typeof w.id !== "string") throw new PostmanApiError(`the Postman API answered an unexpected workspace for ${id}`, 200);
    return { id: w.id, name: String(w.name ?? ""), collections: elements(w.collections), environments: elements(w.environments) };
  }
  return {
    async findWorkspace(nameOrId) {
      if (UUID.test(nameOrId)) {
        try {
          return await workspace(nameOrId);
        } catch (error) {
          if (!(error instanceof PostmanApiError) || error.status !== 404) throw error;
        }
      }
      const { workspaces } = await call({ method: "GET", path: "/workspaces", what: "list workspaces" });
      const matches = (Array.isArray(workspaces) ? workspaces : []).filter(
        (w) => typeof w?.id === "string" && w.name === nameOrId
      );
      if (matches.length === 0) {
        throw new UserError(
          `no Postman workspace named "${nameOrId}" is visible to the API key`,
          void 0,
          "Give the workspace\u2019s exact name or its id (in Postman: the workspace\u2019s Overview, or its URL), and check that the key\u2019s owner is a member of it."
        );
      }
      if (matches.length > 1) {
        throw new UserError(
          `${matches.length} Postman workspaces are named "${nameOrId}" (ids ${matches.map((w) => w.id).join(", ")})`,
          void 0,
          "Give the id of the one to use instead of its name."
        );
      }
      return workspace(matches[0].id);
    },
    async getCollection(uid) {
      const { collection } = await call({ method: "GET", path: `/collections/${encodeURIComponent(uid)}`, what: `read collection ${uid}` });
      const c = collection;
      if (!c || typeof c.info !== "object" || !Array.isArray(c.item))
        throw new PostmanApiError(`the Postman API answered an unexpected collection for ${uid}`, 200);
      return c;
    },
    async createCollection(workspaceId, collection) {
      const name = collection.info.name;
      const { collection: made } = await call({
        method: "POST",
        path: "/collections",
        query: { workspace: workspaceId },
        send: { resource: "collection", name, payload: { collection } },
        what: `create collection "${name}"`
      });
      return element(made, `create collection "${name}"`);
    },
    async updateCollection(uid, collection) {
      const name = collection.info.name;
      const { collection: updated } = await call({
        method: "PUT",
        path: `/collections/${encodeURIComponent(uid)}`,
        send: { resource: "collection", name, payload: { collection } },
        what: `update collection "${name}"`
      });
      return element(updated, `update collection "${name}"`);
    },
    async getEnvironment(uid) {
      const { environment } = await call({ method: "GET", path: `/environments/${encodeURIComponent(uid)}`, what: `read environment ${uid}` });
      const e = environment;
      if (!e || typeof e.name !== "string") throw new PostmanApiError(`the Postman API answered an unexpected environment for ${uid}`, 200);
      return { name: e.name, values: Array.isArray(e.values) ? e.values : [] };
    },
    async createEnvironment(workspaceId, environment) {
      const { name } = environment;
      const { environment: made } = await call({
        method: "POST",
        path: "/environments",
        query: { workspace: workspaceId },
        send: { resource: "environment", name, payload: { environment } },
        what: `create environment "${name}"`
      });
      return element(made, `create environment "${name}"`);
    },
    async updateEnvironment(uid, environment) {
      const { name } = environment;
      const { environment: updated } = await call({
        method: "PUT",
        path: `/environments/${encodeURIComponent(uid)}`,
        send: { resource: "environment", name, payload: { environment } },
        what: `update environment "${name}"`
      });
      return element(updated, `update environment "${name}"`);
    }
  };
}
function findByName(elements2, name, kind, workspace) {
  const matches = elements2.filter((e) => e.name === name);
  if (matches.length > 1) {
    throw new UserError(
      `the Postman workspace "${workspace}" holds ${matches.length} ${kind}s named "${name}" (uids ${matches.map((m) => m.uid).join(", ")})`,
      void 0,
      `Rename or delete all but one of them in Postman; the sync updates the ${kind} in place and will not guess which.`
    );
  }
  return matches[0];
}
var SERVER_INFO_FIELDS = ["uid", "createdAt", "updatedAt", "lastUpdatedBy", "fork", "_exporter_id", "_collection_link"];
async function fetchCollection(options) {
  const client = createPostmanClient(options);
  const workspace = await client.findWorkspace(options.workspace);
  const found = findByName(workspace.collections, options.name, "collection", workspace.name);
  if (!found) return void 0;
  const collection = await client.getCollection(found.uid);
  const info = Object.fromEntries(Object.entries(collection.info).filter(([key]) => !SERVER_INFO_FIELDS.includes(key)));
  return { ...collection, info };
}
function checkedKey(apiKey) {
  const key = apiKey.trim();
  if (key === "") throw new UserError("the Postman API key is empty", void 0, "Pass the key from a secret, or leave it out to skip the Postman sync.");
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new UserError(
      "the Postman API key holds characters an HTTP header cannot carry (spaces, line breaks or non-ASCII)",
      void 0,
      "Copy the key again from Postman (Settings \u2192 API keys) into the secret, with nothing around it."
    );
  }
  return key;
}
function failure(what, status, body, redact) {
  const { name, message, details } = errorOf(body);
  const said = redact(clip([name, message, ...details].filter(Boolean).join(": ") || "no message"));
  const text = `the Postman API refused to ${what} (${status}): ${said}`;
  switch (status) {
    case 401:
      return new PostmanApiError(
        `the Postman API did not accept the API key (401) when asked to ${what}`,
        status,
        "Check the Postman API key secret: it may be mistyped, expired or revoked (Postman: Settings \u2192 API keys)."
      );
    case 403:
      return new PostmanApiError(text, status, "The key\u2019s owner needs Editor access to the workspace, its collections and environments.");
    case 404:
      return new PostmanApiError(text, status, "It may have been deleted, or the key\u2019s owner may not see it.");
    case 413:
      return new PostmanApiError(text, status, "The body is over the size the Postman API accepts; make the collection or environment smaller.");
    default:
      return new PostmanApiError(text, status, status >= 500 ? "The Postman API had a problem; run again later (status.postman.com)." : void 0);
  }
}
function errorOf(body) {
  if (typeof body === "string") return { message: body, details: [] };
  const { error, message } = body ?? {};
  if (typeof error === "object" && error !== null) {
    const e = error;
    return {
      name: typeof e.name === "string" ? e.name : void 0,
      message: typeof e.message === "string" ? e.message : void 0,
      details: Array.isArray(e.details) ? e.details.map(String) : []
    };
  }
  return { name: typeof error === "string" ? error : void 0, message: typeof message === "string" ? message : void 0, details: [] };
}
function element(value, what) {
  const e = value;
  if (!e || typeof e.id !== "string" || typeof e.uid !== "string") throw new PostmanApiError(`the Postman API answered "${what}" without the id and uid`, 200);
  return { id: e.id, uid: e.uid, name: String(e.name ?? "") };
}
function elements(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((e) => typeof e?.id === "string" && typeof e.uid === "string" && typeof e.name === "string");
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function clip(text) {
  return text.length <= 500 ? text : `${text.slice(0, 499)}\u2026`;
}

export {
  inertLogText,
  POSTMAN_PAYLOAD_LIMITS,
  checkedBody,
  collectionLink,
  PostmanApiError,
  createPostmanClient,
  findByName,
  fetchCollection
};
