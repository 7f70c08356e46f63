/**
 * The catalogue of condition operators. The parser uses it to reject operators AWS would reject, and the condition
 * compiler uses it to pick the comparison for each family.
 */
import type { SetQualifier } from '../../policy/types.js';

/** The family of a base operator: decides how values are parsed and compared. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** What a base operator does. */
export interface OperatorSpec {
  /** The family. */
  family: OperatorFamily;
  /** True for the negated operators (`StringNotEquals`, `NotIpAddress`, …), which match an absent key. */
  negated: boolean;
  /** The comparison within the family. */
  comparison: 'equals' | 'like' | 'equalsIgnoreCase' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'null';
}

/** Every base operator AWS documents, by canonical name. */
export const BASE_OPERATORS: ReadonlyMap<string, OperatorSpec> = new Map<string, OperatorSpec>([
  ['StringEquals', { family: 'String', negated: false, comparison: 'equals' }],
  ['StringNotEquals', { family: 'String', negated: true, comparison: 'equals' }],
  ['StringEqualsIgnoreCase', { family: 'String', negated: false, comparison: 'equalsIgnoreCase' }],
  ['StringNotEqualsIgnoreCase', { family: 'String', negated: true, comparison: 'equalsIgnoreCase' }],
  ['StringLike', { family: 'String', negated: false, comparison: 'like' }],
  ['StringNotLike', { family: 'String', negated: true, comparison: 'like' }],
  ['NumericEquals', { family: 'Numeric', negated: false, comparison: 'equals' }],
  ['NumericNotEquals', { family: 'Numeric', negated: true, comparison: 'equals' }],
  ['NumericLessThan', { family: 'Numeric', negated: false, comparison: 'lt' }],
  ['NumericLessThanEquals', { family: 'Numeric', negated: false, comparison: 'lte' }],
  ['NumericGreaterThan', { family: 'Numeric', negated: false, comparison: 'gt' }],
  ['NumericGreaterThanEquals', { family: 'Numeric', negated: false, comparison: 'gte' }],
  ['DateEquals', { family: 'Date', negated: false, comparison: 'equals' }],
  ['DateNotEquals', { family: 'Date', negated: true, comparison: 'equals' }],
  ['DateLessThan', { family: 'Date', negated: false, comparison: 'lt' }],
  ['DateLessThanEquals', { family: 'Date', negated: false, comparison: 'lte' }],
  ['DateGreaterThan', { family: 'Date', negated: false, comparison: 'gt' }],
  ['DateGreaterThanEquals', { family: 'Date', negated: false, comparison: 'gte' }],
  ['Bool', { family: 'Bool', negated: false, comparison: 'equals' }],
  ['BinaryEquals', { family: 'Binary', negated: false, comparison: 'equals' }],
  ['IpAddress', { family: 'IpAddress', negated: false, comparison: 'in' }],
  ['NotIpAddress', { family: 'IpAddress', negated: true, comparison: 'in' }],
  ['ArnEquals', { family: 'Arn', negated: false, comparison: 'like' }],
  ['ArnLike', { family: 'Arn', negated: false, comparison: 'like' }],
  ['ArnNotEquals', { family: 'Arn', negated: true, comparison: 'like' }],
  ['ArnNotLike', { family: 'Arn', negated: true, comparison: 'like' }],
  ['Null', { family: 'Null', negated: false, comparison: 'null' }],
]);

/** An operator split into its qualifier, base operator and `IfExists` flag. */
export interface ParsedOperator {
  /** The base operator, for example `StringLike`. */
  baseOperator: string;
  /** `ForAllValues` or `ForAnyValue`, when present. */
  qualifier?: SetQualifier;
  /** True for the `...IfExists` forms. */
  ifExists: boolean;
  /** The base operator's specification. */
  spec: OperatorSpec;
}

const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];

// AWS accepts operator names in any case: its own sample RCPs ship `ForAnyValue:Stringlike`.
const BY_FOLDED_NAME: ReadonlyMap<string, string> = new Map(
  [...BASE_OPERATORS.keys()].map((name) => [name.toLowerCase(), name]),
);

/**
 * Splits an operator such as `ForAnyValue:StringLikeIfExists`. Returns a string describing the problem when the
 * operator is not one AWS accepts (`Null` takes neither `IfExists` nor a qualifier).
 */
export function parseConditionOperator(operator: string): ParsedOperator | string {
  let rest = operator;
  let qualifier: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    qualifier = QUALIFIERS.find((q) => q.toLowerCase() === prefix.toLowerCase());
    if (!qualifier) return `unknown set qualifier "${prefix}" (use ForAllValues or ForAnyValue)`;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith('ifexists') && rest.length > 'IfExists'.length) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const canonical = BY_FOLDED_NAME.get(rest.toLowerCase());
  const spec = canonical === undefined ? undefined : BASE_OPERATORS.get(canonical);
  if (!spec || canonical === undefined) return `unknown condition operator "${operator}"`;
  rest = canonical;
  if (spec.family === 'Null' && (ifExists || qualifier)) {
    return `"${operator}" is not valid: Null takes neither IfExists nor a set qualifier`;
  }
  return { baseOperator: rest, qualifier, ifExists, spec };
}
