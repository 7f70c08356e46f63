// Issue 5 acceptance: the four MFA stories, from policy files through the change set to findings and checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from '@jest/globals';
import { fileSnapshotOf } from '../../src/core/changes/config/file-snapshot.js';
import { parseConfig } from '../../src/core/changes/config/parse-config.js';
import { readPolicyFileChanges } from '../../src/core/changes/config/policy-file-changes.js';
import { rcpAppliesToService } from '../../src/core/catalog/aws-catalog.js';
import { buildInventory, readSnapshot } from '../../src/core/inventory/load-snapshot.js';
import type { Inventory } from '../../src/core/inventory/types.js';
import { createLocalBackend } from '../../src/core/impact/local-backend.js';
import { planImpact } from '../../src/core/impact/plan-impact.js';
import type { ImpactReport } from '../../src/core/impact/report-types.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { MANAGEMENT, STORY_CONFIG, STORY_FILES, WORKLOAD, storySnapshot } from '../fixtures/mfa-stories.js';

const CONFIG_FILE = '.github/iam-impact.yml';

describeWithCorpus('the MFA stories (local backend)', (corpus) => {
  let inventory: Inventory;

  beforeAll(() => {
    const readOnly = JSON.parse(
      readFileSync(join(corpus, 'aws-managed-policies', 'ReadOnlyAccess.json'), 'utf8'),
    ) as unknown;
    inventory = buildInventory([readSnapshot(storySnapshot(readOnly), 'story.json')]);
  });

  async function story(id: 'a' | 'b' | 'c' | 'd'): Promise<ImpactReport> {
    const config = parseConfig(STORY_CONFIG, CONFIG_FILE);
    const changeSet = readPolicyFileChanges({
      config,
      configFile: CONFIG_FILE,
      base: fileSnapshotOf({ [CONFIG_FILE]: STORY_CONFIG }),
      head: fileSnapshotOf({ [CONFIG_FILE]: STORY_CONFIG, ...STORY_FILES[id] }),
      inventory,
    });
    return planImpact(inventory, changeSet, createLocalBackend({ rcpAppliesToService }), {
      defaultAccount: WORKLOAD,
      engine: { rcpAppliesToService },
      now: new Date('2026-11-22T00:00:00Z'),
    });
  }

  const arn = (kind: 'user' | 'role', name: string, account = WORKLOAD) => `arn:aws:iam::${account}:${kind}/${name}`;

  it('(a) a user with S3 access keys loses s3:PutObject under access-key, keeps it with MFA, keeps GetSessionToken', async () => {
    const report = await story('a');
    const lost = report.findings.filter((f) => f.change === 'lost' && f.principal === arn('user', 'batch-job'));
    const s3 = lost.filter((f) => f.actionClass?.examples.includes('s3:PutObject'));
    expect(s3.map((f) => f.scenario).sort()).toEqual(['access-key', 'no-mfa-session']);
    const accessKey = s3.find((f) => f.scenario === 'access-key')!;
    expect(accessKey).toMatchObject({
      before: 'allowed',
      after: 'explicitDeny',
      cause: { sid: 'DenyAllExceptListedIfNoMFA', mfaCondition: true, file: 'policies/users/batch-job/force-mfa.json' },
    });
    expect(accessKey.cause.line).toBeGreaterThan(1);
    expect(accessKey.hint).toContain('aws sts get-session-token --serial-number');
    expect(report.findings.some((f) => f.scenario === 'mfa-session' && f.change === 'lost')).toBe(false);
    expect(
      report.findings.some((f) => f.actionClass?.examples.some((a) => a.toLowerCase() === 'sts:getsessiontoken')),
    ).toBe(false);
    expect(
      report.checks.find((c) => c.id === 'mfa-enrolment' && c.principal === arn('user', 'batch-job'))?.status,
    ).toBe('pass');
  });

  it('(b) a ReadOnlyAccess group gets the force-MFA Deny: the mfa-enrolment check fails for its users', async () => {
    const report = await story('b');
    const enrolment = report.checks.filter((c) => c.id === 'mfa-enrolment');
    expect(enrolment.map((c) => [c.principal, c.status])).toEqual([
      [arn('user', 'analyst-1'), 'fail'],
      [arn('user', 'analyst-2'), 'fail'],
    ]);
    expect(enrolment[0].detail).toContain('iam:CreateVirtualMFADevice');
    expect(enrolment[0].detail).toContain('iam:EnableMFADevice');
  });

  it('(c) a NotAction without iam:ListMFADevices fails enrolment; iam:ListUsers added warns', async () => {
    const report = await story('c');
    const carol = report.checks.filter((c) => c.principal === arn('user', 'carol'));
    expect(carol.find((c) => c.id === 'mfa-enrolment')).toMatchObject({ status: 'fail' });
    expect(carol.find((c) => c.id === 'mfa-enrolment')?.detail).toContain('iam:ListMFADevices');
    expect(carol.find((c) => c.id === 'exposed-without-mfa')).toMatchObject({ status: 'warn' });
    expect(carol.find((c) => c.id === 'exposed-without-mfa')?.detail).toContain('iam:ListUsers');
  });

  it('(d) an MFA SCP on an OU: roles lose everything under role-session, keep it with MFA; management account and service-linked roles unaffected', async () => {
    const report = await story('d');
    const deployer = report.findings.filter((f) => f.principal === arn('role', 'deployer'));
    expect(deployer.length).toBeGreaterThan(0);
    expect(new Set(deployer.map((f) => f.scenario))).toEqual(new Set(['role-session']));
    expect(deployer.every((f) => f.change === 'lost' && f.after === 'explicitDeny' && f.cause.layer === 'scp')).toBe(
      true,
    );
    // One SCP statement causes it all: one finding, "loses N actions, including s3:PutObject …", covering the catalog.
    expect(deployer).toHaveLength(1);
    expect(deployer[0].actionClass!.size).toBeGreaterThan(15_000);
    expect(deployer[0].action).toBe('s3:PutObject');
    // Every affected principal has one finding per scenario it loses access under, not one per action class.
    const perPrincipalScenario = new Set(
      report.findings.map((f) => `${f.principal}|${f.scenario}|${f.cause.policy}|${f.cause.statementIndex}`),
    );
    expect(perPrincipalScenario.size).toBe(report.findings.length);
    expect(deployer[0].hint).toContain('GetSessionToken with MFA before AssumeRole');
    expect(report.checks.some((c) => c.id === 'role-session-mfa' && c.principal === arn('role', 'deployer'))).toBe(
      true,
    );
    expect(report.findings.some((f) => f.principal === arn('role', 'org-admin', MANAGEMENT))).toBe(false);
    expect(report.findings.some((f) => f.principal.includes('AWSServiceRoleForECS'))).toBe(false);
    expect(report.summary.incomplete).toBe(0);
  });
});

/** The story snapshot with the corpus's ReadOnlyAccess, its inventory, and the change set of story `id`. */
function storyInputs(corpus: string, id: 'a' | 'b' | 'c' | 'd') {
  const readOnly = JSON.parse(
    readFileSync(join(corpus, 'aws-managed-policies', 'ReadOnlyAccess.json'), 'utf8'),
  ) as unknown;
  const snapshot = storySnapshot(readOnly);
  const inventory = buildInventory([readSnapshot(snapshot, 'story.json')]);
  const config = parseConfig(STORY_CONFIG, CONFIG_FILE);
  const changeSet = readPolicyFileChanges({
    config,
    configFile: CONFIG_FILE,
    base: fileSnapshotOf({ [CONFIG_FILE]: STORY_CONFIG }),
    head: fileSnapshotOf({ [CONFIG_FILE]: STORY_CONFIG, ...STORY_FILES[id] }),
    inventory,
  });
  return { snapshot, inventory, changeSet };
}

describeWithCorpus('the MFA stories: the aws backend gives the same findings', (corpus) => {
  it.each(['a', 'b', 'c', 'd'] as const)('story (%s)', async (id) => {
    const { startFakeAws, fakeCredentials } = await import('../fake-aws/fake-aws-server.js');
    const { fastRetryStrategy } = await import('../adapters/aws/aws-test-support.js');
    const { createSimulatorBackend } = await import('../../src/adapters/aws/simulator-backend.js');
    const { snapshot, inventory, changeSet } = storyInputs(corpus, id);
    const options = {
      defaultAccount: WORKLOAD,
      engine: { rcpAppliesToService },
      now: new Date('2026-11-22T00:00:00Z'),
    };
    const local = await planImpact(inventory, changeSet, createLocalBackend({ rcpAppliesToService }), options);
    const fake = await startFakeAws({ snapshot, callerAccount: WORKLOAD });
    try {
      const backend = createSimulatorBackend({
        clients: {
          endpoint: fake.endpoint,
          credentials: fakeCredentials(WORKLOAD),
          retryStrategy: fastRetryStrategy(),
        },
        rcpAppliesToService,
      });
      const aws = await planImpact(inventory, changeSet, backend, options);
      expect(aws.findings).toEqual(local.findings);
      expect(aws.checks).toEqual(local.checks);
      expect(aws.summary).toEqual(local.summary);
      expect(aws.backend.name).toBe('aws');
      expect(aws.backend.apiCalls).toBeGreaterThan(0);
      expect(aws.backend.notes.join(' ')).not.toContain('disagree');
      const simulations = fake.calls.filter((c) => c.operation.startsWith('Simulate'));
      const principalCalls = simulations.filter((c) => c.operation === 'SimulatePrincipalPolicy');
      const customCalls = simulations.filter((c) => c.operation === 'SimulateCustomPolicy');
      if (id === 'd') {
        // An SCP change: the inventory-built set on both sides, plus the live baseline of each principal.
        expect(customCalls.length).toBeGreaterThan(0);
        expect(customCalls.every((c) => Array.isArray(c.params.OrderedOrganizationPolicyInputList))).toBe(true);
        expect(principalCalls.length).toBeGreaterThan(0);
        expect(principalCalls.every((c) => c.params.PolicyInputList === undefined)).toBe(true);
        expect(aws.findings.filter((f) => f.cause.summary.includes('stale'))).toEqual([]);
      } else {
        // An identity-side change: SimulatePrincipalPolicy only, the after side adding the new inline policy.
        expect(customCalls).toEqual([]);
        const withDelta = principalCalls.filter((c) => Array.isArray(c.params.PolicyInputList));
        expect(withDelta.length).toBeGreaterThan(0);
        expect(String((withDelta[0].params.PolicyInputList as unknown[])[0])).toContain('MultiFactorAuthPresent');
      }
    } finally {
      await fake.close();
    }
  });

  it('reports a stale inventory when AWS and the inventory disagree before the change', async () => {
    const { startFakeAws, fakeCredentials } = await import('../fake-aws/fake-aws-server.js');
    const { fastRetryStrategy } = await import('../adapters/aws/aws-test-support.js');
    const { createSimulatorBackend } = await import('../../src/adapters/aws/simulator-backend.js');
    const { snapshot, inventory, changeSet } = storyInputs(corpus, 'd');
    // AWS has moved on since the snapshot: batch-job's S3 policy was removed.
    const live = structuredClone(snapshot);
    const batch = live.accounts[WORKLOAD].UserDetailList!.find((u) => u.UserName === 'batch-job')!;
    batch.UserPolicyList = [];
    const fake = await startFakeAws({ snapshot: live, callerAccount: WORKLOAD });
    try {
      const backend = createSimulatorBackend({
        clients: {
          endpoint: fake.endpoint,
          credentials: fakeCredentials(WORKLOAD),
          retryStrategy: fastRetryStrategy(),
        },
        rcpAppliesToService,
      });
      const report = await planImpact(inventory, changeSet, backend, {
        defaultAccount: WORKLOAD,
        engine: { rcpAppliesToService },
        now: new Date('2026-11-22T00:00:00Z'),
      });
      const stale = report.findings.filter((f) => f.change === 'incomplete');
      expect(stale.map((f) => f.principal)).toEqual([`arn:aws:iam::${WORKLOAD}:user/batch-job`]);
      expect(stale[0].cause.summary).toMatch(/inventory is stale/);
      expect(stale[0].cause.summary).toMatch(/s3:PutObject|s3:GetObject/);
      expect(stale[0].cause.summary).toMatch(/AWS implicitDeny, the inventory allowed/);
    } finally {
      await fake.close();
    }
  });
});
