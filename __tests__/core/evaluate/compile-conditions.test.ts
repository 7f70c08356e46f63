import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { PolicyValidationError } from '../../../src/core/errors.js';
import { parseConditionOperator } from '../../../src/core/evaluate/conditions/condition-operators.js';
import { compileConditions, explainConditions } from '../../../src/core/evaluate/conditions/compile-conditions.js';
import { createRequestContext, type ContextValue } from '../../../src/core/evaluate/request.js';
import type { ConditionClause, PolicyVersion } from '../../../src/core/policy/types.js';

type Ctx = Record<string, ContextValue>;

/** Builds a clause the way the policy parser does. */
function clause(operator: string, key: string, values: string | string[], index = 0): ConditionClause {
  const parsed = parseConditionOperator(operator);
  const fields = typeof parsed === 'string' ? { baseOperator: operator, ifExists: false } : parsed;
  return {
    operator,
    baseOperator: fields.baseOperator,
    qualifier: 'qualifier' in fields ? fields.qualifier : undefined,
    ifExists: fields.ifExists,
    key,
    values: Array.isArray(values) ? values : [values],
    path: `Statement[${index}].Condition.${operator}.${key}`,
  };
}

function run(
  operator: string,
  values: string | string[],
  context: Ctx,
  key = 'k',
  version: PolicyVersion = '2012-10-17',
): boolean {
  const test = compileConditions([clause(operator, key, values)], version);
  if (!test) throw new Error('expected a compiled test');
  return test(createRequestContext(context));
}

type Row = [operator: string, values: string | string[], context: Ctx, expected: boolean];

describe('compileConditions: String operators', () => {
  it.each<Row>([
    ['StringEquals', 'abc', { k: 'abc' }, true],
    ['StringEquals', 'abc', { k: 'ABC' }, false],
    ['StringEquals', ['x', 'abc'], { k: 'abc' }, true],
    ['StringEquals', ['x', 'y'], { k: 'abc' }, false],
    ['StringEquals', 'a*', { k: 'abc' }, false],
    ['StringEquals', 'a*', { k: 'a*' }, true],
    ['StringEquals', '', { k: '' }, true],
    ['StringNotEquals', 'abc', { k: 'abc' }, false],
    ['StringNotEquals', ['x', 'y'], { k: 'abc' }, true],
    ['StringNotEquals', ['x', 'abc'], { k: 'abc' }, false],
    ['StringNotEquals', 'abc', { k: 'ABC' }, true],
    ['StringEqualsIgnoreCase', 'AbC', { k: 'aBc' }, true],
    ['StringEqualsIgnoreCase', ['x', 'AbC'], { k: 'abc' }, true],
    ['StringEqualsIgnoreCase', 'AbC', { k: 'abcd' }, false],
    ['StringNotEqualsIgnoreCase', 'AbC', { k: 'abc' }, false],
    ['StringNotEqualsIgnoreCase', 'AbC', { k: 'abd' }, true],
    ['StringLike', 'a*c', { k: 'abbbc' }, true],
    ['StringLike', 'a?c', { k: 'abc' }, true],
    ['StringLike', 'a?c', { k: 'abbc' }, false],
    ['StringLike', 'A*', { k: 'abc' }, false],
    ['StringLike', 'arn:*/x', { k: 'arn:aws:s3:::b/x' }, true],
    ['StringLike', ['x*', 'y*'], { k: 'yes' }, true],
    ['StringLike', ['x*', 'y*'], { k: 'no' }, false],
    ['StringNotLike', 'a*', { k: 'abc' }, false],
    ['StringNotLike', 'a*', { k: 'xbc' }, true],
    ['StringNotLike', ['x*', 'a*'], { k: 'abc' }, false],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });

  it('matches condition key names case-insensitively but values case-sensitively', () => {
    expect(run('StringEquals', 'bob', { 'aws:username': 'bob' }, 'AWS:UserName')).toBe(true);
    expect(run('StringEquals', 'bob', { 'AWS:USERNAME': 'Bob' }, 'aws:username')).toBe(false);
  });
});

describe('compileConditions: Numeric operators', () => {
  it.each<Row>([
    ['NumericEquals', '10', { k: '10' }, true],
    ['NumericEquals', '10', { k: '10.0' }, true],
    ['NumericEquals', '10', { k: '11' }, false],
    ['NumericEquals', '1e3', { k: '1000' }, true],
    ['NumericEquals', '-0', { k: '0' }, true],
    ['NumericEquals', '12345678901234567890', { k: '12345678901234567891' }, false],
    ['NumericEquals', '12345678901234567890', { k: '12345678901234567890.000' }, true],
    ['NumericNotEquals', '10', { k: '11' }, true],
    ['NumericNotEquals', '10', { k: '10' }, false],
    ['NumericNotEquals', ['10', '11'], { k: '11' }, false],
    ['NumericLessThan', '10', { k: '9.5' }, true],
    ['NumericLessThan', '10', { k: '10' }, false],
    ['NumericLessThan', '12345678901234567891', { k: '12345678901234567890' }, true],
    ['NumericLessThan', '-1', { k: '-100000000000000000000' }, true],
    ['NumericLessThan', ['5', '100'], { k: '50' }, true],
    ['NumericLessThanEquals', '10', { k: '10' }, true],
    ['NumericLessThanEquals', '10', { k: '10.01' }, false],
    ['NumericGreaterThan', '3600', { k: '3601' }, true],
    ['NumericGreaterThan', '3600', { k: '3600' }, false],
    ['NumericGreaterThan', '0.1', { k: '.2' }, true],
    ['NumericGreaterThanEquals', '-1.5', { k: '-1.5' }, true],
    ['NumericGreaterThanEquals', '-1.5', { k: '-2' }, false],
    // A context value that is not a number matches no policy value; the negated operator then holds.
    ['NumericEquals', '10', { k: 'ten' }, false],
    ['NumericNotEquals', '10', { k: 'ten' }, true],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });
});

describe('compileConditions: Date operators', () => {
  it.each<Row>([
    ['DateEquals', '2026-01-01', { k: '2026-01-01T00:00:00Z' }, true],
    ['DateEquals', '2026-01-01T02:00:00+02:00', { k: '2026-01-01T00:00:00Z' }, true],
    ['DateEquals', '2026-01-01T05:30:00+0530', { k: '2026-01-01T00:00:00Z' }, true],
    ['DateEquals', '1767225600', { k: '2026-01-01T00:00:00Z' }, true],
    ['DateEquals', '2026-01-01T00:00:00Z', { k: '1767225600' }, true],
    ['DateEquals', '2026-01-01T00:00Z', { k: '2026-01-01T00:00:00.000Z' }, true],
    ['DateEquals', '0099-01-01T00:00:00Z', { k: '-59042995200' }, true],
    ['DateNotEquals', '2026-01-01', { k: '2026-01-02' }, true],
    ['DateNotEquals', '2026-01-01', { k: '2026-01-01' }, false],
    ['DateLessThan', '2026-06-30T23:59:59Z', { k: '2026-06-30T23:59:58Z' }, true],
    ['DateLessThan', '2026-06-30T23:59:59Z', { k: '2026-06-30T23:59:59Z' }, false],
    ['DateLessThan', '2026-01-01T00:00:00-05:00', { k: '2026-01-01T04:59:59Z' }, true],
    ['DateLessThanEquals', '2026-06-30T23:59:59Z', { k: '2026-06-30T23:59:59Z' }, true],
    ['DateGreaterThan', '2020-04-01T00:00:00Z', { k: '2026-01-01T00:00:00Z' }, true],
    ['DateGreaterThan', '2020-04-01T00:00:00Z', { k: '1585699200' }, false],
    ['DateGreaterThanEquals', '2026-01-01T00:00:00.500Z', { k: '2026-01-01T00:00:00.499Z' }, false],
    ['DateGreaterThanEquals', '2026-01-01T00:00:00.500Z', { k: '2026-01-01T00:00:00.5Z' }, true],
    ['DateGreaterThan', '2026-01-01', { k: 'not a date' }, false],
    ['DateNotEquals', '2026-01-01', { k: 'not a date' }, true],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });
});

describe('compileConditions: Bool, Binary, IP and ARN operators', () => {
  it.each<Row>([
    ['Bool', 'true', { k: 'true' }, true],
    ['Bool', 'true', { k: 'TRUE' }, true],
    ['Bool', 'True', { k: 'true' }, true],
    ['Bool', 'false', { k: 'true' }, false],
    ['Bool', 'true', { k: 'yes' }, false],
    ['Bool', ['true', 'false'], { k: 'false' }, true],
    ['BinaryEquals', 'QmluYXJ5', { k: 'QmluYXJ5' }, true],
    ['BinaryEquals', 'QmluYXJ5', { k: 'QmluYXJ6' }, false],
    ['BinaryEquals', 'QQ==', { k: 'QQ' }, true],
    ['BinaryEquals', 'QmluYXJ5', { k: '!!!' }, false],
    ['IpAddress', '203.0.113.0/24', { k: '203.0.113.7' }, true],
    ['IpAddress', '203.0.113.0/24', { k: '203.0.114.1' }, false],
    ['IpAddress', '203.0.113.7', { k: '203.0.113.7' }, true],
    ['IpAddress', '203.0.113.7', { k: '203.0.113.8' }, false],
    ['IpAddress', '0.0.0.0/0', { k: '1.2.3.4' }, true],
    ['IpAddress', '10.1.2.3/8', { k: '10.200.0.1' }, true],
    ['IpAddress', ['10.0.0.0/8', '192.168.0.0/16'], { k: '192.168.1.1' }, true],
    ['IpAddress', '2001:db8::/32', { k: '2001:db8:abcd::1' }, true],
    ['IpAddress', '2001:db8::/32', { k: '2001:db9::1' }, false],
    ['IpAddress', '2001:db8::/32', { k: '203.0.113.1' }, false],
    ['IpAddress', '203.0.113.0/24', { k: '2001:db8::1' }, false],
    ['IpAddress', '2001:db8::/33', { k: '2001:db8:8000::1' }, false],
    ['IpAddress', '2001:db8::/33', { k: '2001:db8:7fff::1' }, true],
    ['IpAddress', '2001:DB8::1', { k: '2001:db8:0:0:0:0:0:1' }, true],
    ['IpAddress', '::/0', { k: 'fe80::1' }, true],
    ['IpAddress', '203.0.113.0/24', { k: '::ffff:203.0.113.9' }, true],
    ['IpAddress', '::ffff:203.0.113.0/120', { k: '203.0.113.9' }, true],
    ['IpAddress', '::ffff:203.0.113.5', { k: '203.0.113.5' }, true],
    ['IpAddress', '10.0.0.0/8', { k: 'garbage' }, false],
    ['IpAddress', '10.0.0.0/8', { k: '10.1' }, false],
    ['NotIpAddress', '203.0.113.0/24', { k: '198.51.100.1' }, true],
    ['NotIpAddress', '203.0.113.0/24', { k: '203.0.113.1' }, false],
    ['NotIpAddress', ['10.0.0.0/8', '203.0.113.0/24'], { k: '203.0.113.1' }, false],
    ['NotIpAddress', '10.0.0.0/8', { k: 'garbage' }, true],
    ['ArnEquals', 'arn:aws:iam::123456789012:role/*', { k: 'arn:aws:iam::123456789012:role/admin' }, true],
    ['ArnLike', 'arn:aws:iam::123456789012:role/*', { k: 'arn:aws:iam::123456789012:role/admin' }, true],
    ['ArnLike', 'arn:aws:iam::*:role/admin', { k: 'arn:aws:iam::123456789012:role/admin' }, true],
    ['ArnLike', 'arn:aws:iam::*:role/admin', { k: 'arn:aws:iam::111:222:role/admin' }, false],
    ['ArnLike', 'arn:aws:iam::1:role/Admin', { k: 'arn:aws:iam::1:role/admin' }, false],
    ['ArnLike', 'arn:aws:s3:::bucket/*', { k: 'arn:aws:s3:::bucket/a/b:c' }, true],
    ['ArnEquals', 'arn:aws:iam::?:role/x', { k: 'arn:aws:iam::1:role/x' }, true],
    ['ArnNotEquals', 'arn:aws:iam::1:role/*', { k: 'arn:aws:iam::1:user/bob' }, true],
    ['ArnNotEquals', 'arn:aws:iam::1:role/*', { k: 'arn:aws:iam::1:role/bob' }, false],
    ['ArnNotLike', ['arn:aws:iam::1:user/*', 'arn:aws:iam::1:role/*'], { k: 'arn:aws:iam::1:role/bob' }, false],
    ['ArnNotLike', 'arn:aws:iam::1:user/*', { k: 'arn:aws:iam::1:role/bob' }, true],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });
});

describe('compileConditions: absent keys and IfExists', () => {
  it.each<[operator: string, values: string, expected: boolean]>([
    ['StringEquals', 'a', false],
    ['StringNotEquals', 'a', true],
    ['StringEqualsIgnoreCase', 'a', false],
    ['StringNotEqualsIgnoreCase', 'a', true],
    ['StringLike', '*', false],
    ['StringNotLike', 'a', true],
    ['NumericEquals', '1', false],
    ['NumericNotEquals', '1', true],
    ['NumericLessThan', '1', false],
    ['DateEquals', '2026-01-01', false],
    ['DateNotEquals', '2026-01-01', true],
    ['Bool', 'false', false],
    ['BinaryEquals', 'QQ==', false],
    ['IpAddress', '10.0.0.0/8', false],
    ['NotIpAddress', '10.0.0.0/8', true],
    ['ArnLike', 'arn:aws:iam::1:role/*', false],
    ['ArnNotLike', 'arn:aws:iam::1:role/*', true],
    ['ArnNotEquals', 'arn:aws:iam::1:role/*', true],
    ['StringEqualsIfExists', 'a', true],
    ['StringNotEqualsIfExists', 'a', true],
    ['StringLikeIfExists', 'a', true],
    ['NumericLessThanIfExists', '1', true],
    ['DateGreaterThanIfExists', '2026-01-01', true],
    ['BoolIfExists', 'false', true],
    ['IpAddressIfExists', '10.0.0.0/8', true],
    ['ArnLikeIfExists', 'arn:aws:iam::1:role/*', true],
    ['BinaryEqualsIfExists', 'QQ==', true],
  ])('%s with the key absent is %s', (operator, values, expected) => {
    expect(run(operator, values, { other: 'x' })).toBe(expected);
  });

  it.each<Row>([
    ['StringEqualsIfExists', 'a', { k: 'a' }, true],
    ['StringEqualsIfExists', 'a', { k: 'b' }, false],
    ['StringNotEqualsIfExists', 'a', { k: 'a' }, false],
    ['StringNotEqualsIfExists', 'a', { k: 'b' }, true],
    ['NumericLessThanIfExists', '3600', { k: '7200' }, false],
    ['NumericLessThanIfExists', '3600', { k: '60' }, true],
    // An empty set is a null data set: IfExists treats it as absent.
    ['StringEqualsIfExists', 'a', { k: [] }, true],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });

  const MFA = 'aws:MultiFactorAuthPresent';
  it.each<Row>([
    // Deny + BoolIfExists false also catches long-term keys (no MFA key at all).
    ['BoolIfExists', 'false', {}, true],
    ['BoolIfExists', 'false', { [MFA]: 'false' }, true],
    ['BoolIfExists', 'false', { [MFA]: 'true' }, false],
    // Deny + Bool false does not catch long-term keys.
    ['Bool', 'false', {}, false],
    ['Bool', 'false', { [MFA]: 'false' }, true],
    // Allow + BoolIfExists true admits MFA sessions and long-term keys.
    ['BoolIfExists', 'true', {}, true],
    ['BoolIfExists', 'true', { [MFA]: 'false' }, false],
  ])('aws:MultiFactorAuthPresent: %s %j with %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context, MFA)).toBe(expected);
  });
});

describe('compileConditions: Null', () => {
  it.each<Row>([
    ['Null', 'true', {}, true],
    ['Null', 'true', { k: 'x' }, false],
    ['Null', 'false', {}, false],
    ['Null', 'false', { k: 'x' }, true],
    ['Null', 'false', { k: '' }, true],
    ['Null', 'TRUE', {}, true],
    ['Null', 'true', { k: [] }, true],
    ['Null', 'false', { k: ['a'] }, true],
    ['Null', ['true', 'false'], {}, true],
    ['Null', ['true', 'false'], { k: 'x' }, true],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });
});

describe('compileConditions: set operators and multivalued keys', () => {
  it.each<Row>([
    ['ForAllValues:StringEquals', ['a', 'b'], { k: ['a', 'b'] }, true],
    ['ForAllValues:StringEquals', ['a', 'b'], { k: ['a', 'c'] }, false],
    ['ForAllValues:StringEquals', ['a', 'b'], { k: [] }, true],
    ['ForAllValues:StringEquals', ['a', 'b'], {}, true],
    ['ForAllValues:StringEquals', ['a', 'b'], { k: 'a' }, true],
    ['ForAllValues:StringEquals', ['a', 'b'], { k: 'c' }, false],
    ['ForAnyValue:StringEquals', ['a', 'b'], { k: ['c', 'a'] }, true],
    ['ForAnyValue:StringEquals', ['a', 'b'], { k: ['c', 'd'] }, false],
    ['ForAnyValue:StringEquals', ['a', 'b'], { k: [] }, false],
    ['ForAnyValue:StringEquals', ['a', 'b'], {}, false],
    ['ForAnyValue:StringEquals', ['a', 'b'], { k: 'a' }, true],
    ['ForAllValues:StringNotEquals', ['a', 'b'], { k: ['c', 'd'] }, true],
    ['ForAllValues:StringNotEquals', ['a', 'b'], { k: ['c', 'a'] }, false],
    ['ForAllValues:StringNotEquals', ['a', 'b'], {}, true],
    ['ForAnyValue:StringNotEquals', ['a', 'b'], { k: ['a', 'c'] }, true],
    ['ForAnyValue:StringNotEquals', ['a', 'b'], { k: ['a', 'b'] }, false],
    ['ForAnyValue:StringNotEquals', ['a', 'b'], {}, false],
    ['ForAllValues:StringLike', 'key1*', { k: ['key1a', 'key1b'] }, true],
    ['ForAllValues:StringLike', 'key1*', { k: ['key1a', 'x'] }, false],
    ['ForAnyValue:StringLikeIfExists', 'x*', {}, true],
    ['ForAnyValue:StringLikeIfExists', 'x*', { k: ['a'] }, false],
    ['ForAnyValue:StringEqualsIgnoreCase', 'DataClass', { k: ['owner', 'dataclass'] }, true],
    ['ForAllValues:ArnLike', 'arn:aws:iam::1:role/*', { k: ['arn:aws:iam::1:role/a', 'arn:aws:iam::1:role/b'] }, true],
    ['ForAllValues:ArnLike', 'arn:aws:iam::1:role/*', { k: ['arn:aws:iam::1:role/a', 'arn:aws:iam::1:user/b'] }, false],
    ['ForAnyValue:NumericLessThan', '10', { k: ['20', '5'] }, true],
    ['ForAnyValue:IpAddress', '10.0.0.0/8', { k: ['garbage', '10.0.0.1'] }, true],
    ['ForAllValues:IpAddress', '10.0.0.0/8', { k: ['garbage', '10.0.0.1'] }, false],
    ['ForAnyValue:StringNotLike', 'o-*', { k: ['o-1', 'r-2'] }, true],
    // A plain operator against a multivalued key: positive means "any value matches", negated "none matches".
    ['StringEquals', 'a', { k: ['b', 'a'] }, true],
    ['StringEquals', 'a', { k: ['b', 'c'] }, false],
    ['StringEquals', 'a', { k: [] }, false],
    ['StringNotEquals', 'a', { k: ['b', 'c'] }, true],
    ['StringNotEquals', 'a', { k: ['b', 'a'] }, false],
    ['StringNotEquals', 'a', { k: [] }, true],
    ['NotIpAddress', '10.0.0.0/8', { k: ['192.168.0.1', '10.0.0.1'] }, false],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context)).toBe(expected);
  });
});

describe('compileConditions: policy variables', () => {
  const P = 's3:prefix';
  it.each<Row>([
    ['StringEquals', 'home/${aws:username}/', { 'aws:username': 'bob', [P]: 'home/bob/' }, true],
    ['StringEquals', 'home/${aws:username}/', { 'aws:username': 'bob', [P]: 'home/alice/' }, false],
    // A variable with no value makes that policy value match nothing.
    ['StringEquals', 'home/${aws:username}/', { [P]: 'home//' }, false],
    ['StringEquals', 'home/${aws:username}/', { [P]: 'home/${aws:username}/' }, false],
    ['StringEquals', ['home/${aws:username}/', 'public/'], { [P]: 'public/' }, true],
    // …and for a negated operator that value is dropped from the OR.
    ['StringNotEquals', 'home/${aws:username}/', { [P]: 'x' }, true],
    ['StringNotEquals', ['${aws:username}', 'x'], { [P]: 'x' }, false],
    ['StringNotLike', 'home/${aws:username}/*', { [P]: 'home/bob/x' }, true],
    ['StringEquals', "${aws:PrincipalTag/team, 'none'}", { [P]: 'none' }, true],
    ['StringEquals', "${aws:PrincipalTag/team, 'none'}", { [P]: 'none', 'aws:PrincipalTag/team': 'red' }, false],
    ['StringEquals', "${aws:PrincipalTag/team, 'none'}", { [P]: 'red', 'aws:principaltag/TEAM': 'red' }, true],
    // A multivalued key cannot be a variable: the default applies.
    ['StringEquals', "${aws:TagKeys, 'd'}", { [P]: 'd', 'aws:TagKeys': ['a'] }, true],
    ['StringEqualsIgnoreCase', 'HOME/${aws:username}', { 'aws:username': 'Bob', [P]: 'home/bob' }, true],
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': 'bob', [P]: 'home/bob/docs' }, true],
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': 'bob', [P]: 'home/alice/docs' }, false],
    // A substituted value is literal text: a username of `*` does not widen the pattern.
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': '*', [P]: 'home/alice/x' }, false],
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': '*', [P]: 'home/*/x' }, true],
    ['StringLike', 'home/${aws:username}', { 'aws:username': 'bob', [P]: 'home/bob' }, true],
    ['StringLike', 'home/${aws:username}', { 'aws:username': 'bob', [P]: 'home/bobby' }, false],
    ['StringLike', 'home/${aws:username}/*/docs', { 'aws:username': 'bob', [P]: 'home/bob/a/b/docs' }, true],
    ['StringLike', 'home/${aws:username}/*/docs', { 'aws:username': 'bob', [P]: 'home/bob/a/b/doc' }, false],
    ['StringLike', '?/${aws:username}', { 'aws:username': 'bob', [P]: 'x/bob' }, true],
    ['StringLike', '?/${aws:username}', { 'aws:username': 'bob', [P]: 'xy/bob' }, false],
    // Escapes are literal characters, even under StringLike.
    ['StringLike', 'a${*}', { [P]: 'a*' }, true],
    ['StringLike', 'a${*}', { [P]: 'abc' }, false],
    ['StringLike', 'a${?}', { [P]: 'a?' }, true],
    ['StringLike', 'a${?}', { [P]: 'ab' }, false],
    ['StringEquals', '${$}x', { [P]: '$x' }, true],
    ['ArnLike', 'arn:aws:iam::*:user/${aws:username}', { 'aws:username': 'bob', [P]: 'arn:aws:iam::1:user/bob' }, true],
    [
      'ArnLike',
      'arn:aws:iam::*:user/${aws:username}',
      { 'aws:username': 'bob', [P]: 'arn:aws:iam::1:user/eve' },
      false,
    ],
    ['ArnNotLike', 'arn:aws:iam::*:user/${aws:username}', { [P]: 'arn:aws:iam::1:user/eve' }, true],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context, P)).toBe(expected);
  });

  it('resolves an ARN pattern with a variable per request', () => {
    const test = compileConditions([clause('ArnLike', P, 'arn:aws:iam::*:role/${aws:username}-*')], '2012-10-17');
    for (const name of ['a', 'b', 'a']) {
      expect(test?.(createRequestContext({ 'aws:username': name, [P]: `arn:aws:iam::1:role/${name}-x` }))).toBe(true);
      expect(test?.(createRequestContext({ 'aws:username': name, [P]: `arn:aws:iam::1:role/z-x` }))).toBe(false);
    }
  });

  it('resolves a variable per request, not once', () => {
    const test = compileConditions([clause('StringLike', P, 'home/${aws:username}/*')], '2012-10-17');
    expect(test?.(createRequestContext({ 'aws:username': 'a', [P]: 'home/a/1' }))).toBe(true);
    expect(test?.(createRequestContext({ 'aws:username': 'b', [P]: 'home/a/1' }))).toBe(false);
    expect(test?.(createRequestContext({ 'aws:username': 'b', [P]: 'home/b/1' }))).toBe(true);
  });

  it.each<Row>([
    // In a 2008-10-17 document, `${...}` is literal text.
    ['StringEquals', '${aws:username}', { 'aws:username': 'bob', [P]: 'bob' }, false],
    ['StringEquals', '${aws:username}', { [P]: '${aws:username}' }, true],
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': 'bob', [P]: 'home/bob/x' }, false],
    ['StringLike', 'home/${aws:username}/*', { [P]: 'home/${aws:username}/x' }, true],
    ['ArnEquals', 'arn:aws:iam::1:user/${aws:username}', { [P]: 'arn:aws:iam::1:user/${aws:username}' }, true],
  ])('2008-10-17: %s %j against %j is %s', (operator, values, context, expected) => {
    expect(run(operator, values, context, P, '2008-10-17')).toBe(expected);
  });

  it('treats values of other families literally, so a variable there is rejected as a bad value', () => {
    expect(() => run('NumericEquals', '${aws:x}', { k: '1' })).toThrow(PolicyValidationError);
    expect(() => run('IpAddress', '${aws:SourceIp}', { k: '10.0.0.1' })).toThrow(/not an IP address/);
  });
});

describe('compileConditions: several clauses', () => {
  const clauses = [
    clause('StringEquals', 'aws:RequestedRegion', 'eu-west-1', 0),
    clause('BoolIfExists', 'aws:SecureTransport', 'true', 0),
    clause('NumericLessThan', 's3:max-keys', '100', 0),
  ];

  it.each<[context: Ctx, expected: boolean]>([
    [{ 'aws:RequestedRegion': 'eu-west-1', 's3:max-keys': '10' }, true],
    [{ 'aws:RequestedRegion': 'eu-west-1', 's3:max-keys': '10', 'aws:SecureTransport': 'false' }, false],
    [{ 'aws:RequestedRegion': 'us-east-1', 's3:max-keys': '10' }, false],
    [{ 'aws:RequestedRegion': 'eu-west-1', 's3:max-keys': '1000' }, false],
    [{ 'aws:RequestedRegion': 'eu-west-1' }, false],
  ])('ANDs the clauses: %j is %s', (context, expected) => {
    expect(compileConditions(clauses, '2012-10-17')?.(createRequestContext(context))).toBe(expected);
  });

  it('ANDs two clauses', () => {
    const two = [clause('StringEquals', 'a', 'x'), clause('StringEquals', 'b', 'y')];
    const test = compileConditions(two, '2012-10-17');
    expect(test?.(createRequestContext({ a: 'x', b: 'y' }))).toBe(true);
    expect(test?.(createRequestContext({ a: 'x', b: 'z' }))).toBe(false);
  });

  it('returns undefined when there are no clauses', () => {
    expect(compileConditions([], '2012-10-17')).toBeUndefined();
  });

  it('explains each clause', () => {
    const context = createRequestContext({ 'aws:RequestedRegion': 'eu-west-1', 's3:max-keys': '500' });
    expect(explainConditions(clauses, '2012-10-17', context)).toEqual([
      {
        path: 'Statement[0].Condition.StringEquals.aws:RequestedRegion',
        operator: 'StringEquals',
        key: 'aws:RequestedRegion',
        keyPresent: true,
        matched: true,
      },
      {
        path: 'Statement[0].Condition.BoolIfExists.aws:SecureTransport',
        operator: 'BoolIfExists',
        key: 'aws:SecureTransport',
        keyPresent: false,
        matched: true,
      },
      {
        path: 'Statement[0].Condition.NumericLessThan.s3:max-keys',
        operator: 'NumericLessThan',
        key: 's3:max-keys',
        keyPresent: true,
        matched: false,
      },
    ]);
  });

  it('reports an empty multivalued key as not present', () => {
    const outcomes = explainConditions(
      [clause('ForAllValues:StringEquals', 'aws:TagKeys', 'a')],
      '2012-10-17',
      createRequestContext({ 'aws:TagKeys': [] }),
    );
    expect(outcomes[0]).toMatchObject({ keyPresent: false, matched: true });
  });
});

describe('compileConditions: validation errors', () => {
  it.each<[operator: string, values: string | string[], message: RegExp]>([
    ['NumericEquals', 'abc', /"abc" is not a number/],
    ['NumericLessThan', '1.2.3', /not a number/],
    ['NumericEquals', '', /not a number/],
    ['NumericGreaterThanIfExists', ['1', 'x'], /"x" is not a number/],
    ['DateEquals', 'yesterday', /not a date/],
    ['DateEquals', '2026-13-01', /not a date/],
    ['DateEquals', '2026-02-30', /not a date/],
    ['DateLessThan', '2026-01-01T25:00:00Z', /not a date/],
    ['DateLessThan', '2026-01-01T10:00:00+25:00', /not a date/],
    ['Bool', 'yes', /not a boolean/],
    ['BoolIfExists', '1', /not a boolean/],
    ['BinaryEquals', 'not base64!', /not valid base64/],
    ['BinaryEquals', 'QQ=', /not valid base64/],
    ['BinaryEquals', 'Q', /not valid base64/],
    ['IpAddress', '10.0.0.0/33', /not an IP address/],
    ['IpAddress', '300.1.1.1', /not an IP address/],
    ['IpAddress', '10.1', /not an IP address/],
    ['IpAddress', '2001:db8::/129', /not an IP address/],
    ['IpAddress', 'fe80::1%eth0', /not an IP address/],
    ['NotIpAddress', 'example.com', /not an IP address/],
    ['Null', 'yes', /Null value "yes"/],
    ['Null', '${aws:username}', /Null value/],
    ['StringEquals', '${a b}', /malformed policy variable/],
    ['StringEqualz', 'a', /unknown condition operator/],
    ['NullIfExists', 'true', /Null takes neither/],
    ['ForSomeValues:StringEquals', 'a', /unknown set qualifier/],
  ])('rejects %s %j', (operator, values, message) => {
    const c = clause(operator, 'k', values, 3);
    let caught: unknown;
    try {
      compileConditions([c], '2012-10-17');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyValidationError);
    const error = caught as PolicyValidationError;
    expect(error.path).toBe(`Statement[3].Condition.${operator}.k`);
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
  });

  it('names the failing clause among several', () => {
    const clauses = [clause('StringEquals', 'a', 'x'), clause('NumericEquals', 'b', 'nope', 1)];
    expect(() => compileConditions(clauses, '2012-10-17')).toThrow(
      expect.objectContaining({ path: 'Statement[1].Condition.NumericEquals.b' }) as unknown as Error,
    );
  });
});

describe('compileConditions: property', () => {
  const keys = ['k1', 'K2', 'aws:username'];
  const policyValue = fc.oneof(
    fc.constantFrom(
      '10',
      '-1.5',
      '2026-01-01',
      '2026-01-01T00:00:00+01:00',
      '1767225600',
      'true',
      'FALSE',
      '10.0.0.0/8',
      '2001:db8::/32',
      '::ffff:10.0.0.0/104',
      'QmluYXJ5',
      'arn:aws:iam::1:role/*',
      '${aws:username}',
      "${K2, 'd'}",
      '${*}x',
      'a*?',
      '',
    ),
    fc.string({ maxLength: 8 }),
  );
  const contextValue = fc.oneof(
    fc.constantFrom(
      '10',
      '2026-01-01T00:00:00Z',
      'true',
      '10.1.2.3',
      '::ffff:10.0.0.1',
      'QmluYXJ5',
      'arn:aws:iam::1:role/x',
      'bob',
    ),
    fc.string({ maxLength: 8 }),
  );
  const operator = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'),
        fc.constantFrom(
          ...[
            'StringEquals',
            'StringNotEquals',
            'StringEqualsIgnoreCase',
            'StringNotEqualsIgnoreCase',
            'StringLike',
            'StringNotLike',
            'NumericEquals',
            'NumericNotEquals',
            'NumericLessThan',
            'NumericLessThanEquals',
            'NumericGreaterThan',
            'NumericGreaterThanEquals',
            'DateEquals',
            'DateNotEquals',
            'DateLessThan',
            'DateLessThanEquals',
            'DateGreaterThan',
            'DateGreaterThanEquals',
            'Bool',
            'BinaryEquals',
            'IpAddress',
            'NotIpAddress',
            'ArnEquals',
            'ArnLike',
            'ArnNotEquals',
            'ArnNotLike',
            'Null',
          ],
        ),
        fc.boolean(),
      )
      .map(([q, base, ifExists]) => `${q}${base}${ifExists ? 'IfExists' : ''}`),
    fc.string({ maxLength: 12 }),
  );
  const clauses = fc.array(
    fc.record({ operator, key: fc.constantFrom(...keys), values: fc.array(policyValue, { maxLength: 3 }) }),
    { maxLength: 3 },
  );
  const contexts = fc.array(
    fc.dictionary(fc.constantFrom(...keys), fc.oneof(contextValue, fc.array(contextValue, { maxLength: 3 }))),
    { minLength: 1, maxLength: 4 },
  );

  it('either rejects a clause set with PolicyValidationError or returns a test that never throws', () => {
    let compiled = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        clauses,
        contexts,
        fc.constantFrom<PolicyVersion>('2012-10-17', '2008-10-17'),
        (raw, ctxs, version) => {
          const set = raw.map((c, i) => clause(c.operator, c.key, c.values, i));
          let test: ReturnType<typeof compileConditions>;
          try {
            test = compileConditions(set, version);
          } catch (error) {
            expect(error).toBeInstanceOf(PolicyValidationError);
            rejected++;
            return;
          }
          compiled++;
          if (set.length === 0) expect(test).toBeUndefined();
          for (const entries of ctxs) {
            const context = createRequestContext(entries);
            const result = test ? test(context) : true;
            expect(typeof result).toBe('boolean');
            // The explanation agrees with the compiled test.
            const outcomes = explainConditions(set, version, context);
            expect(outcomes.every((o) => o.matched)).toBe(result);
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(compiled).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });
});
