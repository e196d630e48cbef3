/**
 * The platform's state as ARM answers it: a ContainerApp and a Revision in the description's
 * shapes (secret values never answered; read-only fields filled in), and the status of an ARM
 * long-running operation (ARM's RPC shape: id, name, status, start and end time, error).
 */
import { isObject } from '../../../../src/openapi/nodes.ts';
import { appId, type App, type Operation, type Platform, type Revision } from './platform.ts';

type Node = Record<string, unknown>;

/** host:port of a router's URL: what ARM calls an FQDN. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

export function containerApp(platform: Platform, app: App): Node {
  const resource = structuredClone(app.resource);
  const properties: Node = isObject(resource.properties) ? resource.properties : {};
  const configuration: Node = isObject(properties.configuration) ? properties.configuration : {};
  if (Array.isArray(configuration.secrets)) configuration.secrets = (configuration.secrets as Node[]).map((secret) => ({ name: secret.name }));
  if (isObject(configuration.ingress)) {
    configuration.ingress.fqdn = hostOf(app.router.url);
    configuration.ingress.traffic = platform.trafficOf(app);
  }
  const environmentId = properties.environmentId ?? properties.managedEnvironmentId;
  const latest = app.latestRevisionName ? app.revisions.get(app.latestRevisionName) : undefined;
  return {
    ...resource,
    id: appId(app),
    name: app.name,
    type: 'Microsoft.App/containerApps',
    properties: {
      ...properties,
      configuration,
      environmentId,
      managedEnvironmentId: environmentId,
      provisioningState: app.busy > 0 ? 'InProgress' : 'Succeeded',
      runningStatus: 'Running',
      ...(app.latestRevisionName && { latestRevisionName: app.latestRevisionName }),
      ...(app.latestReadyRevisionName && { latestReadyRevisionName: app.latestReadyRevisionName }),
      ...(latest && { latestRevisionFqdn: hostOf(latest.router.url) }),
      outboundIpAddresses: ['127.0.0.1'],
    },
  };
}

export function revision(platform: Platform, app: App, revision: Revision): Node {
  return {
    id: `${appId(app)}/revisions/${revision.name}`,
    name: revision.name,
    type: 'Microsoft.App/containerApps/revisions',
    properties: {
      createdTime: revision.createdTime,
      fqdn: hostOf(revision.router.url),
      template: revision.template,
      active: revision.active,
      replicas: revision.runningState === 'Running' ? 1 : 0,
      trafficWeight: platform.weightOf(app, revision),
      healthState: revision.runningState === 'Running' ? 'Healthy' : revision.runningState === 'Failed' ? 'Unhealthy' : 'None',
      provisioningState: revision.provisioningState,
      runningState: revision.runningState,
      ...(revision.provisioningError && { provisioningError: revision.provisioningError }),
    },
  };
}

/** Where ARM answers an operation's progress: the URL sent as Azure-AsyncOperation. */
export function operationPath(operation: Operation, kind: 'Statuses' | 'Results'): string {
  return `/subscriptions/${operation.subscriptionId}/providers/Microsoft.App/locations/${operation.location}/containerappOperation${kind}/${operation.id}`;
}

export function operationStatus(operation: Operation): Node {
  return {
    id: operationPath(operation, 'Statuses'),
    name: operation.id,
    status: operation.status,
    startTime: operation.startTime,
    ...(operation.endTime && { endTime: operation.endTime }),
    ...(operation.error && { error: operation.error }),
  };
}
