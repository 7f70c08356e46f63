/**
 * The parameters of the IAM policy simulator calls, built from an evaluation query: policy documents as the JSON
 * text the simulator accepts, typed `ContextEntries`, `PolicyExclusionList` identifiers, and the check that every
 * exclusion names something actually attached (the simulator silently ignores identifiers that match nothing, which
 * would make a removal look like "no change").
 */
import type { ContextEntry, ContextKeyTypeEnum, PolicyIdentifier } from '@aws-sdk/client-iam';
import type { NamedPolicy } from '../../core/evaluate/compile-policy.js';
import type { PolicyLevel } from '../../core/evaluate/evaluate.js';
import type { ContextValue } from '../../core/evaluate/request.js';
import type { PolicyExclusion } from '../../core/impact/backend.js';
import { MAX_POLICY_EXCLUSIONS, parseInlinePolicyName } from '../../core/impact/query-shape.js';
import { policyText } from '../../core/policy/serialize-policy.js';

/** `PolicyExclusionList` holds at most this many identifiers. */
export const MAX_EXCLUSIONS = MAX_POLICY_EXCLUSIONS;

/** `OrderedOrganizationPolicyInputList` holds at most this many levels (root, up to five OUs, the account). */
export const MAX_SCP_LEVELS = 7;

/** The largest policy document, in characters, any simulator input accepts. */
export const MAX_POLICY_CHARACTERS = 131_072;

/**
 * The document as simulator input. The inputs only accept tab, line feed, carriage return and U+0020–U+00FF, so any
 * character above U+00FF (JSON.stringify keeps them literal) is written as a JSON `\uXXXX` escape: the same document,
 * in the accepted alphabet.
 */
export function simulatorPolicyText(policy: NamedPolicy): string {
  const text = policyText(policy.document).replace(
    /[\u0100-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (text.length > MAX_POLICY_CHARACTERS) {
    throw new Error(
      `The policy ${policy.name} is ${text.length} characters as JSON; the IAM policy simulator accepts at most ` +
        `${MAX_POLICY_CHARACTERS}, so it cannot be simulated.`,
    );
  }
  return text;
}

// Global condition keys whose type is not `string` (IAM User Guide, "AWS global condition context keys"). Keys are
// lower-case: condition key names are case-insensitive.
const KEY_TYPES: Readonly<Record<string, ContextKeyTypeEnum>> = {
  'aws:multifactorauthpresent': 'boolean',
  'aws:securetransport': 'boolean',
  'aws:viaawsservice': 'boolean',
  'aws:principalisawsservice': 'boolean',
  'aws:assumedroot': 'boolean',
  'aws:multifactorauthage': 'numeric',
  'aws:epochtime': 'numeric',
  'aws:currenttime': 'date',
  'aws:tokenissuetime': 'date',
  'aws:sourceip': 'ip',
  'aws:vpcsourceip': 'ip',
  'aws:ec2instancesourceprivateipv4': 'ip',
};

/** The simulator type of a context key with this value: the key's known type, its list form for arrays. */
export function contextKeyType(key: string, value: ContextValue): ContextKeyTypeEnum {
  const known = KEY_TYPES[key.toLowerCase()];
  if (typeof value === 'string') return known ?? 'string';
  return known ? (`${known}List` as ContextKeyTypeEnum) : 'stringList';
}

/**
 * The request context as `ContextEntries`, ordered by key so that equal contexts give equal parameters. With
 * `only` (lower-case key names), the keys not in it are left out.
 */
export function contextEntries(
  context: Readonly<Record<string, ContextValue>>,
  only?: ReadonlySet<string>,
): ContextEntry[] {
  return Object.keys(context)
    .filter((key) => only === undefined || only.has(key.toLowerCase()))
    .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b))
    .map((key) => {
      const value = context[key];
      return {
        ContextKeyName: key,
        ContextKeyValues: typeof value === 'string' ? [value] : [...value],
        ContextKeyType: contextKeyType(key, value),
      };
    });
}

/**
 * The context keys (lower-case) the documents can read: their condition keys and the keys of their policy variables.
 * No other key can change a decision on them.
 */
export function referencedContextKeys(policies: readonly NamedPolicy[], texts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const policy of policies) {
    for (const statement of policy.document.statements) {
      for (const clause of statement.conditions) keys.add(clause.key.toLowerCase());
    }
  }
  // `${aws:username}`, `${aws:PrincipalTag/team, 'none'}`; `${*}`, `${?}` and `${$}` are escapes, not keys.
  for (const text of texts) {
    for (const m of text.matchAll(/\$\{\s*([^},\s]+)/g)) keys.add(m[1].toLowerCase());
  }
  return keys;
}

/** The exclusion as the SDK's `PolicyIdentifier`. */
export function policyIdentifier(exclusion: PolicyExclusion): PolicyIdentifier {
  if ('policyType' in exclusion) return { PolicyType: exclusion.policyType };
  if ('policyArn' in exclusion) return { PolicyArn: exclusion.policyArn };
  const { policyName, attachmentType, attachmentName } = exclusion.inlinePolicy;
  return {
    InlinePolicyIdentifier: { PolicyName: policyName, AttachmentType: attachmentType, AttachmentName: attachmentName },
  };
}

/** The exclusion in words, for messages. */
export function describeExclusion(exclusion: PolicyExclusion): string {
  if ('policyType' in exclusion) return `every ${exclusion.policyType} policy`;
  if ('policyArn' in exclusion) return `the managed policy ${exclusion.policyArn}`;
  const { policyName, attachmentType, attachmentName } = exclusion.inlinePolicy;
  return `the inline policy ${policyName} of ${attachmentType} ${attachmentName}`;
}

/** What is attached to a principal: the parts of a query's policy set that `PolicyExclusionList` can name. */
export interface AttachedPolicies {
  identity: readonly NamedPolicy[];
  permissionsBoundary?: NamedPolicy;
  scp?: readonly PolicyLevel[];
  rcp?: readonly PolicyLevel[];
}

const AWS_MANAGED = /^arn:[^:]+:iam::aws:policy\//;
const USER_MANAGED = /^arn:[^:]+:iam::\d{12}:policy\//;

/** A `PolicyArn`/`AttachmentName` pattern: `*` matches any run of characters, `?` one character. */
function glob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function hasPolicies(levels: readonly PolicyLevel[] | undefined): boolean {
  return (levels ?? []).some((level) => level.policies.length > 0);
}

/** Whether the exclusion removes at least one of the attached policies. */
export function exclusionMatches(exclusion: PolicyExclusion, attached: AttachedPolicies): boolean {
  const names = attached.identity.map((p) => p.name);
  const managed = [...names, ...(attached.permissionsBoundary ? [attached.permissionsBoundary.name] : [])];
  if ('policyType' in exclusion) {
    switch (exclusion.policyType) {
      case 'inline':
        return names.some((n) => parseInlinePolicyName(n) !== undefined);
      case 'aws-managed':
        return names.some((n) => AWS_MANAGED.test(n));
      case 'user-managed':
        return names.some((n) => USER_MANAGED.test(n));
      case 'permission-boundary':
        return attached.permissionsBoundary !== undefined;
      case 'scp':
        return hasPolicies(attached.scp);
      case 'rcp':
        return hasPolicies(attached.rcp);
    }
  }
  if ('policyArn' in exclusion) {
    const pattern = glob(exclusion.policyArn);
    return managed.some((n) => parseInlinePolicyName(n) === undefined && pattern.test(n));
  }
  const { policyName, attachmentType, attachmentName } = exclusion.inlinePolicy;
  const entity = glob(attachmentName);
  return names.some((n) => {
    const inline = parseInlinePolicyName(n);
    return (
      inline !== undefined &&
      inline.attachmentType === attachmentType &&
      inline.policyName === policyName &&
      entity.test(inline.attachmentName)
    );
  });
}
