// A Deny on `*` must be found to break an allow scoped to specific resources (evaluated on `*` alone, the principal
// looks denied before the change already, and the loss would go unreported).
import { describe, expect, it } from '@jest/globals';
import type { ChangeSet } from '../../../src/core/changes/change-set.js';
import { buildInventory, readSnapshot } from '../../../src/core/inventory/load-snapshot.js';
import { createLocalBackend } from '../../../src/core/impact/local-backend.js';
import { planImpact } from '../../../src/core/impact/plan-impact.js';
import { scopedAllowResources } from '../../../src/core/impact/scoped-resources.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import { REQUIRE_MFA_SCP, WORKLOAD, storySnapshot } from '../../fixtures/mfa-stories.js';

const READ_ONLY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] };
const BATCH = `arn:aws:iam::${WORKLOAD}:user/batch-job`;

function scopedSnapshot() {
  const snapshot = storySnapshot(READ_ONLY);
  const batch = snapshot.accounts[WORKLOAD].UserDetailList!.find((u) => u.UserName === 'batch-job')!;
  batch.UserPolicyList = [
    {
      PolicyName: 'reports',
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }],
      },
    },
  ];
  return snapshot;
}

const denyWithoutMfa: ChangeSet = {
  changes: [
    {
      kind: 'inline-policy',
      entity: { kind: 'user', name: 'batch-job', accountId: WORKLOAD },
      policyName: 'require-mfa',
      after: parsePolicyDocument(REQUIRE_MFA_SCP, { kind: 'identity' }),
      source: { origin: 'policy-file', file: 'policies/users/batch-job/require-mfa.json', line: 1 },
    },
  ],
  warnings: [],
};

describe('allows scoped to resources', () => {
  const snapshot = scopedSnapshot();
  const inventory = buildInventory([readSnapshot(snapshot, 'scoped.json')]);
  const options = { defaultAccount: WORKLOAD, now: new Date('2026-11-22T00:00:00Z') };

  it('a Deny on * is evaluated on the resources the allow names, and the loss is reported', async () => {
    const report = await planImpact(inventory, denyWithoutMfa, createLocalBackend(), options);
    const lost = report.findings.filter((f) => f.change === 'lost');
    expect(lost.map((f) => [f.principal, f.scenario, f.resource]).sort()).toEqual([
      [BATCH, 'access-key', 'arn:aws:s3:::reports/*'],
      [BATCH, 'no-mfa-session', 'arn:aws:s3:::reports/*'],
    ]);
    expect(lost[0].actionClass?.examples).toEqual(expect.arrayContaining(['s3:PutObject']));
  });

  it('the aws backend agrees', async () => {
    const { startFakeAws, fakeCredentials } = await import('../../fake-aws/fake-aws-server.js');
    const { fastRetryStrategy } = await import('../../adapters/aws/aws-test-support.js');
    const { createSimulatorBackend } = await import('../../../src/adapters/aws/simulator-backend.js');
    const local = await planImpact(inventory, denyWithoutMfa, createLocalBackend(), options);
    const fake = await startFakeAws({ snapshot, callerAccount: WORKLOAD });
    try {
      const backend = createSimulatorBackend({
        clients: {
          endpoint: fake.endpoint,
          credentials: fakeCredentials(WORKLOAD),
          retryStrategy: fastRetryStrategy(),
        },
      });
      const aws = await planImpact(inventory, denyWithoutMfa, backend, options);
      expect(aws.findings).toEqual(local.findings);
      expect(local.findings.length).toBeGreaterThan(0);
    } finally {
      await fake.close();
    }
  });
});

describe('scopedAllowResources', () => {
  const doc = parsePolicyDocument(
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:Put*', Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*'] },
        { Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::c/*' },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
        { Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::d/*' },
      ],
    },
    { kind: 'identity' },
  );

  it('lists the specific resources Allow statements grant the action on, skipping variables and denies', () => {
    expect(scopedAllowResources([doc], 's3:PutObject')).toEqual([
      'arn:aws:s3:::a/*',
      'arn:aws:s3:::b/*',
      'arn:aws:s3:::c/*',
    ]);
    expect(scopedAllowResources([doc], 'iam:GetUser')).toEqual([]);
  });
});

describe('scopedAllowResources with an allow on every resource', () => {
  it('adds nothing when an allow on * grants the action too', () => {
    const doc = parsePolicyDocument(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::a/*' },
          { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        ],
      },
      { kind: 'identity' },
    );
    expect(scopedAllowResources([doc], 's3:PutObject')).toEqual([]);
  });
});
