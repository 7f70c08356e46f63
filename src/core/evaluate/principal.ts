/**
 * Who is calling, and how a `Principal` element names them. The distinction matters because AWS limits a
 * same-account resource-policy grant differently depending on which ARN the policy names: a user ARN or a
 * role-session ARN bypasses an implicit deny in identity policies, boundaries and session policies; a role ARN is
 * still limited by the boundary and session policies; an account delegates to the account's own IAM policies.
 */
import type { PrincipalSpec } from '../policy/types.js';
import { parseArn } from './arn.js';

/** The kind of caller. `role` is a role named by its ARN, as the IAM simulator takes it. */
export type CallerKind = 'user' | 'role' | 'assumedRole' | 'federatedUser' | 'root' | 'service';

/** The caller of a request, classified from its ARN. */
export interface Caller {
  /** The kind of caller. */
  kind: CallerKind;
  /** The ARN (or service principal name) as given. */
  arn: string;
  /** The caller's account id (empty for service principals). */
  account: string;
  /** For roles and role sessions: the role's name (the last path segment). */
  roleName?: string;
  /** True for service-linked roles and their sessions, which SCPs and RCPs do not restrict. */
  serviceLinked: boolean;
}

/** How a statement's `Principal` names the caller, from strongest to weakest. */
export type PrincipalMatch = 'direct' | 'wildcard' | 'role' | 'account';

const ACCOUNT_ID = /^\d{12}$/;

/**
 * Classifies a caller ARN. Returns a string describing the problem when the text is not a principal AWS can
 * evaluate a request for.
 */
export function classifyCaller(principal: string): Caller | string {
  if (!principal.startsWith('arn:')) {
    if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(principal)) {
      return { kind: 'service', arn: principal, account: '', serviceLinked: false };
    }
    return `"${principal}" is not a principal ARN (expected arn:aws:iam::ACCOUNT:user/NAME, …:role/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, …:root or a service principal)`;
  }
  const arn = parseArn(principal);
  if (!arn || !ACCOUNT_ID.test(arn.account)) return `"${principal}" is not an ARN with a 12-digit account id`;
  const { service, resource, account } = arn;
  if (service === 'iam' && resource === 'root') return { kind: 'root', arn: principal, account, serviceLinked: false };
  if (service === 'iam' && resource.startsWith('user/'))
    return { kind: 'user', arn: principal, account, serviceLinked: false };
  if (service === 'iam' && resource.startsWith('role/')) {
    const roleName = resource.slice(resource.lastIndexOf('/') + 1);
    return {
      kind: 'role',
      arn: principal,
      account,
      roleName,
      serviceLinked: resource.startsWith('role/aws-service-role/'),
    };
  }
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, roleName, session] = resource.split('/');
    if (!roleName || !session) return `"${principal}" must be arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`;
    // A session ARN drops the role's path, so service-linked roles are known here by AWS's reserved name prefix.
    return {
      kind: 'assumedRole',
      arn: principal,
      account,
      roleName,
      serviceLinked: roleName.startsWith('AWSServiceRoleFor'),
    };
  }
  if (service === 'sts' && resource.startsWith('federated-user/')) {
    return { kind: 'federatedUser', arn: principal, account, serviceLinked: false };
  }
  return `"${principal}" is not a user, role, role session, federated user or root ARN`;
}

/** The account id an `AWS` principal entry names, when it names a whole account. */
function accountOf(entry: string): string | undefined {
  if (ACCOUNT_ID.test(entry)) return entry;
  const arn = parseArn(entry);
  if (arn && arn.service === 'iam' && arn.resource === 'root') return arn.account;
  return undefined;
}

const STRENGTH: Readonly<Record<PrincipalMatch, number>> = { direct: 4, wildcard: 3, role: 2, account: 1 };

/** How one `AWS` entry names the caller, if at all. */
function matchEntry(entry: string, caller: Caller): PrincipalMatch | undefined {
  const account = accountOf(entry);
  if (account !== undefined) {
    if (account !== caller.account) return undefined;
    return caller.kind === 'root' ? 'direct' : 'account';
  }
  if (entry === caller.arn) return caller.kind === 'role' ? 'role' : 'direct';
  if (caller.roleName !== undefined) {
    const arn = parseArn(entry);
    // Role ARNs in policies may carry a path; sessions do not, so roles compare by account and name.
    if (arn && arn.service === 'iam' && arn.resource.startsWith('role/') && arn.account === caller.account) {
      if (arn.resource.slice(arn.resource.lastIndexOf('/') + 1) === caller.roleName) return 'role';
    }
  }
  return undefined;
}

/** The strongest way `spec` names the caller, or `undefined` when it does not. */
export function matchPrincipal(spec: PrincipalSpec, caller: Caller): PrincipalMatch | undefined {
  let best: PrincipalMatch | undefined = spec.wildcard ? 'wildcard' : undefined;
  for (const entry of spec.aws) {
    const match = matchEntry(entry, caller);
    if (match && (!best || STRENGTH[match] > STRENGTH[best])) best = match;
  }
  if (caller.kind === 'service' && spec.service.includes(caller.arn)) best = 'direct';
  return best;
}

/**
 * True when a `NotPrincipal` element exempts the caller. AWS evaluates a principal together with its account, so
 * a caller is exempt only when both its own ARN (the session ARN for a role session) and its account are listed.
 */
export function exemptedByNotPrincipal(spec: PrincipalSpec, caller: Caller): boolean {
  if (spec.wildcard) return true;
  if (caller.kind === 'service') return spec.service.includes(caller.arn);
  const accountListed = spec.aws.some((entry) => accountOf(entry) === caller.account);
  if (caller.kind === 'root') return accountListed;
  return accountListed && spec.aws.includes(caller.arn);
}
