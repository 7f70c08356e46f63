/**
 * The report as workflow annotations: an error on the changed file and line of each statement that takes access
 * away (per principal and cause, so that an SCP denying thousands of actions to thousands of roles does not flood
 * the log), a notice per gained access, a warning per evaluation that could not be completed and per change-set
 * warning, an error per failed check.
 *
 * GitHub shows at most 10 annotations of each level per step; one error is the verdict itself and one warning or
 * notice may come from the run. Each level therefore gets a budget, and when findings exceed it the last annotation
 * of the level says how many more there are and points to the job summary.
 */
import type { Finding, ImpactReport } from '../core/impact/report-types.js';
import { cleanText } from '../core/report/escape.js';
import { causeView, formatCount, groupChecks, placeText, plural, principalLabel } from '../core/report/report-view.js';
import type { ActionLog, AnnotationPlace } from './action-deps.js';

/** An annotation level. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  place: AnnotationPlace;
}

/** Annotations of each level the report may use, closing note included. */
export const ANNOTATION_BUDGET: Readonly<Record<AnnotationLevel, number>> = { error: 9, warning: 9, notice: 9 };

/** How many actions an annotation names. */
const NAMED_ACTIONS = 3;

/** What the annotations need besides the report. */
export interface AnnotationOptions {
  /** A repository-relative file (as causes name them) as the workspace-relative path annotations take. */
  workspacePath(repoFile: string): string;
  /** The config file, workspace-relative: where findings without a file of their own are annotated. */
  configFile?: string;
  /** Where the full report is, for the closing notes (the job summary). */
  fullReport: string;
  /** Budget per level (default {@link ANNOTATION_BUDGET}). */
  budget?: Readonly<Record<AnnotationLevel, number>>;
}

/** The findings of one principal with one cause. */
interface FindingGroup {
  change: Finding['change'];
  principal: string;
  account: string;
  findings: Finding[];
  actions: number;
}

/**
 * The actions a group stands for: the most any one scenario loses. Summing over scenarios would count an action
 * lost under access-key and under no-mfa-session twice.
 */
function actionCount(findings: readonly Finding[]): number {
  const perScenario = new Map<string, number>();
  for (const f of findings) {
    perScenario.set(f.scenario, (perScenario.get(f.scenario) ?? 0) + Math.max(f.actionClass?.size ?? 1, 1));
  }
  return Math.max(0, ...perScenario.values());
}

function groupByCause(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const c = f.cause;
    const key = JSON.stringify([
      f.change,
      f.accepted,
      f.account,
      f.principal,
      c.policy,
      c.level,
      c.statementIndex,
      c.file,
      c.line,
      c.address,
      c.policy === undefined && c.statementIndex === undefined ? c.summary : '',
    ]);
    let group = groups.get(key);
    if (!group) {
      group = { change: f.change, principal: f.principal, account: f.account, findings: [], actions: 0 };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  for (const group of groups.values()) group.actions = actionCount(group.findings);
  return [...groups.values()].sort(
    (a, b) => b.actions - a.actions || a.account.localeCompare(b.account) || a.principal.localeCompare(b.principal),
  );
}

function actionsOf(group: FindingGroup): string {
  const names: string[] = [];
  const ordered = [...group.findings].sort((a, b) => (b.actionClass?.size ?? 1) - (a.actionClass?.size ?? 1));
  for (const f of ordered) {
    for (const name of [f.action, ...(f.actionClass?.examples ?? [])]) {
      if (names.length < NAMED_ACTIONS && !names.includes(name)) names.push(name);
    }
  }
  if (group.actions <= names.length) return names.join(', ');
  return `${formatCount(group.actions)} actions incl. ${names.join(', ')}`;
}

function placeOf(group: FindingGroup, options: AnnotationOptions): AnnotationPlace {
  const cause = group.findings[0].cause;
  if (cause.file) {
    const place: AnnotationPlace = { file: options.workspacePath(cause.file) };
    if (cause.line !== undefined && Number.isInteger(cause.line) && cause.line > 0) place.startLine = cause.line;
    return place;
  }
  return options.configFile ? { file: options.configFile } : {};
}

function causeText(group: FindingGroup): string {
  const view = causeView(group.findings[0].cause);
  return view.place ? `${view.label} at ${placeText(view.place)}` : view.label;
}

const VERBS: Record<Finding['change'], [string, string]> = {
  lost: ['loses access', 'loses'],
  gained: ['gains access', 'gains'],
  incomplete: ['could not be evaluated', 'could not be evaluated for'],
};

function findingAnnotation(group: FindingGroup, level: AnnotationLevel, options: AnnotationOptions): Annotation {
  const who = principalLabel(group.principal, group.account);
  const [title, verb] = VERBS[group.change];
  const scenarios = [...new Set(group.findings.map((f) => f.scenario))].join(', ');
  const hints = [...new Set(group.findings.flatMap((f) => (f.hint ? [f.hint] : [])))];
  const lines = [
    `${who} ${verb} ${actionsOf(group)} when signing in with ${scenarios}.`,
    `${group.change === 'incomplete' ? 'Reason' : 'Cause'}: ${causeText(group)}.`,
  ];
  if (hints.length > 0) lines.push(`Hint: ${hints.join(' ')}`);
  return {
    level,
    message: cleanLines(lines),
    place: { title: cleanText(`iam-impact: ${who} ${title} (${scenarios})`), ...placeOf(group, options) },
  };
}

function cleanLines(lines: readonly string[]): string {
  return lines.map(cleanText).join('\n');
}

/** Caps a level's annotations at its budget, the last one then saying how many more there are. */
function capped(
  list: Annotation[],
  level: AnnotationLevel,
  noun: readonly [string, string],
  options: AnnotationOptions,
): Annotation[] {
  const budget = (options.budget ?? ANNOTATION_BUDGET)[level];
  if (list.length <= budget) return list;
  const shown = list.slice(0, Math.max(0, budget - 1));
  const more = list.length - shown.length;
  const what = plural(more, ...noun);
  shown.push({
    level,
    message: `…and ${what}: ${options.fullReport}.`,
    place: { title: `iam-impact: ${what} not annotated` },
  });
  return shown;
}

/** Every annotation of the report, budgeted per level, in the order they are emitted. */
export function reportAnnotations(report: ImpactReport, options: AnnotationOptions): Annotation[] {
  const groups = groupByCause(report.findings);
  const errors = groups
    .filter((g) => g.change === 'lost' && g.findings.every((f) => !f.accepted))
    .map((g) => findingAnnotation(g, 'error', options));
  for (const check of groupChecks(report.checks).groups) {
    if (check.status !== 'fail') continue;
    const who = check.principals.slice(0, 5).map((p) => principalLabel(p));
    if (check.principals.length > 5) who.push(`and ${formatCount(check.principals.length - 5)} more`);
    errors.push({
      level: 'error',
      message: cleanLines([`The ${check.id} check fails for ${who.join(', ')}: ${check.detail}`]),
      place: {
        title: cleanText(`iam-impact: the ${check.id} check fails`),
        ...(options.configFile ? { file: options.configFile } : {}),
      },
    });
  }
  const warnings = groups.filter((g) => g.change === 'incomplete').map((g) => findingAnnotation(g, 'warning', options));
  for (const w of report.warnings) {
    const place: AnnotationPlace = { title: cleanText(`iam-impact: ${w.kind}`) };
    if (w.source?.file) {
      place.file = options.workspacePath(w.source.file);
      if (w.source.line !== undefined && Number.isInteger(w.source.line) && w.source.line > 0)
        place.startLine = w.source.line;
    } else if (options.configFile) place.file = options.configFile;
    warnings.push({ level: 'warning', message: cleanLines([w.message]), place });
  }
  const notices = groups.filter((g) => g.change === 'gained').map((g) => findingAnnotation(g, 'notice', options));
  return [
    ...capped(errors, 'error', ['more loss or failed check', 'more losses or failed checks'], options),
    ...capped(warnings, 'warning', ['more warning', 'more warnings'], options),
    ...capped(notices, 'notice', ['more gain', 'more gains'], options),
  ];
}

/** Emits annotations through the log. */
export function emitAnnotations(annotations: readonly Annotation[], log: ActionLog): void {
  for (const a of annotations) log[a.level](a.message, a.place);
}
