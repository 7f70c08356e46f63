/**
 * How the "after" policy set of a principal relates to what is attached in AWS now, so that the simulator backend
 * can use the most faithful call:
 *
 * - an identity-side change (documents, attachments, memberships, the boundary) is a `delta`: SimulatePrincipalPolicy
 *   on the principal itself, with `PolicyExclusionList` removing the old policies and `PolicyInputList` /
 *   `PermissionsBoundaryPolicyInputList` adding the new ones, so that AWS resolves groups, boundary and SCPs itself;
 * - a change of the SCPs in force (alone or mixed with identity changes) is `custom`: SimulateCustomPolicy with the
 *   whole policy set, because SimulatePrincipalPolicy always applies the SCPs in force now.
 *
 * RCPs and session policies never decide the shape: the simulator ignores them, and they are evaluated locally from
 * the query's policy set either way.
 */
import type { NamedPolicy } from '../evaluate/compile-policy.js';
import type { PolicyLevel } from '../evaluate/evaluate.js';
import type { PolicyExclusion, PolicySetShape, QueryPolicies } from './backend.js';

/** `PolicyExclusionList` holds at most this many identifiers (IAM API reference, SimulatePrincipalPolicy). */
export const MAX_POLICY_EXCLUSIONS = 256;

// The inventory names an inline policy `<entity ARN>#<policy name>` and a managed policy by its ARN.
const INLINE_NAME = /^arn:[^:]+:iam::\d{12}:(user|group|role)\/(?:[^#]*\/)?([^/#]+)#(.+)$/;
const MANAGED_ARN = /^arn:[^:]+:iam::(?:aws|\d{12}):policy\/.+/;

/** The parts of an inventory inline-policy name (`<entity ARN>#<policy name>`), or undefined for other names. */
export function parseInlinePolicyName(
  name: string,
): { attachmentType: 'user' | 'group' | 'role'; attachmentName: string; policyName: string } | undefined {
  const m = INLINE_NAME.exec(name);
  if (!m) return undefined;
  return { attachmentType: m[1] as 'user' | 'group' | 'role', attachmentName: m[2], policyName: m[3] };
}

/** The `PolicyExclusionList` identifier that removes exactly this policy, when there is one. */
function exclusionOf(policy: NamedPolicy): PolicyExclusion | undefined {
  const inline = parseInlinePolicyName(policy.name);
  if (inline) return { inlinePolicy: inline };
  // `*` and `?` are patterns in a PolicyArn identifier: a name holding them cannot be excluded on its own.
  if (MANAGED_ARN.test(policy.name) && !/[*?]/.test(policy.name)) return { policyArn: policy.name };
  return undefined;
}

/** The same policies at the same levels (documents compared by identity: the inventory shares unchanged ones). */
function sameLevels(a: readonly PolicyLevel[] | undefined, b: readonly PolicyLevel[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  return a.every((level, i) => {
    const other = b[i];
    if (level.id !== other.id || level.policies.length !== other.policies.length) return false;
    return level.policies.every(
      (p, j) => p.name === other.policies[j].name && p.document === other.policies[j].document,
    );
  });
}

function byName(policies: readonly NamedPolicy[]): Map<string, NamedPolicy> {
  return new Map(policies.map((p) => [p.name, p]));
}

/**
 * The shape of the "after" query of a principal whose policy set goes from `before` (what the inventory says is
 * attached) to `after`: `attached` when nothing the simulator evaluates changes, `delta` for an identity-side change
 * that `PolicyExclusionList` can express exactly, `custom` otherwise (SCP changes, session policies, a managed
 * policy that is both attached and the boundary, more than 256 exclusions).
 */
export function afterShape(before: QueryPolicies, after: QueryPolicies): PolicySetShape {
  if (!sameLevels(before.scp, after.scp)) return { kind: 'custom' };
  if (before.session !== undefined || after.session !== undefined) return { kind: 'custom' };
  if (before.resource !== after.resource) return { kind: 'custom' };
  const was = byName(before.identity);
  const now = byName(after.identity);
  const exclude: PolicyExclusion[] = [];
  const add: NamedPolicy[] = [];
  for (const [name, policy] of was) {
    if (now.get(name)?.document === policy.document) continue;
    const exclusion = exclusionOf(policy);
    if (!exclusion) return { kind: 'custom' };
    exclude.push(exclusion);
  }
  for (const [name, policy] of now) if (was.get(name)?.document !== policy.document) add.push(policy);
  const boundaries = [before.permissionsBoundary?.name, after.permissionsBoundary?.name];
  // Excluding a managed policy by ARN would also remove it as the boundary (and the reverse): not expressible.
  if (exclude.some((e) => 'policyArn' in e && boundaries.includes(e.policyArn))) return { kind: 'custom' };
  const shape: PolicySetShape = { kind: 'delta', exclude, add };
  const b = before.permissionsBoundary;
  const a = after.permissionsBoundary;
  if (b?.name !== a?.name || b?.document !== a?.document) {
    if (a === undefined) shape.boundary = null;
    else shape.boundary = a;
  }
  if (exclude.length + (shape.boundary === null ? 1 : 0) > MAX_POLICY_EXCLUSIONS) return { kind: 'custom' };
  if (exclude.length === 0 && add.length === 0 && shape.boundary === undefined) return { kind: 'attached' };
  return shape;
}
