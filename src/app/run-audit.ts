/**
 * `iam-impact audit` as a use case: what breaks if a policy were attached now, without a pull request. The change set
 * is built from a policy file and its targets, or from a built-in what-if, then evaluated by the same planner as a
 * pull request's.
 */
import type { LiveSnapshotOptions } from '../adapters/aws/live-snapshot-reader.js';
import { auditChangeSet, enforceMfaChangeSet, type AuditAttachment } from '../core/changes/audit/audit-change-set.js';
import type { ChangeSet } from '../core/changes/change-set.js';
import { readPolicyFile } from '../core/changes/config/read-policy-file.js';
import { rcpAppliesToService } from '../core/catalog/aws-catalog.js';
import { UserError } from '../core/errors.js';
import { createLocalBackend } from '../core/impact/local-backend.js';
import { planImpact } from '../core/impact/plan-impact.js';
import type { Inventory } from '../core/inventory/types.js';
import type { PolicyKind } from '../core/policy/types.js';
import { inReportOrder } from '../core/report/report-order.js';
import { readInventory } from './read-inventory.js';
import type { PlanPorts, PlanRunResult } from './run-plan.js';

/** The I/O the audit needs: no git, no config. */
export type AuditPorts = Pick<
  PlanPorts,
  'readText' | 'loadInventory' | 'readLiveSnapshot' | 'createAwsBackend' | 'progress' | 'tick'
>;

/** A policy file to audit, and where it would be attached. */
export interface AuditPolicy {
  file: string;
  as: AuditAttachment;
  /** Root, OU and account ids (SCP, RCP); user, group and role ARNs or names (managed policy). */
  attachTo: readonly string[];
}

/** A built-in what-if. */
export interface AuditWhatIf {
  name: 'enforce-mfa';
  /** Attach AWS's force-MFA policy to users (default), or as an SCP. */
  as: 'managed-policy' | 'scp';
  /** Account ids or user ARNs (managed policy); root, OU or account ids (SCP). Empty: the default scope. */
  scope: readonly string[];
}

/** What to audit: exactly one of `policy` and `whatIf`. */
export interface AuditRunOptions {
  policy?: AuditPolicy;
  whatIf?: AuditWhatIf;
  /** Snapshot files; when empty, the inventory is read live from AWS. */
  inventoryPaths: readonly string[];
  /** Options of the live read. */
  live?: LiveSnapshotOptions;
  /** `local` (default) or `aws` (the IAM policy simulator). */
  backend: 'local' | 'aws';
  /** Treat accounts without organization data as not governed by SCPs or RCPs. */
  withoutOrganization?: boolean;
  /** Evaluate only the principals of these accounts. */
  accounts?: ReadonlySet<string>;
  /** The clock. */
  now?: Date;
}

const POLICY_KIND: Record<AuditAttachment, PolicyKind> = { scp: 'scp', rcp: 'rcp', 'managed-policy': 'identity' };

/** The policy's name in the report: the file name without `.json`, in the characters IAM allows in names. */
function policyName(file: string): string {
  const base = file.slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1).replace(/\.json$/i, '');
  return base.replace(/[^\w+=,.@-]/g, '-') || 'audited-policy';
}

async function auditedChanges(options: AuditRunOptions, inventory: Inventory, ports: AuditPorts): Promise<ChangeSet> {
  if (options.whatIf) return enforceMfaChangeSet(inventory, { as: options.whatIf.as, scope: options.whatIf.scope });
  const policy = options.policy!;
  const text = await ports.readText(policy.file);
  if (text === undefined) throw new UserError(`${policy.file}: no such policy file`, 'check the --policy path');
  const document = readPolicyFile(text, policy.file, POLICY_KIND[policy.as]);
  return auditChangeSet(inventory, {
    document,
    as: policy.as,
    targets: policy.attachTo,
    name: policyName(policy.file),
    source: { origin: 'audit', file: policy.file },
  });
}

/** Runs the audit. */
export async function runAudit(options: AuditRunOptions, ports: AuditPorts): Promise<PlanRunResult> {
  if ((options.policy === undefined) === (options.whatIf === undefined)) {
    throw new UserError(
      options.policy ? 'audit: --policy and --what-if cannot be combined' : 'audit: nothing to audit',
      'pass either --policy FILE --as scp|rcp|managed-policy --attach-to TARGET... or --what-if enforce-mfa',
    );
  }
  const inventory = await readInventory(options.inventoryPaths, options.live, ports);
  const changeSet = await auditedChanges(options, inventory, ports);
  const backend = options.backend === 'aws' ? ports.createAwsBackend() : createLocalBackend({ rcpAppliesToService });
  ports.progress(`evaluating ${changeSet.changes.length} change(s) with the ${backend.name} backend`);
  const planned = await planImpact(inventory, changeSet, backend, {
    engine: { rcpAppliesToService },
    withoutOrganization: options.withoutOrganization,
    accounts: options.accounts,
    now: options.now,
    onProgress: ports.tick,
  });
  const report = inReportOrder(planned);
  const s = report.summary;
  ports.progress(
    `done: ${s.principals} principal(s), ${s.decisions} decision(s): ${s.lost} lost, ${s.gained} gained, ${s.incomplete} incomplete`,
  );
  return { report, changeSet };
}
