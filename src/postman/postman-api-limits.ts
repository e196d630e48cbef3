/**
 * What the Postman API documents about where it lives and how much it accepts, in one place.
 *
 * Request size limits, from the Postman API reference (learning.postman.com/api-docs):
 * - collections: "The maximum collection size this endpoint accepts cannot exceed 100 MB"
 *   (PUT /collections/{collectionId}, "Replace a collection's data"); the create endpoint names no
 *   other number, so the same limit is applied to it;
 * - environments: "The request body size cannot exceed the maximum allowed size of 30MB"
 *   (POST /environments and PUT /environments/{environmentId}), answered otherwise with 413.
 * MB is read as 10^6 bytes, the smaller reading, so a body that passes here is under either.
 */
import { UserError } from '../errors.ts';

/** The public Postman API; the only place its host is written. */
export const POSTMAN_API_URL = 'https://api.getpostman.com';

export type PostmanResource = 'collection' | 'environment';

export type PayloadLimits = Record<PostmanResource, number>;

export const POSTMAN_PAYLOAD_LIMITS: PayloadLimits = {
  collection: 100_000_000,
  environment: 30_000_000,
};

/** The JSON body to send, or a UserError naming the resource, its size and the limit, before anything is sent. */
export function checkedBody(resource: PostmanResource, name: string, payload: unknown, limits: PayloadLimits): string {
  const body = JSON.stringify(payload);
  const bytes = Buffer.byteLength(body, 'utf8');
  const limit = limits[resource];
  if (bytes > limit) {
    throw new UserError(
      `the ${resource} "${name}" is ${megabytes(bytes)} as a Postman API request, over the ${megabytes(limit)} the Postman API accepts for a ${resource}; nothing was sent`,
      undefined,
      resource === 'collection'
        ? 'Split the OpenAPI file into smaller ones, or turn off negative requests (negative-tests), to make the collection smaller.'
        : 'Remove variables from the environment to make it smaller.',
    );
  }
  return body;
}

/**
 * The link Postman itself writes for a collection (`info._collection_link` in its exports): it opens
 * the collection in the web app, or in the desktop app when installed, for whoever may see it.
 */
export function collectionLink(uid: string): string {
  // Parentheses too: the link goes into Markdown, where `)` would end it.
  return `https://go.postman.co/collection/${encodeURIComponent(uid).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function megabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${bytes} bytes`;
}
