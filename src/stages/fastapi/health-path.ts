/**
 * The path the generated server answers on once it runs, outside the contract: `/healthz`, or
 * `/_health` when the contract has a `/healthz` of its own. A deploy probes it to confirm the build.
 */
import type { ApiModel } from '../../openapi/model/model.ts';

export function healthPathOf(api: Pick<ApiModel, 'operations'>): string {
  return api.operations.some((op) => op.path === '/healthz') ? '/_health' : '/healthz';
}
