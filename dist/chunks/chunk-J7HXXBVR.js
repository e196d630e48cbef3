import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/stages/outcome.ts
function skipped(reason) {
  return { status: "skipped", reason };
}
var invalidSpec = skipped("the spec is invalid; fix it first");
async function asOutcome(stage) {
  try {
    return { status: "ok", data: await stage() };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: "error", error };
  }
}
function isFailure(outcome) {
  return outcome?.status === "failed" || outcome?.status === "error";
}
function ranWith(outcome) {
  return outcome?.status === "ok" || outcome?.status === "failed" ? outcome.data : void 0;
}
function notRun(outcome) {
  if (outcome.status === "skipped") return `skipped: ${outcome.reason}`;
  if (outcome.status === "error") return `could not run: ${outcome.error.describe()}`;
  return "";
}
function outcomeJson(outcome, data) {
  if (outcome.status === "skipped") return { status: "skipped", reason: outcome.reason };
  if (outcome.status === "error") return { status: "error", error: outcome.error.message, hint: outcome.error.hint ?? null };
  return { status: outcome.status, result: data(outcome.data) };
}

export {
  skipped,
  invalidSpec,
  asOutcome,
  isFailure,
  ranWith,
  notRun,
  outcomeJson
};
