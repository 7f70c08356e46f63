import { describe, expect, it } from '@jest/globals';
import { minimatch } from 'minimatch';
import { compileFilePattern, matchFilePattern } from '../../../../src/core/changes/config/file-glob.js';

const PATHS = [
  'a.json',
  'policies/a.json',
  'policies/force-mfa.json',
  'policies/.hidden.json',
  'policies/users/alice/inline-s3.json',
  'policies/users/alice/inline-.json',
  'policies/users/alice/sub/inline-s3.json',
  'policies/users/bob/inline-a.b.json',
  'policies/x/y/z/deep.json',
  'scps/new/eu-a1.json',
  'scps/new/us-b2.json',
  'scps/new/ap-c3.json',
  'scps/new/eu-A1.json',
  'scps/new/README.md',
];

const PATTERNS = [
  'policies/force-mfa.json',
  'policies/*.json',
  'policies/users/*/inline-*.json',
  'policies/**/*.json',
  'policies/**',
  '**/*.json',
  '**/inline-*.json',
  'scps/new/{eu,us}-[a-z]?.json',
  'scps/new/[!e]*.json',
  'scps/new/??-??.json',
];

describe('file patterns', () => {
  it.each(PATTERNS)('matches what minimatch matches (dot: true): %s', (pattern) => {
    const compiled = compileFilePattern(pattern);
    for (const path of PATHS) {
      expect([path, matchFilePattern(compiled, path) !== undefined]).toEqual([
        path,
        minimatch(path, pattern, { dot: true }),
      ]);
    }
  });

  it('numbers the captures of * and ** from 1, left to right', () => {
    const p = compileFilePattern('policies/users/*/inline-*.json');
    expect(p.wildcards).toBe(2);
    expect(p.literal).toBe(false);
    expect(matchFilePattern(p, 'policies/users/alice/inline-s3.json')).toEqual(['alice', 's3']);
    expect(matchFilePattern(p, 'policies/users/alice/inline-.json')).toEqual(['alice', '']);
    expect(matchFilePattern(p, 'policies/users/alice/sub/inline-s3.json')).toBeUndefined();

    const deep = compileFilePattern('policies/**/*.json');
    expect(deep.wildcards).toBe(2);
    expect(matchFilePattern(deep, 'policies/x/y/z/deep.json')).toEqual(['x/y/z', 'deep']);
    expect(matchFilePattern(deep, 'policies/a.json')).toEqual(['', 'a']);

    expect(matchFilePattern(compileFilePattern('policies/**'), 'policies/x/y.json')).toEqual(['x/y.json']);
    expect(matchFilePattern(compileFilePattern('**/x.json'), 'x.json')).toEqual(['']);
    // ?, classes and alternatives match but do not capture.
    const scp = compileFilePattern('scps/new/{eu,us}-[a-z]?.json');
    expect(scp.wildcards).toBe(0);
    expect(matchFilePattern(scp, 'scps/new/us-b2.json')).toEqual([]);
  });

  it('treats a pattern without wildcards as one file, with escapes', () => {
    const p = compileFilePattern('policies/force-mfa.json');
    expect(p).toMatchObject({ literal: true, literalPath: 'policies/force-mfa.json', wildcards: 0 });
    const escaped = compileFilePattern('weird/\\*star\\[1\\].json');
    expect(escaped).toMatchObject({ literal: true, literalPath: 'weird/*star[1].json' });
    expect(matchFilePattern(escaped, 'weird/*star[1].json')).toEqual([]);
    expect(matchFilePattern(escaped, 'weird/xstar1.json')).toBeUndefined();
    // Regex characters are literal.
    expect(matchFilePattern(compileFilePattern('a+b(c).json'), 'a+b(c).json')).toEqual([]);
    expect(matchFilePattern(compileFilePattern('a.json'), 'axjson')).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['a/', '"a/" ends with /; name files, not a directory'],
    [
      'a//b.json',
      '"a//b.json" has an empty, . or .. segment; write it relative to the repository root, as in policies/x.json',
    ],
    [
      './a.json',
      '"./a.json" has an empty, . or .. segment; write it relative to the repository root, as in policies/x.json',
    ],
    ['a\\', '"a\\" ends with a lone \\'],
    ['a/[].json', '"a/[].json": [ has no closing ]'],
    ['a/{b,c.json', '"a/{b,c.json": { has no closing }'],
    ['a/{b,*}.json', '"a/{b,*}.json": the alternatives of {…} must be literal text'],
    ['a/b].json', '"a/b].json": unmatched ]'],
  ])('rejects %j', (pattern, message) => {
    expect(() => compileFilePattern(pattern)).toThrow(message);
  });
});
