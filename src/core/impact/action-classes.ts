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
 * document object (documents are shared between principals), and a principal's classes then cost about one lookup
 * per (candidate, document) pair.
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
}

/** Actions that get one decision, and the one evaluated for them. */
export interface ActionClass {
  /** The action evaluated for the class. */
  representative: string;
  /** Every member, sorted (representative included). */
  members: string[];
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
function candidateIds(input: ActionClassInput, changed: readonly StatementCoverage[]): Int32Array {
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

/**
 * Partition refinement over the candidates: `cls[p]` is the class of candidate `p`. Between `begin()` calls, every
 * `apply(p, part)` moves candidate `p` to the class (its old class, part); candidates not applied keep theirs.
 */
class Refiner {
  private next = 1;
  // An open-addressing table from (old class, part) to the new class; entries of earlier steps are recognised as
  // stale by their generation, so a step starts without clearing anything. At most one entry per candidate per
  // step, and the table has at least twice as many slots.
  private readonly mask: number;
  private readonly olds: Int32Array;
  private readonly parts: Int32Array;
  private readonly values: Int32Array;
  private readonly generations: Uint32Array;
  private generation = 0;

  constructor(readonly cls: Int32Array) {
    let size = 1024;
    while (size < cls.length * 2) size *= 2;
    this.mask = size - 1;
    this.olds = new Int32Array(size);
    this.parts = new Int32Array(size);
    this.values = new Int32Array(size);
    this.generations = new Uint32Array(size);
  }

  begin(): void {
    this.generation++;
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

/** Partitions the candidate actions of one principal into classes that get one decision each. */
export function actionClasses(input: ActionClassInput): ActionClass[] {
  const t = actionTable();
  const granularity = input.granularity ?? 'pattern';
  const documents = distinct(input.documents);
  const changedStatements = distinct(input.changedStatements);
  const changed = changedStatements.map(statementCoverage);
  const cand = candidateIds(input, changed);
  if (cand.length === 0) return [];
  const n = cand.length;
  let outsideFrom = n;
  while (outsideFrom > 0 && cand[outsideFrom - 1] >= t.catalogSize) outsideFrom--;
  const position = new Int32Array(t.catalogSize).fill(-1);
  for (let p = 0; p < outsideFrom; p++) position[cand[p]] = p;

  const cls = new Int32Array(n);
  const refiner = new Refiner(cls);
  for (const document of documents) {
    const index = documentIndex(document, granularity);
    refiner.begin();
    if (index.uniform) {
      // Every catalog action gets part 1: (c, 1) keeps class c, except that untouched candidates become touched.
      for (let p = 0; p < outsideFrom; p++) if (cls[p] === 0) refiner.apply(p, 1);
      for (let p = outsideFrom; p < n; p++) {
        const part = index.classOf(cand[p]);
        if (part === 1 ? cls[p] === 0 : part !== 0 || cls[p] !== 0) refiner.apply(p, part);
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

  // An empty signature means no statement anywhere covers the action: implicitly denied before and after.
  for (let p = 0; p < n; p++) if (cls[p] === 0) cls[p] = -1;
  // The changed statements decide the resources, so their coverage must be uniform within a class. It is for the
  // statements of `documents`; a caller may pass others.
  const own = new Set<Statement>();
  for (const document of documents) for (const statement of document.statements) own.add(statement);
  for (let i = 0; i < changed.length; i++) {
    if (own.has(changedStatements[i])) continue;
    const c = changed[i];
    refiner.begin();
    for (const id of c.ids) {
      const p = position[id];
      if (p >= 0 && cls[p] > 0) refiner.apply(p, 1);
    }
    for (let p = outsideFrom; p < n; p++) if (cls[p] > 0 && c.coversId(cand[p])) refiner.apply(p, 1);
  }

  // Candidates are in alphabetical order (catalog first), so groups fill up sorted.
  const groups = new Map<number, number[]>();
  for (let p = 0; p < n; p++) {
    const c = cls[p];
    if (c <= 0) continue;
    const group = groups.get(c);
    if (group) group.push(cand[p]);
    else groups.set(c, [cand[p]]);
  }

  const result: ActionClass[] = [];
  for (const ids of groups.values()) {
    const resources = resourcesOf(ids[0], changedStatements, changed);
    for (const part of split(ids, resources, input)) result.push(makeClass(part, resources));
  }
  result.sort((a, b) => b.members.length - a.members.length || compareText(a.representative, b.representative));
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

/** Splits a class where the engine looks at the action itself (see the module comment). */
function split(ids: number[], resources: readonly string[], input: ActionClassInput): number[][] {
  const t = actionTable();
  const guarded = resources.some((r) => r !== '*');
  const rcp = input.rcpAppliesToService;
  const custom = input.splitBy;
  if (!guarded && !rcp && !custom) return [ids];
  const parts = new Map<string, number[]>();
  for (const id of ids) {
    const folded = t.lower[id];
    let key = guarded ? guardOf(folded) : '';
    if (rcp) key += rcp(serviceOf(folded)) ? '|rcp' : '|';
    if (custom) key += `|${custom(t.names[id])}`;
    const part = parts.get(key);
    if (part) part.push(id);
    else parts.set(key, [id]);
  }
  return [...parts.values()];
}

interface Ranks {
  /** Catalog ids in alphabetical order of their names. */
  readonly order: Int32Array;
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
  ranks = { order: Int32Array.from(ids), wellKnown };
  return ranks;
}

/** A class from ids in candidate order: catalog actions alphabetically, then actions outside the catalog. */
function makeClass(ids: number[], resources: string[]): ActionClass {
  const t = actionTable();
  const { wellKnown } = rankTables();
  const names = ids.map((id) => t.names[id]);
  if (ids[ids.length - 1] >= t.catalogSize) names.sort(compareText);
  // The most preferred well-known member, else the alphabetically first.
  let representative = names[0];
  let bestRank = Infinity;
  for (const id of ids) {
    const rank = id < t.catalogSize ? wellKnown[id] : 0;
    if (rank !== 0 && rank < bestRank) {
      representative = t.names[id];
      bestRank = rank;
    }
  }
  return { representative, members: names, resources: [...resources] };
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
