/**
 * The fake's Express services: each service has revisions (a configuration ECS deployed), the one
 * taking the traffic, and at most one deployment in flight. A deployment "runs" its image with the
 * real Docker engine and becomes the serving revision only after a few Describe polls once its
 * container answers: the canary Express Mode runs, in which both configurations are active.
 * (ECS sends 5% of the traffic to the new revision meanwhile; the fake sends none, so a test knows
 * which build answers.) A container that fails to start is rolled back, as ECS's alarm would.
 */
import { randomBytes } from 'node:crypto';
import { Router, startContainer, waitForContainer, type RunningContainer } from '../runtime.ts';

/** What a Create or Update configured: the request's members, kept as sent. */
export interface Configuration {
  executionRoleArn?: string;
  taskRoleArn?: string;
  healthCheckPath?: string;
  cpu?: string;
  memory?: string;
  primaryContainer: { image: string; containerPort?: number; environment?: { name?: string; value?: string }[]; [member: string]: unknown };
  [member: string]: unknown;
}

export interface Revision {
  arn: string;
  configuration: Configuration;
  createdAt: number;
  container?: RunningContainer;
  /** Set once the container answers its health check; `failed` when it never did. */
  state: 'starting' | 'running' | 'failed';
  started: Promise<void>;
}

export interface Deployment {
  arn: string;
  revision: Revision;
  /** Describe polls still to answer "in progress" once the container runs. */
  pollsLeft: number;
}

export interface ExpressService {
  name: string;
  arn: string;
  clusterArn: string;
  infrastructureRoleArn: string;
  status: 'ACTIVE' | 'INACTIVE';
  createdAt: number;
  updatedAt: number;
  revisions: Revision[];
  serving?: Revision;
  deployment?: Deployment;
  currentDeployment: string;
  router: Router;
}

export interface Place {
  region: string;
  accountId: string;
  partition: string;
}

/** Polls a deployment answers "in progress" before it completes. */
export const DEPLOYMENT_POLLS = 3;

export class ExpressServices {
  readonly byArn = new Map<string, ExpressService>();
  private readonly stopping: Promise<void>[] = [];

  constructor(private readonly place: Place) {}

  serviceArn(cluster: string, name: string): string {
    return `${this.arnPrefix()}:service/${cluster}/${name}`;
  }

  /** A new service, its first revision serving as soon as its container answers (there is nothing older to keep). */
  async create(cluster: string, name: string, infrastructureRoleArn: string, configuration: Configuration): Promise<ExpressService> {
    const now = Date.now() / 1000;
    const router = new Router(() => this.upstream(service));
    const service: ExpressService = {
      name,
      arn: this.serviceArn(cluster, name),
      clusterArn: `${this.arnPrefix()}:cluster/${cluster}`,
      infrastructureRoleArn,
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
      revisions: [],
      currentDeployment: '',
      router,
    };
    await router.start();
    this.byArn.set(service.arn, service);
    const revision = this.addRevision(service, configuration);
    service.serving = revision;
    service.currentDeployment = this.deploymentArn(service);
    return service;
  }

  /** A new revision, deployed as a canary beside the serving one. */
  update(service: ExpressService, configuration: Configuration): Revision {
    const revision = this.addRevision(service, configuration);
    // A deployment still in flight is replaced, as ECS stops it for the newer one.
    if (service.deployment) this.retire(service.deployment.revision);
    service.deployment = { arn: this.deploymentArn(service), revision, pollsLeft: DEPLOYMENT_POLLS };
    service.currentDeployment = service.deployment.arn;
    service.updatedAt = Date.now() / 1000;
    return revision;
  }

  /** A Describe poll: advances the deployment in flight and returns what is active now, oldest first. */
  poll(service: ExpressService): Revision[] {
    const deployment = service.deployment;
    if (deployment) {
      if (deployment.revision.state === 'failed') {
        service.deployment = undefined;
        this.retire(deployment.revision);
      } else if (deployment.revision.state === 'running' && --deployment.pollsLeft <= 0) {
        const old = service.serving;
        service.serving = deployment.revision;
        service.deployment = undefined;
        if (old) this.retire(old);
      }
    }
    return this.active(service);
  }

  active(service: ExpressService): Revision[] {
    return [service.serving, service.deployment?.revision].filter((revision): revision is Revision => revision !== undefined);
  }

  async close(): Promise<void> {
    for (const service of this.byArn.values()) {
      for (const revision of service.revisions) this.retire(revision);
      await service.router.close();
    }
    await Promise.all(this.stopping);
  }

  private addRevision(service: ExpressService, configuration: Configuration): Revision {
    const id = randomBytes(8).toString('hex');
    const revision: Revision = {
      arn: `${this.arnPrefix()}:service-revision/${service.clusterArn.split('/').pop()}/${service.name}/${id}`,
      configuration,
      createdAt: Date.now() / 1000 + service.revisions.length * 1e-3,
      state: 'starting',
      started: Promise.resolve(),
    };
    revision.started = this.run(revision);
    service.revisions.push(revision);
    return revision;
  }

  /** Starts the revision's container with the environment the request configured (PORT is the platform's to set). */
  private async run(revision: Revision): Promise<void> {
    const container = revision.configuration.primaryContainer;
    const environment = Object.fromEntries((container.environment ?? []).map((pair) => [pair.name ?? '', pair.value ?? '']));
    try {
      revision.container = await startContainer(container.image, environment);
      await waitForContainer(revision.container, revision.configuration.healthCheckPath ?? '/ping');
      revision.state = 'running';
    } catch {
      revision.state = 'failed';
    }
  }

  private retire(revision: Revision): void {
    this.stopping.push(revision.started.then(() => revision.container?.stop()));
  }

  /** The service URL answers from the serving revision once its container runs; 503 before, as a load balancer with no healthy target. */
  private upstream(service: ExpressService): string | undefined {
    const serving = service.serving;
    return serving?.state === 'running' ? serving.container?.url : undefined;
  }

  private deploymentArn(service: ExpressService): string {
    return `${this.arnPrefix()}:service-deployment/${service.clusterArn.split('/').pop()}/${service.name}/${randomBytes(8).toString('hex')}`;
  }

  private arnPrefix(): string {
    return `arn:${this.place.partition}:ecs:${this.place.region}:${this.place.accountId}`;
  }
}
