/**
 * Every resource and data source instance the plan knows a value for, by address, so that a reference such as
 * `aws_iam_policy.x.arn` or `data.aws_iam_policy_document.d.json` can be looked up. Resource changes carry the
 * planned values with `after_unknown`; data sources read during planning appear only in `prior_state` (and in
 * `planned_values` with newer Terraform), so those sections are read too.
 */
import {
  baseAddress,
  formatKey,
  formatModules,
  parseResourceAddress,
  type AddressStep,
  type InstanceKey,
  type ResourceAddress,
} from './plan-address.js';
import { isJson, type Json, type PlanAction, type PlanResourceChange } from './plan-structure.js';

/** One instance with its values. */
export interface PlannedInstance {
  /** The full instance address. */
  address: string;
  /** The address, split. */
  parsed: ResourceAddress;
  /** The address without the instance key. */
  base: string;
  /** The module instance prefix (`module.a["x"]`), empty at the root. */
  modulePrefix: string;
  /** The resource type. */
  type: string;
  /** `managed` or `data`. */
  mode: 'managed' | 'data';
  /** The planned action, for instances that have a resource change. */
  action?: PlanAction;
  /** The values before the change, for resource changes. */
  before?: Json;
  /** The values after the change (or the current values for data sources read during planning). */
  after?: Json;
  /** `after_unknown`, for resource changes; `{}` elsewhere (those sections omit unknown values). */
  afterUnknown: unknown;
  /** The resource change, when there is one. */
  change?: PlanResourceChange;
}

/** The result of reading an attribute after the change. */
export type AttributeRead = { state: 'known'; value: unknown } | { state: 'unknown' } | { state: 'absent' };

/** Path steps inside a resource's values: attribute names and list indexes. */
export type ValuePath = readonly (string | number)[];

function step(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? value[key] : undefined;
  return isJson(value) ? value[key] : undefined;
}

/** Reads a value after the change, telling unknown (computed during apply) from unset. */
export function readAfter(instance: Pick<PlannedInstance, 'after' | 'afterUnknown'>, path: ValuePath): AttributeRead {
  let value: unknown = instance.after;
  let unknown: unknown = instance.afterUnknown;
  for (const key of path) {
    if (unknown === true) return { state: 'unknown' };
    value = step(value, key);
    unknown = step(unknown, key);
  }
  if (unknown === true) return { state: 'unknown' };
  if (value === undefined || value === null) return { state: 'absent' };
  return { state: 'known', value };
}

/** Reads a value before the change. */
export function readBefore(instance: Pick<PlannedInstance, 'before'>, path: ValuePath): unknown {
  let value: unknown = instance.before;
  for (const key of path) value = step(value, key);
  return value ?? undefined;
}

/** The planned instance a resource change describes, with `after` as given (defaults differ between callers). */
export function instanceOfChange(change: PlanResourceChange, after: Json | undefined = change.after): PlannedInstance {
  return {
    address: change.address,
    parsed: change.parsed,
    base: baseAddress(change.parsed),
    modulePrefix: formatModules(change.parsed.modules),
    type: change.type,
    mode: change.mode,
    action: change.action,
    before: change.before,
    after,
    afterUnknown: change.afterUnknown,
    change,
  };
}

/** Every instance of the plan, by address. */
export class PlannedValues {
  private readonly byAddress = new Map<string, PlannedInstance>();
  private readonly byBase = new Map<string, PlannedInstance[]>();
  private readonly moduleChildren = new Map<string, Map<string, AddressStep>>();

  constructor(plan: Json, changes: readonly PlanResourceChange[]) {
    // Later sections win: prior_state < planned_values < resource_changes, from least to most precise.
    this.addModule(step(step(plan.prior_state, 'values'), 'root_module'));
    this.addModule(step(plan.planned_values, 'root_module'));
    for (const change of changes) {
      if (change.deposed !== undefined) continue;
      this.add(instanceOfChange(change, change.after ?? (change.action === 'delete' ? undefined : {})));
    }
  }

  private addModule(module: unknown, prefix = ''): void {
    if (!isJson(module)) return;
    const address = typeof module.address === 'string' ? module.address : prefix;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (!isJson(resource) || typeof resource.address !== 'string') continue;
      // Terraform 0.12 wrote child-module resource addresses relative to the module.
      const full =
        address !== '' && !resource.address.startsWith(`${address}.`)
          ? `${address}.${resource.address}`
          : resource.address;
      const parsed = parseResourceAddress(full);
      if (!parsed || !isJson(resource.values)) continue;
      this.add({
        address: full,
        parsed,
        base: baseAddress(parsed),
        modulePrefix: formatModules(parsed.modules),
        type: parsed.type,
        mode: parsed.mode,
        after: resource.values,
        afterUnknown: {},
      });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) this.addModule(child, address);
  }

  private add(instance: PlannedInstance): void {
    const previous = this.byAddress.get(instance.address);
    this.byAddress.set(instance.address, instance);
    if (previous) {
      const list = this.byBase.get(instance.base) ?? [];
      list[list.indexOf(previous)] = instance;
    } else {
      const list = this.byBase.get(instance.base);
      if (list) list.push(instance);
      else this.byBase.set(instance.base, [instance]);
    }
    const modules = instance.parsed.modules;
    for (let depth = 0; depth < modules.length; depth++) {
      const key = `${formatModules(modules.slice(0, depth))}|${modules[depth].name}`;
      const children = this.moduleChildren.get(key) ?? new Map<string, AddressStep>();
      children.set(formatKey(modules[depth].key), modules[depth]);
      this.moduleChildren.set(key, children);
    }
  }

  /** The instance at an address. */
  get(address: string): PlannedInstance | undefined {
    return this.byAddress.get(address);
  }

  /** Every instance of a resource (its address without key). */
  instancesOf(base: string): readonly PlannedInstance[] {
    return this.byBase.get(base) ?? [];
  }

  /** Every instance, in insertion order. */
  all(): IterableIterator<PlannedInstance> {
    return this.byAddress.values();
  }

  /**
   * The instance prefixes of module `call` under the module instance `parent` that hold any planned instance: one
   * for a module without `count`/`for_each`, one per key otherwise. `key` narrows to one instance.
   */
  moduleInstances(parent: string, call: string, key?: InstanceKey): AddressStep[] {
    const list = [...(this.moduleChildren.get(`${parent}|${call}`)?.values() ?? [])];
    return key === undefined ? list : list.filter((step) => step.key === key);
  }
}
