/**
 * The file patterns of the config file's `policies[].file`: repository-relative paths that may hold wildcards, each
 * `*` and `**` of which is a numbered capture that target fields reuse as `{1}`, `{2}`, …
 *
 * The syntax is the familiar subset of shell globs, with one meaning each:
 *
 * - `*` matches any text within one path segment (not `/`), including the empty text and names starting with `.`;
 * - `**`, as a whole segment, matches zero or more directories (`a/**` + `/x.json` matches `a/x.json` and
 *   `a/b/c/x.json`);
 * - `?` matches one character other than `/`;
 * - `[abc]`, `[a-z]`, `[!abc]` match one character of (or not of) a class, never `/`;
 * - `{a,b}` matches one of the literal alternatives (no wildcards inside);
 * - `\` makes the next character literal.
 *
 * Only `*` and `**` capture: `{n}` is the text the n-th of them matched, counting from 1, left to right (a `**`
 * that matched no directory captures the empty text, and a `**` capture has no trailing `/`).
 */

/** A compiled file pattern. */
export interface FilePattern {
  /** The pattern as written. */
  pattern: string;
  /** How many `*` and `**` it has (the captures `{1}` … `{wildcards}`). */
  wildcards: number;
  /** True when the pattern has no wildcard, class or alternative: it names one file. */
  literal: boolean;
  /** The one path a literal pattern names (its backslash escapes removed). */
  literalPath?: string;
  /** Matches a repository-relative path; group n is capture n. */
  regex: RegExp;
}

/** Why a pattern does not compile, for the config reader to report with its line. */
export class GlobSyntaxError extends Error {}

const SPECIAL = /[\\^$.|?*+()[\]{}]/g;

function escapeRegex(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** Compiles one path segment; returns its regex source and how many captures it added. */
function compileSegment(segment: string, pattern: string): { source: string; captures: number; literal: boolean } {
  let source = '';
  let captures = 0;
  let literal = true;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\') {
      if (i + 1 >= segment.length) throw new GlobSyntaxError(`"${pattern}" ends with a lone \\`);
      source += escapeRegex(segment[++i]);
    } else if (c === '*') {
      if (segment[i + 1] === '*') {
        throw new GlobSyntaxError(`"${pattern}": ** must be a whole path segment, as in dir/**/file.json`);
      }
      source += '([^/]*)';
      captures++;
      literal = false;
    } else if (c === '?') {
      source += '[^/]';
      literal = false;
    } else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) throw new GlobSyntaxError(`"${pattern}": [ has no closing ]`);
      let body = segment.slice(i + 1, end);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      if (body.length === 0) throw new GlobSyntaxError(`"${pattern}": [] is an empty class`);
      const escaped = body.replace(/[\\\]^]/g, '\\$&');
      // A class never matches `/`: it stays within the segment, like every other wildcard.
      source += negate ? `[^/${escaped}]` : `(?![/])[${escaped}]`;
      literal = false;
      i = end;
    } else if (c === '{') {
      const end = segment.indexOf('}', i + 1);
      if (end < 0) throw new GlobSyntaxError(`"${pattern}": { has no closing }`);
      const alternatives = segment.slice(i + 1, end).split(',');
      for (const alternative of alternatives) {
        if (/[*?[\]{\\]/.test(alternative)) {
          throw new GlobSyntaxError(`"${pattern}": the alternatives of {…} must be literal text`);
        }
      }
      source += `(?:${alternatives.map(escapeRegex).join('|')})`;
      literal = false;
      i = end;
    } else if (c === ']' || c === '}') {
      throw new GlobSyntaxError(`"${pattern}": unmatched ${c}`);
    } else {
      source += escapeRegex(c);
    }
  }
  return { source, captures, literal };
}

/** Compiles a file pattern. Throws {@link GlobSyntaxError} saying what is wrong. */
export function compileFilePattern(pattern: string): FilePattern {
  if (pattern.length === 0) throw new GlobSyntaxError('is empty');
  if (pattern.startsWith('/')) {
    throw new GlobSyntaxError(`"${pattern}" is absolute; write it relative to the repository root`);
  }
  if (pattern.endsWith('/')) throw new GlobSyntaxError(`"${pattern}" ends with /; name files, not a directory`);
  const segments = pattern.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new GlobSyntaxError(
      `"${pattern}" has an empty, . or .. segment; write it relative to the repository root, as in policies/x.json`,
    );
  }
  let source = '^';
  let wildcards = 0;
  let literal = true;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      wildcards++;
      literal = false;
      source += last ? '(.*)' : '(?:(.*)/)?';
      return;
    }
    const compiled = compileSegment(segment, pattern);
    wildcards += compiled.captures;
    literal &&= compiled.literal;
    source += compiled.source + (last ? '' : '/');
  });
  const compiled: FilePattern = { pattern, wildcards, literal, regex: new RegExp(`${source}$`) };
  if (literal) compiled.literalPath = pattern.replace(/\\(.)/g, '$1');
  return compiled;
}

/**
 * Matches a path against a pattern. Returns the captures (`captures[0]` is `{1}`) or undefined when the path does
 * not match.
 */
export function matchFilePattern(pattern: FilePattern, path: string): string[] | undefined {
  const match = pattern.regex.exec(path);
  if (!match) return undefined;
  return match.slice(1).map((capture) => capture ?? '');
}
