/**
 * Terraform addresses and references, split into steps. A plan names resource instances by full address
 * (`module.iam["a"].aws_iam_role.r[0]`), while the `configuration` section names them relative to their module and
 * without instance keys (`aws_iam_role.r`); references inside expressions look like addresses followed by
 * attributes (`aws_iam_policy.x.arn`, `data.aws_iam_policy_document.d["k"].json`). Both are read with one tokenizer.
 */

/** An instance key: a `count` index or a `for_each` key. */
export type InstanceKey = string | number;

/** One step of an address or reference: a name, optionally followed by an instance key. */
export interface AddressStep {
  /** The name, for example `module`, `iam`, `aws_iam_role`, `arn`. */
  name: string;
  /** The key in brackets after the name, when there is one. */
  key?: InstanceKey;
  /** True when the brackets held a splat (`[*]`), which selects every instance. */
  splat?: boolean;
}

/** A resource instance address, split. */
export interface ResourceAddress {
  /** The module instances the resource sits in, outermost first. */
  modules: AddressStep[];
  /** `managed` for resources, `data` for data sources. */
  mode: 'managed' | 'data';
  /** The resource type, for example `aws_iam_role`. */
  type: string;
  /** The resource name in the configuration. */
  name: string;
  /** The instance key, for resources with `count` or `for_each`. */
  key?: InstanceKey;
}

const NAME = /[A-Za-z0-9_-]/;

/**
 * Splits an address or reference into steps, or returns undefined when the text is not one (for example a
 * reference with a computed index, which Terraform never writes into plan JSON anyway).
 */
export function parseSteps(text: string): AddressStep[] | undefined {
  const steps: AddressStep[] = [];
  let i = 0;
  while (i < text.length) {
    let name = '';
    while (i < text.length && NAME.test(text[i])) name += text[i++];
    if (name === '') return undefined;
    const step: AddressStep = { name };
    while (text[i] === '[') {
      const close = findClose(text, i);
      if (close < 0) return undefined;
      const inner = text.slice(i + 1, close);
      i = close + 1;
      // `x[0][1]` (a list of lists inside an attribute) is not something an IAM reference needs: give up on it.
      if (step.key !== undefined || step.splat) return undefined;
      if (inner === '*') {
        step.splat = true;
        continue;
      }
      const key = parseKey(inner);
      if (key === undefined) return undefined;
      step.key = key;
    }
    steps.push(step);
    if (i === text.length) break;
    if (text[i] !== '.') return undefined;
    i++;
    if (i === text.length) return undefined;
  }
  return steps.length > 0 ? steps : undefined;
}

function findClose(text: string, open: number): number {
  let i = open + 1;
  if (text[i] === '"') {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  }
  while (i < text.length && text[i] !== ']') i++;
  return i < text.length ? i : -1;
}

function parseKey(inner: string): InstanceKey | undefined {
  if (/^\d+$/.test(inner)) return Number(inner);
  if (inner.startsWith('"') && inner.endsWith('"') && inner.length >= 2) {
    try {
      const value: unknown = JSON.parse(inner);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return inner.slice(1, -1);
    }
  }
  return undefined;
}

/** The bracketed form of a key, as Terraform writes it in addresses. */
export function formatKey(key: InstanceKey | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** `module.a["x"].module.b`, or the empty string for the root module. */
export function formatModules(modules: readonly AddressStep[]): string {
  return modules.map((m) => `module.${m.name}${formatKey(m.key)}`).join('.');
}

/** Joins a module prefix and a module-relative address. */
export function joinAddress(prefix: string, relative: string): string {
  return prefix === '' ? relative : `${prefix}.${relative}`;
}

/** Splits a resource instance address, or returns undefined when it is not one. */
export function parseResourceAddress(address: string): ResourceAddress | undefined {
  const steps = parseSteps(address);
  if (!steps) return undefined;
  const modules: AddressStep[] = [];
  let i = 0;
  while (i + 1 < steps.length && steps[i].name === 'module' && steps[i].key === undefined) {
    modules.push(steps[i + 1]);
    i += 2;
  }
  let mode: 'managed' | 'data' = 'managed';
  if (steps[i]?.name === 'data' && steps[i].key === undefined && steps.length - i === 3) {
    mode = 'data';
    i++;
  }
  if (steps.length - i !== 2 || steps[i].key !== undefined) return undefined;
  const parsed: ResourceAddress = { modules, mode, type: steps[i].name, name: steps[i + 1].name };
  if (steps[i + 1].key !== undefined) parsed.key = steps[i + 1].key;
  return parsed;
}

/** The address of every instance of the resource: the module prefix, mode, type and name, without the key. */
export function baseAddress(address: ResourceAddress): string {
  const local = `${address.mode === 'data' ? 'data.' : ''}${address.type}.${address.name}`;
  return joinAddress(formatModules(address.modules), local);
}

/** The configuration key of a resource inside its module: `aws_iam_role.r` or `data.aws_iam_policy_document.d`. */
export function configKey(mode: 'managed' | 'data', type: string, name: string): string {
  return `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}
