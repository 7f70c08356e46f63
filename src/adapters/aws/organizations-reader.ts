/**
 * Reads the organization (tree, SCPs and RCPs with their targets) into the snapshot's {@link RawOrganization}.
 * `DescribeEffectivePolicy` does not cover SCPs or RCPs, so the tree is walked and every root, OU and account is
 * asked for its directly attached policies. Organizations pages hold at most 20 items and "can occasionally return
 * an empty set of results even when more results are available", so a list ends only when NextToken is absent.
 */
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesForTargetCommand,
  ListRootsCommand,
  type OrganizationsClient,
  type PolicySummary,
} from '@aws-sdk/client-organizations';
import type { RawOrganization, RawOrgPolicy } from '../../core/inventory/snapshot-format.js';
import { callAws } from './aws-errors.js';
import { mapWithConcurrency } from './concurrency.js';

/** The policy types iam-impact evaluates, with the words the notes use for them. */
export const ORG_POLICY_TYPES = [
  { type: 'SERVICE_CONTROL_POLICY', short: 'SCPs' },
  { type: 'RESOURCE_CONTROL_POLICY', short: 'RCPs' },
] as const;

/** The largest page Organizations allows. */
export const ORG_PAGE_SIZE = 20;

// Empty pages are legitimate, so the loop cannot stop on them; this bound only catches a service that never ends.
const MAX_PAGES = 100_000;

/** Options of {@link readOrganization}. */
export interface OrganizationReadOptions {
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
}

/** The organization and what the reader learned on the way. */
export interface OrganizationRead {
  /** The organization in snapshot form. */
  organization: RawOrganization;
  /** Facts the report should mention, such as a policy type that is not enabled. */
  notes: string[];
  /** Each account's state (`ACTIVE`, `SUSPENDED`, …) by id, for choosing which accounts to read. */
  accountStates: Record<string, string>;
}

/** Collects every page of an Organizations list; `fetch` returns one page's items and its NextToken. */
async function listAll<T>(fetch: (token: string | undefined) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let page = 1; ; page++) {
    const { items, next } = await fetch(token);
    all.push(...(items ?? []));
    // Only a missing NextToken ends a list; an empty page with a token means "ask again".
    if (next === undefined || next === null || next === '') return all;
    if (page >= MAX_PAGES) throw new Error(`Organizations list still had a NextToken after ${MAX_PAGES} pages`);
    token = next;
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new Error(`AWS Organizations returned ${what} without an id`);
  return value;
}

/** The ids of the organization's active accounts, from `ListAccounts` (for reading accounts without the tree). */
export async function listActiveAccounts(org: OrganizationsClient): Promise<string[]> {
  const accounts = await listAll(async (token) => {
    const out = await callAws({ service: 'organizations', operation: 'ListAccounts' }, () =>
      org.send(new ListAccountsCommand({ NextToken: token, MaxResults: ORG_PAGE_SIZE })),
    );
    return { items: out.Accounts, next: out.NextToken };
  });
  return accounts
    .filter((account) => (account.State ?? account.Status ?? 'ACTIVE') === 'ACTIVE')
    .map((account) => required(account.Id, 'an account'));
}

/**
 * Reads the whole organization: DescribeOrganization, ListRoots, the tree (ListOrganizationalUnitsForParent and
 * ListAccountsForParent from every root and OU), the SCPs and RCPs attached to every root, OU and account
 * (ListPoliciesForTarget), and each distinct policy's content (DescribePolicy, once per policy). A policy type that
 * is not enabled on a root is not read, and a note says so. A denied call is a UserError: the organization is never
 * returned without its policies.
 */
export async function readOrganization(
  org: OrganizationsClient,
  options: OrganizationReadOptions = {},
): Promise<OrganizationRead> {
  const concurrency = options.concurrency ?? 4;
  const notes: string[] = [];
  const call = <T>(operation: string, send: () => Promise<T>) => callAws({ service: 'organizations', operation }, send);

  const described = await call('DescribeOrganization', () => org.send(new DescribeOrganizationCommand({})));
  const managementAccountId = required(described.Organization?.MasterAccountId, 'an organization management account');
  if (described.Organization?.FeatureSet === 'CONSOLIDATED_BILLING') {
    notes.push('The organization has only consolidated billing enabled: SCPs and RCPs cannot exist in it.');
  }

  const roots = await listAll(async (token) => {
    const out = await call('ListRoots', () =>
      org.send(new ListRootsCommand({ NextToken: token, MaxResults: ORG_PAGE_SIZE })),
    );
    return { items: out.Roots, next: out.NextToken };
  });

  const organization: RawOrganization = {
    managementAccountId,
    roots: roots.map((root) => ({ Id: required(root.Id, 'a root'), ...(root.Name ? { Name: root.Name } : {}) })),
    organizationalUnits: [],
    accounts: [],
    policies: [],
  };
  const accountStates: Record<string, string> = {};

  // Every target with the root it hangs under, because policy types are enabled per root.
  const targets: { id: string; rootId: string }[] = organization.roots.map((root) => ({
    id: root.Id,
    rootId: root.Id,
  }));
  // Breadth-first, one level at a time, so that the order (and so the snapshot) is the same on every run.
  const accountTargets: { id: string; rootId: string }[] = [];
  let frontier = [...targets];
  while (frontier.length > 0) {
    const children = await mapWithConcurrency(frontier, concurrency, async (parent) => {
      const ous = await listAll(async (token) => {
        const out = await call('ListOrganizationalUnitsForParent', () =>
          org.send(
            new ListOrganizationalUnitsForParentCommand({
              ParentId: parent.id,
              NextToken: token,
              MaxResults: ORG_PAGE_SIZE,
            }),
          ),
        );
        return { items: out.OrganizationalUnits, next: out.NextToken };
      });
      const accounts = await listAll(async (token) => {
        const out = await call('ListAccountsForParent', () =>
          org.send(
            new ListAccountsForParentCommand({ ParentId: parent.id, NextToken: token, MaxResults: ORG_PAGE_SIZE }),
          ),
        );
        return { items: out.Accounts, next: out.NextToken };
      });
      return { parent, ous, accounts };
    });
    frontier = [];
    for (const { parent, ous, accounts } of children) {
      for (const ou of ous) {
        const id = required(ou.Id, 'an organizational unit');
        organization.organizationalUnits.push({ Id: id, Name: ou.Name ?? id, ParentId: parent.id });
        frontier.push({ id, rootId: parent.rootId });
      }
      for (const account of accounts) {
        const id = required(account.Id, 'an account');
        organization.accounts.push({ Id: id, Name: account.Name ?? id, ParentId: parent.id });
        accountStates[id] = account.State ?? account.Status ?? 'ACTIVE';
        accountTargets.push({ id, rootId: parent.rootId });
      }
    }
    targets.push(...frontier);
  }
  // Accounts last, after every OU, so that a policy's targets read from the top of the tree down.
  targets.push(...accountTargets);

  // Which types each root has enabled; a type that is off (or only pending) has no effect, so it is not read.
  const enabled = new Map<string, Set<string>>();
  for (const root of roots) {
    const rootId = required(root.Id, 'a root');
    const types = new Set<string>();
    for (const { type, short } of ORG_POLICY_TYPES) {
      const status = root.PolicyTypes?.find((p) => p.Type === type)?.Status;
      if (status === 'ENABLED') types.add(type);
      else {
        notes.push(
          `${type} is ${status ? `${status} (not enabled)` : 'not enabled'} on root ${rootId}: no ${short} apply ` +
            'there, and none were read.',
        );
      }
    }
    enabled.set(rootId, types);
  }

  const lookups = targets.flatMap((target) =>
    ORG_POLICY_TYPES.filter(({ type }) => enabled.get(target.rootId)?.has(type)).map(({ type }) => ({
      targetId: target.id,
      type,
    })),
  );
  const attached = await mapWithConcurrency(lookups, concurrency, ({ targetId, type }) =>
    listAll(async (token) => {
      const out = await call('ListPoliciesForTarget', () =>
        org.send(
          new ListPoliciesForTargetCommand({
            TargetId: targetId,
            Filter: type,
            NextToken: token,
            MaxResults: ORG_PAGE_SIZE,
          }),
        ),
      );
      return { items: out.Policies, next: out.NextToken };
    }),
  );

  // One entry per distinct policy, its targets in walk order (roots, then OUs level by level, then accounts).
  const byId = new Map<string, { summary: PolicySummary; targets: string[] }>();
  attached.forEach((summaries, i) => {
    for (const summary of summaries) {
      const id = required(summary.Id, 'a policy');
      const entry = byId.get(id) ?? { summary, targets: [] };
      if (!entry.targets.includes(lookups[i].targetId)) entry.targets.push(lookups[i].targetId);
      byId.set(id, entry);
    }
  });

  const entries = [...byId.entries()];
  organization.policies = await mapWithConcurrency(entries, concurrency, async ([id, entry]): Promise<RawOrgPolicy> => {
    const out = await call('DescribePolicy', () => org.send(new DescribePolicyCommand({ PolicyId: id })));
    const summary = { ...entry.summary, ...out.Policy?.PolicySummary };
    if (out.Policy?.Content === undefined) throw new Error(`organizations:DescribePolicy ${id} returned no Content`);
    return {
      Id: id,
      Name: summary.Name ?? id,
      Type: summary.Type ?? '',
      ...(summary.AwsManaged !== undefined ? { AwsManaged: summary.AwsManaged } : {}),
      Content: out.Policy.Content,
      Targets: entry.targets,
    };
  });

  return { organization, notes, accountStates };
}
