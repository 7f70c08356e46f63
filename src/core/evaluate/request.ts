/**
 * The request the engine decides: who calls, which action on which resource, and the request context. Context keys
 * are stored lower-cased because AWS condition key names are case-insensitive; values keep their case.
 */

/** A context value: a string for single-valued keys, an array for multi-valued keys such as `aws:TagKeys`. */
export type ContextValue = string | readonly string[];

/** Read access to the request context by condition key, case-insensitively. */
export interface RequestContext {
  /** The value of `key` (any case), or `undefined` when the key is absent from the request. */
  get(key: string): ContextValue | undefined;
}

/** Builds a {@link RequestContext} from a plain object, folding key case. */
export function createRequestContext(entries: Readonly<Record<string, ContextValue>>): RequestContext {
  const map = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(entries)) map.set(key.toLowerCase(), value);
  return { get: (key) => map.get(key.toLowerCase()) };
}

/** One AWS request to decide. */
export interface EvaluationRequest {
  /** The caller: a user, role, assumed-role session, federated user or root ARN, or a service principal name. */
  principal: string;
  /** The caller's account id (from the principal ARN when not given). */
  principalAccount: string;
  /** The action, `service:Action`. */
  action: string;
  /** The resource ARN, or `*` when the action takes no resource or the caller did not name one. */
  resource: string;
  /** The account that owns the resource (from the ARN when it carries one, else the caller's account). */
  resourceAccount: string;
  /** The request context. */
  context: RequestContext;
}
