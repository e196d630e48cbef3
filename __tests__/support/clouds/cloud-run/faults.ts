/**
 * Failures injected on demand, answered before the request changes anything (a throttled or
 * unavailable front end), with the status and error body Google sends for them.
 */
import { googleError, type GoogleError } from './errors.ts';

export interface RequestMatcher {
  /** HTTP method. */
  method?: string;
  /** The discovery method id, e.g. run.projects.locations.services.patch. */
  id?: string;
  /** The request path, exactly or by pattern. */
  path?: string | RegExp;
}

export type FaultStatus = 429 | 500 | 502 | 503;

interface Pending {
  matcher: RequestMatcher;
  status: FaultStatus;
  left: number;
}

export class Faults {
  private pending: Pending[] = [];
  /** The faults answered, in order. */
  readonly served: { id: string; status: number }[] = [];

  add(matcher: RequestMatcher, status: FaultStatus, times: number): void {
    this.pending.push({ matcher, status, left: times });
  }

  /** The fault to answer this request with, if one is pending for it (each is used `times` times). */
  take(request: { method: string; id: string; path: string }): GoogleError | undefined {
    const fault = this.pending.find((f) => f.left > 0 && matches(f.matcher, request));
    if (!fault) return undefined;
    fault.left -= 1;
    this.pending = this.pending.filter((f) => f.left > 0);
    this.served.push({ id: request.id, status: fault.status });
    return faultAnswer(fault.status);
  }
}

function matches(matcher: RequestMatcher, request: { method: string; id: string; path: string }): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.id && matcher.id !== request.id) return false;
  if (matcher.path instanceof RegExp) return matcher.path.test(request.path);
  return matcher.path === undefined || matcher.path === request.path;
}

function faultAnswer(status: FaultStatus): GoogleError {
  switch (status) {
    case 429:
      return googleError(429, "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per region'.");
    case 500:
      return googleError(500, 'Internal error encountered.');
    default:
      return googleError(status, 'The service is currently unavailable.');
  }
}
