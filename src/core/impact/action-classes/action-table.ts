/**
 * Integer ids for actions and the catalog expansion of action patterns, for action planning.
 *
 * Ids `0 .. catalogSize - 1` are the AWS catalog's actions, grouped by service so that a pattern naming one service
 * only scans that service's range. Actions the catalog does not know (configured actions, recorded usage) get ids
 * after those, in the order they are first seen; ids are never reused. Every pattern is expanded over the catalog
 * once per process, whatever document or statement holds it.
 */
import { ACTIONS_BY_SERVICE } from '../../catalog/aws-catalog-data.js';
import type { Statement } from '../../policy/types.js';
import { compileGlob, type GlobMatcher } from '../../evaluate/wildcard.js';

/** The action table: catalog actions first, then actions the catalog does not know. */
export interface ActionTable {
  /** The number of catalog actions (ids below this are catalog actions). */
  readonly catalogSize: number;
  /** Display name by id: the catalog's casing, or the first spelling seen for unknown actions. */
  readonly names: string[];
  /** Lower-cased name by id. */
  readonly lower: string[];
  /** Id by lower-cased name. */
  readonly idByLower: Map<string, number>;
  /** The id range `[start, end)` of each catalog service (lower-case prefix). */
  readonly serviceRange: Map<string, readonly [number, number]>;
}

let table: ActionTable | undefined;

/** The process-wide action table, built on first use. */
export function actionTable(): ActionTable {
  if (table) return table;
  const names: string[] = [];
  const lower: string[] = [];
  const idByLower = new Map<string, number>();
  const serviceRange = new Map<string, readonly [number, number]>();
  for (const service of Object.keys(ACTIONS_BY_SERVICE)) {
    const start = names.length;
    const prefix = service.toLowerCase();
    for (const name of ACTIONS_BY_SERVICE[service]) {
      const display = `${prefix}:${name}`;
      const folded = display.toLowerCase();
      if (idByLower.has(folded)) continue;
      idByLower.set(folded, names.length);
      names.push(display);
      lower.push(folded);
    }
    serviceRange.set(prefix, [start, names.length]);
  }
  table = { catalogSize: names.length, names, lower, idByLower, serviceRange };
  return table;
}

/** The id of an action (any case); an action the catalog does not know gets a new id, kept for the process. */
export function actionId(action: string): number {
  const t = actionTable();
  const folded = action.toLowerCase();
  let id = t.idByLower.get(folded);
  if (id === undefined) {
    id = t.names.length;
    t.idByLower.set(folded, id);
    t.names.push(action);
    t.lower.push(folded);
  }
  return id;
}

/** Counters that show what the caches hold; tests use them to check that shared inputs are not recomputed. */
export interface ActionClassCacheStats {
  /** Patterns expanded over the catalog since the process started. */
  patternsExpanded: number;
  /** Statements expanded over the catalog. */
  statementsExpanded: number;
  /** Documents indexed (per granularity). */
  documentsIndexed: number;
}

/** The live counters (mutated by the caches). */
export const cacheStats: ActionClassCacheStats = { patternsExpanded: 0, statementsExpanded: 0, documentsIndexed: 0 };

const NO_IDS = new Int32Array(0);
const patternIds = new Map<string, Int32Array>();
const patternTests = new Map<string, GlobMatcher>();

function isWild(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A matcher for a lower-cased pattern, tested against lower-cased actions (for actions outside the catalog). */
export function patternTest(folded: string): GlobMatcher {
  let test = patternTests.get(folded);
  if (!test) {
    test = compileGlob(folded);
    patternTests.set(folded, test);
  }
  return test;
}

/** The catalog ids (ascending) an action pattern matches, case-insensitively. */
export function patternMatches(pattern: string): Int32Array {
  const folded = pattern.toLowerCase();
  const cached = patternIds.get(folded);
  if (cached) return cached;
  const t = actionTable();
  let ids: Int32Array;
  if (!isWild(folded)) {
    const id = t.idByLower.get(folded);
    ids = id !== undefined && id < t.catalogSize ? Int32Array.of(id) : NO_IDS;
  } else {
    const colon = folded.indexOf(':');
    const service = colon < 0 ? undefined : folded.slice(0, colon);
    let start = 0;
    let end = t.catalogSize;
    if (service !== undefined && !isWild(service)) {
      const range = t.serviceRange.get(service);
      [start, end] = range ?? [0, 0];
    }
    const test = patternTest(folded);
    const found: number[] = [];
    for (let id = start; id < end; id++) if (test(t.lower[id])) found.push(id);
    ids = found.length === 0 ? NO_IDS : Int32Array.from(found);
  }
  cacheStats.patternsExpanded++;
  patternIds.set(folded, ids);
  return ids;
}

/** What a statement's Action/NotAction covers. */
export interface StatementCoverage {
  /** The catalog ids (ascending) the statement covers: its Action matches, or every action its NotAction misses. */
  readonly ids: Int32Array;
  /** Whether the statement covers a lower-cased action (for actions outside the catalog). */
  readonly covers: (folded: string) => boolean;
  /** Whether the statement covers an action id. */
  readonly coversId: (id: number) => boolean;
}

const coverage = new WeakMap<Statement, StatementCoverage>();
const coverageByKey = new Map<string, StatementCoverage>();
const actionKeys = new WeakMap<Statement, string>();

/**
 * What decides a statement's coverage, as text: Action or NotAction and its patterns, case-folded. Statements with
 * one key cover the same actions, whichever document holds them (inline policies are parsed once per principal).
 */
export function actionListKey(statement: Statement): string {
  let key = actionKeys.get(statement);
  if (key === undefined) {
    const patterns = statement.actions ?? statement.notActions ?? [];
    key = `${statement.actions === undefined ? '!' : ''}${patterns.map((p) => p.toLowerCase()).join('\n')}`;
    actionKeys.set(statement, key);
  }
  return key;
}

/** True when the sorted array holds the value. */
export function sortedHas(ids: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether any of the patterns matches a lower-cased action. */
export function listTest(patterns: readonly string[]): (folded: string) => boolean {
  const tests = patterns.map((p) => patternTest(p.toLowerCase()));
  return (folded) => tests.some((test) => test(folded));
}

/** The catalog expansion of a statement's Action/NotAction, cached per statement object. */
export function statementCoverage(statement: Statement): StatementCoverage {
  const cached = coverage.get(statement);
  if (cached) return cached;
  const key = actionListKey(statement);
  const shared = coverageByKey.get(key);
  if (shared) {
    coverage.set(statement, shared);
    return shared;
  }
  const t = actionTable();
  const negate = statement.actions === undefined;
  const patterns = statement.actions ?? statement.notActions ?? [];
  const marks = new Uint8Array(t.catalogSize);
  for (const pattern of patterns) for (const id of patternMatches(pattern)) marks[id] = 1;
  const want = negate ? 0 : 1;
  const found: number[] = [];
  for (let id = 0; id < t.catalogSize; id++) if (marks[id] === want) found.push(id);
  const ids = Int32Array.from(found);
  const inList = listTest(patterns);
  const covers = negate ? (folded: string) => !inList(folded) : inList;
  const result: StatementCoverage = {
    ids,
    covers,
    coversId: (id) => (id < t.catalogSize ? sortedHas(ids, id) : covers(t.lower[id])),
  };
  cacheStats.statementsExpanded++;
  coverage.set(statement, result);
  coverageByKey.set(key, result);
  return result;
}
