/**
 * The change set of `iam-impact audit`: a proposed policy, created and attached, without a repository, a config or
 * a pull request. As an SCP or RCP it is attached to roots, OUs and accounts; as a managed policy, to users, groups
 * and roles. Every target is checked against the inventory first, so that a typo is an error and not an audit that
 * finds nobody affected.
 */
import { UserError } from '../../errors.js';
import type { Inventory } from '../../inventory/types.js';
import type { PolicyDocument } from '../../policy/types.js';
import type { Change, ChangeSet, ChangeSource, EntityRef } from '../change-set.js';
import { ENFORCE_MFA_NAME, enforceMfaDocument } from './enforce-mfa.js';

/** How the audited policy is attached. */
export type AuditAttachment = 'scp' | 'rcp' | 'managed-policy';

/** What to audit. */
export interface AuditRequest {
  /** The proposed policy. */
  document: PolicyDocument;
  /** How it is attached. */
  as: AuditAttachment;
  /** Root, OU and account ids (SCP, RCP); user, group and role ARNs or names (managed policy). */
  targets: readonly string[];
  /** The policy's name in the report. */
  name: string;
  /** Where it comes from. */
  source: ChangeSource;
  /** The option that gave the targets, for errors (default `--attach-to`). */
  targetsOption?: string;
}

const INVENTORY_HINT = 'list what the inventory holds with iam-impact inventory --inventory PATH...';

/** A managed policy target, found in the inventory. */
interface EntityTarget extends EntityRef {
  accountId: string;
  arn: string;
}

const ARN = /^arn:([\w-]+):iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/;

/** Finds one user, group or role by ARN, `kind/name` or name. */
function findEntity(inventory: Inventory, target: string, option: string): EntityTarget {
  const arn = ARN.exec(target);
  const kinds: readonly EntityRef['kind'][] = ['user', 'group', 'role'];
  const candidates: EntityTarget[] = [];
  const prefixed = /^(user|group|role)\/([^/]+)$/.exec(target);
  const wantedKinds = arn ? [arn[3] as EntityRef['kind']] : prefixed ? [prefixed[1] as EntityRef['kind']] : kinds;
  const name = arn ? arn[4] : prefixed ? prefixed[2] : target;
  for (const account of inventory.accounts.values()) {
    if (arn && account.accountId !== arn[2]) continue;
    for (const kind of wantedKinds) {
      const map = kind === 'user' ? account.users : kind === 'group' ? account.groups : account.roles;
      const entity = map.get(name);
      if (entity && (!arn || entity.arn === target))
        candidates.push({ kind, name, accountId: account.accountId, arn: entity.arn });
    }
  }
  if (candidates.length === 0) {
    throw new UserError(
      `${option} ${target}: no ${wantedKinds.join(', ').replace(/, ([^,]*)$/, ' or $1')} ${arn ? 'with that ARN' : 'of that name'} in the inventory`,
      `give a user, group or role ARN or name that exists; ${INVENTORY_HINT}`,
    );
  }
  if (candidates.length > 1) {
    throw new UserError(
      `${option} ${target}: matches ${candidates.length} principals (${candidates.map((c) => c.arn).join(', ')})`,
      'give the ARN of the one you mean',
    );
  }
  const found = candidates[0];
  if (found.kind === 'role' && inventory.accounts.get(found.accountId)?.roles.get(found.name)?.serviceLinked) {
    throw new UserError(
      `${option} ${target}: is a service-linked role; AWS does not allow attaching policies to it`,
      'leave service-linked roles out of the targets',
    );
  }
  return found;
}

/** Checks SCP/RCP targets: roots, OUs and accounts of the inventory's organization. */
function checkOrgTargets(inventory: Inventory, targets: readonly string[], option: string, what: string): void {
  const org = inventory.organization;
  if (!org) {
    throw new UserError(
      `${what} needs the organization, and the inventory has no organization data`,
      'pass an organization snapshot with --inventory (iam-impact snapshot reads it from the management account)',
    );
  }
  const ids = new Set([
    ...org.roots.map((r) => r.id),
    ...org.organizationalUnits.map((o) => o.id),
    ...org.accounts.map((a) => a.id),
  ]);
  for (const target of targets) {
    if (!ids.has(target)) {
      throw new UserError(
        `${option} ${target}: not a root, OU or account of the organization in the inventory`,
        `give root (r-…), OU (ou-…) or account ids of the organization; ${INVENTORY_HINT}`,
      );
    }
  }
}

/** The change set that creates the audited policy and attaches it to its targets. */
export function auditChangeSet(inventory: Inventory, request: AuditRequest): ChangeSet {
  const option = request.targetsOption ?? '--attach-to';
  if (request.targets.length === 0) {
    throw new UserError(`${option} needs at least one target`, 'name where the policy would be attached');
  }
  const changes: Change[] = [];
  if (request.as === 'scp' || request.as === 'rcp') {
    const label = request.as === 'scp' ? 'an SCP' : 'an RCP';
    checkOrgTargets(inventory, request.targets, option, `auditing ${label}`);
    changes.push({
      kind: 'org-policy-created',
      source: request.source,
      policyType: request.as === 'scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY',
      policyId: `new:audit:${request.name}`,
      policyName: request.name,
      after: request.document,
      targets: [...new Set(request.targets)],
    });
    return { changes, warnings: [] };
  }
  const seen = new Set<string>();
  for (const target of request.targets) {
    const entity = findEntity(inventory, target, option);
    if (seen.has(entity.arn)) continue;
    seen.add(entity.arn);
    const partition = entity.arn.split(':')[1];
    changes.push({
      kind: 'attachment',
      action: 'attach',
      source: request.source,
      entity: { kind: entity.kind, name: entity.name, accountId: entity.accountId },
      // A managed policy lives in one account: the same document is created in each account it is attached in.
      policyArn: `arn:${partition}:iam::${entity.accountId}:policy/iam-impact-audit/${request.name}`,
      policyDocument: request.document,
    });
  }
  return { changes, warnings: [] };
}

/**
 * The what-if `enforce-mfa`: AWS's force-MFA policy ({@link enforceMfaDocument}) attached to every user in scope
 * (account ids or user ARNs; default every account of the inventory), or as an SCP to the scope (root, OU or account
 * ids; default the organization's root).
 */
export function enforceMfaChangeSet(
  inventory: Inventory,
  options: { as: 'managed-policy' | 'scp'; scope: readonly string[] },
): ChangeSet {
  const source: ChangeSource = { origin: 'audit' };
  if (options.as === 'scp') {
    const scope = options.scope.length > 0 ? options.scope : (inventory.organization?.roots.map((r) => r.id) ?? []);
    checkOrgTargets(inventory, scope, '--scope', '--what-if enforce-mfa --as scp');
    return auditChangeSet(inventory, {
      document: enforceMfaDocument('scp'),
      as: 'scp',
      targets: scope,
      name: ENFORCE_MFA_NAME,
      source,
      targetsOption: '--scope',
    });
  }
  const users: string[] = [];
  const scope = options.scope.length > 0 ? options.scope : [...inventory.accounts.keys()];
  for (const item of scope) {
    if (/^\d{12}$/.test(item)) {
      const account = inventory.accounts.get(item);
      if (!account) {
        throw new UserError(
          `--scope ${item}: the inventory has no IAM data for this account`,
          `give accounts the inventory holds; ${INVENTORY_HINT}`,
        );
      }
      users.push(...[...account.users.values()].map((u) => u.arn));
    } else if (ARN.exec(item)?.[3] === 'user') {
      users.push(findEntity(inventory, item, '--scope').arn);
    } else {
      throw new UserError(
        `--scope ${item}: not an account id or a user ARN`,
        'with --what-if enforce-mfa, --scope takes 12-digit account ids and user ARNs (and root, OU or account ids with --as scp)',
      );
    }
  }
  if (users.length === 0) {
    return {
      changes: [],
      warnings: [
        { kind: 'empty-scope', message: 'no IAM user in the scope of --what-if enforce-mfa: nothing to evaluate' },
      ],
    };
  }
  return auditChangeSet(inventory, {
    document: enforceMfaDocument('managed-policy'),
    as: 'managed-policy',
    targets: users,
    name: ENFORCE_MFA_NAME,
    source,
    targetsOption: '--scope',
  });
}
