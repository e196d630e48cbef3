/**
 * The contract stage as the pipeline runs it: the collection's contract tests against the URL given,
 * or against the generated project served locally when the caller can serve it (the CLI's demo).
 * Failing operations are located where the spec declares them.
 */
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { ApiModel } from '../../openapi/model/model.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { UserError } from '../../errors.ts';
import { sampleCredentials } from '../../openapi/sample/request.ts';
import { asOutcome, skipped, type StageOutcome } from '../outcome.ts';
import { healthPathOf } from '../fastapi/health-path.ts';
import type { ContractRun } from './contract.ts';

export interface ContractOutcome extends ContractRun {
  /** Failing operations, located where the spec declares them. */
  diagnostics: Diagnostic[];
}

export interface ContractTarget {
  /** The collection with the contract tests, relative to the workspace. */
  collection: string;
  /** An environment file whose values are used first. */
  environment?: string;
  /** The spec's model, to locate failing operations; absent for a collection tested on its own. */
  model?: ApiModel;
  /** The generated project, which may be served locally when no URL is given. */
  projectDir?: string;
  /** Sent with every request and readiness probe: a platform's own credential for a private deployment (secret). */
  headers?: Readonly<Record<string, string>>;
}

/** A server started for the tests and stopped after them. */
export interface LocalServer {
  url: string;
  /** The build id the server was started with, confirmed before its tests run. */
  buildId?: string;
  stop(): Promise<void>;
}

/** Starts the project, accepting exactly these credentials (per security scheme). */
export type ServeLocally = (projectDir: string, credentials: Readonly<Record<string, string>>) => Promise<LocalServer>;

export async function runContractStage(target: ContractTarget, config: Config, serveLocally?: ServeLocally): Promise<StageOutcome<ContractOutcome>> {
  if (config.contract.url || !serveLocally || !target.projectDir) return testAgainst(target, config, config.contract.url);
  let server: LocalServer;
  try {
    // The server accepts what the tests send: the credentials given, the placeholder for the rest.
    const credentials = { ...(target.model ? sampleCredentials(target.model) : {}), ...config.contract.credentials };
    server = await serveLocally(path.resolve(config.workspace, target.projectDir), credentials);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: 'error', error };
  }
  try {
    return await testAgainst(target, config, server.url, server.buildId);
  } finally {
    await server.stop();
  }
}

async function testAgainst(target: ContractTarget, config: Config, url: string | undefined, localBuild?: string): Promise<StageOutcome<ContractOutcome>> {
  if (!url) return skipped('no URL to test: give the deployed server as the url input (--url)');
  const [{ runContract }, { locate }] = await Promise.all([import('./contract.ts'), import('../../openapi/model/model.ts')]);
  const { contract } = config;
  const outcome = await asOutcome(async () => {
    const result = await runContract({
      collection: path.resolve(config.workspace, target.collection),
      environment: target.environment && path.resolve(config.workspace, target.environment),
      url,
      credentials: contract.credentials,
      // The generated server (the one that sends X-Build-Id) is probed on its health path.
      readinessPath: contract.readinessPath ?? (contract.expectBuild !== undefined && target.model ? healthPathOf(target.model) : undefined),
      readinessTimeoutMs: contract.readinessTimeoutMs,
      expectBuild: contract.expectBuild ?? localBuild,
      junitFile: contract.junitFile && path.resolve(config.workspace, contract.junitFile),
      jsonFile: contract.resultsFile && path.resolve(config.workspace, contract.resultsFile),
      scope: contract.scope,
      ...(target.headers && { headers: target.headers }),
    });
    const byId = new Map((target.model?.operations ?? []).map((op) => [op.id, op]));
    const diagnostics = result.report.operations.flatMap((o): Diagnostic[] => {
      const op = byId.get(o.operation);
      if (o.outcome !== 'failed' || !op) return [];
      const rules = o.failures.map((f) => `${f.rule}: ${f.message}`).join('; ');
      return [{ severity: 'error', rule: 'contract', message: `${o.label} (${o.operation}) breaks the contract: ${rules}`, location: locate(op.origin) }];
    });
    return { ...result, diagnostics };
  });
  return outcome.status === 'ok' && outcome.data.report.failed > 0 ? { status: 'failed', data: outcome.data } : outcome;
}
