import { describe, expect, it } from '@jest/globals';
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesForTargetCommand,
  ListRootsCommand,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { listActiveAccounts, readOrganization } from '../../../src/adapters/aws/organizations-reader.js';

/*
 * A stand-in for OrganizationsClient.send over a small tree, r-1 → ou-a → ou-b, with accounts at each level. Every
 * list answers an empty page carrying a token before each real page (as Organizations may), and pages hold one item,
 * so the reader's loop must follow NextToken through empty pages to see anything.
 */
function stubOrganization(options: { rcpStatus?: string } = {}) {
  const calls: { op: string; input: Record<string, unknown> }[] = [];
  const children: Record<string, { ous: string[]; accounts: { Id: string; Name: string; State?: string }[] }> = {
    'r-1': { ous: ['ou-a'], accounts: [{ Id: '111111111111', Name: 'mgmt', State: 'ACTIVE' }] },
    'ou-a': { ous: ['ou-b'], accounts: [{ Id: '222222222222', Name: 'dev', State: 'SUSPENDED' }] },
    'ou-b': { ous: [], accounts: [{ Id: '333333333333', Name: 'prod' }] },
  };
  const attached: Record<string, { Id: string; Name: string; Type: string; AwsManaged?: boolean }[]> = {
    'r-1/SERVICE_CONTROL_POLICY': [
      { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true },
    ],
    'ou-a/SERVICE_CONTROL_POLICY': [
      { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true },
      { Id: 'p-deny', Name: 'DenyLeave', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false },
    ],
    '333333333333/SERVICE_CONTROL_POLICY': [
      { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true },
      { Id: 'p-deny', Name: 'DenyLeave', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false },
    ],
    'r-1/RESOURCE_CONTROL_POLICY': [
      { Id: 'p-RCPFullAWSAccess', Name: 'RCPFullAWSAccess', Type: 'RESOURCE_CONTROL_POLICY', AwsManaged: true },
    ],
  };
  // token "e<n>" is the empty page before item n; "i<n>" serves item n.
  const page = <T>(items: T[], token: unknown) => {
    const t = typeof token === 'string' ? token : 'e0';
    const n = Number(t.slice(1));
    if (t.startsWith('e')) return { items: [] as T[], next: items.length > n ? `i${n}` : undefined };
    return { items: items.slice(n, n + 1), next: `e${n + 1}` };
  };
  const send = async (command: { input: Record<string, unknown> }) => {
    const input = command.input;
    const record = (op: string) => calls.push({ op, input });
    if (command instanceof DescribeOrganizationCommand) {
      record('DescribeOrganization');
      return { Organization: { Id: 'o-1', MasterAccountId: '111111111111', FeatureSet: 'ALL' } };
    }
    if (command instanceof ListRootsCommand) {
      record('ListRoots');
      const { items, next } = page(
        [
          {
            Id: 'r-1',
            Name: 'Root',
            PolicyTypes: [
              { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' },
              ...(options.rcpStatus ? [{ Type: 'RESOURCE_CONTROL_POLICY', Status: options.rcpStatus }] : []),
              { Type: 'TAG_POLICY', Status: 'ENABLED' },
            ],
          },
        ],
        input.NextToken,
      );
      return { Roots: items, NextToken: next };
    }
    if (command instanceof ListOrganizationalUnitsForParentCommand) {
      record('ListOrganizationalUnitsForParent');
      const ids = children[input.ParentId as string].ous;
      const { items, next } = page(
        ids.map((Id) => ({ Id, Name: Id.toUpperCase() })),
        input.NextToken,
      );
      return { OrganizationalUnits: items, NextToken: next };
    }
    if (command instanceof ListAccountsForParentCommand) {
      record('ListAccountsForParent');
      const { items, next } = page(children[input.ParentId as string].accounts, input.NextToken);
      return { Accounts: items, NextToken: next };
    }
    if (command instanceof ListAccountsCommand) {
      record('ListAccounts');
      const all = Object.values(children).flatMap((c) => c.accounts);
      const { items, next } = page(all, input.NextToken);
      return { Accounts: items, NextToken: next };
    }
    if (command instanceof ListPoliciesForTargetCommand) {
      record('ListPoliciesForTarget');
      expect(input.MaxResults).toBeLessThanOrEqual(20);
      const { items, next } = page(attached[`${input.TargetId}/${input.Filter}`] ?? [], input.NextToken);
      return { Policies: items, NextToken: next };
    }
    if (command instanceof DescribePolicyCommand) {
      record('DescribePolicy');
      const id = input.PolicyId as string;
      return {
        Policy: { PolicySummary: { Id: id }, Content: `{"Version":"2012-10-17","Statement":[{"Sid":"${id}"}]}` },
      };
    }
    throw new Error('unexpected command');
  };
  return { org: { send } as unknown as OrganizationsClient, calls };
}

describe('readOrganization', () => {
  it('walks the tree through empty pages, collects targets and describes each policy once', async () => {
    const { org, calls } = stubOrganization({ rcpStatus: 'ENABLED' });
    const { organization, notes, accountStates } = await readOrganization(org, { concurrency: 2 });
    expect(notes).toEqual([]);
    expect(accountStates).toEqual({ '111111111111': 'ACTIVE', '222222222222': 'SUSPENDED', '333333333333': 'ACTIVE' });
    const content = (id: string) => `{"Version":"2012-10-17","Statement":[{"Sid":"${id}"}]}`;
    expect(organization).toEqual({
      managementAccountId: '111111111111',
      roots: [{ Id: 'r-1', Name: 'Root' }],
      organizationalUnits: [
        { Id: 'ou-a', Name: 'OU-A', ParentId: 'r-1' },
        { Id: 'ou-b', Name: 'OU-B', ParentId: 'ou-a' },
      ],
      accounts: [
        { Id: '111111111111', Name: 'mgmt', ParentId: 'r-1' },
        { Id: '222222222222', Name: 'dev', ParentId: 'ou-a' },
        { Id: '333333333333', Name: 'prod', ParentId: 'ou-b' },
      ],
      policies: [
        {
          Id: 'p-FullAWSAccess',
          Name: 'FullAWSAccess',
          Type: 'SERVICE_CONTROL_POLICY',
          AwsManaged: true,
          Content: content('p-FullAWSAccess'),
          Targets: ['r-1', 'ou-a', '333333333333'],
        },
        {
          Id: 'p-RCPFullAWSAccess',
          Name: 'RCPFullAWSAccess',
          Type: 'RESOURCE_CONTROL_POLICY',
          AwsManaged: true,
          Content: content('p-RCPFullAWSAccess'),
          Targets: ['r-1'],
        },
        {
          Id: 'p-deny',
          Name: 'DenyLeave',
          Type: 'SERVICE_CONTROL_POLICY',
          AwsManaged: false,
          Content: content('p-deny'),
          Targets: ['ou-a', '333333333333'],
        },
      ],
    });
    const described = calls.filter((c) => c.op === 'DescribePolicy').map((c) => c.input.PolicyId);
    expect(described.sort()).toEqual(['p-FullAWSAccess', 'p-RCPFullAWSAccess', 'p-deny']);
    // 6 targets × 2 types; only SCPs and RCPs are asked for, never TAG_POLICY.
    const filters = calls.filter((c) => c.op === 'ListPoliciesForTarget').map((c) => c.input.Filter);
    expect(new Set(filters)).toEqual(new Set(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']));
  });

  it('skips a policy type that is not enabled on the root, and says so', async () => {
    for (const rcpStatus of [undefined, 'PENDING_ENABLE']) {
      const { org, calls } = stubOrganization({ rcpStatus });
      const { organization, notes } = await readOrganization(org);
      expect(organization.policies.map((p) => p.Id)).toEqual(['p-FullAWSAccess', 'p-deny']);
      expect(calls.some((c) => c.op === 'ListPoliciesForTarget' && c.input.Filter === 'RESOURCE_CONTROL_POLICY')).toBe(
        false,
      );
      expect(notes).toEqual([
        `RESOURCE_CONTROL_POLICY is ${rcpStatus ? 'PENDING_ENABLE (not enabled)' : 'not enabled'} on root r-1: ` +
          'no RCPs apply there, and none were read.',
      ]);
    }
  });
});

describe('listActiveAccounts', () => {
  it('lists every page and keeps active accounts', async () => {
    const { org } = stubOrganization();
    await expect(listActiveAccounts(org)).resolves.toEqual(['111111111111', '333333333333']);
  });
});
