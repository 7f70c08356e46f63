/**
 * The report as JSON (`--format json` and the JSON report file): pretty-printed, keys in the order the schema
 * (report-types.ts) declares them, so that the same report always prints the same bytes. Fields the schema does not
 * know yet (a newer planner may add some) follow the known ones in alphabetical order; `undefined` fields are left
 * out. Arrays keep the order the planner gave.
 */
import type { ImpactReport } from '../impact/report-types.js';

type Shape = readonly (string | readonly [string, Order])[];
/** How an object's keys are ordered: its known keys in order, each with the order of its value when it is nested. */
interface Order {
  keys: Shape;
  /** The value is an array of such objects. */
  array?: boolean;
}

const SOURCE: Order = { keys: ['origin', 'file', 'line', 'address'] };
const CAUSE: Order = {
  keys: ['summary', 'layer', 'policy', 'level', 'statementIndex', 'sid', 'file', 'line', 'address'],
};
const ACTION_CLASS: Order = { keys: ['size', 'examples'] };
const FINDING: Order = {
  array: true,
  keys: [
    'change',
    'principal',
    'account',
    'scenario',
    'action',
    'resource',
    'before',
    'after',
    ['cause', CAUSE],
    'hint',
    'accepted',
    'acceptedReason',
    ['actionClass', ACTION_CLASS],
    'principalKind',
  ],
};
const REPORT: Order = {
  keys: [
    'schemaVersion',
    'generatedAt',
    [
      'summary',
      {
        keys: [
          'principals',
          'decisions',
          'lost',
          'gained',
          'incomplete',
          'accepted',
          'principalsLosingAccess',
          'principalsGainingAccess',
          'principalsIncomplete',
        ],
      },
    ],
    ['findings', FINDING],
    ['checks', { array: true, keys: ['id', 'principal', 'status', 'detail'] }],
    ['backend', { keys: ['name', 'apiCalls', 'notes'] }],
    ['warnings', { array: true, keys: ['kind', 'message', ['source', SOURCE]] }],
    ['scenarios', { array: true, keys: ['id', 'description'] }],
  ],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy whose keys are in order; values outside the schema are copied with their keys sorted. */
function ordered(value: unknown, order: Order | undefined): unknown {
  if (Array.isArray(value)) {
    const item = order?.array ? { keys: order.keys } : undefined;
    return value.map((v) => ordered(v, item));
  }
  if (!isRecord(value)) return value;
  // No prototype: a `__proto__` key of the input is copied as a key, not as a prototype.
  const out = Object.create(null) as Record<string, unknown>;
  const known = new Set<string>();
  for (const entry of order?.keys ?? []) {
    const [key, nested] = typeof entry === 'string' ? [entry, undefined] : entry;
    known.add(key);
    if (Object.prototype.hasOwnProperty.call(value, key) && value[key] !== undefined) {
      out[key] = ordered(value[key], nested);
    }
  }
  for (const key of Object.keys(value).sort()) {
    if (!known.has(key) && value[key] !== undefined) out[key] = ordered(value[key], undefined);
  }
  return out;
}

/** The report as stable, pretty JSON, ending with a newline. */
export function reportJson(report: ImpactReport): string {
  return `${JSON.stringify(ordered(report, REPORT), null, 2)}\n`;
}
