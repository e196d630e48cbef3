/**
 * Google's error answers. The JSON APIs (Cloud Run, IAM Credentials) answer
 * `{ error: { code, message, status } }` with the canonical status name for the HTTP code; the
 * Security Token Service answers as an OAuth 2.0 token endpoint does, `{ error, error_description }`.
 */

export interface GoogleError {
  status: number;
  body: unknown;
}

const canonical: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
};

export function googleError(code: number, message: string, status = canonical[code] ?? 'UNKNOWN'): GoogleError {
  return { status: code, body: { error: { code, message, status } } };
}

export function oauthError(code: number, error: string, description: string): GoogleError {
  return { status: code, body: { error, error_description: description } };
}

/** Thrown by a handler to answer with a Google error. */
export class ApiError extends Error {
  constructor(readonly answer: GoogleError) {
    super(JSON.stringify(answer.body));
  }
}

export const missingCredential =
  'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.';
export const invalidCredential =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.';
