import { afterEach, describe, expect, it } from '@jest/globals';
import { DescribeOrganizationCommand } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import {
  AwsClientFactory,
  DEFAULT_MAX_ATTEMPTS,
  defaultRegion,
  memberRoleArn,
  organizationsRegion,
} from '../../../src/adapters/aws/aws-client-factory.js';
import { readLiveSnapshot } from '../../../src/adapters/aws/live-snapshot-reader.js';
import { UserError } from '../../../src/core/errors.js';
import type { RawFullSnapshot } from '../../../src/core/inventory/snapshot-format.js';
import { fakeCredentials, startFakeAws, type FakeAws } from '../../fake-aws/fake-aws-server.js';
import { MANAGEMENT_ACCOUNT, SHARED_ACCOUNT } from '../../fake-aws/fixtures.js';
import { fastRetryStrategy } from './aws-test-support.js';

/** Runs `body` with environment variables set (or removed, for undefined) and restores them afterwards. */
async function withEnv<T>(vars: Record<string, string | undefined>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    return await body();
  } finally {
    apply(saved);
  }
}

// Every variable the SDK's default credential chain and endpoint resolution read, unset: tests then see only what
// they set themselves, and the chain never reaches for the EC2 metadata service (which is not loopback).
const CLEAN_ENV: Record<string, string | undefined> = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
  AWS_DEFAULT_PROFILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
  AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
  AWS_CONTAINER_AUTHORIZATION_TOKEN: undefined,
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/iam-impact-test/credentials',
  AWS_CONFIG_FILE: '/nonexistent/iam-impact-test/config',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ENDPOINT_URL: undefined,
  AWS_ENDPOINT_URL_IAM: undefined,
  AWS_ENDPOINT_URL_ORGANIZATIONS: undefined,
  AWS_ENDPOINT_URL_STS: undefined,
  AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined,
  AWS_REGION: undefined,
  AWS_DEFAULT_REGION: undefined,
};

const snapshot: RawFullSnapshot = {
  format: 'iam-impact-snapshot',
  version: 1,
  accounts: {
    [MANAGEMENT_ACCOUNT]: { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] },
    [SHARED_ACCOUNT]: { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] },
  },
};

describe('AwsClientFactory configuration', () => {
  it('defaults to adaptive retries, 10 attempts and the region from the environment', async () => {
    await withEnv({ ...CLEAN_ENV, AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-central-1' }, async () => {
      const factory = new AwsClientFactory();
      const iam = factory.iam();
      expect(await iam.config.region()).toBe('eu-west-1');
      expect(await iam.config.maxAttempts()).toBe(DEFAULT_MAX_ATTEMPTS);
      expect(DEFAULT_MAX_ATTEMPTS).toBe(10);
      // The SDK's own AdaptiveRetryStrategy (its `mode` is not part of the public strategy type).
      expect(await iam.config.retryStrategy()).toHaveProperty('mode', 'adaptive');
      expect(await factory.organizations().config.region()).toBe('us-east-1');
      expect(await factory.sts().config.region()).toBe('eu-west-1');
      expect(factory.sts()).toBe(factory.sts());
    });
    expect(defaultRegion({ AWS_DEFAULT_REGION: 'ap-south-1' })).toBe('ap-south-1');
    expect(defaultRegion({})).toBe('us-east-1');
  });

  it('keeps Organizations in the partition of the configured region', () => {
    expect(organizationsRegion('eu-west-1')).toBe('us-east-1');
    expect(organizationsRegion('us-gov-east-1')).toBe('us-gov-east-1');
    expect(organizationsRegion('cn-north-1')).toBe('cn-north-1');
  });

  it('builds member role ARNs with paths and partitions', () => {
    expect(memberRoleArn('123456789012', 'Reader')).toBe('arn:aws:iam::123456789012:role/Reader');
    expect(memberRoleArn('123456789012', '/iam-impact/Reader', 'aws-us-gov')).toBe(
      'arn:aws-us-gov:iam::123456789012:role/iam-impact/Reader',
    );
  });
});

describe('AwsClientFactory against the fake AWS endpoint', () => {
  let aws: FakeAws | undefined;
  afterEach(async () => {
    await aws?.close();
    aws = undefined;
  });

  it('uses the standard credential chain and AWS_ENDPOINT_URL when neither is given', async () => {
    aws = await startFakeAws({ snapshot, callerAccount: MANAGEMENT_ACCOUNT });
    const keys = fakeCredentials(SHARED_ACCOUNT);
    const env = {
      ...CLEAN_ENV,
      AWS_ENDPOINT_URL: aws.endpoint,
      AWS_ACCESS_KEY_ID: keys.accessKeyId,
      AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    };
    const { result, organizationsError } = await withEnv(env, async () => ({
      result: await readLiveSnapshot({ clients: { retryStrategy: fastRetryStrategy() }, includeOrganization: false }),
      // This snapshot has no organization, so the fake answers NotInUse: proof that Organizations reached it too.
      organizationsError: await new AwsClientFactory({ retryStrategy: fastRetryStrategy(2) })
        .organizations()
        .send(new DescribeOrganizationCommand({}))
        .catch((error: unknown) => error),
    }));
    // The environment's keys (account 444455556666) were used, not the fake's default caller.
    expect(Object.keys(result.snapshot.accounts)).toEqual([SHARED_ACCOUNT]);
    expect(organizationsError).toMatchObject({ name: 'AWSOrganizationsNotInUseException' });
    expect(aws.calls.map((c) => `${c.service}:${c.operation}`)).toEqual([
      'sts:GetCallerIdentity',
      'iam:GetAccountAuthorizationDetails',
      'organizations:DescribeOrganization',
    ]);
  });

  it('prefers the service-specific AWS_ENDPOINT_URL_<SERVICE> variables', async () => {
    aws = await startFakeAws({ snapshot: { ...snapshot, organization: undefined }, callerAccount: MANAGEMENT_ACCOUNT });
    const endpoint = aws.endpoint;
    const env = {
      ...CLEAN_ENV,
      // Nothing listens on port 9: a client that used the generic variable would fail.
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ENDPOINT_URL_IAM: endpoint,
      AWS_ENDPOINT_URL_STS: endpoint,
      AWS_ENDPOINT_URL_ORGANIZATIONS: endpoint,
    };
    const factory = new AwsClientFactory({
      credentials: fakeCredentials(MANAGEMENT_ACCOUNT),
      retryStrategy: fastRetryStrategy(2),
    });
    // Organizations answers (NotInUse for this snapshot), which proves the request reached the fake.
    await withEnv(env, async () => {
      await expect(readLiveSnapshot({ clients: factory })).rejects.toThrow(
        'SCPs not read: organizations:DescribeOrganization failed because the account is not in an organization',
      );
      const identity = await factory.sts().send(new GetCallerIdentityCommand({}));
      expect(identity.Account).toBe(MANAGEMENT_ACCOUNT);
    });
    expect(new Set(aws.calls.map((c) => c.service))).toEqual(new Set(['sts', 'organizations']));
  });

  it('says how to configure credentials when the chain finds none', async () => {
    aws = await startFakeAws({ snapshot });
    const endpoint = aws.endpoint;
    const read = withEnv(CLEAN_ENV, () =>
      readLiveSnapshot({ clients: { endpoint, retryStrategy: fastRetryStrategy() }, includeOrganization: false }),
    );
    await expect(read).rejects.toBeInstanceOf(UserError);
    await expect(read).rejects.toThrow(
      /^No AWS credentials for sts:GetCallerIdentity \(.+\)\. Configure AWS credentials/,
    );
    await expect(read).rejects.toThrow(/aws-actions\/configure-aws-credentials .*id-token: write.*--inventory/);
    expect(aws.calls).toEqual([]);
  });
});
