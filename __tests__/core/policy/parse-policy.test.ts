import { describe, expect, it } from '@jest/globals';
import { PolicyValidationError } from '../../../src/core/errors.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import type { PolicyKind } from '../../../src/core/policy/types.js';

const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

function errorOf(doc: unknown, kind: PolicyKind = 'identity'): PolicyValidationError {
  try {
    parsePolicyDocument(doc, { kind });
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyValidationError);
    return error as PolicyValidationError;
  }
  throw new Error('expected a validation error');
}

describe('parse-policy.ts', () => {
  it('normalizes a single Statement object and scalar elements into lists', () => {
    const doc = parsePolicyDocument(
      {
        Version: '2012-10-17',
        Statement: { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      },
      { kind: 'identity' },
    );
    expect(doc).toEqual({
      version: '2012-10-17',
      statements: [
        {
          index: 0,
          sid: 'One',
          effect: 'Allow',
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::b/*'],
          conditions: [],
        },
      ],
    });
  });

  it('defaults Version to 2008-10-17, in which variables are literal', () => {
    expect(parsePolicyDocument({ Statement: [allowAll] }, { kind: 'identity' }).version).toBe('2008-10-17');
  });

  it('turns condition values of every JSON scalar type into strings and keeps operator parts', () => {
    const doc = parsePolicyDocument(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            NotAction: ['iam:*'],
            NotResource: 'arn:aws:iam::*:user/${aws:username}',
            Condition: {
              BoolIfExists: { 'aws:MultiFactorAuthPresent': false },
              'ForAnyValue:StringLike': { 'aws:TagKeys': ['a*', 'b'] },
              NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
            },
          },
        ],
      },
      { kind: 'identity' },
    );
    const [s] = doc.statements;
    expect(s.notActions).toEqual(['iam:*']);
    expect(s.notResources).toEqual(['arn:aws:iam::*:user/${aws:username}']);
    expect(s.conditions).toEqual([
      {
        operator: 'BoolIfExists',
        baseOperator: 'Bool',
        qualifier: undefined,
        ifExists: true,
        key: 'aws:MultiFactorAuthPresent',
        values: ['false'],
        path: 'Statement[0].Condition.BoolIfExists.aws:MultiFactorAuthPresent',
      },
      {
        operator: 'ForAnyValue:StringLike',
        baseOperator: 'StringLike',
        qualifier: 'ForAnyValue',
        ifExists: false,
        key: 'aws:TagKeys',
        values: ['a*', 'b'],
        path: 'Statement[0].Condition.ForAnyValue:StringLike.aws:TagKeys',
      },
      {
        operator: 'NumericLessThan',
        baseOperator: 'NumericLessThan',
        qualifier: undefined,
        ifExists: false,
        key: 'aws:MultiFactorAuthAge',
        values: ['3600'],
        path: 'Statement[0].Condition.NumericLessThan.aws:MultiFactorAuthAge',
      },
    ]);
  });

  it('accepts operator names in any case, as AWS does (its samples use ForAnyValue:Stringlike)', () => {
    const doc = parsePolicyDocument(
      {
        Statement: {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Principal: '*',
          Condition: { 'forAnyValue:Stringlike': { 'aws:TagKeys': 'x' } },
        },
      },
      { kind: 'rcp' },
    );
    expect(doc.statements[0].conditions[0]).toMatchObject({ baseOperator: 'StringLike', qualifier: 'ForAnyValue' });
  });

  it('decodes URL-encoded documents as IAM APIs return them', () => {
    const text = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [allowAll] }));
    expect(text.startsWith('%7B')).toBe(true);
    expect(parsePolicyDocument(text, { kind: 'identity' }).statements[0].actions).toEqual(['*']);
  });

  it('parses Principal forms', () => {
    const doc = parsePolicyDocument(
      {
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:*' },
          { Effect: 'Allow', Principal: { AWS: ['111122223333', '*'], Service: 'ec2.amazonaws.com' }, Action: 's3:*' },
          { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*' },
        ],
      },
      { kind: 'resource' },
    );
    expect(doc.statements[0].principal).toEqual({
      wildcard: true,
      aws: [],
      service: [],
      federated: [],
      canonicalUser: [],
    });
    expect(doc.statements[1].principal).toEqual({
      wildcard: true,
      aws: ['111122223333'],
      service: ['ec2.amazonaws.com'],
      federated: [],
      canonicalUser: [],
    });
    expect(doc.statements[2].notPrincipal?.aws).toEqual(['arn:aws:iam::111122223333:root']);
    expect(doc.statements[0].resources).toBeUndefined();
  });

  it('attaches source locations by statement index', () => {
    const doc = parsePolicyDocument(
      { Statement: [allowAll, allowAll] },
      { kind: 'identity', locations: [undefined, { file: 'policies/a.json', line: 9 }] },
    );
    expect(doc.statements[0].location).toBeUndefined();
    expect(doc.statements[1].location).toEqual({ file: 'policies/a.json', line: 9 });
  });

  it.each<[string, unknown, PolicyKind, string, RegExp]>([
    ['not an object', [], 'identity', '', /must be a JSON object/],
    ['bad JSON text', '{"Statement": [', 'identity', '', /not valid JSON/],
    [
      'unknown top-level key',
      { Statement: [allowAll], Statment: [] },
      'identity',
      'Statment',
      /unknown top-level element/,
    ],
    ['bad version', { Version: '2012-10-18', Statement: [allowAll] }, 'identity', 'Version', /2012-10-17/],
    ['missing Statement', { Version: '2012-10-17' }, 'identity', 'Statement', /is missing/],
    ['statement not object', { Statement: ['x'] }, 'identity', 'Statement[0]', /must be an object/],
    [
      'bad effect',
      { Statement: [{ ...allowAll, Effect: 'allow' }] },
      'identity',
      'Statement[0].Effect',
      /"Allow" or "Deny"/,
    ],
    ['missing effect', { Statement: [{ Action: '*', Resource: '*' }] }, 'identity', 'Statement[0].Effect', /missing/],
    [
      'unknown element',
      { Statement: [{ ...allowAll, Conditions: {} }] },
      'identity',
      'Statement[0].Conditions',
      /unknown statement element/,
    ],
    [
      'Action and NotAction',
      { Statement: [{ ...allowAll, NotAction: 's3:*' }] },
      'identity',
      'Statement[0]',
      /both Action and NotAction/,
    ],
    [
      'no action',
      { Statement: [{ Effect: 'Allow', Resource: '*' }] },
      'identity',
      'Statement[0]',
      /neither Action nor NotAction/,
    ],
    [
      'malformed action',
      { Statement: [{ ...allowAll, Action: ['s3:Get', 's3GetObject'] }] },
      'identity',
      'Statement[0].Action[1]',
      /not an action/,
    ],
    [
      'empty action list',
      { Statement: [{ ...allowAll, Action: [] }] },
      'identity',
      'Statement[0].Action',
      /empty list/,
    ],
    [
      'number action',
      { Statement: [{ ...allowAll, Action: [3] }] },
      'identity',
      'Statement[0].Action[0]',
      /must be a string/,
    ],
    [
      'no resource in identity policy',
      { Statement: [{ Effect: 'Allow', Action: '*' }] },
      'identity',
      'Statement[0]',
      /neither Resource nor NotResource/,
    ],
    [
      'non-ARN resource',
      { Statement: [{ ...allowAll, Resource: 'bucket/*' }] },
      'identity',
      'Statement[0].Resource',
      /not an ARN/,
    ],
    [
      'principal in identity policy',
      { Statement: [{ ...allowAll, Principal: '*' }] },
      'identity',
      'Statement[0].Principal',
      /cannot have Principal/,
    ],
    [
      'principal in SCP',
      { Statement: [{ ...allowAll, Principal: '*' }] },
      'scp',
      'Statement[0].Principal',
      /service control policy/,
    ],
    ['resource policy without principal', { Statement: [allowAll] }, 'resource', 'Statement[0]', /needs Principal/],
    [
      'unknown principal type',
      { Statement: [{ ...allowAll, Principal: { IAM: 'x' } }] },
      'resource',
      'Statement[0].Principal.IAM',
      /unknown principal type/,
    ],
    [
      'principal not object',
      { Statement: [{ ...allowAll, Principal: 5 }] },
      'resource',
      'Statement[0].Principal',
      /must be "\*" or an object/,
    ],
    [
      'condition not object',
      { Statement: [{ ...allowAll, Condition: 'x' }] },
      'identity',
      'Statement[0].Condition',
      /object of operators/,
    ],
    [
      'unknown operator',
      { Statement: [{ ...allowAll, Condition: { StringEqual: { 'aws:username': 'a' } } }] },
      'identity',
      'Statement[0].Condition.StringEqual',
      /unknown condition operator/,
    ],
    [
      'Null with IfExists',
      { Statement: [{ ...allowAll, Condition: { NullIfExists: { k: 'true' } } }] },
      'identity',
      'Statement[0].Condition.NullIfExists',
      /Null takes neither/,
    ],
    [
      'bad qualifier',
      { Statement: [{ ...allowAll, Condition: { 'ForSomeValues:StringLike': { k: 'a' } } }] },
      'identity',
      'Statement[0].Condition.ForSomeValues:StringLike',
      /unknown set qualifier/,
    ],
    [
      'operator block not object',
      { Statement: [{ ...allowAll, Condition: { BoolIfExists: 'false' } }] },
      'identity',
      'Statement[0].Condition.BoolIfExists',
      /object of condition keys/,
    ],
    [
      'empty operator block',
      { Statement: [{ ...allowAll, Condition: { Bool: {} } }] },
      'identity',
      'Statement[0].Condition.Bool',
      /no condition key/,
    ],
    [
      'object condition value',
      { Statement: [{ ...allowAll, Condition: { Bool: { k: { v: 1 } } } }] },
      'identity',
      'Statement[0].Condition.Bool.k',
      /string, number or boolean/,
    ],
    [
      'null in value list',
      { Statement: [{ ...allowAll, Condition: { StringEquals: { k: ['a', null] } } }] },
      'identity',
      'Statement[0].Condition.StringEquals.k[1]',
      /got null/,
    ],
    [
      'empty value list',
      { Statement: [{ ...allowAll, Condition: { StringEquals: { k: [] } } }] },
      'identity',
      'Statement[0].Condition.StringEquals.k',
      /no value/,
    ],
    ['numeric Sid', { Statement: [{ ...allowAll, Sid: 1 }] }, 'identity', 'Statement[0].Sid', /must be a string/],
  ])('rejects %s, naming the path', (_name, doc, kind, path, message) => {
    const error = errorOf(doc, kind);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('gives a hint with its errors', () => {
    expect(errorOf({ Statement: [{ Effect: 'Allow', Action: 's3GetObject', Resource: '*' }] }).hint).toMatch(
      /service:Action/,
    );
  });
});
