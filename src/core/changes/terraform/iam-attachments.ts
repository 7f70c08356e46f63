/**
 * Managed policy attachments: the per-entity `aws_iam_{role,user,group}_policy_attachment` (one pair, not
 * exclusive), the account-wide exclusive `aws_iam_policy_attachment`, and the per-entity exclusive
 * `aws_iam_{role,user,group}_policy_attachments_exclusive`. Exclusive ones detach what exists but is not listed,
 * which the diff alone does not show.
 */
import type { AttachmentChange, EntityRef, Maybe } from '../change-set.js';
import { isUnknown } from '../change-set.js';
import type { ConversionContext, EntityKind, LinkedValue } from './conversion-context.js';
import type { CurrentState, EntityKey } from './current-state.js';
import { diffPairs } from './pair-lifecycle.js';
import type { PlanResourceChange } from './plan-structure.js';

const KINDS: EntityKind[] = ['user', 'group', 'role'];

/** Builds an attachment change; an attach carries the new document of a policy the plan creates or changes. */
export function attachment(
  ctx: ConversionContext,
  change: PlanResourceChange,
  action: 'attach' | 'detach',
  entity: Maybe<EntityRef>,
  policy: LinkedValue,
): AttachmentChange {
  const out: AttachmentChange = {
    kind: 'attachment',
    action,
    entity,
    policyArn: policy.value,
    source: ctx.origin(change),
  };
  if (action === 'attach' && policy.policy) {
    const document = ctx.planPolicyDocument(policy.policy);
    if (document !== undefined) out.policyDocument = document;
  }
  return out;
}

function refKey(entity: Maybe<EntityRef>): string | undefined {
  return isUnknown(entity) ? undefined : `${entity.kind}/${entity.name}`;
}

/** `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`, `aws_iam_group_policy_attachment`. */
export function convertEntityPolicyAttachment(
  ctx: ConversionContext,
  change: PlanResourceChange,
  kind: EntityKind,
): void {
  interface Pair {
    entity: Maybe<EntityRef>;
    policy: LinkedValue;
  }
  const before: Pair[] = change.before
    ? [
        {
          entity: ctx.beforeEntity(change, [kind], kind),
          policy: {
            value: ctx.before(change, ['policy_arn']) ?? { unknown: `${change.address}.policy_arn was not set` },
          },
        },
      ]
    : [];
  const after: Pair[] = change.after
    ? [
        {
          entity: ctx.afterEntity(change, [kind], kind),
          policy: ctx.after(change, ['policy_arn'], 'policy-arn') ?? {
            value: { unknown: `${change.address}.policy_arn is not set` },
          },
        },
      ]
    : [];
  const key = (p: Pair): string | undefined => {
    const entity = refKey(p.entity);
    return entity === undefined || isUnknown(p.policy.value) ? undefined : `${entity}|${p.policy.value}`;
  };
  const diff = diffPairs(ctx, change, before, after, key, 'attachment');
  for (const p of diff.remove) ctx.emit(attachment(ctx, change, 'detach', p.entity, p.policy));
  for (const p of diff.add) ctx.emit(attachment(ctx, change, 'attach', p.entity, p.policy));
}

/**
 * `aws_iam_policy_attachment`: after apply, exactly the listed users, roles and groups hold the policy in the
 * whole account; every other holder loses it (provider docs: "will have that attached policy revoked").
 */
export function convertPolicyAttachment(
  ctx: ConversionContext,
  change: PlanResourceChange,
  current: CurrentState,
): void {
  const oldArn = ctx.before(change, ['policy_arn']);
  const beforeHolders = (): EntityKey[] =>
    KINDS.flatMap((kind) => ctx.beforeList(change, `${kind}s`).map((name) => ({ kind, name })));
  const detachAll = (arn: string, holders: EntityKey[]): void => {
    for (const h of holders) ctx.emit(attachment(ctx, change, 'detach', ctx.entity(h.kind, h.name), { value: arn }));
  };
  if (change.action === 'delete') {
    // Destroying detaches the entities in state, which the provider refreshes to every holder of the policy.
    if (oldArn) detachAll(oldArn, beforeHolders());
    return;
  }
  const policy = ctx.after(change, ['policy_arn'], 'policy-arn') ?? {
    value: { unknown: `${change.address}.policy_arn is not set` },
  };
  if (oldArn && oldArn !== policy.value && change.action !== 'create-forget') detachAll(oldArn, beforeHolders());

  const listed = new Map<string, Maybe<EntityRef>>();
  const unknownEntities: Maybe<EntityRef>[] = [];
  const unknownKinds: EntityKind[] = [];
  for (const kind of KINDS) {
    const list = ctx.afterList(
      change,
      `${kind}s`,
      kind === 'user' ? 'user-name' : kind === 'group' ? 'group-name' : 'role-name',
    );
    if (list === undefined) continue;
    if (isUnknown(list)) {
      unknownKinds.push(kind);
      unknownEntities.push({ unknown: list.unknown });
      continue;
    }
    for (const item of list) {
      const entity = ctx.entity(kind, item.value);
      const k = refKey(entity);
      if (k === undefined) unknownEntities.push(entity);
      else listed.set(k, entity);
    }
  }

  if (isUnknown(policy.value)) {
    for (const entity of [...listed.values(), ...unknownEntities])
      ctx.emit(attachment(ctx, change, 'attach', entity, policy));
    // A policy the plan creates has no holders yet; any other unknown policy may have some, who would lose it.
    if (!policy.policy) {
      const reason = `the other holders of the policy lose it, but ${policy.value.unknown}`;
      ctx.emit(attachment(ctx, change, 'detach', { unknown: reason }, policy));
    }
    return;
  }
  const newArn = policy.value;
  const holders = current.policyHolders(newArn);
  const held = new Set(holders.items.map((h) => `${h.kind}/${h.name}`));
  if (oldArn === newArn)
    for (const h of beforeHolders())
      if (!held.has(`${h.kind}/${h.name}`)) {
        held.add(`${h.kind}/${h.name}`);
        holders.items.push(h);
      }
  for (const [k, entity] of listed) if (!held.has(k)) ctx.emit(attachment(ctx, change, 'attach', entity, policy));
  for (const entity of unknownEntities) ctx.emit(attachment(ctx, change, 'attach', entity, policy));
  for (const h of holders.items) {
    if (listed.has(`${h.kind}/${h.name}`)) continue;
    if (unknownKinds.includes(h.kind)) continue;
    ctx.emit(attachment(ctx, change, 'detach', ctx.entity(h.kind, h.name), { value: newArn }));
  }
  for (const kind of unknownKinds) {
    ctx.emit(
      attachment(
        ctx,
        change,
        'detach',
        {
          unknown: `the ${kind}s that keep ${newArn} are not known until apply; every current ${kind} holder may lose it`,
        },
        { value: newArn },
      ),
    );
  }
  if (!holders.complete && !change.before) {
    ctx.emit(
      attachment(
        ctx,
        change,
        'detach',
        {
          unknown: `any other user, group or role holding ${newArn} loses it, and they cannot be listed: ${holders.reason}`,
        },
        { value: newArn },
      ),
    );
    ctx.warn(
      'exclusive-unresolved',
      `${change.address} detaches ${newArn} from every user, group and role it does not list, but the current holders are not known (${holders.reason}); give an inventory of account ${ctx.account.accountId ?? '(unknown)'}`,
      change,
    );
  }
}

/**
 * `aws_iam_{role,user,group}_policy_attachments_exclusive`: the entity ends up with exactly the listed policies
 * (the provider attaches missing ones and detaches the rest). Destroying it changes nothing in AWS.
 */
export function convertPolicyAttachmentsExclusive(
  ctx: ConversionContext,
  change: PlanResourceChange,
  kind: EntityKind,
  current: CurrentState,
): void {
  if (change.action === 'delete') return;
  const nameAttribute = `${kind}_name`;
  const entity = ctx.afterEntity(change, [nameAttribute], kind);
  const list = ctx.afterList(change, 'policy_arns', 'policy-arn') ?? [];
  if (isUnknown(entity)) {
    if (!isUnknown(list)) for (const item of list) ctx.emit(attachment(ctx, change, 'attach', entity, item));
    ctx.emit(
      attachment(ctx, change, 'detach', entity, {
        value: { unknown: `the policies it does not list are detached, but ${entity.unknown}` },
      }),
    );
    return;
  }
  const existing = current.attachedPolicies(kind, entity.name);
  const have = new Set(existing.items);
  if (change.before && ctx.before(change, [nameAttribute]) === entity.name)
    for (const arn of ctx.beforeList(change, 'policy_arns')) have.add(arn);
  if (isUnknown(list)) {
    ctx.emit(attachment(ctx, change, 'attach', entity, { value: list }));
    if (have.size > 0 || !existing.complete) {
      const which = have.size > 0 ? `any of ${[...have].join(', ')}` : 'any policy it has';
      const reason = `${list.unknown}, so ${which} may be detached`;
      ctx.emit(attachment(ctx, change, 'detach', entity, { value: { unknown: reason } }));
    }
    return;
  }
  const wanted = new Set<string>();
  for (const item of list) {
    if (isUnknown(item.value)) ctx.emit(attachment(ctx, change, 'attach', entity, item));
    else {
      wanted.add(item.value);
      if (!have.has(item.value)) ctx.emit(attachment(ctx, change, 'attach', entity, item));
    }
  }
  for (const arn of have) if (!wanted.has(arn)) ctx.emit(attachment(ctx, change, 'detach', entity, { value: arn }));
  if (!existing.complete && !change.before) {
    ctx.emit(
      attachment(ctx, change, 'detach', entity, {
        value: {
          unknown: `any other policy attached to ${kind} ${entity.name} is detached, and they cannot be listed: ${existing.reason}`,
        },
      }),
    );
    ctx.warn(
      'exclusive-unresolved',
      `${change.address} detaches every managed policy of ${kind} ${entity.name} it does not list, but the current ones are not known (${existing.reason})`,
      change,
    );
  }
}
