/**
 * Which accounts a change set reaches, found by applying it without evaluating anything. `iam-impact shard` splits
 * these accounts into jobs; the planner uses the first of them to choose the one shard that reports the changes that
 * could not be applied, so that merged shard reports hold each such finding exactly once.
 */
import type { ChangeSet } from '../changes/change-set.js';
import type { Inventory } from '../inventory/types.js';
import { applyChangeSet, type AppliedChangeSet, type ApplyOptions } from './apply-changes.js';

/** Options of {@link affectedAccounts}: the same name resolution as the planner's. */
export type AffectedAccountsOptions = ApplyOptions;

/** The smallest id, or undefined for none (12-digit ids sort as numbers when sorted as text). */
function smallest(ids: Iterable<string>): string | undefined {
  let min: string | undefined;
  for (const id of ids) if (id !== '' && (min === undefined || id < min)) min = id;
  return min;
}

/**
 * The account that reports a change set's unapplied changes when no principal is affected: an account the unapplied
 * changes name, else the inventory's first. Without it a fan-out would run no job and lose those findings.
 */
function reportingAccount(applied: AppliedChangeSet, inventory: Inventory): string | undefined {
  const named = applied.unapplied.flatMap((u) => [...u.accounts, ...u.principals.map((p) => p.split(':')[4] ?? '')]);
  return (
    smallest(named) ??
    smallest(inventory.accounts.keys()) ??
    smallest((inventory.organization?.accounts ?? []).map((a) => a.id))
  );
}

/**
 * The sorted accounts of the principals an applied change set affects. When it affects none but some change could
 * not be applied, one reporting account, so that a shard exists to report it.
 */
export function accountsOfAppliedChanges(applied: AppliedChangeSet, inventory: Inventory): string[] {
  const accounts = new Set<string>();
  for (const affected of applied.affected.values()) accounts.add(affected.accountId);
  for (const trust of applied.trustChanges) {
    for (const caller of trust.callers.inventory) accounts.add(caller.accountId);
    // Callers outside the inventory are reported by the shard of the first account: the role's will do.
    if (trust.callers.outside.length > 0) accounts.add(trust.accountId);
  }
  if (accounts.size === 0 && applied.unapplied.length > 0) {
    const reporter = reportingAccount(applied, inventory);
    if (reporter !== undefined) accounts.add(reporter);
  }
  return [...accounts].sort();
}

/**
 * The sorted account ids whose principals the change affects: what a fan-out has to evaluate. Cheap: the change set
 * is applied, nothing is evaluated.
 */
export function affectedAccounts(
  inventory: Inventory,
  changeSet: ChangeSet,
  options: AffectedAccountsOptions = {},
): string[] {
  return accountsOfAppliedChanges(applyChangeSet(inventory, changeSet, options), inventory);
}
