/**
 * The resources an action class is also evaluated on: the Resource patterns of the Allow statements that grant it
 * on specific resources. A change that denies `*` decides `*` and `arn:aws:s3:::reports/*` alike, but an allow
 * scoped to `arn:aws:s3:::reports/*` does not match the literal request resource `*`: evaluated on `*` only, the
 * principal would look denied before the change already, and its loss would go unreported.
 */
import { compileGlob, type GlobMatcher } from '../evaluate/wildcard.js';
import type { PolicyDocument } from '../policy/types.js';

/** At most this many scoped patterns per class: each one is another request per scenario and side. */
export const MAX_SCOPED_RESOURCES = 10;

interface ScopedAllow {
  actions: GlobMatcher[];
  negated: boolean;
  /** The specific resources; empty for an allow on every resource. */
  resources: string[];
}

const scopedOf = new WeakMap<PolicyDocument, ScopedAllow[]>();

/** The Allow statements of a document that name specific resources (compiled once per shared document). */
function scopedAllows(document: PolicyDocument): ScopedAllow[] {
  let scoped = scopedOf.get(document);
  if (!scoped) {
    scoped = [];
    for (const s of document.statements) {
      if (s.effect !== 'Allow') continue;
      // An allow on every resource (`*`, or NotResource) is decided on `*` already: it needs no scoped resource.
      const everywhere = !s.resources || s.resources.includes('*');
      // A pattern with a policy variable is not a resource anyone can request as written.
      const resources = everywhere ? [] : s.resources!.filter((r) => !r.includes('${'));
      if (!everywhere && resources.length === 0) continue;
      const patterns = s.notActions ?? s.actions ?? [];
      scoped.push({
        actions: patterns.map((p) => compileGlob(p, true)),
        negated: s.notActions !== undefined,
        resources,
      });
    }
    scopedOf.set(document, scoped);
  }
  return scoped;
}

/**
 * The specific resources the documents' Allow statements grant `action` on, sorted, at most
 * {@link MAX_SCOPED_RESOURCES}; none when an allow on every resource grants it (then `*` stands for them all).
 */
export function scopedAllowResources(documents: readonly PolicyDocument[], action: string): string[] {
  const out = new Set<string>();
  for (const document of documents) {
    for (const allow of scopedAllows(document)) {
      const matched = allow.actions.some((m) => m(action));
      if (matched === allow.negated) continue;
      if (allow.resources.length === 0) return [];
      for (const r of allow.resources) out.add(r);
    }
  }
  return [...out].sort().slice(0, MAX_SCOPED_RESOURCES);
}
