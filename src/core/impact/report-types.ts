/**
 * The impact report: a versioned JSON document users script against. The field names marked fixed below never
 * change within a schema version; anything may be added.
 */
import type { ChangeWarning } from '../changes/change-set.js';
import type { Layer } from '../evaluate/explanation.js';

/** The report schema version this build writes. */
export const REPORT_SCHEMA_VERSION = 1;

/** A decision before or after the change (fixed vocabulary). */
export type ReportDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** What a finding says happened (fixed vocabulary). */
export type FindingChange = 'lost' | 'gained' | 'incomplete';

/** Why a decision is what it is after the change: the statement or layer that causes a loss. */
export interface FindingCause {
  /** One sentence, for the comment's "cause" column. */
  summary: string;
  /** The layer: identity, permissionsBoundary, session, scp, rcp or resource. */
  layer?: Layer;
  /** The policy: an ARN, an SCP name and id, or `ENTITY_ARN#inline-name`. */
  policy?: string;
  /** For SCP/RCP levels: the root, OU or account id. */
  level?: string;
  /** The statement's 0-based index. */
  statementIndex?: number;
  /** The statement's Sid. */
  sid?: string;
  /** The repository file of the statement, when the change set knows it. */
  file?: string;
  /** The 1-based line of the statement in that file. */
  line?: number;
  /** The Terraform resource address, for plans. */
  address?: string;
  /** True when the causing statement's condition tests `aws:MultiFactorAuthPresent` or `aws:MultiFactorAuthAge`. */
  mfaCondition?: boolean;
}

/** The action class a finding stands for: actions that get one decision because the same patterns match them. */
export interface ActionClass {
  /** How many actions the class holds. */
  size: number;
  /** A few named members, the representative first. */
  examples: string[];
}

/** One principal that loses or gains access to one action class under one scenario (fixed field names). */
export interface Finding {
  /** lost: allowed → denied; gained: denied → allowed; incomplete: could not be evaluated. */
  change: FindingChange;
  /** The principal's ARN. */
  principal: string;
  /** The principal's account. */
  account: string;
  /** The credential scenario id, for example `access-key`. */
  scenario: string;
  /** The action evaluated (the class representative). */
  action: string;
  /** The resource evaluated. */
  resource: string;
  /** The decision before the change (`unknown` for incomplete findings that could not evaluate it). */
  before: ReportDecision | 'unknown';
  /** The decision after the change. */
  after: ReportDecision | 'unknown';
  /** Why. */
  cause: FindingCause;
  /** What to do, when a remedy is known. */
  hint?: string;
  /** True when an `accept` entry of the config covers the finding. */
  accepted: boolean;
  /** The acceptance's reason, when accepted. */
  acceptedReason?: string;
  /** The action class the finding stands for. */
  actionClass?: ActionClass;
  /** The principal kind. */
  principalKind?: 'user' | 'role';
}

/** The status of a built-in check for one principal (fixed vocabulary). */
export type CheckStatus = 'pass' | 'fail' | 'warn';

/** The result of a built-in check for one principal (fixed field names). */
export interface CheckResult {
  /** `mfa-enrolment`, `exposed-without-mfa` or `role-session-mfa`. */
  id: string;
  /** The principal's ARN (or the policy, for policy-level checks). */
  principal: string;
  status: CheckStatus;
  /** What was found, with the actions involved. */
  detail: string;
}

/** Counts (fixed field names). */
export interface ReportSummary {
  /** Principals evaluated. */
  principals: number;
  /** Decisions made (before and after, every scenario and action class). */
  decisions: number;
  /** Findings by change. */
  lost: number;
  gained: number;
  incomplete: number;
  /** Findings covered by the accept list. */
  accepted: number;
  /** Principals with at least one unaccepted lost finding. */
  principalsLosingAccess: number;
  /** Principals with at least one gained finding. */
  principalsGainingAccess: number;
  /** Principals with at least one incomplete finding. */
  principalsIncomplete: number;
}

/** The backend that decided, and what it cost. */
export interface BackendInfo {
  /** `local` or `aws`. */
  name: 'local' | 'aws';
  /** AWS API calls made (Simulate* for aws). */
  apiCalls: number;
  /** Facts about the evaluation (RCPs evaluated locally, fallbacks, disagreements). */
  notes: string[];
}

/** The report (fixed top-level field names: schemaVersion, summary, findings, checks, backend). */
export interface ImpactReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** When the report was made (ISO 8601). */
  generatedAt: string;
  summary: ReportSummary;
  findings: Finding[];
  checks: CheckResult[];
  backend: BackendInfo;
  /** Change-set warnings (drift, ignored resources, …). */
  warnings: ChangeWarning[];
  /** The scenarios evaluated, with their descriptions. */
  scenarios: { id: string; description: string }[];
}
