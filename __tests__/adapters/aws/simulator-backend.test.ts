// The `aws` backend against the fake AWS endpoint, whose simulator answers with the local engine: for every query
// shape the backend's decisions must equal the engine's own on the same policy set.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  combine,
  createSimulatorBackend,
  LOCAL_COMBINATION_NOTE,
  type SimulatorBackendOptions,
} from '../../../src/adapters/aws/simulator-backend.js';
import { readDecisions, type SimulationCall } from '../../../src/adapters/aws/simulator-client.js';
import {
  contextEntries,
  exclusionMatches,
  simulatorPolicyText,
  type AttachedPolicies,
} from '../../../src/adapters/aws/simulator-input.js';
import { UserError } from '../../../src/core/errors.js';
import { parseArn } from '../../../src/core/evaluate/arn.js';
import type { NamedPolicy } from '../../../src/core/evaluate/compile-policy.js';
import {
  compilePolicies,
  evaluate,
  type EngineOptions,
  type PolicyLevel,
} from '../../../src/core/evaluate/evaluate.js';
import type { Decision, Evaluation } from '../../../src/core/evaluate/explanation.js';
import { createRequestContext, type ContextValue } from '../../../src/core/evaluate/request.js';
import type {
  EvaluationQuery,
  PolicyExclusion,
  PolicySetShape,
  QueryPolicies,
  QueryRequest,
} from '../../../src/core/impact/backend.js';
import { InventoryIndex, type PrincipalRef } from '../../../src/core/inventory/inventory-index.js';
import { buildInventory, readSnapshot } from '../../../src/core/inventory/load-snapshot.js';
import type { RawAuthorizationDetails } from '../../../src/core/inventory/snapshot-format.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import type { PolicyKind } from '../../../src/core/policy/types.js';
import { fakeCredentials, startFakeAws, type FakeAws, type FakeAwsOptions } from '../../fake-aws/fake-aws-server.js';
import {
  buildFixtureSnapshot,
  FULL_AWS_ACCESS,
  MANAGEMENT_ACCOUNT,
  ORGANIZATION_ID,
  PROD_OU,
} from '../../fake-aws/fixtures.js';
import { fastRetryStrategy, startInFlightProxy } from './aws-test-support.js';

const MEMBER = '222233334444';
const iamArn = (resource: string) => `arn:aws:iam::${MEMBER}:${resource}`;
const READ_ONLY_ARN = iamArn('policy/ReadOnlyStyle');
const S3_WRITER_ARN = iamArn('policy/S3Writer');
const BOUNDARY_ARN = iamArn('policy/DeployBoundary');
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const SECRET = `arn:aws:secretsmanager:us-east-1:${MEMBER}:secret:prod/db-AbCdEf`;

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra = {}) => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});
const deny = (Action: string | string[], Resource: string | string[] = '*', extra = {}) => ({
  Effect: 'Deny',
  Action,
  Resource,
  ...extra,
});

const READ_ONLY = doc(
  allow(['s3:Get*', 's3:List*', 'ec2:Describe*', 'iam:Get*', 'iam:List*', 'secretsmanager:GetSecretValue']),
);
const DENY_SECRETS = doc(deny('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:*:${MEMBER}:secret:prod/*`));
const SELF_SERVICE = doc(allow(['iam:ChangePassword', 'iam:GetUser'], iamArn('user/${aws:username}')));
const S3_WRITER = doc(
  allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::data-bucket/*'),
  allow('s3:ListBucket', 'arn:aws:s3:::data-bucket'),
  allow('s3:DeleteObject', 'arn:aws:s3:::data-bucket/*', {
    Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
  }),
);
const DEPLOY_BOUNDARY = doc(allow(['s3:*', 'ec2:*', 'cloudformation:*', 'iam:GetRole']), deny('s3:DeleteBucket'));
const NO_TERMINATE = doc(deny('ec2:TerminateInstances'));

const managed = (name: string, arn: string, document: unknown) => ({
  PolicyName: name,
  Arn: arn,
  Path: '/',
  DefaultVersionId: 'v1',
  IsAttachable: true,
  PolicyVersionList: [{ Document: document, VersionId: 'v1', IsDefaultVersion: true }],
});
const user = (name: string, groups: string[], extra = {}) => ({
  Path: '/',
  UserName: name,
  Arn: iamArn(`user/${name}`),
  GroupList: groups,
  UserPolicyList: [],
  AttachedManagedPolicies: [],
  ...extra,
});
const trust = (principal: string) => doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' });

const GAAD: RawAuthorizationDetails = {
  UserDetailList: [
    user('alice', ['readers'], { UserPolicyList: [{ PolicyName: 'SelfService', PolicyDocument: SELF_SERVICE }] }),
    user('bob', [], { AttachedManagedPolicies: [{ PolicyName: 'S3Writer', PolicyArn: S3_WRITER_ARN }] }),
    user('carol', ['readers']),
    user('dave', ['readers']),
  ],
  GroupDetailList: [
    {
      Path: '/',
      GroupName: 'readers',
      Arn: iamArn('group/readers'),
      GroupPolicyList: [{ PolicyName: 'DenySecrets', PolicyDocument: DENY_SECRETS }],
      AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyStyle', PolicyArn: READ_ONLY_ARN }],
    },
  ],
  RoleDetailList: [
    {
      Path: '/',
      RoleName: 'deployer',
      Arn: iamArn('role/deployer'),
      AssumeRolePolicyDocument: trust(`arn:aws:iam::${MEMBER}:root`),
      RolePolicyList: [{ PolicyName: 'NoTerminate', PolicyDocument: NO_TERMINATE }],
      AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }],
      PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: BOUNDARY_ARN },
    },
    {
      Path: '/',
      RoleName: 'OrganizationAccountAccessRole',
      Arn: iamArn('role/OrganizationAccountAccessRole'),
      AssumeRolePolicyDocument: trust(`arn:aws:iam::${MANAGEMENT_ACCOUNT}:root`),
      AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }],
    },
  ],
  Policies: [
    managed('ReadOnlyStyle', READ_ONLY_ARN, READ_ONLY),
    managed('S3Writer', S3_WRITER_ARN, S3_WRITER),
    managed('DeployBoundary', BOUNDARY_ARN, DEPLOY_BOUNDARY),
    managed('AdministratorAccess', ADMIN_ARN, FULL_AWS_ACCESS),
  ],
};

const SNAPSHOT = buildFixtureSnapshot(GAAD);
const index = new InventoryIndex(buildInventory([readSnapshot(SNAPSHOT, 'fixture')]));

function principal(kind: 'user' | 'role', name: string): PrincipalRef {
  return { accountId: MEMBER, kind, name, arn: iamArn(`${kind}/${name}`) };
}
const ALICE = principal('user', 'alice');
const BOB = principal('user', 'bob');
const CAROL = principal('user', 'carol');
const DAVE = principal('user', 'dave');
const DEPLOYER = principal('role', 'deployer');
const DEPLOYER_SESSION = `arn:aws:sts::${MEMBER}:assumed-role/deployer/ci`;

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:ListBucket',
  's3:DeleteBucket',
  'ec2:DescribeInstances',
  'ec2:TerminateInstances',
  'iam:GetUser',
  'iam:ChangePassword',
  'iam:CreateUser',
  'secretsmanager:GetSecretValue',
  'cloudformation:CreateStack',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::data-bucket/report.csv',
  'arn:aws:s3:::data-bucket',
  'arn:aws:s3:::other-bucket/x',
  iamArn('user/alice'),
  SECRET,
];
const ALL_REQUESTS: QueryRequest[] = ACTIONS.flatMap((action) => RESOURCES.map((resource) => ({ action, resource })));

const CONTEXTS: Record<string, Record<string, ContextValue>> = {
  'no MFA (access keys)': {},
  'fresh MFA': { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '120' },
  'old MFA': { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '7200' },
  'MFA false': { 'aws:MultiFactorAuthPresent': 'false' },
};

/** The principal's policy set as the inventory has it (identity, boundary, SCP path). */
function attachedPolicies(p: PrincipalRef): QueryPolicies {
  const policies = index.policiesOf(p);
  const out: QueryPolicies = { identity: policies.identity };
  if (policies.permissionsBoundary) out.permissionsBoundary = policies.permissionsBoundary;
  if (policies.scp.status === 'applies') out.scp = policies.scp.levels;
  return out;
}

function rcpLevels(): readonly PolicyLevel[] {
  const path = index.rcpPath(MEMBER);
  if (path.status !== 'applies') throw new Error('the fixture member account must be governed by RCPs');
  return path.levels;
}

function named(name: string, document: unknown, kind: PolicyKind = 'identity'): NamedPolicy {
  return { name, document: parsePolicyDocument(document, { kind }) };
}

interface QueryOptions {
  shape?: PolicySetShape;
  policies?: QueryPolicies;
  context?: Record<string, ContextValue>;
  requests?: readonly QueryRequest[];
  callerArn?: string;
}

function query(p: PrincipalRef, options: QueryOptions = {}): EvaluationQuery {
  const context: Record<string, ContextValue> = { ...(options.context ?? CONTEXTS['fresh MFA']) };
  if (p.kind === 'user') context['aws:username'] = p.name;
  return {
    principal: p,
    callerArn: options.callerArn ?? p.arn,
    side: options.shape?.kind === 'delta' || options.shape?.kind === 'custom' ? 'after' : 'before',
    policies: options.policies ?? attachedPolicies(p),
    shape: options.shape ?? { kind: 'attached' },
    context,
    requests: options.requests ?? ALL_REQUESTS,
  };
}

/** The local engine's evaluations of a query, computed directly. */
function localEvaluations(q: EvaluationQuery, engineOptions: EngineOptions = {}): Evaluation[] {
  const compiled = compilePolicies(q.policies);
  const context = createRequestContext(q.context);
  return q.requests.map(({ action, resource }) =>
    evaluate(
      compiled,
      {
        principal: q.callerArn,
        principalAccount: q.principal.accountId,
        action,
        resource,
        resourceAccount: parseArn(resource)?.account || q.principal.accountId,
        context,
      },
      engineOptions,
    ),
  );
}
const localDecisions = (q: EvaluationQuery, engineOptions: EngineOptions = {}): Decision[] =>
  localEvaluations(q, engineOptions).map((e) => e.decision);

const simulateCalls = (fake: FakeAws) => fake.calls.filter((c) => c.operation.startsWith('Simulate'));

async function withFake<T>(options: Partial<FakeAwsOptions>, run: (fake: FakeAws) => Promise<T>): Promise<T> {
  const fake = await startFakeAws({ snapshot: SNAPSHOT, callerAccount: MEMBER, ...options });
  try {
    return await run(fake);
  } finally {
    await fake.close();
  }
}

function backendFor(endpoint: string, options: Partial<SimulatorBackendOptions> = {}, account = MEMBER) {
  return createSimulatorBackend({
    clients: {
      endpoint,
      region: 'us-east-1',
      credentials: fakeCredentials(account),
      retryStrategy: fastRetryStrategy(),
    },
    ...options,
  });
}

// The bigger scenario matrix, shared by the fault-injection test: every principal, context and shape.
const NEW_S3 = named(S3_WRITER_ARN, doc(allow('s3:GetObject', 'arn:aws:s3:::data-bucket/*')));
const CREATE_USERS = named('terraform:aws_iam_user_policy.create', doc(allow('iam:CreateUser')));
const NEW_BOUNDARY = named(BOUNDARY_ARN, doc(allow(['s3:*', 'ec2:*', 'iam:*'])), 'permissionsBoundary');
const DESCRIBE_ONLY = named('terraform:aws_iam_role_policy.describe', doc(allow('ec2:Describe*')));
const DENY_EC2_SCP = named('DenyEC2 (p-denyec2)', doc(deny('ec2:*')), 'scp');

function without(p: PrincipalRef, drop: (policy: NamedPolicy) => boolean, add: NamedPolicy[] = []): QueryPolicies {
  const before = attachedPolicies(p);
  return { ...before, identity: [...before.identity.filter((policy) => !drop(policy)), ...add] };
}

function scenarioQueries(): EvaluationQuery[] {
  const queries: EvaluationQuery[] = [];
  for (const context of Object.values(CONTEXTS)) {
    // Attached first: delta queries check their exclusions against them.
    for (const p of [ALICE, BOB, DEPLOYER]) {
      queries.push(query(p, { context, callerArn: p === DEPLOYER ? DEPLOYER_SESSION : undefined }));
    }
    queries.push(
      query(BOB, {
        context,
        shape: { kind: 'delta', exclude: [{ policyArn: S3_WRITER_ARN }], add: [NEW_S3] },
        policies: without(BOB, (p) => p.name === S3_WRITER_ARN, [NEW_S3]),
      }),
      query(ALICE, {
        context,
        shape: {
          kind: 'delta',
          exclude: [
            { inlinePolicy: { policyName: 'DenySecrets', attachmentType: 'group', attachmentName: 'readers' } },
          ],
          add: [CREATE_USERS],
        },
        policies: without(ALICE, (p) => p.name === `${iamArn('group/readers')}#DenySecrets`, [CREATE_USERS]),
      }),
      query(DEPLOYER, {
        context,
        callerArn: DEPLOYER_SESSION,
        shape: { kind: 'delta', exclude: [], add: [], boundary: NEW_BOUNDARY },
        policies: { ...attachedPolicies(DEPLOYER), permissionsBoundary: NEW_BOUNDARY },
      }),
      query(DEPLOYER, {
        context,
        callerArn: DEPLOYER_SESSION,
        shape: { kind: 'delta', exclude: [{ policyType: 'aws-managed' }], add: [DESCRIBE_ONLY], boundary: null },
        policies: {
          identity: [...without(DEPLOYER, (p) => p.name === ADMIN_ARN).identity, DESCRIBE_ONLY],
          scp: attachedPolicies(DEPLOYER).scp,
        },
      }),
    );
    const alice = attachedPolicies(ALICE);
    const newScp = alice.scp?.map((level) =>
      level.id === PROD_OU ? { ...level, policies: [...level.policies, DENY_EC2_SCP] } : level,
    );
    queries.push(
      query(ALICE, { context, shape: { kind: 'custom' }, policies: { ...alice, scp: newScp } }),
      query(DEPLOYER, { context, callerArn: DEPLOYER_SESSION, shape: { kind: 'custom' } }),
      query(principal('user', 'newcomer'), {
        context,
        shape: { kind: 'custom' },
        policies: { identity: [named(READ_ONLY_ARN, READ_ONLY)], scp: alice.scp },
      }),
      query(principal('user', 'nobody'), {
        context,
        shape: { kind: 'custom' },
        policies: { identity: [], scp: alice.scp },
      }),
    );
  }
  return queries;
}

describe('createSimulatorBackend against the fake endpoint', () => {
  let fake: FakeAws;
  beforeAll(async () => {
    fake = await startFakeAws({ snapshot: SNAPSHOT, callerAccount: MEMBER });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('decides every shape (attached, delta, custom) exactly as the local engine on the same policy set', async () => {
    const backend = backendFor(fake.endpoint);
    const queries = scenarioQueries();
    const results = await backend.evaluate(queries);
    expect(backend.name).toBe('aws');
    expect(results).toHaveLength(queries.length);
    const seen = new Set<Decision>();
    queries.forEach((q, i) => {
      const expected = localDecisions(q);
      expect({ principal: q.principal.arn, shape: q.shape.kind, decisions: results[i].decisions }).toEqual({
        principal: q.principal.arn,
        shape: q.shape.kind,
        decisions: expected,
      });
      expected.forEach((d) => seen.add(d));
    });
    // The matrix exercises all three decisions.
    expect([...seen].sort()).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
    expect(backend.notes()).toEqual([]);
    expect(backend.apiCalls()).toBe(simulateCalls(fake).length);
  });

  it('applies the prod OU SCP: denied without MFA, allowed with aws:MultiFactorAuthPresent=true', async () => {
    const backend = backendFor(fake.endpoint);
    const requests = [
      { action: 's3:PutObject', resource: 'arn:aws:s3:::data-bucket/report.csv' },
      { action: 's3:DeleteObject', resource: 'arn:aws:s3:::data-bucket/report.csv' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::other-bucket/x' },
    ];
    const [noMfa, fresh, old] = await backend.evaluate([
      query(BOB, { requests, context: CONTEXTS['no MFA (access keys)'] }),
      query(BOB, { requests, context: CONTEXTS['fresh MFA'] }),
      query(BOB, { requests, context: CONTEXTS['old MFA'] }),
    ]);
    expect(noMfa.decisions).toEqual(['explicitDeny', 'explicitDeny', 'explicitDeny']);
    expect(fresh.decisions).toEqual(['allowed', 'allowed', 'implicitDeny']);
    expect(old.decisions).toEqual(['allowed', 'implicitDeny', 'implicitDeny']);
  });

  it('sends typed ContextEntries, omits ResourceArns for *, and never sends an assumed-role ARN', async () => {
    const backend = backendFor(fake.endpoint);
    const before = fake.calls.length;
    const context = {
      'aws:MultiFactorAuthPresent': 'true',
      'aws:MultiFactorAuthAge': '60',
      'aws:CurrentTime': '2026-08-01T00:00:00Z',
      'aws:SourceIp': '203.0.113.7',
      'aws:TagKeys': ['team', 'env'],
      'aws:PrincipalTag/team': 'platform',
    };
    const requests = [{ action: 'ec2:DescribeInstances', resource: '*' }];
    await backend.evaluate([
      query(DEPLOYER, { callerArn: DEPLOYER_SESSION, context, requests }),
      query(DEPLOYER, { callerArn: DEPLOYER_SESSION, context, requests, shape: { kind: 'custom' } }),
    ]);
    const recorded = fake.calls.slice(before);
    const principalCall = recorded.find((c) => c.operation === 'SimulatePrincipalPolicy');
    const customCall = recorded.find((c) => c.operation === 'SimulateCustomPolicy');
    if (!principalCall || !customCall) throw new Error('both calls must have been sent');
    expect(principalCall.operation).toBe('SimulatePrincipalPolicy');
    expect(principalCall.params.PolicySourceArn).toBe(DEPLOYER.arn);
    expect(principalCall.params.CallerArn).toBeUndefined();
    expect(principalCall.params.ResourceArns).toBeUndefined();
    expect(principalCall.params.MaxItems).toBe('1000');
    // As sent on the wire (the fake records the decoded query parameters).
    const sent = principalCall.params.ContextEntries as { ContextKeyName: string; ContextKeyType: string }[];
    const types = Object.fromEntries(sent.map((e) => [e.ContextKeyName, e.ContextKeyType]));
    expect(types).toEqual({
      'aws:CurrentTime': 'date',
      'aws:MultiFactorAuthAge': 'numeric',
      'aws:MultiFactorAuthPresent': 'boolean',
      'aws:PrincipalTag/team': 'string',
      'aws:SourceIp': 'ip',
      'aws:TagKeys': 'stringList',
    });
    expect(contextEntries({ 'aws:SourceIp': ['10.0.0.1', '10.0.0.2'] })).toEqual([
      { ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['10.0.0.1', '10.0.0.2'], ContextKeyType: 'ipList' },
    ]);
    expect(customCall.operation).toBe('SimulateCustomPolicy');
    expect(customCall.params.CallerArn).toBe(DEPLOYER.arn);
    expect(JSON.stringify(customCall.params)).not.toContain('assumed-role');
    // The SCP path goes in as ordered levels: root, platform OU, prod OU, account.
    expect(customCall.params.OrderedOrganizationPolicyInputList).toHaveLength(4);
  });

  it('batches actions in chunks of maxActionsPerCall and groups resources that need the same actions', async () => {
    const backend = backendFor(fake.endpoint, { maxActionsPerCall: 5 });
    const before = simulateCalls(fake).length;
    const q = query(ALICE); // 12 actions on * and on 5 ARNs
    const [result] = await backend.evaluate([q]);
    expect(result.decisions).toEqual(localDecisions(q));
    // `*` and the ARN group, each in ceil(12 / 5) = 3 chunks of actions.
    expect(backend.stats()).toEqual({ naiveCalls: 6, calls: 6, apiCalls: backend.apiCalls() });
    const sent = simulateCalls(fake)
      .slice(before)
      .filter((c) => c.params.Marker === undefined);
    expect(sent).toHaveLength(6);
    for (const call of sent) expect((call.params.ActionNames as string[]).length).toBeLessThanOrEqual(5);
    const withArns = sent.filter((c) => c.params.ResourceArns !== undefined);
    expect(withArns).toHaveLength(3);
    for (const call of withArns) expect(call.params.ResourceArns).toHaveLength(5);

    // Requests in any order, with duplicates, come back in request order.
    const shuffled = [...ALL_REQUESTS].reverse().concat(ALL_REQUESTS.slice(0, 7));
    const q2 = query(BOB, { requests: shuffled });
    const [result2] = await backendFor(fake.endpoint, { maxActionsPerCall: 2, maxResourcesPerCall: 2 }).evaluate([q2]);
    expect(result2.decisions).toEqual(localDecisions(q2));
  });

  it('follows Marker while IsTruncated (the fake pages 3 results at a time)', async () => {
    const backend = backendFor(fake.endpoint);
    const before = simulateCalls(fake).length;
    const requests = ACTIONS.map((action) => ({ action, resource: '*' }));
    const q = query(CAROL, { requests });
    const [result] = await backend.evaluate([q]);
    expect(result.decisions).toEqual(localDecisions(q));
    const pages = simulateCalls(fake).slice(before);
    expect(pages).toHaveLength(4); // 12 results, 3 per page
    expect(pages.filter((p) => p.params.Marker !== undefined)).toHaveLength(3);
    expect(backend.stats()).toEqual({ naiveCalls: 1, calls: 1, apiCalls: 4 });
  });

  it('sends identical simulations once and reuses them, within and across evaluate calls', async () => {
    const backend = backendFor(fake.endpoint);
    const before = simulateCalls(fake).length;
    const requests = ACTIONS.slice(0, 3).map((action) => ({ action, resource: '*' }));
    const q = () => query(BOB, { requests });
    const [a, b] = await backend.evaluate([q(), q()]);
    expect(a.decisions).toEqual(b.decisions);
    expect(backend.stats()).toEqual({ naiveCalls: 2, calls: 1, apiCalls: 1 });
    await backend.evaluate([q()]);
    expect(backend.stats()).toEqual({ naiveCalls: 3, calls: 1, apiCalls: 1 });
    expect(simulateCalls(fake).length - before).toBe(1);

    // Custom policy sets are principal-independent: carol and dave (same group, no policy variables) share calls;
    // alice's SelfService uses ${aws:username}, so hers is her own.
    const custom = (p: PrincipalRef) => query(p, { requests, shape: { kind: 'custom' } });
    const queries = [custom(CAROL), custom(DAVE), custom(ALICE)];
    const results = await backend.evaluate(queries);
    results.forEach((r, i) => expect(r.decisions).toEqual(localDecisions(queries[i])));
    expect(backend.stats()).toEqual({ naiveCalls: 6, calls: 3, apiCalls: 3 });

    // A different context is a different simulation.
    await backend.evaluate([query(BOB, { requests, context: CONTEXTS['no MFA (access keys)'] })]);
    expect(backend.stats().calls).toBe(4);
  });

  it('rejects a delta exclusion that matches nothing attached, before calling AWS', async () => {
    const backend = backendFor(fake.endpoint);
    const before = fake.calls.length;
    const requests = [{ action: 's3:GetObject', resource: '*' }];
    const delta = (exclude: PolicyExclusion[]) =>
      query(BOB, { requests, shape: { kind: 'delta', exclude, add: [] }, policies: attachedPolicies(BOB) });
    await expect(
      backend.evaluate([query(BOB, { requests }), delta([{ policyArn: iamArn('policy/S3Writr') }])]),
    ).rejects.toThrow(/excludes the managed policy arn:aws:iam::222233334444:policy\/S3Writr, which matches nothing/);
    await expect(
      backend.evaluate([
        delta([{ inlinePolicy: { policyName: 'DenySecrets', attachmentType: 'group', attachmentName: 'readers' } }]),
      ]),
    ).rejects.toThrow(/inline policy DenySecrets of group readers, which matches nothing attached/);
    // Without an attached query or attachedPolicies the backend cannot check, and says so.
    await expect(backendFor(fake.endpoint).evaluate([delta([{ policyArn: S3_WRITER_ARN }])])).rejects.toThrow(
      /Cannot check the policy exclusions/,
    );
    expect(fake.calls.length).toBe(before);
    expect(backend.stats().calls).toBe(0);

    // With attachedPolicies, a matching exclusion (wildcards as AWS allows them) goes through.
    const checked = backendFor(fake.endpoint, { attachedPolicies: (p) => attachedPolicies(p) });
    const q = query(BOB, {
      requests,
      shape: { kind: 'delta', exclude: [{ policyArn: iamArn('policy/S3W*') }], add: [] },
      policies: without(BOB, (p) => p.name === S3_WRITER_ARN),
    });
    const [result] = await checked.evaluate([q]);
    expect(result.decisions).toEqual(['implicitDeny']);
    expect(result.decisions).toEqual(localDecisions(q));
  });

  it('evaluates RCPs and session policies locally and combines them with the simulator decision', async () => {
    const requests = [
      { action: 's3:GetObject', resource: 'arn:aws:s3:::data-bucket/report.csv' },
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::data-bucket' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::other-bucket/x' },
    ];
    const withRcp = { ...attachedPolicies(BOB), rcp: rcpLevels() };
    const outsideOrg = query(BOB, { requests, policies: withRcp }); // no aws:PrincipalOrgID: the RCP denies S3
    const insideOrg = query(BOB, {
      requests,
      policies: withRcp,
      context: { ...CONTEXTS['fresh MFA'], 'aws:PrincipalOrgID': ORGANIZATION_ID },
    });
    const plain = query(BOB, { requests });

    const backend = backendFor(fake.endpoint);
    const [denied, allowed, simulatorOnly] = await backend.evaluate([outsideOrg, insideOrg, plain]);
    expect(simulatorOnly.decisions).toEqual(['allowed', 'allowed', 'implicitDeny']);
    expect(denied.decisions).toEqual(['explicitDeny', 'explicitDeny', 'explicitDeny']);
    expect(allowed.decisions).toEqual(['allowed', 'allowed', 'implicitDeny']);
    expect(denied.decisions).toEqual(localDecisions(outsideOrg));
    expect(backend.notes()).toEqual([LOCAL_COMBINATION_NOTE]);
    // The RCP changes no simulator call: `plain` reuses the calls of `outsideOrg` (one per resource, as each
    // resource has its own action).
    expect(backend.stats()).toMatchObject({ naiveCalls: 9, calls: 6 });

    // RCPs apply only to the services AWS lists.
    const noRcpS3 = backendFor(fake.endpoint, { rcpAppliesToService: (s) => s !== 's3' });
    const [exempt] = await noRcpS3.evaluate([outsideOrg]);
    expect(exempt.decisions).toEqual(['allowed', 'allowed', 'implicitDeny']);

    // A role session whose session policy allows only ec2:Describe*: the rest becomes implicitDeny.
    const session = [named('session-policy', doc(allow(['ec2:Describe*', 's3:GetObject'])), 'session')];
    const sessionRequests = [
      { action: 'ec2:DescribeInstances', resource: '*' },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::data-bucket/report.csv' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::data-bucket/report.csv' },
      { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::data-bucket' },
    ];
    const sessionQuery = query(DEPLOYER, {
      callerArn: DEPLOYER_SESSION,
      requests: sessionRequests,
      policies: { ...attachedPolicies(DEPLOYER), session },
    });
    const [sessionResult] = await backend.evaluate([sessionQuery]);
    expect(sessionResult.decisions).toEqual(['allowed', 'allowed', 'implicitDeny', 'explicitDeny']);
    expect(sessionResult.decisions).toEqual(localDecisions(sessionQuery));
  });

  it('turns AccessDenied on SimulatePrincipalPolicy into a UserError that suggests the local backend', async () => {
    await withFake({ faults: { accessDenied: ['iam:SimulatePrincipalPolicy'] } }, async (denied) => {
      const backend = backendFor(denied.endpoint, { concurrency: 1 });
      const error = await backend.evaluate([query(BOB), query(ALICE)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/^iam:SimulatePrincipalPolicy was denied in account 222233334444/);
      expect((error as UserError).message).toContain('is not authorized to perform: iam:SimulatePrincipalPolicy');
      expect((error as UserError).hint).toContain('backend: local');
      // The first failure stops the batch: the three calls still waiting are not sent.
      expect(simulateCalls(denied)).toHaveLength(1);
      expect(backend.apiCalls()).toBe(1);

      // SimulateCustomPolicy is not denied here.
      const [custom] = await backend.evaluate([query(BOB, { shape: { kind: 'custom' } })]);
      expect(custom.decisions).toEqual(localDecisions(query(BOB)));
    });
  });

  it('reports InvalidInput as a bug with AWS’s message and the call', async () => {
    const backend = backendFor(fake.endpoint);
    const error = await backend
      .evaluate([query(BOB, { requests: [{ action: 's3:Get.Object', resource: 'arn:aws:s3:::data-bucket/a' }] })])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain('IAM rejected iam:SimulatePrincipalPolicy for arn:aws:iam::222233334444:user/bob');
    expect(message).toContain('InvalidInput');
    expect(message).toContain('must be in the form service:Action');
    expect(message).toContain('This is a bug in iam-impact');
    expect(message).toContain('ActionNames: ["s3:Get.Object"]');
    expect(message).toContain('ResourceArns: ["arn:aws:s3:::data-bucket/a"]');
  });

  it('refuses what the simulator cannot take: wildcard actions, more than 7 SCP levels', async () => {
    const backend = backendFor(fake.endpoint);
    await expect(backend.evaluate([query(BOB, { requests: [{ action: 's3:Get*', resource: '*' }] })])).rejects.toThrow(
      /does not take wildcards in action names: s3:Get\*/,
    );
    const levels = Array.from({ length: 8 }, (_, i) => ({
      id: `level-${i}`,
      policies: [named('full', FULL_AWS_ACCESS, 'scp')],
    }));
    await expect(
      backend.evaluate([
        query(BOB, { shape: { kind: 'custom' }, policies: { ...attachedPolicies(BOB), scp: levels } }),
      ]),
    ).rejects.toThrow(/has 8 levels; the simulator takes at most 7/);
    expect(backend.stats().calls).toBe(0);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    const proxy = await startInFlightProxy(fake.endpoint);
    try {
      const backend = backendFor(proxy.endpoint, { concurrency: 2, maxActionsPerCall: 1 });
      const q = query(ALICE, { requests: ACTIONS.map((action) => ({ action, resource: '*' })) });
      const [result] = await backend.evaluate([q]);
      expect(result.decisions).toEqual(localDecisions(q));
      expect(proxy.requests()).toBe(12);
      expect(proxy.maxInFlight()).toBeLessThanOrEqual(2);
    } finally {
      await proxy.close();
    }
  });

  it('simulates principals of other accounts through the member role', async () => {
    await withFake({ callerAccount: MANAGEMENT_ACCOUNT }, async (org) => {
      const backend = backendFor(org.endpoint, { memberRoleName: 'OrganizationAccountAccessRole' }, MANAGEMENT_ACCOUNT);
      const q = query(BOB, { requests: ALL_REQUESTS.slice(0, 12) });
      const [result] = await backend.evaluate([q]);
      expect(result.decisions).toEqual(localDecisions(q));
      expect(org.calls.filter((c) => c.operation === 'AssumeRole')).toHaveLength(1);
      expect(new Set(simulateCalls(org).map((c) => c.account))).toEqual(new Set([MEMBER]));
    });
  });
});

describe('under 30% throttling', () => {
  it('gives the same decisions as without faults', async () => {
    const queries = scenarioQueries().slice(0, 11);
    const clean = await withFake({}, (f) => backendFor(f.endpoint).evaluate(queries));
    await withFake({ faults: { throttleRate: 0.3, seed: 7 } }, async (throttled) => {
      const backend = backendFor(throttled.endpoint, { concurrency: 6 });
      const results = await backend.evaluate(queries);
      expect(results).toEqual(clean);
      expect(simulateCalls(throttled).some((c) => c.status === 400)).toBe(true);
      // Retries are the SDK's: the backend counts each page request once.
      expect(backend.apiCalls()).toBeLessThan(simulateCalls(throttled).length);
    });
  });
});

describe('reading simulator results', () => {
  const call = (resources: string[]): SimulationCall => ({
    operation: 'SimulatePrincipalPolicy',
    input: { PolicySourceArn: BOB.arn },
    account: MEMBER,
    principalArn: BOB.arn,
    actions: ['s3:GetObject', 'S3:PutObject'],
    resources,
  });
  const A = 'arn:aws:s3:::b/a';
  const B = 'arn:aws:s3:::b/b';

  it('reads per-resource decisions from ResourceSpecificResults, matching actions case-insensitively', () => {
    const decisions = readDecisions(call([A, B]), [
      {
        EvalActionName: 's3:GetObject',
        EvalResourceName: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
        EvalDecision: 'explicitDeny',
        ResourceSpecificResults: [
          { EvalResourceName: A, EvalResourceDecision: 'allowed' },
          { EvalResourceName: B, EvalResourceDecision: 'explicitDeny' },
        ],
      },
      {
        EvalActionName: 's3:putobject',
        EvalDecision: 'implicitDeny',
        ResourceSpecificResults: [
          { EvalResourceName: B, EvalResourceDecision: 'implicitDeny' },
          { EvalResourceName: A, EvalResourceDecision: 'allowed' },
        ],
      },
    ]);
    expect(decisions.get('s3:getobject')).toEqual(
      new Map([
        [A, 'allowed'],
        [B, 'explicitDeny'],
      ]),
    );
    expect(decisions.get('s3:putobject')).toEqual(
      new Map([
        [A, 'allowed'],
        [B, 'implicitDeny'],
      ]),
    );
  });

  it('reads the pre-2026-07 form (one result per action and resource) and a lone resource without details', () => {
    const legacy = readDecisions(call([A, B]), [
      { EvalActionName: 's3:GetObject', EvalResourceName: A, EvalDecision: 'allowed' },
      { EvalActionName: 's3:GetObject', EvalResourceName: B, EvalDecision: 'implicitDeny' },
      { EvalActionName: 'S3:PutObject', EvalResourceName: A, EvalDecision: 'implicitDeny' },
      { EvalActionName: 'S3:PutObject', EvalResourceName: B, EvalDecision: 'allowed' },
    ]);
    expect(legacy.get('s3:getobject')).toEqual(
      new Map([
        [A, 'allowed'],
        [B, 'implicitDeny'],
      ]),
    );
    const lone = readDecisions(call([A]), [
      { EvalActionName: 's3:GetObject', EvalResourceName: 'arn:${Partition}:s3:::x', EvalDecision: 'allowed' },
      { EvalActionName: 'S3:PutObject', EvalResourceName: 'arn:${Partition}:s3:::x', EvalDecision: 'implicitDeny' },
    ]);
    expect(lone.get('s3:putobject')).toEqual(new Map([[A, 'implicitDeny']]));
  });

  it('fails loudly on a missing result or an unknown decision', () => {
    expect(() =>
      readDecisions(call([]), [{ EvalActionName: 's3:GetObject', EvalResourceName: '*', EvalDecision: 'allowed' }]),
    ).toThrow(/returned no result for S3:PutObject/);
    expect(() =>
      readDecisions(call([A, B]), [
        { EvalActionName: 's3:GetObject', EvalDecision: 'allowed', ResourceSpecificResults: [] },
        { EvalActionName: 'S3:PutObject', EvalDecision: 'allowed', ResourceSpecificResults: [] },
      ]),
    ).toThrow(/no result for s3:GetObject on arn:aws:s3:::b\/a/);
    expect(() =>
      readDecisions(call([]), [
        { EvalActionName: 's3:GetObject', EvalDecision: 'allowed' },
        { EvalActionName: 'S3:PutObject', EvalDecision: 'maybe' as Decision },
      ]),
    ).toThrow(/returned the decision maybe for S3:PutObject/);
  });
});

describe('simulator inputs', () => {
  it('writes documents in the alphabet the simulator accepts', () => {
    const policy = named('p', doc(allow('s3:GetObject', 'arn:aws:s3:::bücher-ü/*', { Sid: 'Ünïcode' })));
    const unicode = named('u', doc(allow('s3:GetObject', 'arn:aws:s3:::日本/*')));
    expect(simulatorPolicyText(policy)).toContain('bücher'); // Latin-1 stays as it is
    const text = simulatorPolicyText(unicode);
    expect(text).toMatch(/^[\t\n\r\u0020-\u00FF]+$/);
    expect(JSON.parse(text).Statement[0].Resource).toBe('arn:aws:s3:::日本/*');
  });

  it('matches exclusions against what is attached', () => {
    const attached: AttachedPolicies = attachedPolicies(DEPLOYER);
    expect(exclusionMatches({ policyType: 'aws-managed' }, attached)).toBe(true);
    expect(exclusionMatches({ policyType: 'user-managed' }, attached)).toBe(false);
    expect(exclusionMatches({ policyType: 'inline' }, attached)).toBe(true);
    expect(exclusionMatches({ policyType: 'permission-boundary' }, attached)).toBe(true);
    expect(exclusionMatches({ policyType: 'scp' }, attached)).toBe(true);
    expect(exclusionMatches({ policyType: 'rcp' }, attached)).toBe(false);
    expect(exclusionMatches({ policyArn: BOUNDARY_ARN }, attached)).toBe(true);
    expect(exclusionMatches({ policyArn: 'arn:aws:iam::aws:policy/Administrator?ccess' }, attached)).toBe(true);
    expect(exclusionMatches({ policyArn: 'arn:aws:iam::aws:policy/ReadOnly*' }, attached)).toBe(false);
    const inline = (policyName: string, attachmentType: 'user' | 'group' | 'role', attachmentName: string) => ({
      inlinePolicy: { policyName, attachmentType, attachmentName },
    });
    expect(exclusionMatches(inline('NoTerminate', 'role', 'deploy*'), attached)).toBe(true);
    expect(exclusionMatches(inline('NoTerminate', 'user', 'deployer'), attached)).toBe(false);
    expect(exclusionMatches(inline('NoTerminat', 'role', 'deployer'), attached)).toBe(false);
    expect(exclusionMatches({ policyType: 'user-managed' }, attachedPolicies(ALICE))).toBe(true);
  });

  it('combines: a local RCP or session deny wins, a session without an allow denies implicitly', () => {
    const evaluation = (partial: Partial<Evaluation>): Evaluation => ({
      decision: 'allowed',
      denies: [],
      allows: [],
      missingAllow: [],
      notes: [],
      ...partial,
    });
    const ref = (layer: 'rcp' | 'session' | 'scp') => ({
      layer,
      policy: 'p',
      statementIndex: 0,
      effect: 'Deny' as const,
    });
    expect(combine('allowed', evaluation({ decision: 'explicitDeny', denies: [ref('rcp')] }))).toBe('explicitDeny');
    expect(combine('implicitDeny', evaluation({ decision: 'explicitDeny', denies: [ref('session')] }))).toBe(
      'explicitDeny',
    );
    // An SCP deny is the simulator's business.
    expect(combine('allowed', evaluation({ decision: 'explicitDeny', denies: [ref('scp')] }))).toBe('allowed');
    expect(
      combine('allowed', evaluation({ decision: 'implicitDeny', missingAllow: [{ layer: 'session', reason: 'x' }] })),
    ).toBe('implicitDeny');
    expect(combine('explicitDeny', evaluation({}))).toBe('explicitDeny');
  });
});
