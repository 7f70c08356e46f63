/**
 * The report as the renderers show it: findings grouped into rows (one per principal, scenario and kind of change),
 * rows grouped per principal, checks grouped by what they found. Everything here is plain text; each renderer escapes
 * it for its own medium.
 */
import { LAYER_NAMES } from '../evaluate/explanation.js';
import { BUILT_IN_SCENARIOS } from '../impact/scenarios.js';
import type { CheckResult, CheckStatus, Finding, FindingCause, ImpactReport } from '../impact/report-types.js';

/** The sections findings are shown in. */
export type RowKind = 'lost' | 'accepted' | 'gained' | 'incomplete';

/** Where a cause sits: a repository file (and line), a Terraform address, or both. */
export interface CausePlace {
  file?: string;
  line?: number;
  address?: string;
}

/** A cause as shown: a plain-text label (statement, policy, layer) and where the statement is. */
export interface CauseView {
  label: string;
  place?: CausePlace;
}

/** The actions of a row: how many, and a few named. */
export interface ActionsView {
  total: number;
  names: string[];
  /** The resource, when every finding of the row names the same one and it is not `*`. */
  resource?: string;
}

/** One principal under one scenario, for one kind of change. */
export interface ReportRow {
  kind: RowKind;
  principal: string;
  account: string;
  scenario: string;
  actions: ActionsView;
  causes: CauseView[];
  hints: string[];
  reasons: string[];
}

/** The rows of one principal in one section. */
export interface PrincipalGroup {
  principal: string;
  account: string;
  rows: ReportRow[];
  /** Actions summed over the rows, for ordering. */
  actions: number;
}

/** Check results that found the same thing, with every principal they found it for. */
export interface CheckGroup {
  id: string;
  status: CheckStatus;
  detail: string;
  principals: string[];
}

/** How many names an action summary shows. */
const NAMED_ACTIONS = 3;
/** How many distinct causes, hints and reasons a row shows. */
export const MAX_CAUSES = 3;
export const MAX_HINTS = 2;

/** `1,234,567`, independent of the runtime's locale data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 principal`, `2 principals`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** `user/batch` for `arn:aws:iam::111122223333:user/jobs/batch`; anything that is not an IAM ARN as it is. */
export function shortPrincipal(arn: string): string {
  if (arn === '*') return 'unknown principals';
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return arn;
  const resource = parts.slice(5).join(':');
  const slash = resource.indexOf('/');
  if (slash < 0) return resource;
  const type = resource.slice(0, slash);
  const rest = resource.slice(slash + 1);
  if (type === 'assumed-role') return `assumed-role/${rest}`;
  return `${type}/${rest.slice(rest.lastIndexOf('/') + 1)}`;
}

/** A principal with its account, for example `user/batch (111122223333)`. */
export function principalLabel(principal: string, account?: string): string {
  const short = shortPrincipal(principal);
  const acct = account ?? (principal.startsWith('arn:') ? principal.split(':')[4] : undefined);
  return acct && acct !== '*' ? `${short} (${acct})` : short;
}

/** A policy's short name: the name of a managed policy ARN, `user/x#inline` for an inline policy, else as it is. */
export function shortPolicy(policy: string): string {
  const hash = policy.indexOf('#');
  if (policy.startsWith('arn:') && hash > 0)
    return `${shortPrincipal(policy.slice(0, hash))}#${policy.slice(hash + 1)}`;
  const match = /^arn:[^:]*:iam::[^:]*:policy\/(?:.*\/)?([^/]+)$/.exec(policy);
  return match ? match[1] : policy;
}

/** The cause as a label and a place. */
export function causeView(cause: FindingCause): CauseView {
  const place: CausePlace = {};
  if (cause.file) place.file = cause.file;
  if (cause.file && cause.line !== undefined && Number.isInteger(cause.line) && cause.line > 0) place.line = cause.line;
  if (cause.address) place.address = cause.address;
  const statement = cause.sid
    ? `statement "${cause.sid}"`
    : cause.statementIndex !== undefined
      ? `statement #${cause.statementIndex}`
      : undefined;
  let label: string;
  if (statement && (cause.policy || cause.layer)) {
    const layer = cause.layer ? LAYER_NAMES[cause.layer] : undefined;
    const policy = [layer, cause.policy ? shortPolicy(cause.policy) : undefined].filter(Boolean).join(' ');
    label = `${statement} of ${policy}${cause.level ? ` on ${cause.level}` : ''}`;
  } else {
    label = cause.summary.replace(/\.$/, '');
    // A summary that already says where (as the planner writes reasons) is not followed by the same place again.
    if ((place.file || place.address) && label.includes(placeText(place))) return { label };
  }
  return place.file || place.address ? { label, place } : { label };
}

/** `policies/force-mfa.json:42 (aws_iam_policy.x)`, the file alone, or the address. */
export function placeText(place: CausePlace): string {
  const file = place.file ? `${place.file}${place.line ? `:${place.line}` : ''}` : undefined;
  if (file && place.address) return `${file} (${place.address})`;
  return file ?? place.address ?? '';
}

/** The text of an action summary: `s3:PutObject`, or `16,342 actions incl. s3:PutObject, ec2:RunInstances`. */
export function actionsText(actions: ActionsView): string {
  let text: string;
  if (actions.names.length === 0 || actions.names.includes('*')) text = 'all actions';
  else if (actions.total <= actions.names.length) text = actions.names.join(', ');
  else text = `${formatCount(actions.total)} actions incl. ${actions.names.join(', ')}`;
  return actions.resource ? `${text} on ${actions.resource}` : text;
}

/** The description of a scenario, `every sign-in` for `*`, or the id when the report does not describe it. */
export function scenarioLabel(report: ImpactReport, id: string): string {
  if (id === '*') return 'every sign-in';
  return (
    report.scenarios.find((s) => s.id === id)?.description ??
    BUILT_IN_SCENARIOS.find((s) => s.id === id)?.description ??
    id
  );
}

function rowKind(finding: Finding): RowKind {
  if (finding.change === 'lost') return finding.accepted ? 'accepted' : 'lost';
  return finding.change;
}

function causeKey(view: CauseView): string {
  return JSON.stringify([view.label, view.place?.file, view.place?.line, view.place?.address]);
}

function summarizeActions(findings: readonly Finding[]): ActionsView {
  const sorted = [...findings].sort(
    (a, b) => (b.actionClass?.size ?? 1) - (a.actionClass?.size ?? 1) || a.action.localeCompare(b.action),
  );
  const names: string[] = [];
  const add = (name: string) => {
    if (names.length < NAMED_ACTIONS && !names.includes(name)) names.push(name);
  };
  for (const f of sorted) add(f.action);
  const total = findings.reduce((sum, f) => sum + Math.max(f.actionClass?.size ?? 1, 1), 0);
  // Few classes: name more of their members, all of them when there are few enough.
  const wanted = total <= NAMED_ACTIONS ? total : 2;
  for (const f of sorted) for (const e of f.actionClass?.examples ?? []) if (names.length < wanted) add(e);
  const resources = new Set(findings.map((f) => f.resource));
  const view: ActionsView = { total: Math.max(total, names.length), names };
  if (resources.size === 1) {
    const [resource] = resources;
    if (resource !== '*' && resource !== '') view.resource = resource;
  }
  return view;
}

function scenarioOrder(report: ImpactReport): (id: string) => number {
  const ids = [...report.scenarios.map((s) => s.id), ...BUILT_IN_SCENARIOS.map((s) => s.id)];
  return (id) => {
    const i = ids.indexOf(id);
    return i < 0 ? ids.length : i;
  };
}

/** Findings grouped into rows and principals, per section; principals that lose the most actions first. */
export function groupFindings(report: ImpactReport): Record<RowKind, PrincipalGroup[]> {
  const order = scenarioOrder(report);
  const byRow = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = JSON.stringify([rowKind(f), f.account, f.principal, f.scenario]);
    const list = byRow.get(key);
    if (list) list.push(f);
    else byRow.set(key, [f]);
  }
  const groups = new Map<string, PrincipalGroup>();
  const result: Record<RowKind, PrincipalGroup[]> = { lost: [], accepted: [], gained: [], incomplete: [] };
  for (const findings of byRow.values()) {
    const first = findings[0];
    const causes = new Map<string, CauseView>();
    for (const f of findings) {
      const view = causeView(f.cause);
      causes.set(causeKey(view), view);
    }
    const row: ReportRow = {
      kind: rowKind(first),
      principal: first.principal,
      account: first.account,
      scenario: first.scenario,
      actions: summarizeActions(findings),
      causes: [...causes.values()],
      hints: [...new Set(findings.flatMap((f) => (f.hint ? [f.hint] : [])))],
      reasons: [...new Set(findings.flatMap((f) => (f.acceptedReason ? [f.acceptedReason] : [])))],
    };
    const key = JSON.stringify([row.kind, row.account, row.principal]);
    let group = groups.get(key);
    if (!group) {
      group = { principal: row.principal, account: row.account, rows: [], actions: 0 };
      groups.set(key, group);
      result[row.kind].push(group);
    }
    group.rows.push(row);
    group.actions += row.actions.total;
  }
  for (const list of Object.values(result)) {
    for (const g of list) {
      g.rows.sort((a, b) => order(a.scenario) - order(b.scenario) || a.scenario.localeCompare(b.scenario));
    }
    list.sort(
      (a, b) => b.actions - a.actions || a.account.localeCompare(b.account) || a.principal.localeCompare(b.principal),
    );
  }
  return result;
}

/** Failing and warning checks grouped by what they found (failures first); passing results are only counted. */
export function groupChecks(checks: readonly CheckResult[]): { groups: CheckGroup[]; passed: number } {
  const groups = new Map<string, CheckGroup>();
  let passed = 0;
  for (const c of checks) {
    if (c.status === 'pass') {
      passed++;
      continue;
    }
    const key = JSON.stringify([c.status, c.id, c.detail]);
    const group = groups.get(key);
    if (group) {
      if (!group.principals.includes(c.principal)) group.principals.push(c.principal);
    } else groups.set(key, { id: c.id, status: c.status, detail: c.detail, principals: [c.principal] });
  }
  const rank = (s: CheckStatus) => (s === 'fail' ? 0 : 1);
  return { groups: [...groups.values()].sort((a, b) => rank(a.status) - rank(b.status)), passed };
}

/** The verdict, without decoration. */
export interface Verdict {
  level: 'loss' | 'incomplete' | 'checks' | 'ok';
  text: string;
}

/** What the report says in one line. Never "no loss" alone when something could not be evaluated. */
export function verdict(report: ImpactReport): Verdict {
  const s = report.summary;
  const failing = new Set(report.checks.filter((c) => c.status === 'fail').map((c) => c.principal)).size;
  const incomplete = s.principalsIncomplete > 0 ? s.principalsIncomplete : s.incomplete > 0 ? 1 : 0;
  if (s.principalsLosingAccess > 0) {
    const lose = `${plural(s.principalsLosingAccess, 'principal')} ${s.principalsLosingAccess === 1 ? 'loses' : 'lose'} access`;
    return {
      level: 'loss',
      text: incomplete > 0 ? `${lose}, ${formatCount(incomplete)} could not be evaluated` : lose,
    };
  }
  if (incomplete > 0) {
    return { level: 'incomplete', text: `incomplete: ${plural(incomplete, 'principal')} could not be evaluated` };
  }
  if (failing > 0) {
    return { level: 'checks', text: `No principal loses access, but checks fail for ${plural(failing, 'principal')}` };
  }
  return { level: 'ok', text: 'No principal loses access' };
}

/** The counts line: values and what they count, for example `3` `lose access`. */
export function countItems(report: ImpactReport): { value: string; label: string }[] {
  const s = report.summary;
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  const warned = report.checks.filter((c) => c.status === 'warn').length;
  const items = [
    {
      value: formatCount(s.principalsLosingAccess),
      label: s.principalsLosingAccess === 1 ? 'loses access' : 'lose access',
    },
    {
      value: formatCount(s.principalsGainingAccess),
      label: s.principalsGainingAccess === 1 ? 'gains access' : 'gain access',
    },
    { value: formatCount(s.principalsIncomplete), label: 'could not be evaluated' },
    { value: formatCount(s.accepted), label: s.accepted === 1 ? 'accepted loss' : 'accepted losses' },
  ];
  if (report.checks.length > 0)
    items.push({ value: formatCount(failed), label: failed === 1 ? 'failed check' : 'failed checks' });
  if (warned > 0) items.push({ value: formatCount(warned), label: warned === 1 ? 'check warning' : 'check warnings' });
  items.push({
    value: formatCount(s.principals),
    label: `${s.principals === 1 ? 'principal' : 'principals'} evaluated, ${plural(s.decisions, 'decision')}`,
  });
  return items;
}
