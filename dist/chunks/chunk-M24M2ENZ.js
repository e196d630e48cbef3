import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  variablesOf
} from "./chunk-5ZRZA7PM.js";
import {
  closest
} from "./chunk-FXA4RFCM.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";

// src/stages/deploy/plan.ts
function planDeploy(target, deploy, image, environment, apiCredentials) {
  const settings = checkSettings(
    target,
    { ...deploy.settings, image: image.reference, buildId: image.buildId, ...image.imageId && { imageId: image.imageId } },
    deploy.settingsName
  );
  const values = { ...settings };
  const secrets = [];
  const missing = [];
  for (const variable of variablesOf(target)) {
    if (variable.secretFrom) {
      const value = variable.key === "apiCredentials" ? environment[variable.secretFrom] ?? apiCredentials : environment[variable.secretFrom];
      if (value) {
        values[variable.key] = value;
        secrets.push(value, ...value.split("\n").flatMap((line) => [line, line.slice(line.indexOf("=") + 1)]));
      } else if (variable.required) missing.push(variable);
      else values[variable.key] = "";
    } else if (variable.required && !settings[variable.key]) missing.push(variable);
  }
  if (missing.length > 0) {
    const lines = missing.map((v) => v.secretFrom ? `the environment variable ${v.secretFrom} (${v.key}: ${v.description})` : `${v.key}: ${v.description}`);
    throw new UserError(
      `the ${target.name} deploy needs ${missing.map((v) => v.secretFrom ?? v.key).join(", ")}`,
      void 0,
      `Give ${lines.join("; ")}. Settings go in ${deploy.settingsName} as key=value lines; secrets only ever come from the environment.`
    );
  }
  return { values, settings, secrets: secrets.filter((s) => s.length >= 4) };
}
function checkSettings(target, given, settingsName) {
  const variables = variablesOf(target);
  const byKey = new Map(variables.map((v) => [v.key, v]));
  for (const key of Object.keys(given)) {
    const variable = byKey.get(key);
    if (variable?.secretFrom)
      throw new UserError(`${settingsName}: ${key} is a secret`, void 0, `Set the environment variable ${variable.secretFrom} from a secret instead.`);
    if (!variable) {
      const meant = closest(
        key,
        variables.map((v) => v.key)
      );
      throw new UserError(
        `${settingsName}: ${target.name} has no setting "${key}"${meant ? `; did you mean "${meant}"?` : ""}`,
        void 0,
        `Its settings: ${variables.filter((v) => !v.secretFrom).map((v) => v.key).join(", ")}.`
      );
    }
  }
  const settings = {};
  for (const variable of variables) {
    if (variable.secretFrom) continue;
    const value = given[variable.key] || variable.default;
    if (value === void 0 || value === "") continue;
    if (variable.pattern && !variable.pattern.test(value))
      throw new UserError(
        `${settingsName}: ${variable.key} "${value}" is not accepted by ${target.name}`,
        void 0,
        `${variable.description} It must match ${variable.pattern.source}.`
      );
    settings[variable.key] = value;
  }
  return settings;
}

export {
  planDeploy,
  checkSettings
};
