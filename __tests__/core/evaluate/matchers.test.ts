import { describe, expect, it } from '@jest/globals';
import { compileArnPattern, parseArn } from '../../../src/core/evaluate/arn.js';
import { compileTemplate } from '../../../src/core/evaluate/policy-variables.js';
import { createRequestContext } from '../../../src/core/evaluate/request.js';
import { compileGlob, patternParts } from '../../../src/core/evaluate/wildcard.js';
import { PolicyValidationError } from '../../../src/core/errors.js';

describe('wildcard.ts', () => {
  it.each<[string, string, boolean, boolean]>([
    ['s3:get*', 's3:getobject', false, true],
    ['s3:get*', 's3:putobject', false, false],
    ['s3:?etObject', 's3:GetObject', false, true],
    ['s3:?etObject', 's3:GGetObject', false, false],
    ['*', '', false, true],
    ['a*b*c', 'aXXbYYc', false, true],
    ['a*b*c', 'aXXbYY', false, false],
    ['Exact', 'exact', false, false],
    ['Exact', 'exact', true, true],
    ['S3:Get*', 's3:getObject', true, true],
    ['a.b', 'aXb', false, false],
    ['x(y)+', 'x(y)+', false, true],
    ['line*', 'line1\nline2', false, true],
  ])('%s matches %s (ignoreCase=%s): %s', (pattern, candidate, ignoreCase, expected) => {
    expect(compileGlob(pattern, ignoreCase)(candidate)).toBe(expected);
  });
});

describe('arn.ts', () => {
  it('parses ARNs and keeps colons in the resource part', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111122223333:log-group:/a/b:*')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '111122223333',
      resource: 'log-group:/a/b:*',
    });
    expect(parseArn('*')).toBeUndefined();
    expect(parseArn('arn:aws:s3')).toBeUndefined();
  });

  it.each<[string, string, boolean]>([
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b/c', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::other/a', false],
    ['arn:aws:iam::*:user/alice', 'arn:aws:iam::111122223333:user/alice', true],
    // A wildcard in a leading component does not span colons.
    ['arn:aws:s3*:::bucket', 'arn:aws:s3:us-east-1::bucket', false],
    ['arn:*:ec2:*:*:instance/*', 'arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-1', true],
    ['arn:aws:logs:*:*:log-group:app-*', 'arn:aws:logs:us-east-1:111122223333:log-group:app-web:log-stream:x', true],
    ['arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/key', false],
    ['arn:aws:s3:::bucket/*', '*', false],
    ['*', '*', true],
    ['*', 'arn:aws:s3:::x', true],
    ['arn:aws:iam::111122223333:role/?dmin', 'arn:aws:iam::111122223333:role/admin', true],
  ])('%s ~ %s: %s', (pattern, candidate, expected) => {
    expect(compileArnPattern(patternParts(pattern))(candidate)).toBe(expected);
  });
});

describe('policy-variables.ts', () => {
  const context = createRequestContext({
    'aws:username': 'alice',
    'aws:PrincipalTag/team': 'blue',
    'aws:TagKeys': ['a', 'b'],
  });

  it('substitutes variables case-insensitively by key and keeps written wildcards', () => {
    const t = compileTemplate('arn:aws:s3:::home/${AWS:UserName}/*', { variables: true, path: 'p' });
    expect(t.hasVariables).toBe(true);
    expect(t.resolveText(context)).toBe('arn:aws:s3:::home/alice/*');
    expect(t.resolve(context)?.at(-1)).toEqual({ kind: 'wildcard', value: '*' });
  });

  it('falls back to the default, and to nothing without one', () => {
    expect(
      compileTemplate("${aws:PrincipalTag/cost, 'none'}", { variables: true, path: 'p' }).resolveText(context),
    ).toBe('none');
    expect(
      compileTemplate('${aws:PrincipalTag/cost}', { variables: true, path: 'p' }).resolve(context),
    ).toBeUndefined();
  });

  it('refuses multi-valued keys as variables', () => {
    expect(compileTemplate('${aws:TagKeys}', { variables: true, path: 'p' }).resolveText(context)).toBeUndefined();
  });

  it('turns the escapes into literal characters, never wildcards', () => {
    const parts = compileTemplate('a${*}b${?}c${$}d', { variables: true, path: 'p' }).resolve(context);
    expect(parts?.every((p) => p.kind === 'text')).toBe(true);
    expect(parts?.map((p) => p.value).join('')).toBe('a*b?c$d');
  });

  it('treats substituted values as literal text, so a value cannot widen a pattern', () => {
    const ctx = createRequestContext({ 'aws:PrincipalTag/team': '*' });
    const parts = compileTemplate('team-${aws:PrincipalTag/team}', { variables: true, path: 'p' }).resolve(ctx);
    expect(parts).toEqual([
      { kind: 'text', value: 'team-' },
      { kind: 'text', value: '*' },
    ]);
  });

  it('leaves text literal when variables are off (Version 2008-10-17)', () => {
    const t = compileTemplate('home/${aws:username}', { variables: false, path: 'p' });
    expect(t.hasVariables).toBe(false);
    expect(t.resolveText(context)).toBe('home/${aws:username}');
  });

  it('rejects a malformed variable with its path', () => {
    expect(() =>
      compileTemplate('${aws:username, default}', { variables: true, path: 'Statement[0].Resource' }),
    ).toThrow(PolicyValidationError);
  });
});
