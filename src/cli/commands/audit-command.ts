/**
 * `iam-impact audit`: who breaks if a policy were attached now, without a pull request: a policy file attached as an
 * SCP, RCP or managed policy, or the built-in what-if `enforce-mfa`. Same report and exit status as plan.
 */
import { runAudit, type AuditRunOptions } from '../../app/run-audit.js';
import { hasRegressions } from '../../app/run-plan.js';
import type { AuditAttachment } from '../../core/changes/audit/audit-change-set.js';
import { UserError } from '../../core/errors.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';
import { progressDisplay } from '../progress-display.js';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../report-output.js';

/** Usage text of the command. */
export const AUDIT_USAGE = `Usage: iam-impact audit [--inventory PATH...]
                      (--policy FILE --as scp|rcp|managed-policy --attach-to TARGET...
                       | --what-if enforce-mfa [--as managed-policy|scp] [--scope TARGET...])
                      [--backend local|aws] [--format table|json|markdown] [--output FILE]
                      [--allow-incomplete] [--no-organization] [--accounts ID[,ID...]]

Evaluates what exists now as if a policy were created and attached, without a repository or a config: who would
lose access, under which credentials, and why.

  --policy FILE         the proposed policy (JSON)
  --as KIND             scp or rcp: attached to roots, OUs or accounts; managed-policy: attached to users, groups
                        or roles
  --attach-to TARGET... root (r-…), OU (ou-…) or account ids for scp/rcp; user, group or role ARNs or names (user/NAME,
                        group/NAME, role/NAME, or NAME when it is unique) for managed-policy
  --what-if enforce-mfa AWS's force-MFA policy (DenyAllExceptListedIfNoMFA, from the IAM User Guide), attached to
                        every user in scope, or with --as scp as an SCP
  --scope TARGET...     enforce-mfa's scope: account ids or user ARNs (default: every account of the inventory);
                        with --as scp, root, OU or account ids (default: the root)
  --inventory PATH...   snapshot files of what exists now (default: read live from AWS)
  --backend local|aws   the local engine (default) or the IAM policy simulator
  --format FORMAT       table (default), json (the report) or markdown
  --output FILE         write the output to FILE instead of stdout
  --allow-incomplete    do not fail when something could not be evaluated
  --no-organization     accounts without organization data have no SCPs or RCPs (instead of incomplete)
  --accounts ID[,ID...] evaluate only these accounts' principals (repeatable)

Exit status: 0 nobody loses access, 1 losses, failed checks or incomplete evaluation, 2 error.`;

const SHORT_HINT =
  'iam-impact audit --policy FILE --as scp|rcp|managed-policy --attach-to TARGET..., or --what-if enforce-mfa [--as scp] [--scope TARGET...]';

/** Runs the command; returns the exit status. */
export async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options: AuditRunOptions = { inventoryPaths: [], backend: 'local' };
  let policyFile: string | undefined;
  let as: AuditAttachment | undefined;
  let whatIf: 'enforce-mfa' | undefined;
  const attachTo: string[] = [];
  const scope: string[] = [];
  let format: ReportFormat = 'table';
  let output: string | undefined;
  let allowIncomplete = false;
  const r = new ArgReader('audit', args, AUDIT_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--policy') policyFile = r.value(arg);
    else if (arg === '--as') as = r.choice(arg, ['scp', 'rcp', 'managed-policy'] as const);
    else if (arg === '--attach-to') attachTo.push(...r.values(arg));
    else if (arg === '--what-if') whatIf = r.choice(arg, ['enforce-mfa'] as const);
    else if (arg === '--scope') scope.push(...r.values(arg));
    else if (arg === '--inventory') options.inventoryPaths = [...options.inventoryPaths, ...r.values(arg)];
    else if (arg === '--backend') options.backend = r.choice(arg, ['local', 'aws'] as const);
    else if (arg === '--format') format = r.choice(arg, REPORT_FORMATS);
    else if (arg === '--output') output = r.value(arg);
    else if (arg === '--allow-incomplete') allowIncomplete = true;
    else if (arg === '--no-organization') options.withoutOrganization = true;
    else if (arg === '--accounts') options.accounts = new Set([...(options.accounts ?? []), ...r.accountIds(arg)]);
    else r.unknown(arg);
  }
  if (policyFile !== undefined && whatIf !== undefined) {
    throw new UserError('audit: --policy and --what-if cannot be combined', SHORT_HINT);
  }
  if (policyFile !== undefined) {
    if (as === undefined) throw new UserError('audit: --policy needs --as scp, rcp or managed-policy', SHORT_HINT);
    if (attachTo.length === 0) throw new UserError('audit: --policy needs --attach-to TARGET...', SHORT_HINT);
    if (scope.length > 0) throw new UserError('audit: --scope goes with --what-if; use --attach-to', SHORT_HINT);
    options.policy = { file: policyFile, as, attachTo };
  } else if (whatIf !== undefined) {
    if (as === 'rcp') {
      throw new UserError(
        'audit: --what-if enforce-mfa works --as managed-policy (default) or --as scp, not rcp',
        'the what-if has no RCP form; audit an RCP file with --policy FILE --as rcp --attach-to TARGET...',
      );
    }
    if (attachTo.length > 0) throw new UserError('audit: --attach-to goes with --policy; use --scope', SHORT_HINT);
    options.whatIf = { name: whatIf, as: as ?? 'managed-policy', scope };
  } else {
    throw new UserError('audit: nothing to audit: pass --policy FILE or --what-if enforce-mfa', SHORT_HINT);
  }
  if (io.now) options.now = io.now();
  const { report } = await runAudit(options, { ...io, ...progressDisplay(io) });
  await writeReport(report, format, output, io);
  return hasRegressions(report, { allowIncomplete }) ? 1 : 0;
}
