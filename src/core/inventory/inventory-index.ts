/**
 * Derives what the engine needs from an inventory: every principal, each principal's effective policy documents
 * (its own, its groups', its boundary) and the SCP and RCP path of its account (root → OUs → account). Derived
 * objects are cached and shared, so that a managed policy or an OU's SCP level is one object however many
 * principals it applies to, and the planner can compile it once.
 */
import type { NamedPolicy } from '../evaluate/compile-policy.js';
import type { PolicyLevel } from '../evaluate/evaluate.js';
import type { AccountInventory, Group, InlinePolicy, Inventory, OrgPolicyType, Role, User } from './types.js';

/** The kind of principal iam-impact evaluates. */
export type PrincipalKind = 'user' | 'role';

/** A principal of the inventory. */
export interface PrincipalRef {
  /** The account the principal lives in. */
  accountId: string;
  /** User or role. */
  kind: PrincipalKind;
  /** The user or role name. */
  name: string;
  /** The principal's ARN. */
  arn: string;
}

/** Whether and how an Organizations policy type governs an account. */
export type OrgPolicyPath =
  | {
      /** The account is governed: every level from the root to the account. */
      status: 'applies';
      /** Root first, the account last. */
      levels: readonly PolicyLevel[];
    }
  | {
      /** The account is exempt (the management account). */
      status: 'exempt';
      /** Why, for reports. */
      reason: string;
    }
  | {
      /** The inventory cannot say: no organization data, or the account is not in it. */
      status: 'unknown';
      /** Why, for reports; the planner reports these principals as incomplete. */
      reason: string;
    };

/** Everything that governs one principal's own requests. */
export interface PrincipalPolicies {
  /** The principal. */
  principal: PrincipalRef;
  /** The principal's entity. */
  entity: User | Role;
  /** Identity-based policies: the entity's own inline and managed ones, then each group's. */
  identity: readonly NamedPolicy[];
  /** The permissions boundary, when one is set. */
  permissionsBoundary?: NamedPolicy;
  /** The SCP path of the principal's account (`exempt` for service-linked roles too). */
  scp: OrgPolicyPath;
  /** Names of things referenced but absent from the inventory (managed policy ARNs, groups). */
  missing: string[];
}

/** Builds and caches derived views of one inventory. */
export class InventoryIndex {
  private readonly managed = new Map<string, NamedPolicy>();
  private readonly groupPolicies = new Map<string, readonly NamedPolicy[]>();
  private readonly levelPolicies = new Map<string, readonly NamedPolicy[]>();
  private readonly paths = new Map<string, OrgPolicyPath>();
  private readonly parentOf = new Map<string, string>();
  private byArn?: Map<string, PrincipalRef>;

  constructor(readonly inventory: Inventory) {
    const org = inventory.organization;
    if (org) {
      for (const ou of org.organizationalUnits) this.parentOf.set(ou.id, ou.parentId);
      for (const account of org.accounts) this.parentOf.set(account.id, account.parentId);
    }
  }

  /** Every user and role of every account, in a stable order. */
  principals(): PrincipalRef[] {
    const out: PrincipalRef[] = [];
    const accounts = [...this.inventory.accounts.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
    for (const account of accounts) {
      for (const user of account.users.values())
        out.push({ accountId: account.accountId, kind: 'user', name: user.name, arn: user.arn });
      for (const role of account.roles.values())
        out.push({ accountId: account.accountId, kind: 'role', name: role.name, arn: role.arn });
    }
    return out;
  }

  /** Looks a user or role up by ARN. */
  find(arn: string): PrincipalRef | undefined {
    if (!this.byArn) this.byArn = new Map(this.principals().map((p) => [p.arn, p]));
    return this.byArn.get(arn);
  }

  /** The account's IAM content, or undefined when it was not read. */
  account(accountId: string): AccountInventory | undefined {
    return this.inventory.accounts.get(accountId);
  }

  /** The managed policy as a named policy, or undefined when the inventory lacks it. */
  managedPolicy(arn: string): NamedPolicy | undefined {
    let named = this.managed.get(arn);
    if (!named) {
      const policy = this.inventory.managedPolicies.get(arn);
      if (!policy) return undefined;
      named = { name: arn, document: policy.document };
      this.managed.set(arn, named);
    }
    return named;
  }

  private entityPolicies(
    entityArn: string,
    inline: readonly InlinePolicy[],
    attached: readonly string[],
    missing: string[],
  ): NamedPolicy[] {
    const out: NamedPolicy[] = inline.map((p) => ({ name: `${entityArn}#${p.name}`, document: p.document }));
    for (const arn of attached) {
      const named = this.managedPolicy(arn);
      if (named) out.push(named);
      else missing.push(arn);
    }
    return out;
  }

  private policiesOfGroup(group: Group, missing: string[]): readonly NamedPolicy[] {
    let cached = this.groupPolicies.get(group.arn);
    if (!cached) {
      const groupMissing: string[] = [];
      cached = this.entityPolicies(group.arn, group.inlinePolicies, group.attachedPolicyArns, groupMissing);
      if (groupMissing.length > 0) {
        missing.push(...groupMissing);
        return cached; // Not cached, so every member reports what is missing.
      }
      this.groupPolicies.set(group.arn, cached);
    }
    return cached;
  }

  /** Everything that governs a principal's own requests. Throws when the principal is not in the inventory. */
  policiesOf(ref: PrincipalRef): PrincipalPolicies {
    const account = this.inventory.accounts.get(ref.accountId);
    const entity = ref.kind === 'user' ? account?.users.get(ref.name) : account?.roles.get(ref.name);
    if (!account || !entity) throw new Error(`${ref.arn} is not in the inventory`);
    const missing: string[] = [];
    const identity = this.entityPolicies(entity.arn, entity.inlinePolicies, entity.attachedPolicyArns, missing);
    if (ref.kind === 'user') {
      for (const groupName of (entity as User).groupNames) {
        const group = account.groups.get(groupName);
        if (group) identity.push(...this.policiesOfGroup(group, missing));
        else missing.push(`group ${groupName} of ${entity.arn}`);
      }
    }
    const result: PrincipalPolicies = {
      principal: ref,
      entity,
      identity,
      scp:
        ref.kind === 'role' && (entity as Role).serviceLinked
          ? { status: 'exempt', reason: 'SCPs do not restrict service-linked roles' }
          : this.orgPath(ref.accountId, 'SERVICE_CONTROL_POLICY'),
      missing,
    };
    if (entity.permissionsBoundaryArn) {
      const boundary = this.managedPolicy(entity.permissionsBoundaryArn);
      if (boundary) result.permissionsBoundary = boundary;
      else missing.push(entity.permissionsBoundaryArn);
    }
    return result;
  }

  /** The RCP path of an account whose resources are requested. */
  rcpPath(accountId: string): OrgPolicyPath {
    return this.orgPath(accountId, 'RESOURCE_CONTROL_POLICY');
  }

  /** The SCP path of an account. */
  scpPath(accountId: string): OrgPolicyPath {
    return this.orgPath(accountId, 'SERVICE_CONTROL_POLICY');
  }

  /** The ids from the root to the account, or undefined when the account is not in the organization. */
  ancestry(accountId: string): string[] | undefined {
    const org = this.inventory.organization;
    if (!org || !org.accounts.some((a) => a.id === accountId)) return undefined;
    const chain = [accountId];
    for (let id = this.parentOf.get(accountId); id !== undefined; id = this.parentOf.get(id)) chain.unshift(id);
    return chain;
  }

  private orgPath(accountId: string, type: OrgPolicyType): OrgPolicyPath {
    const key = `${type}:${accountId}`;
    const cached = this.paths.get(key);
    if (cached) return cached;
    const label = type === 'SERVICE_CONTROL_POLICY' ? 'SCPs' : 'RCPs';
    const org = this.inventory.organization;
    let path: OrgPolicyPath;
    const chain = this.ancestry(accountId);
    if (!org) {
      path = { status: 'unknown', reason: `${label} not known: no organization data was read or supplied` };
    } else if (!chain) {
      path = {
        status: 'unknown',
        reason: `${label} not known: account ${accountId} is not in the organization snapshot`,
      };
    } else if (accountId === org.managementAccountId) {
      path = {
        status: 'exempt',
        reason:
          type === 'SERVICE_CONTROL_POLICY'
            ? 'SCPs do not restrict the management account'
            : 'RCPs do not apply to resources in the management account',
      };
    } else {
      path = { status: 'applies', levels: chain.map((id) => ({ id, policies: this.levelOf(id, type) })) };
    }
    this.paths.set(key, path);
    return path;
  }

  private levelOf(targetId: string, type: OrgPolicyType): readonly NamedPolicy[] {
    const key = `${type}:${targetId}`;
    let policies = this.levelPolicies.get(key);
    if (!policies) {
      policies = (this.inventory.organization?.policies ?? [])
        .filter((p) => p.type === type && p.targets.includes(targetId))
        .map((p) => ({ name: `${p.name} (${p.id})`, document: p.document }));
      this.levelPolicies.set(key, policies);
    }
    return policies;
  }
}
