import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  credentialVariablesIn
} from "./chunk-GU6X6KD6.js";
import "./chunk-FUEGNWPH.js";
import {
  BASE_URL_VARIABLE
} from "./chunk-4ETGFKD3.js";
import "./chunk-36DI33OX.js";
import "./chunk-SNB4CVCT.js";
import {
  stableId
} from "./chunk-D6MHEZL6.js";
import "./chunk-L3IYTAVW.js";
import {
  syncEnvironment
} from "./chunk-CTPQGDTJ.js";
import {
  PostmanApiError
} from "./chunk-3WYRJ3Y3.js";
import "./chunk-BL3GV6RR.js";
import "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/postman/live-url.ts
import { promises as fs } from "node:fs";
async function publishLiveUrl(config, contractCollection, url) {
  const { apiKey, workspace, apiUrl, required } = config.postman;
  if (!apiKey?.trim() || !workspace) return void 0;
  const collection = JSON.parse(await fs.readFile(contractCollection, "utf8"));
  const environment = liveEnvironment(collection, config.deploy.environment, url);
  try {
    const synced = await syncEnvironment({ apiKey, workspace, baseUrl: apiUrl, environment });
    return `Postman environment "${synced.name}" ${synced.action}: ${BASE_URL_VARIABLE} is ${url}`;
  } catch (error) {
    if (!(error instanceof PostmanApiError) || required) throw error;
    return `the Postman environment "${environment.name}" was not updated to ${url} (${error.message})`;
  }
}
function liveEnvironment(collection, environmentName, url) {
  const name = `${collection.info.name} \xB7 ${environmentName}`;
  return {
    id: stableId("environment", `${collection.info.name}\0live\0${environmentName}`),
    name,
    values: [
      { key: BASE_URL_VARIABLE, value: url.replace(/\/+$/, ""), type: "default", enabled: true },
      ...credentialVariablesIn(collection).map((key) => ({ key, value: "", type: "secret", enabled: true }))
    ],
    _postman_variable_scope: "environment"
  };
}
export {
  liveEnvironment,
  publishLiveUrl
};
