/**
 * What every resource converter needs: the plan's values with unknowns resolved through the configuration, JSON
 * policy attributes parsed with errors that name the file, address and attribute, entity references, and the
 * place to put changes and warnings.
 */
import { PolicyValidationError, UserError } from '../../errors.js';
import type { AccountInventory, Inventory } from '../../inventory/types.js';
import { parsePolicyDocument } from '../../policy/parse-policy.js';
import { documentFingerprint } from '../../policy/serialize-policy.js';
import type { PolicyDocument, PolicyKind } from '../../policy/types.js';
import {
  isUnknown,
  type Change,
  type ChangeSource,
  type ChangeWarning,
  type DocumentValue,
  type EntityRef,
  type Maybe,
  type Unknown,
} from '../change-set.js';
import type { PlanAccount } from './plan-account.js';
import { configKey } from './plan-address.js';
import type { PlanConfiguration } from './plan-configuration.js';
import { isUnresolved, pathText, type PlanResolver, type Want } from './plan-resolver.js';
import { describeValue, type PlanResourceChange } from './plan-structure.js';
import {
  instanceOfChange,
  readAfter,
  readBefore,
  type PlannedInstance,
  type PlannedValues,
  type ValuePath,
} from './planned-values.js';

/** An IAM entity kind. */
export type EntityKind = EntityRef['kind'];

/** A string value after the change, with the plan's policy it is the ARN of, when it is one. */
export interface LinkedValue {
  /** The value, or why it is unknown. */
  value: Maybe<string>;
  /** The `aws_iam_policy` of the plan this value is the ARN of. */
  policy?: PlannedInstance;
}

/**
 * True when two documents are the same policy: Terraform often reports a diff that is only whitespace or key order
 * (the provider normalizes JSON one way, the configuration writes it another), which changes no access.
 */
export function sameDocument(a: DocumentValue | undefined, b: DocumentValue | undefined): boolean {
  if (a === undefined || b === undefined || isUnknown(a) || isUnknown(b)) return false;
  return a === b || documentFingerprint(a) === documentFingerprint(b);
}

const WANT_FOR: Record<EntityKind, Want> = { user: 'user-name', group: 'group-name', role: 'role-name' };

/** Shared state of one conversion. */
export class ConversionContext {
  /** The changes found, in plan order. */
  readonly changes: Change[] = [];
  /** The warnings. */
  readonly warnings: ChangeWarning[] = [];
  private readonly documents = new Map<string, DocumentValue | undefined>();
  private created?: Map<string, Set<string>>;
  private policiesByArn?: Map<string, PlannedInstance>;

  constructor(
    /** The plan file's name, for errors and warnings. */
    readonly source: string,
    /** The plan's instances. */
    readonly values: PlannedValues,
    /** Follows configuration references. */
    readonly resolver: PlanResolver,
    /** The account the plan applies to. */
    readonly account: PlanAccount,
    /** What exists now, when supplied. */
    readonly inventory: Inventory | undefined,
    /** The configuration, which tells set attributes from computed ones. */
    private readonly config: PlanConfiguration,
  ) {}

  /**
   * Whether the configuration sets an attribute of the resource: true, false, or undefined when the plan has no
   * configuration for it. Optional-and-computed attributes such as `managed_policy_arns` are exclusive only when
   * set.
   */
  configured(change: PlanResourceChange, attribute: string): boolean | undefined {
    if (!this.config.present) return undefined;
    const names = change.parsed.modules.map((m) => m.name);
    const expressions = this.config.expressions(names, configKey(change.mode, change.type, change.parsed.name));
    return expressions ? attribute in expressions : undefined;
  }

  /** Where a change comes from. */
  origin(change: PlanResourceChange): ChangeSource {
    return { origin: 'terraform', address: change.address };
  }

  /** Records a change. */
  emit(change: Change): void {
    this.changes.push(change);
  }

  /** Records a warning about a resource. */
  warn(kind: string, message: string, change?: PlanResourceChange): void {
    const warning: ChangeWarning = { kind, message };
    if (change) warning.source = this.origin(change);
    this.warnings.push(warning);
  }

  /** Throws a {@link UserError} naming the file, the resource and the attribute. */
  fail(change: PlanResourceChange, where: string, problem: string, hint?: string): never {
    throw new UserError(`${this.source}: ${change.address} (${where}): ${problem}`, hint);
  }

  /** The instance of a resource change (a deposed object gets one of its own). */
  instance(change: PlanResourceChange): PlannedInstance {
    const found = change.deposed === undefined ? this.values.get(change.address) : undefined;
    return found ?? instanceOfChange(change);
  }

  /** A string attribute before the change; absent, null and empty strings are undefined. */
  before(change: PlanResourceChange, path: ValuePath): string | undefined {
    const value = readBefore(change, path);
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  /**
   * A string attribute after the change: known, resolved through the configuration, or {@link Unknown} with the
   * reason. Undefined when it is not set.
   */
  after(change: PlanResourceChange, path: ValuePath, want: Want): LinkedValue | undefined {
    const instance = this.instance(change);
    const read = readAfter(instance, path);
    if (read.state === 'absent') return undefined;
    if (read.state === 'known') {
      if (typeof read.value !== 'string') {
        this.fail(
          change,
          `${change.path}.change.after.${pathText(path)}`,
          `must be a string, got ${describeValue(read.value)}`,
        );
      }
      if (read.value === '') return undefined;
      const policy = want === 'policy-arn' ? this.planPolicy(read.value) : undefined;
      return policy ? { value: read.value, policy } : { value: read.value };
    }
    const resolved = this.resolver.attribute(instance, path, want);
    if (isUnresolved(resolved)) {
      const value: Unknown = { unknown: resolved.unknown };
      return resolved.policy ? { value, policy: resolved.policy } : { value };
    }
    return resolved.policy ? { value: resolved.value, policy: resolved.policy } : { value: resolved.value };
  }

  /**
   * A list of strings after the change, each element known, resolved or unknown; {@link Unknown} when the list
   * itself is unknown; undefined when it is not set.
   */
  afterList(change: PlanResourceChange, attribute: string, want: Want): LinkedValue[] | Unknown | undefined {
    const instance = this.instance(change);
    const read = readAfter(instance, [attribute]);
    if (read.state === 'absent') return undefined;
    if (read.state === 'unknown') {
      const resolved = this.resolver.attribute(instance, [attribute], want);
      return {
        unknown: isUnresolved(resolved) ? resolved.unknown : `${change.address}.${attribute} is not known until apply`,
      };
    }
    if (!Array.isArray(read.value)) {
      this.fail(change, `${change.path}.change.after.${attribute}`, `must be a list, got ${describeValue(read.value)}`);
    }
    const out: LinkedValue[] = [];
    read.value.forEach((_, i) => {
      const element = this.after(change, [attribute, i], want);
      if (element) out.push(element);
    });
    return out;
  }

  /** A list of strings before the change. */
  beforeList(change: PlanResourceChange, attribute: string): string[] {
    const value = readBefore(change, [attribute]);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
  }

  /** The entity named by a value: a plain name, or an ARN (whose account then wins over the plan's). */
  entity(kind: EntityKind, value: Maybe<string>): Maybe<EntityRef> {
    if (isUnknown(value)) return value;
    const arn = /^arn:[a-z-]+:iam::(\d{12}):(user|group|role)\/(.+)$/.exec(value);
    const name = arn ? arn[3].slice(arn[3].lastIndexOf('/') + 1) : value;
    const accountId = arn ? arn[1] : this.account.accountId;
    return accountId === undefined ? { kind, name } : { kind, name, accountId };
  }

  /** The entity an attribute names after the change (an unset attribute is unknown: IAM requires it). */
  afterEntity(change: PlanResourceChange, path: ValuePath, kind: EntityKind): Maybe<EntityRef> {
    const value = this.after(change, path, WANT_FOR[kind]);
    return this.entity(kind, value ? value.value : { unknown: `${change.address}.${pathText(path)} is not set` });
  }

  /** The entity an attribute names before the change. */
  beforeEntity(change: PlanResourceChange, path: ValuePath, kind: EntityKind): Maybe<EntityRef> {
    const value = this.before(change, path);
    return this.entity(kind, value ?? { unknown: `${change.address}.${pathText(path)} was not set` });
  }

  /**
   * A JSON policy attribute parsed as a document: before the change, or after (resolved through the
   * configuration when unknown). Undefined when the attribute is not set.
   */
  document(
    change: PlanResourceChange,
    side: 'before' | 'after',
    path: ValuePath,
    kind: PolicyKind,
  ): DocumentValue | undefined {
    const key = `${change.path}|${change.address}|${side}|${pathText(path)}|${kind}`;
    if (this.documents.has(key)) return this.documents.get(key);
    const document = this.readDocument(change, side, path, kind);
    this.documents.set(key, document);
    return document;
  }

  private readDocument(
    change: PlanResourceChange,
    side: 'before' | 'after',
    path: ValuePath,
    kind: PolicyKind,
  ): DocumentValue | undefined {
    const where = `${change.path}.change.${side}.${pathText(path)}`;
    if (side === 'before') {
      const value = readBefore(change, path);
      if (value === undefined || value === '') return undefined;
      return this.parse(change, where, value, kind);
    }
    const instance = this.instance(change);
    const read = readAfter(instance, path);
    if (read.state === 'absent') return undefined;
    if (read.state === 'known') return read.value === '' ? undefined : this.parse(change, where, read.value, kind);
    const resolved = this.resolver.attribute(instance, path, 'document');
    if (isUnresolved(resolved)) return { unknown: resolved.unknown };
    const from = resolved.from ? `${where}, from ${resolved.from}` : where;
    return this.parse(change, from, resolved.value, kind);
  }

  private parse(change: PlanResourceChange, where: string, value: unknown, kind: PolicyKind): PolicyDocument {
    if (typeof value !== 'string') this.fail(change, where, `must be a JSON string, got ${describeValue(value)}`);
    let document: PolicyDocument;
    try {
      document = parsePolicyDocument(value, { kind });
    } catch (error) {
      if (error instanceof PolicyValidationError) this.fail(change, where, error.message, error.hint);
      throw error;
    }
    for (const statement of document.statements) statement.location = { address: change.address };
    return document;
  }

  /** The document a policy of the plan will have, when the plan creates or changes it. */
  planPolicyDocument(policy: PlannedInstance): DocumentValue | undefined {
    const action = policy.action;
    if (
      !policy.change ||
      (action !== 'create' && action !== 'update' && action !== 'replace' && action !== 'create-forget')
    )
      return undefined;
    return this.document(policy.change, 'after', ['policy'], 'identity');
  }

  /** The `aws_iam_policy` of the plan with this ARN, when there is one. */
  planPolicy(arn: string): PlannedInstance | undefined {
    if (!this.policiesByArn) {
      this.policiesByArn = new Map();
      for (const instance of this.values.all()) {
        if (instance.mode !== 'managed' || instance.type !== 'aws_iam_policy') continue;
        const resolved = this.resolver.policyArn(instance);
        if (!isUnresolved(resolved)) this.policiesByArn.set(resolved.value, instance);
        const before = readBefore(instance, ['arn']);
        if (typeof before === 'string' && !this.policiesByArn.has(before)) this.policiesByArn.set(before, instance);
      }
    }
    return this.policiesByArn.get(arn);
  }

  /** True when the plan creates (not replaces) the user, group, role or managed policy with this name. */
  createdInPlan(type: 'aws_iam_user' | 'aws_iam_group' | 'aws_iam_role' | 'aws_iam_policy', name: string): boolean {
    if (!this.created) {
      this.created = new Map();
      for (const instance of this.values.all()) {
        if (instance.mode !== 'managed' || instance.action !== 'create') continue;
        const value =
          instance.type === 'aws_iam_policy' ? this.resolver.policyArn(instance) : readAfter(instance, ['name']);
        const text = 'value' in value && typeof value.value === 'string' ? value.value : undefined;
        if (text === undefined) continue;
        const set = this.created.get(instance.type) ?? new Set<string>();
        set.add(text);
        this.created.set(instance.type, set);
      }
    }
    return this.created.get(type)?.has(name) ?? false;
  }

  /** The inventory's content of the plan's account, or why it is not available. */
  currentAccount(): AccountInventory | Unknown {
    if (!this.inventory) return { unknown: 'no inventory was supplied' };
    const id = this.account.accountId;
    if (id === undefined) return { unknown: `the account the plan applies to is not known (${this.account.how})` };
    return this.inventory.accounts.get(id) ?? { unknown: `account ${id} is not in the inventory` };
  }
}
