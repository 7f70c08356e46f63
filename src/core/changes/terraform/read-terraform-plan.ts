/**
 * Reads the JSON of a saved Terraform plan (`terraform show -json PLANFILE`) into a {@link ChangeSet}: every IAM
 * and Organizations change it would make, with unknown values resolved through the plan's configuration where
 * the plan determines them, and exclusive resources expanded against what exists now.
 */
import type { Inventory } from '../../inventory/types.js';
import type { ChangeSet } from '../change-set.js';
import { ConversionContext } from './conversion-context.js';
import { CurrentState } from './current-state.js';
import { collectOrgPolicyTargets } from './organizations.js';
import { planAccount } from './plan-account.js';
import { PlanConfiguration } from './plan-configuration.js';
import { PlanResolver } from './plan-resolver.js';
import { isJson, readPlanStructure } from './plan-structure.js';
import { PlannedValues } from './planned-values.js';
import { converterFor } from './resource-types.js';

/** Options for {@link readTerraformPlan}. */
export interface TerraformPlanOptions {
  /** Name shown in errors and sources, e.g. the plan file path. */
  source: string;
  /**
   * What exists now, to resolve names → ARNs/accounts and exclusive resources. Optional: without it, exclusive
   * resources cannot be resolved and yield warnings + Unknown entity lists.
   */
  inventory?: Inventory;
  /**
   * The account the plan applies to, when the inventory holds several; else inferred (single account in
   * inventory, or from ARNs in the plan).
   */
  accountId?: string;
}

/**
 * Converts a parsed plan JSON value into a change set. Throws a `UserError` naming the file and the field when the
 * plan is malformed, uses an unsupported format, or carries a policy that is not valid.
 */
export function readTerraformPlan(plan: unknown, options: TerraformPlanOptions): ChangeSet {
  const { source } = options;
  const structure = readPlanStructure(plan, source);
  const values = new PlannedValues(structure.plan, structure.changes);
  const config = new PlanConfiguration(structure.plan);
  const account = planAccount(values, options.inventory, options.accountId);
  const variables = isJson(structure.plan.variables) ? structure.plan.variables : {};
  const resolver = new PlanResolver(values, config, variables, account);
  const ctx = new ConversionContext(source, values, resolver, account, options.inventory, config);
  ctx.warnings.push(...structure.warnings);
  const state = new CurrentState(ctx, structure.changes);
  if (account.conflict !== undefined) {
    ctx.warn(
      'account-mismatch',
      `${source}: the plan was made with the credentials of account ${account.conflict} (data.aws_caller_identity), but it is read as applying to account ${account.accountId} (${account.how})`,
    );
  }
  if (options.inventory && options.inventory.accounts.size > 1 && account.accountId === undefined) {
    ctx.warn(
      'account-unknown',
      `${source}: the inventory holds several accounts and the plan does not say which one it applies to (${account.how}); give the account id`,
    );
  }

  for (const change of structure.changes) {
    if (change.mode !== 'managed' || change.action === 'no-op' || change.action === 'read') continue;
    const converter = converterFor(change.type);
    if (converter === 'skip') continue;
    if (converter === 'unknown') {
      ctx.warn(
        'ignored-resource',
        `${change.address}: iam-impact does not know what ${change.type} does to access, so its ${change.action} is not evaluated`,
        change,
      );
      continue;
    }
    if (change.action === 'forget' || change.action === 'create-forget') {
      ctx.warn(
        'terraform-forget',
        `${change.address} is removed from Terraform's state but not destroyed: it stays in AWS, so access does not change by that`,
        change,
      );
      if (change.action === 'forget') continue;
    }
    converter(ctx, change, state);
  }
  collectOrgPolicyTargets(ctx);
  return { changes: ctx.changes, warnings: ctx.warnings };
}
