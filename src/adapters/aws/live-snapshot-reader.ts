/**
 * Reads a full snapshot ({@link RawFullSnapshot}) from live AWS: the organization, the caller's account with the
 * base credentials, and every other requested account through a member role. The result goes through the same
 * loader as snapshot files, so a live run and `--inventory` of its saved snapshot analyse identical inventories.
 * Nothing partial is ever returned: any failure aborts the read with an error that says what to fix.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { UserError } from '../../core/errors.js';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type RawAuthorizationDetails,
  type RawFullSnapshot,
  type RawOrganization,
} from '../../core/inventory/snapshot-format.js';
import { AwsClientFactory, memberRoleArn, type AwsClientConfig } from './aws-client-factory.js';
import { callAws } from './aws-errors.js';
import { mapWithConcurrency } from './concurrency.js';
import { readAuthorizationDetails } from './iam-authorization-reader.js';
import { listActiveAccounts, readOrganization } from './organizations-reader.js';

/** Default number of AWS requests in flight at once. */
export const DEFAULT_CONCURRENCY = 4;

/** Options of {@link readLiveSnapshot}. */
export interface LiveSnapshotOptions {
  /** A client factory, or the configuration to build one. Default: the SDK's defaults (see {@link AwsClientConfig}). */
  clients?: AwsClientFactory | AwsClientConfig;
  /**
   * The accounts whose IAM to read: `'all'` (every active account in the organization) or a list of ids. Default:
   * the caller's account only, or `'all'` when `memberRoleName` is set.
   */
  accounts?: 'all' | string[];
  /** The role (name, optionally with its path) to assume in every account other than the caller's. */
  memberRoleName?: string;
  /** AWS requests in flight at once (accounts read in parallel, and Organizations lookups). Default 4. */
  concurrency?: number;
  /** Whether to read the organization (tree, SCPs, RCPs). Default true. */
  includeOrganization?: boolean;
}

/** What {@link readLiveSnapshot} returns. */
export interface LiveSnapshotResult {
  /** The snapshot, in the format `iam-impact snapshot --out` writes. */
  snapshot: RawFullSnapshot;
  /** Facts for the report: policy types not enabled, accounts skipped, the organization not read. */
  notes: string[];
  /** AWS API calls made (one per request; SDK retries are not counted). */
  apiCalls: number;
}

const ACCOUNT_ID = /^\d{12}$/;

function validate(options: LiveSnapshotOptions): void {
  const { concurrency, accounts, memberRoleName } = options;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new UserError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  if (Array.isArray(accounts)) {
    const bad = accounts.filter((id) => !ACCOUNT_ID.test(id));
    if (bad.length > 0) {
      throw new UserError(`accounts: not 12-digit AWS account ids: ${bad.join(', ')}`, "list account ids or 'all'");
    }
  }
  if (memberRoleName !== undefined && (memberRoleName.trim() === '' || memberRoleName.startsWith('arn:'))) {
    throw new UserError(
      `member role: expected a role name, got ${JSON.stringify(memberRoleName)}`,
      'give the name of the role that exists in every account (for example IamImpactReadOnly), not its ARN',
    );
  }
}

/**
 * Reads the organization (unless `includeOrganization` is false) and the IAM of the requested accounts, at most
 * `concurrency` requests at a time, and returns them as a full snapshot with notes and the number of API calls.
 * Errors a user can fix (denied calls, missing credentials, an untrusted member role, persistent throttling) are
 * {@link UserError}s.
 */
export async function readLiveSnapshot(options: LiveSnapshotOptions = {}): Promise<LiveSnapshotResult> {
  validate(options);
  const factory = options.clients instanceof AwsClientFactory ? options.clients : new AwsClientFactory(options.clients);
  const callsBefore = factory.apiCalls;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const includeOrganization = options.includeOrganization ?? true;
  const { memberRoleName } = options;
  const notes: string[] = [];

  const identity = await callAws({ service: 'sts', operation: 'GetCallerIdentity' }, () =>
    factory.sts().send(new GetCallerIdentityCommand({})),
  );
  const callerAccount = identity.Account;
  if (!callerAccount) throw new Error('sts:GetCallerIdentity returned no Account');
  const callerArn = identity.Arn;
  // Member roles live in the caller's partition (aws, aws-us-gov, aws-cn).
  const partition = callerArn?.split(':')[1] || 'aws';

  let organization: RawOrganization | undefined;
  let accountStates: Record<string, string> | undefined;
  if (includeOrganization) {
    const read = await readOrganization(factory.organizations(), { concurrency });
    organization = read.organization;
    accountStates = read.accountStates;
    notes.push(...read.notes);
  } else {
    notes.push('The organization was not read (include-organization is false): SCPs and RCPs are not evaluated.');
  }

  const requested = options.accounts ?? (memberRoleName ? 'all' : [callerAccount]);
  let accountIds: string[];
  if (requested === 'all') {
    if (accountStates) {
      accountIds = Object.keys(accountStates).filter((id) => accountStates[id] === 'ACTIVE');
      const skipped = Object.keys(accountStates).filter((id) => accountStates[id] !== 'ACTIVE');
      if (skipped.length > 0) {
        notes.push(
          `Skipped accounts that are not active: ${skipped.map((id) => `${id} (${accountStates[id]})`).join(', ')}.`,
        );
      }
    } else {
      accountIds = await listActiveAccounts(factory.organizations());
    }
  } else {
    accountIds = [...new Set(requested)];
  }

  const others = accountIds.filter((id) => id !== callerAccount);
  if (others.length > 0 && !memberRoleName) {
    throw new UserError(
      `Reading accounts other than the caller's (${callerAccount}) needs a member role: ${others.join(', ')}`,
      'set member-role (--member-role) to the name of a role in each account that the caller may assume',
    );
  }
  if (accountStates) {
    const unknown = accountIds.filter((id) => !(id in accountStates));
    if (unknown.length > 0) notes.push(`Accounts not found in the organization (read anyway): ${unknown.join(', ')}.`);
  }

  const callerIam = factory.iam();
  const details = await mapWithConcurrency(
    accountIds,
    concurrency,
    async (account): Promise<RawAuthorizationDetails> => {
      if (account === callerAccount) return readAuthorizationDetails(callerIam, { account });
      const roleArn = memberRoleArn(account, memberRoleName as string, partition);
      // Each account's pages are read one after another, so the pool bounds the requests in flight too.
      return readAuthorizationDetails(await factory.memberIam(account, roleArn, callerArn), { account, roleArn });
    },
  );

  const accounts: Record<string, RawAuthorizationDetails> = {};
  // Sorted keys, so that two reads of the same AWS state write byte-identical snapshots.
  const order = accountIds.map((id, i) => ({ id, i })).sort((a, b) => a.id.localeCompare(b.id));
  for (const { id, i } of order) accounts[id] = details[i];

  const snapshot: RawFullSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: new Date().toISOString(),
    ...(organization ? { organization } : {}),
    accounts,
  };
  return { snapshot, notes, apiCalls: factory.apiCalls - callsBefore };
}
