/**
 * What the engine says about a decision. The impact report turns these into its "cause" column, so every field is
 * plain data: which statements matched, in which policy and layer, and which layer lacked an allow.
 */
import type { Effect, SourceLocation } from '../policy/types.js';

/** The layer of the evaluation a policy belongs to. */
export type Layer = 'identity' | 'permissionsBoundary' | 'session' | 'scp' | 'rcp' | 'resource';

/** The IAM policy simulator's decision vocabulary. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** A statement that took part in a decision. */
export interface StatementRef {
  /** The layer of its policy. */
  layer: Layer;
  /** The policy's name: an ARN, an SCP id, or a label such as `identity[2]`. */
  policy: string;
  /** For SCP and RCP levels: the level's position, 0 being the root. */
  level?: number;
  /** For SCP and RCP levels: the root, OU or account id of the level, when known. */
  levelId?: string;
  /** 0-based index of the statement in its policy. */
  statementIndex: number;
  /** The statement's Sid, when it has one. */
  sid?: string;
  /** The statement's effect. */
  effect: Effect;
  /** Where the statement is written, when known. */
  location?: SourceLocation;
}

/** A layer that had no applicable allow, which is what makes a decision an implicit deny. */
export interface MissingAllow {
  /** The layer lacking an allow. */
  layer: Layer;
  /** For SCP levels: the level's position. */
  level?: number;
  /** For SCP levels: the root, OU or account id, when known. */
  levelId?: string;
  /** A sentence saying what is missing, for example "SCP level ou-abcd-1234 has no statement allowing s3:PutObject". */
  reason: string;
}

/** The engine's full account of one decision. */
export interface Evaluation {
  /** The decision. */
  decision: Decision;
  /** Every matching Deny statement (non-empty exactly when the decision is `explicitDeny`). */
  denies: StatementRef[];
  /** Every matching Allow statement, in every layer. */
  allows: StatementRef[];
  /** The layers that lacked an allow (non-empty exactly when the decision is `implicitDeny`). */
  missingAllow: MissingAllow[];
  /** Facts that shaped the decision, for example "SCPs do not apply to service-linked roles". */
  notes: string[];
}

/** How reports name each layer. */
export const LAYER_NAMES: Readonly<Record<Layer, string>> = {
  identity: 'identity-based policy',
  permissionsBoundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
  resource: 'resource-based policy',
};

/** `file:line`, the file alone, or the Terraform address, whichever is known. */
export function describeLocation(location: SourceLocation): string {
  const file = location.file ? `${location.file}${location.line ? `:${location.line}` : ''}` : undefined;
  if (file && location.address) return `${file} (${location.address})`;
  return file ?? location.address ?? 'an unknown place';
}

/** A readable name of a statement, for example `SCP p-123 (level ou-abcd) statement "DenyNoMfa" (#2)`. */
export function describeStatement(ref: StatementRef): string {
  const level = ref.level === undefined ? '' : ` at level ${ref.levelId ?? ref.level}`;
  const sid = ref.sid ? `"${ref.sid}" (#${ref.statementIndex})` : `#${ref.statementIndex}`;
  const where = ref.location ? ` at ${describeLocation(ref.location)}` : '';
  return `${LAYER_NAMES[ref.layer]} ${ref.policy}${level} statement ${sid}${where}`;
}

/** One sentence that explains the decision. */
export function summarize(evaluation: Evaluation): string {
  if (evaluation.decision === 'explicitDeny') {
    return `Explicitly denied by ${evaluation.denies.map(describeStatement).join('; ')}.`;
  }
  if (evaluation.decision === 'implicitDeny') {
    return `Implicitly denied: ${evaluation.missingAllow.map((m) => m.reason).join('; ')}.`;
  }
  const allows = evaluation.allows.filter((a) => a.layer !== 'scp' && a.layer !== 'rcp');
  return allows.length > 0 ? `Allowed by ${allows.map(describeStatement).join('; ')}.` : 'Allowed.';
}
