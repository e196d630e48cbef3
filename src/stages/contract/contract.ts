/**
 * The contract stage: wait until the URL answers, run the collection's contract tests with Newman,
 * and report per operation (JSON and JUnit files when asked). Planning is pure (planRun); reading
 * files, the network and writing results are at the edges.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.ts';
import { BASE_URL_VARIABLE } from '../collection/request-data.ts';
import { requestsOf, type PostmanCollection, type PostmanEnvironment } from '../../postman/postman-types.ts';
import { credentialVariablesIn, planCredentials, type CredentialPlan } from './credentials.ts';
import { junitXml } from './junit.ts';
import { runNewman } from './newman-run.ts';
import { waitUntilReady, type Readiness } from './readiness.ts';
import { resultsFrom, type ContractReport } from './results.ts';
import { scopeCollection, type LeftOut } from './scope.ts';
import type { ContractScope } from '../../config.ts';

export interface ContractOptions {
  /** The collection file (with contract tests) to run. */
  collection: string;
  /** The server under test. */
  url: string;
  /** An environment file whose values are used first (baseUrl and credentials are then set from the options). */
  environment?: string;
  /** Credential per security scheme name; `user:password` for HTTP basic. */
  credentials?: Record<string, string>;
  /** Path polled until the server answers; by default the first documented GET that needs no parameters. */
  readinessPath?: string;
  /** The build the server must report (X-Build-Id) before the tests run. */
  expectBuild?: string;
  /** Overall readiness deadline (ms); 0 skips the wait. */
  readinessTimeoutMs?: number;
  requestTimeoutMs?: number;
  insecure?: boolean;
  junitFile?: string;
  jsonFile?: string;
  /** Which operations are sent; all of them when absent. */
  scope?: ContractScope;
  /** Sent with every request and probe, and masked like credentials: a platform's token for a private deployment. */
  headers?: Readonly<Record<string, string>>;
}

export interface ContractRun {
  report: ContractReport;
  readiness?: Readiness;
  /** Schemes run with the placeholder credential. */
  placeholders: string[];
  /** Files written. */
  files: string[];
  /** Operations the scope left out of the run, with why. */
  leftOut: LeftOut[];
}

export interface RunPlan {
  values: Record<string, string>;
  credentials: CredentialPlan;
  readinessPath: string;
}

export function planRun(
  collection: PostmanCollection,
  environment: PostmanEnvironment | undefined,
  options: Pick<ContractOptions, 'url' | 'credentials' | 'readinessPath'>,
): RunPlan {
  const credentials = planCredentials(credentialVariablesIn(collection), options.credentials ?? {});
  const fromFile = Object.fromEntries((environment?.values ?? []).filter((v) => v.enabled !== false && v.value !== '').map((v) => [v.key, v.value]));
  return {
    values: { ...fromFile, ...credentials.values, [BASE_URL_VARIABLE]: options.url.replace(/\/+$/, '') },
    credentials,
    readinessPath: options.readinessPath ?? readinessPathOf(collection),
  };
}

/** A GET that needs nothing: no path variables, no required query, no auth. `/` when there is none. */
export function readinessPathOf(collection: PostmanCollection): string {
  for (const { item } of requestsOf(collection.item)) {
    const r = item.request;
    if (r.method !== 'GET' || (r.auth && r.auth.type !== 'noauth')) continue;
    if (r.url.path.some((segment) => segment.startsWith(':') || segment.includes('{{'))) continue;
    if ((r.url.query ?? []).some((q) => !q.disabled)) continue;
    return `/${r.url.path.join('/')}`;
  }
  return '/';
}

export async function runContract(options: ContractOptions): Promise<ContractRun> {
  const whole = await readJson<PostmanCollection>(options.collection, 'collection');
  const scoped = options.scope ? scopeCollection(whole, options.scope) : { collection: whole, leftOut: [] };
  const { leftOut } = scoped;
  const collection = withHeaders(scoped.collection, options.headers ?? {});
  const environment = options.environment ? await readJson<PostmanEnvironment>(options.environment, 'environment') : undefined;
  const plan = planRun(collection, environment, options);
  const timeout = options.readinessTimeoutMs ?? 120_000;
  // Confirming the build needs an answer, so an expected build keeps the wait on.
  const wait = timeout > 0 || options.expectBuild !== undefined;
  const readiness = wait
    ? await waitUntilReady(plan.values[BASE_URL_VARIABLE]!, {
        path: plan.readinessPath,
        deadlineMs: timeout || 120_000,
        expectBuild: options.expectBuild,
        ...(options.headers && { headers: { ...options.headers } }),
      })
    : undefined;
  const { executions, durationMs } = await runNewman({
    collection,
    values: plan.values,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    insecure: options.insecure ?? false,
    workingDir: path.dirname(path.resolve(options.collection)),
  });
  const report = resultsFrom(collection, executions, options.url, durationMs, [...plan.credentials.secrets, ...Object.values(options.headers ?? {})]);
  const files: string[] = [];
  if (options.jsonFile) files.push(await write(options.jsonFile, `${JSON.stringify(report, null, 2)}\n`));
  if (options.junitFile) files.push(await write(options.junitFile, junitXml(report)));
  return { report, ...(readiness ? { readiness } : {}), placeholders: plan.credentials.placeholders, files, leftOut };
}

/** Every request with these headers too (in memory only: the collection on disk never holds them). */
function withHeaders(collection: PostmanCollection, headers: Readonly<Record<string, string>>): PostmanCollection {
  const entries = Object.entries(headers);
  if (entries.length === 0) return collection;
  const copy = structuredClone(collection);
  for (const { item } of requestsOf(copy.item)) item.request.header = [...(item.request.header ?? []), ...entries.map(([key, value]) => ({ key, value }))];
  return copy;
}

async function readJson<T>(file: string, what: string): Promise<T> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UserError(`cannot read the ${what} file ${file}`, undefined, `Check the ${what} path.`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UserError(`the ${what} file ${file} is not JSON: ${(error as Error).message}`, { file });
  }
}

async function write(file: string, text: string): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return file;
}
