/**
 * The impact planner: given what exists (the inventory) and what a pull request changes (the change set), finds
 * every principal whose access changes, under each way it signs in, and why.
 *
 * Data flows one way: apply the change set → derive each affected principal's policies before and after → the
 * statements that differ → action classes (one representative per class) → queries per scenario → the backend's
 * decisions → findings, with causes and hints explained by the local engine.
 */
import type { ChangeSet } from '../changes/change-set.js';
import type { NamedPolicy } from '../evaluate/compile-policy.js';
import { compilePolicies, evaluate, type EngineOptions, type PolicyLevel } from '../evaluate/evaluate.js';
import { createRequestContext } from '../evaluate/request.js';
import { describeStatement, type Evaluation, type StatementRef } from '../evaluate/explanation.js';
import {
  InventoryIndex,
  type OrgPolicyPath,
  type PrincipalPolicies,
  type PrincipalRef,
} from '../inventory/inventory-index.js';
import type { Inventory, Role } from '../inventory/types.js';
import { statementJson } from '../policy/serialize-policy.js';
import type { PolicyDocument, Statement } from '../policy/types.js';
import { actionClasses, WELL_KNOWN_ACTIONS, type ActionClass } from './action-classes.js';
import { applyChangeSet } from './apply-changes.js';
import { accountsOfAppliedChanges } from './affected-accounts.js';
import type { EvaluationBackend, EvaluationQuery, QueryPolicies } from './backend.js';
import { evaluateLocally, LayerCache } from './local-backend.js';
import {
  REPORT_SCHEMA_VERSION,
  type Finding,
  type FindingCause,
  type ImpactReport,
  type ReportDecision,
  type ReportSummary,
} from './report-types.js';
import { applyAcceptList, type AcceptEntry } from './accept.js';
import { runChecks } from './checks.js';
import { afterShape } from './query-shape.js';
import { scopedAllowResources } from './scoped-resources.js';
import type { OutsideCaller, TrustCallers } from './trust-callers.js';
import { BUILT_IN_SCENARIOS, callerArn, principalContext, type Scenario } from './scenarios.js';

/** Options of {@link planImpact}. */
export interface PlanImpactOptions {
  /** The scenarios to evaluate (default: the built-in ones; each applies to the principal kinds it names). */
  scenarios?: readonly Scenario[];
  /** Actions to check for every affected principal, whatever the change mentions. */
  extraActions?: readonly string[];
  /** A principal's recorded usage (Access Advisor): actions to check for it, by principal ARN. */
  usage?: ReadonlyMap<string, readonly string[]>;
  /** The account of names that do not say theirs. */
  defaultAccount?: string;
  /** Engine options (which services RCPs govern). */
  engine?: EngineOptions;
  /** Treat accounts without organization data as not governed by SCPs or RCPs (an explicit opt-out). */
  withoutOrganization?: boolean;
  /**
   * Analyse only the principals of these accounts: one shard of a fan-out. The changes that could not be applied are
   * reported whole by the shard holding the first affected account ({@link accountsOfAppliedChanges}), so that the
   * merged shard reports hold each of them once, in the order of a single run.
   */
  accounts?: ReadonlySet<string>;
  /** Losses the team accepts (the config's `accept` list). */
  accept?: readonly AcceptEntry[];
  /** The clock, for the report's timestamp and acceptance expiry. */
  now?: Date;
  /** Told how many affected principals have been analysed so far, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Told as each phase of the work ends, for benchmarks: `apply` once, `derive` and `classes` once per affected
   * principal, then `evaluate`, `findings` and `checks`. The planner keeps no clock: the caller measures between
   * calls.
   */
  onPhase?: (phase: PlanPhase) => void;
}

/** The phases {@link PlanImpactOptions.onPhase} reports. */
export type PlanPhase = 'apply' | 'derive' | 'classes' | 'evaluate' | 'findings' | 'checks';

/** Where the queries of one principal and scenario sit in the batch. */
interface QuerySlots {
  before: number;
  after: number;
  /** SimulatePrincipalPolicy on what is attached now, when the before query is inventory-built. */
  liveBaseline?: number;
}

/** What one evaluated principal contributes. */
interface PrincipalWork {
  ref: PrincipalRef;
  entity: PrincipalPolicies['entity'];
  before: QueryPolicies;
  after: QueryPolicies;
  classes: ActionClass[];
  scenarios: Scenario[];
  contexts: ReturnType<typeof principalContext>[];
  /** True for the callers of a changed trust policy (the built-in checks are about identity-side changes). */
  trust?: boolean;
}

const NEVER_LOST = new Set(['sts:getcalleridentity', 'sts:getsessiontoken']);

function pathPolicies(path: OrgPolicyPath): readonly PolicyLevel[] | undefined {
  return path.status === 'applies' ? path.levels : undefined;
}

function queryPolicies(derived: PrincipalPolicies, rcp: OrgPolicyPath): QueryPolicies {
  const policies: QueryPolicies = { identity: derived.identity };
  if (derived.permissionsBoundary) policies.permissionsBoundary = derived.permissionsBoundary;
  const scp = pathPolicies(derived.scp);
  if (scp) policies.scp = scp;
  const rcpLevels = pathPolicies(rcp);
  if (rcpLevels) policies.rcp = rcpLevels;
  return policies;
}

/**
 * A number per statement content: statements with the same content get the same one. Computed once per statement
 * object (documents are shared between principals); a statement of ReadOnlyAccess is 100 KB of text, too long to
 * hash again for every principal that holds it.
 */
const contentIds = new Map<string, number>();
const statementIds = new WeakMap<Statement, number>();

function contentId(statement: Statement): number {
  let id = statementIds.get(statement);
  if (id === undefined) {
    const text = JSON.stringify(statementJson(statement));
    id = contentIds.get(text);
    if (id === undefined) contentIds.set(text, (id = contentIds.size));
    statementIds.set(statement, id);
  }
  return id;
}

/** Every statement of a policy set, keyed by layer and content, so the two sides of a change can be compared. */
function statementKeys(policies: QueryPolicies): Map<string, Statement> {
  const keys = new Map<string, Statement>();
  const add = (layer: string, list: readonly NamedPolicy[]) => {
    for (const p of list) for (const s of p.document.statements) keys.set(`${layer}|${contentId(s)}`, s);
  };
  add('identity', policies.identity);
  if (policies.permissionsBoundary) add('boundary', [policies.permissionsBoundary]);
  policies.scp?.forEach((l, i) => add(`scp${i}`, l.policies));
  policies.rcp?.forEach((l, i) => add(`rcp${i}`, l.policies));
  if (policies.resource) add('resource', [policies.resource]);
  // A layer that appears or disappears changes decisions even when no statement is listed (no boundary → any).
  if (!policies.permissionsBoundary)
    keys.set('boundary|none', { index: -1, effect: 'Allow', actions: ['*'], resources: ['*'], conditions: [] });
  return keys;
}

/** The SCP and RCP documents of a policy set: the same for every principal of an account. */
function organizationDocumentsOf(policies: QueryPolicies): PolicyDocument[] {
  return [...(policies.scp ?? []), ...(policies.rcp ?? [])].flatMap((l) => l.policies.map((p) => p.document));
}

/** The identity side's documents: where a principal's own grants, scoped to resources, are. */
function identityDocumentsOf(policies: QueryPolicies): PolicyDocument[] {
  return [
    ...policies.identity.map((p) => p.document),
    ...(policies.permissionsBoundary ? [policies.permissionsBoundary.document] : []),
  ];
}

function documentsOf(policies: QueryPolicies): PolicyDocument[] {
  return [
    ...policies.identity.map((p) => p.document),
    ...(policies.permissionsBoundary ? [policies.permissionsBoundary.document] : []),
    ...(policies.scp ?? []).flatMap((l) => l.policies.map((p) => p.document)),
    ...(policies.rcp ?? []).flatMap((l) => l.policies.map((p) => p.document)),
    ...(policies.resource ? [policies.resource.document] : []),
  ];
}

function findStatement(policies: QueryPolicies, ref: StatementRef): Statement | undefined {
  const all: NamedPolicy[] = [
    ...policies.identity,
    ...(policies.permissionsBoundary ? [policies.permissionsBoundary] : []),
    ...(policies.scp ?? []).flatMap((l) => l.policies),
    ...(policies.rcp ?? []).flatMap((l) => l.policies),
    ...(policies.resource ? [policies.resource] : []),
  ];
  return all.find((p) => p.name === ref.policy)?.document.statements.find((s) => s.index === ref.statementIndex);
}

function causeOf(evaluation: Evaluation, policies: QueryPolicies): { cause: FindingCause; statement?: Statement } {
  const ref =
    evaluation.decision === 'explicitDeny'
      ? evaluation.denies[0]
      : evaluation.decision === 'allowed'
        ? (evaluation.allows.find((a) => a.layer !== 'scp' && a.layer !== 'rcp') ?? evaluation.allows[0])
        : undefined;
  if (ref) {
    const cause: FindingCause = {
      summary: describeStatement(ref),
      layer: ref.layer,
      policy: ref.policy,
      statementIndex: ref.statementIndex,
    };
    if (ref.levelId !== undefined) cause.level = ref.levelId;
    if (ref.sid !== undefined) cause.sid = ref.sid;
    if (ref.location?.file) cause.file = ref.location.file;
    if (ref.location?.line) cause.line = ref.location.line;
    if (ref.location?.address) cause.address = ref.location.address;
    const statement = findStatement(policies, ref);
    if (mentionsMfa(statement)) cause.mfaCondition = true;
    return { cause, statement };
  }
  const missing = evaluation.missingAllow[0];
  const cause: FindingCause = { summary: missing ? missing.reason : 'denied' };
  if (missing) cause.layer = missing.layer;
  if (missing?.levelId) cause.level = missing.levelId;
  return { cause };
}

function mentionsMfa(statement: Statement | undefined): boolean {
  return statement?.conditions.some((c) => c.key.toLowerCase().startsWith('aws:multifactorauth')) ?? false;
}

function hintFor(finding: Finding, statement: Statement | undefined, ref: PrincipalRef): string | undefined {
  if (finding.change !== 'lost') return undefined;
  if (mentionsMfa(statement)) {
    if (finding.scenario === 'role-session') {
      return 'this role session carries no MFA context: call GetSessionToken with MFA before AssumeRole';
    }
    if (ref.kind === 'user' && (finding.scenario === 'access-key' || finding.scenario === 'no-mfa-session')) {
      return `obtain an MFA session with \`aws sts get-session-token --serial-number arn:aws:iam::${ref.accountId}:mfa/${ref.name} --token-code CODE\` (valid up to 36 h) and use its credentials`;
    }
  }
  if (statement?.effect === 'Deny' && statement.notActions) {
    return `if ${ref.name} still needs ${finding.action} here, add it to the NotAction of ${statement.sid ? `"${statement.sid}"` : `statement #${statement.index}`}`;
  }
  if (finding.after === 'implicitDeny' && finding.cause.layer === 'scp') {
    return `allow ${finding.action} at SCP level ${finding.cause.level ?? ''}`.trim();
  }
  return undefined;
}

/** The identity side of a caller outside the inventory: unknown, so taken as allowing (only the trust decides). */
const OUTSIDE_IDENTITY: NamedPolicy = {
  name: "the caller's own policies (outside the inventory, assumed to allow)",
  document: {
    version: '2012-10-17',
    statements: [{ index: 0, effect: 'Allow', actions: ['*'], resources: ['*'], conditions: [] }],
  },
};

/**
 * A trust-policy change as seen by a caller outside the inventory (another account, a service): decided on the trust
 * policy alone, with the local engine (the simulator evaluates IAM users and roles only). A caller that cannot be
 * evaluated, or a conditional statement whose request context nobody here knows, is incomplete: never "no impact".
 */
function outsideTrustFindings(
  outside: OutsideCaller,
  callers: TrustCallers,
  roleArn: string,
  resourceBefore: NamedPolicy,
  resourceAfter: NamedPolicy,
  options: PlanImpactOptions,
): Finding[] {
  const base = { principal: outside.principal, account: outside.account, scenario: '*', resource: roleArn };
  const reason = outside.reason ?? (callers.conditional ? 'conditional' : undefined);
  if (reason !== undefined || outside.caller === undefined) {
    return [
      {
        ...base,
        change: 'incomplete',
        action: callers.actions[0] ?? 'sts:AssumeRole',
        before: 'unknown',
        after: 'unknown',
        cause: {
          summary:
            reason === 'conditional' || reason === undefined
              ? `the changed trust statement of ${roleArn} has conditions whose values for ${outside.principal} (outside the inventory) are not known`
              : reason,
          layer: 'resource',
          policy: resourceAfter.name,
        },
        accepted: false,
      },
    ];
  }
  const evaluateSide = (resource: NamedPolicy) => {
    const compiled = compilePolicies({ identity: [OUTSIDE_IDENTITY], resource });
    return callers.actions.map((action) =>
      evaluate(
        compiled,
        {
          principal: outside.caller!,
          principalAccount: outside.account,
          action,
          resource: roleArn,
          resourceAccount: roleArn.split(':')[4] ?? '',
          context: createRequestContext({}),
        },
        options.engine ?? {},
      ),
    );
  };
  const was = evaluateSide(resourceBefore);
  const now = evaluateSide(resourceAfter);
  const out: Finding[] = [];
  callers.actions.forEach((action, i) => {
    if ((was[i].decision === 'allowed') === (now[i].decision === 'allowed')) return;
    const { cause } = causeOf(now[i], { identity: [OUTSIDE_IDENTITY], resource: resourceAfter });
    out.push({
      ...base,
      change: now[i].decision === 'allowed' ? 'gained' : 'lost',
      action,
      before: was[i].decision,
      after: now[i].decision,
      cause,
      accepted: false,
      actionClass: { size: 1, examples: [action] },
    });
  });
  return out;
}

/** Runs the analysis and builds the report. */
export async function planImpact(
  inventory: Inventory,
  changeSet: ChangeSet,
  backend: EvaluationBackend,
  options: PlanImpactOptions = {},
): Promise<ImpactReport> {
  const scenarios = options.scenarios ?? BUILT_IN_SCENARIOS;
  const phase = options.onPhase ?? (() => undefined);
  const applied = applyChangeSet(inventory, changeSet, { defaultAccount: options.defaultAccount });
  const before = new InventoryIndex(inventory);
  const after = new InventoryIndex(applied.after);
  phase('apply');
  const findings: Finding[] = [];
  const incomplete = (principal: string, account: string, reason: string, kind?: 'user' | 'role') => {
    const finding: Finding = {
      change: 'incomplete',
      principal,
      account,
      scenario: '*',
      action: '*',
      resource: '*',
      before: 'unknown',
      after: 'unknown',
      cause: { summary: reason },
      accepted: false,
    };
    if (kind) finding.principalKind = kind;
    findings.push(finding);
  };

  // Splitting them by account would lose their order (change by change), which no report records: one shard has all.
  const reportsUnapplied =
    !options.accounts || options.accounts.has(accountsOfAppliedChanges(applied, inventory)[0] ?? '');
  for (const u of reportsUnapplied ? applied.unapplied : []) {
    const where = u.source.file ? `${u.source.file}${u.source.line ? `:${u.source.line}` : ''}` : u.source.address;
    const reason = where ? `${u.reason} (${where})` : u.reason;
    if (u.principals.length > 0) for (const p of u.principals) incomplete(p, p.split(':')[4] ?? '', reason);
    else incomplete('*', u.accounts.join(', ') || '*', reason);
  }

  const organizationId = inventory.organization ? `o-${inventory.organization.managementAccountId}` : undefined;
  const work: PrincipalWork[] = [];
  const affectedList = [...applied.affected.values()]
    .filter((a) => !options.accounts || options.accounts.has(a.accountId))
    .sort((a, b) => a.arn.localeCompare(b.arn));
  let analysed = 0;
  for (const affected of affectedList) {
    options.onProgress?.(analysed++, affectedList.length);
    const ref = before.find(affected.arn);
    if (!ref) continue;
    if (affected.deleted) {
      findings.push({
        change: 'lost',
        principal: ref.arn,
        account: ref.accountId,
        scenario: '*',
        action: '*',
        resource: '*',
        before: 'allowed',
        after: 'implicitDeny',
        cause: { summary: `the change deletes ${ref.kind} ${ref.name}` },
        accepted: false,
        principalKind: ref.kind,
      });
      continue;
    }
    const afterRef = after.find(affected.arn);
    if (!afterRef) continue;
    const pb = before.policiesOf(ref);
    const pa = after.policiesOf(afterRef);
    const missing = [...new Set([...pb.missing, ...pa.missing])];
    if (missing.length > 0) {
      incomplete(ref.arn, ref.accountId, `not in the inventory: ${missing.join(', ')}`, ref.kind);
      continue;
    }
    const rcpBefore = before.rcpPath(ref.accountId);
    const rcpAfter = after.rcpPath(ref.accountId);
    const unknownPath = [pb.scp, pa.scp, rcpBefore, rcpAfter].find((p) => p.status === 'unknown');
    if (unknownPath && unknownPath.status === 'unknown' && !options.withoutOrganization) {
      incomplete(ref.arn, ref.accountId, unknownPath.reason, ref.kind);
      continue;
    }
    const qb = queryPolicies(pb, rcpBefore);
    const qa = queryPolicies(pa, rcpAfter);
    const kb = statementKeys(qb);
    const ka = statementKeys(qa);
    const changed = [...[...kb].filter(([k]) => !ka.has(k)), ...[...ka].filter(([k]) => !kb.has(k))].map(([, s]) => s);
    phase('derive');
    if (changed.length === 0) continue;
    const classes = actionClasses({
      documents: [...new Set([...documentsOf(qb), ...documentsOf(qa)])],
      sharedDocuments: [...new Set([...organizationDocumentsOf(qb), ...organizationDocumentsOf(qa)])],
      changedStatements: changed,
      extraActions: [...(options.extraActions ?? []), ...(options.usage?.get(ref.arn) ?? [])],
      preferredActions: options.usage?.get(ref.arn),
      // Statements, not patterns, decide: one class per set of covering statements keeps evaluations few.
      granularity: 'statement',
      rcpAppliesToService: options.engine?.rcpAppliesToService,
      // A class can hold most of the catalog; the report names five members at most.
      maxMembers: 5,
    });
    phase('classes');
    if (classes.length === 0) continue;
    const identityDocuments = [...new Set([...identityDocumentsOf(qb), ...identityDocumentsOf(qa)])];
    for (const c of classes) {
      const scoped = scopedAllowResources(identityDocuments, c.representative);
      if (scoped.length > 0) c.resources = [...new Set([...c.resources, ...scoped])];
    }
    const applicable = scenarios.filter((s) => s.appliesTo.includes(ref.kind));
    work.push({
      ref,
      entity: pa.entity,
      before: qb,
      after: qa,
      classes,
      scenarios: applicable,
      contexts: applicable.map((s) => principalContext(ref, pa.entity, s, organizationId)),
    });
  }

  // Trust-policy changes: the callers the changed statements name, asking sts:AssumeRole (and the other trust
  // actions they cover) on the role, with the trust policy as the resource policy.
  for (const trust of applied.trustChanges) {
    const roleBefore = before.find(trust.roleArn);
    const roleAfter = after.find(trust.roleArn);
    if (!roleBefore || !roleAfter) continue;
    const trustBefore = (before.policiesOf(roleBefore).entity as Role).trustPolicy;
    const trustAfter = (after.policiesOf(roleAfter).entity as Role).trustPolicy;
    const { callers } = trust;
    const resourceBefore: NamedPolicy = { name: `${trust.roleArn}#trust-policy`, document: trustBefore };
    const resourceAfter: NamedPolicy = { name: `${trust.roleArn}#trust-policy`, document: trustAfter };
    const classes: ActionClass[] = callers.actions.map((action) => ({
      representative: action,
      members: [action],
      size: 1,
      resources: [trust.roleArn],
    }));
    for (const ref of callers.inventory) {
      if (options.accounts && !options.accounts.has(ref.accountId)) continue;
      const afterRef = after.find(ref.arn);
      if (!afterRef || classes.length === 0) continue;
      const pb = before.policiesOf(ref);
      const pa = after.policiesOf(afterRef);
      const missing = [...new Set([...pb.missing, ...pa.missing])];
      const rcpBefore = before.rcpPath(trust.accountId);
      const rcpAfter = after.rcpPath(trust.accountId);
      const unknownPath = [pb.scp, pa.scp, rcpBefore, rcpAfter].find((p) => p.status === 'unknown');
      if (missing.length > 0 || (unknownPath?.status === 'unknown' && !options.withoutOrganization)) {
        const reason =
          missing.length > 0
            ? `not in the inventory: ${missing.join(', ')}`
            : (unknownPath as { reason: string }).reason;
        incomplete(ref.arn, ref.accountId, `${reason} (trust policy of ${trust.roleArn})`, ref.kind);
        continue;
      }
      const applicable = scenarios.filter((sc) => sc.appliesTo.includes(ref.kind));
      work.push({
        ref,
        entity: pa.entity,
        before: { ...queryPolicies(pb, rcpBefore), resource: resourceBefore },
        after: { ...queryPolicies(pa, rcpAfter), resource: resourceAfter },
        classes,
        scenarios: applicable,
        contexts: applicable.map((sc) => principalContext(ref, pa.entity, sc, organizationId)),
        trust: true,
      });
    }
    if (reportsUnapplied) {
      for (const outside of callers.outside) {
        findings.push(...outsideTrustFindings(outside, callers, trust.roleArn, resourceBefore, resourceAfter, options));
      }
    }
  }

  options.onProgress?.(affectedList.length, affectedList.length);
  // Two queries per principal and scenario, before and after, shaped for the most faithful simulator call: an
  // identity-side change is the principal's attached policies with a delta; anything else is the whole set on both
  // sides, plus (where the backend reads AWS's live attachments) the live baseline, to check the inventory against.
  const queries: EvaluationQuery[] = [];
  const slots: QuerySlots[] = [];
  for (const w of work) {
    const requests = w.classes.flatMap((c) => c.resources.map((resource) => ({ action: c.representative, resource })));
    const shape = afterShape(w.before, w.after);
    w.scenarios.forEach((scenario, i) => {
      const base = { principal: w.ref, callerArn: callerArn(w.ref, scenario), context: w.contexts[i], requests };
      const slot: QuerySlots = { before: queries.length, after: queries.length + 1 };
      queries.push({
        ...base,
        side: 'before',
        policies: w.before,
        shape: shape.kind === 'custom' ? shape : { kind: 'attached' },
      });
      queries.push({ ...base, side: 'after', policies: w.after, shape });
      // One scenario is enough to compare what is attached in AWS with the inventory.
      if (shape.kind === 'custom' && backend.readsLiveAttachments && i === 0) {
        slot.liveBaseline = queries.length;
        queries.push({ ...base, side: 'before', policies: w.before, shape: { kind: 'attached' } });
      }
      slots.push(slot);
    });
  }
  const results = await backend.evaluate(queries);
  phase('evaluate');
  // The local backend's cache when there is one: the layers it compiled for the decisions explain them too.
  const cache = 'cache' in backend && backend.cache instanceof LayerCache ? backend.cache : new LayerCache();
  const engine = options.engine ?? {};
  const disagreements: string[] = [];
  let decisions = 0;

  const merged = new FindingGroups();
  let slotIndex = 0;
  for (const w of work) {
    const requests = w.classes.flatMap((c) => c.resources.map((resource) => ({ cls: c, resource })));
    const stale: string[] = [];
    for (const scenario of w.scenarios) {
      const slot = slots[slotIndex++];
      const beforeQuery = queries[slot.before];
      const afterQuery = queries[slot.after];
      const beforeDecisions = results[slot.before].decisions;
      const afterDecisions = results[slot.after].decisions;
      decisions += beforeDecisions.length + afterDecisions.length;
      if (slot.liveBaseline !== undefined) {
        // Not counted as decisions: the baseline checks the inventory; it is not part of the analysis.
        const live = results[slot.liveBaseline].decisions;
        requests.forEach(({ cls, resource }, i) => {
          if ((live[i] === 'allowed') !== (beforeDecisions[i] === 'allowed')) {
            stale.push(
              `${scenario.id} ${cls.representative}${resource === '*' ? '' : ` on ${resource}`}: AWS ${live[i]}, the inventory ${beforeDecisions[i]}`,
            );
          }
        });
      }
      const changedIndexes = requests
        .map((_, i) => i)
        .filter((i) => (beforeDecisions[i] === 'allowed') !== (afterDecisions[i] === 'allowed'));
      if (changedIndexes.length === 0) continue;
      // Causes come from the local engine, which sees SCP statements; a backend that disagrees is reported.
      const localAfter = evaluateLocally(
        cache,
        { ...afterQuery, requests: changedIndexes.map((i) => afterQuery.requests[i]) },
        engine,
      );
      const localBefore =
        backend.name === 'local'
          ? undefined
          : evaluateLocally(
              cache,
              { ...beforeQuery, requests: changedIndexes.map((i) => beforeQuery.requests[i]) },
              engine,
            );
      changedIndexes.forEach((i, j) => {
        const { cls, resource } = requests[i];
        if (NEVER_LOST.has(cls.representative.toLowerCase())) return;
        const b = beforeDecisions[i];
        const a = afterDecisions[i];
        if (localBefore && (localBefore[j].decision !== b || localAfter[j].decision !== a)) {
          disagreements.push(
            `${w.ref.arn} ${scenario.id} ${cls.representative}: ${backend.name} said ${b} → ${a}, the local engine ${localBefore[j].decision} → ${localAfter[j].decision}`,
          );
        }
        const { cause, statement } = causeOf(localAfter[j], w.after);
        const finding: Finding = {
          change: a === 'allowed' ? 'gained' : 'lost',
          principal: w.ref.arn,
          account: w.ref.accountId,
          scenario: scenario.id,
          action: cls.representative,
          resource,
          before: b as ReportDecision,
          after: a as ReportDecision,
          cause,
          accepted: false,
          actionClass: {
            size: cls.size,
            examples: [cls.representative, ...cls.members.filter((m) => m !== cls.representative).slice(0, 4)],
          },
          principalKind: w.ref.kind,
        };
        const hint = hintFor(finding, statement, w.ref);
        if (hint) finding.hint = hint;
        merged.add(finding, cls);
      });
      findings.push(...merged.flush(options.usage?.get(w.ref.arn)));
    }
    if (stale.length > 0) {
      incomplete(
        w.ref.arn,
        w.ref.accountId,
        `the inventory is stale: SimulatePrincipalPolicy (what is attached in AWS now) and the inventory-built ` +
          `SimulateCustomPolicy disagree on ${stale.length} decision(s) before the change (${stale.slice(0, 3).join('; ')}); ` +
          'read the inventory again (iam-impact snapshot) and re-run',
        w.ref.kind,
      );
    }
  }

  phase('findings');
  const noMfa =
    scenarios.find((s) => s.id === 'no-mfa-session') ?? BUILT_IN_SCENARIOS.find((s) => s.id === 'no-mfa-session');
  const subjects = work.filter((w) => !w.trust);
  const checks = noMfa ? runChecks(subjects, findings, noMfa, cache, engine, organizationId) : [];
  phase('checks');
  const now = options.now ?? new Date();
  const expired = applyAcceptList(findings, options.accept ?? [], now);
  const warnings = [
    ...changeSet.warnings,
    ...expired.map((e) => ({
      kind: 'expired-acceptance',
      message: `accept[${e.entry.index}] ("${e.entry.reason}") expired on ${e.entry.expires}; the ${e.findings} finding(s) it covered count as regressions again`,
    })),
  ];
  const notes = [...backend.notes()];
  if (disagreements.length > 0) {
    notes.push(
      `The ${backend.name} backend and the local engine disagree on ${disagreements.length} decision(s); the inventory may be stale: ${disagreements.slice(0, 5).join('; ')}`,
    );
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    summary: summarize(findings, new Set(work.map((w) => w.ref.arn)).size, decisions),
    findings,
    checks,
    backend: { name: backend.name, apiCalls: backend.apiCalls(), notes },
    warnings,
    scenarios: scenarios.map((s) => ({ id: s.id, description: s.description })),
  };
}

const wellKnown = new Map(WELL_KNOWN_ACTIONS.map((a, i) => [a.toLowerCase(), i]));

/**
 * Merges the findings of one principal and scenario that share an outcome, a resource and a cause: one SCP
 * statement that denies 300 action classes is one loss of their summed actions, not 300 rows.
 */
class FindingGroups {
  private readonly groups = new Map<string, { finding: Finding; classes: ActionClass[] }>();

  add(finding: Finding, cls: ActionClass): void {
    const c = finding.cause;
    const key = [
      finding.change,
      finding.before,
      finding.after,
      finding.resource,
      c.layer,
      c.policy,
      c.level,
      c.statementIndex,
      c.statementIndex === undefined ? c.summary : '',
    ].join('|');
    const group = this.groups.get(key);
    if (group) group.classes.push(cls);
    else this.groups.set(key, { finding, classes: [cls] });
  }

  /** The merged findings; `used` (the principal's recorded usage) names each merged loss first. */
  flush(used?: readonly string[]): Finding[] {
    const out: Finding[] = [];
    const usedSet = new Set(used?.map((a) => a.toLowerCase()));
    for (const { finding, classes } of this.groups.values()) {
      const rank = (a: string) =>
        usedSet.has(a.toLowerCase()) ? -1 : (wellKnown.get(a.toLowerCase()) ?? Number.MAX_SAFE_INTEGER);
      // Recognizable actions first, then the largest classes' representatives.
      const representatives = [...classes]
        .sort((a, b) => rank(a.representative) - rank(b.representative) || b.size - a.size)
        .map((c) => c.representative);
      const size = classes.reduce((n, c) => n + c.size, 0);
      out.push({
        ...finding,
        action: representatives[0],
        actionClass: { size, examples: representatives.slice(0, 5) },
      });
    }
    this.groups.clear();
    return out;
  }
}

/** The report's counts. */
export function summarize(findings: readonly Finding[], principals: number, decisions: number): ReportSummary {
  const by = (change: Finding['change'], accepted?: boolean) =>
    findings.filter((f) => f.change === change && (accepted === undefined || f.accepted === accepted));
  const principalsOf = (list: Finding[]) => new Set(list.map((f) => f.principal)).size;
  return {
    principals,
    decisions,
    lost: by('lost').length,
    gained: by('gained').length,
    incomplete: by('incomplete').length,
    accepted: findings.filter((f) => f.accepted).length,
    principalsLosingAccess: principalsOf(by('lost', false)),
    principalsGainingAccess: principalsOf(by('gained')),
    principalsIncomplete: principalsOf(by('incomplete')),
  };
}
