/**
 * How Azure Resource Manager says no: every error is `{"error": {"code", "message"}}` (the
 * description's ErrorResponse), and a throttled or unavailable service answers 429 or 5xx the same
 * way, with Retry-After. Failures injected on demand are answered before anything is applied, so a
 * retried request is the first one the platform acts on.
 */

export interface ArmErrorBody {
  error: { code: string; message: string };
}

export function armError(code: string, message: string): ArmErrorBody {
  return { error: { code, message } };
}

/** An answer the platform refuses with: its status, code and message. */
export class ArmRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type FaultStatus = 429 | 500 | 502 | 503;

/** Which requests a fault answers: any that match every field given. */
export interface FaultMatcher {
  method?: string;
  /** The description's operationId, e.g. ContainerApps_CreateOrUpdate. */
  operationId?: string;
  path?: RegExp;
}

export interface ServedFault {
  method: string;
  path: string;
  status: FaultStatus;
}

const faultAnswers: Record<FaultStatus, { code: string; message: string }> = {
  429: {
    code: 'TooManyRequests',
    message: 'The request is being throttled as the limit has been reached for operation type. Please retry after the time in Retry-After.',
  },
  500: { code: 'InternalServerError', message: 'Encountered internal server error. Diagnostic information: timestamp, MSARM request id.' },
  502: { code: 'BadGateway', message: 'The gateway did not receive a response from the resource provider within the specified time period.' },
  503: { code: 'ServiceUnavailable', message: 'The resource provider is temporarily unavailable. Please retry the request.' },
};

export class Faults {
  private pending: Array<{ matcher: FaultMatcher; status: FaultStatus; left: number }> = [];
  readonly served: ServedFault[] = [];

  add(matcher: FaultMatcher, status: FaultStatus, times: number): void {
    this.pending.push({ matcher, status, left: times });
  }

  /** Consumes the first pending fault matching the request, and says how to answer it. */
  take(request: {
    method: string;
    path: string;
    operationId?: string;
  }): { status: FaultStatus; body: ArmErrorBody; headers: Record<string, string> } | undefined {
    const fault = this.pending.find((f) => f.left > 0 && matches(f.matcher, request));
    if (!fault) return undefined;
    fault.left -= 1;
    this.pending = this.pending.filter((f) => f.left > 0);
    this.served.push({ method: request.method, path: request.path, status: fault.status });
    const answer = faultAnswers[fault.status];
    return { status: fault.status, body: armError(answer.code, answer.message), headers: { 'Retry-After': '1' } };
  }
}

function matches(matcher: FaultMatcher, request: { method: string; path: string; operationId?: string }): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.operationId && matcher.operationId !== request.operationId) return false;
  if (matcher.path && !matcher.path.test(request.path)) return false;
  return true;
}
