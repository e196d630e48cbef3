import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  runNewman
} from "./chunk-SX2ULAR5.js";
import "./chunk-ELZOVAGN.js";
import {
  credentialVariablesIn
} from "./chunk-YNHOQAXW.js";
import "./chunk-4ETGFKD3.js";
import {
  credentialsText
} from "./chunk-FUEGNWPH.js";
import "./chunk-36DI33OX.js";
import {
  checkSettings,
  planDeploy
} from "./chunk-M24M2ENZ.js";
import {
  candidateAuthHeader,
  deploymentCollection,
  deploymentEnvironment,
  folderNames
} from "./chunk-5ZRZA7PM.js";
import {
  deployTargets
} from "./chunk-5RNJOYY3.js";
import "./chunk-LKJHTKL3.js";
import "./chunk-D6MHEZL6.js";
import {
  isFolder,
  requestsOf
} from "./chunk-L3IYTAVW.js";
import "./chunk-SNB4CVCT.js";
import "./chunk-C6STEXGJ.js";
import {
  asOutcome,
  skipped
} from "./chunk-J7HXXBVR.js";
import "./chunk-FXA4RFCM.js";
import "./chunk-BL3GV6RR.js";
import {
  maskSecrets
} from "./chunk-XWD62V24.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/deploy/run.ts
import { promises as fs } from "node:fs";
import path from "node:path";

// src/stages/deploy/run-folder.ts
async function runFolder(collection, folder, values, options) {
  const folderOf = new Map(collection.item.flatMap((top) => isFolder(top) ? [...requestsOf(top.item)].map(({ item }) => [item.id, top.name]) : []));
  const run = await runNewman({ collection, folder, values: { ...values }, name: "deploy", requestTimeoutMs: options.requestTimeoutMs ?? 6e4 });
  const steps = run.executions.map((execution) => {
    const failed = (execution.assertions ?? []).find((a) => a.error);
    const failure = execution.requestError ? `${execution.item.name}: no answer (${execution.requestError.code ?? execution.requestError.message})` : failed?.error ? `${failed.assertion}: ${failed.error.message}` : void 0;
    return {
      folder: folderOf.get(execution.item.id ?? "") ?? "",
      request: execution.item.name,
      method: execution.request?.method ?? "",
      ...execution.response?.code !== void 0 && { status: execution.response.code },
      ...failure !== void 0 && { failure: maskSecrets(failure, options.secrets) }
    };
  });
  return { values: run.values, steps, failures: steps.flatMap((step) => step.failure ? [step.failure] : []), durationMs: run.durationMs };
}

// src/stages/deploy/rollout.ts
async function rollOut(options) {
  const { target } = options;
  let values = options.values;
  const secrets = [...options.secrets];
  const phases = [];
  const run = async (keys) => {
    const names = keys.map((key) => folderNames[key]);
    options.log?.(`${names.join(" \u2192 ")}\u2026`);
    const ran = await runFolder(options.collection, names, values, { secrets });
    values = ran.values;
    for (const [name, value] of Object.entries(values)) if (/token$/i.test(name) && value.length >= 4 && !secrets.includes(value)) secrets.push(value);
    const first = phases.length;
    for (const name of names) {
      const steps = ran.steps.filter((step) => step.folder === name);
      if (steps.length === 0) continue;
      const failures = steps.flatMap((step) => step.failure ? [maskSecrets(step.failure, secrets)] : []);
      phases.push({ folder: name, ok: failures.length === 0, requests: steps.length, failures });
      for (const failure of failures) options.log?.(`  ${name}: ${failure}`);
    }
    const failed2 = phases.slice(first).find((p) => !p.ok);
    if (!failed2) return void 0;
    return { folder: keys[names.indexOf(failed2.folder)], failure: `${failed2.folder}: ${failed2.failures[0]}` };
  };
  const result = (verdict, failure) => withServing({ verdict, ...pick(values), phases, ...failure !== void 0 && { failure } }, values, candidateAuthHeader(target));
  const failed = await run([...target.folders.signIn ? ["signIn"] : [], "deploy", "wait", "confirm"]);
  if (failed) {
    const serving = !target.gated && (failed.folder === "wait" || failed.folder === "confirm") && Boolean(values.previousRelease);
    const rolledBack = serving && await run(["rollBack"]) === void 0;
    return result(rolledBack ? "rolled back" : "failed", failed.failure);
  }
  const candidateUrl = values.candidateUrl;
  if (!candidateUrl) return result("failed", `${folderNames.wait}: the collection left no candidateUrl`);
  const token = values.candidateToken;
  if (await options.contract(candidateUrl, token ? { [candidateAuthHeader(target)]: `Bearer ${token}` } : {})) {
    const promoteFailed = await run(["promote"]);
    return result(promoteFailed ? "failed" : "promoted", promoteFailed?.failure);
  }
  if (!values.previousRelease) return result("failed", "nothing served before this release, so there is nothing to return to: it still serves");
  const rollBackFailed = await run(["rollBack"]);
  return result(rollBackFailed ? "failed" : target.gated ? "not promoted" : "rolled back", rollBackFailed?.failure);
}
function pick(values) {
  const keys = ["candidateUrl", "serviceUrl", "previousRelease", "candidateRelease"];
  return Object.fromEntries(keys.flatMap((key) => values[key] ? [[key, values[key]]] : []));
}
async function withServing(rollout, values, authHeader) {
  const url = values.serviceUrl;
  if (!url) return rollout;
  try {
    const headers = values.candidateToken ? { [authHeader]: `Bearer ${values.candidateToken}` } : {};
    const response = await fetch(`${url.replace(/\/+$/, "")}${values.healthPath ?? "/healthz"}`, {
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(1e4)
    });
    await response.body?.cancel();
    const build = response.headers.get("x-build-id");
    return build ? { ...rollout, servingBuild: build } : rollout;
  } catch {
    return rollout;
  }
}

// src/stages/deploy/run.ts
async function runDeployStage(image, config, hooks) {
  const { deploy } = config;
  if (!deploy.target) return skipped("no deploy target: give deploy-target (--target)");
  if (!image) return skipped("no image to deploy: build and push one in this run, or give the image by digest as deploy-image");
  const target = deployTargets[deploy.target];
  const started = Date.now();
  const outcome = await asOutcome(async () => {
    const needsId = target.variables.some((v) => v.key === "imageId");
    const deployed = needsId ? { ...image, imageId: await imageIdOf(image.reference, config) } : image;
    const plan = planDeploy(target, deploy, deployed, hooks.environment ?? process.env, credentialsText(config.contract.credentials));
    const folder = path.resolve(config.workspace, deploy.collectionOut);
    const contract = hooks.contractCollection ? await scopedContract(hooks.contractCollection, config) : void 0;
    const written = await writeDeploymentFiles(target, folder, deploy.environment, plan.settings, { contract });
    const files = written.files.map((file) => path.relative(config.workspace, file));
    const collection = written.collection;
    const rollout = await rollOut({
      target,
      collection,
      values: plan.values,
      secrets: plan.secrets,
      contract: (url, headers) => hooks.contract(url, image.buildId, headers),
      log: hooks.log
    });
    const promoted = rollout.verdict === "promoted" && rollout.serviceUrl ? await hooks.onPromoted?.(rollout.serviceUrl) : void 0;
    return {
      ...rollout,
      notes: promoted ? [promoted] : [],
      target: target.name,
      platform: target.title,
      gated: target.gated,
      service: plan.values.service,
      image: image.reference,
      buildId: image.buildId,
      files,
      durationMs: Date.now() - started
    };
  });
  return outcome.status === "ok" && outcome.data.verdict !== "promoted" ? { status: "failed", data: outcome.data } : outcome;
}
async function scopedContract(file, config) {
  const { scopeCollection } = await import("./scope-3IKZSZPH.js");
  return scopeCollection(JSON.parse(await fs.readFile(file, "utf8")), config.contract.scope).collection;
}
function checkDeploySettings(config) {
  if (config.deploy.target) checkSettings(deployTargets[config.deploy.target], config.deploy.settings, config.deploy.settingsName);
}
async function imageIdOf(reference, config) {
  const { configDigest, RegistryApiError } = await import("./registry-api-NQAE6ZEV.js");
  const { parseImageReference } = await import("./reference-ZRQKER2W.js");
  const { registryUsername: username, registryPassword: password } = config.build;
  try {
    return await configDigest(parseImageReference(reference, "the image"), password === void 0 ? void 0 : { username: username ?? "", password });
  } catch (error) {
    if (!(error instanceof RegistryApiError)) throw error;
    throw new UserError(
      `cannot read the id of ${reference}: ${error.message}`,
      void 0,
      "The platform names images by their config digest. Push a single-platform image without attestations (the build does so for this target), and give the registry login."
    );
  }
}
function deploymentEnvironmentName(target, service, environment) {
  return `${service ? `${service} on ` : ""}${target.title} \xB7 ${environment}`;
}
async function writeDeploymentFiles(target, folder, environmentName, settings, options = {}) {
  const collectionFile = options.collectionFile ?? path.join(folder, `${target.name}.postman_collection.json`);
  const stem = path.basename(collectionFile).replace(/(\.postman_collection)?\.json$/, "");
  const environmentFile = path.join(path.dirname(collectionFile), `${stem}.${environmentName.replace(/[^A-Za-z0-9._-]/g, "-")}.postman_environment.json`);
  const contractSecrets = options.contract ? credentialVariablesIn(options.contract) : [];
  const collection = deploymentCollection(target, options.contract, settings.service);
  const documents = [
    [collectionFile, collection],
    [environmentFile, deploymentEnvironment(target, deploymentEnvironmentName(target, settings.service, environmentName), settings, contractSecrets)]
  ];
  for (const [file, document] of documents) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(`${file}.partial`, `${JSON.stringify(document, null, 2)}
`);
    await fs.rename(`${file}.partial`, file);
  }
  return { files: documents.map(([file]) => file), collection };
}
export {
  checkDeploySettings,
  deploymentEnvironmentName,
  runDeployStage,
  scopedContract,
  writeDeploymentFiles
};
