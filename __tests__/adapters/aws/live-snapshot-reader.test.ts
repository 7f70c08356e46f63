import { afterEach, beforeAll, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AwsClientFactory, type AwsClientConfig } from '../../../src/adapters/aws/aws-client-factory.js';
import { readLiveSnapshot, type LiveSnapshotResult } from '../../../src/adapters/aws/live-snapshot-reader.js';
import { UserError } from '../../../src/core/errors.js';
import type { RawAuthorizationDetails, RawFullSnapshot } from '../../../src/core/inventory/snapshot-format.js';
import { fakeCredentials, startFakeAws, type FakeAws, type FakeAwsOptions } from '../../fake-aws/fake-aws-server.js';
import { buildFixtureSnapshot, MANAGEMENT_ACCOUNT, memberAccountOf, SHARED_ACCOUNT } from '../../fake-aws/fixtures.js';
import { describeWithCorpus } from '../../helpers/corpus.js';
import { comparable, fastRetryStrategy, startInFlightProxy } from './aws-test-support.js';

const MEMBER_ROLE = 'OrganizationAccountAccessRole';

describeWithCorpus('readLiveSnapshot against the fake AWS endpoint', (corpus) => {
  let fixture: RawFullSnapshot;
  let member: string;
  const open: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    const file = join(corpus, 'account-authorization-details', 'cloudsplaining', 'examples__files__example.json');
    const gaad = JSON.parse(await readFile(file, 'utf8')) as RawAuthorizationDetails;
    fixture = buildFixtureSnapshot(gaad);
    member = memberAccountOf(gaad);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });

  async function fake(options: Partial<FakeAwsOptions> = {}): Promise<FakeAws> {
    const server = await startFakeAws({ snapshot: fixture, ...options });
    open.push(server);
    return server;
  }

  function clients(endpoint: string, extra: Partial<AwsClientConfig> = {}): AwsClientConfig {
    return {
      endpoint,
      credentials: fakeCredentials(MANAGEMENT_ACCOUNT),
      retryStrategy: fastRetryStrategy(),
      ...extra,
    };
  }

  function expectSameAsFixture(result: LiveSnapshotResult): void {
    expect(Object.keys(result.snapshot.accounts)).toEqual([MANAGEMENT_ACCOUNT, member, SHARED_ACCOUNT].sort());
    expect(comparable(result.snapshot.accounts)).toEqual(comparable(fixture.accounts));
    expect(comparable(result.snapshot.organization)).toEqual(comparable(fixture.organization));
  }

  it('reads every account and the organization as the fixture holds them, counting the API calls', async () => {
    const aws = await fake();
    const result = await readLiveSnapshot({ clients: clients(aws.endpoint), memberRoleName: MEMBER_ROLE });
    expectSameAsFixture(result);
    expect(result.snapshot.format).toBe('iam-impact-snapshot');
    expect(result.notes).toEqual([]);
    // No faults, so every call the reader counted reached the fake exactly once.
    expect(result.apiCalls).toBe(aws.calls.length);
    expect(aws.calls.every((c) => c.status === 200)).toBe(true);
    // The caller's account is read with the base credentials; the two others through the member role.
    const assumed = aws.calls.filter((c) => c.operation === 'AssumeRole').map((c) => c.params.RoleArn);
    expect(assumed.sort()).toEqual([member, SHARED_ACCOUNT].map((a) => `arn:aws:iam::${a}:role/${MEMBER_ROLE}`).sort());
    expect(new Set(aws.calls.filter((c) => c.operation === 'AssumeRole').map((c) => c.params.RoleSessionName))).toEqual(
      new Set(['iam-impact']),
    );
    // One DescribePolicy per distinct policy, and only SCP/RCP filters.
    const described = aws.calls.filter((c) => c.operation === 'DescribePolicy').map((c) => c.params.PolicyId);
    expect(described.length).toBe(new Set(described).size);
    expect(described.length).toBe(fixture.organization?.policies.length);
    const filters = new Set(
      aws.calls.filter((c) => c.operation === 'ListPoliciesForTarget').map((c) => c.params.Filter),
    );
    expect(filters).toEqual(new Set(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']));
    // Page sizes: the largest each API allows.
    for (const call of aws.calls) {
      if (call.operation === 'GetAccountAuthorizationDetails') expect(call.params.MaxItems).toBe('1000');
      if (call.service === 'organizations' && call.operation.startsWith('List'))
        expect(call.params.MaxResults).toBe(20);
    }
  });

  it('returns the same snapshot through throttling and empty pages', async () => {
    const aws = await fake({ faults: { throttleRate: 0.3, emptyPages: true, seed: 7 } });
    const result = await readLiveSnapshot({ clients: clients(aws.endpoint), memberRoleName: MEMBER_ROLE });
    expectSameAsFixture(result);
    expect(aws.calls.filter((c) => c.status !== 200).length).toBeGreaterThan(10);
    // Retries are not extra API calls in the report.
    expect(result.apiCalls).toBe(aws.calls.filter((c) => c.status === 200).length);
  });

  it('returns the same snapshot through server errors', async () => {
    const aws = await fake({ faults: { serverErrorRate: 0.2, seed: 3 } });
    expectSameAsFixture(await readLiveSnapshot({ clients: clients(aws.endpoint), memberRoleName: MEMBER_ROLE }));
  });

  it('reads only the caller account by default, and nothing else when the organization is off', async () => {
    const aws = await fake();
    const result = await readLiveSnapshot({ clients: clients(aws.endpoint), includeOrganization: false });
    expect(Object.keys(result.snapshot.accounts)).toEqual([MANAGEMENT_ACCOUNT]);
    expect(result.snapshot.organization).toBeUndefined();
    expect(result.notes).toEqual([
      'The organization was not read (include-organization is false): SCPs and RCPs are not evaluated.',
    ]);
    expect(new Set(aws.calls.map((c) => c.service))).toEqual(new Set(['sts', 'iam']));
  });

  it('lists the accounts with ListAccounts when reading all of them without the organization', async () => {
    const aws = await fake();
    const result = await readLiveSnapshot({
      clients: clients(aws.endpoint),
      memberRoleName: MEMBER_ROLE,
      includeOrganization: false,
      accounts: [member],
    });
    expect(Object.keys(result.snapshot.accounts)).toEqual([member]);
    const all = await readLiveSnapshot({
      clients: clients(aws.endpoint),
      memberRoleName: MEMBER_ROLE,
      includeOrganization: false,
      accounts: 'all',
    });
    expect(Object.keys(all.snapshot.accounts)).toEqual([MANAGEMENT_ACCOUNT, member, SHARED_ACCOUNT].sort());
    expect(aws.calls.some((c) => c.operation === 'ListAccounts')).toBe(true);
  });

  it('fails with the SCP UserError, and returns nothing, when ListRoots is denied', async () => {
    const aws = await fake({ faults: { accessDenied: ['organizations:ListRoots'] } });
    const read = readLiveSnapshot({ clients: clients(aws.endpoint), memberRoleName: MEMBER_ROLE });
    await expect(read).rejects.toBeInstanceOf(UserError);
    await expect(read).rejects.toThrow(
      "SCPs not read: organizations:ListRoots was denied (You don't have permissions to access this resource.). " +
        'Run from the management account or a delegated administrator, or supply an org snapshot with --inventory.',
    );
    // Nothing was read after the denial.
    expect(aws.calls.some((c) => c.operation === 'GetAccountAuthorizationDetails')).toBe(false);
  });

  it('says to skip the organization on purpose when the account is not in one', async () => {
    const aws = await fake({ faults: { organizationsNotInUse: true } });
    const read = readLiveSnapshot({ clients: clients(aws.endpoint) });
    await expect(read).rejects.toThrow(
      /SCPs not read: organizations:DescribeOrganization failed because the account is not in an organization/,
    );
    await expect(read).rejects.toThrow(/include-organization: false/);
  });

  it('names the member role ARN when AssumeRole is denied', async () => {
    const aws = await fake({ faults: { accessDenied: ['sts:AssumeRole'] } });
    const read = readLiveSnapshot({
      clients: clients(aws.endpoint),
      memberRoleName: MEMBER_ROLE,
      accounts: [SHARED_ACCOUNT],
    });
    await expect(read).rejects.toBeInstanceOf(UserError);
    await expect(read).rejects.toThrow(
      `sts:AssumeRole on arn:aws:iam::${SHARED_ACCOUNT}:role/${MEMBER_ROLE} was denied (User: ` +
        `arn:aws:iam::${MANAGEMENT_ACCOUNT}:user/fake-aws-caller is not authorized`,
    );
    await expect(read).rejects.toThrow("The member role's trust policy must trust the caller");
  });

  it('names iam:GetAccountAuthorizationDetails and the account when it is denied', async () => {
    const aws = await fake({ faults: { accessDenied: ['iam:GetAccountAuthorizationDetails'] } });
    const read = readLiveSnapshot({ clients: clients(aws.endpoint), includeOrganization: false });
    await expect(read).rejects.toThrow(
      `iam:GetAccountAuthorizationDetails was denied in account ${MANAGEMENT_ACCOUNT}`,
    );
  });

  it('reports throttling that outlasts the retries with the call and the concurrency remedy', async () => {
    const aws = await fake({ faults: { throttleRate: 1 } });
    const read = readLiveSnapshot({ clients: clients(aws.endpoint, { retryStrategy: fastRetryStrategy(3) }) });
    await expect(read).rejects.toThrow('sts:GetCallerIdentity was still throttled after 3 attempts (Rate exceeded).');
    await expect(read).rejects.toMatchObject({ hint: expect.stringContaining('concurrency') });
  });

  it('never has more requests in flight than the concurrency', async () => {
    const aws = await fake();
    for (const concurrency of [1, 2, 3]) {
      const proxy = await startInFlightProxy(aws.endpoint);
      open.push(proxy);
      const result = await readLiveSnapshot({
        clients: clients(proxy.endpoint),
        memberRoleName: MEMBER_ROLE,
        concurrency,
      });
      expectSameAsFixture(result);
      expect(proxy.maxInFlight()).toBeLessThanOrEqual(concurrency);
      expect(proxy.requests()).toBe(result.apiCalls);
    }
  });

  it('uses the parallelism it is given', async () => {
    const aws = await fake();
    const proxy = await startInFlightProxy(aws.endpoint);
    open.push(proxy);
    await readLiveSnapshot({ clients: clients(proxy.endpoint), memberRoleName: MEMBER_ROLE, concurrency: 3 });
    expect(proxy.maxInFlight()).toBeGreaterThan(1);
  });

  it('accepts a client factory and reports only the calls of this read', async () => {
    const aws = await fake();
    const factory = new AwsClientFactory(clients(aws.endpoint));
    const first = await readLiveSnapshot({ clients: factory, includeOrganization: false });
    const second = await readLiveSnapshot({ clients: factory, includeOrganization: false });
    expect(second.apiCalls).toBe(first.apiCalls);
    expect(factory.apiCalls).toBe(first.apiCalls + second.apiCalls);
  });

  it('rejects accounts it cannot read before calling AWS', async () => {
    const aws = await fake();
    await expect(readLiveSnapshot({ clients: clients(aws.endpoint), accounts: ['12345'] })).rejects.toThrow(
      'accounts: not 12-digit AWS account ids: 12345',
    );
    await expect(readLiveSnapshot({ clients: clients(aws.endpoint), concurrency: 0 })).rejects.toThrow(
      'concurrency must be a positive integer',
    );
    await expect(
      readLiveSnapshot({ clients: clients(aws.endpoint), memberRoleName: `arn:aws:iam::${member}:role/x` }),
    ).rejects.toThrow('member role: expected a role name');
    expect(aws.calls).toEqual([]);
    // Another account without a member role: known only after GetCallerIdentity.
    await expect(
      readLiveSnapshot({ clients: clients(aws.endpoint), accounts: [member], includeOrganization: false }),
    ).rejects.toThrow(`needs a member role: ${member}`);
  });
});
