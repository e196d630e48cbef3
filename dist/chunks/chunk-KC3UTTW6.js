import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  maskSecrets
} from "./chunk-XWD62V24.js";
import {
  RegistryApiError,
  manifestDigest
} from "./chunk-WCEFPIZ5.js";
import {
  parseImageReference
} from "./chunk-SMCJHSDS.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/container/docker.ts
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
var ContainerError = class extends UserError {
  exitCode = 1;
};
function buildCommands(request, builder, files) {
  const common = [
    ...request.tags.map((tag) => `--tag=${tag}`),
    ...Object.entries(request.buildArgs).map(([key, value]) => `--build-arg=${key}=${value}`),
    ...request.network === void 0 ? [] : [`--network=${request.network}`],
    `--iidfile=${files.iidFile}`
  ];
  if (builder === "buildx") {
    return {
      build: [
        "buildx",
        "build",
        ...request.dockerfile === void 0 ? [] : [`--file=${request.dockerfile}`],
        ...common,
        ...Object.entries(request.labels).map(([key, value]) => `--label=${key}=${value}`),
        // A registry that takes one Docker v2 manifest only (Heroku's) gets no index and no attestations.
        ...request.push && request.singleManifest ? ["--provenance=false", "--sbom=false", "--output=type=registry,oci-mediatypes=false"] : [request.push ? "--push" : "--load"],
        `--metadata-file=${files.metadataFile}`,
        request.contextDir
      ],
      pushes: []
    };
  }
  return {
    build: ["build", `--file=${files.labelledDockerfile}`, ...common, request.contextDir],
    pushes: request.push ? request.tags.map((tag) => ["push", tag]) : []
  };
}
function labelledDockerfile(original, labels) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return original;
  const escape = escapeCharacter(original);
  const special = /* @__PURE__ */ new Set(['"', "$", escape]);
  const quote = (text) => `"${[...text.replace(/[\r\n]+/g, " ")].map((c) => special.has(c) ? escape + c : c).join("")}"`;
  const line = `LABEL ${entries.map(([key, value]) => `${quote(key)}=${quote(value)}`).join(" ")}`;
  return `${original}${original.endsWith("\n") ? "" : "\n"}${line}
`;
}
function escapeCharacter(dockerfile) {
  for (const line of dockerfile.split("\n")) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1].toLowerCase() === "escape" && (directive[2] === "`" || directive[2] === "\\")) return directive[2];
  }
  return "\\";
}
async function detectBuilder(docker) {
  const result = await docker.run(["buildx", "version"], { log: false });
  return result.ok ? "buildx" : "docker";
}
async function login(docker, server, credentials) {
  const result = await docker.run(["login", `--username=${credentials.username}`, "--password-stdin", server], { input: credentials.password, log: false });
  if (!result.ok) {
    throw new ContainerError(
      `docker login to ${server} failed: ${lastLines(maskSecrets(result.spawnError ?? result.stderr, [credentials.password]))}`,
      void 0,
      "Check the registry username and password (for GHCR: the workflow token with `packages: write`)."
    );
  }
}
async function logout(docker, server) {
  return docker.run(["logout", server], { log: false });
}
var defaultPushPolicy = {
  attempts: 4,
  delaysMs: [2e3, 5e3, 1e4],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
async function buildAndPush(docker, request, builder, policy) {
  const dir = await mkdtemp(path.join(tmpdir(), "fpd-build-"));
  try {
    const files = { iidFile: path.join(dir, "iid"), metadataFile: path.join(dir, "metadata.json"), labelledDockerfile: path.join(dir, "Dockerfile") };
    const commands = buildCommands(request, builder, files);
    if (builder === "docker") {
      const original = await readFile(request.dockerfile ?? path.join(request.contextDir, "Dockerfile"), "utf8");
      await writeFile(files.labelledDockerfile, labelledDockerfile(original, request.labels));
    }
    const pushed = /* @__PURE__ */ new Map();
    let pushAttempts = 0;
    if (builder === "buildx" && request.push) {
      pushAttempts = await withRetries(policy, "docker buildx build --push", () => docker.run(commands.build), isRetryableBuildxFailure);
      const digest = await buildxDigest(files.metadataFile);
      for (const tag of request.tags) pushed.set(tag, digest);
    } else {
      const build = await docker.run(commands.build);
      if (!build.ok) throw failure("docker build", build);
      for (const push of commands.pushes) {
        let output = "";
        const tries = await withRetries(
          policy,
          `docker ${push.join(" ")}`,
          async () => {
            const result = await docker.run(push);
            output = result.stdout;
            return result;
          },
          isRetryablePushFailure
        );
        pushAttempts = Math.max(pushAttempts, tries);
        const digest = /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
        if (!digest) throw new ContainerError(`docker push ${push[1]} reported no digest`);
        pushed.set(push[1], digest);
      }
    }
    const imageId = (await readFile(files.iidFile, "utf8").catch(() => "")).trim() || void 0;
    return { builder, imageId, pushed, pushAttempts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function withRetries(policy, what, attempt, retryable) {
  for (let tries = 1; ; tries++) {
    const result = await attempt();
    if (result.ok) return tries;
    if (tries >= policy.attempts || !retryable(result)) throw failure(what, result, tries);
    const delay = backoff(policy, tries);
    policy.onRetry?.(`${what} failed (try ${tries} of ${policy.attempts}: ${lastLines(result.stderr, 1)}); trying again in ${delay / 1e3} s`);
    await policy.sleep(delay);
  }
}
function backoff(policy, tries) {
  return policy.delaysMs[Math.min(tries - 1, policy.delaysMs.length - 1)] ?? 0;
}
var permanentPushFailure = /denied|unauthorized|authentication required|no basic auth credentials|insufficient_scope|name invalid|manifest invalid|tag invalid|no such image|does not exist locally/i;
function isRetryablePushFailure(result) {
  return result.spawnError === void 0 && !permanentPushFailure.test(result.stderr);
}
function isRetryableBuildxFailure(result) {
  return isRetryablePushFailure(result) && /push|blob|manifest|registry/i.test(result.stderr) && !/failed to solve:.*(dockerfile|executor|process .* did not complete)/i.test(result.stderr);
}
async function buildxDigest(metadataFile) {
  const metadata = JSON.parse(await readFile(metadataFile, "utf8"));
  const digest = metadata["containerimage.digest"];
  if (typeof digest !== "string") throw new ContainerError("docker buildx build --push wrote no image digest to its metadata file");
  return digest;
}
async function verifyPushed(pushed, options) {
  for (const [tag, expected] of pushed) {
    const reference = parseImageReference(tag, "pushed tag");
    let served;
    for (let tries = 1; ; tries++) {
      try {
        served = await manifestDigest(reference, options.credentials, options.fetch);
        break;
      } catch (error) {
        if (!(error instanceof RegistryApiError)) throw error;
        const transient = error.status === void 0 || error.status >= 500 || error.status === 429;
        if (!transient || tries >= options.policy.attempts) {
          throw new ContainerError(`could not confirm the push of ${tag}: ${error.message}`);
        }
        const delay = backoff(options.policy, tries);
        options.policy.onRetry?.(`checking ${tag} in the registry failed (${error.message}); trying again in ${delay / 1e3} s`);
        await options.policy.sleep(delay);
      }
    }
    if (served !== expected) {
      throw new ContainerError(
        `the registry serves ${tag} as ${served}, but it was pushed as ${expected}`,
        void 0,
        "Another push to the same tag may have raced this one; run the build again."
      );
    }
  }
}
async function storedCredentials(server, env) {
  const file = path.join(env.DOCKER_CONFIG ?? path.join(env.HOME ?? homedir(), ".docker"), "config.json");
  try {
    const config = JSON.parse(await readFile(file, "utf8"));
    const keys = server === "docker.io" ? ["https://index.docker.io/v1/", "docker.io", "index.docker.io"] : [server, `https://${server}`];
    const auth = keys.map((key) => config.auths?.[key]?.auth).find((value) => typeof value === "string");
    if (!auth) return void 0;
    const decoded = Buffer.from(auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon === -1 ? void 0 : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  } catch {
    return void 0;
  }
}
function failure(what, result, tries = 1) {
  const detail = result.spawnError ? `could not start docker: ${result.spawnError}` : `exit ${result.code}: ${lastLines(result.stderr || result.stdout)}`;
  return new ContainerError(`${what} failed${tries > 1 ? ` after ${tries} tries` : ""} (${detail})`, void 0, failureHint(result));
}
function failureHint(result) {
  if (result.spawnError) return "Install the docker CLI and make sure it is on PATH.";
  if (/denied|unauthorized|authentication required|no basic auth credentials|insufficient_scope/i.test(result.stderr)) {
    return "Give the registry credentials (or log in before this step); for GHCR the workflow token needs `packages: write`.";
  }
  return void 0;
}
function lastLines(text, count = 8) {
  return text.trim().split("\n").slice(-count).join("\n");
}

export {
  ContainerError,
  buildCommands,
  labelledDockerfile,
  detectBuilder,
  login,
  logout,
  defaultPushPolicy,
  buildAndPush,
  isRetryablePushFailure,
  isRetryableBuildxFailure,
  verifyPushed,
  storedCredentials,
  lastLines
};
