/**
 * Reads a report written by `iam-impact plan --format json` back into the report model, checking every field the
 * merge relies on. A file from another schema version, or one that is not a report at all, is a user error naming
 * the file and the JSON path, never a silently wrong merge.
 */
import { UserError } from '../errors.js';
import {
  REPORT_SCHEMA_VERSION,
  type CheckResult,
  type Finding,
  type ImpactReport,
  type ReportSummary,
} from '../impact/report-types.js';

type Json = Record<string, unknown>;

const HINT = 'pass report files written by iam-impact plan --format json (or audit) of this iam-impact version';

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one value at a JSON path of a file. */
class Reader {
  constructor(private readonly source: string) {}

  fail(path: string, problem: string): never {
    throw new UserError(`${this.source}: ${path}: ${problem}`, HINT);
  }

  record(value: unknown, path: string): Json {
    if (!isRecord(value)) this.fail(path, value === undefined ? 'missing' : 'must be an object');
    return value;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, value === undefined ? 'missing' : 'must be an array');
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') this.fail(path, value === undefined ? 'missing' : 'must be a string');
    return value;
  }

  count(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      this.fail(path, value === undefined ? 'missing' : 'must be a whole number');
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    const found = allowed.find((a) => a === value);
    if (found === undefined)
      this.fail(
        path,
        value === undefined
          ? 'missing'
          : `must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, got ${JSON.stringify(value) ?? 'nothing'}`,
      );
    return found;
  }
}

const SUMMARY_FIELDS: readonly (keyof ReportSummary)[] = [
  'principals',
  'decisions',
  'lost',
  'gained',
  'incomplete',
  'accepted',
  'principalsLosingAccess',
  'principalsGainingAccess',
  'principalsIncomplete',
];
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny', 'unknown'] as const;

function readFinding(r: Reader, value: unknown, path: string): Finding {
  const f = r.record(value, path);
  r.oneOf(f.change, `${path}.change`, ['lost', 'gained', 'incomplete'] as const);
  for (const key of ['principal', 'account', 'scenario', 'action', 'resource'] as const)
    r.string(f[key], `${path}.${key}`);
  r.oneOf(f.before, `${path}.before`, DECISIONS);
  r.oneOf(f.after, `${path}.after`, DECISIONS);
  r.string(r.record(f.cause, `${path}.cause`).summary, `${path}.cause.summary`);
  if (typeof f.accepted !== 'boolean')
    r.fail(`${path}.accepted`, f.accepted === undefined ? 'missing' : 'must be true or false');
  if (f.principalKind !== undefined) r.oneOf(f.principalKind, `${path}.principalKind`, ['user', 'role'] as const);
  if (f.actionClass !== undefined) {
    const c = r.record(f.actionClass, `${path}.actionClass`);
    r.count(c.size, `${path}.actionClass.size`);
    r.array(c.examples, `${path}.actionClass.examples`).forEach((e, i) =>
      r.string(e, `${path}.actionClass.examples[${i}]`),
    );
  }
  return f as unknown as Finding;
}

function readCheck(r: Reader, value: unknown, path: string): CheckResult {
  const c = r.record(value, path);
  r.string(c.id, `${path}.id`);
  r.string(c.principal, `${path}.principal`);
  r.oneOf(c.status, `${path}.status`, ['pass', 'fail', 'warn'] as const);
  r.string(c.detail, `${path}.detail`);
  return c as unknown as CheckResult;
}

/**
 * Validates a parsed report file. `source` names the file in errors (`partial-2.json: findings[3].principal:
 * missing`).
 */
export function parseImpactReport(value: unknown, source: string): ImpactReport {
  const r: Reader = new Reader(source);
  if (!isRecord(value)) throw new UserError(`${source}: not a report (the top level must be an object)`, HINT);
  if (value.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new UserError(
      `${source}: schemaVersion: ${value.schemaVersion === undefined ? 'missing' : JSON.stringify(value.schemaVersion)}; this iam-impact reads schema version ${REPORT_SCHEMA_VERSION}`,
      'merge reports written by the same iam-impact version as the one merging them',
    );
  }
  const generatedAt = r.string(value.generatedAt, 'generatedAt');
  if (Number.isNaN(Date.parse(generatedAt))) r.fail('generatedAt', `must be an ISO 8601 time, got "${generatedAt}"`);
  const summary = r.record(value.summary, 'summary');
  for (const key of SUMMARY_FIELDS) r.count(summary[key], `summary.${key}`);
  r.array(value.findings, 'findings').forEach((f, i) => readFinding(r, f, `findings[${i}]`));
  r.array(value.checks, 'checks').forEach((c, i) => readCheck(r, c, `checks[${i}]`));
  const backend = r.record(value.backend, 'backend');
  r.oneOf(backend.name, 'backend.name', ['local', 'aws'] as const);
  r.count(backend.apiCalls, 'backend.apiCalls');
  r.array(backend.notes, 'backend.notes').forEach((n, i) => r.string(n, `backend.notes[${i}]`));
  r.array(value.warnings, 'warnings').forEach((w, i) => {
    const warning = r.record(w, `warnings[${i}]`);
    r.string(warning.kind, `warnings[${i}].kind`);
    r.string(warning.message, `warnings[${i}].message`);
  });
  r.array(value.scenarios, 'scenarios').forEach((s, i) => {
    const scenario = r.record(s, `scenarios[${i}]`);
    r.string(scenario.id, `scenarios[${i}].id`);
    r.string(scenario.description, `scenarios[${i}].description`);
  });
  return value as unknown as ImpactReport;
}
