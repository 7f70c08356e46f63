/**
 * Builds the IAM, Organizations and STS clients the live reader uses, all configured the same way: the SDK's standard
 * credential chain unless credentials are given (so `aws-actions/configure-aws-credentials` with OIDC, profiles and
 * instance roles work unchanged), adaptive retries, and the endpoint the SDK resolves, which honours
 * `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_IAM` / `_ORGANIZATIONS` / `_STS` by itself. Every client counts the API
 * calls it sends, for reports.
 */
import { IAMClient, type IAMClientConfig } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { callAws } from './aws-errors.js';

/** Credentials as the SDK takes them: static keys or a provider function. */
export type AwsCredentials = NonNullable<IAMClientConfig['credentials']>;

/** A retry strategy as the SDK takes it. */
export type AwsRetryStrategy = NonNullable<IAMClientConfig['retryStrategy']>;

/** How to build clients. Every field is optional; the defaults are what production wants. */
export interface AwsClientConfig {
  /** The region for IAM and STS. Default: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then `us-east-1`. */
  region?: string;
  /** An explicit endpoint for all three services (tests, emulators). Default: what the SDK resolves. */
  endpoint?: string;
  /** Base credentials. Default: the SDK's standard credential chain. */
  credentials?: AwsCredentials;
  /** Attempts per call, retries included. Default {@link DEFAULT_MAX_ATTEMPTS}. */
  maxAttempts?: number;
  /**
   * Replaces the adaptive retry strategy. Only tests need this (to retry a throttling fake without the production
   * back-off delays).
   */
  retryStrategy?: AwsRetryStrategy;
}

/** Default attempts per call: IAM and Organizations throttle hard, and a full read is thousands of calls. */
export const DEFAULT_MAX_ATTEMPTS = 10;

/** The session name of member-account sessions; it shows in CloudTrail, so it names the tool. */
export const ROLE_SESSION_NAME = 'iam-impact';

/** The region from the environment the way the AWS CLI reads it, else `us-east-1`. */
export function defaultRegion(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}

/**
 * The region for Organizations. It is a global service hosted in `us-east-1` for the commercial partition; in the
 * other partitions (GovCloud, China, ISO) the SDK's endpoint rules pick the partition's home region from any region
 * of that partition, so the configured region is kept there.
 */
export function organizationsRegion(region: string): string {
  return /^(us-gov-|cn-|us-iso|eu-isoe-)/.test(region) ? region : 'us-east-1';
}

/** The ARN of `roleName` (which may carry a path, `path/name`) in `accountId`. */
export function memberRoleArn(accountId: string, roleName: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName.replace(/^\/+/, '')}`;
}

// A generic initialize-step middleware: it fits every client's stack without naming the SDK's internal types.
function countingMiddleware(onCall: () => void) {
  return <A, R>(next: (args: A) => R) =>
    (args: A): R => {
      onCall();
      return next(args);
    };
}

const COUNTER = { step: 'initialize', name: 'iamImpactApiCallCounter' } as const;

/** Builds clients that share one configuration and one API-call counter. */
export class AwsClientFactory {
  /** The region of IAM and STS clients. */
  readonly region: string;
  private readonly config: AwsClientConfig;
  private calls = 0;
  private stsClient?: STSClient;
  private readonly count = countingMiddleware(() => {
    this.calls++;
  });

  constructor(config: AwsClientConfig = {}) {
    this.config = config;
    this.region = config.region ?? defaultRegion();
  }

  /** API calls sent so far by every client this factory built (one per command; retries are not counted). */
  get apiCalls(): number {
    return this.calls;
  }

  private base(region: string, credentials?: AwsCredentials) {
    const { endpoint, maxAttempts, retryStrategy } = this.config;
    const creds = credentials ?? this.config.credentials;
    return {
      region,
      maxAttempts: maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      // Adaptive mode adds client-side rate limiting on top of back-off, which is what a burst of List* calls
      // against per-account quotas needs.
      ...(retryStrategy ? { retryStrategy } : { retryMode: 'adaptive' }),
      // Only set when given: an explicit `endpoint` or `credentials` switches off the SDK's own resolution
      // (environment variables, shared config, the OIDC web-identity provider).
      ...(endpoint ? { endpoint } : {}),
      ...(creds ? { credentials: creds } : {}),
    };
  }

  /** An IAM client; with `credentials` (an assumed member role) instead of the base credentials. */
  iam(credentials?: AwsCredentials): IAMClient {
    const client = new IAMClient(this.base(this.region, credentials));
    client.middlewareStack.add(this.count, COUNTER);
    return client;
  }

  /** An Organizations client (in the partition's home region). */
  organizations(): OrganizationsClient {
    const client = new OrganizationsClient(this.base(organizationsRegion(this.region)));
    client.middlewareStack.add(this.count, COUNTER);
    return client;
  }

  /** The STS client of the base credentials (one per factory). */
  sts(): STSClient {
    if (!this.stsClient) {
      this.stsClient = new STSClient(this.base(this.region));
      this.stsClient.middlewareStack.add(this.count, COUNTER);
    }
    return this.stsClient;
  }

  /**
   * Assumes `roleArn` (in `accountId`) with the base credentials and returns its temporary credentials. They are
   * not refreshed: one account's read takes minutes, well inside the default one-hour session.
   */
  async assumeRole(roleArn: string, accountId: string, callerArn?: string): Promise<AwsCredentials> {
    const out = await callAws({ service: 'sts', operation: 'AssumeRole', account: accountId, roleArn, callerArn }, () =>
      this.sts().send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: ROLE_SESSION_NAME })),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
      // A successful AssumeRole always carries credentials; without them something between us and STS is broken.
      throw new Error(`sts:AssumeRole on ${roleArn} succeeded but returned no credentials`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  }

  /** An IAM client for `accountId` through its member role. */
  async memberIam(accountId: string, roleArn: string, callerArn?: string): Promise<IAMClient> {
    return this.iam(await this.assumeRole(roleArn, accountId, callerArn));
  }
}
