import { describe, expect, it } from '@jest/globals';
import {
  cleanText,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownWithCode,
  fileUrl,
  safeUrl,
} from '../../../src/core/report/escape.js';

describe('escape.ts', () => {
  it('escapes HTML, Markdown punctuation and cell separators', () => {
    expect(escapeMarkdown('a|b')).toBe('a&#124;b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
    expect(escapeMarkdown('`code` *b* _i_ ~s~ [l](u) \\ $x$')).toBe(
      '\\`code\\` \\*b\\* \\_i\\_ \\~s\\~ \\[l\\](u) \\\\ \\$x\\$',
    );
    expect(escapeMarkdown('one\ntwo\r\nthree\tfour')).toBe('one two  three four');
    expect(escapeMarkdown('\u202eevil\u0000')).toBe('\uFFFDevil\uFFFD');
  });

  it('keeps @ from mentioning, except inside an e-mail-like word', () => {
    expect(escapeMarkdown('@acme/admins and (@bob)')).toBe('@&#8203;acme/admins and (@&#8203;bob)');
    expect(escapeMarkdown('alice@example.com')).toBe('alice@example.com');
  });

  it('keeps plainly safe code spans of hints and escapes the others', () => {
    expect(escapeMarkdownWithCode('run `aws sts get-session-token` now')).toBe('run `aws sts get-session-token` now');
    expect(escapeMarkdownWithCode('run `a|b` and `<x>`')).toBe('run \\`a&#124;b\\` and \\`&lt;x&gt;\\`');
    expect(escapeMarkdownWithCode('odd ` count')).toBe('odd \\` count');
  });

  it('escapes text inside HTML', () => {
    expect(escapeHtml('a<b>&c\nd')).toBe('a&lt;b&gt;&amp;c d');
    expect(cleanText('a\u2028b')).toBe('a b');
  });

  it('accepts only http(s) URLs and encodes what Markdown would read', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.example/a b(c)"<d>')).toBe('https://x.example/a%20b%28c%29%22%3Cd%3E');
    expect(safeUrl('https://x.example/a%20b%zz')).toBe('https://x.example/a%20b%25zz');
  });

  it('builds file links from plain relative paths only', () => {
    const base = 'https://github.com/o/r/blob/abc';
    expect(fileUrl(base, 'policies/force-mfa.json', 42)).toBe(`${base}/policies/force-mfa.json#L42`);
    expect(fileUrl(base, './p/a#b?.json')).toBe(`${base}/p/a%23b%3F.json`);
    expect(fileUrl(base, 'p.json', 0)).toBe(`${base}/p.json`);
    expect(fileUrl(base, '../x.json', 1)).toBeUndefined();
    expect(fileUrl(base, '/etc/passwd', 1)).toBeUndefined();
    expect(fileUrl(undefined, 'p.json', 1)).toBeUndefined();
    expect(fileUrl('https://github.com/o/r/blob/abc?x=1', 'p.json')).toBeUndefined();
  });
});
