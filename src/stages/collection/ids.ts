/**
 * Ids that stay the same on every regeneration: Postman (and people's links, forks and monitors)
 * know a request by its id, so a converter that draws fresh random ids breaks all of them.
 * The id is a name-based UUID (RFC 9562 v5 layout) of what the item stands for.
 */
import { createHash } from 'node:crypto';

export function stableId(kind: 'collection' | 'folder' | 'request' | 'environment', key: string): string {
  const hash = createHash('sha1').update(`fastapi-postman-deploy\u0000${kind}\u0000${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Request ids are keyed by the operation's id: a path renamed under the same operationId keeps its request. */
export function requestId(operationId: string): string {
  return stableId('request', operationId);
}
