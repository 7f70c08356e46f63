/** Addresses and references as Terraform writes them in plan JSON. */
import { describe, expect, it } from '@jest/globals';
import { baseAddress, parseResourceAddress, parseSteps } from '../../../../src/core/changes/terraform/plan-address.js';
import { followableReferences } from '../../../../src/core/changes/terraform/plan-resolver.js';

describe('parseResourceAddress', () => {
  it('splits modules, mode, type, name and keys', () => {
    expect(parseResourceAddress('module.iam["a.b"].module.x[0].aws_iam_role.r["k"]')).toEqual({
      modules: [
        { name: 'iam', key: 'a.b' },
        { name: 'x', key: 0 },
      ],
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'r',
      key: 'k',
    });
    expect(parseResourceAddress('data.aws_iam_policy_document.d')).toEqual({
      modules: [],
      mode: 'data',
      type: 'aws_iam_policy_document',
      name: 'd',
    });
  });

  it('gives the address of every instance', () => {
    expect(baseAddress(parseResourceAddress('module.m[1].aws_iam_policy.p[2]')!)).toBe('module.m[1].aws_iam_policy.p');
  });

  it('rejects what is not a resource address', () => {
    expect(parseResourceAddress('aws_iam_role')).toBeUndefined();
    expect(parseResourceAddress('aws_iam_role.r.name')).toBeUndefined();
    expect(parseResourceAddress('module.m')).toBeUndefined();
  });
});

describe('references', () => {
  it('parses attributes, keys and splats', () => {
    expect(parseSteps('aws_organizations_organization.o.roots[0].id')).toEqual([
      { name: 'aws_organizations_organization' },
      { name: 'o' },
      { name: 'roots', key: 0 },
      { name: 'id' },
    ]);
    expect(parseSteps('aws_iam_role.r[*].name')?.[1]).toEqual({ name: 'r', splat: true });
    expect(parseSteps('a.b[0][1]')).toBeUndefined();
  });

  it('keeps the most precise reference of each object and drops iteration symbols', () => {
    expect(followableReferences(['aws_iam_policy.x.arn', 'aws_iam_policy.x'])).toEqual(['aws_iam_policy.x.arn']);
    expect(followableReferences(['aws_iam_role.r["a"].name', 'aws_iam_role.r["a"]', 'aws_iam_role.r'])).toEqual([
      'aws_iam_role.r["a"].name',
    ]);
    expect(followableReferences(['aws_iam_policy.p', 'count.index'])).toEqual(['aws_iam_policy.p']);
    expect(followableReferences(['var.a', 'aws_iam_role.r.id', 'aws_iam_role.r'])).toEqual([
      'var.a',
      'aws_iam_role.r.id',
    ]);
  });
});
