// Issue 3 acceptance: the live reader, through the real AWS SDK clients against the loopback fake endpoint, yields
// exactly the inventory that loading the same data from snapshot files yields; throttling and empty pages change
// nothing; denied Organizations reads fail with the clear error instead of an inventory without SCPs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from '@jest/globals';
import { loadInventoryFiles } from '../../src/adapters/files/inventory-files.js';
import { buildInventory, readSnapshot } from '../../src/core/inventory/load-snapshot.js';
import { InventoryIndex } from '../../src/core/inventory/inventory-index.js';
import type {
  RawAuthorizationDetails,
  RawFullSnapshot,
  RawRoleDetail,
} from '../../src/core/inventory/snapshot-format.js';
import { UserError } from '../../src/core/errors.js';
import { fakeCredentials, startFakeAws, type FakeAws, type FaultPlan } from '../fake-aws/fake-aws-server.js';
import { buildFixtureSnapshot, MANAGEMENT_ACCOUNT, PLATFORM_OU } from '../fake-aws/fixtures.js';
import { fastRetryStrategy } from '../adapters/aws/aws-test-support.js';
import { runCli } from '../helpers/cli-harness.js';
import { describeWithCorpus } from '../helpers/corpus.js';

const MEMBER_ROLE = 'OrganizationAccountAccessRole';

/** Splits a (spliced) export by the account of each entity's ARN, as the loader does. */
function splitByAccount(gaad: RawAuthorizationDetails): Map<string, RawAuthorizationDetails> {
  const out = new Map<string, Required<RawAuthorizationDetails>>();
  const bucket = (arn: string) => {
    const account = arn.split(':')[4];
    let details = out.get(account);
    if (!details) {
      details = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
      out.set(account, details);
    }
    return details;
  };
  for (const u of gaad.UserDetailList ?? []) bucket(u.Arn).UserDetailList.push(u);
  for (const g of gaad.GroupDetailList ?? []) bucket(g.Arn).GroupDetailList.push(g);
  for (const r of gaad.RoleDetailList ?? []) bucket(r.Arn).RoleDetailList.push(r);
  const awsManaged = (gaad.Policies ?? []).filter((p) => p.Arn.startsWith('arn:aws:iam::aws:'));
  for (const p of gaad.Policies ?? []) if (!p.Arn.startsWith('arn:aws:iam::aws:')) bucket(p.Arn).Policies.push(p);
  // Each account's export lists the AWS managed policies it uses; give every account all of them.
  for (const details of out.values()) details.Policies.push(...awsManaged);
  return out;
}

function memberRole(account: string): RawRoleDetail {
  return {
    Path: '/',
    RoleName: MEMBER_ROLE,
    RoleId: `AROA${account}MEMBER`,
    Arn: `arn:aws:iam::${account}:role/${MEMBER_ROLE}`,
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MANAGEMENT_ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
      ],
    },
    RolePolicyList: [],
    AttachedManagedPolicies: [],
    Tags: [],
  };
}

describeWithCorpus('live inventory equals snapshot inventory', (corpus) => {
  let fixture: RawFullSnapshot;
  let files: string[];
  const open: FakeAws[] = [];

  beforeAll(() => {
    const gaad = JSON.parse(
      readFileSync(
        join(corpus, 'account-authorization-details', 'cloudsplaining', 'examples__files__example.json'),
        'utf8',
      ),
    ) as RawAuthorizationDetails;
    const [first, ...others] = [...splitByAccount(gaad)];
    fixture = buildFixtureSnapshot(first[1]);
    // The sample splices a second account: it joins the organization under the platform OU.
    for (const [account, details] of others) {
      fixture.organization!.accounts.push({ Id: account, Name: `sample-${account}`, ParentId: PLATFORM_OU });
      for (const policy of fixture.organization!.policies) {
        if (policy.AwsManaged && !policy.Targets.includes(account)) policy.Targets.push(account);
      }
      fixture.accounts[account] = details;
    }
    for (const [account, details] of Object.entries(fixture.accounts)) {
      if (account !== MANAGEMENT_ACCOUNT && !details.RoleDetailList?.some((r) => r.RoleName === MEMBER_ROLE)) {
        details.RoleDetailList = [...(details.RoleDetailList ?? []), memberRole(account)];
      }
    }
    // The same data as files, in mixed formats: the organization snapshot, plus one
    // `aws iam get-account-authorization-details` export per account.
    const dir = mkdtempSync(join(tmpdir(), 'iam-impact-inventory-'));
    files = [join(dir, 'organization.json')];
    writeFileSync(files[0], JSON.stringify({ organization: fixture.organization }));
    for (const [account, details] of Object.entries(fixture.accounts)) {
      const file = join(dir, `gaad-${account}.json`);
      writeFileSync(file, JSON.stringify(details, null, 2));
      files.push(file);
    }
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((f) => f.close()));
  });

  async function liveInventory(faults?: FaultPlan) {
    const fake = await startFakeAws({ snapshot: fixture, callerAccount: MANAGEMENT_ACCOUNT, faults });
    open.push(fake);
    const run = await runCli(['snapshot', '--out', 'snapshot.json', '--member-role-name', MEMBER_ROLE], {
      live: {
        clients: {
          endpoint: fake.endpoint,
          credentials: fakeCredentials(MANAGEMENT_ACCOUNT),
          retryStrategy: fastRetryStrategy(30),
        },
      },
    });
    return { run, fake };
  }

  it('gives the same inventory from live AWS as from snapshot files', async () => {
    const fromFiles = (await loadInventoryFiles(files)).inventory;
    const { run, fake } = await liveInventory();
    const users = Object.values(fixture.accounts).reduce((n, d) => n + (d.UserDetailList?.length ?? 0), 0);
    const roles = Object.values(fixture.accounts).reduce((n, d) => n + (d.RoleDetailList?.length ?? 0), 0);
    expect(run.stderr).toContain(`Wrote snapshot.json: 4 account(s), ${users} user(s), ${roles} role(s)`);
    expect(run.code).toBe(0);
    const live = buildInventory([readSnapshot(JSON.parse(run.written.get('snapshot.json')!), 'snapshot.json')]);
    expect(live).toEqual(fromFiles);
    // The data really came through the wire: pages, member accounts and both policy types.
    const operations = new Set(fake.calls.map((c) => `${c.service}:${c.operation}`));
    expect(operations).toEqual(
      new Set([
        'sts:GetCallerIdentity',
        'sts:AssumeRole',
        'iam:GetAccountAuthorizationDetails',
        'organizations:DescribeOrganization',
        'organizations:ListRoots',
        'organizations:ListOrganizationalUnitsForParent',
        'organizations:ListAccountsForParent',
        'organizations:ListPoliciesForTarget',
        'organizations:DescribePolicy',
      ]),
    );
    expect(fake.calls.filter((c) => c.operation === 'GetAccountAuthorizationDetails').length).toBeGreaterThan(40);
    // And the derived view agrees for every principal.
    const a = new InventoryIndex(live);
    const b = new InventoryIndex(fromFiles);
    expect(a.principals().length).toBe(users + roles);
    for (const principal of a.principals()) expect(a.policiesOf(principal)).toEqual(b.policiesOf(principal));
  });

  it('gives the identical inventory with 30% of requests throttled and empty pages injected', async () => {
    const fromFiles = (await loadInventoryFiles(files)).inventory;
    const { run, fake } = await liveInventory({ throttleRate: 0.3, emptyPages: true, seed: 7 });
    expect(run.code).toBe(0);
    const throttled = fake.calls.filter((c) =>
      c.status === 400 && c.service !== 'organizations' ? true : c.status === 400,
    );
    expect(throttled.length).toBeGreaterThan(20);
    const live = buildInventory([readSnapshot(JSON.parse(run.written.get('snapshot.json')!), 'snapshot.json')]);
    expect(live).toEqual(fromFiles);
  });

  it('fails clearly, writing nothing, when Organizations calls are denied', async () => {
    const { run } = await liveInventory({ accessDenied: ['organizations:ListPoliciesForTarget'] });
    expect(run.code).toBe(2);
    expect(run.written.size).toBe(0);
    expect(run.stderr).toContain('SCPs not read: organizations:ListPoliciesForTarget was denied');
    expect(run.stderr).toContain(
      'Run from the management account or a delegated administrator, or supply an org snapshot with --inventory.',
    );
  });

  it('never hands back a reader result without SCPs when ListRoots is denied', async () => {
    const fake = await startFakeAws({
      snapshot: fixture,
      callerAccount: MANAGEMENT_ACCOUNT,
      faults: { accessDenied: ['organizations:ListRoots'] },
    });
    open.push(fake);
    const { readLiveSnapshot } = await import('../../src/adapters/aws/live-snapshot-reader.js');
    const failure = await readLiveSnapshot({
      clients: {
        endpoint: fake.endpoint,
        credentials: fakeCredentials(MANAGEMENT_ACCOUNT),
        retryStrategy: fastRetryStrategy(),
      },
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).message).toMatch(/^SCPs not read: organizations:ListRoots was denied/);
  });
});
