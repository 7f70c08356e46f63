/**
 * Inline policies: `aws_iam_{role,user,group}_policy` (one policy each), the exclusive
 * `aws_iam_{role,user,group}_policies_exclusive` (deletes every inline policy it does not name), and the exclusive
 * `inline_policy` blocks of `aws_iam_role`, which share the exclusive logic here.
 */
import type { DocumentValue, EntityRef, InlinePolicyChange, Maybe } from '../change-set.js';
import { isUnknown } from '../change-set.js';
import { sameDocument, type ConversionContext, type EntityKind } from './conversion-context.js';
import type { CurrentSet } from './current-state.js';
import { diffPairs } from './pair-lifecycle.js';
import type { PlanResourceChange } from './plan-structure.js';

/** Builds an inline policy change. */
export function inlineChange(
  ctx: ConversionContext,
  change: PlanResourceChange,
  entity: Maybe<EntityRef>,
  policyName: Maybe<string>,
  before: DocumentValue | undefined,
  after: DocumentValue | undefined,
): InlinePolicyChange {
  const out: InlinePolicyChange = { kind: 'inline-policy', entity, policyName, source: ctx.origin(change) };
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

/** `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy`. */
export function convertInlinePolicy(ctx: ConversionContext, change: PlanResourceChange, kind: EntityKind): void {
  interface Item {
    entity: Maybe<EntityRef>;
    name: Maybe<string>;
    document: () => DocumentValue | undefined;
  }
  const missing = (side: string): DocumentValue => ({ unknown: `${change.address}.policy is not set ${side}` });
  const before: Item[] = change.before
    ? [
        {
          entity: ctx.beforeEntity(change, [kind], kind),
          name: ctx.before(change, ['name']) ?? { unknown: `${change.address}.name was not set` },
          document: () => ctx.document(change, 'before', ['policy'], 'identity') ?? missing('before'),
        },
      ]
    : [];
  const after: Item[] = change.after
    ? [
        {
          entity: ctx.afterEntity(change, [kind], kind),
          name: ctx.after(change, ['name'], 'text')?.value ?? {
            unknown: `${change.address}.name is chosen during apply`,
          },
          document: () => ctx.document(change, 'after', ['policy'], 'identity') ?? missing('after'),
        },
      ]
    : [];
  const key = (item: Item): string | undefined =>
    isUnknown(item.entity) || isUnknown(item.name) ? undefined : `${item.entity.name}|${item.name}`;
  const diff = diffPairs(ctx, change, before, after, key, 'inline policy');
  for (const item of diff.remove)
    ctx.emit(inlineChange(ctx, change, item.entity, item.name, item.document(), undefined));
  for (const [old, now] of diff.keep) {
    const a = old.document();
    const b = now.document();
    if (!sameDocument(a, b)) ctx.emit(inlineChange(ctx, change, now.entity, now.name, a, b));
  }
  for (const item of diff.add) ctx.emit(inlineChange(ctx, change, item.entity, item.name, undefined, item.document()));
}

/** An inline policy the configuration lists, for the exclusive forms. */
export interface ListedInline {
  name: Maybe<string>;
  document?: DocumentValue;
}

/**
 * Applies an exclusive inline-policy list to an entity: listed policies are created or updated (when `document`
 * is given; the `*_policies_exclusive` resources only name them), and every current policy not listed is deleted.
 */
export function applyExclusiveInline(
  ctx: ConversionContext,
  change: PlanResourceChange,
  entity: Maybe<EntityRef>,
  listed: readonly ListedInline[],
  current: CurrentSet<Map<string, DocumentValue | undefined>>,
  warnWhenIncomplete: boolean,
): void {
  const names = new Set<string>();
  for (const item of listed) {
    if (isUnknown(item.name)) {
      if (item.document !== undefined) ctx.emit(inlineChange(ctx, change, entity, item.name, undefined, item.document));
      continue;
    }
    names.add(item.name);
    if (item.document === undefined) continue;
    const existing = current.items.get(item.name);
    if (!current.items.has(item.name)) ctx.emit(inlineChange(ctx, change, entity, item.name, undefined, item.document));
    else if (!sameDocument(existing, item.document)) {
      const before = existing ?? { unknown: `the current document of ${item.name} is not known` };
      ctx.emit(inlineChange(ctx, change, entity, item.name, before, item.document));
    }
  }
  for (const [name, document] of current.items) {
    if (names.has(name)) continue;
    const before = document ?? { unknown: `the current document of inline policy ${name} is not known` };
    ctx.emit(inlineChange(ctx, change, entity, name, before, undefined));
  }
  if (!current.complete && warnWhenIncomplete) {
    const who = isUnknown(entity) ? 'the entity' : `${entity.kind} ${entity.name}`;
    const reason = `any other inline policy of ${who} is deleted, and they cannot be listed: ${current.reason}`;
    ctx.emit(inlineChange(ctx, change, entity, { unknown: reason }, { unknown: reason }, undefined));
    ctx.warn(
      'exclusive-unresolved',
      `${change.address} deletes every inline policy of ${who} it does not list, but the current ones are not known (${current.reason})`,
      change,
    );
  }
}

/**
 * `aws_iam_{role,user,group}_policies_exclusive`: deletes the entity's inline policies that `policy_names` does not
 * name. Destroying it changes nothing in AWS.
 */
export function convertPoliciesExclusive(
  ctx: ConversionContext,
  change: PlanResourceChange,
  kind: EntityKind,
  currentOf: (kind: EntityKind, name: string) => CurrentSet<Map<string, DocumentValue | undefined>>,
): void {
  if (change.action === 'delete') return;
  const nameAttribute = `${kind}_name`;
  const entity = ctx.afterEntity(change, [nameAttribute], kind);
  const list = ctx.afterList(change, 'policy_names', 'text') ?? [];
  if (isUnknown(entity) || isUnknown(list)) {
    const why = isUnknown(entity) ? entity.unknown : isUnknown(list) ? list.unknown : '';
    const reason = `the inline policies it does not name are deleted, but ${why}`;
    ctx.emit(inlineChange(ctx, change, entity, { unknown: reason }, { unknown: reason }, undefined));
    return;
  }
  const current = currentOf(kind, entity.name);
  if (change.before && ctx.before(change, [nameAttribute]) === entity.name) {
    for (const name of ctx.beforeList(change, 'policy_names'))
      if (!current.items.has(name)) current.items.set(name, undefined);
  }
  const listed: ListedInline[] = list.map((item) => ({ name: item.value }));
  applyExclusiveInline(ctx, change, entity, listed, current, !change.before);
}
