/**
 * What a resource change does to the things it stands for (an attachment, an inline policy, group memberships),
 * given their keys before and after. The order of a replacement matters: with create_before_destroy
 * (`["create","delete"]`) the old object's destruction runs last, and for an object with the same key (the same
 * role and policy, the same inline policy name) it removes what the creation just made; an
 * `aws_iam_role_policy_attachment` replaced that way ends up detached.
 */
import type { ConversionContext } from './conversion-context.js';
import type { PlanResourceChange } from './plan-structure.js';

/** The outcome: items that appear, items that go, and items on both sides (same key) that may change. */
export interface PairDiff<T> {
  add: T[];
  remove: T[];
  keep: [before: T, after: T][];
}

/**
 * Compares the items before and after by key. An undefined key (an unknown value) never matches, so an unknown
 * item is both added and, on its old side, removed.
 */
export function diffPairs<T>(
  ctx: ConversionContext,
  change: PlanResourceChange,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string | undefined,
  what: string,
): PairDiff<T> {
  const diff: PairDiff<T> = { add: [], remove: [], keep: [] };
  switch (change.action) {
    case 'create':
      diff.add.push(...after);
      return diff;
    case 'delete':
      diff.remove.push(...before);
      return diff;
    case 'update':
    case 'replace':
    case 'create-forget':
      break;
    default:
      return diff;
  }
  const afterKeys = new Map<string, T>();
  for (const item of after) {
    const k = key(item);
    if (k !== undefined) afterKeys.set(k, item);
  }
  const matched = new Set<T>();
  for (const item of before) {
    const k = key(item);
    const other = k === undefined ? undefined : afterKeys.get(k);
    if (other !== undefined) {
      matched.add(other);
      diff.keep.push([item, other]);
    } else if (change.action !== 'create-forget') diff.remove.push(item);
  }
  for (const item of after) if (!matched.has(item)) diff.add.push(item);
  if (change.action === 'replace' && change.createFirst && diff.keep.length > 0) {
    for (const [old] of diff.keep) diff.remove.push(old);
    diff.keep = [];
    ctx.warn(
      'create-before-destroy',
      `${change.address} is replaced with create_before_destroy: the new object is created first, then destroying the old one removes the same ${what}, so it ends up removed`,
      change,
    );
  }
  return diff;
}
