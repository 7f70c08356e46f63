/**
 * What is attached, inline or a member now, for the resources that take exclusive ownership of a list
 * (`aws_iam_policy_attachment`, `managed_policy_arns`, `aws_iam_group_membership`, the `*_exclusive` resources):
 * whatever they do not list is removed, so the loss is computed from what exists, not from the diff. The inventory
 * says what exists in AWS; the plan's own `before` values (of every resource, no-op ones included) add what
 * Terraform's refreshed state knows. An entity or policy the plan creates has nothing yet, so it is complete even
 * without an inventory.
 */
import type { AccountInventory, Group, Role, User } from '../../inventory/types.js';
import type { DocumentValue } from '../change-set.js';
import { isUnknown } from '../change-set.js';
import type { ConversionContext, EntityKind } from './conversion-context.js';
import type { PlanResourceChange } from './plan-structure.js';

/** A user, group or role by name. */
export interface EntityKey {
  kind: EntityKind;
  name: string;
}

/** A set read from the inventory and the plan's state, and whether it is the whole truth. */
export interface CurrentSet<T> {
  /** What is known to exist. */
  items: T;
  /** True when the inventory covered it (or the plan creates the owner): nothing else exists. */
  complete: boolean;
  /** Why it may be incomplete. */
  reason?: string;
}

const ENTITY_TYPE = { user: 'aws_iam_user', group: 'aws_iam_group', role: 'aws_iam_role' } as const;
const ENTITY_ATTRIBUTE = { user: 'user', group: 'group', role: 'role' } as const;

function entityKey(kind: EntityKind, name: string): string {
  return `${kind}/${name}`;
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/** Only names; the ARN form that `role` attributes sometimes hold becomes its last segment. */
function nameOf(value: string): string {
  return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
}

/** What exists now, from the inventory and the plan's state. */

/** The user, group or role of an account by name. */
function entityOf(account: AccountInventory, kind: EntityKind, name: string): User | Group | Role | undefined {
  if (kind === 'user') return account.users.get(name);
  return kind === 'group' ? account.groups.get(name) : account.roles.get(name);
}
export class CurrentState {
  private readonly attached = new Map<string, Set<string>>();
  private readonly inline = new Map<string, Map<string, () => DocumentValue | undefined>>();
  private readonly members = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: ConversionContext,
    changes: readonly PlanResourceChange[],
  ) {
    for (const change of changes) if (change.mode === 'managed' && change.before) this.learn(change);
  }

  private learn(change: PlanResourceChange): void {
    const ctx = this.ctx;
    const kinds: EntityKind[] = ['user', 'group', 'role'];
    for (const kind of kinds) {
      const entity = ctx.before(change, [ENTITY_ATTRIBUTE[kind]]);
      const named = ctx.before(change, [`${kind}_name`]);
      switch (change.type) {
        case `aws_iam_${kind}_policy_attachment`: {
          const arn = ctx.before(change, ['policy_arn']);
          if (entity && arn) add(this.attached, entityKey(kind, nameOf(entity)), arn);
          break;
        }
        case `aws_iam_${kind}_policy_attachments_exclusive`:
          if (named)
            for (const arn of ctx.beforeList(change, 'policy_arns')) add(this.attached, entityKey(kind, named), arn);
          break;
        case `aws_iam_${kind}_policy`: {
          const name = ctx.before(change, ['name']);
          if (entity && name)
            this.learnInline(kind, nameOf(entity), name, () => ctx.document(change, 'before', ['policy'], 'identity'));
          break;
        }
        case `aws_iam_${kind}_policies_exclusive`:
          if (named) for (const name of ctx.beforeList(change, 'policy_names')) this.learnInline(kind, named, name);
          break;
      }
    }
    if (change.type === 'aws_iam_policy_attachment') {
      const arn = ctx.before(change, ['policy_arn']);
      if (arn) {
        for (const kind of kinds)
          for (const name of ctx.beforeList(change, `${kind}s`)) add(this.attached, entityKey(kind, name), arn);
      }
    } else if (change.type === 'aws_iam_role') {
      const role = ctx.before(change, ['name']);
      if (!role) return;
      for (const arn of ctx.beforeList(change, 'managed_policy_arns')) add(this.attached, entityKey('role', role), arn);
      const blocks = change.before?.inline_policy;
      if (Array.isArray(blocks)) {
        blocks.forEach((_block, i) => {
          const name = ctx.before(change, ['inline_policy', i, 'name']);
          if (name)
            this.learnInline('role', role, name, () =>
              ctx.document(change, 'before', ['inline_policy', i, 'policy'], 'identity'),
            );
        });
      }
    } else if (change.type === 'aws_iam_user_group_membership') {
      const user = ctx.before(change, ['user']);
      if (user) for (const group of ctx.beforeList(change, 'groups')) add(this.members, group, user);
    } else if (change.type === 'aws_iam_group_membership') {
      const group = ctx.before(change, ['group']);
      if (group) for (const user of ctx.beforeList(change, 'users')) add(this.members, group, user);
    }
  }

  private learnInline(
    kind: EntityKind,
    entity: string,
    name: string,
    document?: () => DocumentValue | undefined,
  ): void {
    const key = entityKey(kind, entity);
    const map = this.inline.get(key) ?? new Map<string, () => DocumentValue | undefined>();
    if (document || !map.has(name)) map.set(name, document ?? (() => undefined));
    this.inline.set(key, map);
  }

  private coverage(
    createdType: Parameters<ConversionContext['createdInPlan']>[0],
    name: string,
  ): { complete: boolean; reason?: string } {
    if (this.ctx.createdInPlan(createdType, name)) return { complete: true };
    const account = this.ctx.currentAccount();
    return isUnknown(account) ? { complete: false, reason: account.unknown } : { complete: true };
  }

  /** The managed policies attached to a user, group or role. */
  attachedPolicies(kind: EntityKind, name: string): CurrentSet<Set<string>> {
    const arns = new Set(this.attached.get(entityKey(kind, name)) ?? []);
    const account = this.ctx.currentAccount();
    if (!isUnknown(account)) {
      const entity = entityOf(account, kind, name);
      for (const arn of entity?.attachedPolicyArns ?? []) arns.add(arn);
    }
    return { items: arns, ...this.coverage(ENTITY_TYPE[kind], name) };
  }

  /** The inline policies of a user, group or role, with their documents when known. */
  inlinePolicies(kind: EntityKind, name: string): CurrentSet<Map<string, DocumentValue | undefined>> {
    const policies = new Map<string, DocumentValue | undefined>();
    const account = this.ctx.currentAccount();
    if (!isUnknown(account)) {
      const entity = entityOf(account, kind, name);
      for (const policy of entity?.inlinePolicies ?? []) policies.set(policy.name, policy.document);
    }
    for (const [policy, document] of this.inline.get(entityKey(kind, name)) ?? []) {
      const fromPlan = document();
      if (fromPlan !== undefined || !policies.has(policy)) policies.set(policy, fromPlan ?? policies.get(policy));
    }
    return { items: policies, ...this.coverage(ENTITY_TYPE[kind], name) };
  }

  /** The users in a group. */
  groupMembers(group: string): CurrentSet<Set<string>> {
    const users = new Set(this.members.get(group) ?? []);
    const account = this.ctx.currentAccount();
    if (!isUnknown(account)) {
      for (const user of account.users.values()) if (user.groupNames.includes(group)) users.add(user.name);
    }
    return { items: users, ...this.coverage('aws_iam_group', group) };
  }

  /** The users, groups and roles a managed policy is attached to. */
  policyHolders(arn: string): CurrentSet<EntityKey[]> {
    const found = new Map<string, EntityKey>();
    for (const [key, arns] of this.attached) {
      if (!arns.has(arn)) continue;
      const slash = key.indexOf('/');
      found.set(key, { kind: key.slice(0, slash) as EntityKind, name: key.slice(slash + 1) });
    }
    const account = this.ctx.currentAccount();
    if (!isUnknown(account)) {
      const lists: [EntityKind, Iterable<{ name: string; attachedPolicyArns: string[] }>][] = [
        ['user', account.users.values()],
        ['group', account.groups.values()],
        ['role', account.roles.values()],
      ];
      for (const [kind, entities] of lists) {
        for (const entity of entities) {
          if (entity.attachedPolicyArns.includes(arn))
            found.set(entityKey(kind, entity.name), { kind, name: entity.name });
        }
      }
    }
    return { items: [...found.values()], ...this.coverage('aws_iam_policy', arn) };
  }
}
