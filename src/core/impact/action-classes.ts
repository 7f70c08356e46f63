/**
 * Action planning: which actions to evaluate for a principal, and how few evaluations suffice.
 *
 * The candidates are the catalog actions the changed statements cover (their Action patterns, or every action their
 * NotAction misses), plus any extra actions. Enumerating them one by one would be wasteful: a `Deny *` SCP covers
 * the whole catalog. Instead the candidates are partitioned into equivalence classes by their signature, the set of
 * (document, statement, pattern) slots that match them across every document that applies to the principal. The
 * engine decides an action only through which statements' Action/NotAction cover it, so actions with one signature
 * get one decision and one explanation: evaluating one representative per class is enough.
 *
 * The engine also looks at the action itself in two places, and the planner splits classes there so that the
 * invariant still holds:
 * - a role's trust policy guards `sts:AssumeRole` and its kin, and a key policy guards `kms:*`, when the resource is
 *   a role or key ARN: a class evaluated on a resource other than `*` is split into trust actions, KMS actions and
 *   the rest;
 * - RCPs govern only some services: pass {@link ActionClassInput.rcpAppliesToService} (the engine's own option)
 *   when the documents include RCPs, and classes are split by it.
 * Anything else that makes the decision depend on the action (a request context built per action, with
 * service-specific condition keys, or a resource chosen per action's resource type) is outside what signatures see:
 * callers that do so pass {@link ActionClassInput.splitBy}.
 *
 * Cost: every pattern is expanded over the catalog once per process, every document is partitioned once per
 * document object and once per distinct action list (documents are shared between principals, and an inline policy
 * repeated on many principals has one action list), and a principal's classes then cost about one lookup per
 * (candidate, document) pair. The documents many principals share (their SCP and RCP path:
 * {@link ActionClassInput.sharedDocuments}) are applied once, and every principal starts from their partition.
 */
import { TRUST_ACTIONS } from '../evaluate/evaluate.js';
import type { PolicyDocument, Statement } from '../policy/types.js';
import {
  actionId,
  actionTable,
  cacheStats,
  statementCoverage,
  type ActionClassCacheStats,
  type StatementCoverage,
} from './action-classes/action-table.js';
import { documentIndex, type Granularity } from './action-classes/document-index.js';

export type { ActionClassCacheStats } from './action-classes/action-table.js';
export type { Granularity } from './action-classes/document-index.js';

/** What to plan actions for: one principal's documents and the statements that changed. */
export interface ActionClassInput {
  /**
   * Every document that applies to the principal, before AND after the change (identity, boundary, session, each
   * SCP level, RCPs, resource policy). The signature of an action is over all of them.
   */
  documents: readonly PolicyDocument[];
  /**
   * The statements whose change could change a decision (the changed statements of changed documents, before and
   * after; or all statements of an added/removed document). The candidate actions are the catalog actions their
   * Action/NotAction cover (NotAction: every catalog action NOT matched by the list). They should belong to
   * `documents`: an action no statement of `documents` covers is dropped, since it is implicitly denied both before
   * and after.
   */
  changedStatements: readonly Statement[];
  /** Extra actions to check regardless (configured actions, a principal's recorded usage). Unknown to the catalog is fine. */
  extraActions?: readonly string[];
  /** Actions to prefer as class representatives (a principal's recorded usage), before the well-known ones. */
  preferredActions?: readonly string[];
  /** Actions never worth reporting. Excluded from candidates. Default: {@link DEFAULT_EXCLUDED_ACTIONS}. */
  excludedActions?: readonly string[];
  /**
   * `pattern` (default): actions matched by different patterns of one statement fall in different classes, so a
   * report can say which pattern grants or exempts them. `statement`: only which statements cover an action counts,
   * which is all the engine looks at, and gives fewer classes.
   */
  granularity?: Granularity;
  /**
   * Whether RCPs govern a service (lower-case prefix), as in the engine's options. Pass it when `documents` include
   * RCPs: classes are then split between governed and ungoverned services.
   */
  rcpAppliesToService?: (service: string) => boolean;
  /**
   * A further partition key per action (catalog casing), for callers whose requests depend on the action beyond
   * its signature, for example a request context with service-specific condition keys.
   */
  splitBy?: (action: string) => string;
  /**
   * Documents among (or in addition to) `documents` that many principals share, such as the SCP and RCP levels of
   * their path: the partition they make is computed once and every principal's refinement starts from it.
   */
  sharedDocuments?: readonly PolicyDocument[];
  /**
   * List at most this many members per class (the first ones, at least one): a class can hold most of the catalog,
   * and building and keeping 20,000 names per class per principal is most of the planner's memory. Default: all.
   */
  maxMembers?: number;
}

/** Actions that get one decision, and the one evaluated for them. */
export interface ActionClass {
  /** The action evaluated for the class. */
  representative: string;
  /** Every member, sorted (representative included); only the first {@link ActionClassInput.maxMembers} when set. */
  members: string[];
  /** The number of members (all of them, also when `members` lists fewer). */
  size: number;
  /**
   * The resources to evaluate the class with: the Resource patterns of the changed statements that cover the
   * class's actions (ARN patterns as written), or `*` when one of them uses `*`, NotResource or no Resource, or when
   * none covers them. Deduplicated, sorted, `*` first.
   */
  resources: string[];
}

/** Actions that need no permission (IAM cannot deny them), so never worth reporting. */
export const DEFAULT_EXCLUDED_ACTIONS: readonly string[] = Object.freeze([
  'sts:GetCallerIdentity',
  'sts:GetSessionToken',
]);

/** Well-known actions, most preferred first: a class's representative is the first of these it holds. */
export const WELL_KNOWN_ACTIONS: readonly string[] = Object.freeze([
  's3:PutObject',
  's3:GetObject',
  'ec2:RunInstances',
  'iam:CreateUser',
  'iam:ListUsers',
  'sts:AssumeRole',
  'lambda:InvokeFunction',
  'dynamodb:PutItem',
  'kms:Decrypt',
  's3:ListBucket',
  's3:DeleteObject',
  's3:CreateBucket',
  'ec2:DescribeInstances',
  'ec2:TerminateInstances',
  'iam:PassRole',
  'iam:GetUser',
  'iam:CreateRole',
  'iam:AttachRolePolicy',
  'iam:CreateAccessKey',
  'iam:GetRole',
  'iam:ListRoles',
  'lambda:CreateFunction',
  'lambda:ListFunctions',
  'dynamodb:GetItem',
  'dynamodb:Query',
  'kms:Encrypt',
  'kms:CreateKey',
  'sqs:SendMessage',
  'sqs:ReceiveMessage',
  'sns:Publish',
  'logs:PutLogEvents',
  'logs:CreateLogGroup',
  'cloudwatch:PutMetricData',
  'cloudformation:CreateStack',
  'cloudtrail:StopLogging',
  'secretsmanager:GetSecretValue',
  'ssm:GetParameter',
  'ecr:GetAuthorizationToken',
  'ecs:RunTask',
  'rds:CreateDBInstance',
  'organizations:LeaveOrganization',
]);

const wellKnownRank = new Map(WELL_KNOWN_ACTIONS.map((a, i) => [a.toLowerCase(), i]));

/** The counters of the planner's caches (a snapshot), for tests and benchmarks. */
export function actionClassCacheStats(): ActionClassCacheStats {
  return { ...cacheStats };
}

/** Mirrors the engine's self-guarded resources: trust policies for sts:AssumeRole*, key policies for kms:*. */
function guardOf(folded: string): string {
  if (TRUST_ACTIONS.has(folded)) return 'trust';
  return folded.startsWith('kms:') ? 'kms' : '';
}

function serviceOf(folded: string): string {
  const colon = folded.indexOf(':');
  return colon < 0 ? folded : folded.slice(0, colon);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every distinct object of a list, in first-seen order. */
function distinct<T extends object>(items: readonly T[]): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const item of items) {
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

/**
 * The candidate ids: catalog ids in alphabetical order (so that classes fill up sorted), then extras outside the
 * catalog in first-seen order.
 */
function candidateIds(input: ActionClassInput, changed: readonly StatementCoverage[]): Candidates {
  const extra = input.extraActions ?? [];
  const excludedActions = input.excludedActions ?? DEFAULT_EXCLUDED_ACTIONS;
  const last = lastCandidates;
  if (last && same(last.changed, changed) && same(last.extra, extra) && same(last.excluded, excludedActions)) {
    return last.candidates;
  }
  const ids = computeCandidateIds(input, changed);
  const t = actionTable();
  let outsideFrom = ids.length;
  while (outsideFrom > 0 && ids[outsideFrom - 1] >= t.catalogSize) outsideFrom--;
  const position = new Int32Array(t.catalogSize).fill(-1);
  for (let p = 0; p < outsideFrom; p++) position[ids[p]] = p;
  const candidates = { ids, outsideFrom, position };
  lastCandidates = { changed: [...changed], extra: [...extra], excluded: [...excludedActions], candidates };
  return candidates;
}

/** The candidate ids, where the catalog ones end, and each catalog id's position among them (-1: none). */
interface Candidates {
  readonly ids: Int32Array;
  readonly outsideFrom: number;
  readonly position: Int32Array;
}

/**
 * The last candidates computed: the principals of one change set mostly share their changed statements (an SCP's),
 * so consecutive calls usually ask for the same candidates.
 */
let lastCandidates:
  { changed: StatementCoverage[]; extra: string[]; excluded: string[]; candidates: Candidates } | undefined;

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function computeCandidateIds(input: ActionClassInput, changed: readonly StatementCoverage[]): Int32Array {
  const t = actionTable();
  const marks = new Uint8Array(t.catalogSize);
  for (const c of changed) for (const id of c.ids) marks[id] = 1;
  const outside: number[] = [];
  const seenOutside = new Set<number>();
  for (const action of input.extraActions ?? []) {
    const id = actionId(action);
    if (id < t.catalogSize) marks[id] = 1;
    else if (!seenOutside.has(id)) {
      seenOutside.add(id);
      outside.push(id);
    }
  }
  const excluded = new Set<number>();
  for (const action of input.excludedActions ?? DEFAULT_EXCLUDED_ACTIONS) {
    const id = t.idByLower.get(action.toLowerCase());
    if (id === undefined) continue;
    if (id < t.catalogSize) marks[id] = 0;
    else excluded.add(id);
  }
  let count = 0;
  for (let id = 0; id < t.catalogSize; id++) count += marks[id];
  const result = new Int32Array(count + outside.length);
  let i = 0;
  const { order } = rankTables();
  for (let k = 0; k < order.length; k++) if (marks[order[k]] === 1) result[i++] = order[k];
  for (const id of outside) if (!excluded.has(id)) result[i++] = id;
  return i === result.length ? result : result.slice(0, i);
}

interface RefinerTables {
  olds: Int32Array;
  parts: Int32Array;
  values: Int32Array;
  generations: Uint32Array;
  generation: number;
}

let refinerTables: RefinerTables | undefined;

/**
 * Partition refinement over the candidates: `cls[p]` is the class of candidate `p`. Between `begin()` calls, every
 * `apply(p, part)` moves candidate `p` to the class (its old class, part); candidates not applied keep theirs.
 */
class Refiner {
  // An open-addressing table from (old class, part) to the new class; entries of earlier steps are recognised as
  // stale by their generation, so a step starts without clearing anything. At most one entry per candidate per
  // step, and the table has at least twice as many slots. The arrays are shared by every Refiner of the process
  // (one is in use at a time: actionClasses is synchronous), so the generations go on from one to the next.
  private readonly mask: number;
  private readonly olds: Int32Array;
  private readonly parts: Int32Array;
  private readonly values: Int32Array;
  private readonly generations: Uint32Array;
  private generation = 0;

  constructor(
    readonly cls: Int32Array,
    private next = 1,
  ) {
    let size = 1024;
    while (size < cls.length * 2) size *= 2;
    if (!refinerTables || refinerTables.olds.length < size) {
      refinerTables = {
        olds: new Int32Array(size),
        parts: new Int32Array(size),
        values: new Int32Array(size),
        generations: new Uint32Array(size),
        generation: 0,
      };
    }
    this.mask = size - 1;
    ({ olds: this.olds, parts: this.parts, values: this.values, generations: this.generations } = refinerTables);
  }

  /** One more than the highest class number handed out. */
  get classCount(): number {
    return this.next;
  }

  begin(): void {
    const tables = refinerTables as RefinerTables;
    if (tables.generation === 0xffffffff) {
      tables.generations.fill(0);
      tables.generation = 0;
    }
    this.generation = ++tables.generation;
  }

  apply(p: number, part: number): void {
    const old = this.cls[p];
    const generation = this.generation;
    let slot = (Math.imul(old, 0x9e3779b1) ^ Math.imul(part, 0x85ebca6b)) & this.mask;
    for (;;) {
      if (this.generations[slot] !== generation) {
        this.generations[slot] = generation;
        this.olds[slot] = old;
        this.parts[slot] = part;
        this.values[slot] = this.next;
        this.cls[p] = this.next++;
        return;
      }
      if (this.olds[slot] === old && this.parts[slot] === part) {
        this.cls[p] = this.values[slot];
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * The starting partition of the candidates: negative classes for candidates no statement covers yet (-1, or -2 for
 * services RCPs govern, so that RCP-governed services never share a class with the others), refined by the shared
 * documents. Cached: every principal under one SCP path starts from the same one.
 */
interface BasePartition {
  readonly cls: Int32Array;
  readonly classCount: number;
  /** Whether some catalog candidate is still covered by no statement. */
  readonly catalogUncovered: boolean;
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
const basePartitions = new Map<string, BasePartition>();

function objectId(object: object): number {
  let id = objectIds.get(object);
  if (id === undefined) objectIds.set(object, (id = nextObjectId++));
  return id;
}

function basePartition(
  candidates: Candidates,
  shared: readonly PolicyDocument[],
  granularity: Granularity,
  rcp: ((service: string) => boolean) | undefined,
): BasePartition {
  const key = [granularity, objectId(candidates), rcp ? objectId(rcp) : 0, ...shared.map(objectId).sort()].join(',');
  let base = basePartitions.get(key);
  if (base) return base;
  const { ids, outsideFrom } = candidates;
  const t = actionTable();
  const cls = new Int32Array(ids.length).fill(-1);
  if (rcp) {
    const governed = rcpCodes(rcp);
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p];
      if (p < outsideFrom ? governed[id] === 1 : rcp(serviceOf(t.lower[id]))) cls[p] = -2;
    }
  }
  const refiner = new Refiner(cls);
  const catalogUncovered = refine(refiner, candidates, shared, granularity, true);
  base = { cls, classCount: refiner.classCount, catalogUncovered };
  if (basePartitions.size >= 64) basePartitions.clear();
  basePartitions.set(key, base);
  return base;
}

/**
 * Refines the partition by each document's signature. A class below 0 is a candidate no statement covers yet.
 * Returns whether a catalog candidate may still be uncovered.
 */
function refine(
  refiner: Refiner,
  candidates: Candidates,
  documents: readonly PolicyDocument[],
  granularity: Granularity,
  catalogUncovered: boolean,
): boolean {
  const { cls } = refiner;
  const { ids: cand, outsideFrom, position } = candidates;
  const n = cand.length;
  for (const document of documents) {
    const index = documentIndex(document, granularity);
    refiner.begin();
    if (index.uniform) {
      // Every catalog action gets part 1: (c, 1) keeps class c, except that uncovered candidates become covered.
      if (catalogUncovered) for (let p = 0; p < outsideFrom; p++) if (cls[p] < 0) refiner.apply(p, 1);
      catalogUncovered = false;
      for (let p = outsideFrom; p < n; p++) {
        const part = index.classOf(cand[p]);
        if (part === 1 ? cls[p] < 0 : part !== 0 || cls[p] > 0) refiner.apply(p, part);
      }
      continue;
    }
    if (index.ids.length <= outsideFrom * 8) {
      const { ids, classes } = index;
      for (let i = 0; i < ids.length; i++) {
        const p = position[ids[i]];
        if (p >= 0) refiner.apply(p, classes[i]);
      }
    } else {
      for (let p = 0; p < outsideFrom; p++) {
        const part = index.classOf(cand[p]);
        if (part !== 0) refiner.apply(p, part);
      }
    }
    for (let p = outsideFrom; p < n; p++) {
      const part = index.classOf(cand[p]);
      if (part !== 0) refiner.apply(p, part);
    }
  }
  return catalogUncovered;
}

/** Partitions the candidate actions of one principal into classes that get one decision each. */
export function actionClasses(input: ActionClassInput): ActionClass[] {
  const granularity = input.granularity ?? 'pattern';
  const shared = distinct(input.sharedDocuments ?? []);
  const sharedSet = new Set(shared);
  const documents = distinct([...input.documents, ...shared]);
  const changedStatements = distinct(input.changedStatements);
  const changed = changedStatements.map(statementCoverage);
  const candidates = candidateIds(input, changed);
  const { ids: cand, outsideFrom, position } = candidates;
  if (cand.length === 0) return [];
  const n = cand.length;

  const base = basePartition(candidates, shared, granularity, input.rcpAppliesToService);
  const cls = base.cls.slice();
  const refiner = new Refiner(cls, base.classCount);
  const own = documents.filter((d) => !sharedSet.has(d));
  refine(refiner, candidates, own, granularity, base.catalogUncovered);

  // A negative class means no statement anywhere covers the action: implicitly denied before and after.
  // The changed statements decide the resources, so their coverage must be uniform within a class. It is for the
  // statements of `documents`; a caller may pass others.
  const statements = new Set<Statement>();
  for (const document of documents) for (const statement of document.statements) statements.add(statement);
  for (let i = 0; i < changed.length; i++) {
    if (statements.has(changedStatements[i])) continue;
    const c = changed[i];
    refiner.begin();
    for (const id of c.ids) {
      const p = position[id];
      if (p >= 0 && cls[p] > 0) refiner.apply(p, 1);
    }
    for (let p = outsideFrom; p < n; p++) if (cls[p] > 0 && c.coversId(cand[p])) refiner.apply(p, 1);
  }

  // Candidates are in alphabetical order (catalog first), so groups fill up sorted: a counting sort by class keeps
  // that order within each class, and the classes in order of first appearance.
  const counts = new Int32Array(refiner.classCount);
  const firstSeen: number[] = [];
  for (let p = 0; p < n; p++) {
    const c = cls[p];
    if (c > 0 && counts[c]++ === 0) firstSeen.push(c);
  }
  const next = new Int32Array(refiner.classCount);
  let total = 0;
  for (const c of firstSeen) {
    next[c] = total;
    total += counts[c];
  }
  const grouped = new Int32Array(total);
  for (let p = 0; p < n; p++) {
    const c = cls[p];
    if (c > 0) grouped[next[c]++] = cand[p];
  }
  // Each class's most preferred well-known member, looked up by position rather than by scanning the class. An
  // action the principal is known to call comes first: a loss is best named by what it actually uses.
  const preferred = new Int32Array(refiner.classCount).fill(-1);
  for (const action of input.preferredActions ?? []) {
    const id = actionTable().idByLower.get(action.toLowerCase());
    const p = id === undefined ? -1 : position[id];
    if (p >= 0 && cls[p] > 0 && preferred[cls[p]] < 0) preferred[cls[p]] = id!;
  }
  for (const id of rankTables().byRank) {
    const p = position[id];
    if (p >= 0 && cls[p] > 0 && preferred[cls[p]] < 0) preferred[cls[p]] = id;
  }

  const result: ActionClass[] = [];
  for (const c of firstSeen) {
    const ids = grouped.subarray(next[c] - counts[c], next[c]);
    const resources = resourcesOf(ids[0], changedStatements, changed);
    const parts = split(ids, resources, input);
    for (const part of parts) {
      result.push(makeClass(part, resources, input.maxMembers, parts.length === 1 ? preferred[c] : undefined));
    }
  }
  result.sort((a, b) => b.size - a.size || compareText(a.representative, b.representative));
  return result;
}

function resourcesOf(id: number, statements: readonly Statement[], changed: readonly StatementCoverage[]): string[] {
  const found = new Set<string>();
  for (let i = 0; i < statements.length; i++) {
    if (!changed[i].coversId(id)) continue;
    const s = statements[i];
    if (s.notResources || !s.resources || s.resources.includes('*')) found.add('*');
    else for (const r of s.resources) found.add(r);
  }
  if (found.size === 0) return ['*'];
  const star = found.delete('*');
  const sorted = [...found].sort(compareText);
  return star ? ['*', ...sorted] : sorted;
}

const GUARD_CODES: Readonly<Record<string, number>> = { '': 0, trust: 1, kms: 2 };

/** {@link guardOf} of every catalog action, by id, as a {@link GUARD_CODES} code. */
let guardTable: Uint8Array | undefined;

/** Whether RCPs govern each catalog action, by id, per `rcpAppliesToService` function. */
const rcpTables = new WeakMap<(service: string) => boolean, Uint8Array>();

function guardCodes(): Uint8Array {
  if (guardTable) return guardTable;
  const t = actionTable();
  guardTable = new Uint8Array(t.catalogSize);
  for (let id = 0; id < t.catalogSize; id++) guardTable[id] = GUARD_CODES[guardOf(t.lower[id])];
  return guardTable;
}

function rcpCodes(rcp: (service: string) => boolean): Uint8Array {
  let table = rcpTables.get(rcp);
  if (table) return table;
  const t = actionTable();
  table = new Uint8Array(t.catalogSize);
  for (const [service, [start, end]] of t.serviceRange) if (rcp(service)) table.fill(1, start, end);
  rcpTables.set(rcp, table);
  return table;
}

/**
 * Splits a class where the engine looks at the action itself (see the module comment): trust and KMS actions on a
 * named resource, and the caller's `splitBy`. (RCP-governed services never share a class: see basePartition.) Parts
 * keep the order of `ids`.
 */
function split(ids: Int32Array, resources: readonly string[], input: ActionClassInput): Int32Array[] {
  const t = actionTable();
  const guarded = resources.some((r) => r !== '*');
  const custom = input.splitBy;
  if (!guarded && !custom) return [ids];
  const guards = guardCodes();
  const key = (id: number): string => {
    const guard = guarded ? (id < t.catalogSize ? guards[id] : GUARD_CODES[guardOf(t.lower[id])]) : 0;
    return custom ? `${guard}|${custom(t.names[id])}` : String(guard);
  };
  const parts = new Map<string, number[]>();
  for (const id of ids) {
    const k = key(id);
    const part = parts.get(k);
    if (part) part.push(id);
    else parts.set(k, [id]);
  }
  return parts.size === 1 ? [ids] : [...parts.values()].map((part) => Int32Array.from(part));
}

interface Ranks {
  /** Catalog ids in alphabetical order of their names. */
  readonly order: Int32Array;
  /** The well-known catalog actions' ids, most preferred first. */
  readonly byRank: Int32Array;
  /** 1 + the preference of each well-known catalog action, by id; 0 for the others. */
  readonly wellKnown: Int32Array;
}

let ranks: Ranks | undefined;

function rankTables(): Ranks {
  if (ranks) return ranks;
  const t = actionTable();
  const ids = Array.from({ length: t.catalogSize }, (_, id) => id).sort((a, b) => compareText(t.names[a], t.names[b]));
  const wellKnown = new Int32Array(t.catalogSize);
  for (const [action, rank] of wellKnownRank) {
    const id = t.idByLower.get(action);
    if (id !== undefined && id < t.catalogSize) wellKnown[id] = rank + 1;
  }
  const byRank = [...wellKnownRank.keys()]
    .map((action) => t.idByLower.get(action))
    .filter((id): id is number => id !== undefined && id < t.catalogSize);
  ranks = { order: Int32Array.from(ids), wellKnown, byRank: Int32Array.from(byRank) };
  return ranks;
}

/** A class from ids in candidate order: catalog actions alphabetically, then actions outside the catalog. */
function makeClass(ids: Int32Array, resources: string[], maxMembers = Infinity, preferred?: number): ActionClass {
  const t = actionTable();
  const { wellKnown } = rankTables();
  // Actions outside the catalog come last in `ids` but sort among the others: then every name is needed.
  const sorted = ids[ids.length - 1] >= t.catalogSize;
  const listed = Math.max(1, maxMembers);
  const count = sorted ? ids.length : Math.min(ids.length, listed);
  let names: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) names[i] = t.names[ids[i]];
  if (sorted) names = names.sort(compareText).slice(0, listed);
  // The most preferred well-known member, else the alphabetically first.
  let representative = sorted ? names[0] : t.names[ids[0]];
  if (preferred !== undefined) {
    // The caller found the class's most preferred well-known member (-1: none).
    if (preferred >= 0) representative = t.names[preferred];
  } else {
    let bestRank = Infinity;
    for (const id of ids) {
      const rank = id < t.catalogSize ? wellKnown[id] : 0;
      if (rank !== 0 && rank < bestRank) {
        representative = t.names[id];
        bestRank = rank;
      }
    }
  }
  return { representative, members: names, size: ids.length, resources: [...resources] };
}

/**
 * A few named members for a report: the representative first, then other well-known members in order of
 * preference, then the rest alphabetically.
 */
export function classExamples(actionClass: ActionClass, count = 3): string[] {
  const rest = actionClass.members.filter((m) => m !== actionClass.representative);
  const known = rest
    .filter((m) => wellKnownRank.has(m.toLowerCase()))
    .sort((a, b) => (wellKnownRank.get(a.toLowerCase()) ?? 0) - (wellKnownRank.get(b.toLowerCase()) ?? 0));
  const others = rest.filter((m) => !wellKnownRank.has(m.toLowerCase()));
  return [actionClass.representative, ...known, ...others].slice(0, Math.max(0, count));
}
