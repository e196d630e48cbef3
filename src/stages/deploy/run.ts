/**
 * The deploy stage as the pipeline runs it: the target's deployment collection and environment
 * written beside the contract collection (secrets empty), then run phase by phase against the
 * platform, with the candidate's contract tests between confirming and promoting it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { credentialsText } from '../../openapi/sample/request.ts';
import { asOutcome, skipped, type StageOutcome } from '../outcome.ts';
import { deploymentCollection, deploymentEnvironment } from './deployment-collection.ts';
import { checkSettings, planDeploy, type DeployImage } from './plan.ts';
import { rollOut, type Rollout } from './rollout.ts';
import { deployTargets } from './targets/index.ts';
import type { DeployTarget, DeployTargetName } from './targets/target.ts';
import type { PostmanCollection } from '../../postman/postman-types.ts';
import { credentialVariablesIn } from '../contract/credentials.ts';

export interface DeployOutcome extends Rollout {
  target: DeployTargetName;
  /** The platform, for people. */
  platform: string;
  gated: boolean;
  service: string;
  image: string;
  buildId: string;
  /** The deployment collection and its environment, relative to the workspace. */
  files: string[];
  durationMs: number;
  /** What the promoted URL did elsewhere (the Postman environment that now points at it). */
  notes: string[];
}

export interface DeployHooks {
  /** The candidate's contract tests (with the headers a private candidate needs); true when they passed. */
  contract: (candidateUrl: string, buildId: string, headers: Readonly<Record<string, string>>) => Promise<boolean>;
  log?: (line: string) => void;
  /** Where secrets are read from (the process's environment). */
  environment?: Readonly<Record<string, string | undefined>>;
  /** The contract collection the run wrote: its requests, as the contract scope keeps them, are the written collection's Contract folder. */
  contractCollection?: string;
  /** Told the service URL once the candidate is promoted; answers a line for the report. */
  onPromoted?: (serviceUrl: string) => Promise<string | undefined>;
}

export async function runDeployStage(image: DeployImage | undefined, config: Config, hooks: DeployHooks): Promise<StageOutcome<DeployOutcome>> {
  const { deploy } = config;
  if (!deploy.target) return skipped('no deploy target: give deploy-target (--target)');
  if (!image) return skipped('no image to deploy: build and push one in this run, or give the image by digest as deploy-image');
  const target = deployTargets[deploy.target];
  const started = Date.now();
  const outcome = await asOutcome(async (): Promise<DeployOutcome> => {
    // A platform that names images by their config digest (Heroku) gets it from what the registry serves.
    const needsId = target.variables.some((v) => v.key === 'imageId');
    const deployed = needsId ? { ...image, imageId: await imageIdOf(image.reference, config) } : image;
    const plan = planDeploy(target, deploy, deployed, hooks.environment ?? process.env, credentialsText(config.contract.credentials));
    const folder = path.resolve(config.workspace, deploy.collectionOut);
    const contract = hooks.contractCollection ? await scopedContract(hooks.contractCollection, config) : undefined;
    // What runs is what was written: the same collection (its Contract folder is the contract stage's to run).
    const written = await writeDeploymentFiles(target, folder, deploy.environment, plan.settings, { contract });
    const files = written.files.map((file) => path.relative(config.workspace, file));
    const collection = written.collection;
    const rollout = await rollOut({
      target,
      collection,
      values: plan.values,
      secrets: plan.secrets,
      contract: (url, headers) => hooks.contract(url, image.buildId, headers),
      log: hooks.log,
    });
    const promoted = rollout.verdict === 'promoted' && rollout.serviceUrl ? await hooks.onPromoted?.(rollout.serviceUrl) : undefined;
    return {
      ...rollout,
      notes: promoted ? [promoted] : [],
      target: target.name,
      platform: target.title,
      gated: target.gated,
      service: plan.values.service!,
      image: image.reference,
      buildId: image.buildId,
      files,
      durationMs: Date.now() - started,
    };
  });
  return outcome.status === 'ok' && outcome.data.verdict !== 'promoted' ? { status: 'failed', data: outcome.data } : outcome;
}

/** The contract collection as the run sends it: the operations in scope only. */
export async function scopedContract(file: string, config: Pick<Config, 'contract'>): Promise<PostmanCollection> {
  const { scopeCollection } = await import('../contract/scope.ts');
  return scopeCollection(JSON.parse(await fs.readFile(file, 'utf8')) as PostmanCollection, config.contract.scope).collection;
}

/** Throws the settings' first mistake (a key the target does not have, a value its pattern refuses). */
export function checkDeploySettings(config: Config): void {
  if (config.deploy.target) checkSettings(deployTargets[config.deploy.target], config.deploy.settings, config.deploy.settingsName);
}

async function imageIdOf(reference: string, config: Config): Promise<string> {
  const { configDigest, RegistryApiError } = await import('../../container/registry-api.ts');
  const { parseImageReference } = await import('../../container/reference.ts');
  const { registryUsername: username, registryPassword: password } = config.build;
  try {
    return await configDigest(parseImageReference(reference, 'the image'), password === undefined ? undefined : { username: username ?? '', password });
  } catch (error) {
    if (!(error instanceof RegistryApiError)) throw error;
    throw new UserError(
      `cannot read the id of ${reference}: ${error.message}`,
      undefined,
      'The platform names images by their config digest. Push a single-platform image without attestations (the build does so for this target), and give the registry login.',
    );
  }
}

/** `books on Google Cloud Run · production`: one environment per service, platform and environment. */
export function deploymentEnvironmentName(target: DeployTarget, service: string | undefined, environment: string): string {
  return `${service ? `${service} on ` : ''}${target.title} · ${environment}`;
}

/**
 * The collection and its environment (settings only, secrets empty), named for the target and the
 * environment; each file written whole (a temporary file renamed over it), so no run leaves half of one.
 */
export async function writeDeploymentFiles(
  target: DeployTarget,
  folder: string,
  environmentName: string,
  settings: Readonly<Record<string, string>>,
  options: { collectionFile?: string; contract?: PostmanCollection } = {},
): Promise<{ files: string[]; collection: PostmanCollection }> {
  const collectionFile = options.collectionFile ?? path.join(folder, `${target.name}.postman_collection.json`);
  // Named after the collection: books.postman_collection.json → books.production.postman_environment.json.
  const stem = path.basename(collectionFile).replace(/(\.postman_collection)?\.json$/, '');
  const environmentFile = path.join(path.dirname(collectionFile), `${stem}.${environmentName.replace(/[^A-Za-z0-9._-]/g, '-')}.postman_environment.json`);
  const contractSecrets = options.contract ? credentialVariablesIn(options.contract) : [];
  const collection = deploymentCollection(target, options.contract, settings.service);
  const documents: [string, object][] = [
    [collectionFile, collection],
    [environmentFile, deploymentEnvironment(target, deploymentEnvironmentName(target, settings.service, environmentName), settings, contractSecrets)],
  ];
  for (const [file, document] of documents) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(`${file}.partial`, `${JSON.stringify(document, null, 2)}\n`);
    await fs.rename(`${file}.partial`, file);
  }
  return { files: documents.map(([file]) => file), collection };
}
