/**
 * The evaluation case: one AWS request with every policy that applies to it, as `iam-impact evaluate` reads it
 * (see docs/evaluation-case.md). Validation errors name the case (its id, or its position) and the field, because
 * a file may hold hundreds of cases.
 */
import { PolicyValidationError, UserError } from '../errors.js';
import {
  compilePolicies,
  evaluate,
  InvalidRequestError,
  type CompiledPolicies,
  type EngineOptions,
  type PolicyInputs,
  type PolicyLevel,
} from '../evaluate/evaluate.js';
import type { NamedPolicy } from '../evaluate/compile-policy.js';
import { summarize, type Decision, type Evaluation } from '../evaluate/explanation.js';
import { createRequestContext, type ContextValue, type EvaluationRequest } from '../evaluate/request.js';
import { parseArn } from '../evaluate/arn.js';
import { classifyCaller } from '../evaluate/principal.js';
import { parsePolicyDocument } from '../policy/parse-policy.js';
import type { PolicyKind } from '../policy/types.js';

/** A validated case, ready to evaluate. */
export interface EvaluationCase {
  /** The case's id, when it has one. */
  id?: string;
  /** How errors and results name the case: its id, or `case #N`. */
  label: string;
  /** The request. */
  request: EvaluationRequest;
  /** The policies, parsed. */
  policies: PolicyInputs;
  /** The policies, compiled (compiling validates what parsing leaves to evaluation, such as SCP condition values). */
  compiled: CompiledPolicies;
  /** The expected decision, when the case states one (test suites use it; evaluate ignores it). */
  expected?: Decision;
}

/** The engine's explanation of a case's decision, as `iam-impact evaluate` prints it. */
export interface CaseExplanation extends Omit<Evaluation, 'decision'> {
  /** One sentence saying why. */
  summary: string;
}

/** The result of one case. */
export interface CaseResult {
  /** The case's id, echoed back. */
  id?: string;
  /** The decision. */
  decision: Decision;
  /** Why. */
  explanation: CaseExplanation;
}

const CASE_KEYS = new Set(['id', 'description', 'doc', 'request', 'policies', 'expected']);
const REQUEST_KEYS = new Set(['principal', 'principalAccount', 'action', 'resource', 'resourceAccount', 'context']);
const POLICY_KEYS = new Set(['identity', 'permissionsBoundary', 'session', 'scp', 'rcp', 'resource']);
const DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];
const ACCOUNT_ID = /^\d{12}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class CaseReader {
  constructor(
    private readonly source: string,
    readonly label: string,
  ) {}

  fail(field: string, problem: string, hint?: string): never {
    throw new UserError(`${this.source}: ${this.label}: ${field}: ${problem}`, hint);
  }

  checkKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, field: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) {
        this.fail(field ? `${field}.${key}` : key, 'unknown field', `allowed fields: ${[...allowed].join(', ')}`);
      }
    }
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string' || value.length === 0) this.fail(field, 'must be a non-empty string');
    return value;
  }

  policy(value: unknown, field: string, kind: PolicyKind, name: string): NamedPolicy {
    try {
      return { name, document: parsePolicyDocument(value, { kind }) };
    } catch (error) {
      if (error instanceof PolicyValidationError) {
        this.fail(
          error.path ? `${field}.${error.path}` : field,
          error.message.slice(error.path ? error.path.length + 2 : 0),
          error.hint,
        );
      }
      throw error;
    }
  }

  policyList(value: unknown, field: string, kind: PolicyKind): NamedPolicy[] {
    if (!Array.isArray(value)) this.fail(field, 'must be an array of policy documents');
    return value.map((doc, i) => this.policy(doc, `${field}[${i}]`, kind, `${field}[${i}]`));
  }

  levels(value: unknown, field: string, kind: 'scp' | 'rcp'): PolicyLevel[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.fail(field, 'must be a non-empty array of levels (root first), each an array of policy documents');
    }
    return value.map((level, i) => ({ policies: this.policyList(level, `${field}[${i}]`, kind) }));
  }

  context(value: unknown): Record<string, ContextValue> {
    if (value === undefined) return {};
    if (!isPlainObject(value)) this.fail('request.context', 'must be an object of condition keys');
    const out: Record<string, ContextValue> = Object.create(null) as Record<string, ContextValue>;
    for (const [key, raw] of Object.entries(value)) {
      const field = `request.context.${key}`;
      const scalar = (v: unknown, f: string): string => {
        if (typeof v === 'string') return v;
        if (typeof v === 'number' || typeof v === 'boolean') return String(v);
        return this.fail(
          f,
          `must be a string (or an array of strings for a multi-valued key), got ${v === null ? 'null' : typeof v}`,
        );
      };
      out[key] = Array.isArray(raw) ? raw.map((v, i) => scalar(v, `${field}[${i}]`)) : scalar(raw, field);
    }
    return out;
  }
}

function readCase(raw: unknown, index: number, source: string): EvaluationCase {
  const positional = `case #${index + 1}`;
  if (!isPlainObject(raw)) throw new UserError(`${source}: ${positional}: must be an object with request and policies`);
  const id = typeof raw.id === 'string' && raw.id.length > 0 ? raw.id : undefined;
  // The explicit type lets TypeScript narrow after `r.fail(...)`, which never returns.
  const r: CaseReader = new CaseReader(source, id ? `case "${id}"` : positional);
  if (raw.id !== undefined && id === undefined) r.fail('id', 'must be a non-empty string');
  r.checkKeys(raw, CASE_KEYS, '');

  if (!isPlainObject(raw.request)) r.fail('request', 'is missing or not an object');
  const req = raw.request;
  r.checkKeys(req, REQUEST_KEYS, 'request');
  const principal = r.string(req.principal, 'request.principal');
  const caller = classifyCaller(principal);
  if (typeof caller === 'string') r.fail('request.principal', caller);
  const action = r.string(req.action, 'request.action');
  if (!/^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]+$/.test(action)) {
    r.fail('request.action', `"${action}" is not an action`, 'write service:Action, for example s3:PutObject');
  }
  const resource = r.string(req.resource, 'request.resource');
  if (resource !== '*' && !parseArn(resource))
    r.fail('request.resource', `"${resource}" is not an ARN`, 'write a full ARN or "*"');
  let principalAccount = caller.account;
  if (req.principalAccount !== undefined) {
    principalAccount = r.string(req.principalAccount, 'request.principalAccount');
    if (!ACCOUNT_ID.test(principalAccount)) r.fail('request.principalAccount', 'must be a 12-digit account id');
  }
  let resourceAccount = parseArn(resource)?.account || principalAccount;
  if (req.resourceAccount !== undefined) {
    resourceAccount = r.string(req.resourceAccount, 'request.resourceAccount');
    if (!ACCOUNT_ID.test(resourceAccount)) r.fail('request.resourceAccount', 'must be a 12-digit account id');
  }
  const context = createRequestContext(r.context(req.context));

  if (!isPlainObject(raw.policies)) r.fail('policies', 'is missing or not an object');
  const pol = raw.policies;
  r.checkKeys(pol, POLICY_KEYS, 'policies');
  const policies: PolicyInputs = {
    identity: pol.identity === undefined ? [] : r.policyList(pol.identity, 'policies.identity', 'identity'),
  };
  if (pol.permissionsBoundary !== undefined) {
    policies.permissionsBoundary = r.policy(
      pol.permissionsBoundary,
      'policies.permissionsBoundary',
      'permissionsBoundary',
      'policies.permissionsBoundary',
    );
  }
  if (pol.session !== undefined) policies.session = r.policyList(pol.session, 'policies.session', 'session');
  if (pol.scp !== undefined) policies.scp = r.levels(pol.scp, 'policies.scp', 'scp');
  if (pol.rcp !== undefined) policies.rcp = r.levels(pol.rcp, 'policies.rcp', 'rcp');
  if (pol.resource !== undefined)
    policies.resource = r.policy(pol.resource, 'policies.resource', 'resource', 'policies.resource');

  let expected: Decision | undefined;
  if (raw.expected !== undefined) {
    expected = DECISIONS.find((d) => d === raw.expected);
    if (!expected) r.fail('expected', `must be one of ${DECISIONS.join(', ')}`);
  }
  for (const field of ['description', 'doc'] as const) {
    if (raw[field] !== undefined && typeof raw[field] !== 'string') r.fail(field, 'must be a string');
  }

  let compiled: CompiledPolicies;
  try {
    compiled = compilePolicies(policies);
  } catch (error) {
    if (error instanceof PolicyValidationError)
      r.fail(error.path, error.message.slice(error.path.length + 2), error.hint);
    throw error;
  }
  const result: EvaluationCase = {
    label: r.label,
    request: { principal, principalAccount, action, resource, resourceAccount, context },
    policies,
    compiled,
  };
  if (id !== undefined) result.id = id;
  if (expected !== undefined) result.expected = expected;
  return result;
}

/**
 * Validates a file's content: a JSON array of cases or one case object. `source` names the file in errors.
 * Throws {@link UserError} naming the case and the field.
 */
export function parseEvaluationCases(json: unknown, source: string): EvaluationCase[] {
  const list = Array.isArray(json) ? json : [json];
  if (list.length === 0) throw new UserError(`${source}: holds no case`, 'write a JSON array of evaluation cases');
  return list.map((raw, i) => readCase(raw, i, source));
}

/** Decides one case and explains the decision. */
export function evaluateCase(c: EvaluationCase, options: EngineOptions = {}): CaseResult {
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(compilePolicies(c.policies), c.request, options);
  } catch (error) {
    if (error instanceof InvalidRequestError) throw new UserError(`${c.label}: request.principal: ${error.message}`);
    if (error instanceof PolicyValidationError)
      throw new UserError(`${c.label}: policies: ${error.message}`, error.hint);
    throw error;
  }
  const { decision, ...rest } = evaluation;
  const explanation: CaseExplanation = { summary: summarize(evaluation), ...rest };
  return c.id === undefined ? { decision, explanation } : { id: c.id, decision, explanation };
}
