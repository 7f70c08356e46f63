/**
 * Which account (and partition) a plan applies to. IAM names resolve to ARNs only within an account, and a new
 * policy's ARN embeds it. The caller may say; otherwise a single-account inventory decides, then the plan's own
 * evidence: `data.aws_caller_identity` (the provider's account), then the ARNs of the IAM objects it manages,
 * boundaries and attached customer policies, which can only live in the account itself. Conflicting evidence gives
 * no answer rather than a guess.
 */
import type { Inventory } from '../../inventory/types.js';
import { isJson } from './plan-structure.js';
import type { PlannedValues } from './planned-values.js';

/** The account and partition, with how the account was found. */
export interface PlanAccount {
  /** The 12-digit account id, when it could be determined. */
  accountId?: string;
  /** The partition, `aws` unless the plan's ARNs say otherwise. */
  partition: string;
  /** How the account was found, or why not, for warnings. */
  how: string;
  /** The account the provider reports (`data.aws_caller_identity`) when it differs from the one chosen. */
  conflict?: string;
}

const ACCOUNT = /^\d{12}$/;
const IAM_ARN = /^arn:([a-z-]+):iam::(\d{12}|aws):/;
/** Attributes that hold the ARN of something in the plan's own account (or an AWS managed policy). */
const OWN_ARN_ATTRIBUTES = ['arn', 'permissions_boundary', 'policy_arn'];
const OWN_ARN_LISTS = ['managed_policy_arns', 'policy_arns'];

function single(values: Set<string>): string | undefined {
  return values.size === 1 ? [...values][0] : undefined;
}

/** Determines the account and partition of a plan. */
export function planAccount(values: PlannedValues, inventory?: Inventory, accountId?: string): PlanAccount {
  const accounts = new Set<string>();
  const partitions = new Set<string>();
  const callers = new Set<string>();
  for (const instance of values.all()) {
    if (instance.mode === 'data' && instance.type === 'aws_caller_identity') {
      const id = instance.after?.account_id;
      if (typeof id === 'string' && ACCOUNT.test(id)) callers.add(id);
      continue;
    }
    if (instance.mode !== 'managed' || !instance.type.startsWith('aws_iam_')) continue;
    for (const side of [instance.before, instance.after]) {
      if (!isJson(side)) continue;
      const arns: unknown[] = OWN_ARN_ATTRIBUTES.map((a) => side[a]);
      for (const list of OWN_ARN_LISTS) if (Array.isArray(side[list])) arns.push(...(side[list] as unknown[]));
      for (const arn of arns) {
        const match = typeof arn === 'string' ? IAM_ARN.exec(arn) : null;
        if (!match) continue;
        partitions.add(match[1]);
        if (match[2] !== 'aws') accounts.add(match[2]);
      }
    }
  }
  const partition = single(partitions) ?? 'aws';
  const caller = single(callers);
  const chosen = (id: string, how: string): PlanAccount =>
    caller !== undefined && caller !== id
      ? { accountId: id, partition, how, conflict: caller }
      : { accountId: id, partition, how };
  if (accountId !== undefined) return chosen(accountId, 'given');
  const inventoryAccounts = inventory ? [...inventory.accounts.keys()] : [];
  if (inventoryAccounts.length === 1) return chosen(inventoryAccounts[0], 'the inventory');
  if (caller) return { accountId: caller, partition, how: 'data.aws_caller_identity' };
  const fromArns = single(accounts);
  if (fromArns) return { accountId: fromArns, partition, how: 'the ARNs in the plan' };
  const why =
    accounts.size > 1 || callers.size > 1
      ? `the plan names several accounts (${[...new Set([...callers, ...accounts])].join(', ')})`
      : 'nothing in the plan names it';
  return { partition, how: why };
}
