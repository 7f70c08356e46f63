/**
 * The snapshot as the fake serves it: per-account authorization details, the organization tree, and the shared
 * request context every handler receives.
 */
import type {
  RawAuthorizationDetails,
  RawFullSnapshot,
  RawManagedPolicyDetail,
  RawOrgPolicy,
} from '../../src/core/inventory/snapshot-format.js';
import { normalizeDate, type XmlValue } from './wire.js';

/** Who is calling, resolved from the SigV4 credential. */
export interface Caller {
  /** The account the credentials belong to. */
  account: string;
  /** The caller's ARN (a user for base credentials, an assumed-role session for minted ones). */
  arn: string;
  /** The caller's unique id, as GetCallerIdentity returns it. */
  userId: string;
}

/** Settings every handler reads. */
export interface FakeSettings {
  snapshot: RawFullSnapshot;
  iamPageSize: number;
  orgPageSize: number;
  emptyPages: boolean;
}

/** One request as handlers see it. */
export interface HandlerRequest<P> {
  operation: string;
  params: P;
  caller: Caller;
  settings: FakeSettings;
}

const EMPTY: RawAuthorizationDetails = {};

/** The authorization details of an account (empty for an org account without a snapshot entry). */
export function detailsOf(snapshot: RawFullSnapshot, account: string): RawAuthorizationDetails {
  return snapshot.accounts[account] ?? EMPTY;
}

/** Every account the fake knows: those with details and those in the organization. */
export function knownAccounts(snapshot: RawFullSnapshot): Set<string> {
  const known = new Set(Object.keys(snapshot.accounts));
  const org = snapshot.organization;
  if (org) {
    known.add(org.managementAccountId);
    for (const a of org.accounts) known.add(a.Id);
  }
  return known;
}

/** The account a 12-digit-account ARN names. */
export function accountOfArn(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts.length >= 6 && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Policy documents

/** A policy document as IAM returns it: URL-encoded JSON text (RFC 3986, like `encodeURIComponent`). */
export function encodePolicyDocument(document: unknown): string {
  if (typeof document === 'string') {
    const text = document.trim();
    return text.startsWith('%7B') || text.startsWith('%7b') ? text : encodeURIComponent(document);
  }
  return encodeURIComponent(JSON.stringify(document));
}

/** JSON text of an Organizations policy `Content` (text or object). */
export function contentText(content: unknown): string {
  return typeof content === 'string' ? content : JSON.stringify(content);
}

const DOCUMENT_KEYS = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'Document']);
const DATE_KEYS = new Set(['CreateDate', 'UpdateDate', 'LastUsedDate', 'PasswordLastUsed']);

/**
 * Converts a snapshot entity (AWS field names) to its wire form: policy documents URL-encoded, timestamps in ISO
 * 8601. Lists become `<member>` lists when serialised.
 */
export function toWire(value: unknown, key = ''): XmlValue {
  if (value === undefined || value === null) return undefined;
  if (DOCUMENT_KEYS.has(key)) return encodePolicyDocument(value);
  if (DATE_KEYS.has(key)) return normalizeDate(value);
  if (Array.isArray(value)) return value.map((v) => toWire(v));
  if (typeof value === 'object') {
    const out: Record<string, XmlValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toWire(v, k);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** The managed policy with this ARN in an account's details. */
export function managedPolicy(details: RawAuthorizationDetails, arn: string): RawManagedPolicyDetail | undefined {
  return details.Policies?.find((p) => p.Arn === arn);
}

/** The default version's document of a managed policy, or undefined when the snapshot lacks it. */
export function defaultDocument(policy: RawManagedPolicyDetail | undefined): unknown {
  if (!policy) return undefined;
  const versions = policy.PolicyVersionList ?? [];
  const version =
    versions.find((v) => v.IsDefaultVersion) ??
    versions.find((v) => v.VersionId === policy.DefaultVersionId) ??
    versions[0];
  return version?.Document;
}

// ---------------------------------------------------------------------------------------------------------------
// Organization

/** The root → OUs → account chain of ids for an account, or undefined when it is not in the organization. */
export function orgPath(snapshot: RawFullSnapshot, account: string): string[] | undefined {
  const org = snapshot.organization;
  if (!org) return undefined;
  const entry = org.accounts.find((a) => a.Id === account);
  if (!entry) return undefined;
  const path = [account];
  let parent: string | undefined = entry.ParentId;
  const seen = new Set<string>();
  while (parent && !seen.has(parent)) {
    seen.add(parent);
    path.unshift(parent);
    if (org.roots.some((r) => r.Id === parent)) return path;
    parent = org.organizationalUnits.find((ou) => ou.Id === parent)?.ParentId;
  }
  return path;
}

/** The policies of a type attached directly to a target. */
export function policiesForTarget(snapshot: RawFullSnapshot, target: string, type: string): RawOrgPolicy[] {
  return (snapshot.organization?.policies ?? []).filter((p) => p.Type === type && p.Targets.includes(target));
}
