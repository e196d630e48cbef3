import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  serverEnvironment
} from "./chunk-VXVL6BH2.js";
import {
  credentialVariablesIn
} from "./chunk-YNHOQAXW.js";
import {
  BASE_URL_VARIABLE
} from "./chunk-4ETGFKD3.js";
import "./chunk-FUEGNWPH.js";
import "./chunk-36DI33OX.js";
import "./chunk-D6MHEZL6.js";
import "./chunk-L3IYTAVW.js";
import "./chunk-IKPC32MA.js";
import "./chunk-SNB4CVCT.js";
import {
  syncEnvironment
} from "./chunk-CTPQGDTJ.js";
import {
  PostmanApiError
} from "./chunk-3WYRJ3Y3.js";
import "./chunk-XIPBR6KD.js";
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
  return serverEnvironment(collection.info.name, `live\0${environmentName}`, environmentName, url.replace(/\/+$/, ""), credentialVariablesIn(collection));
}
export {
  liveEnvironment,
  publishLiveUrl
};
