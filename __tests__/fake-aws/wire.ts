/**
 * Wire-level helpers of the fake AWS endpoint: the AWS query protocol (form-encoded requests, XML responses), the
 * JSON 1.1 error shape, opaque pagination tokens and a seeded random source for fault injection.
 */
import { randomUUID } from 'node:crypto';

/** An error the fake answers with, in the service's own error shape. */
export class AwsError extends Error {
  /** Extra members of a JSON error body (for example Organizations' `Reason`). */
  fields?: Record<string, unknown>;

  constructor(
    /** HTTP status. */
    readonly status: number,
    /** The error code (`AccessDenied`, `NoSuchEntity`, `AccessDeniedException`, …). */
    readonly code: string,
    message: string,
    /** `Sender` for client faults, `Receiver` for server faults (query protocol only). */
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
    this.name = 'AwsError';
  }
}

/** A new request id, as AWS sends in `x-amzn-RequestId`. */
export function requestId(): string {
  return randomUUID();
}

// ---------------------------------------------------------------------------------------------------------------
// Query protocol requests

/** A parsed query-protocol parameter tree: `A.member.1.B=x` becomes `{ A: [{ B: 'x' }] }`. */
export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };
export type QueryParams = Record<string, QueryValue>;

/**
 * Parses a form-encoded query-protocol body into a tree. `member.N` segments become array positions (1-based on the
 * wire); `entry.N.key/value` maps are not used by the operations the fake serves.
 */
export function parseQueryBody(body: string): { action: string; version: string; params: QueryParams } {
  const form = new URLSearchParams(body);
  const params: QueryParams = {};
  let action = '';
  let version = '';
  for (const [key, value] of form) {
    if (key === 'Action') {
      action = value;
      continue;
    }
    if (key === 'Version') {
      version = value;
      continue;
    }
    setPath(params, key.split('.'), value);
  }
  return { action, version, params: compactArrays(params) as QueryParams };
}

function setPath(target: Record<string, QueryValue>, segments: string[], value: string): void {
  // `X.member.N` is position N-1 of list X.
  const path: (string | number)[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === 'member' && /^\d+$/.test(segments[i + 1] ?? '')) {
      path.push(Number(segments[i + 1]) - 1);
      i++;
    } else path.push(segments[i]);
  }
  let node = target as Record<string | number, QueryValue>;
  for (let i = 0; i < path.length - 1; i++) {
    let child = node[path[i]];
    if (child === undefined || typeof child === 'string') {
      child = typeof path[i + 1] === 'number' ? [] : {};
      node[path[i]] = child;
    }
    node = child as Record<string | number, QueryValue>;
  }
  node[path[path.length - 1]] = value;
}

function compactArrays(value: QueryValue): QueryValue {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (typeof value === 'object') {
    const out: Record<string, QueryValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = compactArrays(v);
    return out;
  }
  return value;
}

/** A string parameter, or undefined. */
export function str(value: QueryValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A list parameter (`X.member.N`); an empty `X=` (how the SDK sends empty lists) is an empty list. */
export function list(value: QueryValue | undefined): QueryValue[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === '') return [];
  return [value];
}

/** A list of strings. */
export function strings(value: QueryValue | undefined): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

/** A structure parameter. */
export function struct(value: QueryValue | undefined): Record<string, QueryValue> {
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** An integer parameter within bounds, validated as AWS does (`ValidationError`). */
export function intParam(
  value: QueryValue | undefined,
  name: string,
  min: number,
  max: number,
  code = 'ValidationError',
): number | undefined {
  const text = str(value);
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AwsError(
      400,
      code,
      `1 validation error detected: Value '${text}' at '${name}' failed to satisfy constraint: Member must have value between ${min} and ${max}`,
    );
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// XML responses

/** A value serialisable to query-protocol XML: structures become elements, arrays become `<member>` lists. */
export type XmlValue = string | number | boolean | Date | undefined | null | XmlValue[] | { [key: string]: XmlValue };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Serialises one element. `undefined`/`null` members are left out, as AWS leaves out absent members. */
export function toXml(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((v) => toXml('member', v)).join('')}</${name}>`;
  if (value instanceof Date) return `<${name}>${isoDate(value)}</${name}>`;
  if (typeof value === 'object') {
    const body = Object.entries(value)
      .map(([k, v]) => toXml(k, v))
      .join('');
    return `<${name}>${body}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** ISO 8601 without milliseconds, as IAM writes timestamps (`2023-03-09T10:41:45Z`). */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Normalises a snapshot date (`2023-03-09 10:41:45+00:00`, ISO, epoch) to ISO 8601, or undefined. */
export function normalizeDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = new Date(typeof value === 'number' ? value * (value < 1e11 ? 1000 : 1) : String(value));
  return Number.isNaN(date.getTime()) ? undefined : isoDate(date);
}

/** The `<OpResponse><OpResult>…` envelope of a successful query-protocol answer. */
export function queryResponse(operation: string, namespace: string, result: Record<string, XmlValue>, id: string) {
  const body = Object.entries(result)
    .map(([k, v]) => toXml(k, v))
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${operation}Response xmlns="${namespace}"><${operation}Result>${body}</${operation}Result>` +
    `<ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata></${operation}Response>`
  );
}

/** The query-protocol error envelope. */
export function queryError(error: AwsError, namespace: string, id: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<ErrorResponse xmlns="${namespace}"><Error><Type>${error.type}</Type><Code>${escapeXml(error.code)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Pagination

interface TokenState {
  /** Operation the token belongs to. */
  op: string;
  /** Offset of the next item. */
  o: number;
  /** Set once the empty page for this offset has been served (empty-page fault). */
  x?: 1;
}

function encodeToken(state: TokenState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function decodeToken(token: string, op: string, code: string): TokenState {
  try {
    const state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as TokenState;
    if (state.op === op && Number.isInteger(state.o) && state.o >= 0) return state;
  } catch {
    // fall through
  }
  throw new AwsError(400, code, `Invalid pagination token "${token}" for ${op}.`);
}

/** One page of a list and the token of the next, or no token at the end. */
export interface Page<T> {
  items: T[];
  next?: string;
}

/**
 * Cuts a page. With `emptyPages`, every page with data is preceded by an empty page that still carries a token, as
 * Organizations (and occasionally IAM) do.
 */
export function paginate<T>(
  all: readonly T[],
  options: { op: string; token?: string; limit: number; emptyPages: boolean; invalidTokenCode: string },
): Page<T> {
  const state: TokenState = options.token
    ? decodeToken(options.token, options.op, options.invalidTokenCode)
    : { op: options.op, o: 0 };
  if (options.emptyPages && !state.x) {
    return { items: [], next: encodeToken({ op: options.op, o: state.o, x: 1 }) };
  }
  const items = all.slice(state.o, state.o + options.limit);
  const end = state.o + items.length;
  return { items, next: end < all.length ? encodeToken({ op: options.op, o: end }) : undefined };
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small seeded PRNG, so fault injection is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
