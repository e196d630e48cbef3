// Failures injected on demand, with the status, headers and bodies GitHub sends for them, so the
// action's retry and rate-limit handling meets the real signals.

export interface FaultSpec {
  method?: string;
  /** The concrete path, the documented template (`/repos/{owner}/{repo}/check-runs`) or a RegExp on the path. */
  path?: string | RegExp;
  status: 500 | 502 | 503 | 429 | 403;
  /** How many matching requests fail; 1 by default. */
  times?: number;
  /** Seconds for the `retry-after` header. */
  retryAfter?: number;
  /** A secondary ("abuse") limit rather than the primary hourly limit. */
  secondaryRateLimit?: boolean;
}

export interface ServedFault {
  method: string;
  path: string;
  status: number;
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

export class FaultInjector {
  #pending: Array<FaultSpec & { left: number }> = [];
  readonly served: ServedFault[] = [];

  add(spec: FaultSpec): void {
    this.#pending.push({ ...spec, left: spec.times ?? 1 });
  }

  /** Consumes one matching fault, if any, and describes the response to send. */
  take(request: { method: string; path: string; template?: string; requestId: string; limit: number; used: number }): FaultResponse | undefined {
    const fault = this.#pending.find((f) => f.left > 0 && matches(f, request));
    if (!fault) return undefined;
    fault.left -= 1;
    this.#pending = this.#pending.filter((f) => f.left > 0);
    this.served.push({ method: request.method, path: request.path, status: fault.status });
    return respond(fault, request);
  }
}

function matches(fault: FaultSpec, request: { method: string; path: string; template?: string }): boolean {
  if (fault.method && fault.method.toUpperCase() !== request.method) return false;
  if (fault.path === undefined) return true;
  if (fault.path instanceof RegExp) return fault.path.test(request.path);
  return fault.path === request.path || fault.path === request.template;
}

function respond(fault: FaultSpec, request: { requestId: string; limit: number; used: number }): FaultResponse {
  const reset = Math.ceil(Date.now() / 1000) + (fault.retryAfter ?? 60);
  if (fault.secondaryRateLimit) {
    return {
      status: fault.status,
      // A secondary limit leaves the primary quota as it was; retry-after is what tells it apart.
      headers: {
        'retry-after': String(fault.retryAfter ?? 60),
        'x-ratelimit-remaining': String(Math.max(0, request.limit - request.used)),
        'x-ratelimit-reset': String(reset),
      },
      body: {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${request.requestId}.`,
        documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
        status: String(fault.status),
      },
    };
  }
  if (fault.status === 429 || fault.status === 403) {
    // GitHub answers an exhausted primary limit with 403 or 429, remaining 0 and the reset time.
    return {
      status: fault.status,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': String(request.limit),
        'x-ratelimit-reset': String(reset),
        ...(fault.retryAfter !== undefined && { 'retry-after': String(fault.retryAfter) }),
      },
      body: {
        message:
          'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID ' + request.requestId + '.',
        documentation_url: `${RATE_LIMIT_DOCS}#about-primary-rate-limits`,
        status: String(fault.status),
      },
    };
  }
  const messages: Record<number, string> = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };
  return {
    status: fault.status,
    headers: fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
    body: { message: messages[fault.status] ?? 'Server Error' },
  };
}
