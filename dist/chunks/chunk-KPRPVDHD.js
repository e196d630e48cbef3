import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  dockerClient
} from "./chunk-ZQJHTWJ5.js";
import {
  buildAndPush,
  defaultPushPolicy,
  detectBuilder,
  login,
  storedCredentials,
  verifyPushed
} from "./chunk-KC3UTTW6.js";
import {
  isValidTag,
  loginServer,
  parseBuildImage,
  repositoryName
} from "./chunk-SMCJHSDS.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/stages/build/build.ts
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

// src/stages/build/metadata.ts
var shortShaLength = 7;
var maxDescriptionLength = 256;
function imageMetadata(input) {
  const tagNames = input.explicitTags?.length ? input.explicitTags : derivedTags(input.run, input.info.version);
  const unique = [...new Set(tagNames.length > 0 ? tagNames : ["latest"])];
  return {
    tags: unique.map((tag) => `${input.name}:${tag}`),
    labels: labels(input),
    version: input.info.version?.trim() || unique[0]
  };
}
function derivedTags(run, specVersion) {
  const tags = [];
  const branch = refName(run.ref, "refs/heads/");
  const gitTag = refName(run.ref, "refs/tags/");
  const pullRequest = run.pullRequest ?? pullRequestFromRef(run.ref);
  const onDefaultBranch = branch !== void 0 && branch === run.defaultBranch && pullRequest === void 0;
  if (pullRequest !== void 0) tags.push(`pr-${pullRequest}`);
  else if (branch !== void 0) pushSanitized(tags, branch);
  if (gitTag !== void 0) pushSanitized(tags, gitTag);
  const version = specVersion === void 0 ? void 0 : parseSemver(specVersion);
  if (version && (onDefaultBranch || gitTag !== void 0)) {
    if (version.prerelease !== void 0) {
      pushSanitized(tags, version.text);
    } else {
      tags.push(`${version.major}.${version.minor}.${version.patch}`, `${version.major}.${version.minor}`);
      if (version.major !== 0) tags.push(String(version.major));
    }
  }
  if (onDefaultBranch && (version === void 0 || version.prerelease === void 0)) tags.push("latest");
  if (run.sha && /^[0-9a-f]{7,}$/i.test(run.sha)) tags.push(`sha-${run.sha.slice(0, shortShaLength).toLowerCase()}`);
  return tags;
}
function refName(ref, prefix) {
  return ref?.startsWith(prefix) && ref.length > prefix.length ? ref.slice(prefix.length) : void 0;
}
function pullRequestFromRef(ref) {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? "");
  return match ? Number(match[1]) : void 0;
}
function sanitizeTag(name) {
  const tag = name.replace(/[^\w.-]+/g, "-").replace(/^[.-]+/, "").slice(0, 128);
  return isValidTag(tag) ? tag : void 0;
}
function pushSanitized(tags, name) {
  const tag = sanitizeTag(name);
  if (tag !== void 0) tags.push(tag);
}
var semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemver(text) {
  const match = semverPattern.exec(text.trim());
  if (!match) return void 0;
  return {
    text: text.trim().replace(/^v/, ""),
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4]
  };
}
function labels(input) {
  const { info, run } = input;
  const out = {};
  const set = (key, value) => {
    if (value !== void 0 && value !== "") out[`org.opencontainers.image.${key}`] = value;
  };
  set("title", oneLine(info.title));
  set("description", summary(info.description));
  set("version", info.version?.trim());
  set("source", run.repositoryUrl);
  set("revision", run.sha);
  set("created", input.created.toISOString());
  set("licenses", licenseExpression(info.license));
  return out;
}
function oneLine(text) {
  return text?.replace(/\s+/g, " ").trim();
}
function summary(description) {
  const first = oneLine(description?.trim().split(/\n\s*\n/)[0]);
  if (first === void 0 || first.length <= maxDescriptionLength) return first;
  const cut = first.slice(0, maxDescriptionLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > maxDescriptionLength / 2 ? cut.slice(0, space) : cut}\u2026`;
}
function licenseExpression(license) {
  const identifier = license?.identifier?.trim();
  if (identifier) return identifier;
  const name = license?.name?.trim();
  return name && /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(name) ? name : void 0;
}

// src/stages/build/build.ts
async function buildImage(options, context) {
  const reference = parseBuildImage(options.image, options.imageInputName ?? "image");
  const contextDir = path.resolve(options.projectDir);
  const dockerfile = options.dockerfile === void 0 ? void 0 : path.resolve(contextDir, options.dockerfile);
  checkProject(contextDir, dockerfile ?? path.join(contextDir, "Dockerfile"));
  const name = repositoryName(reference);
  const metadata = imageMetadata({
    name,
    run: context.run,
    info: context.info,
    created: context.created ?? /* @__PURE__ */ new Date(),
    explicitTags: reference.tag === void 0 ? void 0 : [reference.tag]
  });
  const env = context.env ?? process.env;
  const docker = context.docker ?? dockerClient({ env, log: context.log });
  const policy = { onRetry: context.log, ...context.pushPolicy ?? defaultPushPolicy };
  let loggedIn;
  if (options.push && options.credentials) {
    loggedIn = loginServer(reference);
    await login(docker, loggedIn, options.credentials);
    context.onLogin?.(loggedIn);
  }
  const builder = await detectBuilder(docker);
  const buildId = buildIdFor(options.buildArgs, context.run.sha);
  const built = await buildAndPush(
    docker,
    {
      contextDir,
      dockerfile,
      tags: metadata.tags,
      labels: metadata.labels,
      buildArgs: { ...options.buildArgs, BUILD_ID: buildId },
      push: options.push,
      network: options.network,
      singleManifest: options.singleManifest
    },
    builder,
    policy
  );
  if (options.push) {
    const credentials = options.credentials ?? await storedCredentials(loginServer(reference), env);
    await verifyPushed(built.pushed, { credentials, fetch: context.fetch, policy });
  }
  const digest = built.pushed.get(metadata.tags[0]);
  return {
    image: name,
    digest,
    reference: digest === void 0 ? void 0 : `${name}@${digest}`,
    imageId: built.imageId,
    tags: metadata.tags,
    metadata,
    builder,
    pushed: options.push,
    pushAttempts: built.pushAttempts,
    loggedIn,
    buildId
  };
}
function buildIdFor(buildArgs, sha) {
  return buildArgs.BUILD_ID ?? sha ?? `local-${randomBytes(6).toString("hex")}`;
}
function checkProject(contextDir, dockerfile) {
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) {
    throw new UserError(`the project folder ${contextDir} does not exist`, void 0, "Give the folder the fastapi stage wrote (it holds the Dockerfile).");
  }
  if (!existsSync(dockerfile)) {
    throw new UserError(`there is no Dockerfile at ${dockerfile}`, void 0, "Run the fastapi stage first, or point at a folder with a Dockerfile.");
  }
}

export {
  buildImage,
  buildIdFor
};
