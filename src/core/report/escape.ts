/**
 * Escaping for the renderers. Report text comes from principal names, policy names, Sids, file names and hints, any
 * of which an author of the change controls: in Markdown it must stay text (no HTML, no links, no emphasis, no
 * table cell breaks, no @-mentions), and in a terminal it must not carry control sequences.
 */

/** Line breaks and tabs: they become spaces. */
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]/g;
/** Other control characters and bidirectional overrides ("Trojan Source"): they become U+FFFD. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of printable text: line breaks become spaces, control characters U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, '\uFFFD');
}

const MARKDOWN_REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  $: '\\$',
};

/**
 * Markdown text that renders as exactly `text` on GitHub, on one line, safe in a table cell, in link text and in a
 * list item: HTML and Markdown punctuation are escaped, `|` is an entity (so it never splits a cell), and an `@` that
 * could start a mention is followed by a zero-width space.
 */
export function escapeMarkdown(text: string): string {
  const clean = cleanText(text);
  let out = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (c === '@' && (i === 0 || !/[A-Za-z0-9]/.test(clean[i - 1]))) out += '@&#8203;';
    else out += MARKDOWN_REPLACEMENTS[c] ?? c;
  }
  return out;
}

/** Text inside HTML (a `<summary>`, where Markdown escapes do not apply): one line, `&`, `<`, `>` as entities. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Code span content that needs no escaping: no backtick, cell separator, HTML or control character. */
// eslint-disable-next-line no-control-regex
const SAFE_CODE = /^[^`|<>&\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]+$/;

/**
 * Like {@link escapeMarkdown}, but `` `…` `` spans (as hints write commands) become code spans when their content
 * is plainly safe; anything else is escaped text.
 */
export function escapeMarkdownWithCode(text: string): string {
  const parts = text.split('`');
  if (parts.length < 3 || parts.length % 2 === 0) return escapeMarkdown(text);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeMarkdown(part);
      return SAFE_CODE.test(part) && part.trim() !== '' ? `\`${part}\`` : escapeMarkdown(`\`${part}\``);
    })
    .join('');
}

/** Percent-encodes everything but RFC 3986 unreserved characters (for one path segment). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A URL safe in a Markdown link destination: only `http(s)`, every character outside the URL grammar (and the
 * parentheses, quotes and brackets Markdown would read) percent-encoded, existing `%XX` escapes kept. `undefined`
 * when the URL is not http(s).
 */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^/?#\s]/i.test(url)) return undefined;
  let out = '';
  for (const ch of url) {
    if (/[A-Za-z0-9\-._~:/?#@$&+,;=]/.test(ch)) out += ch;
    else if (ch === '%') out += '%';
    else out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  // A `%` that does not start an escape is itself escaped.
  return out.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

/**
 * The URL of a repository file (and line) under a link base such as `https://github.com/OWNER/REPO/blob/SHA`;
 * `undefined` when there is no usable base or the path is not a plain relative path.
 */
export function fileUrl(linkBase: string | undefined, file: string, line?: number): string | undefined {
  if (!linkBase) return undefined;
  const segments = file.replace(/^\.\//, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  const base = safeUrl(linkBase.replace(/\/+$/, ''));
  if (!base || /[?#]/.test(base)) return undefined;
  const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${base}/${segments.map(encodeSegment).join('/')}${anchor}`;
}

/** Text for a terminal: one line, no control sequences. */
export function terminalText(text: string): string {
  return cleanText(text);
}
