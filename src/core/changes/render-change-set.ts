/**
 * Renders a change set for `iam-impact changes`: as JSON (documents in AWS form, with each statement's location),
 * or as a readable list with a per-statement diff, so users can check what iam-impact understood of their change.
 */
import { describeLocation } from '../evaluate/explanation.js';
import { policyJson, statementJson } from '../policy/serialize-policy.js';
import type { PolicyDocument, Statement } from '../policy/types.js';
import {
  isUnknown,
  type Change,
  type ChangeSet,
  type ChangeSource,
  type DocumentValue,
  type EntityRef,
  type Maybe,
} from './change-set.js';

function isDocument(value: unknown): value is PolicyDocument {
  return typeof value === 'object' && value !== null && 'statements' in value && 'version' in value;
}

/** The change set as JSON: policy documents in AWS form, statement locations alongside. */
export function changeSetJson(changeSet: ChangeSet): unknown {
  return JSON.parse(
    JSON.stringify(changeSet, (_key, value: unknown) =>
      isDocument(value)
        ? { policy: policyJson(value), statementLocations: value.statements.map((s) => s.location ?? null) }
        : value,
    ),
  );
}

function show<T>(value: Maybe<T> | undefined, render: (v: T) => string): string {
  if (value === undefined) return '(none)';
  return isUnknown(value) ? `(unknown: ${value.unknown})` : render(value);
}

function entity(value: Maybe<EntityRef> | undefined): string {
  return show(value, (e) => `${e.kind}/${e.name}${e.accountId ? ` in ${e.accountId}` : ''}`);
}

function text(value: Maybe<string> | undefined): string {
  return show(value, (v) => v);
}

function where(source: ChangeSource): string {
  const place = describeLocation({ file: source.file, line: source.line, address: source.address });
  return place === 'an unknown place' ? '' : `  (${place})`;
}

function statementName(s: Statement): string {
  return s.sid ? `statement "${s.sid}"` : `statement #${s.index}`;
}

function at(s: Statement): string {
  return s.location ? ` at ${describeLocation(s.location)}` : '';
}

/** Lines describing how a document changes, statement by statement. */
export function statementDiff(before: DocumentValue | undefined, after: DocumentValue | undefined): string[] {
  if (isUnknown(before) || isUnknown(after)) return [];
  const key = (s: Statement) => JSON.stringify(statementJson(s));
  const removed = [...(before?.statements ?? [])];
  const added: Statement[] = [];
  for (const s of after?.statements ?? []) {
    const i = removed.findIndex((b) => key(b) === key(s));
    if (i >= 0) removed.splice(i, 1);
    else added.push(s);
  }
  const lines: string[] = [];
  for (const s of added) {
    const old = s.sid ? removed.findIndex((b) => b.sid === s.sid) : -1;
    if (old >= 0) {
      removed.splice(old, 1);
      lines.push(`~ ${statementName(s)} changed${at(s)}`);
    } else lines.push(`+ ${statementName(s)} (${s.effect})${at(s)}`);
  }
  for (const s of removed)
    lines.push(`- ${statementName(s)} (${s.effect}) removed${s.location ? `, was${at(s)}` : ''}`);
  return lines;
}

function headline(change: Change): { mark: string; title: string; diff: string[] } {
  const mark = (before: unknown, after: unknown) => (before === undefined ? '+' : after === undefined ? '-' : '~');
  switch (change.kind) {
    case 'managed-policy':
      return {
        mark: mark(change.before, change.after),
        title: `managed policy ${text(change.policyArn)}`,
        diff: statementDiff(change.before, change.after),
      };
    case 'inline-policy':
      return {
        mark: mark(change.before, change.after),
        title: `inline policy "${text(change.policyName)}" of ${entity(change.entity)}`,
        diff: statementDiff(change.before, change.after),
      };
    case 'permissions-boundary':
      return {
        mark: '~',
        title: `permissions boundary of ${entity(change.entity)}: ${text(change.before)} → ${text(change.after)}`,
        diff: [],
      };
    case 'trust-policy':
      return {
        mark: mark(change.before, change.after),
        title: `trust policy of ${entity(change.role)}`,
        diff: statementDiff(change.before, change.after),
      };
    case 'attachment':
      return {
        mark: change.action === 'attach' ? '+' : '-',
        title: `${change.action} ${text(change.policyArn)} ${change.action === 'attach' ? 'to' : 'from'} ${entity(change.entity)}`,
        diff: [],
      };
    case 'group-membership':
      return {
        mark: change.action === 'add' ? '+' : '-',
        title: `${change.action === 'add' ? 'add' : 'remove'} ${entity(change.user)} ${change.action === 'add' ? 'to' : 'from'} ${entity(change.group)}`,
        diff: [],
      };
    case 'org-policy':
      return {
        mark: mark(change.before, change.after),
        title: `${change.policyType === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'} ${text(change.policyId)}${change.policyName ? ` "${change.policyName}"` : ''}`,
        diff: statementDiff(change.before, change.after),
      };
    case 'org-policy-created':
      return {
        mark: '+',
        title: `new ${change.policyType === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'}${change.policyName ? ` "${change.policyName}"` : ''} attached to ${change.targets.length === 0 ? 'nothing' : change.targets.map((t) => text(t)).join(', ')}`,
        diff: statementDiff(undefined, change.after),
      };
    case 'org-policy-attachment':
      return {
        mark: change.action === 'attach' ? '+' : '-',
        title: `${change.action} ${show(change.policyType, (t) => (t === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'))} ${text(change.policyId)} ${change.action === 'attach' ? 'to' : 'from'} ${text(change.targetId)}`,
        diff: [],
      };
    case 'account-moved':
      return {
        mark: '~',
        title: `move account ${change.accountId} from ${change.fromParent} to ${text(change.toParent)}`,
        diff: [],
      };
    case 'principal-created':
      return { mark: '+', title: `create ${entity(change.entity)}`, diff: [] };
    case 'principal-deleted':
      return { mark: '-', title: `delete ${entity(change.entity)}`, diff: [] };
  }
}

/** True when some value of the change is unknown at plan time. */
export function hasUnknown(change: Change): boolean {
  return Object.values(change).some((v) => isUnknown(v) || (Array.isArray(v) && v.some((x) => isUnknown(x))));
}

/** The change set as readable text. */
export function renderChangeSet(changeSet: ChangeSet): string {
  const { changes, warnings } = changeSet;
  const unknown = changes.filter(hasUnknown).length;
  const lines = [
    `${changes.length} IAM/Organizations change(s)` +
      (unknown > 0 ? `, ${unknown} with values unknown until apply (they make the evaluation incomplete)` : '') +
      (warnings.length > 0 ? `, ${warnings.length} warning(s)` : ''),
  ];
  if (changes.length > 0) lines.push('');
  for (const change of changes) {
    const { mark, title, diff } = headline(change);
    lines.push(`${hasUnknown(change) ? '?' : mark} ${title}${where(change.source)}`);
    for (const d of diff) lines.push(`    ${d}`);
  }
  if (warnings.length > 0) lines.push('');
  for (const w of warnings) lines.push(`warning [${w.kind}]: ${w.message}${w.source ? where(w.source) : ''}`);
  return `${lines.join('\n')}\n`;
}
