/**
 * `aws_iam_policy`: a customer managed policy's document. An update makes a new default version, which applies
 * to every holder at once; a new policy's ARN is derived when the provider has not assigned it yet.
 */
import type { DocumentValue, ManagedPolicyDocumentChange, Maybe } from '../change-set.js';
import { isUnknown } from '../change-set.js';
import { sameDocument, type ConversionContext } from './conversion-context.js';
import { isUnresolved } from './plan-resolver.js';
import type { PlanResourceChange } from './plan-structure.js';

function policyChange(
  ctx: ConversionContext,
  change: PlanResourceChange,
  policyArn: Maybe<string>,
  policyName: string | undefined,
  before: DocumentValue | undefined,
  after: DocumentValue | undefined,
): ManagedPolicyDocumentChange {
  const out: ManagedPolicyDocumentChange = { kind: 'managed-policy', policyArn, source: ctx.origin(change) };
  if (policyName !== undefined) out.policyName = policyName;
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

/** `aws_iam_policy`. */
export function convertManagedPolicy(ctx: ConversionContext, change: PlanResourceChange): void {
  const oldArn: Maybe<string> = ctx.before(change, ['arn']) ?? { unknown: `${change.address}.arn was not recorded` };
  const oldName = ctx.before(change, ['name']);
  const newName = ctx.after(change, ['name'], 'text')?.value;
  const resolved = ctx.resolver.policyArn(ctx.instance(change));
  const newArn: Maybe<string> = isUnresolved(resolved) ? { unknown: resolved.unknown } : resolved.value;
  const name = newName !== undefined && !isUnknown(newName) ? newName : oldName;
  const before = () =>
    ctx.document(change, 'before', ['policy'], 'identity') ?? { unknown: `${change.address}.policy was not recorded` };
  const after = () =>
    ctx.document(change, 'after', ['policy'], 'identity') ?? { unknown: `${change.address}.policy is not set` };
  const compare = (arn: Maybe<string>): void => {
    const a = before();
    const b = after();
    if (!sameDocument(a, b)) ctx.emit(policyChange(ctx, change, arn, name, a, b));
  };
  switch (change.action) {
    case 'create':
      ctx.emit(policyChange(ctx, change, newArn, name, undefined, after()));
      return;
    case 'delete':
      ctx.emit(policyChange(ctx, change, oldArn, oldName, before(), undefined));
      return;
    case 'update':
      compare(oldArn);
      return;
    case 'replace':
    case 'create-forget': {
      // Recreated under the same ARN (same path and name) it is one policy whose document may change; under a new
      // ARN the old policy goes (unless forgotten) and a new one comes.
      if (!isUnknown(oldArn) && !isUnknown(newArn) && oldArn === newArn) {
        compare(oldArn);
        return;
      }
      if (change.action === 'replace') ctx.emit(policyChange(ctx, change, oldArn, oldName, before(), undefined));
      ctx.emit(policyChange(ctx, change, newArn, name, undefined, after()));
      return;
    }
    default:
      return;
  }
}
