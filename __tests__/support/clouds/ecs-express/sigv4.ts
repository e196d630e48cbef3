/**
 * AWS Signature Version 4, checked the way AWS checks it: rebuild the canonical request from what
 * arrived, sign it with the secret key the access key id names, and compare. Written from AWS's
 * published algorithm (canonical request → string to sign → derived signing key), not from a signer,
 * so a client's signing mistake cannot be repeated here and pass.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials: the request must carry it as X-Amz-Security-Token. */
  sessionToken?: string;
}

export interface SignedRequest {
  method: string;
  /** The request target as received: path and query, still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface SignatureScope {
  region: string;
  service: string;
  now?: Date;
}

/** Why AWS would refuse the request, as its error type and message; undefined when the signature holds. */
export interface SignatureRefusal {
  type: 'MissingAuthenticationTokenException' | 'IncompleteSignatureException' | 'InvalidSignatureException' | 'UnrecognizedClientException';
  message: string;
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
/** AWS refuses a request signed more than 15 minutes away from its own clock. */
const CLOCK_SKEW_MS = 15 * 60_000;

export function verifySignature(request: SignedRequest, credentials: AwsCredentials, scope: SignatureScope): SignatureRefusal | undefined {
  const authorization = header(request.headers, 'authorization');
  if (!authorization) return { type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
  const parts = AUTHORIZATION.exec(authorization);
  if (!parts)
    return {
      type: 'IncompleteSignatureException',
      message: `Authorization header requires Credential, SignedHeaders and Signature: ${authorization.slice(0, 80)}`,
    };
  const [, credential, signedHeaderList, signature] = parts as unknown as [string, string, string, string];
  const [accessKeyId, date, region, service, terminator, ...rest] = credential.split('/');
  if (rest.length > 0 || terminator !== 'aws4_request') return { type: 'IncompleteSignatureException', message: `Credential is malformed: ${credential}` };
  if (accessKeyId !== credentials.accessKeyId)
    return { type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };

  const amzDate = header(request.headers, 'x-amz-date');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate))
    return { type: 'IncompleteSignatureException', message: 'X-Amz-Date is missing or not in the basic ISO 8601 form' };
  const signedAt = Date.parse(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  if (Math.abs((scope.now ?? new Date()).getTime() - signedAt) > CLOCK_SKEW_MS)
    return { type: 'InvalidSignatureException', message: `Signature expired: ${amzDate}` };
  if (date !== amzDate.slice(0, 8)) return { type: 'InvalidSignatureException', message: `Credential should be scoped to a valid date, not ${date}` };
  if (region !== scope.region) return { type: 'InvalidSignatureException', message: `Credential should be scoped to a valid region, not '${region}'` };
  if (service !== scope.service) return { type: 'InvalidSignatureException', message: `Credential should be scoped to correct service: '${scope.service}'` };

  const signedHeaders = signedHeaderList.split(';');
  for (const required of ['host', 'x-amz-date']) {
    if (!signedHeaders.includes(required)) return { type: 'InvalidSignatureException', message: `'${required}' must be a signed header` };
  }
  if (credentials.sessionToken !== undefined) {
    if (header(request.headers, 'x-amz-security-token') !== credentials.sessionToken) {
      return { type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
    }
    if (!signedHeaders.includes('x-amz-security-token'))
      return { type: 'InvalidSignatureException', message: "'x-amz-security-token' must be a signed header" };
  }
  const payloadHash = sha256(request.body);
  const claimedHash = header(request.headers, 'x-amz-content-sha256');
  if (claimedHash !== undefined && claimedHash !== payloadHash)
    return { type: 'InvalidSignatureException', message: 'The provided x-amz-content-sha256 header does not match what was computed.' };

  const expected = signatureOf({ ...request, signedHeaders, payloadHash, amzDate, region, service, secretAccessKey: credentials.secretAccessKey });
  if (!timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(signature, 'hex'))) {
    return {
      type: 'InvalidSignatureException',
      message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    };
  }
  return undefined;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** RFC 3986 encoding: everything but unreserved characters, as AWS requires. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Every service but S3 normalises the path and encodes each segment of it as sent, so a segment
 * that arrived percent-encoded is encoded twice.
 */
function canonicalPath(url: string): string {
  const segments: string[] = [];
  for (const segment of (url.split('?')[0] ?? '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(encode(segment));
  }
  const trailing = segments.length > 0 && url.split('?')[0]!.endsWith('/') ? '/' : '';
  return `/${segments.join('/')}${trailing}`;
}

function canonicalQuery(url: string): string {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [key = '', value = ''] = pair.split(/=(.*)/s);
      return [encode(decode(key)), encode(decode(value))] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

interface SignatureInput {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  signedHeaders: readonly string[];
  payloadHash: string;
  amzDate: string;
  region: string;
  service: string;
  secretAccessKey: string;
}

/** Canonical request → string to sign → signing key derived from the secret, date, region and service → hex signature. */
function signatureOf(input: SignatureInput): string {
  const canonicalRequest = [
    input.method,
    canonicalPath(input.url),
    canonicalQuery(input.url),
    ...input.signedHeaders.map((name) => `${name}:${(header(input.headers, name) ?? '').trim().replace(/\s+/g, ' ')}`),
    '',
    input.signedHeaders.join(';'),
    input.payloadHash,
  ].join('\n');
  const date = input.amzDate.slice(0, 8);
  const credentialScope = `${date}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, credentialScope, sha256(canonicalRequest)].join('\n');
  const signingKey = [date, input.region, input.service, 'aws4_request'].reduce(
    (key: Buffer, part) => hmac(key, part),
    Buffer.from(`AWS4${input.secretAccessKey}`),
  );
  return createHmac('sha256', signingKey).update(stringToSign).digest('hex');
}

/** The headers a client adds to sign a request, for the tests' own direct calls. */
export function signForTest(
  request: { method: string; url: string; headers: Record<string, string>; body: string },
  credentials: AwsCredentials,
  scope: SignatureScope,
): Record<string, string> {
  const amzDate = (scope.now ?? new Date()).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const headers: Record<string, string> = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  headers['x-amz-date'] = amzDate;
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const signedHeaders = Object.keys(headers).sort();
  const signature = signatureOf({
    ...request,
    headers,
    signedHeaders,
    payloadHash: sha256(request.body),
    amzDate,
    region: scope.region,
    service: scope.service,
    secretAccessKey: credentials.secretAccessKey,
  });
  const credential = `${credentials.accessKeyId}/${amzDate.slice(0, 8)}/${scope.region}/${scope.service}/aws4_request`;
  return { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}` };
}
