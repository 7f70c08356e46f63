/**
 * The change set: what a pull request would change in IAM and Organizations, in one normalized form whatever the
 * source (policy files mapped by the config file, a Terraform plan, later CloudFormation). Each change carries its
 * before and after, and where it comes from so that findings can point at the file and line that causes them.
 *
 * A value that cannot be known before apply (a Terraform `after_unknown` attribute that no configuration reference
 * resolves) is kept as {@link Unknown} with the reason. It is never dropped: the planner reports every principal it
 * could affect as incomplete, so that the tool fails closed.
 */
import type { PolicyDocument } from '../policy/types.js';

/** A value that is not known at plan time, with the reason. */
export interface Unknown {
  /** Why the value is unknown, for example `aws_iam_policy.x.policy is computed during apply`. */
  unknown: string;
}

/** A value, or the reason it is unknown. */
export type Maybe<T> = T | Unknown;

/** True when a value is unknown. */
export function isUnknown<T>(value: Maybe<T> | undefined): value is Unknown {
  return (
    typeof value === 'object' && value !== null && 'unknown' in value && typeof (value as Unknown).unknown === 'string'
  );
}

/** Where a change comes from. */
export interface ChangeSource {
  /** The source kind (`audit`: proposed by `iam-impact audit`, from a policy file or a built-in what-if). */
  origin: 'policy-file' | 'terraform' | 'audit';
  /** Repository-relative file (the policy file, or the `.tf` file when the plan's configuration names it). */
  file?: string;
  /** 1-based line of the thing that changes (the policy's top for a file, the resource block for Terraform). */
  line?: number;
  /** The Terraform resource address, for example `module.iam.aws_iam_policy.force_mfa`. */
  address?: string;
}

/** An IAM identity a change applies to. Names, not ARNs: Terraform and config files name principals. */
export interface EntityRef {
  /** User, group or role. */
  kind: 'user' | 'group' | 'role';
  /** The entity's name. */
  name: string;
  /** The account, when known (from the config or the inventory). */
  accountId?: string;
}

/** A policy document as it changes, with the statement locations it was read with. */
export type DocumentValue = Maybe<PolicyDocument>;

interface ChangeBase {
  /** Where the change comes from. */
  source: ChangeSource;
}

/** A customer managed policy's (default version) document changes. */
export interface ManagedPolicyDocumentChange extends ChangeBase {
  kind: 'managed-policy';
  /** The policy ARN (`Unknown` when the policy is created in the same change and its ARN is not derivable). */
  policyArn: Maybe<string>;
  /** The policy name, for reports. */
  policyName?: string;
  /** The document before; absent when the policy is created. */
  before?: DocumentValue;
  /** The document after; absent when the policy is deleted. */
  after?: DocumentValue;
}

/** An inline policy of a user, group or role is created, changed or deleted. */
export interface InlinePolicyChange extends ChangeBase {
  kind: 'inline-policy';
  entity: Maybe<EntityRef>;
  policyName: Maybe<string>;
  before?: DocumentValue;
  after?: DocumentValue;
}

/** A user's or role's permissions boundary is set, changed or removed. */
export interface BoundaryChange extends ChangeBase {
  kind: 'permissions-boundary';
  entity: Maybe<EntityRef>;
  /** The boundary policy ARN before (absent: none). */
  before?: Maybe<string>;
  /** The boundary policy ARN after (absent: none). */
  after?: Maybe<string>;
  /** The new boundary's document, when the change set defines it (a boundary file mapped in the config). */
  afterDocument?: DocumentValue;
}

/** A role's trust policy changes. */
export interface TrustPolicyChange extends ChangeBase {
  kind: 'trust-policy';
  role: Maybe<EntityRef>;
  before?: DocumentValue;
  after?: DocumentValue;
}

/** A managed policy is attached to or detached from a user, group or role. */
export interface AttachmentChange extends ChangeBase {
  kind: 'attachment';
  action: 'attach' | 'detach';
  entity: Maybe<EntityRef>;
  policyArn: Maybe<string>;
  /**
   * When the attached policy is created or changed in the same change set, its document after the change (so an
   * attachment of a new policy is evaluated, not reported unknown).
   */
  policyDocument?: DocumentValue;
}

/** A user joins or leaves a group. */
export interface MembershipChange extends ChangeBase {
  kind: 'group-membership';
  action: 'add' | 'remove';
  user: Maybe<EntityRef>;
  group: Maybe<EntityRef>;
}

/** Organizations policy types iam-impact evaluates. */
export type OrgPolicyType = 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

/** An existing SCP's or RCP's content changes, or it is deleted. */
export interface OrgPolicyDocumentChange extends ChangeBase {
  kind: 'org-policy';
  policyType: OrgPolicyType;
  policyId: Maybe<string>;
  policyName?: string;
  before?: DocumentValue;
  after?: DocumentValue;
}

/** A new SCP or RCP, with the targets it will be attached to. */
export interface OrgPolicyCreation extends ChangeBase {
  kind: 'org-policy-created';
  policyType: OrgPolicyType;
  /** A stable placeholder id: `new:` + the Terraform address (`new:aws_organizations_policy.mfa`) or the policy file. */
  policyId: string;
  policyName?: string;
  after: DocumentValue;
  /** Root, OU and account ids it is attached to in the same change set. */
  targets: Maybe<string>[];
}

/** An SCP or RCP is attached to or detached from a root, OU or account. */
export interface OrgPolicyAttachmentChange extends ChangeBase {
  kind: 'org-policy-attachment';
  action: 'attach' | 'detach';
  policyType: Maybe<OrgPolicyType>;
  policyId: Maybe<string>;
  targetId: Maybe<string>;
}

/** An account moves to another OU (or the root): the SCPs and RCPs above it change. */
export interface AccountMoveChange extends ChangeBase {
  kind: 'account-moved';
  accountId: string;
  /** The parent (root or OU id) before the move. */
  fromParent: string;
  /** The parent after the move. */
  toParent: Maybe<string>;
}

/** A user or role is created or deleted. */
export interface PrincipalLifecycleChange extends ChangeBase {
  kind: 'principal-created' | 'principal-deleted';
  entity: Maybe<EntityRef>;
}

/** One change. */
export type Change =
  | ManagedPolicyDocumentChange
  | InlinePolicyChange
  | BoundaryChange
  | TrustPolicyChange
  | AttachmentChange
  | MembershipChange
  | OrgPolicyDocumentChange
  | OrgPolicyCreation
  | OrgPolicyAttachmentChange
  | AccountMoveChange
  | PrincipalLifecycleChange;

/** A non-fatal fact about the change set that the report shows, for example drift between a file and AWS. */
export interface ChangeWarning {
  /** A short machine-readable kind: `drift`, `ignored-resource`, `legacy-plan-format`, … */
  kind: string;
  /** The sentence shown to users. */
  message: string;
  /** Where, when it has a place. */
  source?: ChangeSource;
}

/** Everything a pull request changes, and what iam-impact noticed while reading it. */
export interface ChangeSet {
  /** The changes, in source order. */
  changes: Change[];
  /** Warnings (drift, ignored resources, …). */
  warnings: ChangeWarning[];
}
