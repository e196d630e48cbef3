import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  git
} from "./chunk-3HXIHEAE.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/commit-back/plan.ts
function regenerateBranch(base) {
  return `fastapi-postman-deploy/regenerate/${base}`;
}
function planCommitBack(mode, event) {
  if (mode === "off") return { kind: "skip", reason: "commit-back is off" };
  const pull = event.pullRequest;
  if (event.eventName?.startsWith("pull_request") && pull) {
    if (pull.headRepository !== event.repository) {
      return {
        kind: "skip",
        reason: `the pull request comes from a fork (${pull.headRepository ?? "unknown"}), whose branch this workflow cannot push to; the regenerated files are in the workspace`
      };
    }
    if (mode === "pull-request") return { kind: "pull-request", branch: regenerateBranch(pull.headRef), base: pull.headRef, expectHead: pull.headSha };
    return { kind: "branch", branch: pull.headRef, expectHead: pull.headSha };
  }
  const branch = event.ref?.startsWith("refs/heads/") ? event.ref.slice("refs/heads/".length) : void 0;
  if (!branch || !event.sha)
    return {
      kind: "skip",
      reason: `commit-back needs a pull request or a push to a branch; this run is a ${event.eventName ?? "unknown"} event on ${event.ref ?? "no ref"}`
    };
  if (branch.startsWith("fastapi-postman-deploy/regenerate/")) return { kind: "skip", reason: `${branch} is the branch commit-back itself writes` };
  if (mode === "branch") return { kind: "branch", branch, expectHead: event.sha };
  return { kind: "pull-request", branch: regenerateBranch(branch), base: branch, expectHead: event.sha };
}

// src/stages/commit-back/commit.ts
var COMMIT_IDENTITY = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
async function commitBack(request) {
  const { workTree, plan } = request;
  const head = await text(workTree, ["rev-parse", "HEAD"], "find the checked-out commit");
  if (head !== plan.expectHead) {
    throw new UserError(
      `commit-back: the checkout is at ${head.slice(0, 12)}, not at the head of ${plan.kind === "branch" ? plan.branch : plan.base} (${plan.expectHead.slice(0, 12)})`,
      void 0,
      "Check out the branch itself, e.g. actions/checkout with `ref: ${{ github.head_ref }}` on pull requests: the default checkout of a pull request is a merge commit, which must not be pushed to the branch."
    );
  }
  await run(workTree, ["add", "--all", "--", ...request.paths], "stage the regenerated files");
  const files = (await text(workTree, ["diff", "--cached", "--name-only", "--", ...request.paths], "list the staged files")).split("\n").filter(Boolean);
  if (files.length === 0) return { branch: plan.branch, commit: void 0, files };
  const identity = ["-c", `user.name=${COMMIT_IDENTITY.name}`, "-c", `user.email=${COMMIT_IDENTITY.email}`];
  await run(workTree, [...identity, "commit", "--quiet", "--no-verify", "--message", request.message, "--", ...request.paths], "commit the regenerated files");
  const commit = await text(workTree, ["rev-parse", "HEAD"], "read the new commit");
  const force = plan.kind === "pull-request" ? ["--force"] : [];
  const pushed = await git(workTree, ["push", ...force, "origin", `HEAD:refs/heads/${plan.branch}`], void 0, authEnv(request.serverUrl, request.token));
  if (!pushed.ok) {
    const rejected = /rejected|non-fast-forward|fetch first/.test(pushed.stderr);
    throw new UserError(
      `commit-back: pushing to ${plan.branch} failed: ${lastLine(pushed.stderr)}`,
      void 0,
      rejected ? "The branch moved on while this run worked; the run for the newer commit regenerates the files." : "The token needs contents: write on the repository (a GitHub App token, so that the commit starts the checks again; see the workflows README)."
    );
  }
  if (plan.kind === "branch") return { branch: plan.branch, commit, files };
  return { branch: plan.branch, commit, files, pullRequest: await openPullRequest(request, plan) };
}
function authEnv(serverUrl, token) {
  if (!token) return {};
  const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  return {
    GIT_CONFIG_COUNT: "2",
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`
  };
}
async function openPullRequest(request, plan) {
  const [owner, repo] = (request.repository ?? "").split("/");
  if (!request.client || !owner || !repo) {
    throw new UserError(
      `commit-back: ${plan.branch} was pushed, but no pull request can be opened without a token and the repository`,
      void 0,
      "Give the github-token input (pull-requests: write)."
    );
  }
  const { octokit } = request.client;
  const open = async () => {
    const { data } = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${plan.branch}`, base: plan.base, state: "open", per_page: 1 });
    return data[0] ? { number: data[0].number, url: data[0].html_url } : void 0;
  };
  const existing = await open();
  if (existing) return { ...existing, created: false };
  const created = await request.client.writeOnce(async () => {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: plan.branch,
      base: plan.base,
      title: `Regenerate the API collection and server for ${plan.base}`,
      body: request.pullRequestBody
    });
    return { number: data.number, url: data.html_url };
  }, open);
  return { ...created, created: true };
}
async function run(cwd, args, what) {
  await text(cwd, args, what);
}
async function text(cwd, args, what) {
  const result = await git(cwd, args);
  if (!result.ok)
    throw new UserError(`commit-back: could not ${what}: ${lastLine(result.stderr)}`, void 0, "The workspace must be a git checkout of the repository.");
  return result.stdout.toString("utf8").trim();
}
function lastLine(text2) {
  return text2.trim().split("\n").at(-1) ?? "";
}

// src/stages/commit-back/run.ts
async function runCommitBack(regenerated, settings, context, client) {
  if (!regenerated.valid) return { status: "skipped", reason: "the spec is invalid, so nothing regenerated is committed" };
  const { paths } = regenerated;
  if (paths.length === 0) return { status: "skipped", reason: "neither the collection nor the FastAPI project was generated in this run" };
  const plan = planCommitBack(settings.mode, commitBackEvent(context));
  if (plan.kind === "skip") return { status: "skipped", reason: plan.reason };
  const specs = regenerated.specs.join(", ");
  try {
    const result = await commitBack({
      workTree: settings.workspace,
      paths,
      plan,
      message: `Regenerate the Postman collection and FastAPI project from ${specs}

Written by fastapi-postman-deploy from ${context.sha ?? "the checked-out commit"}.`,
      token: settings.token,
      serverUrl: context.serverUrl,
      repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : void 0,
      client,
      pullRequestBody: `The Postman collection and the FastAPI project, regenerated from ${specs} as of ${context.sha ?? "the pushed commit"}.

Your handler modules are never overwritten; review the generated files and merge.`
    });
    return { status: "ok", data: result };
  } catch (error) {
    if (error instanceof UserError) return { status: "error", error };
    throw error;
  }
}
function commitBackEvent(context) {
  const pull = context.event.pull_request;
  return {
    eventName: context.eventName,
    ref: context.ref,
    sha: context.sha,
    repository: context.owner && context.repo ? `${context.owner}/${context.repo}` : void 0,
    ...pull?.head?.ref && pull.head.sha && pull.base?.ref && {
      pullRequest: {
        number: pull.number ?? 0,
        headRef: pull.head.ref,
        headSha: pull.head.sha,
        headRepository: pull.head.repo?.full_name,
        baseRef: pull.base.ref
      }
    }
  };
}
export {
  runCommitBack
};
