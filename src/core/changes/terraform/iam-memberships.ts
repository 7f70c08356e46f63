/**
 * Group memberships: `aws_iam_user_group_membership` adds one user to groups and leaves its other groups alone;
 * `aws_iam_group_membership` owns a group's whole member list, so current members it does not list are removed.
 */
import type { EntityRef, Maybe, MembershipChange } from '../change-set.js';
import { isUnknown } from '../change-set.js';
import type { ConversionContext } from './conversion-context.js';
import type { CurrentState } from './current-state.js';
import { diffPairs } from './pair-lifecycle.js';
import type { PlanResourceChange } from './plan-structure.js';

function membership(
  ctx: ConversionContext,
  change: PlanResourceChange,
  action: 'add' | 'remove',
  user: Maybe<EntityRef>,
  group: Maybe<EntityRef>,
): MembershipChange {
  return { kind: 'group-membership', action, user, group, source: ctx.origin(change) };
}

interface Pair {
  user: Maybe<EntityRef>;
  group: Maybe<EntityRef>;
}

function pairKey(pair: Pair): string | undefined {
  return isUnknown(pair.user) || isUnknown(pair.group) ? undefined : `${pair.user.name}|${pair.group.name}`;
}

/** `aws_iam_user_group_membership`: not exclusive. */
export function convertUserGroupMembership(ctx: ConversionContext, change: PlanResourceChange): void {
  const before: Pair[] = [];
  if (change.before) {
    const user = ctx.beforeEntity(change, ['user'], 'user');
    for (const group of ctx.beforeList(change, 'groups')) before.push({ user, group: ctx.entity('group', group) });
  }
  const after: Pair[] = [];
  if (change.after) {
    const user = ctx.afterEntity(change, ['user'], 'user');
    const groups = ctx.afterList(change, 'groups', 'group-name') ?? [];
    if (isUnknown(groups)) after.push({ user, group: groups });
    else for (const group of groups) after.push({ user, group: ctx.entity('group', group.value) });
  }
  const diff = diffPairs(ctx, change, before, after, pairKey, 'group membership');
  for (const p of diff.remove) ctx.emit(membership(ctx, change, 'remove', p.user, p.group));
  for (const p of diff.add) ctx.emit(membership(ctx, change, 'add', p.user, p.group));
}

/** `aws_iam_group_membership`: exclusive for its group. */
export function convertGroupMembership(ctx: ConversionContext, change: PlanResourceChange, state: CurrentState): void {
  const oldGroup = ctx.before(change, ['group']);
  const oldUsers = ctx.beforeList(change, 'users');
  if (change.action === 'delete') {
    // Destroying removes the users in state, which the provider refreshes to the group's whole member list.
    const group = ctx.entity('group', oldGroup ?? { unknown: `${change.address}.group was not set` });
    for (const user of oldUsers) ctx.emit(membership(ctx, change, 'remove', ctx.entity('user', user), group));
    return;
  }
  const group = ctx.afterEntity(change, ['group'], 'group');
  if (oldGroup && (isUnknown(group) || oldGroup !== group.name) && change.action !== 'create-forget') {
    const old = ctx.entity('group', oldGroup);
    for (const user of oldUsers) ctx.emit(membership(ctx, change, 'remove', ctx.entity('user', user), old));
  }
  const list = ctx.afterList(change, 'users', 'user-name') ?? [];
  if (isUnknown(group) || isUnknown(list)) {
    const reason = isUnknown(list) ? list.unknown : isUnknown(group) ? group.unknown : '';
    if (isUnknown(list)) ctx.emit(membership(ctx, change, 'add', { unknown: reason }, group));
    else for (const u of list) ctx.emit(membership(ctx, change, 'add', ctx.entity('user', u.value), group));
    const removed = `the members it does not list leave the group, but ${reason}`;
    ctx.emit(membership(ctx, change, 'remove', { unknown: removed }, group));
    return;
  }
  const newGroup = group.name;
  const members = state.groupMembers(newGroup);
  if (oldGroup === newGroup) for (const u of oldUsers) members.items.add(u);
  const listed = new Set<string>();
  for (const item of list) {
    const user = ctx.entity('user', item.value);
    if (isUnknown(user)) {
      ctx.emit(membership(ctx, change, 'add', user, group));
      continue;
    }
    listed.add(user.name);
    if (!members.items.has(user.name)) ctx.emit(membership(ctx, change, 'add', user, group));
  }
  for (const user of members.items) {
    if (!listed.has(user)) ctx.emit(membership(ctx, change, 'remove', ctx.entity('user', user), group));
  }
  if (!members.complete && !change.before) {
    ctx.emit(
      membership(
        ctx,
        change,
        'remove',
        { unknown: `any other member of group ${newGroup} leaves it, and they cannot be listed: ${members.reason}` },
        group,
      ),
    );
    ctx.warn(
      'exclusive-unresolved',
      `${change.address} removes from group ${newGroup} every user it does not list, but the current members are not known (${members.reason})`,
      change,
    );
  }
}
