/**
 * The config's `scenarios` and `actions` sections: custom credential scenarios next to the built-in ones, and
 * actions to check for every affected principal whatever the change mentions.
 *
 * ```yaml
 * scenarios:
 *   - id: ci-oidc                       # kebab-case, unique, not a built-in id
 *     description: GitHub Actions OIDC role session
 *     applies-to: [role]                # user and/or role
 *     role-session: true                # the caller is an assumed-role session (default: true for roles only)
 *     context:                          # request context keys; a list is a multi-valued key
 *       aws:MultiFactorAuthPresent: "false"
 *       aws:SourceIp: 192.0.2.10
 * actions: [s3:PutObject, iam:CreateVirtualMFADevice]
 * ```
 */
import type { ConfigSection } from '../changes/config/config-types.js';
import { UserError } from '../errors.js';
import type { ContextValue } from '../evaluate/request.js';
import type { PrincipalKind } from '../inventory/inventory-index.js';
import { BUILT_IN_SCENARIOS, type Scenario } from './scenarios.js';

const SCENARIO_KEYS = new Set(['id', 'description', 'applies-to', 'role-session', 'context']);

function where(section: ConfigSection, file: string, label: string, path: readonly (string | number)[]): string {
  const line = path.length === 0 ? section.line : section.lineOf(path);
  return `${file}${line ? `:${line}` : ''}: ${label}`;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The built-in scenarios followed by the config's custom ones. Errors name the file, line and field. */
export function parseScenarios(section: ConfigSection | undefined, file: string): Scenario[] {
  if (!section) return [...BUILT_IN_SCENARIOS];
  if (!Array.isArray(section.value))
    throw new UserError(
      `${where(section, file, 'scenarios', [])}: must be a list of scenarios`,
      'see docs/config.md, "scenarios"',
    );
  const ids = new Set(BUILT_IN_SCENARIOS.map((s) => s.id));
  const custom = section.value.map((raw: unknown, index: number): Scenario => {
    const label = `scenarios[${index}]`;
    const fail = (field: string, problem: string, path: readonly (string | number)[] = [index, field]): never => {
      throw new UserError(`${where(section, file, field ? `${label}.${field}` : label, path)}: ${problem}`);
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('', 'must be a mapping', [index]);
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry))
      if (!SCENARIO_KEYS.has(key)) fail(key, `unknown field (allowed: ${[...SCENARIO_KEYS].join(', ')})`);
    const id = entry.id;
    if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      return fail('id', 'must be a kebab-case id such as ci-oidc');
    if (ids.has(id)) fail('id', `"${id}" is already a scenario id`);
    ids.add(id);
    const description = entry.description === undefined ? id : scalar(entry.description);
    if (description === undefined) fail('description', 'must be a string');
    const appliesRaw = entry['applies-to'] ?? ['user', 'role'];
    const appliesTo = (Array.isArray(appliesRaw) ? appliesRaw : [appliesRaw]).map((k): PrincipalKind => {
      if (k !== 'user' && k !== 'role') return fail('applies-to', 'must list user and/or role');
      return k;
    });
    if (entry['role-session'] !== undefined && typeof entry['role-session'] !== 'boolean')
      fail('role-session', 'must be true or false');
    const roleSession =
      (entry['role-session'] as boolean | undefined) ?? (appliesTo.length === 1 && appliesTo[0] === 'role');
    const context: Record<string, ContextValue> = Object.create(null) as Record<string, ContextValue>;
    if (entry.context !== undefined) {
      if (typeof entry.context !== 'object' || entry.context === null || Array.isArray(entry.context))
        return fail('context', 'must be a mapping of condition keys to values');
      for (const [key, value] of Object.entries(entry.context as Record<string, unknown>)) {
        const single = scalar(value);
        if (single !== undefined) context[key] = single;
        else if (Array.isArray(value) && value.every((v) => scalar(v) !== undefined))
          context[key] = value.map((v) => scalar(v) as string);
        else fail(`context.${key}`, 'must be a string, number, boolean or a list of them', [index, 'context', key]);
      }
    }
    return { id, description: description as string, appliesTo, roleSession, context };
  });
  return [...BUILT_IN_SCENARIOS, ...custom];
}

/** The config's extra actions to check. */
export function parseActions(section: ConfigSection | undefined, file: string): string[] {
  if (!section) return [];
  if (!Array.isArray(section.value))
    throw new UserError(`${where(section, file, 'actions', [])}: must be a list of actions such as s3:PutObject`);
  return section.value.map((value: unknown, i: number) => {
    if (typeof value !== 'string' || !/^[A-Za-z0-9-]+:[A-Za-z0-9]+$/.test(value)) {
      throw new UserError(
        `${where(section, file, `actions[${i}]`, [i])}: must be an action without wildcards, such as s3:PutObject`,
      );
    }
    return value;
  });
}
