/**
 * Helpers for the AWS adapter tests: a retry strategy without production back-off, an HTTP proxy that measures
 * requests in flight, and the normalisation that makes a snapshot read back from the fake comparable with the
 * snapshot it served.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AwsRetryStrategy } from '../../../src/adapters/aws/aws-client-factory.js';

type RetryStrategyV2 = Extract<AwsRetryStrategy, { acquireInitialRetryToken: unknown }>;
type RetryToken = Awaited<ReturnType<RetryStrategyV2['acquireInitialRetryToken']>>;

/**
 * Retries what the SDK's standard strategy retries (throttling, transient and server errors) up to `maxAttempts`
 * attempts, waiting 1 ms instead of the production back-off (500 ms and more for throttling), so fault-injection
 * tests stay fast while exercising the SDK's real retry middleware.
 */
export function fastRetryStrategy(maxAttempts = 20): AwsRetryStrategy {
  const token = (count: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => 1 });
  const strategy: RetryStrategyV2 = {
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (previous, info) => {
      const next = previous.getRetryCount() + 1;
      if (next >= maxAttempts || info.errorType === 'CLIENT_ERROR') throw info.error ?? new Error('not retried');
      return token(next);
    },
    recordSuccess: () => undefined,
  };
  return strategy;
}

/** A loopback proxy in front of `target` that records the most requests it ever had in flight at once. */
export async function startInFlightProxy(target: string): Promise<{
  endpoint: string;
  maxInFlight: () => number;
  requests: () => number;
  close: () => Promise<void>;
}> {
  const upstream = new URL(target);
  let inFlight = 0;
  let max = 0;
  let total = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    total++;
    max = Math.max(max, inFlight);
    let done = false;
    const finish = () => {
      if (!done) inFlight--;
      done = true;
    };
    const forward = request(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', finish);
      },
    );
    forward.on('error', (error) => {
      finish();
      res.writeHead(502).end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    maxInFlight: () => max,
    requests: () => total,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const DOCUMENT_KEYS = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'Document', 'Content']);
const DATE_KEYS = new Set(['CreateDate', 'UpdateDate', 'LastUsedDate', 'PasswordLastUsed']);

/**
 * A snapshot part in a comparable form: documents parsed (a fixture may hold JSON text, URL-encoded text or
 * objects), dates as ISO instants (`2023-03-09 10:41:45+00:00` and `2023-03-09T10:41:45.000Z` are the same time),
 * members that are null dropped (a CLI export may write `null` where the API omits the member), and the
 * organization's lists sorted by id.
 */
export function comparable(value: unknown, key = ''): unknown {
  if (DOCUMENT_KEYS.has(key) && typeof value === 'string') {
    return comparable(JSON.parse(value.trimStart().startsWith('{') ? value : decodeURIComponent(value)));
  }
  if (DATE_KEYS.has(key) && typeof value === 'string') return new Date(value).toISOString();
  if (Array.isArray(value)) {
    const items = value.map((v) => comparable(v));
    if (key === 'Targets') return [...(items as string[])].sort();
    if (['policies', 'accounts', 'organizationalUnits', 'roots'].includes(key)) {
      return [...(items as { Id: string }[])].sort((a, b) => a.Id.localeCompare(b.Id));
    }
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, comparable(v, k)]),
    );
  }
  return value;
}
