/**
 * `iam-impact snapshot --out FILE`: reads what exists now from live AWS (the organization tree with its SCPs and
 * RCPs, and the IAM of the chosen accounts) and writes it as a full snapshot, the offline inventory that
 * `--inventory` reads. The file is loaded back before the command reports success, so a snapshot that would not
 * load is never left behind as if it were good.
 */
import { UserError } from '../../core/errors.js';
import { buildInventory, readSnapshot } from '../../core/inventory/load-snapshot.js';
import { compactSnapshot } from '../../core/inventory/snapshot-format.js';
import type { LiveSnapshotOptions } from '../../adapters/aws/live-snapshot-reader.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';

/** Usage text of the command. */
export const SNAPSHOT_USAGE = `Usage: iam-impact snapshot --out FILE [--accounts all|ID,ID…] [--member-role-name NAME]
                         [--no-organization] [--concurrency N]

Reads the organization (tree, SCPs, RCPs) and the IAM of the chosen accounts from AWS with the standard credential
chain, and writes a full snapshot for --inventory. Needs the read-only permissions in docs/permissions.json;
Organizations calls need the management account or a delegated administrator.

Options:
  --out FILE               where to write the snapshot (required)
  --accounts all|IDS       accounts whose IAM to read: all active accounts, or a comma-separated list
                           (default: the caller's account; all when --member-role-name is given)
  --member-role-name NAME  role to assume in every other account (for example IamImpactReadOnly)
  --no-organization        do not read Organizations (the snapshot then has no SCPs or RCPs, and a plan
                           against it reports every principal's SCPs as unknown)
  --concurrency N          AWS requests in flight at once (default 4)`;

/** Runs the command; returns the exit status. */
export async function snapshotCommand(args: readonly string[], io: CliIo): Promise<number> {
  let out: string | undefined;
  const options: LiveSnapshotOptions = {};
  const r = new ArgReader('snapshot', args, SNAPSHOT_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--out') out = r.value(arg);
    else if (arg === '--accounts') {
      const v = r.value(arg);
      options.accounts =
        v === 'all'
          ? 'all'
          : v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
    } else if (arg === '--member-role-name') options.memberRoleName = r.value(arg);
    else if (arg === '--no-organization') options.includeOrganization = false;
    else if (arg === '--concurrency') options.concurrency = r.positiveInteger(arg);
    else r.unknown(arg);
  }
  if (!out) throw new UserError('snapshot: --out FILE is required', SNAPSHOT_USAGE);

  const { snapshot, notes, apiCalls } = await io.readLiveSnapshot(options);
  const compact = compactSnapshot(snapshot);
  const text = `${JSON.stringify(compact, null, 1)}\n`;
  // Load it back as --inventory will, so the command never reports a snapshot that does not load.
  const inventory = buildInventory([readSnapshot(JSON.parse(text), out)]);
  await io.writeText(out, text);

  let users = 0;
  let roles = 0;
  for (const account of inventory.accounts.values()) {
    users += account.users.size;
    roles += account.roles.size;
  }
  const org = inventory.organization;
  const scps = org?.policies.filter((p) => p.type === 'SERVICE_CONTROL_POLICY').length ?? 0;
  const rcps = org?.policies.filter((p) => p.type === 'RESOURCE_CONTROL_POLICY').length ?? 0;
  io.stderr(
    `Wrote ${out}: ${inventory.accounts.size} account(s), ${users} user(s), ${roles} role(s), ` +
      `${inventory.managedPolicies.size} managed policies` +
      (org
        ? `, organization with ${org.accounts.length} accounts, ${scps} SCP(s), ${rcps} RCP(s)`
        : ', no organization') +
      ` (${apiCalls} AWS API calls).\n`,
  );
  for (const note of notes) io.stderr(`note: ${note}\n`);
  return 0;
}
