/**
 * Applies a change set to the inventory: the "after" inventory, the principals whose access could change, and
 * everything that could not be applied (a value unknown until apply, a name the inventory lacks). Unchanged objects
 * are shared with the "before" inventory, so derived views and compiled policies are reused.
 *
 * What cannot be applied is never dropped: it becomes an incomplete finding, so the tool fails closed.
 */
import {
  isUnknown,
  type Change,
  type ChangeSet,
  type ChangeSource,
  type EntityRef,
  type Maybe,
  type OrgPolicyType,
} from '../changes/change-set.js';
import { InventoryIndex, type PrincipalRef } from '../inventory/inventory-index.js';
import type { PolicyDocument } from '../policy/types.js';
import { trustCallers, type TrustCallers } from './trust-callers.js';
import type {
  AccountInventory,
  Group,
  Inventory,
  ManagedPolicy,
  OrgPolicy,
  Organization,
  Role,
  User,
} from './../inventory/types.js';

/** Something the change set does that could not be applied, and whom it concerns. */
export interface Unapplied {
  /** Why. */
  reason: string;
  /** Where the change comes from. */
  source: ChangeSource;
  /** The principals it concerns, when known; empty means it could concern anyone in `accounts`. */
  principals: string[];
  /** The accounts it concerns, when known (empty: any account). */
  accounts: string[];
}

/** Why a principal is affected. */
export interface AffectedPrincipal {
  /** The principal's ARN. */
  arn: string;
  /** The account. */
  accountId: string;
  /** The sources of the changes that touch it. */
  sources: ChangeSource[];
  /** True when the change set deletes it. */
  deleted: boolean;
}

/** The result of {@link applyChangeSet}. */
export interface AppliedChangeSet {
  /** What would exist after the change. */
  after: Inventory;
  /** Principals whose access could change, by ARN. */
  affected: Map<string, AffectedPrincipal>;
  /** Changes that could not be applied. */
  unapplied: Unapplied[];
  /** Principals the change set creates (they cannot lose access). */
  created: string[];
  /** Roles whose trust policy changes (their documents are in the before and after inventories). */
  trustChanges: TrustPolicyUpdate[];
}

/** A role whose trust policy the change set replaces. */
export interface TrustPolicyUpdate {
  roleArn: string;
  accountId: string;
  source: ChangeSource;
  /** Whom the changed statements concern. */
  callers: TrustCallers;
}

/** Options of {@link applyChangeSet}. */
export interface ApplyOptions {
  /** The account of names that do not say theirs (the config's `account`). */
  defaultAccount?: string;
}

const partitionOf = (arn: string) => arn.split(':')[1] ?? 'aws';

class Applier {
  readonly after: Inventory;
  readonly affected = new Map<string, AffectedPrincipal>();
  readonly unapplied: Unapplied[] = [];
  readonly created: string[] = [];
  readonly trustChanges: TrustPolicyUpdate[] = [];
  private readonly copied = new Set<object>();

  constructor(
    private readonly before: Inventory,
    private readonly options: ApplyOptions,
  ) {
    this.after = {
      accounts: new Map(before.accounts),
      managedPolicies: new Map(before.managedPolicies),
    };
    if (before.organization) {
      this.after.organization = { ...before.organization, policies: [...before.organization.policies] };
    }
  }

  // --- copy on write -------------------------------------------------------------------------------------------

  private account(accountId: string): AccountInventory | undefined {
    const current = this.after.accounts.get(accountId);
    if (!current) return undefined;
    if (this.copied.has(current)) return current;
    const copy: AccountInventory = {
      accountId,
      users: new Map(current.users),
      groups: new Map(current.groups),
      roles: new Map(current.roles),
    };
    this.copied.add(copy);
    this.after.accounts.set(accountId, copy);
    return copy;
  }

  private entity(ref: EntityRef & { accountId: string }): User | Group | Role | undefined {
    const account = this.account(ref.accountId);
    if (!account) return undefined;
    const map = (ref.kind === 'user' ? account.users : ref.kind === 'group' ? account.groups : account.roles) as Map<
      string,
      User | Group | Role
    >;
    const current = map.get(ref.name);
    if (!current || this.copied.has(current)) return current;
    const copy = {
      ...current,
      inlinePolicies: [...current.inlinePolicies],
      attachedPolicyArns: [...current.attachedPolicyArns],
    };
    if ('groupNames' in copy) (copy as User).groupNames = [...(current as User).groupNames];
    this.copied.add(copy);
    map.set(ref.name, copy);
    return copy;
  }

  private get organization(): Organization | undefined {
    return this.after.organization;
  }

  // --- who is affected -----------------------------------------------------------------------------------------

  private touch(arn: string, accountId: string, source: ChangeSource, deleted = false): void {
    const entry = this.affected.get(arn);
    if (entry) {
      entry.sources.push(source);
      entry.deleted ||= deleted;
    } else this.affected.set(arn, { arn, accountId, sources: [source], deleted });
  }

  /** The users and roles an entity's policies reach: itself, or a group's members (before and after). */
  private touchEntity(ref: EntityRef & { accountId: string }, source: ChangeSource): void {
    for (const inventory of [this.before, this.after]) {
      const account = inventory.accounts.get(ref.accountId);
      if (!account) continue;
      if (ref.kind === 'user') {
        const user = account.users.get(ref.name);
        if (user) this.touch(user.arn, ref.accountId, source);
      } else if (ref.kind === 'role') {
        const role = account.roles.get(ref.name);
        if (role) this.touch(role.arn, ref.accountId, source);
      } else {
        for (const user of account.users.values()) {
          if (user.groupNames.includes(ref.name)) this.touch(user.arn, ref.accountId, source);
        }
      }
    }
  }

  /** Every principal holding a managed policy (attached directly, through a group, or as boundary), before or after. */
  private touchPolicyHolders(policyArn: string, source: ChangeSource): void {
    for (const inventory of [this.before, this.after]) {
      for (const account of inventory.accounts.values()) {
        const groups = new Set(
          [...account.groups.values()].filter((g) => g.attachedPolicyArns.includes(policyArn)).map((g) => g.name),
        );
        for (const user of account.users.values()) {
          if (
            user.attachedPolicyArns.includes(policyArn) ||
            user.permissionsBoundaryArn === policyArn ||
            user.groupNames.some((g) => groups.has(g))
          ) {
            this.touch(user.arn, account.accountId, source);
          }
        }
        for (const role of account.roles.values()) {
          if (role.attachedPolicyArns.includes(policyArn) || role.permissionsBoundaryArn === policyArn)
            this.touch(role.arn, account.accountId, source);
        }
      }
    }
  }

  /** The accounts at or below a root, OU or account id, in the given organization. */
  private accountsUnder(targetId: string, org: Organization): string[] {
    const parent = new Map<string, string>();
    for (const ou of org.organizationalUnits) parent.set(ou.id, ou.parentId);
    return org.accounts
      .filter((a) => {
        for (let id: string | undefined = a.id; id !== undefined; id = id === a.id ? a.parentId : parent.get(id)) {
          if (id === targetId) return true;
        }
        return false;
      })
      .map((a) => a.id);
  }

  /** Every principal of every account at or below the targets. */
  private touchTargets(targets: readonly string[], source: ChangeSource): void {
    const accounts = new Set<string>();
    for (const org of [this.before.organization, this.after.organization]) {
      if (!org) continue;
      for (const target of targets) for (const a of this.accountsUnder(target, org)) accounts.add(a);
    }
    for (const accountId of accounts) {
      const account = this.before.accounts.get(accountId) ?? this.after.accounts.get(accountId);
      if (!account) {
        this.unapplied.push({
          reason: `account ${accountId} is governed by the changed policy but its IAM is not in the inventory`,
          source,
          principals: [],
          accounts: [accountId],
        });
        continue;
      }
      for (const user of account.users.values()) this.touch(user.arn, accountId, source);
      for (const role of account.roles.values()) this.touch(role.arn, accountId, source);
    }
  }

  /** The principals a change has touched so far: whom an unapplied change concerns. */
  private touchedBy(source: ChangeSource): string[] {
    return [...this.affected.values()].filter((a) => a.sources.includes(source)).map((a) => a.arn);
  }

  // --- resolving names -----------------------------------------------------------------------------------------

  private unknown(reason: string, source: ChangeSource, accounts: string[] = [], principals: string[] = []): void {
    this.unapplied.push({ reason, source, principals, accounts });
  }

  private resolveEntity(
    value: Maybe<EntityRef>,
    source: ChangeSource,
    what: string,
  ): (EntityRef & { accountId: string }) | undefined {
    if (isUnknown(value)) {
      this.unknown(`the ${what} is not known until apply (${value.unknown})`, source);
      return undefined;
    }
    let accountId = value.accountId ?? this.options.defaultAccount;
    if (!accountId) {
      const holders = [...this.before.accounts.values()].filter((a) =>
        (value.kind === 'user' ? a.users : value.kind === 'group' ? a.groups : a.roles).has(value.name),
      );
      if (holders.length === 1) accountId = holders[0].accountId;
      else if (this.before.accounts.size === 1) accountId = [...this.before.accounts.keys()][0];
    }
    if (!accountId) {
      this.unknown(
        `the account of ${value.kind} ${value.name} is not known (set account in the config, or --account)`,
        source,
      );
      return undefined;
    }
    return { ...value, accountId };
  }

  private principalArn(ref: EntityRef & { accountId: string }): string {
    return `arn:${this.partition}:iam::${ref.accountId}:${ref.kind}/${ref.name}`;
  }

  /** The partition of the inventory's ARNs (`aws` unless it holds GovCloud or China accounts). */
  private get partition(): string {
    for (const account of this.before.accounts.values()) {
      for (const entity of [...account.users.values(), ...account.roles.values()]) return partitionOf(entity.arn);
    }
    return 'aws';
  }

  // --- the changes ---------------------------------------------------------------------------------------------

  apply(change: Change): void {
    switch (change.kind) {
      case 'managed-policy':
        return this.managedPolicy(change.policyArn, change.after, change.source, change.policyName);
      case 'inline-policy':
        return this.inlinePolicy(change);
      case 'permissions-boundary':
        return this.boundary(change);
      case 'trust-policy':
        return this.trustPolicy(change);
      case 'attachment':
        return this.attachment(change);
      case 'group-membership':
        return this.membership(change);
      case 'org-policy':
        return this.orgPolicy(change);
      case 'org-policy-created':
        return this.orgPolicyCreated(change);
      case 'org-policy-attachment':
        return this.orgPolicyAttachment(change);
      case 'account-moved':
        return this.accountMove(change);
      case 'principal-created': {
        const ref = this.resolveEntity(change.entity, change.source, 'created principal');
        if (ref && ref.kind !== 'group') this.created.push(this.principalArn(ref));
        return;
      }
      case 'principal-deleted': {
        const ref = this.resolveEntity(change.entity, change.source, 'deleted principal');
        if (!ref || ref.kind === 'group') return;
        const account = this.before.accounts.get(ref.accountId);
        const existing = ref.kind === 'user' ? account?.users.get(ref.name) : account?.roles.get(ref.name);
        if (existing) this.touch(existing.arn, ref.accountId, change.source, true);
        const copy = this.account(ref.accountId);
        if (ref.kind === 'user') copy?.users.delete(ref.name);
        else copy?.roles.delete(ref.name);
        return;
      }
    }
  }

  private setManagedDocument(arn: string, document: PolicyDocument, name?: string): void {
    const existing = this.after.managedPolicies.get(arn);
    const policy: ManagedPolicy = existing
      ? { ...existing, document, defaultVersionId: `${existing.defaultVersionId}+change` }
      : {
          arn,
          name: name ?? arn.slice(arn.lastIndexOf('/') + 1),
          path: '/',
          defaultVersionId: 'change',
          document,
          awsManaged: false,
        };
    this.after.managedPolicies.set(arn, policy);
  }

  private managedPolicy(
    arnValue: Maybe<string>,
    after: Maybe<PolicyDocument> | undefined,
    source: ChangeSource,
    name?: string,
  ): void {
    if (isUnknown(arnValue)) {
      // A policy whose ARN is unknown matters only through attachments, which carry its document themselves.
      return;
    }
    const arn = arnValue;
    this.touchPolicyHolders(arn, source);
    if (after === undefined) {
      this.after.managedPolicies.delete(arn);
      return;
    }
    if (isUnknown(after)) {
      this.unknown(
        `the document of ${arn} is not known until apply (${after.unknown})`,
        source,
        [],
        this.touchedBy(source),
      );
      return;
    }
    this.setManagedDocument(arn, after, name);
  }

  private inlinePolicy(change: Extract<Change, { kind: 'inline-policy' }>): void {
    const ref = this.resolveEntity(change.entity, change.source, 'principal of an inline policy');
    if (!ref) return;
    this.touchEntity(ref, change.source);
    if (isUnknown(change.policyName))
      return this.unknown(`the inline policy name is not known (${change.policyName.unknown})`, change.source, [
        ref.accountId,
      ]);
    const entity = this.entity(ref);
    if (!entity) {
      if (change.after !== undefined && change.before === undefined) return; // on a principal the change creates
      return this.unknown(
        `${ref.kind} ${ref.name} is not in the inventory of account ${ref.accountId}`,
        change.source,
        [ref.accountId],
      );
    }
    const name = change.policyName;
    entity.inlinePolicies = entity.inlinePolicies.filter((p) => p.name !== name);
    if (change.after === undefined) return;
    if (isUnknown(change.after)) {
      return this.unknown(
        `inline policy ${name} of ${ref.kind} ${ref.name} is not known until apply (${change.after.unknown})`,
        change.source,
        [ref.accountId],
        [entity.arn],
      );
    }
    entity.inlinePolicies.push({ name, document: change.after });
  }

  private boundary(change: Extract<Change, { kind: 'permissions-boundary' }>): void {
    const ref = this.resolveEntity(change.entity, change.source, 'principal of a permissions boundary');
    if (!ref || ref.kind === 'group') return;
    this.touchEntity(ref, change.source);
    const entity = this.entity(ref) as User | Role | undefined;
    if (!entity) return;
    if (isUnknown(change.after)) {
      return this.unknown(
        `the permissions boundary of ${ref.kind} ${ref.name} is not known until apply (${change.after.unknown})`,
        change.source,
        [ref.accountId],
        [entity.arn],
      );
    }
    if (change.after === undefined) delete entity.permissionsBoundaryArn;
    else {
      entity.permissionsBoundaryArn = change.after;
      if (change.afterDocument !== undefined && !isUnknown(change.afterDocument))
        this.setManagedDocument(change.after, change.afterDocument);
    }
  }

  private principalList?: PrincipalRef[];

  /** Every principal of the inventory, listed once per change set (trust callers are looked up in it). */
  private principals(): PrincipalRef[] {
    return (this.principalList ??= new InventoryIndex(this.before).principals());
  }

  private trustPolicy(change: Extract<Change, { kind: 'trust-policy' }>): void {
    const ref = this.resolveEntity(change.role, change.source, 'role of a trust policy');
    if (!ref || ref.kind !== 'role') return;
    const before = this.before.accounts.get(ref.accountId)?.roles.get(ref.name);
    // A role the change creates: nobody had access to lose. A deleted role is a principal-deleted change.
    if (!before || change.after === undefined) return;
    const role = this.entity(ref) as Role;
    if (isUnknown(change.after)) {
      return this.unknown(
        `the trust policy of role ${ref.name} is not known until apply (${change.after.unknown})`,
        change.source,
        [ref.accountId],
        [role.arn],
      );
    }
    role.trustPolicy = change.after;
    const callers = trustCallers(
      before.trustPolicy,
      change.after,
      this.principals(),
      new Set(this.before.accounts.keys()),
    );
    this.trustChanges.push({ roleArn: role.arn, accountId: ref.accountId, source: change.source, callers });
  }

  private attachment(change: Extract<Change, { kind: 'attachment' }>): void {
    const ref = this.resolveEntity(change.entity, change.source, 'principal of an attachment');
    if (!ref) return;
    this.touchEntity(ref, change.source);
    if (isUnknown(change.policyArn)) {
      if (change.action === 'attach' && change.policyDocument !== undefined && !isUnknown(change.policyDocument)) {
        // A policy created in the same change whose ARN cannot be derived: attach its document under a stand-in ARN.
        const arn = `arn:aws:iam::${ref.accountId}:policy/iam-impact-pending/${change.source.address ?? 'new-policy'}`;
        this.setManagedDocument(arn, change.policyDocument);
        this.entity(ref)?.attachedPolicyArns.push(arn);
        return;
      }
      return this.unknown(
        `the policy attached to ${ref.kind} ${ref.name} is not known until apply (${change.policyArn.unknown})`,
        change.source,
        [ref.accountId],
        this.touchedBy(change.source),
      );
    }
    const arn = change.policyArn;
    const entity = this.entity(ref);
    if (!entity) {
      if (change.action === 'attach') return; // to a principal the change creates
      return this.unknown(
        `${ref.kind} ${ref.name} is not in the inventory of account ${ref.accountId}`,
        change.source,
        [ref.accountId],
      );
    }
    if (change.action === 'detach') {
      entity.attachedPolicyArns = entity.attachedPolicyArns.filter((a) => a !== arn);
      return;
    }
    if (!entity.attachedPolicyArns.includes(arn)) entity.attachedPolicyArns.push(arn);
    if (change.policyDocument !== undefined) {
      if (isUnknown(change.policyDocument)) {
        return this.unknown(
          `the document of ${arn} is not known until apply (${change.policyDocument.unknown})`,
          change.source,
          [ref.accountId],
          this.touchedBy(change.source),
        );
      }
      this.setManagedDocument(arn, change.policyDocument);
    } else if (!this.after.managedPolicies.has(arn)) {
      this.unknown(
        `${arn} is attached but its document is not in the inventory`,
        change.source,
        [ref.accountId],
        this.touchedBy(change.source),
      );
    }
  }

  private membership(change: Extract<Change, { kind: 'group-membership' }>): void {
    const user = this.resolveEntity(change.user, change.source, 'user of a group membership');
    if (!user) return;
    if (isUnknown(change.group))
      return this.unknown(`the group is not known until apply (${change.group.unknown})`, change.source, [
        user.accountId,
      ]);
    this.touchEntity(user, change.source);
    const entity = this.entity(user) as User | undefined;
    if (!entity) return;
    const group = change.group.name;
    if (change.action === 'remove') entity.groupNames = entity.groupNames.filter((g) => g !== group);
    else if (!entity.groupNames.includes(group)) entity.groupNames.push(group);
  }

  private findOrgPolicy(id: string): { policy: OrgPolicy; index: number } | undefined {
    const index = this.organization?.policies.findIndex((p) => p.id === id) ?? -1;
    return index < 0 ? undefined : { policy: this.organization!.policies[index], index };
  }

  private noOrganization(source: ChangeSource): boolean {
    if (this.organization) return false;
    this.unknown('an SCP or RCP changes, but the inventory has no organization data', source);
    return true;
  }

  private orgPolicy(change: Extract<Change, { kind: 'org-policy' }>): void {
    if (this.noOrganization(change.source)) return;
    if (isUnknown(change.policyId))
      return this.unknown(
        `the changed ${label(change.policyType)} is not known (${change.policyId.unknown})`,
        change.source,
      );
    const found = this.findOrgPolicy(change.policyId);
    if (!found)
      return this.unknown(
        `${label(change.policyType)} ${change.policyId} is not in the organization snapshot`,
        change.source,
      );
    this.touchTargets(found.policy.targets, change.source);
    if (change.after === undefined) {
      this.organization!.policies.splice(found.index, 1);
      return;
    }
    if (isUnknown(change.after)) {
      const accounts = found.policy.targets.flatMap((t) => this.accountsUnder(t, this.organization!));
      return this.unknown(
        `the content of ${label(change.policyType)} ${change.policyId} is not known until apply (${change.after.unknown})`,
        change.source,
        accounts,
      );
    }
    this.organization!.policies[found.index] = { ...found.policy, document: change.after };
  }

  private accountMove(change: Extract<Change, { kind: 'account-moved' }>): void {
    if (this.noOrganization(change.source)) return;
    const org = this.organization!;
    const index = org.accounts.findIndex((a) => a.id === change.accountId);
    if (index < 0) {
      return this.unknown(`account ${change.accountId} is not in the organization snapshot`, change.source, [
        change.accountId,
      ]);
    }
    // Everyone in the account is affected whatever the destination: the SCPs and RCPs above it change.
    this.touchTargets([change.accountId], change.source);
    if (isUnknown(change.toParent)) {
      return this.unknown(
        `the OU account ${change.accountId} moves to is not known until apply (${change.toParent.unknown})`,
        change.source,
        [change.accountId],
        this.touchedBy(change.source),
      );
    }
    const parent = change.toParent;
    if (!org.roots.some((r) => r.id === parent) && !org.organizationalUnits.some((ou) => ou.id === parent)) {
      return this.unknown(
        `account ${change.accountId} moves to ${parent}, which is not in the organization snapshot`,
        change.source,
        [change.accountId],
        this.touchedBy(change.source),
      );
    }
    org.accounts = org.accounts.map((a, i) => (i === index ? { ...a, parentId: parent } : a));
  }

  private orgPolicyCreated(change: Extract<Change, { kind: 'org-policy-created' }>): void {
    if (this.noOrganization(change.source)) return;
    const targets = change.targets.filter((t): t is string => !isUnknown(t));
    if (targets.length < change.targets.length)
      this.unknown(`some targets of the new ${label(change.policyType)} are not known until apply`, change.source);
    this.touchTargets(targets, change.source);
    if (isUnknown(change.after)) {
      const accounts = targets.flatMap((t) => this.accountsUnder(t, this.organization!));
      return this.unknown(
        `the content of the new ${label(change.policyType)} is not known until apply (${change.after.unknown})`,
        change.source,
        accounts,
      );
    }
    this.organization!.policies.push({
      id: change.policyId,
      name: change.policyName ?? change.policyId,
      type: change.policyType,
      awsManaged: false,
      document: change.after,
      targets,
    });
  }

  private orgPolicyAttachment(change: Extract<Change, { kind: 'org-policy-attachment' }>): void {
    if (this.noOrganization(change.source)) return;
    if (isUnknown(change.policyId) || isUnknown(change.targetId)) {
      return this.unknown(
        `an SCP/RCP attachment is not known until apply (${isUnknown(change.policyId) ? change.policyId.unknown : (change.targetId as { unknown: string }).unknown})`,
        change.source,
      );
    }
    const targetId = change.targetId;
    const found = this.findOrgPolicy(change.policyId);
    if (!found) {
      // Attachments of a policy created in the same change set are already in its targets.
      if (change.policyId.startsWith('new:')) return;
      return this.unknown(`policy ${change.policyId} is not in the organization snapshot`, change.source);
    }
    this.touchTargets([targetId], change.source);
    const targets =
      change.action === 'attach'
        ? [...new Set([...found.policy.targets, targetId])]
        : found.policy.targets.filter((t) => t !== targetId);
    this.organization!.policies[found.index] = { ...found.policy, targets };
  }
}

function label(type: OrgPolicyType): string {
  return type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP';
}

/** Applies a change set to an inventory. The input inventory is not modified. */
export function applyChangeSet(
  inventory: Inventory,
  changeSet: ChangeSet,
  options: ApplyOptions = {},
): AppliedChangeSet {
  const applier = new Applier(inventory, options);
  for (const change of changeSet.changes) applier.apply(change);
  return {
    after: applier.after,
    affected: applier.affected,
    unapplied: applier.unapplied,
    created: applier.created,
    trustChanges: applier.trustChanges,
  };
}
