import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  NO_POSTMAN_KEY,
  syncToPostman
} from "./chunk-CTPQGDTJ.js";
import {
  PostmanApiError
} from "./chunk-3WYRJ3Y3.js";
import {
  asOutcome,
  skipped
} from "./chunk-J7HXXBVR.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/postman/run.ts
import path from "node:path";
async function runPostman(collection, config) {
  const { apiKey, workspace, apiUrl } = config.postman;
  if (!apiKey?.trim()) return skipped(NO_POSTMAN_KEY);
  if (collection.status !== "ok") return skipped("the collection could not be written");
  if (!workspace)
    return {
      status: "error",
      error: new UserError("Postman sync needs the workspace to publish in", void 0, "Give the postman-workspace input: the workspace name or id.")
    };
  const collectionFile = path.resolve(config.workspace, collection.data.file);
  const environmentFiles = collection.data.files.filter((f) => f.endsWith(".postman_environment.json")).map((f) => path.resolve(config.workspace, f));
  const outcome = await asOutcome(async () => {
    const published = await syncToPostman({ apiKey, workspace, collectionFile, environmentFiles, baseUrl: apiUrl });
    const deployment = await deploymentFiles(collectionFile, config);
    if (!deployment) return published;
    const [deployCollection, ...deployEnvironments] = deployment;
    return {
      ...published,
      deployment: await syncToPostman({ apiKey, workspace, collectionFile: deployCollection, environmentFiles: deployEnvironments, baseUrl: apiUrl })
    };
  });
  if (outcome.status === "error" && outcome.error instanceof PostmanApiError && !config.postman.required)
    return skipped(
      `not published (${outcome.error.message}): ${collection.data.file} and its environments are written and tested all the same. Set postman-required to fail the run instead.`
    );
  return outcome;
}
async function deploymentFiles(contractFile, config) {
  const { target, settings, environment, collectionOut, settingsName } = config.deploy;
  if (!target || !settings.service) return void 0;
  const [{ deployTargets }, { checkSettings }, { scopedContract, writeDeploymentFiles }] = await Promise.all([
    import("./targets-FWD5T53U.js"),
    import("./plan-7AWMZ7ET.js"),
    import("./run-7ZSKSRR6.js")
  ]);
  const chosen = deployTargets[target];
  const written = await writeDeploymentFiles(
    chosen,
    path.resolve(config.workspace, collectionOut),
    environment,
    checkSettings(chosen, settings, settingsName),
    {
      contract: await scopedContract(contractFile, config)
    }
  );
  return written.files;
}
export {
  runPostman
};
