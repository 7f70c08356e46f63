/**
 * Who a role trust-policy change concerns: the callers its changed statements name (or, through a wildcard or
 * NotPrincipal, could name), split into principals of the inventory, which are evaluated like any other principal
 * (identity side, SCPs, and the trust policy as the resource policy), and callers outside it (other accounts,
 * services, identity providers), whose own policies are unknown.
 */
import { compileGlob } from '../evaluate/wildcard.js';
import type { PrincipalRef } from '../inventory/inventory-index.js';
import { statementJson } from '../policy/serialize-policy.js';
import type { PolicyDocument, Statement } from '../policy/types.js';

/** The trust actions an IAM principal's role assumption can need, in report spelling. */
const CALLER_TRUST_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext'];

/** A caller outside the inventory that a changed trust statement names. */
export interface OutsideCaller {
  /** As the trust policy names it: an ARN, an account id, a service or identity provider. */
  principal: string;
  /** Its account, when it has one. */
  account: string;
  /**
   * The caller the engine evaluates for it (an account id is evaluated as the account's root, which every principal
   * of the account is named through), or why it cannot be evaluated.
   */
  caller?: string;
  reason?: string;
}

/** The callers and actions of one trust-policy change. */
export interface TrustCallers {
  /** Principals of the inventory to evaluate. */
  inventory: PrincipalRef[];
  /** Callers outside the inventory. */
  outside: OutsideCaller[];
  /** The trust actions of IAM callers the changed statements cover (sts:AssumeRole first). */
  actions: string[];
  /** True when a changed statement is conditional: an outside caller's request context is unknown. */
  conditional: boolean;
}

function changedStatements(before: PolicyDocument, after: PolicyDocument): Statement[] {
  const text = (s: Statement) => JSON.stringify(statementJson(s));
  const was = new Set(before.statements.map(text));
  const now = new Set(after.statements.map(text));
  return [...before.statements.filter((s) => !now.has(text(s))), ...after.statements.filter((s) => !was.has(text(s)))];
}

function covers(statement: Statement, action: string): boolean {
  const match = (patterns: readonly string[]) => patterns.some((p) => compileGlob(p, true)(action));
  if (statement.notActions) return !match(statement.notActions);
  return match(statement.actions ?? []);
}

const ACCOUNT_ID = /^\d{12}$/;

/**
 * The callers a trust-policy change concerns. `principals` lists the inventory's principals; `accounts`, the accounts
 * whose IAM the inventory holds.
 */
export function trustCallers(
  before: PolicyDocument,
  after: PolicyDocument,
  principals: readonly PrincipalRef[],
  accounts: ReadonlySet<string>,
): TrustCallers {
  const statements = changedStatements(before, after);
  const inventory = new Map<string, PrincipalRef>();
  const outside = new Map<string, OutsideCaller>();
  const byArn = new Map(principals.map((p) => [p.arn, p]));
  const addAccount = (account: string, named: string) => {
    if (accounts.has(account)) {
      for (const p of principals) if (p.accountId === account) inventory.set(p.arn, p);
    } else outside.set(named, { principal: named, account, caller: `arn:aws:iam::${account}:root` });
  };
  const actions = new Set<string>();
  let conditional = false;
  for (const statement of statements) {
    const caller = CALLER_TRUST_ACTIONS.filter((a) => covers(statement, a));
    const federated = ['sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'].filter((a) => covers(statement, a));
    if (caller.length === 0 && federated.length === 0) continue;
    caller.forEach((a) => actions.add(a));
    if (statement.conditions.length > 0) conditional = true;
    const spec = statement.principal ?? statement.notPrincipal;
    if (!spec) continue;
    if (spec.wildcard || statement.notPrincipal) {
      // Anyone may be concerned: every principal of the inventory, and callers nobody can list.
      for (const p of principals) inventory.set(p.arn, p);
      outside.set('*', {
        principal: '*',
        account: '',
        reason: `a changed statement of the trust policy names ${statement.notPrincipal ? 'principals through NotPrincipal' : 'every principal ("*")'}; callers outside the inventory cannot be listed`,
      });
      continue;
    }
    for (const entry of spec.aws) {
      if (ACCOUNT_ID.test(entry)) {
        addAccount(entry, entry);
        continue;
      }
      const fields = entry.split(':');
      const account = fields[4] ?? '';
      if (fields[2] === 'iam' && fields[5] === 'root') {
        addAccount(account, entry);
        continue;
      }
      const known = byArn.get(entry);
      if (known) inventory.set(known.arn, known);
      else if (!accounts.has(account)) outside.set(entry, { principal: entry, account, caller: entry });
      // A principal of an inventory account that does not exist: AWS would have rejected or rewritten the policy.
    }
    for (const service of spec.service) outside.set(service, { principal: service, account: '', caller: service });
    for (const provider of spec.federated) {
      outside.set(provider, {
        principal: provider,
        account: ACCOUNT_ID.test(provider.split(':')[4] ?? '') ? provider.split(':')[4] : '',
        reason: `web identity and SAML federation through ${provider} are not evaluated: who signs in through the provider is not in the inventory`,
      });
    }
    for (const user of spec.canonicalUser) {
      outside.set(user, { principal: user, account: '', reason: 'canonical user principals are not evaluated' });
    }
  }
  return {
    inventory: [...inventory.values()].sort((a, b) => a.arn.localeCompare(b.arn)),
    outside: [...outside.values()].sort((a, b) => a.principal.localeCompare(b.principal)),
    actions: CALLER_TRUST_ACTIONS.filter((a) => actions.has(a)),
    conditional,
  };
}
