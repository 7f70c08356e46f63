/**
 * The normalized policy model. Every AWS policy document, whatever its JSON shape (Statement as object or array,
 * Action as string or array, numeric or boolean condition values), is turned into this one form by
 * `parsePolicyDocument`, so the evaluator never re-inspects raw JSON.
 */

/** The effect of a statement. */
export type Effect = 'Allow' | 'Deny';

/**
 * The policy language version. A document without `Version` is `2008-10-17`, in which policy variables are literal
 * text.
 */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** The kind of policy a document is, which decides which elements it may and must carry. */
export type PolicyKind = 'identity' | 'permissionsBoundary' | 'session' | 'scp' | 'rcp' | 'resource' | 'trust';

/**
 * Where a statement is written: a file and line when the document was read from a file that keeps positions, and
 * the Terraform resource address when it comes from a plan.
 */
export interface SourceLocation {
  /** Repository-relative path (or any display name) of the file. */
  file?: string;
  /** 1-based line of the statement's opening brace. */
  line?: number;
  /** 1-based column of the statement's opening brace. */
  column?: number;
  /** The Terraform resource address, for statements read from a plan. */
  address?: string;
}

/**
 * A `Principal` or `NotPrincipal` element. `wildcard` is true for `"*"` and for `{"AWS": "*"}`, which AWS treats
 * alike.
 */
export interface PrincipalSpec {
  /** True when the element is `"*"` or `{"AWS": "*"}`. */
  wildcard: boolean;
  /** `AWS` entries: ARNs or 12-digit account ids, exactly as written. */
  aws: string[];
  /** `Service` entries, for example `ec2.amazonaws.com`. */
  service: string[];
  /** `Federated` entries: identity provider ARNs or names such as `cognito-identity.amazonaws.com`. */
  federated: string[];
  /** `CanonicalUser` entries. */
  canonicalUser: string[];
}

/** The set qualifier of a condition operator, for multi-valued keys. */
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** One condition operator applied to one key, with its values (OR-ed). */
export interface ConditionClause {
  /** The operator as written, for example `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The base operator without qualifier or `IfExists`, for example `StringLike`. */
  baseOperator: string;
  /** The set qualifier, when present. */
  qualifier?: SetQualifier;
  /** True for the `...IfExists` forms. */
  ifExists: boolean;
  /** The condition key as written (case preserved, for explanations). */
  key: string;
  /** The values, each turned into its string form (`true`, `12`), as AWS compares them. */
  values: string[];
  /** JSON path of the clause, for example `Statement[2].Condition.BoolIfExists.aws:MultiFactorAuthPresent`. */
  path: string;
}

/** One normalized statement. Exactly one of `actions`/`notActions` is set; at most one of each other pair. */
export interface Statement {
  /** 0-based index of the statement in its document. */
  index: number;
  /** The statement's `Sid`, when it has one. */
  sid?: string;
  /** Allow or Deny. */
  effect: Effect;
  /** `Action` patterns, as written. */
  actions?: string[];
  /** `NotAction` patterns, as written. */
  notActions?: string[];
  /** `Resource` patterns, as written. Absent in a resource policy means "the resource this policy is attached to". */
  resources?: string[];
  /** `NotResource` patterns, as written. */
  notResources?: string[];
  /** `Principal`, for resource-based, trust and resource control policies. */
  principal?: PrincipalSpec;
  /** `NotPrincipal`. */
  notPrincipal?: PrincipalSpec;
  /** The condition clauses, AND-ed. Empty when the statement has no `Condition`. */
  conditions: ConditionClause[];
  /** Where the statement is written, when known. */
  location?: SourceLocation;
}

/** A parsed, validated policy document. */
export interface PolicyDocument {
  /** The language version (`2008-10-17` when the document omits it). */
  version: PolicyVersion;
  /** The document's `Id`, when present. */
  id?: string;
  /** The statements, in document order. */
  statements: Statement[];
}
