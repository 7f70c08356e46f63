/**
 * Turns a mapping and one file it matches into the concrete AWS target: placeholders replaced, names and ARNs
 * checked, accounts found. Errors name the config file, the line and the field, and the policy file that produced
 * the value.
 */
import { UserError } from '../../errors.js';
import type { Inventory, OrgPolicyType } from '../../inventory/types.js';
import type { EntityRef } from '../change-set.js';
import type { EntityTemplate, IamImpactConfig, PolicyMapping, Template } from './config-types.js';
import {
  checkEntityArn,
  checkIamName,
  checkManagedPolicyArn,
  checkOrgPolicyName,
  checkOrgTarget,
  checkPolicyId,
  expandTemplate,
  type TemplateContext,
} from './target-values.js';

/** A mapping's target for one file. */
export type ResolvedTarget =
  | { kind: 'managed-policy'; arn: string; policyName: string; accountId: string }
  | { kind: 'inline-policy'; entity: EntityRef; policyName: string }
  | {
      kind: 'permissions-boundary';
      entity: EntityRef & { kind: 'user' | 'role' };
      arn: string;
      policyName: string;
      /** The account of the boundary policy's ARN. */
      policyAccountId: string;
    }
  | { kind: 'trust-policy'; role: EntityRef }
  | { kind: 'org-policy'; policyType: OrgPolicyType; policyId: string }
  | { kind: 'new-org-policy'; policyType: OrgPolicyType; name: string; attachTo: string[] };

/** What resolving needs besides the mapping. */
export interface ResolveContext {
  config: IamImpactConfig;
  configFile: string;
  inventory?: Inventory;
  /** The matched file. */
  path: string;
  /** The file pattern's captures for it. */
  captures: readonly string[];
}

class Resolver {
  constructor(readonly context: ResolveContext) {}

  fail(line: number, path: string, problem: string, hint?: string): never {
    throw new UserError(`${this.context.configFile}:${line}: ${path}: ${problem}`, hint);
  }

  /** The template's value for this file, checked. */
  value(template: Template, check: (value: string) => string | undefined): string {
    if (!template.dynamic) return template.text;
    const templateContext: TemplateContext = { captures: this.context.captures, path: this.context.path };
    if (this.context.config.account !== undefined) templateContext.account = this.context.config.account;
    const expanded = expandTemplate(template.text, templateContext);
    if ('problem' in expanded) this.fail(template.line, template.path, expanded.problem);
    const problem = check(expanded.value);
    if (problem) {
      this.fail(
        template.line,
        template.path,
        `"${template.text}" gives "${expanded.value}" for ${this.context.path}, which is not valid: ${problem}`,
        'change the file name, or the glob and placeholders of this entry',
      );
    }
    return expanded.value;
  }

  /**
   * The account of an entity named without one: the top-level `account`, else the one inventory account that has
   * an entity of that kind and name. Undefined when neither says.
   */
  accountOf(kind: 'user' | 'group' | 'role', name: string, template: Template): string | undefined {
    if (this.context.config.account !== undefined) return this.context.config.account;
    const inventory = this.context.inventory;
    if (!inventory) return undefined;
    const found: string[] = [];
    for (const account of inventory.accounts.values()) {
      const entities = kind === 'user' ? account.users : kind === 'group' ? account.groups : account.roles;
      if (entities.has(name)) found.push(account.accountId);
    }
    if (found.length > 1) {
      this.fail(
        template.line,
        template.path,
        `${kind} ${name} (for ${this.context.path}) exists in accounts ${found.join(', ')} of the inventory; say which`,
        `add account: "${found[0]}" next to the name, or set the top-level account`,
      );
    }
    return found[0];
  }

  entity<K extends 'user' | 'group' | 'role'>(template: EntityTemplate, kinds: readonly K[]): EntityRef & { kind: K } {
    if (template.form === 'arn') {
      const arn = this.value(template.arn, (v) => {
        const result = checkEntityArn(v, kinds);
        return 'problem' in result ? result.problem : undefined;
      });
      const parsed = checkEntityArn(arn, kinds) as { kind: K; name: string; accountId: string };
      return { kind: parsed.kind, name: parsed.name, accountId: parsed.accountId };
    }
    const kind = template.kind as K;
    const name = this.value(template.name, (v) => checkIamName(v, kind));
    const ref: EntityRef & { kind: K } = { kind, name };
    const accountId = template.accountId ?? this.accountOf(kind, name, template.name);
    if (accountId !== undefined) ref.accountId = accountId;
    return ref;
  }

  managedArn(template: Template): { arn: string; policyName: string; accountId: string } {
    const arn = this.value(template, (v) => {
      const result = checkManagedPolicyArn(v);
      return 'problem' in result ? result.problem : undefined;
    });
    const result = checkManagedPolicyArn(arn) as { name: string; accountId: string };
    return { arn, policyName: result.name, accountId: result.accountId };
  }
}

/** Resolves a mapping's target for one matched file. Throws {@link UserError} naming the config line and field. */
export function resolveTarget(mapping: PolicyMapping, context: ResolveContext): ResolvedTarget {
  const r = new Resolver(context);
  switch (mapping.target) {
    case 'managed-policy': {
      const { arn, policyName, accountId } = r.managedArn(mapping.arn);
      return { kind: 'managed-policy', arn, policyName, accountId };
    }
    case 'inline-policy':
      return {
        kind: 'inline-policy',
        entity: r.entity(mapping.principal, ['user', 'group', 'role']),
        policyName: r.value(mapping.policyName, (v) => checkIamName(v, 'policy')),
      };
    case 'permissions-boundary': {
      const { arn, policyName, accountId } = r.managedArn(mapping.arn);
      return {
        kind: 'permissions-boundary',
        entity: r.entity(mapping.principal, ['user', 'role']),
        arn,
        policyName,
        policyAccountId: accountId,
      };
    }
    case 'trust-policy':
      return { kind: 'trust-policy', role: r.entity(mapping.role, ['role']) };
    case 'scp':
    case 'rcp':
      return {
        kind: 'org-policy',
        policyType: mapping.target === 'scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY',
        policyId: r.value(mapping.policyId, checkPolicyId),
      };
    case 'new-scp':
    case 'new-rcp':
      return {
        kind: 'new-org-policy',
        policyType: mapping.target === 'new-scp' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY',
        name: r.value(mapping.name, checkOrgPolicyName),
        attachTo: mapping.attachTo.map((t) => r.value(t, checkOrgTarget)),
      };
  }
}
