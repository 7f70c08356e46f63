/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`) and the escapes `${*}`, `${?}`,
 * `${$}`. Variables exist only in documents of Version 2012-10-17; in 2008-10-17 documents the text is literal.
 *
 * A template resolves to pattern parts: wildcards written in the policy stay wildcards, while substituted values and
 * escapes are literal text, so a tag value of `*` can never widen a pattern.
 */
import { PolicyValidationError } from '../errors.js';
import type { RequestContext } from './request.js';
import { patternParts, type PatternPart } from './wildcard.js';

type Piece =
  | { readonly kind: 'raw'; readonly value: string }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'variable'; readonly key: string; readonly fallback?: string };

/** A pattern or value with its policy variables located, ready to resolve against a request. */
export interface CompiledTemplate {
  /** The text as written. */
  readonly source: string;
  /** True when the text references at least one variable (escapes alone do not count). */
  readonly hasVariables: boolean;
  /**
   * The parts with variables substituted, or `undefined` when a variable has no value in the request and no
   * default (AWS then treats the pattern as matching nothing) or names a multi-valued key.
   */
  resolve(context: RequestContext): PatternPart[] | undefined;
  /** Like {@link resolve}, but every part as plain text, for operators without wildcards. */
  resolveText(context: RequestContext): string | undefined;
}

// A Map, not an object literal: `${toString}` must be a variable, not a lookup into Object.prototype.
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['*', '*'],
  ['?', '?'],
  ['$', '$'],
]);

function parsePieces(text: string, path: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  let raw = '';
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start < 0) break;
    const end = text.indexOf('}', start + 2);
    if (end < 0) break; // An unterminated `${` is literal text, as AWS treats it.
    raw += text.slice(i, start);
    const body = text.slice(start + 2, end).trim();
    const escaped = ESCAPES.get(body);
    if (escaped !== undefined) {
      if (raw) pieces.push({ kind: 'raw', value: raw });
      raw = '';
      pieces.push({ kind: 'literal', value: escaped });
    } else {
      const match = /^([^,\s]+)\s*(?:,\s*'([^']*)')?$/.exec(body);
      if (!match) {
        throw new PolicyValidationError(
          path,
          `malformed policy variable "\${${body}}"`,
          "write ${key} or ${key, 'default'}, for example ${aws:username}",
        );
      }
      if (raw) pieces.push({ kind: 'raw', value: raw });
      raw = '';
      pieces.push({ kind: 'variable', key: match[1], fallback: match[2] });
    }
    i = end + 1;
  }
  raw += text.slice(i);
  if (raw) pieces.push({ kind: 'raw', value: raw });
  return pieces;
}

/**
 * Compiles a pattern or condition value. With `variables` false (a 2008-10-17 document, or an operator family
 * that does not take variables) the text is taken literally, except that `*` and `?` remain wildcards.
 */
export function compileTemplate(text: string, options: { variables: boolean; path: string }): CompiledTemplate {
  if (!options.variables || !text.includes('${')) {
    const parts = patternParts(text);
    return { source: text, hasVariables: false, resolve: () => parts, resolveText: () => text };
  }
  const pieces = parsePieces(text, options.path);
  const hasVariables = pieces.some((p) => p.kind === 'variable');
  const lookup = (piece: Piece & { kind: 'variable' }, context: RequestContext): string | undefined => {
    const value = context.get(piece.key);
    if (typeof value === 'string') return value;
    // Only single-valued keys can be variables; a multi-valued or absent key falls back to the default.
    return piece.fallback;
  };
  return {
    source: text,
    hasVariables,
    resolve(context) {
      const parts: PatternPart[] = [];
      for (const piece of pieces) {
        if (piece.kind === 'raw') parts.push(...patternParts(piece.value));
        else if (piece.kind === 'literal') parts.push({ kind: 'text', value: piece.value });
        else {
          const value = lookup(piece, context);
          if (value === undefined) return undefined;
          parts.push({ kind: 'text', value });
        }
      }
      return parts;
    },
    resolveText(context) {
      let out = '';
      for (const piece of pieces) {
        if (piece.kind === 'variable') {
          const value = lookup(piece, context);
          if (value === undefined) return undefined;
          out += value;
        } else out += piece.value;
      }
      return out;
    },
  };
}
