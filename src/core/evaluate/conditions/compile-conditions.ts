/**
 * Compiles a statement's `Condition` clauses into one test. All parsing (numbers, dates, CIDRs, base64, globs,
 * policy-variable templates) happens here, once per statement; the returned test only compares, because it runs on
 * the engine's hot path.
 *
 * Semantics follow the IAM User Guide (see /work/shared/docs/aws-semantics.md E.3–E.7):
 * - clauses are AND-ed, the values of one clause are OR-ed (`reference_policies_multi-value-conditions`);
 * - a negated operator is true when the context value matches none of the values (the negation of the OR);
 * - an absent key makes a plain operator false, a negated one true, an `...IfExists` one true
 *   (`reference_policies_elements_condition_operators`, "Important" box);
 * - `ForAllValues` is true for an absent key or empty set, `ForAnyValue` false (`reference_policies_multi-value-conditions`).
 */
import ipaddr from 'ipaddr.js';
import { PolicyValidationError } from '../../errors.js';
import type { ConditionClause, PolicyVersion, SetQualifier } from '../../policy/types.js';
import { compileArnPattern } from '../arn.js';
import { compileTemplate, type CompiledTemplate } from '../policy-variables.js';
import type { ContextValue, RequestContext } from '../request.js';
import { compileParts, type GlobMatcher, type PatternPart } from '../wildcard.js';
import { parseConditionOperator, type OperatorSpec } from './condition-operators.js';

/** A compiled condition block: true when every clause holds for the request. */
export type ConditionTest = (context: RequestContext) => boolean;

/** Per-clause outcome for explanations: which clause failed and whether its key was present. */
export interface ClauseOutcome {
  /** JSON path of the clause. */
  path: string;
  /** The operator as written. */
  operator: string;
  /** The condition key as written. */
  key: string;
  /** True when the request carries the key with at least one value. */
  keyPresent: boolean;
  /** True when the clause holds. */
  matched: boolean;
}

/** Does one context value match at least one of the clause's policy values (the positive, un-negated comparison)? */
type ValueMatcher = (value: string, context: RequestContext) => boolean;

interface CompiledClause {
  readonly clause: ConditionClause;
  readonly test: ConditionTest;
}

const EMPTY_CONTEXT: RequestContext = { get: () => undefined };

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

/**
 * A memo for parsing context values (dates, IP addresses), which repeat across the statements of one decision and
 * across decisions. Bounded: it is simply cleared when full.
 */
function boundedMemo<T>(limit: number, parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = parse(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** An absent key and a key whose value is an empty set (a "null data set") behave alike. */
function isAbsent(value: ContextValue | undefined): value is undefined | readonly [] {
  return value === undefined || (typeof value !== 'string' && value.length === 0);
}

function quote(text: string): string {
  return JSON.stringify(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers: exact decimal comparison
// ---------------------------------------------------------------------------------------------------------------

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

interface Decimal {
  /** The value as a double. */
  readonly n: number;
  /**
   * True when the double comparison is exact: at most 15 significant digits and no exponent, so distinct decimals
   * map to distinct, identically ordered doubles.
   */
  readonly safe: boolean;
  /** The text, for the exact comparison of unsafe values. */
  readonly text: string;
}

function parseDecimal(text: string): Decimal | undefined {
  if (!NUMBER_RE.test(text)) return undefined;
  return { n: Number(text), safe: text.length <= 15 && !/[eE]/.test(text), text };
}

/** sign, significant digits (no leading/trailing zeros) and exponent such that value = 0.digits × 10^exp. */
interface Normalized {
  readonly sign: -1 | 0 | 1;
  readonly digits: string;
  readonly exp: number;
}

function normalizeDecimal(text: string): Normalized {
  let i = 0;
  let negative = false;
  if (text[0] === '+' || text[0] === '-') {
    negative = text[0] === '-';
    i = 1;
  }
  const ePos = text.search(/[eE]/);
  const mantissa = text.slice(i, ePos < 0 ? text.length : ePos);
  const exponent = ePos < 0 ? 0 : Number(text.slice(ePos + 1));
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot < 0 ? '' : mantissa.slice(dot + 1);
  let all = intPart + fracPart;
  let exp = intPart.length + exponent;
  const lead = all.search(/[^0]/);
  if (lead < 0) return { sign: 0, digits: '', exp: 0 };
  all = all.slice(lead);
  exp -= lead;
  all = all.replace(/0+$/, '');
  return { sign: negative ? -1 : 1, digits: all, exp };
}

function compareNormalized(a: Normalized, b: Normalized): number {
  if (a.sign !== b.sign) return a.sign - b.sign;
  if (a.sign === 0) return 0;
  let magnitude: number;
  if (a.exp !== b.exp) magnitude = a.exp - b.exp;
  else if (a.digits === b.digits) magnitude = 0;
  // With equal exponents and no trailing zeros, plain string order is numeric order (a prefix is the smaller).
  else magnitude = a.digits < b.digits ? -1 : 1;
  return magnitude * a.sign;
}

function compareDecimals(a: Decimal, b: Decimal): number {
  if (a.safe && b.safe) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  return compareNormalized(normalizeDecimal(a.text), normalizeDecimal(b.text));
}

// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------

/**
 * Date operators take "W3C implementations of the ISO 8601 date formats" or epoch (UNIX) seconds
 * (`reference_policies_elements_condition_operators`, Date condition operators). A string of digits (optionally
 * signed or with a fraction) is read as epoch seconds, so `2026` is a time in 1970, not a year.
 */
const EPOCH_RE = /^[+-]?\d+(?:\.\d+)?$/;
const ISO_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
const MS_PER_400_YEARS = 146097 * 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch, or `undefined` when the text is not a date AWS would read. */
function parseDate(text: string): number | undefined {
  if (EPOCH_RE.test(text)) return Number(text) * 1000;
  const m = ISO_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // Date.UTC maps years 0–99 to 1900–1999; shift by 400 Gregorian years (a whole number of days) and back.
  let ms =
    year < 100
      ? Date.UTC(year + 400, month - 1, day, hour, minute, second) - MS_PER_400_YEARS
      : Date.UTC(year, month - 1, day, hour, minute, second);
  if (m[7] !== undefined) ms += Number(`0.${m[7]}`) * 1000;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (hours > 23 || minutes > 59) return undefined;
    ms -= sign * (hours * 60 + minutes) * 60_000;
  }
  return ms;
}

const parseContextDate = boundedMemo(4096, (text) => parseDate(text) ?? null);

// ---------------------------------------------------------------------------------------------------------------
// Base64
// ---------------------------------------------------------------------------------------------------------------

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_INDEX = new Map([...BASE64_ALPHABET].map((c, i) => [c, i]));

/**
 * Decodes standard base64 (padding optional) into a string of byte values (one char per byte), or `undefined` when
 * the text is not base64. Unused trailing bits are ignored, as lenient decoders do.
 */
function decodeBase64(text: string): string | undefined {
  let body = text;
  if (body.endsWith('==')) body = body.slice(0, -2);
  else if (body.endsWith('=')) body = body.slice(0, -1);
  if (body.length !== text.length && text.length % 4 !== 0) return undefined;
  if (body.length % 4 === 1) return undefined;
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    const v = BASE64_INDEX.get(ch);
    if (v === undefined) return undefined;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// IP addresses
// ---------------------------------------------------------------------------------------------------------------

type IpAddressValue = { readonly v4: number } | { readonly v6: readonly number[] };
type IpRange =
  { readonly v4: number; readonly mask: number } | { readonly v6: readonly number[]; readonly bits: number };

function v4Number(octets: readonly number[]): number {
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}

function v4Mask(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/**
 * Parses an address as the context carries it. IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) become IPv4 through
 * `ipaddr.process`, so that they match IPv4 ranges. IPv4 must be dotted-quad decimal (no `10.1`, no hex/octal).
 */
function parseIp(text: string): IpAddressValue | undefined {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) addr = ipaddr.IPv4.parse(text);
  else if (text.includes(':') && ipaddr.IPv6.isValid(text)) addr = ipaddr.process(text);
  else return undefined;
  return addr.kind() === 'ipv4'
    ? { v4: v4Number((addr as ipaddr.IPv4).octets) }
    : { v6: (addr as ipaddr.IPv6).parts.slice() };
}

const parseContextIp = boundedMemo(4096, (text) => parseIp(text) ?? null);

/** Parses a policy value: a single address or a CIDR block, IPv4 or IPv6. */
function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  if (address.includes('%')) return undefined; // zone ids do not belong in a policy
  const parsed = parseIp(address);
  if (!parsed) return undefined;
  const isV4Text = ipaddr.IPv4.isValidFourPartDecimal(address);
  let bits: number;
  if (slash < 0) bits = isV4Text ? 32 : 128;
  else {
    const prefix = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefix)) return undefined;
    bits = Number(prefix);
    if (bits > (isV4Text ? 32 : 128)) return undefined;
  }
  if ('v4' in parsed) {
    if (!isV4Text) {
      // An IPv4-mapped IPv6 block: `::ffff:10.0.0.0/104` is 10.0.0.0/8. A shorter prefix than /96 spans more than
      // the mapped space and stays an IPv6 block.
      if (bits < 96) return { v6: ipaddr.IPv6.parse(address).parts.slice(), bits };
      bits -= 96;
    }
    const mask = v4Mask(bits);
    return { v4: (parsed.v4 & mask) >>> 0, mask };
  }
  return { v6: parsed.v6, bits };
}

function ipInRange(ip: IpAddressValue, range: IpRange): boolean {
  if ('v4' in range) return 'v4' in ip && (ip.v4 & range.mask) >>> 0 === range.v4;
  if (!('v6' in ip)) return false;
  for (let i = 0, left = range.bits; left > 0; i++, left -= 16) {
    const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
    if ((ip.v6[i] & mask) !== (range.v6[i] & mask)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Matchers per family
// ---------------------------------------------------------------------------------------------------------------

function fail(clause: ConditionClause, problem: string, hint: string): never {
  throw new PolicyValidationError(clause.path, problem, hint);
}

function parseBoolValue(text: string): boolean | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  const lower = text.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** A cache key for resolved pattern parts that cannot collide (lengths are spelled out). */
function partsKey(parts: readonly PatternPart[]): string {
  let key = '';
  for (const p of parts) key += p.kind === 'text' ? `t${p.value.length}:${p.value}` : p.value;
  return key;
}

/**
 * A template whose resolution depends on the request: compiles the resolved pattern on first use and remembers a
 * bounded number of them. `plainGlob` (StringLike; not ARNs, which match component by component) lets plain text and
 * text-then-`*` patterns skip the cache.
 */
function dynamicGlob(
  template: CompiledTemplate,
  compile: (parts: readonly PatternPart[]) => GlobMatcher,
  plainGlob: boolean,
): ValueMatcher {
  const cache = new Map<string, GlobMatcher>();
  return (value, context) => {
    const parts = template.resolve(context);
    // A variable without a value and without a default: the policy value matches nothing (`reference_policies_variables`).
    if (parts === undefined) return false;
    if (plainGlob) {
      // The common shapes (plain text, or text then one trailing `*`) need neither a cache key nor a compiled glob.
      let text = '';
      let last = 0;
      for (; last < parts.length; last++) {
        const p = parts[last];
        if (p.kind !== 'text') break;
        text += p.value;
      }
      if (last === parts.length) return value === text;
      if (last === parts.length - 1 && parts[last].value === '*') return value.startsWith(text);
    }
    const key = partsKey(parts);
    let matcher = cache.get(key);
    if (!matcher) {
      matcher = compile(parts);
      if (cache.size >= 256) cache.clear();
      cache.set(key, matcher);
    }
    return matcher(value);
  };
}

function anyOf(matchers: readonly ValueMatcher[]): ValueMatcher {
  if (matchers.length === 0) return () => false;
  if (matchers.length === 1) return matchers[0];
  return (value, context) => {
    for (const m of matchers) if (m(value, context)) return true;
    return false;
  };
}

/** String and Arn values, which take policy variables in 2012-10-17 documents (`reference_policies_variables`). */
function stringMatcher(spec: OperatorSpec, clause: ConditionClause, version: PolicyVersion): ValueMatcher {
  const variables = version === '2012-10-17';
  const templates = clause.values.map((v) => compileTemplate(v, { variables, path: clause.path }));
  const fixed = templates.filter((t) => !t.hasVariables);
  const dynamic = templates.filter((t) => t.hasVariables);

  if (spec.family === 'String' && spec.comparison !== 'like') {
    const ignoreCase = spec.comparison === 'equalsIgnoreCase';
    const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
    const set = new Set(fixed.map((t) => fold(t.resolveText(EMPTY_CONTEXT) as string)));
    const matchers: ValueMatcher[] = [];
    if (set.size === 1) {
      const only = [...set][0];
      matchers.push(ignoreCase ? (v) => v.length === only.length && v.toLowerCase() === only : (v) => v === only);
    } else if (set.size > 1) matchers.push(ignoreCase ? (v) => set.has(v.toLowerCase()) : (v) => set.has(v));
    for (const t of dynamic) {
      matchers.push((v, context) => {
        const resolved = t.resolveText(context);
        return resolved !== undefined && fold(resolved) === fold(v);
      });
    }
    return anyOf(matchers);
  }

  // StringLike is case-sensitive; ArnEquals and ArnLike behave alike, component by component
  // (`reference_policies_elements_condition_operators`, ARN condition operators).
  const compile = spec.family === 'Arn' ? compileArnPattern : (parts: readonly PatternPart[]) => compileParts(parts);
  const matchers: ValueMatcher[] = [];
  const globs = fixed.map((t) => compile(t.resolve(EMPTY_CONTEXT) as PatternPart[]));
  if (globs.length === 1) {
    const only = globs[0];
    matchers.push((v) => only(v));
  } else if (globs.length > 1) {
    matchers.push((v) => {
      for (const g of globs) if (g(v)) return true;
      return false;
    });
  }
  for (const t of dynamic) matchers.push(dynamicGlob(t, compile, spec.family === 'String'));
  return anyOf(matchers);
}

type Ordering = (cmp: number) => boolean;

function ordering(spec: OperatorSpec): Ordering {
  switch (spec.comparison) {
    case 'lt':
      return (c) => c < 0;
    case 'lte':
      return (c) => c <= 0;
    case 'gt':
      return (c) => c > 0;
    case 'gte':
      return (c) => c >= 0;
    default:
      return (c) => c === 0;
  }
}

function numericMatcher(spec: OperatorSpec, clause: ConditionClause): ValueMatcher {
  const values = clause.values.map(
    (v) =>
      parseDecimal(v) ??
      fail(
        clause,
        `${clause.operator} value ${quote(v)} is not a number`,
        'write an integer or a decimal, for example "10" or "3.5" (policy variables are not allowed with Numeric operators)',
      ),
  );
  const holds = ordering(spec);
  return (text) => {
    const d = parseDecimal(text);
    if (!d) return false;
    for (const p of values) if (holds(compareDecimals(d, p))) return true;
    return false;
  };
}

function dateMatcher(spec: OperatorSpec, clause: ConditionClause): ValueMatcher {
  const values = clause.values.map(
    (v) =>
      parseDate(v) ??
      fail(
        clause,
        `${clause.operator} value ${quote(v)} is not a date`,
        'write an ISO 8601 date or date-time such as "2026-01-01" or "2026-01-01T00:00:00Z", or epoch seconds such as "1767225600" (policy variables are not allowed with Date operators)',
      ),
  );
  const holds = ordering(spec);
  return (text) => {
    const t = parseContextDate(text);
    if (t === null) return false;
    for (const p of values) if (holds(t < p ? -1 : t > p ? 1 : 0)) return true;
    return false;
  };
}

function boolMatcher(clause: ConditionClause): ValueMatcher {
  const wanted = new Set(
    clause.values.map(
      (v) =>
        parseBoolValue(v) ??
        fail(clause, `${clause.operator} value ${quote(v)} is not a boolean`, 'write "true" or "false"'),
    ),
  );
  return (text) => {
    const b = parseBoolValue(text);
    return b !== undefined && wanted.has(b);
  };
}

function binaryMatcher(clause: ConditionClause): ValueMatcher {
  const wanted = new Set(
    clause.values.map(
      (v) =>
        decodeBase64(v) ??
        fail(
          clause,
          `${clause.operator} value ${quote(v)} is not valid base64`,
          'write the bytes base64-encoded with the standard alphabet (A–Z, a–z, 0–9, +, /) and = padding, for example "QmluYXJ5"',
        ),
    ),
  );
  return (text) => {
    const bytes = decodeBase64(text);
    return bytes !== undefined && wanted.has(bytes);
  };
}

function ipMatcher(clause: ConditionClause): ValueMatcher {
  const ranges = clause.values.map(
    (v) =>
      parseIpRange(v) ??
      fail(
        clause,
        `${clause.operator} value ${quote(v)} is not an IP address or CIDR block`,
        'write an IPv4 or IPv6 address or CIDR block, for example "203.0.113.0/24" or "2001:db8::/32"',
      ),
  );
  return (text) => {
    const ip = parseContextIp(text);
    if (ip === null) return false;
    for (const r of ranges) if (ipInRange(ip, r)) return true;
    return false;
  };
}

function valueMatcher(spec: OperatorSpec, clause: ConditionClause, version: PolicyVersion): ValueMatcher {
  switch (spec.family) {
    case 'String':
    case 'Arn':
      return stringMatcher(spec, clause, version);
    case 'Numeric':
      return numericMatcher(spec, clause);
    case 'Date':
      return dateMatcher(spec, clause);
    case 'Bool':
      return boolMatcher(clause);
    case 'Binary':
      return binaryMatcher(clause);
    case 'IpAddress':
      return ipMatcher(clause);
    case 'Null':
      throw new Error('Null is compiled separately');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------------------------

/** `Null`: `true` means the key is absent, `false` that it is present (`reference_policies_elements_condition_operators`). */
function compileNull(clause: ConditionClause): ConditionTest {
  let whenAbsent = false;
  let whenPresent = false;
  for (const v of clause.values) {
    const b = parseBoolValue(v);
    if (b === undefined) {
      fail(
        clause,
        `Null value ${quote(v)} is not "true" or "false"`,
        'write "true" to require that the key is absent or "false" to require that it is present (policy variables are not allowed with Null)',
      );
    }
    if (b) whenAbsent = true;
    else whenPresent = true;
  }
  const key = clause.key;
  return (context) => (isAbsent(context.get(key)) ? whenAbsent : whenPresent);
}

function compileClause(clause: ConditionClause, version: PolicyVersion): CompiledClause {
  const parsed = parseConditionOperator(clause.operator);
  if (typeof parsed === 'string') {
    fail(
      clause,
      parsed,
      'use an operator AWS documents, for example StringEquals, ForAnyValue:StringLike or BoolIfExists',
    );
  }
  const { spec, ifExists } = parsed;
  const qualifier: SetQualifier | undefined = parsed.qualifier;
  if (spec.family === 'Null') return { clause, test: compileNull(clause) };

  const match = valueMatcher(spec, clause, version);
  const negated = spec.negated;
  // Per context value: a negated operator holds when the value matches none of the policy values.
  const holds: ValueMatcher = negated ? (v, c) => !match(v, c) : match;
  const whenAbsent = ifExists || qualifier === 'ForAllValues' || (!qualifier && negated);
  const key = clause.key;

  let present: (value: string | readonly string[], context: RequestContext) => boolean;
  const every = (values: readonly string[], context: RequestContext) => {
    for (const v of values) if (!holds(v, context)) return false;
    return true;
  };
  const some = (values: readonly string[], context: RequestContext) => {
    for (const v of values) if (holds(v, context)) return true;
    return false;
  };
  if (qualifier === 'ForAllValues') {
    present = (value, context) => (typeof value === 'string' ? holds(value, context) : every(value, context));
  } else if (qualifier === 'ForAnyValue') {
    present = (value, context) => (typeof value === 'string' ? holds(value, context) : some(value, context));
  } else {
    // A plain operator against a multivalued key. The AWS docs only say that multivalued keys "require a condition
    // set operator" (`reference_policies_condition-single-vs-multi-valued-context-keys`) and leave the unqualified
    // case unspecified. Choice: a positive operator holds when any context value matches; a negated operator holds
    // when no context value matches any policy value (the negation of the positive operator).
    const onArray = negated ? every : some;
    present = (value, context) => (typeof value === 'string' ? holds(value, context) : onArray(value, context));
  }

  return {
    clause,
    test: (context) => {
      const value = context.get(key);
      if (isAbsent(value)) return whenAbsent;
      return present(value, context);
    },
  };
}

const compiledByVersion: Record<PolicyVersion, WeakMap<readonly ConditionClause[], readonly CompiledClause[]>> = {
  '2012-10-17': new WeakMap(),
  '2008-10-17': new WeakMap(),
};

function compileClauses(clauses: readonly ConditionClause[], version: PolicyVersion): readonly CompiledClause[] {
  const cache = compiledByVersion[version];
  let compiled = cache.get(clauses);
  if (!compiled) {
    compiled = clauses.map((c) => compileClause(c, version));
    cache.set(clauses, compiled);
  }
  return compiled;
}

/**
 * Compiles a statement's clauses (AND-ed). Returns undefined when there are none (always true). Throws
 * PolicyValidationError (path = clause.path) for values AWS would reject or that cannot be evaluated.
 */
export function compileConditions(
  clauses: readonly ConditionClause[],
  version: PolicyVersion,
): ConditionTest | undefined {
  const tests = compileClauses(clauses, version).map((c) => c.test);
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  if (tests.length === 2) {
    const [a, b] = tests;
    return (context) => a(context) && b(context);
  }
  return (context) => {
    for (const t of tests) if (!t(context)) return false;
    return true;
  };
}

/** Evaluates every clause on its own, for explanations. */
export function explainConditions(
  clauses: readonly ConditionClause[],
  version: PolicyVersion,
  context: RequestContext,
): ClauseOutcome[] {
  return compileClauses(clauses, version).map(({ clause, test }) => ({
    path: clause.path,
    operator: clause.operator,
    key: clause.key,
    keyPresent: !isAbsent(context.get(clause.key)),
    matched: test(context),
  }));
}
