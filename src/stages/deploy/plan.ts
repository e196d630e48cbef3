/**
 * The deployment's environment, planned from the Config, the image and the process environment:
 * every setting checked against the target's variables (a misspelt key is named with what was
 * meant; a value bound for a URL path must match its pattern), every secret read from its
 * environment variable and nowhere else. Pure: what it reads comes in as arguments.
 */
import type { DeployConfig } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { closest } from '../../text/closest.ts';
import { variablesOf } from './deployment-collection.ts';
import type { DeployTarget, TargetVariable } from './targets/target.ts';

export interface DeployImage {
  /** repository@sha256:…, what the platform pulls. */
  reference: string;
  /** What the server answers with in X-Build-Id. */
  buildId: string;
  /** The image's config digest, for a platform that names images by it (Heroku). */
  imageId?: string;
}

export interface DeployPlan {
  /** Every variable's value, secrets included: for the run, never for a file. */
  values: Record<string, string>;
  /** The settings as given and defaulted, without secrets: what the written environment holds. */
  settings: Record<string, string>;
  secrets: string[];
}

export function planDeploy(
  target: DeployTarget,
  deploy: Pick<DeployConfig, 'settings' | 'settingsName'>,
  image: DeployImage,
  environment: Readonly<Record<string, string | undefined>>,
  /** The server's credentials when API_CREDENTIALS is not in the environment: the contract's own. */
  apiCredentials: string,
): DeployPlan {
  const settings = checkSettings(
    target,
    { ...deploy.settings, image: image.reference, buildId: image.buildId, ...(image.imageId && { imageId: image.imageId }) },
    deploy.settingsName,
  );
  const values: Record<string, string> = { ...settings };
  const secrets: string[] = [];
  const missing: TargetVariable[] = [];
  for (const variable of variablesOf(target)) {
    if (variable.secretFrom) {
      const value = variable.key === 'apiCredentials' ? (environment[variable.secretFrom] ?? apiCredentials) : environment[variable.secretFrom];
      if (value) {
        values[variable.key] = value;
        // A multi-line secret may surface a line, or a credential without its scheme.
        secrets.push(value, ...value.split('\n').flatMap((line) => [line, line.slice(line.indexOf('=') + 1)]));
      } else if (variable.required) missing.push(variable);
      // Set even when empty: a request that reads it (its {{name.json}} twin) must get "" rather than the placeholder text.
      else values[variable.key] = '';
    } else if (variable.required && !settings[variable.key]) missing.push(variable);
  }
  if (missing.length > 0) {
    const lines = missing.map((v) => (v.secretFrom ? `the environment variable ${v.secretFrom} (${v.key}: ${v.description})` : `${v.key}: ${v.description}`));
    throw new UserError(
      `the ${target.name} deploy needs ${missing.map((v) => v.secretFrom ?? v.key).join(', ')}`,
      undefined,
      `Give ${lines.join('; ')}. Settings go in ${deploy.settingsName} as key=value lines; secrets only ever come from the environment.`,
    );
  }
  return { values, settings, secrets: secrets.filter((s) => s.length >= 4) };
}

/**
 * The settings as the collection's environment holds them: each given key checked against the
 * target's variables (a secret never among them), each value bound for a URL against its pattern,
 * and the defaults for the rest.
 */
export function checkSettings(target: DeployTarget, given: Readonly<Record<string, string>>, settingsName: string): Record<string, string> {
  const variables = variablesOf(target);
  const byKey = new Map(variables.map((v) => [v.key, v]));
  for (const key of Object.keys(given)) {
    const variable = byKey.get(key);
    if (variable?.secretFrom)
      throw new UserError(`${settingsName}: ${key} is a secret`, undefined, `Set the environment variable ${variable.secretFrom} from a secret instead.`);
    if (!variable) {
      const meant = closest(
        key,
        variables.map((v) => v.key),
      );
      throw new UserError(
        `${settingsName}: ${target.name} has no setting "${key}"${meant ? `; did you mean "${meant}"?` : ''}`,
        undefined,
        `Its settings: ${variables
          .filter((v) => !v.secretFrom)
          .map((v) => v.key)
          .join(', ')}.`,
      );
    }
  }
  const settings: Record<string, string> = {};
  for (const variable of variables) {
    if (variable.secretFrom) continue;
    const value = given[variable.key] || variable.default;
    if (value === undefined || value === '') continue;
    if (variable.pattern && !variable.pattern.test(value))
      throw new UserError(
        `${settingsName}: ${variable.key} "${value}" is not accepted by ${target.name}`,
        undefined,
        `${variable.description} It must match ${variable.pattern.source}.`,
      );
    settings[variable.key] = value;
  }
  return settings;
}
