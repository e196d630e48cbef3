import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  healthPathOf
} from "./chunk-X6GRBLI4.js";
import {
  sampleCredentials
} from "./chunk-FUEGNWPH.js";
import "./chunk-36DI33OX.js";
import {
  asOutcome,
  skipped
} from "./chunk-J7HXXBVR.js";
import "./chunk-BL3GV6RR.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/contract/run.ts
import path from "node:path";
async function runContractStage(target, config, serveLocally) {
  if (config.contract.url || !serveLocally || !target.projectDir) return testAgainst(target, config, config.contract.url);
  let server;
  try {
    const credentials = { ...target.model ? sampleCredentials(target.model) : {}, ...config.contract.credentials };
    server = await serveLocally(path.resolve(config.workspace, target.projectDir), credentials);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: "error", error };
  }
  try {
    return await testAgainst(target, config, server.url, server.buildId);
  } finally {
    await server.stop();
  }
}
async function testAgainst(target, config, url, localBuild) {
  if (!url) return skipped("no URL to test: give the deployed server as the url input (--url)");
  const [{ runContract }, { locate }] = await Promise.all([import("./contract-CVCUS2NZ.js"), import("./model-CRHCX4AJ.js")]);
  const { contract } = config;
  const outcome = await asOutcome(async () => {
    const result = await runContract({
      collection: path.resolve(config.workspace, target.collection),
      environment: target.environment && path.resolve(config.workspace, target.environment),
      url,
      credentials: contract.credentials,
      // The generated server (the one that sends X-Build-Id) is probed on its health path.
      readinessPath: contract.readinessPath ?? (contract.expectBuild !== void 0 && target.model ? healthPathOf(target.model) : void 0),
      readinessTimeoutMs: contract.readinessTimeoutMs,
      expectBuild: contract.expectBuild ?? localBuild,
      junitFile: contract.junitFile && path.resolve(config.workspace, contract.junitFile),
      jsonFile: contract.resultsFile && path.resolve(config.workspace, contract.resultsFile),
      scope: contract.scope,
      ...target.headers && { headers: target.headers }
    });
    const byId = new Map((target.model?.operations ?? []).map((op) => [op.id, op]));
    const diagnostics = result.report.operations.flatMap((o) => {
      const op = byId.get(o.operation);
      if (o.outcome !== "failed" || !op) return [];
      const rules = o.failures.map((f) => `${f.rule}: ${f.message}`).join("; ");
      return [{ severity: "error", rule: "contract", message: `${o.label} (${o.operation}) breaks the contract: ${rules}`, location: locate(op.origin) }];
    });
    return { ...result, diagnostics };
  });
  return outcome.status === "ok" && outcome.data.report.failed > 0 ? { status: "failed", data: outcome.data } : outcome;
}
export {
  runContractStage
};
