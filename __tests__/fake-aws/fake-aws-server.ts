/**
 * A fake AWS endpoint for tests: a real HTTP server on 127.0.0.1 that speaks the wire protocols of IAM and STS
 * (AWS query protocol, XML) and AWS Organizations (JSON 1.1), so the real AWS SDK v3 clients, with their real
 * pagination and retries, can be pointed at it (`endpoint: fake.endpoint`, or `AWS_ENDPOINT_URL` for a child
 * process). It serves a {@link RawFullSnapshot}: each account's authorization details and the organization.
 *
 * Which account a request is for comes from the SigV4 `Authorization` header (signatures are not verified): the
 * access key id names the account (see {@link fakeCredentials}); keys minted by `sts:AssumeRole` name the account of
 * the role assumed; any other key is the base caller account. The credential scope's service (`iam`,
 * `organizations`, `sts`) selects the service.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RawFullSnapshot } from '../../src/core/inventory/snapshot-format.js';
import { getAccountAuthorizationDetails, listEntitiesForPolicy } from './iam.js';
import { knownAccounts, type Caller, type FakeSettings, type HandlerRequest } from './model.js';
import { handleOrganizations, ORGANIZATIONS_OPERATIONS, type JsonParams } from './organizations.js';
import { simulateCustomPolicy, simulatePrincipalPolicy } from './simulate.js';
import { handleSts, resolveCaller, type Session } from './sts.js';
import {
  AwsError,
  parseQueryBody,
  queryError,
  queryResponse,
  requestId,
  seededRandom,
  type QueryParams,
  type XmlValue,
} from './wire.js';

export { fakeCredentials } from './sts.js';

export interface FaultPlan {
  /**
   * Fraction 0..1 of requests answered with a throttling error (IAM/STS: HTTP 400 `Throttling` "Rate exceeded";
   * Organizations: HTTP 400 `TooManyRequestsException`). Deterministic from `seed`.
   */
  throttleRate?: number;
  /** Fraction 0..1 answered with HTTP 500/503 (`InternalFailure` / `ServiceUnavailable`). */
  serverErrorRate?: number;
  /** Insert empty pages that still carry a NextToken (Organizations) / IsTruncated+Marker with empty lists (IAM). */
  emptyPages?: boolean;
  /**
   * Operations answered with AccessDenied, as `service:Operation`, e.g. 'organizations:ListRoots',
   * 'iam:GetAccountAuthorizationDetails', 'sts:AssumeRole'. Each service's real error shape: IAM `AccessDenied`
   * (403, XML), Organizations `AccessDeniedException` (400, JSON), STS `AccessDenied` (403).
   */
  accessDenied?: string[];
  /** Organizations answers `AWSOrganizationsNotInUseException` to everything. */
  organizationsNotInUse?: boolean;
  seed?: number;
}

export interface FakeAwsOptions {
  snapshot: RawFullSnapshot;
  /** Account of the base credentials (default: snapshot.organization?.managementAccountId, else the first account). */
  callerAccount?: string;
  faults?: FaultPlan;
  /**
   * Page sizes: IAM honours MaxItems but never returns more than this (default 3); Organizations likewise
   * (default 2). Small by default so pagination is always exercised.
   */
  iamPageSize?: number;
  orgPageSize?: number;
}

export interface RecordedCall {
  service: 'iam' | 'organizations' | 'sts';
  operation: string;
  account: string;
  params: Record<string, unknown>;
  status: number;
}

export interface FakeAws {
  /** http://127.0.0.1:PORT — one endpoint for all three services. */
  endpoint: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

type Service = RecordedCall['service'];

const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
const ORG_TARGET_PREFIX = 'AWSOrganizationsV20161128.';
const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

const IAM_OPERATIONS: Record<
  string,
  (req: HandlerRequest<QueryParams>) => Record<string, XmlValue> | Promise<Record<string, XmlValue>>
> = {
  GetAccountAuthorizationDetails: getAccountAuthorizationDetails,
  ListEntitiesForPolicy: listEntitiesForPolicy,
  SimulatePrincipalPolicy: simulatePrincipalPolicy,
  SimulateCustomPolicy: simulateCustomPolicy,
};
const STS_OPERATIONS = new Set(['AssumeRole', 'GetCallerIdentity']);

/** `Credential=AKID/date/region/service/aws4_request` of a SigV4 Authorization header. */
function parseCredential(header: string | undefined): { accessKeyId: string; service: string } | undefined {
  const m = /Credential=([^/,\s]+)\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(header ?? '');
  return m ? { accessKeyId: m[1], service: m[2] } : undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the fake on an ephemeral loopback port. */
export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const { snapshot } = options;
  const faults = options.faults ?? {};
  const settings: FakeSettings = {
    snapshot,
    iamPageSize: options.iamPageSize ?? 3,
    orgPageSize: options.orgPageSize ?? 2,
    emptyPages: faults.emptyPages ?? false,
  };
  const defaultAccount =
    options.callerAccount ?? snapshot.organization?.managementAccountId ?? Object.keys(snapshot.accounts)[0] ?? '';
  const accounts = knownAccounts(snapshot);
  accounts.add(defaultAccount);
  const sessions = new Map<string, Session>();
  const random = seededRandom(faults.seed ?? 1);
  const denied = new Set(faults.accessDenied ?? []);
  const calls: RecordedCall[] = [];

  /** The fault drawn for this request, if any. */
  function drawFault(service: Service): AwsError | undefined {
    const throttle = faults.throttleRate ?? 0;
    const server = faults.serverErrorRate ?? 0;
    if (throttle <= 0 && server <= 0) return undefined;
    const r = random();
    if (r < throttle) {
      return service === 'organizations'
        ? new AwsError(
            400,
            'TooManyRequestsException',
            'You have sent too many requests in too short a period of time. The quota helps protect against denial-of-service attacks. Try again later.',
          )
        : new AwsError(400, 'Throttling', 'Rate exceeded');
    }
    if (r < throttle + server) {
      // Alternate 500 and 503 deterministically from the same draw.
      const unavailable = (r - throttle) / server >= 0.5;
      if (unavailable)
        return new AwsError(503, 'ServiceUnavailable', 'Service is unavailable. Please try again later.');
      return service === 'organizations'
        ? new AwsError(
            500,
            'ServiceException',
            'AWS Organizations can\u2019t complete your request because of an internal service error. Try again later.',
          )
        : new AwsError(500, 'InternalFailure', 'We encountered an internal error. Please try again.');
    }
    return undefined;
  }

  function accessDeniedError(service: Service, operation: string, caller: Caller, params: Record<string, unknown>) {
    if (service === 'organizations') {
      return new AwsError(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
    }
    const resource =
      typeof params.RoleArn === 'string'
        ? params.RoleArn
        : typeof params.PolicySourceArn === 'string'
          ? params.PolicySourceArn
          : '*';
    return new AwsError(
      403,
      'AccessDenied',
      `User: ${caller.arn} is not authorized to perform: ${service}:${operation} on resource: ${resource}`,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = requestId();
    const body = await readBody(req);
    const credential = parseCredential(req.headers.authorization);
    const target = req.headers['x-amz-target'];
    const isJson = typeof target === 'string';
    const service: Service | undefined =
      credential?.service === 'iam' || credential?.service === 'sts' || credential?.service === 'organizations'
        ? credential.service
        : undefined;

    let operation = '';
    let params: Record<string, unknown> = {};
    let account = '';
    const send = (status: number, contentType: string, text: string, extraHeaders: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': contentType,
        'content-length': Buffer.byteLength(text),
        'x-amzn-requestid': id,
        ...extraHeaders,
      });
      res.end(text);
      if (service) calls.push({ service, operation, account, params, status });
    };
    const fail = (error: AwsError) => {
      if (isJson || service === 'organizations') {
        const payload = { __type: error.code, Message: error.message, ...error.fields };
        send(error.status, JSON_CONTENT_TYPE, JSON.stringify(payload), { 'x-amzn-errortype': error.code });
      } else {
        send(error.status, 'text/xml', queryError(error, service === 'sts' ? STS_NAMESPACE : IAM_NAMESPACE, id));
      }
    };

    try {
      if (!credential) {
        throw isJson
          ? new AwsError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token')
          : new AwsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
      }
      if (!service) {
        throw new AwsError(
          400,
          isJson ? 'UnknownOperationException' : 'InvalidAction',
          `The fake AWS endpoint serves iam, organizations and sts; this request is signed for "${credential.service}".`,
        );
      }
      // Operation and parameters.
      if (service === 'organizations') {
        if (typeof target !== 'string' || !target.startsWith(ORG_TARGET_PREFIX)) {
          throw new AwsError(
            400,
            'UnknownOperationException',
            `Organizations requests need X-Amz-Target ${ORG_TARGET_PREFIX}<Operation>.`,
          );
        }
        operation = target.slice(ORG_TARGET_PREFIX.length);
        try {
          const parsed: unknown = body ? JSON.parse(body) : {};
          params = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
        } catch {
          throw new AwsError(400, 'SerializationException', 'The request body is not valid JSON.');
        }
      } else {
        const parsed = parseQueryBody(body);
        operation = parsed.action;
        params = parsed.params;
        const version = service === 'iam' ? '2010-05-08' : '2011-06-15';
        if (parsed.version && parsed.version !== version) {
          throw new AwsError(
            400,
            'InvalidAction',
            `Could not find operation ${operation} for version ${parsed.version}`,
          );
        }
      }

      // Caller.
      const caller = resolveCaller(credential.accessKeyId, sessions, defaultAccount);
      account = caller.account;
      if (!accounts.has(caller.account)) {
        throw service === 'organizations'
          ? new AwsError(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.')
          : new AwsError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
      }

      // Unknown operations are loud, before any fault.
      const implemented =
        service === 'iam'
          ? operation in IAM_OPERATIONS
          : service === 'sts'
            ? STS_OPERATIONS.has(operation)
            : ORGANIZATIONS_OPERATIONS.has(operation);
      if (!implemented) {
        throw new AwsError(
          400,
          service === 'organizations' ? 'UnknownOperationException' : 'InvalidAction',
          `The fake AWS endpoint does not implement ${service}:${operation || '(no Action)'}. Add it to __tests__/fake-aws.`,
        );
      }

      const fault = drawFault(service);
      if (fault) throw fault;
      if (service === 'organizations' && faults.organizationsNotInUse) {
        throw new AwsError(
          400,
          'AWSOrganizationsNotInUseException',
          'Your account is not a member of an organization.',
        );
      }
      if (denied.has(`${service}:${operation}`)) throw accessDeniedError(service, operation, caller, params);

      if (service === 'organizations') {
        const result = handleOrganizations({ operation, params: params as JsonParams, caller, settings });
        send(200, JSON_CONTENT_TYPE, JSON.stringify(result));
        return;
      }
      const request: HandlerRequest<QueryParams> = { operation, params: params as QueryParams, caller, settings };
      const result = service === 'iam' ? await IAM_OPERATIONS[operation](request) : handleSts(request, sessions);
      send(200, 'text/xml', queryResponse(operation, service === 'iam' ? IAM_NAMESPACE : STS_NAMESPACE, result, id));
    } catch (error) {
      if (error instanceof AwsError) fail(error);
      else {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        fail(
          new AwsError(
            500,
            service === 'organizations' ? 'ServiceException' : 'InternalFailure',
            `Fake AWS bug: ${message}`,
          ),
        );
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
