import type { IncomingMessage } from 'node:http';
/**
 * The fake Cloud Run's world: services, their revisions (each a container started from the image
 * its template names), the traffic each service serves, and the long-running operations that
 * bring a change about. A change is applied when its operation completes (its revision answers
 * and the operation has been polled a few times), so the traffic a test observes moves when Cloud
 * Run's would: never before the operation is done, never when the revision failed.
 */
import { randomUUID } from 'node:crypto';
import { Router, startContainer, waitForContainer, type RunningContainer } from '../runtime.ts';
import { ApiError, googleError } from './errors.ts';

export const byRevision = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
export const toLatest = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
const serviceType = 'type.googleapis.com/google.cloud.run.v2.Service';

export interface TrafficTarget {
  type?: string;
  revision?: string;
  percent?: number;
  tag?: string;
}

interface Container {
  image?: string;
  env?: { name?: string; value?: string }[];
  ports?: { containerPort?: number }[];
}

export interface RevisionTemplate {
  revision?: string;
  containers?: Container[];
  [other: string]: unknown;
}

export interface ServiceBody {
  template?: RevisionTemplate;
  traffic?: TrafficTarget[];
  [other: string]: unknown;
}

export interface Revision {
  /** The short name, as traffic targets name it. */
  name: string;
  image: string;
  /** The environment the template set, as the container got it (PORT comes from the platform). */
  env: Record<string, string>;
  /** The template without its revision name: a second revision of the same name must match it. */
  spec: string;
  state: 'starting' | 'ready' | 'failed';
  failure?: string;
  container?: RunningContainer;
  started: Promise<void>;
}

export interface Service {
  /** projects/<p>/locations/<r>/services/<id> */
  name: string;
  id: string;
  uid: string;
  generation: number;
  observedGeneration: number;
  createTime: string;
  updateTime: string;
  template: RevisionTemplate;
  /** The traffic asked for. */
  traffic: TrafficTarget[];
  /** The traffic applied (revisions resolved), what the routers follow. */
  serving: TrafficTarget[];
  revisions: Revision[];
  latestCreatedRevision?: string;
  latestReadyRevision?: string;
  failure?: string;
  router: Router;
  tagRouters: Map<string, Router>;
}

interface Operation {
  id: string;
  service: Service;
  /** The revision the change created; none for a traffic-only change. */
  revision?: Revision;
  traffic: TrafficTarget[];
  polls: number;
  done: boolean;
  error?: { code: number; message: string };
}

export class CloudRunState {
  readonly services = new Map<string, Service>();
  private readonly operations = new Map<string, Operation>();

  /** operationPolls: polls of an operation before it can be done. */
  constructor(
    private readonly operationPolls = 2,
    /** A private service's front door: who may call it (undefined: everyone, as with allUsers invoking). */
    private readonly admit?: (request: IncomingMessage) => boolean,
  ) {}

  service(name: string): Service {
    const service = this.services.get(name);
    if (!service) {
      const [, project, region, id] = /^projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)$/.exec(name) ?? [];
      throw new ApiError(googleError(404, `Resource '${id}' of kind 'SERVICE' in region '${region}' in project '${project}' does not exist.`));
    }
    return service;
  }

  async create(parent: string, id: string, body: ServiceBody): Promise<Operation> {
    const name = `${parent}/services/${id}`;
    if (this.services.has(name)) throw new ApiError(googleError(409, `Resource '${id}' already exists.`));
    if (!body.template) throw new ApiError(googleError(400, 'service.template: is required'));
    const now = new Date().toISOString();
    const router = new Router(() => this.route(service, undefined), this.admit);
    const service: Service = {
      name,
      id,
      uid: randomUUID(),
      generation: 0,
      observedGeneration: 0,
      createTime: now,
      updateTime: now,
      template: {},
      traffic: [],
      serving: [],
      revisions: [],
      router,
      tagRouters: new Map(),
    };
    const change = this.prepare(service, body.template, body.traffic);
    await router.start();
    this.services.set(name, service);
    return this.apply(service, change);
  }

  /** PATCH: the fields the mask names (all given ones without a mask). */
  update(name: string, body: ServiceBody, mask: string | null): Operation {
    const service = this.service(name);
    const fields = mask === null ? Object.keys(body) : mask.split(',').map((field) => field.trim().split('.')[0]);
    const template = fields.includes('template') ? body.template : undefined;
    const traffic = fields.includes('traffic') ? body.traffic : undefined;
    return this.apply(service, this.prepare(service, template, traffic));
  }

  /** Reading a service or an operation counts as a poll of the operations still running on it. */
  async poll(service: Service): Promise<void> {
    for (const operation of this.operations.values()) if (operation.service === service && !operation.done) await this.advance(operation);
  }

  async operation(name: string): Promise<Record<string, unknown>> {
    const operation = this.operations.get(name);
    if (!operation) throw new ApiError(googleError(404, `Operation '${name}' not found.`));
    if (!operation.done) await this.advance(operation);
    return this.operationBody(operation);
  }

  serviceBody(service: Service): Record<string, unknown> {
    const revisionName = (revision: string | undefined) => revision && `${service.name}/revisions/${revision}`;
    const reconciling = service.observedGeneration !== service.generation && !service.failure;
    return {
      name: service.name,
      uid: service.uid,
      generation: String(service.generation),
      observedGeneration: String(service.observedGeneration),
      createTime: service.createTime,
      updateTime: service.updateTime,
      template: service.template,
      traffic: service.traffic,
      trafficStatuses: service.serving.map((target) => ({
        ...target,
        ...(target.tag && { uri: service.tagRouters.get(target.tag)?.url }),
      })),
      ...(service.latestCreatedRevision && { latestCreatedRevision: revisionName(service.latestCreatedRevision) }),
      ...(service.latestReadyRevision && { latestReadyRevision: revisionName(service.latestReadyRevision) }),
      terminalCondition: {
        type: 'Ready',
        state: service.failure ? 'CONDITION_FAILED' : reconciling ? 'CONDITION_RECONCILING' : 'CONDITION_SUCCEEDED',
        ...(service.failure && { message: service.failure }),
        lastTransitionTime: service.updateTime,
      },
      reconciling,
      uri: service.router.url,
      urls: [service.router.url],
      etag: `"${service.uid}/${service.generation}"`,
    };
  }

  /** Stops every router and container this state started. */
  async close(): Promise<void> {
    const services = [...this.services.values()];
    await Promise.all(services.flatMap((service) => [service.router.close(), ...[...service.tagRouters.values()].map((router) => router.close())]));
    await Promise.all(
      services.flatMap((service) =>
        service.revisions.map(async (revision) => {
          await revision.started;
          await revision.container?.stop();
        }),
      ),
    );
  }

  /** Checks a change as Cloud Run does before it accepts it; throws its 400 or 409. */
  private prepare(service: Service, template: RevisionTemplate | undefined, traffic: TrafficTarget[] | undefined) {
    let revision: Revision | undefined;
    let created: Revision | undefined;
    if (template && JSON.stringify(template) !== JSON.stringify(service.template)) {
      const name = template.revision ?? `${service.id}-${String(service.revisions.length + 1).padStart(5, '0')}-${randomUUID().slice(0, 3)}`;
      if (!name.startsWith(`${service.id}-`) || !/^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) {
        throw invalid(
          `service.template.revision: Revision name must use the Service name '${service.id}' as prefix, followed by '-', and be a DNS label of at most 63 characters; got '${name}'.`,
        );
      }
      const containers = template.containers ?? [];
      const image = containers[0]?.image;
      if (containers.length !== 1 || !image) throw invalid('service.template.containers: exactly one container with an image is required.');
      const env = Object.fromEntries((containers[0]?.env ?? []).map((variable) => [variable.name ?? '', variable.value ?? '']));
      if ('PORT' in env) throw invalid('The following reserved env names were provided: PORT. These values are automatically set by the system.');
      if ((containers[0]?.ports ?? []).length > 1) throw invalid('service.template.containers[0].ports: only one port may be specified.');
      const spec = JSON.stringify({ ...template, revision: undefined });
      const existing = service.revisions.find((r) => r.name === name);
      if (existing && existing.spec !== spec) throw new ApiError(googleError(409, `Revision named '${name}' with different configuration already exists.`));
      revision = existing ?? { name, image, env, spec, state: 'starting', started: Promise.resolve() };
      if (!existing) created = revision;
    }
    const targets = traffic && traffic.length > 0 ? traffic : service.traffic.length > 0 ? service.traffic : [{ type: toLatest, percent: 100 }];
    const total = targets.reduce((sum, target) => sum + (target.percent ?? 0), 0);
    if (total !== 100) throw invalid(`service.traffic: the percentages must add up to 100, got ${total}.`);
    const tags = targets.flatMap((target) => (target.tag ? [target.tag] : []));
    if (new Set(tags).size !== tags.length) throw invalid('service.traffic: a tag may be used once.');
    for (const target of targets) {
      if (target.type === toLatest) continue;
      if (!target.revision || (!service.revisions.some((r) => r.name === target.revision) && target.revision !== revision?.name)) {
        throw invalid(`service.traffic: Revision '${target.revision ?? ''}' does not exist.`);
      }
    }
    return { template, traffic: traffic ? targets : undefined, revision, created };
  }

  private apply(service: Service, change: ReturnType<CloudRunState['prepare']>): Operation {
    if (change.template) service.template = change.template;
    if (change.traffic) service.traffic = change.traffic;
    else if (service.traffic.length === 0) service.traffic = [{ type: toLatest, percent: 100 }];
    if (change.created) {
      const revision = change.created;
      service.revisions.push(revision);
      service.latestCreatedRevision = revision.name;
      revision.started = run(revision);
    }
    service.generation += 1;
    service.updateTime = new Date().toISOString();
    service.failure = undefined;
    const operation: Operation = { id: randomUUID(), service, revision: change.revision, traffic: service.traffic, polls: 0, done: false };
    this.operations.set(operation.id, operation);
    return operation;
  }

  /** One poll: done once polled enough and the revision has answered (or failed). */
  private async advance(operation: Operation): Promise<void> {
    operation.polls += 1;
    const revision = operation.revision;
    if (operation.polls < this.operationPolls || revision?.state === 'starting') return;
    operation.done = true;
    const service = operation.service;
    if (revision?.state === 'failed') {
      service.failure = revision.failure;
      operation.error = { code: 9, message: revision.failure ?? 'The revision failed.' };
      return;
    }
    if (revision) service.latestReadyRevision = revision.name;
    service.serving = operation.traffic.map((target) => ({
      ...target,
      revision: target.type === toLatest ? service.latestReadyRevision : target.revision,
    }));
    for (const target of service.serving) {
      if (!target.tag || service.tagRouters.has(target.tag)) continue;
      const tag = target.tag;
      const router = new Router(() => this.route(service, tag), this.admit);
      service.tagRouters.set(tag, router);
      await router.start();
    }
    service.observedGeneration = service.generation;
  }

  /** The container serving a service URL (the revision with the most traffic) or a tag URL. */
  private route(service: Service, tag: string | undefined): string | undefined {
    const targets = tag ? service.serving.filter((target) => target.tag === tag) : [...service.serving].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0));
    const target = targets[0];
    if (!target || (!tag && !target.percent)) return undefined;
    const revision = service.revisions.find((r) => r.name === target.revision);
    return revision?.state === 'ready' ? revision.container?.url : undefined;
  }

  private operationBody(operation: Operation): Record<string, unknown> {
    const service = { '@type': serviceType, ...this.serviceBody(operation.service) };
    const [project, region] = /^projects\/([^/]+)\/locations\/([^/]+)\//.exec(operation.service.name)?.slice(1) ?? [];
    return {
      name: `projects/${project}/locations/${region}/operations/${operation.id}`,
      metadata: service,
      done: operation.done,
      ...(operation.error && { error: operation.error }),
      ...(operation.done && !operation.error && { response: service }),
    };
  }

  /** The operation as the create or patch call answers it. */
  started(operation: Operation): Record<string, unknown> {
    return this.operationBody(operation);
  }
}

/** Starts the revision's container and waits until it answers, as Cloud Run's startup probe does. */
async function run(revision: Revision): Promise<void> {
  try {
    revision.container = await startContainer(revision.image, revision.env);
    await waitForContainer(revision.container, '/', 60_000);
    revision.state = 'ready';
  } catch (error) {
    await revision.container?.stop();
    revision.container = undefined;
    // docker's own complaint (e.g. "manifest unknown"), not the "Command failed: docker run …" line above it.
    const lines = (error as Error).message.split('\n').filter((line) => line.trim());
    const reason = lines.slice(1).find((line) => /error|not found|unknown|denied/i.test(line)) ?? lines[0];
    revision.failure = `Revision '${revision.name}' is not ready and cannot serve traffic. The container could not start: ${reason}`;
    revision.state = 'failed';
  }
}

function invalid(message: string): ApiError {
  return new ApiError(googleError(400, message));
}
