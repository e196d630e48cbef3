/**
 * A local Amazon ECS API for the Express Mode operations, strict about ECS's own description: every
 * request must carry a valid SigV4 signature (re-signed here with the fixed test keys), be a JSON 1.1
 * POST / naming an operation of the model in X-Amz-Target, and have a body that is an instance of
 * the operation's input shape. Anything else is a violation, recorded and answered the way AWS
 * answers it (403 for a signature, 400 with `__type` and `message` for the rest). Its own answers
 * are checked against the output shapes too, so a wrong fake cannot make a wrong client look right.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkShape, ecsModel } from './model.ts';
import { ExpressServices, type Configuration, type ExpressService, type Revision } from './services.ts';
import { verifySignature, type AwsCredentials } from './sigv4.ts';

/** The fixed key pair (temporary, with a session token) the fake accepts; tests hand it to the collection. */
export const testCredentials: Required<AwsCredentials> = {
  accessKeyId: 'ASIAFAKEECSEXPRESS01',
  secretAccessKey: 'fake/Secret+Access/Key0000000000000000000',
  sessionToken: 'FakeSessionToken//for+ecs+express+tests==',
};

export const testAccountId = '123456789012';

export type FaultStatus = 429 | 500 | 502 | 503 | 504;

export interface EcsExpressOptions {
  region?: string;
  credentials?: AwsCredentials;
}

export interface AnsweredCall {
  operation: string;
  status: number;
}

export interface EcsExpressFake {
  /** ECS's API base URL, for `ecsApiUrl`. */
  url: string;
  region: string;
  accountId: string;
  violations: string[];
  /** Every request that named an operation, with the status it got. */
  calls: AnsweredCall[];
  services: ExpressServices;
  /** The revisions (deployments) a service has had, by name. */
  revisionsOf(serviceName: string): Revision[];
  /**
   * The next `times` requests for a matching operation are answered `status`, before anything is
   * applied; `afterApplying` applies the request first, as a platform whose answer was lost.
   */
  failNext(operation: string | RegExp, status: FaultStatus, times?: number, options?: { afterApplying?: boolean }): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: unknown;
}

interface Fault {
  operation: string | RegExp;
  status: FaultStatus;
  left: number;
  afterApplying: boolean;
}

const implemented = new Set(['CreateExpressGatewayService', 'UpdateExpressGatewayService', 'DescribeExpressGatewayService']);

export async function startEcsExpress(options: EcsExpressOptions = {}): Promise<EcsExpressFake> {
  const region = options.region ?? 'us-east-1';
  const credentials = options.credentials ?? testCredentials;
  const model = ecsModel();
  const services = new ExpressServices({ region, accountId: testAccountId, partition: 'aws' });
  const violations: string[] = [];
  const calls: AnsweredCall[] = [];
  let faults: Fault[] = [];

  const takeFault = (operation: string, afterApplying: boolean): Fault | undefined => {
    const fault = faults.find(
      (f) => f.afterApplying === afterApplying && (typeof f.operation === 'string' ? f.operation === operation : f.operation.test(operation)),
    );
    if (fault) {
      fault.left -= 1;
      faults = faults.filter((f) => f.left > 0);
    }
    return fault;
  };

  async function handle(request: http.IncomingMessage, body: Buffer): Promise<Answer & { operation?: string }> {
    const refuse = (status: number, type: string, message: string): Answer => {
      violations.push(`${request.method} ${request.url} ${request.headers['x-amz-target'] ?? ''}: ${type}: ${message}`);
      return error(status, type, message);
    };
    const refusal = verifySignature({ method: request.method ?? '', url: request.url ?? '/', headers: request.headers, body }, credentials, {
      region,
      service: 'ecs',
    });
    if (refusal) return refuse(403, refusal.type, refusal.message);
    if (request.method !== 'POST' || (request.url ?? '/').split('?')[0] !== '/')
      return refuse(404, 'UnknownOperationException', `ECS answers POST / only, not ${request.method} ${request.url}`);
    const mediaType = String(request.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (mediaType !== `application/x-amz-json-${model.metadata.jsonVersion}`)
      return refuse(400, 'SerializationException', `Content-Type must be application/x-amz-json-1.1, not "${mediaType}"`);
    const target = String(request.headers['x-amz-target'] ?? '');
    const [prefix, operationName = ''] = target.split('.');
    const operation = model.operations[operationName];
    if (prefix !== model.metadata.targetPrefix || !operation)
      return refuse(400, 'UnknownOperationException', `X-Amz-Target "${target}" names no ECS operation`);
    if (!implemented.has(operationName)) return refuse(400, 'UnknownOperationException', `the fake does not implement ${operationName}`);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (parseError) {
      return { ...refuse(400, 'SerializationException', `the body is not JSON: ${(parseError as Error).message}`), operation: operationName };
    }
    const problems = checkShape(operation.input!.shape, input);
    if (problems.length > 0) {
      const type = problems.some((p) => p.unreadable) ? 'SerializationException' : 'InvalidParameterException';
      return { ...refuse(400, type, problems.map((p) => p.message).join('; ')), operation: operationName };
    }
    const before = takeFault(operationName, false);
    if (before) return { ...faultAnswer(before.status), operation: operationName };
    const answer = await apply(operationName, input as Record<string, unknown>);
    const after = takeFault(operationName, true);
    if (after) return { ...faultAnswer(after.status), operation: operationName };
    if (answer.status === 200) {
      for (const problem of checkShape(operation.output!.shape, answer.body)) violations.push(`the fake's own ${operationName} answer: ${problem.message}`);
    }
    return { ...answer, operation: operationName };
  }

  async function apply(operation: string, input: Record<string, unknown>): Promise<Answer> {
    if (operation === 'CreateExpressGatewayService') return create(input);
    const service = services.byArn.get(String(input.serviceArn));
    if (operation === 'DescribeExpressGatewayService') {
      if (!service) return error(400, 'ResourceNotFoundException', `The service ${String(input.serviceArn)} was not found.`);
      services.poll(service);
      const include = (input.include as string[] | undefined) ?? [];
      return { status: 200, body: { service: { ...describe(service), ...(include.includes('TAGS') && { tags: [] }) } } };
    }
    if (!service) return error(400, 'ServiceNotFoundException', 'Service not found.');
    if (service.status !== 'ACTIVE') return error(400, 'ServiceNotActiveException', 'Service was not ACTIVE.');
    const { serviceArn: _arn, ...changes } = input;
    if (changes.taskDefinitionArn !== undefined) return error(400, 'InvalidParameterException', 'the fake runs primaryContainer configurations only');
    // Settings the update leaves out keep their values: ECS starts from the newest configuration.
    const base = (services.active(service).at(-1) ?? service.revisions.at(-1)!).configuration;
    const revision = services.update(service, { ...base, ...changes } as Configuration);
    const { activeConfigurations: _active, currentDeployment: _current, infrastructureRoleArn: _role, ...summary } = describe(service);
    return { status: 200, body: { service: { ...summary, targetConfiguration: configurationOf(service, revision) } } };
  }

  async function create(input: Record<string, unknown>): Promise<Answer> {
    const cluster = String(input.cluster ?? 'default')
      .split('/')
      .pop()!;
    const name = String(input.serviceName ?? `express-${randomUUID().slice(0, 8)}`);
    const existing = services.byArn.get(services.serviceArn(cluster, name));
    if (existing?.status === 'ACTIVE') return error(400, 'InvalidParameterException', `Creation of service was not idempotent: ${name} already exists.`);
    if (!input.primaryContainer) return error(400, 'InvalidParameterException', 'primaryContainer or taskDefinitionArn is required.');
    if (input.taskDefinitionArn !== undefined) return error(400, 'InvalidParameterException', 'the fake runs primaryContainer configurations only');
    const role = /^arn:aws:iam::(\d{12}):role\//.exec(String(input.infrastructureRoleArn));
    if (role?.[1] !== testAccountId) return error(400, 'InvalidParameterException', `infrastructureRoleArn must be a role of account ${testAccountId}.`);
    const { serviceName: _name, cluster: _cluster, infrastructureRoleArn, tags: _tags, ...configuration } = input;
    const service = await services.create(cluster, name, String(infrastructureRoleArn), configuration as unknown as Configuration);
    return { status: 200, body: { service: describe(service) } };
  }

  function describe(service: ExpressService): Record<string, unknown> {
    return {
      cluster: service.clusterArn,
      serviceName: service.name,
      serviceArn: service.arn,
      infrastructureRoleArn: service.infrastructureRoleArn,
      status: { statusCode: service.status },
      currentDeployment: service.currentDeployment,
      activeConfigurations: services.active(service).map((revision) => configurationOf(service, revision)),
      createdAt: service.createdAt,
      updatedAt: service.updatedAt,
    };
  }

  /** A revision as ECS reports it: what was configured, with ECS's defaults filled in. */
  function configurationOf(service: ExpressService, revision: Revision): Record<string, unknown> {
    const c = revision.configuration;
    return withoutUndefined({
      serviceRevisionArn: revision.arn,
      executionRoleArn: c.executionRoleArn,
      taskRoleArn: c.taskRoleArn,
      taskDefinitionArn: `arn:aws:ecs:${region}:${testAccountId}:task-definition/${service.name}:${service.revisions.indexOf(revision) + 1}`,
      cpu: c.cpu ?? '256',
      memory: c.memory ?? '512',
      cpuArchitecture: c.cpuArchitecture ?? 'X86_64',
      networkConfiguration: c.networkConfiguration,
      healthCheckPath: c.healthCheckPath ?? '/ping',
      primaryContainer: { ...c.primaryContainer, containerPort: c.primaryContainer.containerPort ?? 80 },
      scalingTarget: c.scalingTarget ?? { minTaskCount: 1, maxTaskCount: 20, autoScalingMetric: 'AVERAGE_CPU', autoScalingTargetValue: 60 },
      ingressPaths: [{ accessType: 'PUBLIC', endpoint: service.router.url }],
      createdAt: revision.createdAt,
    });
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, Buffer.concat(chunks))
        .catch((failure: unknown) => {
          violations.push(`the fake failed: ${(failure as Error).stack ?? String(failure)}`);
          return error(500, 'ServerException', 'the fake failed');
        })
        .then((answer: Answer & { operation?: string }) => {
          if (answer.operation) calls.push({ operation: answer.operation, status: answer.status });
          const type = (answer.body as { __type?: string }).__type;
          response.writeHead(answer.status, {
            'content-type': 'application/x-amz-json-1.1',
            'x-amzn-requestid': randomUUID(),
            ...(type && { 'x-amzn-errortype': type }),
          });
          response.end(JSON.stringify(answer.body));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region,
    accountId: testAccountId,
    violations,
    calls,
    services,
    revisionsOf: (serviceName) => [...services.byArn.values()].filter((s) => s.name === serviceName).flatMap((s) => s.revisions),
    failNext(operation, status, times = 1, faultOptions = {}) {
      faults.push({ operation, status, left: times, afterApplying: faultOptions.afterApplying ?? false });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}

/** An AWS JSON protocol error: the shape's name as `__type`, and its `message` member. */
function error(status: number, type: string, message: string): Answer {
  return { status, body: { __type: type, message } };
}

function faultAnswer(status: FaultStatus): Answer {
  if (status === 429) return error(429, 'ThrottlingException', 'Rate exceeded');
  if (status === 503) return error(503, 'ServiceUnavailableException', 'Service Unavailable');
  return error(status, 'ServerException', 'Internal server error');
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined));
}
