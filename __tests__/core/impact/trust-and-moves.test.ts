// Trust-policy changes and accounts moving between OUs: evaluated, not reported as unknown.
import { describe, expect, it } from '@jest/globals';
import type { ChangeSet } from '../../../src/core/changes/change-set.js';
import { buildInventory, readSnapshot } from '../../../src/core/inventory/load-snapshot.js';
import { createLocalBackend } from '../../../src/core/impact/local-backend.js';
import { planImpact } from '../../../src/core/impact/plan-impact.js';
import type { Finding } from '../../../src/core/impact/report-types.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import { PROD_OU, REQUIRE_MFA_SCP, ROOT, WORKLOAD, storySnapshot } from '../../fixtures/mfa-stories.js';

const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
};
const DEPLOYER = `arn:aws:iam::${WORKLOAD}:role/deployer`;
const EXTERNAL = '444455556666';
const options = { defaultAccount: WORKLOAD, now: new Date('2026-11-22T00:00:00Z') };

const trust = (statements: unknown[]) =>
  parsePolicyDocument({ Version: '2012-10-17', Statement: statements }, { kind: 'trust' });
const allow = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'sts:AssumeRole',
  ...extra,
});

function trustChange(before: unknown[], after: unknown[]): ChangeSet {
  return {
    changes: [
      {
        kind: 'trust-policy',
        role: { kind: 'role', name: 'deployer', accountId: WORKLOAD },
        before: trust(before),
        after: trust(after),
        source: { origin: 'policy-file', file: 'trust/deployer.json', line: 1 },
      },
    ],
    warnings: [],
  };
}

const brief = (f: Finding) => `${f.change} ${f.principal} ${f.scenario} ${f.action} ${f.before}→${f.after}`;

describe('trust-policy changes', () => {
  const inventory = buildInventory([readSnapshot(storySnapshot(READ_ONLY), 'story.json')]);
  const accountRoot = allow({ AWS: `arn:aws:iam::${WORKLOAD}:root` });

  it('evaluates sts:AssumeRole for the callers the changed statements name, inside and outside the inventory', async () => {
    const changeSet = trustChange(
      [accountRoot],
      [
        allow({ AWS: `arn:aws:iam::${WORKLOAD}:user/carol` }),
        allow({ AWS: `arn:aws:iam::${EXTERNAL}:root` }),
        allow({ Service: 'lambda.amazonaws.com' }),
      ],
    );
    const report = await planImpact(inventory, changeSet, createLocalBackend(), options);
    expect(report.findings.map(brief).sort()).toEqual(
      [
        // Named directly, carol needs no identity permission in the same account.
        `gained arn:aws:iam::${WORKLOAD}:user/carol access-key sts:AssumeRole implicitDeny→allowed`,
        `gained arn:aws:iam::${WORKLOAD}:user/carol mfa-session sts:AssumeRole implicitDeny→allowed`,
        `gained arn:aws:iam::${WORKLOAD}:user/carol no-mfa-session sts:AssumeRole implicitDeny→allowed`,
        // The admin role could assume itself through the account; no longer.
        `lost ${DEPLOYER} role-session sts:AssumeRole allowed→implicitDeny`,
        `lost ${DEPLOYER} role-session-mfa sts:AssumeRole allowed→implicitDeny`,
        `gained arn:aws:iam::${EXTERNAL}:root * sts:AssumeRole implicitDeny→allowed`,
        `gained lambda.amazonaws.com * sts:AssumeRole implicitDeny→allowed`,
      ].sort(),
    );
    const lost = report.findings.find((f) => f.change === 'lost')!;
    expect(lost.resource).toBe(DEPLOYER);
    expect(lost.cause.layer).toBe('resource');
    // Users whose own policies never allowed sts:AssumeRole lose nothing, and are not reported.
    expect(report.findings.some((f) => f.principal.endsWith('user/batch-job'))).toBe(false);
    expect(report.summary.incomplete).toBe(0);
  });

  it('gives the same findings with the aws backend (the simulator, with the trust policy as ResourcePolicy)', async () => {
    const { startFakeAws, fakeCredentials } = await import('../../fake-aws/fake-aws-server.js');
    const { fastRetryStrategy } = await import('../../adapters/aws/aws-test-support.js');
    const { createSimulatorBackend } = await import('../../../src/adapters/aws/simulator-backend.js');
    const changeSet = trustChange(
      [accountRoot],
      [allow({ AWS: `arn:aws:iam::${WORKLOAD}:user/carol` }), allow({ Service: 'lambda.amazonaws.com' })],
    );
    const local = await planImpact(inventory, changeSet, createLocalBackend(), options);
    const fake = await startFakeAws({ snapshot: storySnapshot(READ_ONLY), callerAccount: WORKLOAD });
    try {
      const backend = createSimulatorBackend({
        clients: {
          endpoint: fake.endpoint,
          credentials: fakeCredentials(WORKLOAD),
          retryStrategy: fastRetryStrategy(),
        },
      });
      const aws = await planImpact(inventory, changeSet, backend, options);
      expect(aws.findings).toEqual(local.findings);
      expect(aws.summary).toEqual(local.summary);
      expect(local.findings.length).toBe(6);
      const simulations = fake.calls.filter((c) => c.operation.startsWith('Simulate'));
      expect(simulations.some((c) => String(c.params.ResourcePolicy).includes('user/carol'))).toBe(true);
      expect(simulations.every((c) => c.params.ResourceOwner === `arn:aws:iam::${WORKLOAD}:root`)).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('reports a conditional statement for a caller outside the inventory as incomplete, never as no impact', async () => {
    const changeSet = trustChange(
      [accountRoot],
      [
        accountRoot,
        allow({ AWS: `arn:aws:iam::${EXTERNAL}:root` }, { Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
      ],
    );
    const report = await planImpact(inventory, changeSet, createLocalBackend(), options);
    expect(report.findings.map(brief)).toEqual([
      `incomplete arn:aws:iam::${EXTERNAL}:root * sts:AssumeRole unknown→unknown`,
    ]);
    expect(report.findings[0].cause.summary).toMatch(/conditions/);
  });

  it('reports a federated provider as incomplete', async () => {
    const provider = `arn:aws:iam::${WORKLOAD}:oidc-provider/token.actions.githubusercontent.com`;
    const changeSet = trustChange(
      [accountRoot],
      [accountRoot, { Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithWebIdentity' }],
    );
    const report = await planImpact(inventory, changeSet, createLocalBackend(), options);
    expect(report.findings.map((f) => [f.change, f.principal])).toEqual([['incomplete', provider]]);
    expect(report.findings[0].cause.summary).toMatch(/web identity and SAML federation/);
  });

  it('ignores a trust change on a role the change set creates', async () => {
    const changeSet = trustChange([accountRoot], []);
    const first = changeSet.changes[0] as Extract<ChangeSet['changes'][number], { kind: 'trust-policy' }>;
    first.role = { kind: 'role', name: 'new-role', accountId: WORKLOAD };
    const report = await planImpact(inventory, changeSet, createLocalBackend(), options);
    expect(report.findings).toEqual([]);
  });
});

describe('an account moving to another OU', () => {
  const SANDBOX = 'ou-root-sandbox01';
  const snapshot = storySnapshot(READ_ONLY);
  snapshot.organization!.organizationalUnits.push({ Id: SANDBOX, Name: 'sandbox', ParentId: ROOT });
  snapshot.organization!.policies.push({
    Id: 'p-requiremfa',
    Name: 'RequireMFA',
    Type: 'SERVICE_CONTROL_POLICY',
    AwsManaged: false,
    Content: JSON.stringify(REQUIRE_MFA_SCP),
    Targets: [SANDBOX],
  });
  snapshot.organization!.policies[0].Targets.push(SANDBOX);
  const inventory = buildInventory([readSnapshot(snapshot, 'story.json')]);
  const move = (to: string): ChangeSet => ({
    changes: [
      {
        kind: 'account-moved',
        accountId: WORKLOAD,
        fromParent: PROD_OU,
        toParent: to,
        source: { origin: 'terraform', address: 'aws_organizations_account.workload' },
      },
    ],
    warnings: [],
  });

  it('evaluates every principal of the account under the SCPs of its new OU', async () => {
    const report = await planImpact(inventory, move(SANDBOX), createLocalBackend(), options);
    const lost = report.findings.filter((f) => f.change === 'lost');
    expect(new Set(lost.map((f) => f.principal))).toEqual(
      new Set([
        `arn:aws:iam::${WORKLOAD}:user/batch-job`,
        `arn:aws:iam::${WORKLOAD}:user/carol`,
        `arn:aws:iam::${WORKLOAD}:user/analyst-1`,
        `arn:aws:iam::${WORKLOAD}:user/analyst-2`,
        DEPLOYER,
      ]),
    );
    expect(lost.every((f) => f.cause.layer === 'scp' && f.cause.policy?.includes('RequireMFA'))).toBe(true);
    expect(new Set(lost.map((f) => f.scenario))).toEqual(new Set(['access-key', 'no-mfa-session', 'role-session']));
    // The service-linked role is not restricted by SCPs wherever the account goes.
    expect(report.findings.some((f) => f.principal.includes('aws-service-role'))).toBe(false);
  });

  it('reports a move to an OU the snapshot does not hold as incomplete', async () => {
    const report = await planImpact(inventory, move('ou-root-unknown1'), createLocalBackend(), options);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.change === 'incomplete')).toBe(true);
    expect(report.findings[0].cause.summary).toMatch(/ou-root-unknown1, which is not in the organization snapshot/);
  });

  it('is read from a Terraform plan as a change, not a warning', async () => {
    const { readTerraformPlan } = await import('../../../src/core/changes/terraform/read-terraform-plan.js');
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.0',
      resource_changes: [
        {
          address: 'aws_organizations_account.workload',
          mode: 'managed',
          type: 'aws_organizations_account',
          name: 'workload',
          provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { id: WORKLOAD, name: 'workload', parent_id: PROD_OU },
            after: { id: WORKLOAD, name: 'workload', parent_id: SANDBOX },
            after_unknown: {},
          },
        },
      ],
    };
    const set = readTerraformPlan(plan, { source: 'plan.json', inventory, accountId: WORKLOAD });
    expect(set.changes).toEqual([
      expect.objectContaining({ kind: 'account-moved', accountId: WORKLOAD, toParent: SANDBOX }),
    ]);
    expect(set.warnings).toEqual([]);
  });
});
