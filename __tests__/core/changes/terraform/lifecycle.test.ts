/**
 * How each action (create, update, delete, replace in both orders, forget, no-op) of each resource type becomes
 * changes, and which diffs are not changes at all.
 */
import { describe, expect, it } from '@jest/globals';
import { readTerraformPlan } from '../../../../src/core/changes/terraform/read-terraform-plan.js';
import { ACCOUNT, allow, configResource, inventory, plan, rc, ref, trust } from './plan-builder.js';

const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/deploy`;
const read = (changes: Record<string, unknown>[], accountId?: string) =>
  readTerraformPlan(plan({ changes }), { source: 'plan.json', accountId });

describe('policy documents', () => {
  const compact = allow('s3:GetObject');
  // The same policy as the provider may store it: another key order, whitespace, Action as a list.
  const reformatted = JSON.stringify(
    { Statement: [{ Resource: '*', Action: ['s3:GetObject'], Effect: 'Allow' }], Version: '2012-10-17' },
    null,
    4,
  );
  const policy = (document: string) => ({ arn: POLICY_ARN, name: 'deploy', path: '/', policy: document });

  it('a whitespace and key-order diff is no change', () => {
    expect(read([rc('aws_iam_policy.p', ['update'], policy(compact), policy(reformatted))]).changes).toEqual([]);
  });

  it('an update carries the before and after documents, both parsed', () => {
    const set = read([rc('aws_iam_policy.p', ['update'], policy(compact), policy(allow('s3:*')))]);
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'managed-policy',
        policyArn: POLICY_ARN,
        policyName: 'deploy',
        before: expect.objectContaining({ statements: [expect.objectContaining({ actions: ['s3:GetObject'] })] }),
        after: expect.objectContaining({
          statements: [expect.objectContaining({ actions: ['s3:*'], location: { address: 'aws_iam_policy.p' } })],
        }),
        source: { origin: 'terraform', address: 'aws_iam_policy.p' },
      }),
    ]);
  });

  it('a delete carries the document it removes', () => {
    const set = read([rc('aws_iam_policy.p', ['delete'], policy(compact), null)]);
    expect(set.changes).toEqual([
      expect.objectContaining({ kind: 'managed-policy', policyArn: POLICY_ARN, before: expect.anything() }),
    ]);
    expect(set.changes[0]).not.toHaveProperty('after');
  });

  it('a replacement under the same ARN compares the documents; under a new name it is a delete and a create', () => {
    const same = read(
      [
        rc('aws_iam_policy.p', ['delete', 'create'], policy(compact), {
          name: 'deploy',
          path: '/',
          policy: reformatted,
        }),
      ],
      ACCOUNT,
    );
    expect(same.changes).toEqual([]);
    const renamed = read(
      [rc('aws_iam_policy.p', ['delete', 'create'], policy(compact), { name: 'deploy2', path: '/', policy: compact })],
      ACCOUNT,
    );
    expect(
      renamed.changes.map((c) => [c.kind, (c as { policyArn: unknown }).policyArn, 'before' in c, 'after' in c]),
    ).toEqual([
      ['managed-policy', POLICY_ARN, true, false],
      ['managed-policy', `arn:aws:iam::${ACCOUNT}:policy/deploy2`, false, true],
    ]);
  });

  it('an inline policy whose document only changes layout is no change', () => {
    const before = { role: 'app', name: 'p', policy: compact };
    expect(read([rc('aws_iam_role_policy.p', ['update'], before, { ...before, policy: reformatted })]).changes).toEqual(
      [],
    );
  });
});

describe('attachments', () => {
  const pair = (role: string, arn = POLICY_ARN) => ({ role, policy_arn: arn });

  it('create attaches and delete detaches', () => {
    const set = read([
      rc('aws_iam_role_policy_attachment.a', ['create'], null, pair('app'), { id: true }),
      rc('aws_iam_user_policy_attachment.b', ['delete'], { user: 'alice', policy_arn: POLICY_ARN }, null),
    ]);
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'attachment',
        action: 'attach',
        entity: { kind: 'role', name: 'app', accountId: ACCOUNT },
      }),
      expect.objectContaining({
        kind: 'attachment',
        action: 'detach',
        entity: { kind: 'user', name: 'alice', accountId: ACCOUNT },
      }),
    ]);
  });

  it('a replacement to another role detaches the old pair and attaches the new one', () => {
    const set = read([
      rc('aws_iam_role_policy_attachment.a', ['delete', 'create'], pair('old'), pair('new'), { id: true }),
    ]);
    expect(set.changes.map((c) => [c.kind === 'attachment' && c.action, c.kind === 'attachment' && c.entity])).toEqual([
      ['detach', { kind: 'role', name: 'old', accountId: ACCOUNT }],
      ['attach', { kind: 'role', name: 'new', accountId: ACCOUNT }],
    ]);
  });

  it('a destroy-first replacement of the same pair ends attached: no change', () => {
    expect(
      read([rc('aws_iam_role_policy_attachment.a', ['delete', 'create'], pair('app'), pair('app'))]).changes,
    ).toEqual([]);
  });

  it('a create_before_destroy replacement of the same pair ends detached, with a warning', () => {
    const set = read([rc('aws_iam_role_policy_attachment.a', ['create', 'delete'], pair('app'), pair('app'))]);
    expect(set.changes).toEqual([expect.objectContaining({ kind: 'attachment', action: 'detach' })]);
    expect(set.warnings.map((w) => w.kind)).toEqual(['create-before-destroy']);
  });

  it('a role attribute given as an ARN names the role, in the ARN account', () => {
    const set = read([
      rc('aws_iam_role_policy_attachment.a', ['create'], null, pair('arn:aws:iam::210987654321:role/svc/app')),
    ]);
    expect(set.changes[0]).toMatchObject({ entity: { kind: 'role', name: 'app', accountId: '210987654321' } });
  });
});

describe('roles and users', () => {
  const role = (assume: string, extra: Record<string, unknown> = {}) => ({
    name: 'app',
    path: '/',
    assume_role_policy: assume,
    permissions_boundary: null,
    ...extra,
  });

  it('a created role gives principal-created, its trust policy and its boundary', () => {
    const boundaryArn = `arn:aws:iam::${ACCOUNT}:policy/boundary`;
    const set = read([
      rc(
        'aws_iam_role.app',
        ['create'],
        null,
        role(trust('ec2.amazonaws.com'), { permissions_boundary: boundaryArn }),
        {
          arn: true,
          id: true,
          managed_policy_arns: true,
          inline_policy: true,
        },
      ),
    ]);
    expect(set.changes.map((c) => c.kind)).toEqual(['principal-created', 'trust-policy', 'permissions-boundary']);
    expect(set.changes[1]).toMatchObject({
      role: { kind: 'role', name: 'app' },
      after: { statements: [{ principal: { service: ['ec2.amazonaws.com'] } }] },
    });
    expect(set.changes[1]).not.toHaveProperty('before');
    expect(set.changes[2]).toMatchObject({ after: boundaryArn });
  });

  it('a trust policy update is one change with both documents; a reformatting is none', () => {
    const updated = read([
      rc('aws_iam_role.app', ['update'], role(trust('ec2.amazonaws.com')), role(trust('lambda.amazonaws.com'))),
    ]);
    expect(updated.changes).toEqual([
      expect.objectContaining({ kind: 'trust-policy', before: expect.anything(), after: expect.anything() }),
    ]);
    const spaced = JSON.stringify(JSON.parse(trust('ec2.amazonaws.com')), null, 2);
    expect(read([rc('aws_iam_role.app', ['update'], role(trust('ec2.amazonaws.com')), role(spaced))]).changes).toEqual(
      [],
    );
  });

  it('a removed boundary is a boundary change with no after', () => {
    const boundaryArn = `arn:aws:iam::${ACCOUNT}:policy/boundary`;
    const set = read([
      rc(
        'aws_iam_user.alice',
        ['update'],
        { name: 'alice', path: '/', permissions_boundary: boundaryArn },
        { name: 'alice', path: '/', permissions_boundary: null },
      ),
    ]);
    expect(set.changes).toEqual([expect.objectContaining({ kind: 'permissions-boundary', before: boundaryArn })]);
    expect(set.changes[0]).not.toHaveProperty('after');
  });

  it('a deleted role or user is principal-deleted', () => {
    const set = read(
      [
        rc('aws_iam_role.app', ['delete'], role(trust('ec2.amazonaws.com')), null),
        rc('aws_iam_user.alice', ['delete'], { name: 'alice', path: '/' }, null),
      ],
      ACCOUNT,
    );
    expect(set.changes).toEqual([
      expect.objectContaining({ kind: 'principal-deleted', entity: { kind: 'role', name: 'app', accountId: ACCOUNT } }),
      expect.objectContaining({
        kind: 'principal-deleted',
        entity: { kind: 'user', name: 'alice', accountId: ACCOUNT },
      }),
    ]);
  });

  it('a role replaced under the same name compares before and after, with a warning', () => {
    const set = read([
      rc(
        'aws_iam_role.app',
        ['delete', 'create'],
        role(trust('ec2.amazonaws.com'), { path: '/a/' }),
        role(trust('ecs.amazonaws.com'), { path: '/b/' }),
      ),
    ]);
    expect(set.changes.map((c) => c.kind)).toEqual(['trust-policy']);
    expect(set.warnings.map((w) => w.kind)).toEqual(['principal-replaced']);
  });

  it('a role replaced under a new name is a deletion and a creation', () => {
    const set = read([
      rc('aws_iam_role.app', ['delete', 'create'], role(trust('ec2.amazonaws.com')), {
        ...role(trust('ec2.amazonaws.com')),
        name: 'app2',
      }),
    ]);
    expect(set.changes.map((c) => c.kind)).toEqual(['principal-deleted', 'principal-created', 'trust-policy']);
  });

  it('a renamed user is a deletion and a creation, with a warning', () => {
    const set = read([rc('aws_iam_user.u', ['update'], { name: 'alice', path: '/' }, { name: 'alicia', path: '/' })]);
    expect(set.changes.map((c) => c.kind)).toEqual(['principal-deleted', 'principal-created']);
    expect(set.warnings.map((w) => w.kind)).toEqual(['principal-renamed']);
  });

  it('creating an IAM group changes no access and says nothing', () => {
    const set = read([rc('aws_iam_group.g', ['create'], null, { name: 'g', path: '/' }, { arn: true })]);
    expect(set).toEqual({ changes: [], warnings: [] });
  });
});

describe('actions that change nothing', () => {
  it('no-op, read and data sources give no change', () => {
    const set = read([
      rc('aws_iam_policy.p', ['no-op'], { name: 'p', policy: allow('s3:*') }, { name: 'p', policy: allow('s3:*') }),
      rc('data.aws_iam_policy_document.d', ['read'], null, { json: allow('s3:*') }),
    ]);
    expect(set).toEqual({ changes: [], warnings: [] });
  });

  it('forget leaves the object in AWS: no change, a warning', () => {
    const set = read([
      rc('aws_iam_role_policy_attachment.a', ['forget'], { role: 'app', policy_arn: POLICY_ARN }, null),
    ]);
    expect(set.changes).toEqual([]);
    expect(set.warnings).toEqual([
      expect.objectContaining({
        kind: 'terraform-forget',
        source: { origin: 'terraform', address: 'aws_iam_role_policy_attachment.a' },
      }),
    ]);
  });

  it('create-then-forget creates the new object and keeps the old one', () => {
    const set = read([
      rc(
        'aws_iam_role_policy_attachment.a',
        ['create', 'forget'],
        { role: 'old', policy_arn: POLICY_ARN },
        { role: 'new', policy_arn: POLICY_ARN },
      ),
    ]);
    expect(set.changes).toEqual([
      expect.objectContaining({ action: 'attach', entity: expect.objectContaining({ name: 'new' }) }),
    ]);
    expect(set.warnings.map((w) => w.kind)).toEqual(['terraform-forget']);
  });

  it('non-IAM types are skipped silently; unknown IAM types and other policy types with a warning', () => {
    const set = read([
      rc('aws_s3_bucket.b', ['create'], null, { bucket: 'b' }),
      rc('aws_iam_access_key.k', ['create'], null, { user: 'alice' }),
      rc('aws_iam_something_new.x', ['create'], null, {}),
      rc(
        'aws_organizations_policy.tags',
        ['create'],
        null,
        { name: 't', type: 'TAG_POLICY', content: '{"tags":{}}' },
        { id: true },
      ),
    ]);
    expect(set.changes).toEqual([]);
    expect(set.warnings.map((w) => [w.kind, w.source?.address])).toEqual([
      ['ignored-resource', 'aws_iam_something_new.x'],
      ['ignored-resource', 'aws_organizations_policy.tags'],
    ]);
  });
});

describe('Organizations policies', () => {
  const scp = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }],
  });

  it('a new SCP collects the targets of its two attachments', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc(
            'aws_organizations_policy.deny',
            ['create'],
            null,
            { name: 'deny-delete', content: scp, type: 'SERVICE_CONTROL_POLICY' },
            { id: true, arn: true },
          ),
          rc(
            'aws_organizations_policy_attachment.ou',
            ['create'],
            null,
            { target_id: 'ou-ab12-cdef3456' },
            { id: true, policy_id: true },
          ),
          rc(
            'aws_organizations_policy_attachment.acct',
            ['create'],
            null,
            { target_id: '210987654321' },
            { id: true, policy_id: true },
          ),
        ],
        resources: [
          configResource('aws_organizations_policy_attachment.ou', {
            policy_id: ref('aws_organizations_policy.deny.id', 'aws_organizations_policy.deny'),
          }),
          configResource('aws_organizations_policy_attachment.acct', {
            policy_id: ref('aws_organizations_policy.deny.id', 'aws_organizations_policy.deny'),
          }),
        ],
      }),
      { source: 'plan.json' },
    );
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'org-policy-created',
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: 'new:aws_organizations_policy.deny',
        policyName: 'deny-delete',
        targets: ['ou-ab12-cdef3456', '210987654321'],
      }),
      expect.objectContaining({
        kind: 'org-policy-attachment',
        action: 'attach',
        policyId: 'new:aws_organizations_policy.deny',
        targetId: 'ou-ab12-cdef3456',
        policyType: 'SERVICE_CONTROL_POLICY',
      }),
      expect.objectContaining({
        kind: 'org-policy-attachment',
        action: 'attach',
        policyId: 'new:aws_organizations_policy.deny',
        targetId: '210987654321',
      }),
    ]);
  });

  it('the type defaults to SCP; an RCP is parsed as one; an update compares documents', () => {
    const rcp = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    });
    const set = read([
      rc(
        'aws_organizations_policy.a',
        ['update'],
        { id: 'p-aaaa1111', name: 'a', content: scp },
        { id: 'p-aaaa1111', name: 'a', content: allow('*') },
      ),
      rc(
        'aws_organizations_policy.r',
        ['create'],
        null,
        { name: 'r', content: rcp, type: 'RESOURCE_CONTROL_POLICY' },
        { id: true },
      ),
    ]);
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'org-policy',
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: 'p-aaaa1111',
        before: expect.anything(),
        after: expect.anything(),
      }),
      expect.objectContaining({
        kind: 'org-policy-created',
        policyType: 'RESOURCE_CONTROL_POLICY',
        policyId: 'new:aws_organizations_policy.r',
      }),
    ]);
  });

  it('an attachment of an existing policy takes its type from the inventory', () => {
    const inv = inventory();
    inv.organization = {
      managementAccountId: '999999999999',
      roots: [{ id: 'r-root' }],
      organizationalUnits: [],
      accounts: [],
      policies: [
        {
          id: 'p-rcp1',
          name: 'rcp',
          type: 'RESOURCE_CONTROL_POLICY',
          awsManaged: false,
          targets: [],
          document: { version: '2012-10-17', statements: [] },
        },
      ],
    };
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_organizations_policy_attachment.x', ['delete'], { policy_id: 'p-rcp1', target_id: 'r-root' }, null),
        ],
      }),
      { source: 'plan.json', inventory: inv },
    );
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'org-policy-attachment',
        action: 'detach',
        policyType: 'RESOURCE_CONTROL_POLICY',
        policyId: 'p-rcp1',
        targetId: 'r-root',
      }),
    ]);
  });

  it('reads an account moving to another OU as a change: the SCPs that apply to it change', () => {
    const set = read([
      rc(
        'aws_organizations_account.dev',
        ['update'],
        { id: '210987654321', name: 'dev', parent_id: 'ou-ab12-11111111' },
        { id: '210987654321', name: 'dev', parent_id: 'ou-ab12-22222222' },
      ),
    ]);
    expect(set.changes).toEqual([
      {
        kind: 'account-moved',
        accountId: '210987654321',
        fromParent: 'ou-ab12-11111111',
        toParent: 'ou-ab12-22222222',
        source: { origin: 'terraform', address: 'aws_organizations_account.dev' },
      },
    ]);
    expect(set.warnings).toEqual([]);
  });
});
