// The accounts a change affects (what `iam-impact shard` splits), and the planner's account filter: each shard
// evaluates its own accounts' principals, and exactly one shard reports the changes that could not be applied.
import { describe, expect, it } from '@jest/globals';
import type { ChangeSet } from '../../../src/core/changes/change-set.js';
import { fileSnapshotOf } from '../../../src/core/changes/config/file-snapshot.js';
import { parseConfig } from '../../../src/core/changes/config/parse-config.js';
import { readPolicyFileChanges } from '../../../src/core/changes/config/policy-file-changes.js';
import { rcpAppliesToService } from '../../../src/core/catalog/aws-catalog.js';
import { affectedAccounts } from '../../../src/core/impact/affected-accounts.js';
import { createLocalBackend } from '../../../src/core/impact/local-backend.js';
import { planImpact } from '../../../src/core/impact/plan-impact.js';
import { buildInventory, readSnapshot } from '../../../src/core/inventory/load-snapshot.js';
import { MANAGEMENT, STORY_CONFIG, STORY_FILES, WORKLOAD, storySnapshot } from '../../fixtures/mfa-stories.js';

const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 's3:Get*', 's3:List*'], Resource: '*' }],
};
const CONFIG_FILE = '.github/iam-impact.yml';
const inventory = buildInventory([readSnapshot(storySnapshot(READ_ONLY), 'story.json')]);

function story(id: 'a' | 'b' | 'c' | 'd'): ChangeSet {
  return readPolicyFileChanges({
    config: parseConfig(STORY_CONFIG, CONFIG_FILE),
    configFile: CONFIG_FILE,
    base: fileSnapshotOf({ [CONFIG_FILE]: STORY_CONFIG }),
    head: fileSnapshotOf({ [CONFIG_FILE]: STORY_CONFIG, ...STORY_FILES[id] }),
    inventory,
  });
}

/** An SCP of an account the inventory has no IAM for: nothing to evaluate, one finding to report. */
const UNAPPLIED_ONLY: ChangeSet = {
  changes: [
    {
      kind: 'org-policy-attachment',
      action: 'attach',
      policyType: 'SERVICE_CONTROL_POLICY',
      policyId: 'p-FullAWSAccess',
      targetId: '444455556666',
      source: { origin: 'policy-file', file: 'scps/x.json' },
    },
  ],
  warnings: [],
};

const plan = (changeSet: ChangeSet, accounts?: string[]) =>
  planImpact(inventory, changeSet, createLocalBackend({ rcpAppliesToService }), {
    defaultAccount: WORKLOAD,
    engine: { rcpAppliesToService },
    now: new Date('2026-11-22T00:00:00Z'),
    accounts: accounts && new Set(accounts),
  });

describe('affectedAccounts', () => {
  it('gives the account of a changed inline policy', () => {
    expect(affectedAccounts(inventory, story('a'), { defaultAccount: WORKLOAD })).toEqual([WORKLOAD]);
  });

  it('gives every account under the OU of a new SCP, sorted', () => {
    expect(affectedAccounts(inventory, story('d'), { defaultAccount: WORKLOAD })).toEqual([WORKLOAD, MANAGEMENT]);
  });

  it('gives nothing for no change', () => {
    expect(affectedAccounts(inventory, { changes: [], warnings: [] })).toEqual([]);
  });

  it('gives one reporting account when nothing is affected but a change could not be applied', () => {
    const snapshot = storySnapshot(READ_ONLY);
    snapshot.organization!.accounts.push({ Id: '444455556666', Name: 'no-iam', ParentId: 'r-root' });
    const withAccount = buildInventory([readSnapshot(snapshot, 'story.json')]);
    expect(affectedAccounts(withAccount, UNAPPLIED_ONLY)).toEqual(['444455556666']);
  });
});

describe('planImpact with an account filter', () => {
  it('evaluates only the principals of the given accounts', async () => {
    const whole = await plan(story('d'));
    const workload = await plan(story('d'), [WORKLOAD]);
    const management = await plan(story('d'), [MANAGEMENT]);
    expect(workload.findings).toEqual(whole.findings.filter((f) => f.account === WORKLOAD));
    expect(workload.findings.length).toBeGreaterThan(0);
    expect(management.findings).toEqual([]);
    expect(workload.summary.principals + management.summary.principals).toBe(whole.summary.principals);
    expect(workload.checks).toEqual(whole.checks);
  });

  it('reports a change that could not be applied in the shard of the first affected account only', async () => {
    const snapshot = storySnapshot(READ_ONLY);
    snapshot.organization!.accounts.push({ Id: '444455556666', Name: 'no-iam', ParentId: 'ou-root-prod0001' });
    const org = buildInventory([readSnapshot(snapshot, 'story.json')]);
    const changeSet = story('d');
    const run = (accounts?: string[]) =>
      planImpact(org, changeSet, createLocalBackend({ rcpAppliesToService }), {
        engine: { rcpAppliesToService },
        now: new Date('2026-11-22T00:00:00Z'),
        accounts: accounts && new Set(accounts),
      });
    const whole = await run();
    const unapplied = whole.findings.filter((f) => f.account === '444455556666');
    expect(unapplied).toHaveLength(1);
    expect(unapplied[0].cause.summary).toContain('its IAM is not in the inventory');
    // The affected accounts are the workload and the management account; the workload sorts first.
    expect((await run([WORKLOAD])).findings.slice(0, 1)).toEqual(unapplied);
    expect((await run([MANAGEMENT])).findings.some((f) => f.account === '444455556666')).toBe(false);
  });
});
