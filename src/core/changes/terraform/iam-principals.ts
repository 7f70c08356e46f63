/**
 * `aws_iam_role` and `aws_iam_user`: creation and deletion, the trust policy, the permissions boundary, and the
 * role's exclusive `inline_policy` blocks and `managed_policy_arns`. Those two are optional and computed: unset,
 * the provider leaves the role's policies alone; set (even to `[]`), it removes every policy not listed.
 */
import type { BoundaryChange, DocumentValue, EntityRef, Maybe, TrustPolicyChange } from '../change-set.js';
import { isUnknown } from '../change-set.js';
import { sameDocument, type ConversionContext, type EntityKind, type LinkedValue } from './conversion-context.js';
import type { CurrentSet, CurrentState } from './current-state.js';
import { attachment } from './iam-attachments.js';
import { applyExclusiveInline, type ListedInline } from './iam-inline-policies.js';
import type { PlanResourceChange } from './plan-structure.js';
import { readAfter, readBefore } from './planned-values.js';

/** How the old and new objects of a user or role relate. */
type Shape =
  | { kind: 'create' }
  | { kind: 'delete' }
  /** The same principal before and after (an update, or a replacement that keeps the name). */
  | { kind: 'same' }
  /** Different principals: the old one goes (unless forgotten), the new one comes. */
  | { kind: 'swap'; keepOld: boolean };

function shape(ctx: ConversionContext, change: PlanResourceChange, kind: EntityKind): Shape | undefined {
  switch (change.action) {
    case 'create':
      return { kind: 'create' };
    case 'delete':
      return { kind: 'delete' };
    case 'update':
    case 'replace':
    case 'create-forget': {
      const before = ctx.before(change, ['name']);
      const after = ctx.after(change, ['name'], 'text')?.value;
      const same = before !== undefined && after !== undefined && !isUnknown(after) && before === after;
      if (same && change.action === 'replace') {
        ctx.warn(
          'principal-replaced',
          `${change.address} destroys and recreates ${kind} ${before}: its unique id changes, existing sessions and policies that name the old unique id stop working, and attachments made outside this resource are lost`,
          change,
        );
      }
      if (same) return { kind: 'same' };
      if (change.action === 'update') {
        ctx.warn(
          'principal-renamed',
          `${change.address} renames ${kind} ${before ?? '(unknown)'}: policies and trust policies that name its old ARN no longer match it`,
          change,
        );
      }
      return { kind: 'swap', keepOld: change.action === 'create-forget' };
    }
    default:
      return undefined;
  }
}

function boundary(
  ctx: ConversionContext,
  change: PlanResourceChange,
  entity: Maybe<EntityRef>,
  before: string | undefined,
  after: LinkedValue | undefined,
): void {
  if (after === undefined && before === undefined) return;
  if (after !== undefined && !isUnknown(after.value) && after.value === before) return;
  const out: BoundaryChange = { kind: 'permissions-boundary', entity, source: ctx.origin(change) };
  if (before !== undefined) out.before = before;
  if (after !== undefined) {
    out.after = after.value;
    const document = after.policy ? ctx.planPolicyDocument(after.policy) : undefined;
    if (document !== undefined) out.afterDocument = document;
  }
  ctx.emit(out);
}

/** True when an attribute changes or is set in the configuration, so the provider manages it. */
function manages(ctx: ConversionContext, change: PlanResourceChange, attribute: string): boolean {
  const configured = ctx.configured(change, attribute);
  if (configured !== false) return true;
  return JSON.stringify(readBefore(change, [attribute]) ?? null) !== JSON.stringify(change.after?.[attribute] ?? null);
}

/** The role's `inline_policy` blocks, exclusive when set. */
function roleInlinePolicies(
  ctx: ConversionContext,
  change: PlanResourceChange,
  role: Maybe<EntityRef>,
  current: CurrentSet<Map<string, DocumentValue | undefined>>,
): void {
  const read = readAfter(ctx.instance(change), ['inline_policy']);
  if (read.state === 'absent' || !manages(ctx, change, 'inline_policy')) return;
  if (read.state === 'unknown') {
    if (ctx.configured(change, 'inline_policy') !== true) return;
    const reason = `${change.address}.inline_policy is not known until apply`;
    ctx.emit({
      kind: 'inline-policy',
      entity: role,
      policyName: { unknown: reason },
      after: { unknown: reason },
      source: ctx.origin(change),
    });
    return;
  }
  const blocks = Array.isArray(read.value) ? read.value : [];
  const listed: ListedInline[] = [];
  blocks.forEach((_, i) => {
    const name = ctx.after(change, ['inline_policy', i, 'name'], 'text');
    // An empty `inline_policy {}` block is how the configuration says "no inline policies".
    if (name === undefined) return;
    const document = ctx.document(change, 'after', ['inline_policy', i, 'policy'], 'identity');
    listed.push({
      name: name.value,
      document: document ?? { unknown: `${change.address}.inline_policy[${i}].policy is not set` },
    });
  });
  const whole = isUnknown(role) ? { items: new Map(), complete: true } : current;
  applyExclusiveInline(ctx, change, role, listed, whole, false);
}

/** The role's `managed_policy_arns`, exclusive when set. */
function roleManagedPolicies(
  ctx: ConversionContext,
  change: PlanResourceChange,
  role: Maybe<EntityRef>,
  current: Set<string>,
): void {
  const read = readAfter(ctx.instance(change), ['managed_policy_arns']);
  if (read.state === 'absent' || !manages(ctx, change, 'managed_policy_arns')) return;
  const list = ctx.afterList(change, 'managed_policy_arns', 'policy-arn');
  if (list === undefined) return;
  if (isUnknown(list)) {
    if (ctx.configured(change, 'managed_policy_arns') !== true) return;
    ctx.emit(attachment(ctx, change, 'attach', role, { value: list }));
    if (current.size > 0)
      ctx.emit(
        attachment(ctx, change, 'detach', role, {
          value: { unknown: `${list.unknown}, so any of ${[...current].join(', ')} may be detached` },
        }),
      );
    return;
  }
  const wanted = new Set<string>();
  for (const item of list) {
    if (!isUnknown(item.value)) wanted.add(item.value);
    if (isUnknown(item.value) || !current.has(item.value)) ctx.emit(attachment(ctx, change, 'attach', role, item));
  }
  for (const arn of current) if (!wanted.has(arn)) ctx.emit(attachment(ctx, change, 'detach', role, { value: arn }));
}

/** `aws_iam_role`. */
export function convertRole(ctx: ConversionContext, change: PlanResourceChange, state: CurrentState): void {
  const form = shape(ctx, change, 'role');
  if (!form) return;
  const origin = ctx.origin(change);
  const oldRole = change.before ? ctx.beforeEntity(change, ['name'], 'role') : undefined;
  const newRole = change.after ? ctx.afterEntity(change, ['name'], 'role') : undefined;
  if (form.kind === 'delete' || (form.kind === 'swap' && !form.keepOld)) {
    ctx.emit({
      kind: 'principal-deleted',
      entity: oldRole ?? { unknown: `${change.address}.name was not set` },
      source: origin,
    });
  }
  if (form.kind === 'delete' || !newRole) return;
  const same = form.kind === 'same';
  if (!same) ctx.emit({ kind: 'principal-created', entity: newRole, source: origin });

  const trustBefore = same ? ctx.document(change, 'before', ['assume_role_policy'], 'trust') : undefined;
  const trustAfter = ctx.document(change, 'after', ['assume_role_policy'], 'trust') ?? {
    unknown: `${change.address}.assume_role_policy is not set`,
  };
  if (!same || !sameDocument(trustBefore, trustAfter)) {
    const trust: TrustPolicyChange = {
      kind: 'trust-policy',
      role: newRole,
      after: trustAfter,
      source: origin,
    };
    if (trustBefore !== undefined) trust.before = trustBefore;
    ctx.emit(trust);
  }

  boundary(
    ctx,
    change,
    newRole,
    same ? ctx.before(change, ['permissions_boundary']) : undefined,
    ctx.after(change, ['permissions_boundary'], 'policy-arn'),
  );

  // A new role has nothing yet; the same role keeps what it has now unless the exclusive lists say otherwise.
  const name = isUnknown(newRole) ? undefined : newRole.name;
  const inline = same && name ? state.inlinePolicies('role', name) : { items: new Map(), complete: true };
  roleInlinePolicies(ctx, change, newRole, inline);
  const attached = same && name ? state.attachedPolicies('role', name).items : new Set<string>();
  roleManagedPolicies(ctx, change, newRole, attached);
}

/** `aws_iam_user`. */
export function convertUser(ctx: ConversionContext, change: PlanResourceChange): void {
  const form = shape(ctx, change, 'user');
  if (!form) return;
  const origin = ctx.origin(change);
  const oldUser = change.before ? ctx.beforeEntity(change, ['name'], 'user') : undefined;
  const newUser = change.after ? ctx.afterEntity(change, ['name'], 'user') : undefined;
  if (form.kind === 'delete' || (form.kind === 'swap' && !form.keepOld)) {
    ctx.emit({
      kind: 'principal-deleted',
      entity: oldUser ?? { unknown: `${change.address}.name was not set` },
      source: origin,
    });
  }
  if (form.kind === 'delete' || !newUser) return;
  const same = form.kind === 'same';
  if (!same) ctx.emit({ kind: 'principal-created', entity: newUser, source: origin });
  boundary(
    ctx,
    change,
    newUser,
    same ? ctx.before(change, ['permissions_boundary']) : undefined,
    ctx.after(change, ['permissions_boundary'], 'policy-arn'),
  );
}
