/**
 * The fake sign-in: Google's Security Token Service exchanges the runner's OIDC token for a
 * federated token when the audience names the trusted workload identity provider, and IAM
 * Credentials trades that for the service account's access token (or ID token). Tokens minted
 * here are the ones the other APIs accept, beside the test's fixed token.
 */
import { randomBytes } from 'node:crypto';
import { ApiError, googleError, oauthError } from './errors.ts';
import type { Answer, Handler } from './server.ts';

export interface IdentityOptions {
  /** The token every API accepts: what a test gives as accessToken. */
  accessToken: string;
  /** The OIDC token STS accepts as the subject token. */
  oidcToken: string;
  /** projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider> */
  workloadIdentityProvider: string;
  /** The service account that may be impersonated. */
  serviceAccount: string;
}

export class Identity {
  /** Tokens the Cloud Run API accepts. */
  readonly runTokens = new Set<string>();
  /** Tokens IAM Credentials accepts (the federated ones too). */
  readonly iamTokens = new Set<string>();
  /** ID tokens minted, with the audience each was minted for. */
  readonly idTokens: { audience: string; token: string }[] = [];

  constructor(private readonly options: IdentityOptions) {
    this.runTokens.add(options.accessToken);
    this.iamTokens.add(options.accessToken);
  }

  readonly sts: Record<string, Handler> = {
    'sts.token': ({ body }) => {
      const request = body as Record<string, string>;
      const expected: Record<string, string> = {
        grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
        requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
        subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
      };
      for (const [field, value] of Object.entries(expected)) {
        if (request[field] !== value) throw new ApiError(oauthError(400, 'invalid_request', `Invalid value for "${field}": "${request[field] ?? ''}".`));
      }
      if (request.audience !== `//iam.googleapis.com/${this.options.workloadIdentityProvider}`) {
        throw new ApiError(oauthError(400, 'invalid_target', 'The target service indicated by the "audience" parameters is invalid.'));
      }
      if (request.subjectToken !== this.options.oidcToken) throw new ApiError(oauthError(400, 'invalid_grant', 'The subject token could not be verified.'));
      if (!request.scope) throw new ApiError(oauthError(400, 'invalid_scope', 'A scope is required.'));
      const token = `federated.${randomBytes(12).toString('hex')}`;
      this.iamTokens.add(token);
      return ok({ access_token: token, issued_token_type: request.requestedTokenType, token_type: 'Bearer', expires_in: 3600 });
    },
  };

  readonly iamCredentials: Record<string, Handler> = {
    'iamcredentials.projects.serviceAccounts.generateAccessToken': ({ params, body }) => {
      this.impersonable(params);
      const scope = (body as { scope?: string[] }).scope ?? [];
      if (scope.length === 0) throw new ApiError(googleError(400, 'Scope required.'));
      const token = `ya29.fake-${randomBytes(16).toString('hex')}`;
      this.runTokens.add(token);
      this.iamTokens.add(token);
      return ok({ accessToken: token, expireTime: new Date(Date.now() + 3600_000).toISOString() });
    },
    'iamcredentials.projects.serviceAccounts.generateIdToken': ({ params, body }) => {
      this.impersonable(params);
      const audience = (body as { audience?: string }).audience ?? '';
      if (!audience) throw new ApiError(googleError(400, 'Audience required.'));
      const token = `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ aud: audience, email: this.options.serviceAccount })).toString('base64url')}.signature`;
      this.idTokens.push({ audience, token });
      return ok({ token });
    },
  };

  /** Only the configured service account, addressed as projects/-/serviceAccounts/<email>. */
  private impersonable(params: Record<string, string>): void {
    if (params.projectsId !== '-' || params.serviceAccountsId !== this.options.serviceAccount) {
      throw new ApiError(
        googleError(403, `Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist): ${params.serviceAccountsId ?? ''}.`),
      );
    }
  }
}

function ok(body: unknown): Answer {
  return { status: 200, body };
}
