import { describe, expect, it } from '@jest/globals';
import type { NamedPolicy } from '../../../src/core/evaluate/compile-policy.js';
import type { QueryPolicies } from '../../../src/core/impact/backend.js';
import { afterShape, parseInlinePolicyName } from '../../../src/core/impact/query-shape.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';

const doc = (action: string) =>
  parsePolicyDocument(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] },
    { kind: 'identity' },
  );
const policy = (name: string, action = 's3:GetObject'): NamedPolicy => ({ name, document: doc(action) });

const USER = 'arn:aws:iam::111122223333:user/alice';
const GROUP = 'arn:aws:iam::111122223333:group/team/readers';
const MANAGED = 'arn:aws:iam::111122223333:policy/Reports';
const AWS_MANAGED = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

describe('afterShape', () => {
  const inline = policy(`${USER}#s3`);
  const groupInline = policy(`${GROUP}#read`);
  const managed = policy(MANAGED);
  const awsManaged = policy(AWS_MANAGED, 'ec2:Describe*');
  const before: QueryPolicies = { identity: [inline, groupInline, managed, awsManaged] };

  it('is attached when nothing the simulator evaluates changes', () => {
    expect(afterShape(before, { identity: [...before.identity] })).toEqual({ kind: 'attached' });
  });

  it('excludes a changed inline policy by its identifier and adds the new document', () => {
    const changed = policy(`${USER}#s3`, 's3:PutObject');
    const shape = afterShape(before, { identity: [changed, groupInline, managed, awsManaged] });
    expect(shape).toEqual({
      kind: 'delta',
      exclude: [{ inlinePolicy: { policyName: 's3', attachmentType: 'user', attachmentName: 'alice' } }],
      add: [changed],
    });
  });

  it('excludes a group inline policy by the group name without its path, and a detached managed policy by ARN', () => {
    const shape = afterShape(before, { identity: [inline, awsManaged] });
    expect(shape).toEqual({
      kind: 'delta',
      exclude: [
        { inlinePolicy: { policyName: 'read', attachmentType: 'group', attachmentName: 'readers' } },
        { policyArn: MANAGED },
      ],
      add: [],
    });
  });

  it('adds a new policy without excluding anything', () => {
    const added = policy('arn:aws:iam::111122223333:user/alice#force-mfa', '*');
    expect(afterShape(before, { identity: [...before.identity, added] })).toEqual({
      kind: 'delta',
      exclude: [],
      add: [added],
    });
  });

  it('replaces or removes the boundary', () => {
    const boundary = policy('arn:aws:iam::111122223333:policy/Boundary');
    const next = policy('arn:aws:iam::111122223333:policy/Boundary', 's3:*');
    expect(afterShape({ ...before, permissionsBoundary: boundary }, { ...before, permissionsBoundary: next })).toEqual({
      kind: 'delta',
      exclude: [],
      add: [],
      boundary: next,
    });
    expect(afterShape({ ...before, permissionsBoundary: boundary }, before)).toEqual({
      kind: 'delta',
      exclude: [],
      add: [],
      boundary: null,
    });
  });

  it('is custom when the SCPs in force change', () => {
    const scp = policy('p-1 FullAWSAccess', '*');
    const deny = policy('p-2 DenyAll', '*');
    expect(
      afterShape(
        { ...before, scp: [{ id: 'r-1', policies: [scp] }] },
        { ...before, scp: [{ id: 'r-1', policies: [scp, deny] }] },
      ),
    ).toEqual({ kind: 'custom' });
  });

  it('ignores an RCP change, which the simulator cannot evaluate anyway', () => {
    const rcp = policy('p-3 RCPFullAWSAccess', '*');
    expect(afterShape({ ...before, rcp: [{ policies: [] }] }, { ...before, rcp: [{ policies: [rcp] }] })).toEqual({
      kind: 'attached',
    });
  });

  it('is custom when a managed policy excluded by ARN is also the boundary', () => {
    const boundary = policy(MANAGED);
    expect(
      afterShape({ ...before, permissionsBoundary: boundary }, { identity: [inline], permissionsBoundary: boundary }),
    ).toEqual({ kind: 'custom' });
  });

  it('is custom beyond 256 exclusions', () => {
    const many = Array.from({ length: 257 }, (_, i) => policy(`${USER}#p${i}`));
    expect(afterShape({ identity: many }, { identity: [] })).toEqual({ kind: 'custom' });
    expect(afterShape({ identity: many.slice(0, 256) }, { identity: [] }).kind).toBe('delta');
  });
});

describe('parseInlinePolicyName', () => {
  it('reads the entity kind, its name without path, and the policy name', () => {
    expect(parseInlinePolicyName(`${GROUP}#read#2`)).toEqual({
      attachmentType: 'group',
      attachmentName: 'readers',
      policyName: 'read#2',
    });
    expect(parseInlinePolicyName(MANAGED)).toBeUndefined();
  });
});
