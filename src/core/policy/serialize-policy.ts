/**
 * Turns a normalized document back into AWS policy JSON: for reports, for `iam-impact changes`, and for the IAM
 * policy simulator, which takes documents as JSON text. Parsing the result gives back an equal document (statement
 * locations aside), which a property test checks.
 */
import type { ConditionClause, PolicyDocument, PrincipalSpec, Statement } from './types.js';

type Json = string | string[] | Record<string, unknown>;

function list(values: readonly string[]): string | string[] {
  return values.length === 1 ? values[0] : [...values];
}

function principalJson(spec: PrincipalSpec): Json {
  if (
    spec.wildcard &&
    spec.aws.length === 0 &&
    spec.service.length === 0 &&
    spec.federated.length === 0 &&
    spec.canonicalUser.length === 0
  ) {
    return '*';
  }
  const out: Record<string, string | string[]> = {};
  const aws = spec.wildcard ? ['*', ...spec.aws] : spec.aws;
  if (aws.length > 0) out.AWS = list(aws);
  if (spec.service.length > 0) out.Service = list(spec.service);
  if (spec.federated.length > 0) out.Federated = list(spec.federated);
  if (spec.canonicalUser.length > 0) out.CanonicalUser = list(spec.canonicalUser);
  return out;
}

function conditionJson(clauses: readonly ConditionClause[]): Record<string, Record<string, string | string[]>> {
  const out: Record<string, Record<string, string | string[]>> = {};
  for (const clause of clauses) {
    const block = (out[clause.operator] ??= {});
    block[clause.key] = list(clause.values);
  }
  return out;
}

/** One statement as AWS JSON. */
export function statementJson(statement: Statement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (statement.sid !== undefined) out.Sid = statement.sid;
  out.Effect = statement.effect;
  if (statement.principal) out.Principal = principalJson(statement.principal);
  if (statement.notPrincipal) out.NotPrincipal = principalJson(statement.notPrincipal);
  if (statement.actions) out.Action = list(statement.actions);
  if (statement.notActions) out.NotAction = list(statement.notActions);
  if (statement.resources) out.Resource = list(statement.resources);
  if (statement.notResources) out.NotResource = list(statement.notResources);
  if (statement.conditions.length > 0) out.Condition = conditionJson(statement.conditions);
  return out;
}

/** The document as AWS JSON (`Version`, `Id`, `Statement` as an array). */
export function policyJson(document: PolicyDocument): Record<string, unknown> {
  const out: Record<string, unknown> = { Version: document.version };
  if (document.id !== undefined) out.Id = document.id;
  out.Statement = document.statements.map(statementJson);
  return out;
}

/** The document as compact JSON text. */
export function policyText(document: PolicyDocument): string {
  return JSON.stringify(policyJson(document));
}

/**
 * A key that is equal for documents AWS treats alike: same statements with the same elements, whatever the JSON
 * layout, key order or scalar-versus-list form. Used to tell a real change from reformatting.
 */
export function documentFingerprint(document: PolicyDocument): string {
  return policyText(document);
}
