/**
 * AWS's policy evaluation logic, one request at a time
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
 *
 * 1. an explicit Deny in any applicable policy wins;
 * 2. RCPs of the resource's account only deny (RCPFullAWSAccess is attached everywhere and cannot be detached);
 * 3. every SCP level from the root to the caller's account must allow;
 * 4. within one account, an allow in either the identity side (identity policies ∩ boundary ∩ session policies) or
 *    the resource policy suffices, with the resource-policy grant limited according to the ARN it names;
 * 5. across accounts, both the identity side and the resource policy must allow;
 * 6. role trust policies and KMS key policies must allow the caller themselves.
 *
 * The result lists every matching statement and every layer that lacked an allow, so that a report can say why.
 */
import { CompiledLayer, type CompiledStatement, type LayerSource, type NamedPolicy } from './compile-policy.js';
import type { Evaluation, Layer, MissingAllow, StatementRef } from './explanation.js';
import {
  classifyCaller,
  exemptedByNotPrincipal,
  matchPrincipal,
  type Caller,
  type PrincipalMatch,
} from './principal.js';
import type { EvaluationRequest } from './request.js';
import { parseArn } from './arn.js';
import { actionKey, type ActionKey } from './action-key.js';

/** One level of an SCP or RCP hierarchy: the policies attached to a root, an OU or an account. */
export interface PolicyLevel {
  /** The root, OU or account id, used in explanations. */
  id?: string;
  /** The policies attached at this level. */
  policies: readonly NamedPolicy[];
}

/** Every policy that applies to a request, before compilation. */
export interface PolicyInputs {
  /** The caller's identity-based policies (a user's own and its groups', or a role's). */
  identity: readonly NamedPolicy[];
  /** The permissions boundary, when one is set. */
  permissionsBoundary?: NamedPolicy;
  /** Session policies, when the caller is a session created with them. */
  session?: readonly NamedPolicy[];
  /** The SCP hierarchy of the caller's account, root first; absent when the account is not governed by SCPs. */
  scp?: readonly PolicyLevel[];
  /** The RCP hierarchy of the resource's account, root first; absent when not governed by RCPs. */
  rcp?: readonly PolicyLevel[];
  /** The resource-based policy of the target resource (a role's trust policy for sts:AssumeRole). */
  resource?: NamedPolicy;
}

/** The compiled form of {@link PolicyInputs}. Layers can be shared between principals (SCP levels especially). */
export interface CompiledPolicies {
  identity: CompiledLayer;
  permissionsBoundary?: CompiledLayer;
  session?: CompiledLayer;
  scp?: readonly CompiledLayer[];
  rcp?: readonly CompiledLayer[];
  resource?: CompiledLayer;
}

/** Compiles one layer. Exposed so callers can compile an SCP level once and share it. */
export function compileLayer(source: LayerSource): CompiledLayer {
  return new CompiledLayer(source);
}

/** Compiles every policy of a request. */
export function compilePolicies(inputs: PolicyInputs): CompiledPolicies {
  const levels = (layer: Layer, list: readonly PolicyLevel[]) =>
    list.map((level, i) => compileLayer({ layer, policies: level.policies, level: i, levelId: level.id }));
  const compiled: CompiledPolicies = { identity: compileLayer({ layer: 'identity', policies: inputs.identity }) };
  if (inputs.permissionsBoundary) {
    compiled.permissionsBoundary = compileLayer({
      layer: 'permissionsBoundary',
      policies: [inputs.permissionsBoundary],
    });
  }
  if (inputs.session) compiled.session = compileLayer({ layer: 'session', policies: inputs.session });
  if (inputs.scp) compiled.scp = levels('scp', inputs.scp);
  if (inputs.rcp) compiled.rcp = levels('rcp', inputs.rcp);
  if (inputs.resource) compiled.resource = compileLayer({ layer: 'resource', policies: [inputs.resource] });
  return compiled;
}

/** Options of the engine. */
export interface EngineOptions {
  /**
   * Whether RCPs govern a service (lower-case prefix). RCPs apply only to the services AWS lists; the CLI and the
   * action pass the list from the AWS action catalog. Without it, RCPs are applied to every service.
   */
  rcpAppliesToService?: (service: string) => boolean;
}

/** A request whose caller does not parse. */
export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

const callers = new Map<string, Caller>();

function callerOf(principal: string): Caller {
  let caller = callers.get(principal);
  if (!caller) {
    const classified = classifyCaller(principal);
    if (typeof classified === 'string') throw new InvalidRequestError(classified);
    if (callers.size > 10_000) callers.clear();
    callers.set(principal, classified);
    caller = classified;
  }
  return caller;
}

/** Actions on a role that its trust policy must allow itself (lower-case). */
export const TRUST_ACTIONS: ReadonlySet<string> = new Set([
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
]);

/** The resource whose own policy must allow the caller: a role for sts:AssumeRole*, a key for KMS. */
function selfGuardedResource(action: string, resource: string): 'trust' | 'key' | undefined {
  if (TRUST_ACTIONS.has(action)) {
    const arn = parseArn(resource);
    if (arn && arn.service === 'iam' && arn.resource.startsWith('role/')) return 'trust';
  }
  if (action.startsWith('kms:')) {
    const arn = parseArn(resource);
    if (arn && arn.service === 'kms' && arn.resource.startsWith('key/')) return 'key';
  }
  return undefined;
}

const STRENGTH: Readonly<Record<PrincipalMatch, number>> = { direct: 4, wildcard: 3, role: 2, account: 1 };

/**
 * Scans a layer's candidate statements. Matching Deny statements go to `denies`, matching Allow statements to
 * `allows`. Returns how the strongest applicable Allow names the caller (`direct` for layers without principals),
 * or `undefined` when nothing allows.
 */
function scanLayer(
  layer: CompiledLayer,
  action: ActionKey,
  request: EvaluationRequest,
  caller: Caller,
  denies: StatementRef[],
  allows: StatementRef[],
  boundaryAttached = false,
): PrincipalMatch | undefined {
  const candidates = layer.candidates(action);
  let best: PrincipalMatch | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const statement: CompiledStatement = candidates[i];
    let match: PrincipalMatch = 'direct';
    if (statement.principal) {
      const found = matchPrincipal(statement.principal, caller);
      if (!found) continue;
      match = found;
    } else if (statement.notPrincipal) {
      // "A NotPrincipal Deny will always deny any IAM principal that has a permissions boundary policy attached,
      // regardless of the values specified in the NotPrincipal element" (IAM User Guide, permissions boundaries).
      const exempt = exemptedByNotPrincipal(statement.notPrincipal, caller) && !(statement.deny && boundaryAttached);
      if (exempt) continue;
      match = 'wildcard';
    } else if (layer.layer === 'resource') {
      continue; // A resource-policy statement that names nobody grants nobody.
    }
    if (!statement.matchesResource(request.resource, request.context)) continue;
    if (statement.condition && !statement.condition(request.context)) continue;
    if (statement.deny) {
      denies.push(statement.ref);
    } else {
      allows.push(statement.ref);
      if (!best || STRENGTH[match] > STRENGTH[best]) best = match;
    }
  }
  return best;
}

function levelName(layer: CompiledLayer, count: number): string {
  if (layer.levelId) return layer.levelId;
  const i = layer.level ?? 0;
  if (i === 0) return 'root';
  return i === count - 1 ? 'account' : `OU ${i}`;
}

const NO_OPTIONS: EngineOptions = {};

function identityMissing(policies: CompiledPolicies, request: EvaluationRequest): MissingAllow {
  return {
    layer: 'identity',
    reason:
      policies.identity.policyNames.length === 0
        ? `the principal has no identity-based policy, so nothing allows ${request.action}`
        : `no identity-based policy allows ${request.action}`,
  };
}

function boundaryMissing(policies: CompiledPolicies, request: EvaluationRequest): MissingAllow {
  return {
    layer: 'permissionsBoundary',
    reason: `the permissions boundary ${policies.permissionsBoundary?.policyNames[0] ?? ''} does not allow ${request.action}`,
  };
}

function sessionMissing(policies: CompiledPolicies, request: EvaluationRequest): MissingAllow {
  return {
    layer: 'session',
    reason: policies.session
      ? `no session policy allows ${request.action}`
      : 'a federated user session without a session policy is denied everything',
  };
}

function resourceMissing(
  policies: CompiledPolicies,
  request: EvaluationRequest,
  caller: Caller,
  guarded: 'trust' | 'key' | undefined,
): MissingAllow {
  const name = policies.resource?.policyNames[0];
  let reason: string;
  if (guarded === 'trust') {
    reason = name
      ? `the trust policy of ${request.resource} does not allow ${caller.arn}`
      : `no trust policy was supplied for ${request.resource}; a role's trust policy must allow the caller`;
  } else if (guarded === 'key') {
    reason = name
      ? `the key policy of ${request.resource} does not allow ${caller.arn}`
      : `no key policy was supplied for ${request.resource}; a KMS key policy must allow the caller`;
  } else {
    reason = name
      ? `the resource-based policy ${name} does not allow ${caller.arn} to ${request.action}`
      : `no resource-based policy of account ${request.resourceAccount} allows ${caller.arn} (cross-account access needs one)`;
  }
  return { layer: 'resource', reason };
}

/**
 * Decides one request. Throws {@link InvalidRequestError} when the principal is not a principal ARN.
 */
export function evaluate(
  policies: CompiledPolicies,
  request: EvaluationRequest,
  options: EngineOptions = NO_OPTIONS,
): Evaluation {
  const caller = callerOf(request.principal);
  const action = actionKey(request.action);
  const service = action.service;
  const denies: StatementRef[] = [];
  const allows: StatementRef[] = [];
  const notes: string[] = [];
  const missingAllow: MissingAllow[] = [];
  const isService = caller.kind === 'service';
  const isRoot = caller.kind === 'root';

  // Identity side. The root user is not governed by identity policies; service principals have none.
  const identityAllowed =
    isRoot || (!isService && scanLayer(policies.identity, action, request, caller, denies, allows) !== undefined);
  let boundaryOk = true;
  if (policies.permissionsBoundary && !isRoot && !isService) {
    boundaryOk = scanLayer(policies.permissionsBoundary, action, request, caller, denies, allows) !== undefined;
  }
  let sessionOk = caller.kind !== 'federatedUser';
  if (policies.session && !isService) {
    sessionOk = scanLayer(policies.session, action, request, caller, denies, allows) !== undefined;
  }

  // Organization policies.
  let scpLevelsMissing: CompiledLayer[] | undefined;
  if (policies.scp) {
    if (caller.serviceLinked) notes.push('SCPs do not restrict service-linked roles.');
    else if (isService) notes.push('SCPs do not restrict service principals.');
    else {
      for (const level of policies.scp) {
        if (scanLayer(level, action, request, caller, denies, allows) === undefined) {
          (scpLevelsMissing ??= []).push(level);
        }
      }
    }
  }
  if (policies.rcp) {
    const supported = options.rcpAppliesToService ? options.rcpAppliesToService(service) : true;
    if (caller.serviceLinked) notes.push('RCPs do not restrict service-linked roles.');
    else if (!supported) notes.push(`RCPs do not apply to ${service}.`);
    else {
      // RCPFullAWSAccess is implicitly allowed at every level: only the denies count.
      const boundaryAttached = policies.permissionsBoundary !== undefined;
      for (const level of policies.rcp) scanLayer(level, action, request, caller, denies, [], boundaryAttached);
    }
  }

  // Resource side.
  const resourceMatch = policies.resource
    ? scanLayer(policies.resource, action, request, caller, denies, allows, policies.permissionsBoundary !== undefined)
    : undefined;

  if (denies.length > 0) return { decision: 'explicitDeny', denies, allows, missingAllow, notes };

  for (const level of scpLevelsMissing ?? []) {
    const missing: MissingAllow = {
      layer: 'scp',
      level: level.level,
      reason: `SCP level ${levelName(level, policies.scp?.length ?? 0)} has no statement allowing ${request.action}`,
    };
    if (level.levelId !== undefined) missing.levelId = level.levelId;
    missingAllow.push(missing);
  }

  const sameAccount = request.principalAccount === request.resourceAccount && !isService;
  const guarded = selfGuardedResource(action.lower, request.resource);
  const direct = resourceMatch === 'direct' || resourceMatch === 'wildcard';

  if (isService) {
    if (!resourceMatch) missingAllow.push(resourceMissing(policies, request, caller, guarded));
  } else if (sameAccount && !guarded) {
    if (direct) {
      notes.push(
        'A same-account resource-based policy that names the caller directly is not limited by identity, boundary or session policies.',
      );
    } else {
      if (resourceMatch !== 'role' && !identityAllowed) missingAllow.push(identityMissing(policies, request));
      if (!boundaryOk) missingAllow.push(boundaryMissing(policies, request));
      if (!sessionOk) missingAllow.push(sessionMissing(policies, request));
    }
  } else {
    // Cross-account, or a trust/key policy in the same account: the resource policy itself must allow.
    if (!resourceMatch) missingAllow.push(resourceMissing(policies, request, caller, guarded));
    const delegated = !sameAccount || !resourceMatch || resourceMatch === 'account';
    if (delegated && !identityAllowed) missingAllow.push(identityMissing(policies, request));
    if (!sameAccount || !direct) {
      if (!boundaryOk) missingAllow.push(boundaryMissing(policies, request));
      if (!sessionOk) missingAllow.push(sessionMissing(policies, request));
    }
  }

  return { decision: missingAllow.length > 0 ? 'implicitDeny' : 'allowed', denies, allows, missingAllow, notes };
}
