/**
 * Validates the outer shape of `terraform show -json` output and turns `resource_changes[]` into typed records.
 * Only what iam-impact relies on is checked, because the format promises that a consumer may ignore properties it
 * does not know within a major version; everything that is checked fails with the file and the JSON path.
 */
import { UserError } from '../../errors.js';
import type { ChangeWarning } from '../change-set.js';
import { parseResourceAddress, type ResourceAddress } from './plan-address.js';

/** A JSON object. */
export type Json = Record<string, unknown>;

/**
 * What Terraform will do to one resource instance, from its `actions` list. `replace` destroys first unless
 * `createFirst` (create_before_destroy); `create-forget` creates a new object and leaves the old one in AWS.
 */
export type PlanAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'replace' | 'forget' | 'create-forget';

/** One entry of `resource_changes`. */
export interface PlanResourceChange {
  /** The JSON path of the entry, for errors: `resource_changes[3]`. */
  path: string;
  /** The full instance address, for example `module.iam.aws_iam_policy.x[0]`. */
  address: string;
  /** The address, split. */
  parsed: ResourceAddress;
  /** `managed` or `data`. */
  mode: 'managed' | 'data';
  /** The resource type. */
  type: string;
  /** The action. */
  action: PlanAction;
  /** For `replace`: true when the new object is created before the old one is destroyed. */
  createFirst: boolean;
  /** The values before (absent on create). */
  before: Json | undefined;
  /** The known values after (absent on delete); unknown ones are missing or null. */
  after: Json | undefined;
  /** `after_unknown`: the same structure, `true` where the value is unknown until apply. */
  afterUnknown: unknown;
  /** The deposed object key, for changes to a deposed (create_before_destroy leftover) object. */
  deposed?: string;
}

/** The plan, validated. */
export interface PlanStructure {
  /** The raw plan object. */
  plan: Json;
  /** The resource changes, in plan order. */
  changes: PlanResourceChange[];
  /** Warnings about the format itself. */
  warnings: ChangeWarning[];
}

/** The format majors this reader understands; Terraform bumps the major only for incompatible changes. */
const SUPPORTED_MAJORS = [0, 1];

/** `actions` lists Terraform writes (internal/command/jsonplan/plan.go), by their joined form. */
const ACTIONS: Record<string, { action: PlanAction; createFirst?: boolean }> = {
  'no-op': { action: 'no-op' },
  create: { action: 'create' },
  read: { action: 'read' },
  update: { action: 'update' },
  delete: { action: 'delete' },
  'delete,create': { action: 'replace' },
  'create,delete': { action: 'replace', createFirst: true },
  forget: { action: 'forget' },
  'create,forget': { action: 'create-forget' },
};

/** True for a JSON object (not an array, not null). */
export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a JSON value, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Throws a {@link UserError} naming the plan file and the JSON path. */
export function failAt(source: string, path: string, problem: string, hint?: string): never {
  throw new UserError(`${source}: ${path ? `${path}: ` : ''}${problem}`, hint);
}

const PLAN_HINT =
  'give the output of `terraform show -json PLANFILE` for a plan saved with `terraform plan -out PLANFILE`';

/** Validates the plan's shape and reads its resource changes. */
export function readPlanStructure(plan: unknown, source: string): PlanStructure {
  if (!isJson(plan))
    failAt(source, '', `a Terraform plan must be a JSON object, got ${describeValue(plan)}`, PLAN_HINT);
  const warnings: ChangeWarning[] = [];
  const version = plan.format_version;
  if (version === undefined) {
    warnings.push({
      kind: 'legacy-plan-format',
      message: `${source} has no format_version: it is read as a legacy (0.x) plan; check the result against the plan`,
    });
  } else {
    const major = typeof version === 'string' && /^\d+(\.\d+)*$/.test(version) ? Number(version.split('.')[0]) : NaN;
    if (!SUPPORTED_MAJORS.includes(major)) {
      failAt(
        source,
        'format_version',
        `plan format ${typeof version === 'string' ? JSON.stringify(version) : describeValue(version)} is not supported: iam-impact reads format major versions ${SUPPORTED_MAJORS.join(' and ')}`,
        'use a Terraform version whose `terraform show -json` writes format 0.x or 1.x, or upgrade iam-impact',
      );
    }
  }
  const raw = plan.resource_changes;
  if (raw === undefined) {
    // Terraform omits `resource_changes` when nothing changes, but a plan always has `planned_values` or
    // `configuration`; without any of them the file is something else (a state file, a policy, …).
    if (!('planned_values' in plan) && !('configuration' in plan) && !('prior_state' in plan)) {
      failAt(source, 'resource_changes', 'is missing: this does not look like a Terraform plan', PLAN_HINT);
    }
    return { plan, changes: [], warnings };
  }
  if (!Array.isArray(raw)) failAt(source, 'resource_changes', `must be an array, got ${describeValue(raw)}`, PLAN_HINT);
  const changes = raw.map((entry, i) => readResourceChange(entry, `resource_changes[${i}]`, source));
  return { plan, changes, warnings };
}

function readResourceChange(entry: unknown, path: string, source: string): PlanResourceChange {
  if (!isJson(entry)) failAt(source, path, `must be an object, got ${describeValue(entry)}`);
  const address = entry.address;
  if (typeof address !== 'string' || address === '')
    failAt(source, `${path}.address`, `must be a non-empty string, got ${describeValue(address)}`);
  const parsed = parseResourceAddress(address);
  if (!parsed) failAt(source, `${path}.address`, `"${address}" is not a resource address`);
  const mode = entry.mode ?? parsed.mode;
  if (mode !== 'managed' && mode !== 'data')
    failAt(source, `${path}.mode`, `must be "managed" or "data", got ${describeValue(mode)}`);
  const type = entry.type ?? parsed.type;
  if (typeof type !== 'string' || type === '')
    failAt(source, `${path}.type`, `must be a non-empty string, got ${describeValue(type)}`);
  const change = entry.change;
  if (!isJson(change)) failAt(source, `${path}.change`, `must be an object, got ${describeValue(change)}`);
  const actions = change.actions;
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) {
    failAt(source, `${path}.change.actions`, `must be an array of strings, got ${describeValue(actions)}`);
  }
  const known = ACTIONS[actions.join(',')];
  if (!known) {
    failAt(
      source,
      `${path}.change.actions`,
      `${address}: unknown action list ${JSON.stringify(actions)}`,
      `expected one of ${Object.keys(ACTIONS)
        .map((k) => JSON.stringify(k.split(',')))
        .join(', ')}; a newer Terraform may need a newer iam-impact`,
    );
  }
  for (const side of ['before', 'after'] as const) {
    const value = change[side];
    if (value !== undefined && value !== null && !isJson(value))
      failAt(source, `${path}.change.${side}`, `must be an object or null, got ${describeValue(value)}`);
  }
  const record: PlanResourceChange = {
    path,
    address,
    parsed,
    mode,
    type,
    action: known.action,
    createFirst: known.createFirst === true,
    before: isJson(change.before) ? change.before : undefined,
    after: isJson(change.after) ? change.after : undefined,
    afterUnknown: change.after_unknown ?? {},
  };
  if (typeof entry.deposed === 'string') record.deposed = entry.deposed;
  return record;
}
