// The fake AWS endpoint, driven by the real AWS SDK v3 clients with their real paginators and retries.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetAccountAuthorizationDetailsCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListEntitiesForPolicy,
  paginateSimulateCustomPolicy,
  paginateSimulatePrincipalPolicy,
  type ContextEntry,
  type EvaluationResult,
  type GetAccountAuthorizationDetailsCommandOutput,
  type PolicyIdentifier,
  type SimulatePrincipalPolicyCommandInput,
} from '@aws-sdk/client-iam';
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListRootsCommand,
  OrganizationsClient,
  paginateListAccounts,
  paginateListChildren,
  paginateListParents,
  paginateListPoliciesForTarget,
  paginateListRoots,
  paginateListTargetsForPolicy,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry';
import type { RawAuthorizationDetails, RawFullSnapshot } from '../../src/core/inventory/snapshot-format.js';
import { compilePolicies, evaluate, type PolicyLevel } from '../../src/core/evaluate/evaluate.js';
import type { NamedPolicy } from '../../src/core/evaluate/compile-policy.js';
import { createRequestContext } from '../../src/core/evaluate/request.js';
import { parsePolicyDocument } from '../../src/core/policy/parse-policy.js';
import { describeWithCorpus, root } from '../helpers/corpus.js';
import { fakeCredentials, startFakeAws, type FakeAws, type FakeAwsOptions } from './fake-aws-server.js';
import {
  buildFixtureSnapshot,
  FULL_AWS_ACCESS,
  MANAGEMENT_ACCOUNT,
  ORGANIZATION_ID,
  PLATFORM_OU,
  PROD_OU,
  REQUIRE_MFA,
  ROOT_ID,
  SHARED_ACCOUNT,
} from './fixtures.js';

const run = promisify(execFile);
const MEMBER = '200611803367';
const REGION = 'us-east-1';

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * The SDK's adaptive retry strategy with test-friendly tuning: the real token bucket and cubic rate adjustment, but
 * a floor of 200 requests/s instead of 0.5 and a 5 ms backoff instead of 50 ms (1 s for throttling). With the
 * defaults, the first throttle drops the client to 0.5 requests/s and the throttling test takes minutes.
 */
function fastAdaptiveRetries(): AdaptiveRetryStrategy {
  return new AdaptiveRetryStrategy(8, {
    maxAttempts: 8,
    rateLimiter: new DefaultRateLimiter({ minFillRate: 200 }),
    backoff: { computeNextBackoffDelay: () => 5, setDelayBase: () => undefined },
  });
}

function clients(
  endpoint: string,
  credentials: Credentials = fakeCredentials(MANAGEMENT_ACCOUNT),
  { fastRetries = false } = {},
) {
  const config = { region: REGION, endpoint, credentials, maxAttempts: 8, retryMode: 'adaptive' as const };
  const make = () => (fastRetries ? { ...config, retryStrategy: fastAdaptiveRetries() } : config);
  return { iam: new IAMClient(make()), org: new OrganizationsClient(make()), sts: new STSClient(make()) };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

async function readGaad(iam: IAMClient) {
  const pages = await collect(paginateGetAccountAuthorizationDetails({ client: iam }, {}));
  return {
    pages,
    users: pages.flatMap((p) => p.UserDetailList ?? []),
    groups: pages.flatMap((p) => p.GroupDetailList ?? []),
    roles: pages.flatMap((p) => p.RoleDetailList ?? []),
    policies: pages.flatMap((p) => p.Policies ?? []),
  };
}

async function assumeInto(sts: STSClient, account: string, role = 'OrganizationAccountAccessRole') {
  const out = await sts.send(
    new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/${role}`, RoleSessionName: 'iam-impact' }),
  );
  const c = out.Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken };
}

function decode(document: string | undefined): unknown {
  expect(document).toMatch(/^%7B/);
  return JSON.parse(decodeURIComponent(document!));
}

const mfa = (present: boolean): ContextEntry => ({
  ContextKeyName: 'aws:MultiFactorAuthPresent',
  ContextKeyValues: [String(present)],
  ContextKeyType: 'boolean',
});

async function caught(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describeWithCorpus('fake AWS endpoint with the real AWS SDK', (corpus) => {
  let gaad: RawAuthorizationDetails;
  let snapshot: RawFullSnapshot;
  const started: FakeAws[] = [];

  async function start(options: Partial<FakeAwsOptions> = {}): Promise<FakeAws> {
    const fake = await startFakeAws({ snapshot, ...options });
    started.push(fake);
    return fake;
  }

  beforeAll(() => {
    const file = join(corpus, 'account-authorization-details', 'cloudsplaining', 'examples__files__example.json');
    gaad = JSON.parse(readFileSync(file, 'utf8')) as RawAuthorizationDetails;
    snapshot = buildFixtureSnapshot(gaad);
  });

  afterAll(async () => {
    await Promise.all(started.map((f) => f.close()));
  });

  describe('STS and IAM', () => {
    it('reads the whole GAAD of a member account after AssumeRole, with URL-encoded documents', async () => {
      const fake = await start();
      const base = clients(fake.endpoint);
      const identity = await base.sts.send(new GetCallerIdentityCommand({}));
      expect(identity.Account).toBe(MANAGEMENT_ACCOUNT);

      // The base credentials read the management account.
      const own = await readGaad(base.iam);
      expect(own.users.map((u) => u.UserName)).toEqual(['admin']);

      const member = clients(fake.endpoint, await assumeInto(base.sts, MEMBER));
      const who = await member.sts.send(new GetCallerIdentityCommand({}));
      expect(who).toMatchObject({
        Account: MEMBER,
        Arn: `arn:aws:sts::${MEMBER}:assumed-role/OrganizationAccountAccessRole/iam-impact`,
      });

      const read = await readGaad(member.iam);
      expect([read.users.length, read.groups.length, read.roles.length, read.policies.length]).toEqual([44, 5, 78, 84]);
      expect(read.pages.length).toBe(Math.ceil((44 + 5 + 78 + 84) / 3));
      expect(read.pages.slice(0, -1).every((p) => p.IsTruncated === true && p.Marker)).toBe(true);
      expect(read.pages.at(-1)?.IsTruncated).toBe(false);

      // Every document decodes to the original.
      const byArn = new Map((gaad.Policies ?? []).map((p) => [p.Arn, p]));
      for (const policy of read.policies) {
        const original = byArn.get(policy.Arn!)!;
        expect(policy.PolicyVersionList?.map((v) => decode(v.Document))).toEqual(
          original.PolicyVersionList.map((v) => v.Document),
        );
        expect(policy.PolicyVersionList?.[0].IsDefaultVersion).toBe(original.PolicyVersionList[0].IsDefaultVersion);
        expect(policy.CreateDate).toBeInstanceOf(Date);
        expect(policy.AttachmentCount).toBe(original.AttachmentCount);
      }
      const roles = new Map((gaad.RoleDetailList ?? []).map((r) => [r.RoleName, r]));
      for (const role of read.roles) {
        const original = roles.get(role.RoleName!)!;
        expect(decode(role.AssumeRolePolicyDocument)).toEqual(original.AssumeRolePolicyDocument);
        expect(role.RolePolicyList?.map((p) => decode(p.PolicyDocument))).toEqual(
          (original.RolePolicyList ?? []).map((p) => p.PolicyDocument),
        );
        expect(role.InstanceProfileList?.length).toBe(original.InstanceProfileList?.length ?? 0);
      }
      const biden = read.users.find((u) => u.UserName === 'biden')!;
      expect(biden.GroupList).toEqual(['biden']);
      expect(biden.CreateDate?.toISOString()).toBe('2019-12-18T19:10:08.000Z');
      expect(decode(biden.UserPolicyList?.[0].PolicyDocument)).toEqual(
        gaad.UserDetailList?.find((u) => u.UserName === 'biden')?.UserPolicyList?.[0].PolicyDocument,
      );
      const profiles = read.roles.find((r) => r.RoleName === 'OverprivilegedEC2')?.InstanceProfileList;
      expect(profiles?.[0].Roles?.[0].AssumeRolePolicyDocument).toMatch(/^%7B/);

      // Tags, RoleLastUsed and XML-special characters come through.
      const access = (await readGaad(base.iam)).roles[0];
      expect(access.Tags).toEqual([{ Key: 'owner', Value: 'platform & security <team>' }]);
      expect(access.RoleLastUsed).toEqual({ LastUsedDate: new Date('2024-05-06T07:08:09Z'), Region: 'us-east-1' });

      const accounts = fake.calls.map((c) => `${c.service}:${c.operation}:${c.account}`);
      expect(accounts).toContain(`sts:AssumeRole:${MANAGEMENT_ACCOUNT}`);
      expect(accounts).toContain(`iam:GetAccountAuthorizationDetails:${MEMBER}`);
    });

    it('honours Filter and MaxItems (capped at the page size)', async () => {
      const fake = await start({ iamPageSize: 50 });
      const member = clients(fake.endpoint, await assumeInto(clients(fake.endpoint).sts, MEMBER));
      const out = await member.iam.send(
        new GetAccountAuthorizationDetailsCommand({ Filter: ['AWSManagedPolicy'], MaxItems: 100 }),
      );
      expect(out.Policies).toHaveLength(38);
      expect(out.UserDetailList).toEqual([]);
      expect(out.IsTruncated).toBe(false);
      const small: GetAccountAuthorizationDetailsCommandOutput = await member.iam.send(
        new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Group'], MaxItems: 10 }),
      );
      expect(small.UserDetailList).toHaveLength(10);
      expect(small.IsTruncated).toBe(true);
    });

    it('lists the entities a managed policy is attached to', async () => {
      const fake = await start();
      const member = clients(fake.endpoint, await assumeInto(clients(fake.endpoint).sts, MEMBER));
      const pages = await collect(
        paginateListEntitiesForPolicy(
          { client: member.iam },
          { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        ),
      );
      expect(pages.flatMap((p) => p.PolicyUsers ?? []).map((u) => u.UserName)).toEqual(['obama']);
      expect(pages.flatMap((p) => p.PolicyGroups ?? []).map((g) => g.GroupName)).toEqual(['admin']);
      const badMarker = await caught(
        member.iam.send(new GetAccountAuthorizationDetailsCommand({ Marker: 'not-a-marker' })),
      );
      expect(badMarker.name).toBe('InvalidInputException');
    });

    it('refuses AssumeRole into a role or account that does not exist, as AWS words it', async () => {
      const fake = await start();
      const { sts } = clients(fake.endpoint);
      const error = await caught(
        sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/Nope`, RoleSessionName: 's1' })),
      );
      expect(error.name).toBe('AccessDenied');
      expect(error.message).toBe(
        `User: arn:aws:iam::${MANAGEMENT_ACCOUNT}:user/fake-aws-caller is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${MEMBER}:role/Nope`,
      );
      const other = await caught(
        sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::999999999999:role/Any', RoleSessionName: 's1' })),
      );
      expect(other.name).toBe('AccessDenied');
      expect(fake.calls.filter((c) => c.operation === 'AssumeRole').map((c) => c.status)).toEqual([403, 403]);
    });

    it('maps foreign access keys to the caller account and rejects keys of unknown accounts', async () => {
      const fake = await start({ callerAccount: SHARED_ACCOUNT });
      const foreign = clients(fake.endpoint, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' });
      await expect(foreign.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
        Account: SHARED_ACCOUNT,
      });
      const stranger = clients(fake.endpoint, fakeCredentials('999999999999'));
      const error = await caught(stranger.iam.send(new GetAccountAuthorizationDetailsCommand({})));
      expect(error.name).toBe('InvalidClientTokenId');
      const orgError = await caught(stranger.org.send(new ListRootsCommand({})));
      expect(orgError.name).toBe('UnrecognizedClientException');
    });

    it('answers unimplemented operations loudly', async () => {
      const fake = await start();
      const { iam } = clients(fake.endpoint);
      const { ListUsersCommand } = await import('@aws-sdk/client-iam');
      const error = await caught(iam.send(new ListUsersCommand({})));
      expect(error.name).toBe('InvalidAction');
      expect(error.message).toMatch(/does not implement iam:ListUsers/);
    });
  });

  describe('Organizations', () => {
    it('walks the tree, lists policies for each target and describes their content', async () => {
      const fake = await start();
      const { org } = clients(fake.endpoint);
      const organization = (await org.send(new DescribeOrganizationCommand({}))).Organization!;
      expect(organization).toMatchObject({
        Id: ORGANIZATION_ID,
        MasterAccountId: MANAGEMENT_ACCOUNT,
        FeatureSet: 'ALL',
      });

      const roots = (await collect(paginateListRoots({ client: org }, {}))).flatMap((p) => p.Roots ?? []);
      expect(roots.map((r) => r.Id)).toEqual([ROOT_ID]);
      expect(roots[0].PolicyTypes).toEqual(
        expect.arrayContaining([
          { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' },
          { Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' },
        ]),
      );

      // Breadth-first walk with ListChildren.
      const parentOf = new Map<string, string>();
      const queue = [ROOT_ID];
      const accounts: string[] = [];
      while (queue.length > 0) {
        const parent = queue.shift()!;
        for (const type of ['ORGANIZATIONAL_UNIT', 'ACCOUNT'] as const) {
          const pages = await collect(paginateListChildren({ client: org }, { ParentId: parent, ChildType: type }));
          for (const child of pages.flatMap((p) => p.Children ?? [])) {
            parentOf.set(child.Id!, parent);
            if (type === 'ACCOUNT') accounts.push(child.Id!);
            else queue.push(child.Id!);
          }
        }
      }
      expect(accounts.sort()).toEqual([MANAGEMENT_ACCOUNT, MEMBER, SHARED_ACCOUNT].sort());
      expect(parentOf.get(MEMBER)).toBe(PROD_OU);
      expect(parentOf.get(PROD_OU)).toBe(PLATFORM_OU);

      const parents = (await collect(paginateListParents({ client: org }, { ChildId: MEMBER }))).flatMap(
        (p) => p.Parents ?? [],
      );
      expect(parents).toEqual([{ Id: PROD_OU, Type: 'ORGANIZATIONAL_UNIT' }]);

      const all = (await collect(paginateListAccounts({ client: org }, {}))).flatMap((p) => p.Accounts ?? []);
      expect(all).toHaveLength(3);
      expect(all[0].JoinedTimestamp).toBeInstanceOf(Date);

      // The SCP chain of the member account: root → OUs → account.
      const chain = [ROOT_ID, PLATFORM_OU, PROD_OU, MEMBER];
      const scps: Record<string, string[]> = {};
      for (const target of chain) {
        const pages = await collect(
          paginateListPoliciesForTarget({ client: org }, { TargetId: target, Filter: 'SERVICE_CONTROL_POLICY' }),
        );
        scps[target] = pages.flatMap((p) => p.Policies ?? []).map((p) => p.Name!);
      }
      expect(scps).toEqual({
        [ROOT_ID]: ['FullAWSAccess'],
        [PLATFORM_OU]: ['FullAWSAccess'],
        [PROD_OU]: ['FullAWSAccess', 'RequireMFA'],
        [MEMBER]: ['FullAWSAccess'],
      });
      const rcps = await collect(
        paginateListPoliciesForTarget({ client: org }, { TargetId: ROOT_ID, Filter: 'RESOURCE_CONTROL_POLICY' }),
      );
      expect(rcps.flatMap((p) => p.Policies ?? []).map((p) => p.Name)).toEqual([
        'RCPFullAWSAccess',
        'DenyS3OutsideOrg',
      ]);

      const mfaPolicy = (await org.send(new DescribePolicyCommand({ PolicyId: 'p-requiremfa1' }))).Policy!;
      expect(mfaPolicy.PolicySummary).toMatchObject({
        Name: 'RequireMFA',
        Type: 'SERVICE_CONTROL_POLICY',
        AwsManaged: false,
      });
      expect(JSON.parse(mfaPolicy.Content!)).toEqual(REQUIRE_MFA);
      const full = (await org.send(new DescribePolicyCommand({ PolicyId: 'p-FullAWSAccess' }))).Policy!;
      expect(JSON.parse(full.Content!)).toEqual(FULL_AWS_ACCESS);
      expect(full.PolicySummary?.Arn).toBe('arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess');

      const targets = (
        await collect(paginateListTargetsForPolicy({ client: org }, { PolicyId: 'p-FullAWSAccess' }))
      ).flatMap((p) => p.Targets ?? []);
      expect(targets).toHaveLength(6);

      const missing = await caught(org.send(new DescribePolicyCommand({ PolicyId: 'p-nothere' })));
      expect(missing.name).toBe('PolicyNotFoundException');
    });

    it('denies member accounts, as Organizations does', async () => {
      const fake = await start();
      const member = clients(fake.endpoint, await assumeInto(clients(fake.endpoint).sts, MEMBER));
      const error = await caught(member.org.send(new ListRootsCommand({})));
      expect(error.name).toBe('AccessDeniedException');
      expect(error.message).toBe("You don't have permissions to access this resource.");
      // DescribeOrganization works from any account in the organization.
      const described = await member.org.send(new DescribeOrganizationCommand({}));
      expect(described.Organization?.MasterAccountId).toBe(MANAGEMENT_ACCOUNT);
    });

    it('returns empty pages that still carry a NextToken / Marker', async () => {
      const fake = await start({ faults: { emptyPages: true } });
      const { org, iam } = clients(fake.endpoint);
      const pages = await collect(paginateListChildren({ client: org }, { ParentId: ROOT_ID, ChildType: 'ACCOUNT' }));
      expect(pages.map((p) => (p.Children ?? []).length)).toEqual([0, 1]);
      expect(pages[0].NextToken).toBeTruthy();
      const policies = await collect(
        paginateListPoliciesForTarget({ client: org }, { TargetId: PROD_OU, Filter: 'SERVICE_CONTROL_POLICY' }),
      );
      expect(policies.map((p) => (p.Policies ?? []).length)).toEqual([0, 2]);

      const gaadPages = await collect(paginateGetAccountAuthorizationDetails({ client: iam }, {}));
      expect(gaadPages.map((p) => (p.UserDetailList ?? []).length + (p.RoleDetailList ?? []).length)).toEqual([0, 2]);
      expect(gaadPages[0]).toMatchObject({ IsTruncated: true, UserDetailList: [], RoleDetailList: [] });
    });

    it('answers AWSOrganizationsNotInUseException when told to', async () => {
      const fake = await start({ faults: { organizationsNotInUse: true } });
      const error = await caught(clients(fake.endpoint).org.send(new DescribeOrganizationCommand({})));
      expect(error.name).toBe('AWSOrganizationsNotInUseException');
    });
  });

  describe('faults', () => {
    it('surfaces AccessDenied in each service’s own error shape', async () => {
      const fake = await start({
        faults: {
          accessDenied: ['iam:GetAccountAuthorizationDetails', 'organizations:ListRoots', 'sts:AssumeRole'],
        },
      });
      const { iam, org, sts } = clients(fake.endpoint);
      const iamError = await caught(iam.send(new GetAccountAuthorizationDetailsCommand({})));
      expect(iamError.name).toBe('AccessDenied');
      expect(iamError.$metadata?.httpStatusCode).toBe(403);
      expect(iamError.message).toMatch(/is not authorized to perform: iam:GetAccountAuthorizationDetails/);
      const orgError = await caught(org.send(new ListRootsCommand({})));
      expect(orgError.name).toBe('AccessDeniedException');
      expect(orgError.$metadata?.httpStatusCode).toBe(400);
      const stsError = await caught(assumeInto(sts, MEMBER));
      expect(stsError.name).toBe('AccessDenied');
      // Other operations still work.
      await expect(org.send(new DescribeOrganizationCommand({}))).resolves.toBeDefined();
      expect(fake.calls.map((c) => c.status)).toEqual([403, 400, 403, 200]);
    });

    it('completes under 30% throttling and 5% server errors with the SDK’s adaptive retries', async () => {
      const fake = await start({ faults: { throttleRate: 0.3, serverErrorRate: 0.05, seed: 42 } });
      const started = Date.now();
      const base = clients(fake.endpoint, undefined, { fastRetries: true });
      const member = clients(fake.endpoint, await assumeInto(base.sts, MEMBER), { fastRetries: true });
      const read = await readGaad(member.iam);
      expect([read.users.length, read.groups.length, read.roles.length, read.policies.length]).toEqual([44, 5, 78, 84]);
      const children = await collect(
        paginateListChildren({ client: base.org }, { ParentId: PROD_OU, ChildType: 'ACCOUNT' }),
      );
      expect(children.flatMap((p) => p.Children ?? []).map((c) => c.Id)).toEqual([MEMBER]);
      const elapsed = Date.now() - started;
      const statuses = fake.calls.map((c) => c.status);
      const throttled = statuses.filter((s) => s === 400).length;
      const failed = statuses.filter((s) => s >= 500).length;
      process.stderr.write(
        `fake-aws throttling run: ${fake.calls.length} requests, ${throttled} throttled, ${failed} 5xx, ${elapsed} ms\n`,
      );
      expect(throttled).toBeGreaterThan(10);
      expect(failed).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(10_000);
    });

    it('also completes with the SDK’s untuned adaptive mode (slowly: it drops to 0.5 requests/s)', async () => {
      // Seed 8 throttles only the first request: one retry, then the rate limiter paces the next call.
      const fake = await start({ faults: { throttleRate: 0.3, seed: 8 } });
      const { sts } = clients(fake.endpoint);
      const started = Date.now();
      for (let i = 0; i < 2; i++) {
        await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
          Account: MANAGEMENT_ACCOUNT,
        });
      }
      const throttled = fake.calls.filter((c) => c.status === 400).length;
      process.stderr.write(
        `fake-aws untuned adaptive: 2 calls, ${fake.calls.length} requests, ${throttled} throttled, ${Date.now() - started} ms\n`,
      );
      expect(fake.calls.map((c) => c.status)).toEqual([400, 200, 200]);
    });
  });

  describe('policy simulation', () => {
    /** The decision the engine gives for a member-account user, built independently of the fake. */
    function engineDecision(
      userName: string,
      action: string,
      resource: string,
      mfaPresent: boolean,
      excluded: string[] = [],
    ) {
      const user = gaad.UserDetailList!.find((u) => u.UserName === userName)!;
      const managed = (arn: string) =>
        gaad.Policies!.find((p) => p.Arn === arn)!.PolicyVersionList.find((v) => v.IsDefaultVersion)!.Document;
      const identity: NamedPolicy[] = [];
      const add = (name: string, document: unknown) =>
        identity.push({ name, document: parsePolicyDocument(document, { kind: 'identity' }) });
      for (const p of user.UserPolicyList ?? []) add(p.PolicyName, p.PolicyDocument);
      for (const a of user.AttachedManagedPolicies ?? [])
        if (!excluded.includes(a.PolicyArn)) add(a.PolicyArn, managed(a.PolicyArn));
      for (const groupName of user.GroupList ?? []) {
        const group = gaad.GroupDetailList!.find((g) => g.GroupName === groupName)!;
        for (const p of group.GroupPolicyList ?? []) add(p.PolicyName, p.PolicyDocument);
        for (const a of group.AttachedManagedPolicies ?? []) add(a.PolicyArn, managed(a.PolicyArn));
      }
      const level = (id: string, ...docs: unknown[]): PolicyLevel => ({
        id,
        policies: docs.map((d, i) => ({ name: `${id}.${i}`, document: parsePolicyDocument(d, { kind: 'scp' }) })),
      });
      const scp = [
        level(ROOT_ID, FULL_AWS_ACCESS),
        level(PLATFORM_OU, FULL_AWS_ACCESS),
        level(PROD_OU, FULL_AWS_ACCESS, REQUIRE_MFA),
        level(MEMBER, FULL_AWS_ACCESS),
      ];
      return evaluate(compilePolicies({ identity, scp }), {
        principal: user.Arn,
        principalAccount: MEMBER,
        action,
        resource,
        resourceAccount: MEMBER,
        context: createRequestContext({ 'aws:MultiFactorAuthPresent': String(mfaPresent) }),
      }).decision;
    }

    async function simulate(fake: FakeAws, input: SimulatePrincipalPolicyCommandInput): Promise<EvaluationResult[]> {
      const member = clients(fake.endpoint, await assumeInto(clients(fake.endpoint).sts, MEMBER));
      const pages = await collect(paginateSimulatePrincipalPolicy({ client: member.iam }, input));
      return pages.flatMap((p) => p.EvaluationResults ?? []);
    }

    it('SimulatePrincipalPolicy gives the engine’s decision, one result per action', async () => {
      const fake = await start();
      const user = `arn:aws:iam::${MEMBER}:user/privesc-sre-user`;
      const actions = ['s3:GetObject', 'iam:CreateUser', 'lambda:ListFunctions', 'ec2:RunInstances'];
      const resources = ['arn:aws:s3:::bucket/key', 'arn:aws:s3:::other/key'];
      const results = await simulate(fake, {
        PolicySourceArn: user,
        ActionNames: actions,
        ResourceArns: resources,
        ContextEntries: [mfa(true)],
      });
      expect(results.map((r) => r.EvalActionName)).toEqual(actions);
      expect(results.map((r) => r.EvalDecision)).toEqual(['allowed', 'allowed', 'implicitDeny', 'allowed']);
      for (const result of results) {
        expect(result.ResourceSpecificResults?.map((r) => r.EvalResourceName)).toEqual(resources);
        for (const specific of result.ResourceSpecificResults ?? []) {
          expect(specific.EvalResourceDecision).toBe(
            engineDecision('privesc-sre-user', result.EvalActionName!, specific.EvalResourceName!, true),
          );
        }
        expect(result.OrganizationsDecisionDetail).toEqual({ AllowedByOrganizations: true });
      }
      expect(results[0].EvalResourceName).toBe('arn:${Partition}:s3:::${BucketName}/${ObjectName}');
      expect(results[0].MatchedStatements).toEqual([
        { SourcePolicyId: 'privesc-sre-admin-policy', SourcePolicyType: 'user-managed' },
      ]);
      expect(results[2].MatchedStatements).toEqual([]);

      // Without MFA the RequireMFA SCP denies everything; SCP statements are never listed.
      const noMfa = await simulate(fake, { PolicySourceArn: user, ActionNames: actions.slice(0, 2) });
      expect(noMfa.map((r) => [r.EvalResourceName, r.EvalDecision])).toEqual([
        ['*', 'explicitDeny'],
        ['*', 'explicitDeny'],
      ]);
      expect(noMfa[0].MatchedStatements).toEqual([]);
      expect(noMfa[0].OrganizationsDecisionDetail).toEqual({ AllowedByOrganizations: false });
      expect(noMfa[0].ResourceSpecificResults ?? []).toEqual([]);
      expect(engineDecision('privesc-sre-user', 's3:GetObject', '*', false)).toBe('explicitDeny');

      // Excluding SCPs lifts the MFA deny.
      const noScp = await simulate(fake, {
        PolicySourceArn: user,
        ActionNames: ['iam:CreateUser'],
        PolicyExclusionList: [{ PolicyType: 'scp' }],
      });
      expect(noScp[0].EvalDecision).toBe('allowed');
      expect(noScp[0].OrganizationsDecisionDetail).toEqual({ AllowedByOrganizations: true });
    });

    it('reports missing context keys and the permissions boundary decision', async () => {
      const fake = await start();
      const user = `arn:aws:iam::${MEMBER}:user/fn3-exploitableConditionConstraint-user`;
      const action = 'iam:CreatePolicyVersion';
      const [missing] = await simulate(fake, {
        PolicySourceArn: user,
        ActionNames: [action],
        ContextEntries: [mfa(true)],
      });
      expect(missing).toMatchObject({ EvalDecision: 'implicitDeny', MissingContextValues: ['aws:TokenIssueTime'] });
      expect(missing.PermissionsBoundaryDecisionDetail).toBeUndefined();
      const issued: ContextEntry = {
        ContextKeyName: 'aws:TokenIssueTime',
        ContextKeyValues: ['2024-01-01T00:00:00Z'],
        ContextKeyType: 'date',
      };
      const policyArn = `arn:aws:iam::${MEMBER}:policy/p`;
      const [given] = await simulate(fake, {
        PolicySourceArn: user,
        ActionNames: [action],
        ResourceArns: [policyArn],
        ContextEntries: [mfa(true), issued],
        PermissionsBoundaryPolicyInputList: [
          JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] }),
        ],
      });
      expect(given).toMatchObject({
        EvalDecision: 'allowed',
        EvalResourceName: 'arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}',
        MissingContextValues: [],
        PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true },
      });
      expect(given.ResourceSpecificResults).toEqual([
        {
          EvalResourceName: policyArn,
          EvalResourceDecision: 'allowed',
          MatchedStatements: [
            { SourcePolicyId: 'fn3-exploitableConditionConstraint', SourcePolicyType: 'user-managed' },
            { SourcePolicyId: 'PermissionsBoundaryPolicyInputList.1', SourcePolicyType: 'none' },
          ],
          MissingContextValues: [],
          PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true },
        },
      ]);
    });

    it('PolicyExclusionList removing a managed policy changes the decision', async () => {
      const fake = await start();
      const user = `arn:aws:iam::${MEMBER}:user/fp2-allow-and-deny-multiple-policies-user`;
      const denyAll = `arn:aws:iam::${MEMBER}:policy/deny-all`;
      const before = await simulate(fake, {
        PolicySourceArn: user,
        ActionNames: ['s3:ListAllMyBuckets'],
        ContextEntries: [mfa(true)],
      });
      expect(before[0].EvalDecision).toBe('explicitDeny');
      expect(before[0].MatchedStatements).toEqual([{ SourcePolicyId: 'deny-all', SourcePolicyType: 'user-managed' }]);
      const exclusions: PolicyIdentifier[][] = [
        [{ PolicyArn: denyAll }],
        [{ PolicyArn: `arn:aws:iam::${MEMBER}:policy/deny-*` }],
        [{ PolicyType: 'user-managed' }],
      ];
      const decisions = [];
      for (const PolicyExclusionList of exclusions) {
        const after = await simulate(fake, {
          PolicySourceArn: user,
          ActionNames: ['s3:ListAllMyBuckets'],
          ContextEntries: [mfa(true)],
          PolicyExclusionList,
        });
        decisions.push(after[0].EvalDecision);
      }
      // Excluding every user-managed policy removes the allow too.
      expect(decisions).toEqual(['allowed', 'allowed', 'implicitDeny']);
      expect(
        engineDecision('fp2-allow-and-deny-multiple-policies-user', 's3:ListAllMyBuckets', '*', true, [denyAll]),
      ).toBe('allowed');
      // An identifier that matches nothing is ignored; a malformed one is InvalidInput.
      const ignored = await simulate(fake, {
        PolicySourceArn: user,
        ActionNames: ['s3:ListAllMyBuckets'],
        ContextEntries: [mfa(true)],
        PolicyExclusionList: [
          { InlinePolicyIdentifier: { PolicyName: 'nope', AttachmentType: 'user', AttachmentName: '*' } },
        ],
      });
      expect(ignored[0].EvalDecision).toBe('explicitDeny');
      const tooMany = Array.from({ length: 257 }, (): PolicyIdentifier => ({ PolicyType: 'inline' }));
      const error = await caught(
        simulate(fake, { PolicySourceArn: user, ActionNames: ['s3:ListAllMyBuckets'], PolicyExclusionList: tooMany }),
      );
      expect(error.name).toBe('InvalidInputException');
      const wildcard = await caught(simulate(fake, { PolicySourceArn: user, ActionNames: ['s3:*'] }));
      expect(wildcard.name).toBe('InvalidInputException');
    });

    it('SimulateCustomPolicy applies the OrderedOrganizationPolicyInputList levels', async () => {
      const fake = await start();
      const { iam } = clients(fake.endpoint);
      const allowS3 = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      });
      const full = JSON.stringify(FULL_AWS_ACCESS);
      const denyDelete = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }],
      });
      const onlyReads = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }],
      });
      const custom = async (levels: string[][]) => {
        const pages = await collect(
          paginateSimulateCustomPolicy(
            { client: iam },
            {
              PolicyInputList: [allowS3],
              ActionNames: ['s3:GetObject', 's3:PutObject', 's3:DeleteBucket'],
              OrderedOrganizationPolicyInputList: levels.map((l) => ({ ServiceControlPolicyInputList: l })),
            },
          ),
        );
        return pages.flatMap((p) => p.EvaluationResults ?? []);
      };
      const open = await custom([[full], [full], [full]]);
      expect(open.map((r) => r.EvalDecision)).toEqual(['allowed', 'allowed', 'allowed']);
      expect(open[0].MatchedStatements).toEqual([{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none' }]);
      const restricted = await custom([[full], [full, denyDelete], [onlyReads]]);
      expect(restricted.map((r) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny', 'explicitDeny']);
      expect(restricted.map((r) => r.OrganizationsDecisionDetail?.AllowedByOrganizations)).toEqual([
        true,
        false,
        false,
      ]);
      // An SCP deny is explicit but its statement is not listed.
      expect(restricted[2].MatchedStatements).toEqual([]);
      // Without levels, no SCPs apply.
      const none = await custom([]);
      expect(none.map((r) => r.EvalDecision)).toEqual(['allowed', 'allowed', 'allowed']);
      expect(none[0].OrganizationsDecisionDetail).toBeUndefined();

      const error = await caught(custom(Array.from({ length: 8 }, () => [full])));
      expect(error.name).toBe('InvalidInputException');
      expect(error.message).toMatch(/at most 7/);
    });
  });

  describe('environment-configured endpoint', () => {
    it('serves a child process configured only through AWS_ENDPOINT_URL', async () => {
      const fake = await start();
      const { accessKeyId, secretAccessKey } = fakeCredentials(MANAGEMENT_ACCOUNT);
      const script = `
        import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
        import { OrganizationsClient, ListRootsCommand } from '@aws-sdk/client-organizations';
        import { IAMClient, GetAccountAuthorizationDetailsCommand } from '@aws-sdk/client-iam';
        const who = await new STSClient({}).send(new GetCallerIdentityCommand({}));
        const roots = await new OrganizationsClient({}).send(new ListRootsCommand({}));
        const gaad = await new IAMClient({}).send(new GetAccountAuthorizationDetailsCommand({}));
        console.log(JSON.stringify({ account: who.Account, root: roots.Roots[0].Id, users: gaad.UserDetailList.length }));
      `;
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ENDPOINT_URL: fake.endpoint,
        AWS_REGION: REGION,
        AWS_ACCESS_KEY_ID: accessKeyId,
        AWS_SECRET_ACCESS_KEY: secretAccessKey,
        AWS_EC2_METADATA_DISABLED: 'true',
      };
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env });
      expect(JSON.parse(stdout)).toEqual({ account: MANAGEMENT_ACCOUNT, root: ROOT_ID, users: 1 });
      expect(fake.calls.map((c) => `${c.service}:${c.operation}`)).toEqual([
        'sts:GetCallerIdentity',
        'organizations:ListRoots',
        'iam:GetAccountAuthorizationDetails',
      ]);
    });
  });
});
