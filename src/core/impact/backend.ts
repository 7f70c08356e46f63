/**
 * The evaluation backends behind one interface: the local engine, and the IAM policy simulator (an adapter). A
 * backend decides batches of requests for one principal under one policy set; the planner asks each batch twice,
 * before and after the change. Explanations (the "cause" of a finding) always come from the local engine, because
 * the simulator never reports SCP statements; when a backend's decision disagrees with the local engine, the report
 * says so instead of silently picking one.
 */
import type { NamedPolicy } from '../evaluate/compile-policy.js';
import type { PolicyLevel } from '../evaluate/evaluate.js';
import type { Decision } from '../evaluate/explanation.js';
import type { ContextValue } from '../evaluate/request.js';
import type { PrincipalRef } from '../inventory/inventory-index.js';

/** A policy identifier of the simulator's PolicyExclusionList. */
export type PolicyExclusion =
  | { policyType: 'inline' | 'aws-managed' | 'user-managed' | 'permission-boundary' | 'scp' | 'rcp' }
  | { policyArn: string }
  | { inlinePolicy: { policyName: string; attachmentType: 'user' | 'group' | 'role'; attachmentName: string } };

/**
 * How the policy set of a query relates to what is attached in AWS. `attached` means exactly what the inventory
 * says is attached now; `delta` means attached now, minus `exclude`, plus `add`, with `boundary` replacing (or, with
 * `null`, removing) the attached boundary — the form SimulatePrincipalPolicy can evaluate against the live account.
 * Anything else (an SCP change, a new principal) is `custom`: the full set is given.
 */
export type PolicySetShape =
  | { kind: 'attached' }
  | { kind: 'delta'; exclude: PolicyExclusion[]; add: NamedPolicy[]; boundary?: NamedPolicy | null }
  | { kind: 'custom' };

/** Everything that governs the principal's requests in one query. */
export interface QueryPolicies {
  /** Identity-based policies (the principal's and its groups'). */
  identity: readonly NamedPolicy[];
  /** The permissions boundary. */
  permissionsBoundary?: NamedPolicy;
  /** Session policies (not supported by the simulator: evaluated locally and combined). */
  session?: readonly NamedPolicy[];
  /** The SCP path, root first; absent when SCPs do not apply (management account, service-linked role). */
  scp?: readonly PolicyLevel[];
  /** The RCP path of the resource's account (not supported by the simulator: evaluated locally and combined). */
  rcp?: readonly PolicyLevel[];
  /**
   * The resource-based policy of the requests' resource, for example a role's trust policy when the requests are
   * sts:AssumeRole on that role. Its account is the one in the resource ARN.
   */
  resource?: NamedPolicy;
}

/** One request of a batch. */
export interface QueryRequest {
  action: string;
  resource: string;
}

/** A batch of requests for one principal, one policy set and one context. */
export interface EvaluationQuery {
  /** The principal. */
  principal: PrincipalRef;
  /** The caller ARN under the scenario (an assumed-role session ARN for role sessions). */
  callerArn: string;
  /** Which side of the change this is. */
  side: 'before' | 'after';
  /** The policy set. */
  policies: QueryPolicies;
  /** How the policy set relates to what is attached in AWS (chooses the simulator call). */
  shape: PolicySetShape;
  /** The request context (scenario keys plus principal-derived keys). */
  context: Readonly<Record<string, ContextValue>>;
  /** The requests. */
  requests: readonly QueryRequest[];
}

/** The decisions of one query, in request order. */
export interface QueryResult {
  decisions: Decision[];
}

/** An evaluation backend. */
export interface EvaluationBackend {
  /** `local` or `aws`. */
  readonly name: 'local' | 'aws';
  /** Decides every query; results in query order. */
  evaluate(queries: readonly EvaluationQuery[]): Promise<QueryResult[]>;
  /**
   * True when `attached` and `delta` queries are answered from what is attached in AWS now (the simulator's
   * SimulatePrincipalPolicy) rather than from the query's policy set. The planner then also asks for the
   * inventory-built baseline, so that an inventory that no longer matches AWS is reported instead of trusted.
   */
  readonly readsLiveAttachments: boolean;
  /** AWS API calls made so far (0 for local). */
  apiCalls(): number;
  /** Facts for the report (for example "RCPs and session policies were evaluated locally"). */
  notes(): string[];
}
