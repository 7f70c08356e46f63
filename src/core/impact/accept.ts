/**
 * The `accept` list of the config: losses the team knowingly accepts. An accepted finding stays in the report, with
 * its reason, and does not fail the check. An acceptance past its `expires` date covers nothing and is reported, so
 * that a temporary exception cannot quietly become permanent.
 *
 * ```yaml
 * accept:
 *   - principal: "arn:aws:iam::*:user/batch-*"   # glob on the principal ARN (default *)
 *     action: "s3:*"                              # glob on the action, case-insensitive (default *)
 *     scenario: access-key                        # glob on the scenario id (default *)
 *     reason: "batch jobs move to MFA sessions by 2026-12-31"
 *     expires: 2026-12-31                         # optional, inclusive
 * ```
 */
import type { ConfigSection } from '../changes/config/config-types.js';
import { UserError } from '../errors.js';
import { compileGlob, type GlobMatcher } from '../evaluate/wildcard.js';
import type { Finding } from './report-types.js';

/** One validated accept entry. */
export interface AcceptEntry {
  /** 0-based position in the list, for messages. */
  index: number;
  principal: string;
  action: string;
  scenario: string;
  reason: string;
  /** `YYYY-MM-DD`, inclusive. */
  expires?: string;
  /** The config line of the entry, when known. */
  line?: number;
}

const KEYS = new Set(['principal', 'action', 'scenario', 'reason', 'expires']);

/** Validates the `accept` section. Errors name the config file, the line and the field. */
export function parseAcceptList(section: ConfigSection | undefined, file: string): AcceptEntry[] {
  if (!section) return [];
  // Paths inside the section, as the config reader numbers them ([2, 'reason'] is accept[2].reason).
  const where = (label: string, path: readonly (string | number)[] = []) => {
    const line = path.length === 0 ? section.line : section.lineOf(path);
    return `${file}${line ? `:${line}` : ''}: ${label}`;
  };
  if (!Array.isArray(section.value)) {
    throw new UserError(`${where('accept')}: must be a list of entries`, 'see docs/config.md, "accept"');
  }
  return section.value.map((raw: unknown, index: number): AcceptEntry => {
    const label = `accept[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new UserError(
        `${where(label, [index])}: must be a mapping with principal, action, scenario, reason and expires`,
      );
    }
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!KEYS.has(key)) {
        throw new UserError(
          `${where(`${label}.${key}`, [index, key])}: unknown field`,
          `allowed fields: ${[...KEYS].join(', ')}`,
        );
      }
    }
    const text = (key: string, fallback?: string): string => {
      const value = entry[key];
      if (value === undefined && fallback !== undefined) return fallback;
      if (typeof value !== 'string' || value.trim() === '') {
        throw new UserError(`${where(`${label}.${key}`, [index, key])}: must be a non-empty string`);
      }
      return value;
    };
    const result: AcceptEntry = {
      index,
      principal: text('principal', '*'),
      action: text('action', '*'),
      scenario: text('scenario', '*'),
      reason: text('reason'),
    };
    const line = section.lineOf([index]);
    if (line) result.line = line;
    if (entry.expires !== undefined) {
      // YAML reads an unquoted date as a Date.
      const value = entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : entry.expires;
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new UserError(`${where(`${label}.expires`, [index, 'expires'])}: must be a date such as 2026-12-31`);
      }
      result.expires = value;
    }
    return result;
  });
}

/** An acceptance that has expired, for the report. */
export interface ExpiredAcceptance {
  entry: AcceptEntry;
  /** How many findings it would have covered. */
  findings: number;
}

/**
 * Marks the findings the accept list covers (lost and gained only: an incomplete evaluation cannot be accepted
 * away). Returns the expired entries that matched findings.
 */
export function applyAcceptList(findings: Finding[], entries: readonly AcceptEntry[], now: Date): ExpiredAcceptance[] {
  const today = now.toISOString().slice(0, 10);
  const compiled = entries.map((entry) => ({
    entry,
    principal: compileGlob(entry.principal) as GlobMatcher,
    action: compileGlob(entry.action, true),
    scenario: compileGlob(entry.scenario),
    expired: entry.expires !== undefined && entry.expires < today,
    hits: 0,
  }));
  for (const finding of findings) {
    if (finding.change === 'incomplete') continue;
    for (const c of compiled) {
      if (!c.principal(finding.principal) || !c.scenario(finding.scenario)) continue;
      // A finding stands for a class of actions: the acceptance must cover every example named.
      const actions = finding.actionClass?.examples ?? [finding.action];
      if (!actions.every((a) => c.action(a))) continue;
      c.hits++;
      if (c.expired) continue;
      finding.accepted = true;
      finding.acceptedReason = c.entry.reason;
      break;
    }
  }
  return compiled.filter((c) => c.expired && c.hits > 0).map((c) => ({ entry: c.entry, findings: c.hits }));
}
