/**
 * Glob matching as IAM does it: `*` matches any run of characters (including none, and including `/` and `:`),
 * `?` matches exactly one character. Everything else is literal. Patterns are compiled once; the common shapes
 * (exact text, a prefix, `*`) avoid regular expressions entirely, because matching sits on the engine's hot path.
 */

/** One piece of a pattern after policy variables are resolved: literal text or a wildcard. */
export type PatternPart =
  { readonly kind: 'text'; readonly value: string } | { readonly kind: 'wildcard'; readonly value: '*' | '?' };

/** A compiled glob. */
export type GlobMatcher = (candidate: string) => boolean;

const matchAll: GlobMatcher = () => true;

/** Splits a raw pattern into parts: `*` and `?` become wildcards, everything else text. */
export function patternParts(pattern: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let text = '';
  for (const ch of pattern) {
    if (ch === '*' || ch === '?') {
      if (text) parts.push({ kind: 'text', value: text });
      text = '';
      parts.push({ kind: 'wildcard', value: ch });
    } else {
      text += ch;
    }
  }
  if (text) parts.push({ kind: 'text', value: text });
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles pattern parts into a matcher. With `ignoreCase`, both sides are compared lower-cased (the caller passes
 * candidates as they are; folding happens here).
 */
export function compileParts(parts: readonly PatternPart[], ignoreCase = false): GlobMatcher {
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  if (parts.length === 0) return (candidate) => candidate === '';
  if (parts.length === 1 && parts[0].kind === 'wildcard' && parts[0].value === '*') return matchAll;
  if (parts.every((p) => p.kind === 'text')) {
    const exact = fold(parts.map((p) => p.value).join(''));
    return ignoreCase ? (c) => c.length === exact.length && c.toLowerCase() === exact : (c) => c === exact;
  }
  const last = parts[parts.length - 1];
  const head = parts.slice(0, -1);
  if (last.kind === 'wildcard' && last.value === '*' && head.every((p) => p.kind === 'text')) {
    const prefix = fold(head.map((p) => p.value).join(''));
    return ignoreCase ? (c) => c.toLowerCase().startsWith(prefix) : (c) => c.startsWith(prefix);
  }
  let source = '^';
  for (const part of parts) {
    if (part.kind === 'text') source += escapeRegExp(fold(part.value));
    else source += part.value === '*' ? '[\\s\\S]*' : '[\\s\\S]';
  }
  const re = new RegExp(source + '$', ignoreCase ? 'i' : '');
  return (candidate) => re.test(candidate);
}

/** Compiles a raw glob pattern (no policy variables). */
export function compileGlob(pattern: string, ignoreCase = false): GlobMatcher {
  return compileParts(patternParts(pattern), ignoreCase);
}

/** True when the pattern contains a `*` or `?`. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}
