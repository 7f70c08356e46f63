/**
 * Resolves values that are unknown in the plan but follow from it. Terraform marks `policy_arn =
 * aws_iam_policy.x.arn` unknown when the policy is created in the same plan, and `role = aws_iam_role.r.id`
 * unknown when the role is; yet the ARN is `arn:aws:iam::<account>:policy<path><name>` and a role's id is its name,
 * both known. The configuration's `references` lead from the attribute to the resource (through module variables
 * and outputs), whose planned values then give the answer.
 *
 * Only an expression with exactly one followable reference is resolved: `"${var.prefix}-${aws_iam_role.r.id}"`
 * names two things and its value cannot be rebuilt from the plan, so it stays unknown. The plan JSON does not
 * keep function calls, so `lower(aws_iam_role.r.name)` would be read as the name; such wrappers are rare in IAM
 * wiring and the result is still a real entity of the plan.
 */
import type { Unknown } from '../change-set.js';
import {
  configKey,
  formatKey,
  formatModules,
  joinAddress,
  parseSteps,
  type AddressStep,
  type InstanceKey,
} from './plan-address.js';
import type { PlanConfiguration } from './plan-configuration.js';
import { isJson, type Json } from './plan-structure.js';
import { readAfter, readBefore, type PlannedInstance, type PlannedValues, type ValuePath } from './planned-values.js';

/** What the caller wants out of a reference, which decides how a referenced resource is read. */
export type Want = 'policy-arn' | 'role-name' | 'user-name' | 'group-name' | 'document' | 'org-policy-id' | 'text';

/** A resolved value. */
export interface Resolved {
  /** The value. */
  value: string;
  /** The `aws_iam_policy` of the plan the value is the ARN of, so that its new document can go with it. */
  policy?: PlannedInstance;
  /** The address the value was read from, when it came from another resource (for error messages). */
  from?: string;
}

/** An unresolved value, still linked to the plan's policy when the ARN of a new policy cannot be derived. */
export interface Unresolved extends Unknown {
  /** The `aws_iam_policy` of the plan whose ARN this is. */
  policy?: PlannedInstance;
}

/** A resolved value, or why not. */
export type Resolution = Resolved | Unresolved;

/** True when a resolution failed. */
export function isUnresolved(resolution: Resolution): resolution is Unresolved {
  return 'unknown' in resolution;
}

/** Where the account and partition come from; read lazily because they are inferred from the plan itself. */
export interface ArnEnvironment {
  /** The account the plan applies to, when known. */
  accountId?: string;
  /** The AWS partition (`aws`, `aws-cn`, `aws-us-gov`). */
  partition: string;
}

interface Scope {
  /** The module instance steps, outermost first. */
  modules: readonly AddressStep[];
}

/** A list-element selection: the element is the `ordinal`-th unknown one of `count` unknown elements. */
interface Element {
  ordinal: number;
  count: number;
}

/** Bounds the chain of variables, outputs and attributes followed, so that a cycle cannot loop. */
const MAX_DEPTH = 12;

const ITERATION = /^(count|each)\./;
const NOT_FOLLOWED = /^(count|each|path|terraform|self)\./;

const ENTITY_TYPES: Partial<Record<Want, string>> = {
  'role-name': 'aws_iam_role',
  'user-name': 'aws_iam_user',
  'group-name': 'aws_iam_group',
};

function fail(unknown: string, policy?: PlannedInstance): Unresolved {
  return policy ? { unknown, policy } : { unknown };
}

/** Renders a value path the way Terraform writes attribute paths: `inline_policy[0].policy`. */
export function pathText(path: ValuePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function sameSteps(attrs: ValuePath, ...options: string[][]): boolean {
  return options.some((o) => o.length === attrs.length && o.every((v, i) => v === attrs[i]));
}

function attributesOf(steps: readonly AddressStep[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const step of steps) {
    out.push(step.name);
    if (step.key !== undefined) out.push(step.key);
  }
  return out;
}

/** Keeps the references worth following: not iteration symbols, and not the prefixes Terraform adds to each. */
export function followableReferences(references: readonly string[]): string[] {
  const kept = references.filter((r) => !NOT_FOLLOWED.test(r));
  return kept.filter(
    (r, i) => kept.indexOf(r) === i && !kept.some((other) => other.startsWith(`${r}.`) || other.startsWith(`${r}[`)),
  );
}

/** Follows configuration references to values of the plan. */
export class PlanResolver {
  constructor(
    private readonly values: PlannedValues,
    private readonly config: PlanConfiguration,
    private readonly variables: Json,
    private readonly env: ArnEnvironment,
  ) {}

  /**
   * Resolves an attribute of an instance whose value after the change is unknown. The reason of a failure names
   * the address and attribute and what it depends on.
   */
  attribute(instance: PlannedInstance, path: ValuePath, want: Want): Resolution {
    const result = this.followAttribute(instance, path, want, 0);
    if (!isUnresolved(result)) return result;
    return fail(`${instance.address}.${pathText(path)} is not known until apply (${result.unknown})`, result.policy);
  }

  /** The ARN of an `aws_iam_policy` of the plan: known, or derived from the account, path and name. */
  policyArn(instance: PlannedInstance): Resolution {
    return this.derivePolicyArn(instance, 0);
  }

  private followAttribute(instance: PlannedInstance, path: ValuePath, want: Want, depth: number): Resolution {
    if (!this.config.present) return fail('the plan has no configuration section to follow');
    const found = this.expressionAt(instance, path);
    if (!found) return fail(`the configuration has no block for ${instance.address}`);
    if (found.node === undefined) return fail('the configuration does not set it, so it is chosen during apply');
    const scope: Scope = { modules: instance.parsed.modules };
    return this.expression(found.node, scope, want, depth, instance.parsed.key, [], found.element);
  }

  /** The configuration expression of an attribute; undefined when the resource has no configuration block. */
  private expressionAt(instance: PlannedInstance, path: ValuePath): { node: unknown; element?: Element } | undefined {
    const names = instance.parsed.modules.map((m) => m.name);
    const expressions = this.config.expressions(names, configKey(instance.mode, instance.type, instance.parsed.name));
    if (!expressions) return undefined;
    let node: unknown = expressions;
    let element: Element | undefined;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      if (typeof key === 'string') node = isJson(node) ? node[key] : undefined;
      else if (Array.isArray(node)) node = node[key];
      else if (i === path.length - 1 && isJson(node)) element = this.elementOf(instance, path.slice(0, i), key);
      else node = undefined;
    }
    return { node, element };
  }

  /** Which unknown element of a list attribute `index` is, counting only the unknown ones. */
  private elementOf(instance: PlannedInstance, listPath: ValuePath, index: number): Element | undefined {
    let unknown: unknown = instance.afterUnknown;
    for (const key of listPath) unknown = isJson(unknown) ? unknown[key as string] : undefined;
    if (!Array.isArray(unknown)) return undefined;
    const flags = unknown.map((u) => u === true);
    if (!flags[index]) return undefined;
    return { ordinal: flags.slice(0, index).filter(Boolean).length, count: flags.filter(Boolean).length };
  }

  private expression(
    expression: unknown,
    scope: Scope,
    want: Want,
    depth: number,
    indexHint: InstanceKey | undefined,
    suffix: ValuePath,
    element?: Element,
  ): Resolution {
    if (depth > MAX_DEPTH) return fail('the chain of references is too long to follow');
    if (!isJson(expression)) return fail('the configuration does not show where it comes from');
    if ('constant_value' in expression) {
      const value = suffix.length === 0 && !element ? expression.constant_value : undefined;
      return typeof value === 'string' ? { value } : fail('its configured value is not a string');
    }
    const references = Array.isArray(expression.references)
      ? expression.references.filter((r): r is string => typeof r === 'string')
      : [];
    if (references.length === 0) return fail('its expression names no other object');
    const followable = followableReferences(references);
    const hint = references.some((r) => ITERATION.test(r)) ? indexHint : undefined;
    let reference: string | undefined;
    if (element) {
      if (followable.length === element.count) reference = followable[element.ordinal];
    } else if (followable.length === 1) reference = followable[0];
    if (reference === undefined) return fail(`it depends on ${followable.join(', ') || references.join(', ')}`);
    return this.reference(reference, scope, want, depth + 1, hint, suffix);
  }

  private reference(
    reference: string,
    scope: Scope,
    want: Want,
    depth: number,
    indexHint: InstanceKey | undefined,
    suffix: ValuePath,
  ): Resolution {
    const steps = parseSteps(reference);
    if (!steps) return fail(`it depends on ${reference}`);
    const [head, second, third] = steps;
    const prefix = formatModules(scope.modules);
    switch (head.name) {
      case 'var': {
        if (!second) return fail(`it depends on ${reference}`);
        const attrs = [...attributesOf(steps.slice(2)), ...suffix];
        if (scope.modules.length === 0) {
          let value: unknown = isJson(this.variables[second.name]) ? this.variables[second.name] : undefined;
          value = isJson(value) ? value.value : undefined;
          for (const key of attrs) value = isJson(value) || Array.isArray(value) ? (value as Json)[key] : undefined;
          return typeof value === 'string' ? { value } : fail(`var.${second.name} has no usable value in the plan`);
        }
        // A module variable is whatever the module call passes, evaluated in the calling module.
        const call = scope.modules[scope.modules.length - 1];
        const parent = scope.modules.slice(0, -1);
        const passed = this.config.module(parent.map((m) => m.name))?.calls.get(call.name)?.expressions[second.name];
        if (passed === undefined) return fail(`${reference} is not passed by module.${call.name}`);
        return this.expression(passed, { modules: parent }, want, depth, call.key, attrs);
      }
      case 'module': {
        if (!second || !third) return fail(`it depends on ${reference}`);
        const attrs = [...attributesOf(steps.slice(3)), ...suffix];
        const names = [...scope.modules.map((m) => m.name), second.name];
        const output = this.config.module(names)?.outputs.get(third.name);
        if (output === undefined) return fail(`module.${second.name} has no output ${third.name} in the configuration`);
        let child: AddressStep | undefined;
        if (second.key !== undefined) child = { name: second.name, key: second.key };
        else {
          const instances = this.values.moduleInstances(prefix, second.name);
          if (instances.length <= 1) child = instances[0] ?? { name: second.name };
          else if (indexHint !== undefined) child = instances.find((i) => i.key === indexHint);
        }
        if (!child) return fail(`module.${second.name} has several instances`);
        return this.expression(output, { modules: [...scope.modules, child] }, want, depth, undefined, attrs);
      }
      case 'data': {
        if (!second || !third) return fail(`it depends on ${reference}`);
        const base = joinAddress(prefix, `data.${second.name}.${third.name}`);
        return this.target(base, third, [...attributesOf(steps.slice(3)), ...suffix], want, depth, indexHint);
      }
      case 'local':
        return fail(`it depends on ${reference}, and a plan does not record local values`);
      default: {
        if (!second || head.key !== undefined) return fail(`it depends on ${reference}`);
        const base = joinAddress(prefix, `${head.name}.${second.name}`);
        return this.target(base, second, [...attributesOf(steps.slice(2)), ...suffix], want, depth, indexHint);
      }
    }
  }

  private target(
    base: string,
    step: AddressStep,
    attrs: ValuePath,
    want: Want,
    depth: number,
    indexHint: InstanceKey | undefined,
  ): Resolution {
    const instances = this.values.instancesOf(base);
    let instance: PlannedInstance | undefined;
    if (step.splat) return fail(`it depends on every instance of ${base}`);
    if (step.key !== undefined) instance = this.values.get(base + formatKey(step.key));
    else if (instances.length === 1) instance = instances[0];
    else if (indexHint !== undefined) instance = instances.find((i) => i.parsed.key === indexHint);
    if (!instance) {
      return fail(
        instances.length > 1
          ? `it depends on ${base}, which has several instances`
          : `it depends on ${base}, which is not in the plan`,
      );
    }
    return this.valueOf(instance, attrs, want, depth);
  }

  private valueOf(instance: PlannedInstance, attrs: ValuePath, want: Want, depth: number): Resolution {
    const managed = instance.mode === 'managed';
    if (want === 'policy-arn' && managed && instance.type === 'aws_iam_policy' && sameSteps(attrs, [], ['arn'], ['id']))
      return this.derivePolicyArn(instance, depth);
    if (
      want === 'org-policy-id' &&
      managed &&
      instance.type === 'aws_organizations_policy' &&
      sameSteps(attrs, [], ['id'])
    ) {
      const id = readAfter(instance, ['id']);
      if (id.state === 'known' && typeof id.value === 'string') return { value: id.value, from: instance.address };
      if (instance.action === 'create' || instance.action === 'replace' || instance.action === 'create-forget')
        return { value: `new:${instance.address}`, from: instance.address };
    }
    const path = this.attributeFor(instance, attrs, want);
    if (!path) return fail(`it depends on ${instance.address}${attrs.length ? `.${pathText(attrs)}` : ''}`);
    const read = readAfter(instance, path);
    if (read.state === 'known' && typeof read.value === 'string') return { value: read.value, from: instance.address };
    const where = `${instance.address}.${pathText(path)}`;
    if (read.state === 'unknown' && instance.change && this.expressionAt(instance, path)?.node !== undefined) {
      const deeper = this.followAttribute(instance, path, want, depth + 1);
      if (!isUnresolved(deeper)) return deeper;
      return fail(`it depends on ${where}, which is not known until apply: ${deeper.unknown}`, deeper.policy);
    }
    return fail(`it depends on ${where}, which is ${read.state === 'absent' ? 'not set' : 'not known until apply'}`);
  }

  /** Which attribute of the referenced resource gives the wanted value. */
  private attributeFor(instance: PlannedInstance, attrs: ValuePath, want: Want): ValuePath | undefined {
    const entityType = ENTITY_TYPES[want];
    // A user's, group's or role's id is its name, and callers take names out of ARNs anyway; reading `name`
    // avoids `id` and `arn`, which are unknown until the entity exists.
    if (entityType === instance.type && sameSteps(attrs, [], ['id'], ['name'], ['arn'])) return ['name'];
    if (attrs.length > 0) return attrs;
    if (want === 'document' && instance.type === 'aws_iam_policy_document') return ['json'];
    if (want === 'document' && instance.type === 'aws_iam_policy') return ['policy'];
    if (want === 'policy-arn' && instance.type === 'aws_iam_policy') return ['arn'];
    return undefined;
  }

  private derivePolicyArn(instance: PlannedInstance, depth: number): Resolution {
    const known = readAfter(instance, ['arn']);
    if (known.state === 'known' && typeof known.value === 'string')
      return { value: known.value, policy: instance, from: instance.address };
    if (instance.action === 'delete') {
      const before = readBefore(instance, ['arn']);
      if (typeof before === 'string') return { value: before, policy: instance, from: instance.address };
    }
    const name = this.stringAttribute(instance, 'name', depth);
    if (isUnresolved(name))
      return fail(`the ARN of ${instance.address} is not known until apply: ${name.unknown}`, instance);
    const path = this.stringAttribute(instance, 'path', depth, '/');
    if (isUnresolved(path))
      return fail(`the ARN of ${instance.address} is not known until apply: ${path.unknown}`, instance);
    if (this.env.accountId === undefined) {
      return fail(
        `the ARN of ${instance.address} cannot be derived: the account the plan applies to is not known`,
        instance,
      );
    }
    let policyPath = path.value.startsWith('/') ? path.value : `/${path.value}`;
    if (!policyPath.endsWith('/')) policyPath += '/';
    return {
      value: `arn:${this.env.partition}:iam::${this.env.accountId}:policy${policyPath}${name.value}`,
      policy: instance,
      from: instance.address,
    };
  }

  private stringAttribute(instance: PlannedInstance, attr: string, depth: number, fallback?: string): Resolution {
    const read = readAfter(instance, [attr]);
    if (read.state === 'known' && typeof read.value === 'string' && read.value !== '') return { value: read.value };
    if (read.state === 'unknown') {
      if (this.expressionAt(instance, [attr])?.node === undefined) return fail(`its ${attr} is generated during apply`);
      const followed = this.followAttribute(instance, [attr], 'text', depth + 1);
      if (!isUnresolved(followed)) return followed;
      return fail(`its ${attr} is not known until apply (${followed.unknown})`);
    }
    return fallback !== undefined ? { value: fallback } : fail(`${attr} is not set`);
  }
}
