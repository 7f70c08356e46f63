/**
 * Organizations: `aws_organizations_policy` (SCPs and RCPs; other policy types do not authorize and are skipped
 * with a warning) and `aws_organizations_policy_attachment`. A new policy has no id until apply, so it gets the
 * placeholder `new:<address>`, which its attachments resolve to, and collects their targets.
 */
import type {
  Maybe,
  OrgPolicyAttachmentChange,
  OrgPolicyCreation,
  OrgPolicyDocumentChange,
  OrgPolicyType,
} from '../change-set.js';
import { isUnknown } from '../change-set.js';
import { sameDocument, type ConversionContext } from './conversion-context.js';
import { diffPairs } from './pair-lifecycle.js';
import type { PlanResourceChange } from './plan-structure.js';
import { readAfter, readBefore, type PlannedInstance } from './planned-values.js';

const EVALUATED: readonly string[] = ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'];
const DEFAULT_TYPE = 'SERVICE_CONTROL_POLICY';

function typeOf(values: Record<string, unknown> | undefined): string {
  const type = values?.type;
  return typeof type === 'string' && type !== '' ? type : DEFAULT_TYPE;
}

function kindOf(type: OrgPolicyType): 'scp' | 'rcp' {
  return type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp';
}

/** `aws_organizations_policy`. */
export function convertOrgPolicy(ctx: ConversionContext, change: PlanResourceChange): void {
  const oldType = change.before ? typeOf(change.before) : undefined;
  const newType = change.after ? typeOf(change.after) : undefined;
  const evaluated = (t: string | undefined): t is OrgPolicyType => t !== undefined && EVALUATED.includes(t);
  if (!evaluated(oldType) && !evaluated(newType)) {
    ctx.warn(
      'ignored-resource',
      `${change.address} is a ${newType ?? oldType} policy; only service control and resource control policies affect access`,
      change,
    );
    return;
  }
  const origin = ctx.origin(change);
  const oldId: Maybe<string> = ctx.before(change, ['id']) ?? { unknown: `${change.address}.id was not recorded` };
  const name = ctx.after(change, ['name'], 'text')?.value;
  const policyName = name !== undefined && !isUnknown(name) ? name : ctx.before(change, ['name']);
  const withName = <T extends { policyName?: string }>(out: T): T => {
    if (policyName !== undefined) out.policyName = policyName;
    return out;
  };
  const before = () =>
    evaluated(oldType)
      ? (ctx.document(change, 'before', ['content'], kindOf(oldType)) ?? {
          unknown: `${change.address}.content was not recorded`,
        })
      : undefined;
  const after = () =>
    evaluated(newType)
      ? (ctx.document(change, 'after', ['content'], kindOf(newType)) ?? {
          unknown: `${change.address}.content is not set`,
        })
      : undefined;
  const removed = (): void => {
    if (!evaluated(oldType)) return;
    if (readBefore(change, ['skip_destroy']) === true) {
      ctx.warn(
        'terraform-forget',
        `${change.address} has skip_destroy: destroying it leaves the policy in AWS`,
        change,
      );
      return;
    }
    ctx.emit(
      withName<OrgPolicyDocumentChange>({
        kind: 'org-policy',
        policyType: oldType,
        policyId: oldId,
        before: before(),
        source: origin,
      }),
    );
  };
  const created = (): void => {
    if (!evaluated(newType)) return;
    const id = readAfter(ctx.instance(change), ['id']);
    const policyId = id.state === 'known' && typeof id.value === 'string' ? id.value : `new:${change.address}`;
    const document = after() ?? { unknown: `${change.address}.content is not set` };
    ctx.emit(
      withName<OrgPolicyCreation>({
        kind: 'org-policy-created',
        policyType: newType,
        policyId,
        after: document,
        targets: [],
        source: origin,
      }),
    );
  };
  switch (change.action) {
    case 'create':
      created();
      return;
    case 'delete':
      removed();
      return;
    case 'update':
      if (evaluated(newType) && oldType === newType) {
        const a = before();
        const b = after();
        if (!sameDocument(a, b))
          ctx.emit(
            withName<OrgPolicyDocumentChange>({
              kind: 'org-policy',
              policyType: newType,
              policyId: oldId,
              before: a,
              after: b,
              source: origin,
            }),
          );
      }
      return;
    case 'replace':
      // A replacement is a new policy with a new id; the old one's attachments go with it.
      removed();
      created();
      return;
    case 'create-forget':
      created();
      return;
    default:
      return;
  }
}

/** Finds the plan's policy an attachment's `policy_id` names: by placeholder or by its known id. */
function planOrgPolicy(ctx: ConversionContext, id: string): PlannedInstance | undefined {
  if (id.startsWith('new:')) return ctx.values.get(id.slice(4));
  for (const instance of ctx.values.all()) {
    if (instance.mode !== 'managed' || instance.type !== 'aws_organizations_policy') continue;
    if (instance.after?.id === id || readBefore(instance, ['id']) === id) return instance;
  }
  return undefined;
}

/** The policy type of a policy id, from the plan or the inventory; a type iam-impact skips gives `null`. */
function policyTypeOf(ctx: ConversionContext, id: Maybe<string>): Maybe<OrgPolicyType> | null {
  if (isUnknown(id)) return { unknown: `the policy is not known: ${id.unknown}` };
  const inPlan = planOrgPolicy(ctx, id);
  if (inPlan) {
    const type = typeOf(inPlan.after ?? inPlan.before);
    return EVALUATED.includes(type) ? (type as OrgPolicyType) : null;
  }
  const inInventory = ctx.inventory?.organization?.policies.find((p) => p.id === id);
  if (inInventory) return inInventory.type;
  return { unknown: `policy ${id} is neither in the plan nor in the inventory's organization` };
}

/** `aws_organizations_policy_attachment`. */
export function convertOrgPolicyAttachment(ctx: ConversionContext, change: PlanResourceChange): void {
  interface Pair {
    policyId: Maybe<string>;
    targetId: Maybe<string>;
  }
  const before: Pair[] = change.before
    ? [
        {
          policyId: ctx.before(change, ['policy_id']) ?? { unknown: `${change.address}.policy_id was not set` },
          targetId: ctx.before(change, ['target_id']) ?? { unknown: `${change.address}.target_id was not set` },
        },
      ]
    : [];
  const after: Pair[] = change.after
    ? [
        {
          policyId: ctx.after(change, ['policy_id'], 'org-policy-id')?.value ?? {
            unknown: `${change.address}.policy_id is not set`,
          },
          targetId: ctx.after(change, ['target_id'], 'text')?.value ?? {
            unknown: `${change.address}.target_id is not set`,
          },
        },
      ]
    : [];
  const key = (p: Pair): string | undefined =>
    isUnknown(p.policyId) || isUnknown(p.targetId) ? undefined : `${p.policyId}|${p.targetId}`;
  const diff = diffPairs(ctx, change, before, after, key, 'policy attachment');
  const emit = (action: 'attach' | 'detach', pair: Pair): void => {
    const policyType = policyTypeOf(ctx, pair.policyId);
    if (policyType === null) return;
    const out: OrgPolicyAttachmentChange = {
      kind: 'org-policy-attachment',
      action,
      policyType,
      policyId: pair.policyId,
      targetId: pair.targetId,
      source: ctx.origin(change),
    };
    ctx.emit(out);
  };
  if (diff.remove.length > 0 && change.action === 'delete' && readBefore(change, ['skip_destroy']) === true) {
    ctx.warn(
      'terraform-forget',
      `${change.address} has skip_destroy: destroying it leaves the policy attached`,
      change,
    );
  } else for (const pair of diff.remove) emit('detach', pair);
  for (const pair of diff.add) emit('attach', pair);
}

/** Adds each attachment's target to the org-policy-created change of the policy it attaches. */
export function collectOrgPolicyTargets(ctx: ConversionContext): void {
  const created = new Map<string, OrgPolicyCreation>();
  for (const change of ctx.changes) if (change.kind === 'org-policy-created') created.set(change.policyId, change);
  for (const change of ctx.changes) {
    if (change.kind !== 'org-policy-attachment' || change.action !== 'attach' || isUnknown(change.policyId)) continue;
    created.get(change.policyId)?.targets.push(change.targetId);
  }
}

/**
 * `aws_organizations_account` and `aws_organizations_organization`: changes that move SCP and RCP coverage. An
 * account moved to another OU is a change (evaluated); a change of the enforced policy types is a warning.
 */
export function convertOrgStructure(ctx: ConversionContext, change: PlanResourceChange): void {
  if (change.type === 'aws_organizations_account') {
    const from = ctx.before(change, ['parent_id']);
    const to = ctx.after(change, ['parent_id'], 'text')?.value;
    const accountId = ctx.before(change, ['id']);
    if (change.action === 'update' && from !== undefined && (to === undefined || isUnknown(to) || to !== from)) {
      if (accountId === undefined || to === undefined) {
        ctx.warn(
          'ignored-resource',
          `${change.address} moves account ${accountId ?? '(unknown id)'} from ${from} to ${to === undefined ? '(unset)' : '(unknown)'}: the SCPs and RCPs that apply to it change, and the plan does not say ${accountId === undefined ? 'which account' : 'where to'}`,
          change,
        );
      } else {
        ctx.emit({ kind: 'account-moved', accountId, fromParent: from, toParent: to, source: ctx.origin(change) });
      }
    }
  } else if (
    change.type === 'aws_organizations_organization' &&
    (change.action === 'update' || change.action === 'delete')
  ) {
    const types = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].sort() : (v ?? null));
    if (
      change.action === 'delete' ||
      types(change.before?.enabled_policy_types) !== types(change.after?.enabled_policy_types)
    ) {
      ctx.warn(
        'ignored-resource',
        `${change.address} changes which policy types the organization enforces; iam-impact does not evaluate that`,
        change,
      );
    }
  }
}
