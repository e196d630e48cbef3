/**
 * What the fake Container Apps platform holds and does: apps as last written (a PUT replaces, a
 * PATCH merges as JSON Merge Patch), their revisions (a new one for each new revision suffix, its
 * image run with the real Docker engine), the traffic split, and the long-running operation each
 * write starts. The rules a real app enforces on a write (revision names, traffic that adds up to
 * 100, secrets that exist) are refused here the way ARM refuses them, before anything changes.
 *
 * Addresses: each app, each revision and each traffic label gets a Router of its own on 127.0.0.1.
 * The app's router routes by the traffic weights; a revision's serves that revision (its `fqdn`);
 * a label's serves the revision the label is on (Azure's `<app>---<label>.<domain>`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { isObject } from '../../../../src/openapi/nodes.ts';
import { Router, startContainer, waitForContainer, type RunningContainer } from '../runtime.ts';
import { ArmRefusal } from './arm-errors.ts';

type Node = Record<string, unknown>;

export interface TrafficWeight {
  revisionName?: string;
  weight?: number;
  latestRevision?: boolean;
  label?: string;
}

/** The private registry the deployed images are pulled from, and the credentials it accepts. */
export interface Registry {
  server: string;
  username: string;
  password: string;
}

export interface Revision {
  name: string;
  template: Node;
  createdTime: string;
  active: boolean;
  provisioningState: 'Provisioning' | 'Provisioned' | 'Failed';
  runningState: 'Processing' | 'Running' | 'Stopped' | 'Failed';
  provisioningError?: string;
  /** The container's environment, secrets resolved when the revision was created. */
  environment: Record<string, string>;
  container?: RunningContainer | undefined;
  /** The revision's own address: it serves this revision whatever the traffic split says. */
  router: Router;
}

export interface App {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  /** The resource as last written, secret values included (they are never answered back). */
  resource: Node;
  revisions: Map<string, Revision>;
  latestRevisionName?: string;
  latestReadyRevisionName?: string;
  /** Operations of this app still running: its provisioningState is InProgress meanwhile. */
  busy: number;
  router: Router;
  labelRouters: Map<string, Router>;
}

export interface OperationError {
  code: string;
  message: string;
}

export interface Operation {
  id: string;
  subscriptionId: string;
  location: string;
  startTime: string;
  endTime?: string;
  status: 'InProgress' | 'Succeeded' | 'Failed';
  error?: OperationError;
  polls: number;
  /** How the work ended, once it has; reported after a few polls, as a real operation takes a while. */
  outcome?: { error?: OperationError };
}

export interface PlatformOptions {
  registry?: Registry;
  pollsBeforeDone: number;
}

export class Platform {
  readonly apps = new Map<string, App>();
  readonly operations = new Map<string, Operation>();
  private readonly containers: RunningContainer[] = [];
  private readonly routers: Router[] = [];
  private readonly work = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly options: PlatformOptions) {}

  app(subscriptionId: string, resourceGroup: string, name: string): App | undefined {
    return this.apps.get(appKey(subscriptionId, resourceGroup, name));
  }

  /**
   * A PUT (`replace`) or PATCH of an app: checked whole, then applied, and a revision started when
   * the template names a new one. Returns the operation that ends when that revision runs.
   */
  async write(
    subscriptionId: string,
    resourceGroup: string,
    name: string,
    body: Node,
    mode: 'put' | 'patch',
  ): Promise<{ app: App; created: boolean; operation: Operation }> {
    const existing = this.app(subscriptionId, resourceGroup, name);
    if (!existing && mode === 'patch') throw notFound(resourceGroup, name);
    if (!existing) checkAppName(name);
    const resource = mode === 'put' ? structuredClone(body) : (mergePatch(existing!.resource, body) as Node);
    const properties = node(resource, 'properties');
    const configuration = node(properties, 'configuration');
    if (!existing && typeof properties.environmentId !== 'string' && typeof properties.managedEnvironmentId !== 'string') {
      throw new ArmRefusal(400, 'InvalidRequestContent', 'properties.environmentId is required to create a container app.');
    }
    keepSecretValues(configuration, existing);
    const secrets = secretsOf(configuration);
    const template = isObject(properties.template) ? properties.template : undefined;
    const sendsTemplate = mode === 'put' || (isObject(body.properties) && isObject(body.properties.template));
    const newRevision = sendsTemplate && template ? this.revisionAskedFor(existing, name, template) : undefined;
    if (template) checkTemplate(template, secrets);
    checkRegistries(configuration, secrets);
    const known = new Set([...(existing?.revisions.keys() ?? []), ...(newRevision ? [newRevision] : [])]);
    checkTraffic(configuration, known);

    const app = existing ?? (await this.createApp(subscriptionId, resourceGroup, name));
    app.resource = resource;
    let provisioning: Promise<OperationError | undefined> | undefined;
    if (newRevision && template) {
      const revision = await this.addRevision(app, newRevision, template);
      provisioning = this.provision(app, revision, secrets, configuration);
    }
    await this.openLabelRouters(app);
    const operation = this.startOperation(subscriptionId, String(resource.location ?? ''), app, provisioning);
    return { app, created: !existing, operation };
  }

  /** Stops a revision: it keeps its name and template but serves nowhere. */
  async deactivate(app: App, revisionName: string): Promise<void> {
    const revision = app.revisions.get(revisionName);
    if (!revision) throw revisionNotFound(app, revisionName);
    revision.active = false;
    revision.runningState = 'Stopped';
    const container = revision.container;
    revision.container = undefined;
    await container?.stop();
  }

  /** An operation, counting the poll: done once its work ended and it was polled enough times. */
  poll(id: string): Operation | undefined {
    const operation = this.operations.get(id);
    if (!operation) return undefined;
    operation.polls += 1;
    if (operation.status === 'InProgress' && operation.outcome && operation.polls >= this.options.pollsBeforeDone) {
      operation.status = operation.outcome.error ? 'Failed' : 'Succeeded';
      if (operation.outcome.error) operation.error = operation.outcome.error;
      operation.endTime = new Date().toISOString();
    }
    return operation;
  }

  /** The traffic split as the app reports it: Azure's default sends all of it to the latest revision. */
  trafficOf(app: App): TrafficWeight[] {
    const ingress = node(node(node(app.resource, 'properties'), 'configuration'), 'ingress');
    return Array.isArray(ingress.traffic) ? (ingress.traffic as TrafficWeight[]) : [{ latestRevision: true, weight: 100 }];
  }

  /** The revision a traffic entry names (`latestRevision`: the latest one that is ready). */
  revisionOf(app: App, entry: TrafficWeight): Revision | undefined {
    const name = entry.latestRevision ? app.latestReadyRevisionName : entry.revisionName;
    return name === undefined ? undefined : app.revisions.get(name);
  }

  weightOf(app: App, revision: Revision): number {
    return this.trafficOf(app)
      .filter((entry) => this.revisionOf(app, entry) === revision)
      .reduce((sum, entry) => sum + (entry.weight ?? 0), 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.work]);
    await Promise.all(this.containers.map((container) => container.stop()));
    await Promise.all(this.routers.map((router) => router.close()));
  }

  /** The revision a template asks for, or undefined when it names the one that exists already (a retried write). */
  private revisionAskedFor(app: App | undefined, name: string, template: Node): string | undefined {
    const suffix = typeof template.revisionSuffix === 'string' && template.revisionSuffix !== '' ? template.revisionSuffix : undefined;
    const latest = app?.latestRevisionName ? app.revisions.get(app.latestRevisionName) : undefined;
    // No suffix and nothing changed: Azure makes no new revision for an unchanged template.
    if (!suffix && latest && sameJson(withoutSuffix(latest.template), withoutSuffix(template))) return undefined;
    const revisionName = `${name}--${suffix ?? randomBytes(4).toString('hex').replace(/^\d/, 'r')}`;
    checkRevisionName(revisionName, suffix ?? '');
    const existing = app?.revisions.get(revisionName);
    if (!existing) return revisionName;
    if (!sameJson(existing.template, template)) {
      throw new ArmRefusal(
        400,
        'ContainerAppRevisionAlreadyExists',
        `Revision '${revisionName}' already exists with another template; a new template needs a new revision suffix.`,
      );
    }
    return undefined;
  }

  private async createApp(subscriptionId: string, resourceGroup: string, name: string): Promise<App> {
    const app: App = {
      subscriptionId,
      resourceGroup,
      name,
      resource: {},
      revisions: new Map(),
      busy: 0,
      router: undefined as unknown as Router,
      labelRouters: new Map(),
    };
    app.router = await this.router(() => {
      const entries = this.trafficOf(app).filter((entry) => (entry.weight ?? 0) > 0);
      let roll = Math.random() * entries.reduce((sum, entry) => sum + (entry.weight ?? 0), 0);
      for (const entry of entries) {
        roll -= entry.weight ?? 0;
        if (roll < 0) return upstreamOf(this.revisionOf(app, entry));
      }
      return undefined;
    });
    this.apps.set(appKey(subscriptionId, resourceGroup, name), app);
    return app;
  }

  private async addRevision(app: App, name: string, template: Node): Promise<Revision> {
    const revision: Revision = {
      name,
      template: structuredClone(template),
      createdTime: new Date().toISOString(),
      active: true,
      provisioningState: 'Provisioning',
      runningState: 'Processing',
      environment: {},
      router: undefined as unknown as Router,
    };
    revision.router = await this.router(() => upstreamOf(revision));
    app.revisions.set(name, revision);
    app.latestRevisionName = name;
    return revision;
  }

  private async openLabelRouters(app: App): Promise<void> {
    for (const entry of this.trafficOf(app)) {
      const label = entry.label;
      if (!label || app.labelRouters.has(label)) continue;
      app.labelRouters.set(
        label,
        await this.router(() => {
          const current = this.trafficOf(app).find((e) => e.label === label);
          return current ? upstreamOf(this.revisionOf(app, current)) : undefined;
        }),
      );
    }
  }

  /** Pulls and runs the revision's first container; resolves with the error the operation ends with, if any. */
  private async provision(app: App, revision: Revision, secrets: Map<string, string>, configuration: Node): Promise<OperationError | undefined> {
    const container = (revision.template.containers as Node[])[0]!;
    const image = String(container.image ?? '');
    const refused = this.pullRefusal(image, String(container.name), secrets, configuration);
    if (refused) {
      failed(revision, refused);
    } else {
      // Secrets are read when the revision starts, as Azure does: a later change needs a new revision.
      for (const variable of (container.env ?? []) as Node[]) {
        revision.environment[String(variable.name)] =
          typeof variable.secretRef === 'string' ? (secrets.get(variable.secretRef) ?? '') : String(variable.value ?? '');
      }
      await this.run(revision, image);
    }
    if (revision.provisioningState === 'Failed') {
      return {
        code: 'ContainerAppOperationError',
        message: `Failed to provision revision for container app '${app.name}'. Error details: ${revision.provisioningError ?? ''}`,
      };
    }
    if (app.latestRevisionName === revision.name) app.latestReadyRevisionName = revision.name;
    return undefined;
  }

  /** Starts an active revision's container (again, for one activated after a deactivation). */
  async activate(app: App, revisionName: string): Promise<void> {
    const revision = app.revisions.get(revisionName);
    if (!revision) throw revisionNotFound(app, revisionName);
    if (revision.active) return;
    revision.active = true;
    revision.runningState = 'Processing';
    const image = String(((revision.template.containers as Node[])[0] ?? {}).image ?? '');
    const started = this.run(revision, image);
    this.work.add(started);
    void started.finally(() => this.work.delete(started));
  }

  private async run(revision: Revision, image: string): Promise<void> {
    try {
      const running = await startContainer(image, revision.environment);
      this.containers.push(running);
      if (this.closed) return failed(revision, 'the platform shut down');
      revision.container = running;
      await waitForContainer(running, '/', 60_000);
    } catch (error) {
      return failed(revision, (error as Error).message.slice(0, 500));
    }
    revision.provisioningState = 'Provisioned';
    revision.runningState = revision.active ? 'Running' : 'Stopped';
  }

  /** Why the image cannot be pulled: the private registry wants the credentials it was given. */
  private pullRefusal(image: string, containerName: string, secrets: Map<string, string>, configuration: Node): string | undefined {
    const registry = this.options.registry;
    if (!registry || image.split('/')[0] !== registry.server) return undefined;
    const credentials = ((configuration.registries ?? []) as Node[]).find((r) => r.server === registry.server);
    const password = typeof credentials?.passwordSecretRef === 'string' ? secrets.get(credentials.passwordSecretRef) : undefined;
    if (credentials?.username === registry.username && password === registry.password) return undefined;
    return `Field 'template.containers.${containerName}.image' is invalid: ${image}: unauthorized: authentication required`;
  }

  private startOperation(subscriptionId: string, location: string, app: App, provisioning?: Promise<OperationError | undefined>): Operation {
    const operation: Operation = {
      id: randomUUID(),
      subscriptionId,
      location: location.toLowerCase().replace(/\s+/g, ''),
      startTime: new Date().toISOString(),
      status: 'InProgress',
      polls: 0,
    };
    this.operations.set(operation.id, operation);
    app.busy += 1;
    const done = (provisioning ?? Promise.resolve(undefined)).then(
      (error) => {
        operation.outcome = error ? { error } : {};
        app.busy -= 1;
      },
      (error: unknown) => {
        operation.outcome = { error: { code: 'InternalServerError', message: String(error) } };
        app.busy -= 1;
      },
    );
    this.work.add(done);
    void done.finally(() => this.work.delete(done));
    return operation;
  }

  private async router(pick: () => string | undefined): Promise<Router> {
    const router = new Router(() => pick());
    await router.start();
    this.routers.push(router);
    return router;
  }
}

export function appKey(subscriptionId: string, resourceGroup: string, name: string): string {
  // ARM names are case-insensitive.
  return `${subscriptionId}/${resourceGroup}/${name}`.toLowerCase();
}

export function appId(app: App): string {
  return `/subscriptions/${app.subscriptionId}/resourceGroups/${app.resourceGroup}/providers/Microsoft.App/containerApps/${app.name}`;
}

export function notFound(resourceGroup: string, name: string): ArmRefusal {
  return new ArmRefusal(404, 'ResourceNotFound', `The Resource 'Microsoft.App/containerApps/${name}' under resource group '${resourceGroup}' was not found.`);
}

export function revisionNotFound(app: App, revisionName: string): ArmRefusal {
  return new ArmRefusal(404, 'ContainerAppRevisionNotFound', `Revision '${revisionName}' of container app '${app.name}' was not found.`);
}

function failed(revision: Revision, message: string): void {
  revision.provisioningState = 'Failed';
  revision.runningState = 'Failed';
  revision.provisioningError = message;
}

function upstreamOf(revision: Revision | undefined): string | undefined {
  return revision?.active && revision.provisioningState === 'Provisioned' ? revision.container?.url : undefined;
}

/** A mapping under `key`, created empty when absent, so a write can be read without guards. */
function node(parent: Node, key: string): Node {
  if (!isObject(parent[key])) parent[key] = {};
  return parent[key] as Node;
}

/** RFC 7386: objects merge, `null` removes, anything else (arrays included) replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Node = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** A secret written without a value (as a GET answers it) keeps the value it had. */
function keepSecretValues(configuration: Node, existing: App | undefined): void {
  if (!existing || !Array.isArray(configuration.secrets)) return;
  const before = secretsOf(node(node(existing.resource, 'properties'), 'configuration'));
  for (const secret of configuration.secrets as Node[]) {
    if (secret.value === undefined && typeof secret.name === 'string' && before.has(secret.name)) secret.value = before.get(secret.name);
  }
}

function secretsOf(configuration: Node): Map<string, string> {
  const secrets = new Map<string, string>();
  for (const secret of (configuration.secrets ?? []) as Node[]) if (typeof secret.name === 'string') secrets.set(secret.name, String(secret.value ?? ''));
  return secrets;
}

function checkAppName(name: string): void {
  if (!/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(name) || name.includes('--')) {
    throw new ArmRefusal(
      400,
      'ContainerAppInvalidName',
      `Invalid ContainerApp name '${name}'. A name must consist of lower case alphanumeric characters or '-', start with a letter, end with an alphanumeric character, cannot have '--', and must be at most 32 characters.`,
    );
  }
}

function checkRevisionName(revisionName: string, suffix: string): void {
  if (!/^[a-z][a-z0-9-]*$/.test(revisionName) || !/[a-z0-9]$/.test(revisionName) || suffix.includes('--') || revisionName.length > 54) {
    throw new ArmRefusal(
      400,
      'ContainerAppInvalidRevisionName',
      `Revision name has an invalid value '${revisionName}'. A revision name must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character. The length of the revision name must not be more than a combined 54 characters with the container app name.`,
    );
  }
}

function checkTemplate(template: Node, secrets: Map<string, string>): void {
  const containers = Array.isArray(template.containers) ? (template.containers as Node[]) : [];
  if (containers.length === 0 || containers.some((c) => typeof c.image !== 'string' || typeof c.name !== 'string')) {
    throw new ArmRefusal(400, 'ContainerAppInvalidTemplate', 'template.containers must hold at least one container, each with a name and an image.');
  }
  for (const variable of containers.flatMap((c) => (c.env ?? []) as Node[])) {
    if (typeof variable.secretRef === 'string' && !secrets.has(variable.secretRef)) {
      throw new ArmRefusal(
        400,
        'ContainerAppSecretRefNotFound',
        `Environment variable '${String(variable.name)}' refers to secret '${variable.secretRef}', which the app does not define.`,
      );
    }
  }
}

function checkRegistries(configuration: Node, secrets: Map<string, string>): void {
  for (const registry of (configuration.registries ?? []) as Node[]) {
    if (typeof registry.passwordSecretRef === 'string' && !secrets.has(registry.passwordSecretRef)) {
      throw new ArmRefusal(
        400,
        'ContainerAppSecretRefNotFound',
        `Registry '${String(registry.server)}' refers to secret '${registry.passwordSecretRef}', which the app does not define.`,
      );
    }
  }
}

/** Weights that add up to 100, on revisions that exist (or that this write creates), each label once. */
function checkTraffic(configuration: Node, known: Set<string>): void {
  const ingress = isObject(configuration.ingress) ? configuration.ingress : undefined;
  if (!ingress || !Array.isArray(ingress.traffic)) return;
  const traffic = ingress.traffic as TrafficWeight[];
  const refuse = (message: string) => new ArmRefusal(400, 'ContainerAppInvalidTrafficConfiguration', message);
  const total = traffic.reduce((sum, entry) => sum + (entry.weight ?? 0), 0);
  if (traffic.length > 0 && total !== 100) throw refuse(`The traffic weights add up to ${total}; they must add up to 100.`);
  const labels = new Set<string>();
  for (const entry of traffic) {
    if (Boolean(entry.latestRevision) === (entry.revisionName !== undefined))
      throw refuse('Each traffic entry names a revision or sets latestRevision, not both.');
    if (entry.revisionName !== undefined && !known.has(entry.revisionName)) throw refuse(`Revision '${entry.revisionName}' does not exist.`);
    if (entry.label !== undefined) {
      if (labels.has(entry.label)) throw refuse(`Label '${entry.label}' is on more than one traffic entry.`);
      labels.add(entry.label);
    }
  }
  const serving = traffic.filter((entry) => (entry.weight ?? 0) > 0).length;
  if (configuration.activeRevisionsMode !== 'Multiple' && serving > 1)
    throw refuse('Traffic can only be split between revisions when activeRevisionsMode is Multiple.');
}

function withoutSuffix(template: Node): Node {
  const { revisionSuffix: _ignored, ...rest } = template;
  return rest;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted(value[key])]),
  );
}
