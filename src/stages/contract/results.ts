/**
 * Per-operation results of a contract run, read from Newman's summary: pass or fail, the rules that
 * failed with their messages, the response (status and an excerpt), and the coverage of the
 * documented operations. Pure: the summary and the collection in, a report out.
 */
import { contractInScript } from '../collection/contract-tests.ts';
import { requestsOf, type PostmanCollection } from '../../postman/postman-types.ts';
import { maskSecrets as mask } from '../../text/secrets.ts';

export interface RuleFailure {
  rule: string;
  message: string;
}

export interface OperationResult {
  operation: string;
  /** `GET /books/{id}` */
  label: string;
  request: string;
  outcome: 'passed' | 'failed' | 'not-run';
  failures: RuleFailure[];
  passedRules: string[];
  response?: { status: number; timeMs: number; excerpt: string };
}

export interface ContractReport {
  url: string;
  operations: OperationResult[];
  coverage: { exercised: number; documented: number };
  passed: number;
  failed: number;
  durationMs: number;
}

/** The part of a Newman execution this reads (postman-collection objects, or their JSON). */
export interface ExecutionLike {
  item: { id?: string; name?: string };
  response?: { code?: number; responseTime?: number; stream?: Uint8Array | { type: 'Buffer'; data: number[] }; text?: () => string };
  requestError?: { message?: string } | null;
  assertions?: { assertion: string; skipped?: boolean; error?: { message?: string } | null }[];
  testScript?: { error?: { message?: string } | null }[];
}

const EXCERPT = 500;

export function resultsFrom(
  collection: PostmanCollection,
  executions: readonly ExecutionLike[],
  url: string,
  durationMs: number,
  secrets: readonly string[],
): ContractReport {
  // One result per operation; its negative requests (if any) add their rules to it.
  const byOperation = new Map<string, OperationResult>();
  const byItem = new Map<string, { result: OperationResult; negative: boolean }>();
  for (const { item } of requestsOf(collection.item)) {
    const exec = item.event?.find((e) => e.listen === 'test')?.script.exec;
    const contract = exec && contractInScript(exec);
    if (!contract) continue;
    const negative = contract.invalid !== undefined;
    let result = byOperation.get(contract.operation);
    if (!result) {
      result = { operation: contract.operation, label: contract.label, request: item.name, outcome: 'not-run', failures: [], passedRules: [] };
      byOperation.set(contract.operation, result);
    }
    if (!negative) result.request = item.name;
    byItem.set(item.id, { result, negative });
  }
  const ran = new Set<OperationResult>();
  for (const execution of executions) {
    const found = execution.item.id ? byItem.get(execution.item.id) : undefined;
    if (!found) continue;
    const { result, negative } = found;
    ran.add(result);
    const prefix = `${result.operation} · `;
    if (execution.requestError) result.failures.push({ rule: 'request sent', message: mask(execution.requestError.message ?? 'the request failed', secrets) });
    if (execution.response && (!negative || !result.response)) {
      result.response = {
        status: execution.response.code ?? 0,
        timeMs: execution.response.responseTime ?? 0,
        excerpt: mask(excerptOf(execution.response), secrets),
      };
    }
    for (const a of execution.assertions ?? []) {
      if (a.skipped) continue;
      const rule = a.assertion.startsWith(prefix) ? a.assertion.slice(prefix.length) : a.assertion;
      if (a.error) result.failures.push({ rule, message: mask(a.error.message ?? 'failed', secrets) });
      else result.passedRules.push(rule);
    }
    for (const script of execution.testScript ?? []) {
      if (script.error) result.failures.push({ rule: 'test script ran', message: mask(script.error.message ?? 'the test script failed', secrets) });
    }
    if (!execution.response && !execution.requestError) result.failures.push({ rule: 'request sent', message: 'no response and no error was recorded' });
  }
  const operations = [...byOperation.values()];
  for (const op of operations) if (ran.has(op)) op.outcome = op.failures.length > 0 ? 'failed' : 'passed';
  return {
    url,
    operations,
    coverage: { exercised: operations.filter((o) => o.response).length, documented: operations.length },
    passed: operations.filter((o) => o.outcome === 'passed').length,
    failed: operations.filter((o) => o.outcome !== 'passed').length,
    durationMs,
  };
}

function excerptOf(response: NonNullable<ExecutionLike['response']>): string {
  let text = '';
  if (typeof response.text === 'function') text = response.text();
  else if (response.stream) {
    const bytes = response.stream instanceof Uint8Array ? response.stream : Uint8Array.from(response.stream.data);
    text = new TextDecoder().decode(bytes);
  }
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
