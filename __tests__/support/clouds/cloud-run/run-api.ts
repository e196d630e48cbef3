/** The Cloud Run Admin API v2 methods the fake serves, by discovery method id. */
import { ApiError, googleError } from './errors.ts';
import type { Handler } from './server.ts';
import type { CloudRunState, ServiceBody } from './state.ts';

export function runHandlers(state: CloudRunState): Record<string, Handler> {
  const parentOf = (params: Record<string, string>) => `projects/${params.projectsId}/locations/${params.locationsId}`;
  const serviceOf = (params: Record<string, string>) => `${parentOf(params)}/services/${params.servicesId}`;
  return {
    'run.projects.locations.services.get': async ({ params }) => {
      const service = state.service(serviceOf(params));
      await state.poll(service);
      return { status: 200, body: state.serviceBody(service) };
    },
    'run.projects.locations.services.create': async ({ params, query, body }) => {
      // The description calls serviceId optional; Cloud Run wants it (a name is not generated).
      const id = query.get('serviceId');
      if (!id || !/^[a-z](?:[-a-z0-9]{0,47}[a-z0-9])?$/.test(id))
        throw new ApiError(googleError(400, `serviceId: must be a DNS label starting with a letter, got '${id ?? ''}'.`));
      const operation = await state.create(parentOf(params), id, body as ServiceBody);
      return { status: 200, body: state.started(operation) };
    },
    'run.projects.locations.services.patch': async ({ params, query, body }) => {
      const name = serviceOf(params);
      if (!state.services.has(name) && query.get('allowMissing') === 'true') {
        return { status: 200, body: state.started(await state.create(parentOf(params), params.servicesId ?? '', body as ServiceBody)) };
      }
      return { status: 200, body: state.started(state.update(name, body as ServiceBody, query.get('updateMask'))) };
    },
    'run.projects.locations.operations.get': async ({ params }) => ({ status: 200, body: await state.operation(params.operationsId ?? '') }),
  };
}
