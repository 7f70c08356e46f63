/**
 * `iam-impact inventory --inventory PATH...`: loads snapshot files as every other command will, and prints what
 * they hold: accounts, principals, the organization, and for each account whether its SCPs and RCPs are known. It
 * is the way to check an offline inventory before relying on it.
 */
import { UserError } from '../../core/errors.js';
import { InventoryIndex, type OrgPolicyPath } from '../../core/inventory/inventory-index.js';
import type { Inventory } from '../../core/inventory/types.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';

/** Usage text of the command. */
export const INVENTORY_USAGE = `Usage: iam-impact inventory --inventory PATH... [--format text|json]

Loads snapshot files (aws iam get-account-authorization-details output, organization snapshots, or files written by
iam-impact snapshot; a directory loads every .json file in it) and summarizes them. Every problem is reported with
the file and the JSON path.`;

/** One account's line of the summary. */
export interface AccountSummary {
  accountId: string;
  users: number;
  groups: number;
  roles: number;
  serviceLinkedRoles: number;
  scp: string;
  rcp: string;
  missing: string[];
}

function describePath(path: OrgPolicyPath): string {
  if (path.status === 'applies') {
    return `${path.levels.length} levels, ${path.levels.reduce((n, l) => n + l.policies.length, 0)} policies`;
  }
  return `${path.status}: ${path.reason}`;
}

/** Summarizes an inventory (pure; exported for tests and the action's logs). */
export function summarizeInventory(inventory: Inventory): {
  accounts: AccountSummary[];
  managedPolicies: number;
  organization?: { accounts: number; scps: number; rcps: number };
} {
  const index = new InventoryIndex(inventory);
  const accounts = [...inventory.accounts.values()].map((account): AccountSummary => {
    const missing = new Set<string>();
    for (const principal of index.principals().filter((p) => p.accountId === account.accountId)) {
      for (const m of index.policiesOf(principal).missing) missing.add(m);
    }
    return {
      accountId: account.accountId,
      users: account.users.size,
      groups: account.groups.size,
      roles: account.roles.size,
      serviceLinkedRoles: [...account.roles.values()].filter((r) => r.serviceLinked).length,
      scp: describePath(index.scpPath(account.accountId)),
      rcp: describePath(index.rcpPath(account.accountId)),
      missing: [...missing].sort(),
    };
  });
  const org = inventory.organization;
  const summary: ReturnType<typeof summarizeInventory> = { accounts, managedPolicies: inventory.managedPolicies.size };
  if (org) {
    summary.organization = {
      accounts: org.accounts.length,
      scps: org.policies.filter((p) => p.type === 'SERVICE_CONTROL_POLICY').length,
      rcps: org.policies.filter((p) => p.type === 'RESOURCE_CONTROL_POLICY').length,
    };
  }
  return summary;
}

/** Runs the command; returns the exit status. */
export async function inventoryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const paths: string[] = [];
  let format: 'text' | 'json' = 'text';
  const r = new ArgReader('inventory', args, INVENTORY_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--inventory') paths.push(...r.values(arg));
    else if (arg === '--format') format = r.choice(arg, ['text', 'json'] as const);
    else r.unknown(arg);
  }
  if (paths.length === 0) throw new UserError('inventory: --inventory PATH is required', INVENTORY_USAGE);
  const { inventory } = await io.loadInventory(paths);
  const summary = summarizeInventory(inventory);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const lines = [
    summary.organization
      ? `Organization: ${summary.organization.accounts} accounts, ${summary.organization.scps} SCP(s), ${summary.organization.rcps} RCP(s)`
      : 'Organization: not supplied (SCPs and RCPs of every account are unknown)',
    `Managed policies: ${summary.managedPolicies}`,
  ];
  for (const a of summary.accounts) {
    lines.push(
      `Account ${a.accountId}: ${a.users} user(s), ${a.groups} group(s), ${a.roles} role(s) (${a.serviceLinkedRoles} service-linked)`,
      `  SCPs: ${a.scp}`,
      `  RCPs: ${a.rcp}`,
    );
    if (a.missing.length > 0) lines.push(`  missing from the inventory: ${a.missing.join(', ')}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
