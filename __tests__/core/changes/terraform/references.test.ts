/**
 * Unknown values that the plan determines: a policy ARN or role name computed during apply but following from a
 * resource of the same plan, through module variables and outputs, `count` and `for_each` instances and data
 * sources. And values that truly are unknown: kept as Unknown with the reason, never dropped.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { isUnknown, type AttachmentChange, type Change } from '../../../../src/core/changes/change-set.js';
import { readTerraformPlan } from '../../../../src/core/changes/terraform/read-terraform-plan.js';
import { ACCOUNT, allow, configResource, inventory, plan, rc, ref } from './plan-builder.js';

const here = dirname(fileURLToPath(import.meta.url));

function attachments(changes: Change[]): AttachmentChange[] {
  return changes.filter((c): c is AttachmentChange => c.kind === 'attachment');
}

describe('a policy created and attached in the same plan', () => {
  const policy = allow('s3:GetObject', 'arn:aws:s3:::reports/*');
  const changes = [
    rc(
      'aws_iam_policy.x',
      ['create'],
      null,
      { name: 'reports-read', path: '/team/', policy, description: null },
      {
        arn: true,
        id: true,
        policy_id: true,
        tags_all: true,
      },
    ),
    rc('aws_iam_group_policy_attachment.a', ['create'], null, { group: 'developers' }, { id: true, policy_arn: true }),
  ];
  const resources = [
    configResource('aws_iam_policy.x', {
      name: { constant_value: 'reports-read' },
      path: { constant_value: '/team/' },
      policy: {},
    }),
    configResource('aws_iam_group_policy_attachment.a', {
      group: { constant_value: 'developers' },
      policy_arn: ref('aws_iam_policy.x.arn', 'aws_iam_policy.x'),
    }),
  ];

  it('yields a known attachment of the new document under the derived ARN', () => {
    const set = readTerraformPlan(plan({ changes, resources }), {
      source: 'plan.json',
      inventory: inventory({ groups: [{ name: 'developers' }] }),
    });
    const [attach] = attachments(set.changes);
    expect(attach).toMatchObject({
      action: 'attach',
      entity: { kind: 'group', name: 'developers', accountId: ACCOUNT },
      policyArn: `arn:aws:iam::${ACCOUNT}:policy/team/reports-read`,
      source: { origin: 'terraform', address: 'aws_iam_group_policy_attachment.a' },
    });
    expect(attach.policyDocument).toMatchObject({
      statements: [{ effect: 'Allow', actions: ['s3:GetObject'], location: { address: 'aws_iam_policy.x' } }],
    });
    // The policy itself is a change too, under the same ARN.
    expect(set.changes[0]).toMatchObject({
      kind: 'managed-policy',
      policyArn: `arn:aws:iam::${ACCOUNT}:policy/team/reports-read`,
      policyName: 'reports-read',
    });
  });

  it('keeps the attachment linked to the new document when the account is not known', () => {
    const set = readTerraformPlan(plan({ changes, resources }), { source: 'plan.json' });
    const [attach] = attachments(set.changes);
    expect(attach.policyArn).toEqual({ unknown: expect.stringContaining('aws_iam_policy.x') });
    expect(attach.policyDocument).toMatchObject({ statements: [{ actions: ['s3:GetObject'] }] });
    expect(attach.entity).toEqual({ kind: 'group', name: 'developers' });
  });
});

describe('through modules', () => {
  const fixture = JSON.parse(
    readFileSync(join(here, 'fixtures', 'module-policy-attachment.plan.json'), 'utf8'),
  ) as unknown;

  it('follows the role name from another module output and the policy ARN inside the module', () => {
    const set = readTerraformPlan(fixture, { source: 'fixtures/module-policy-attachment.plan.json' });
    const [attach] = attachments(set.changes);
    expect(attach).toMatchObject({
      action: 'attach',
      // role = var.role_name ← module.roles.role_name ← aws_iam_role.app.id, whose name is app-runner.
      entity: { kind: 'role', name: 'app-runner', accountId: ACCOUNT },
      // The account comes from data.aws_caller_identity in prior_state.
      policyArn: `arn:aws:iam::${ACCOUNT}:policy/ci/runner-deploy`,
      source: { address: 'module.iam.aws_iam_role_policy_attachment.a' },
    });
    expect(attach.policyDocument).toMatchObject({ statements: [{ sid: 'Deploy' }] });
    expect(set.warnings).toEqual([]);
  });
});

describe('count and for_each instances', () => {
  const role = (name: string) => ({ name, path: '/', assume_role_policy: allowTrust(), permissions_boundary: null });
  function allowTrust(): string {
    return JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  }
  const unknownRole = { arn: true, id: true, unique_id: true, inline_policy: true, managed_policy_arns: true };
  const changes = [
    rc('aws_iam_role.r["a"]', ['create'], null, role('fn-a'), unknownRole),
    rc('aws_iam_role.r["b"]', ['create'], null, role('fn-b'), unknownRole),
    rc(
      'aws_iam_policy.p[0]',
      ['create'],
      null,
      { name: 'p0', path: '/', policy: allow('sqs:SendMessage') },
      { arn: true, id: true },
    ),
    rc(
      'aws_iam_policy.p[1]',
      ['create'],
      null,
      { name: 'p1', path: '/', policy: allow('sns:Publish') },
      { arn: true, id: true },
    ),
    // for_each over the same keys: role = aws_iam_role.r[each.key].name
    rc(
      'aws_iam_role_policy_attachment.each["a"]',
      ['create'],
      null,
      { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      { id: true, role: true },
    ),
    rc(
      'aws_iam_role_policy_attachment.each["b"]',
      ['create'],
      null,
      { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      { id: true, role: true },
    ),
    // count: policy_arn = aws_iam_policy.p[count.index].arn (Terraform 0.15 writes the bare resource reference)
    rc(
      'aws_iam_role_policy_attachment.counted[1]',
      ['create'],
      null,
      { role: 'fixed' },
      { id: true, policy_arn: true },
    ),
    // an explicit instance: role = aws_iam_role.r["b"].id
    rc(
      'aws_iam_role_policy.explicit',
      ['create'],
      null,
      { name: 'inline', policy: allow('s3:ListBucket') },
      { id: true, role: true },
    ),
  ];
  const resources = [
    configResource('aws_iam_role_policy_attachment.each', {
      role: ref('aws_iam_role.r', 'each.key'),
      policy_arn: { constant_value: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    }),
    configResource('aws_iam_role_policy_attachment.counted', {
      role: { constant_value: 'fixed' },
      policy_arn: ref('aws_iam_policy.p', 'count.index'),
    }),
    configResource('aws_iam_role_policy.explicit', {
      name: { constant_value: 'inline' },
      role: ref('aws_iam_role.r["b"].id', 'aws_iam_role.r["b"]', 'aws_iam_role.r'),
      policy: {},
    }),
  ];
  const set = readTerraformPlan(plan({ changes, resources }), { source: 'plan.json', accountId: ACCOUNT });

  it('matches each.key to the referenced instance with the same key', () => {
    const found = attachments(set.changes).filter((a) =>
      a.source.address?.startsWith('aws_iam_role_policy_attachment.each'),
    );
    expect(found.map((a) => [a.source.address, a.entity])).toEqual([
      ['aws_iam_role_policy_attachment.each["a"]', { kind: 'role', name: 'fn-a', accountId: ACCOUNT }],
      ['aws_iam_role_policy_attachment.each["b"]', { kind: 'role', name: 'fn-b', accountId: ACCOUNT }],
    ]);
  });

  it('matches count.index to the referenced instance with the same index', () => {
    const counted = attachments(set.changes).find(
      (a) => a.source.address === 'aws_iam_role_policy_attachment.counted[1]',
    );
    expect(counted?.policyArn).toBe(`arn:aws:iam::${ACCOUNT}:policy/p1`);
    expect(counted?.policyDocument).toMatchObject({ statements: [{ actions: ['sns:Publish'] }] });
  });

  it('follows an explicit instance key', () => {
    const inline = set.changes.find(
      (c) => c.kind === 'inline-policy' && c.source.address === 'aws_iam_role_policy.explicit',
    );
    expect(inline).toMatchObject({ entity: { kind: 'role', name: 'fn-b' }, policyName: 'inline' });
  });
});

describe('documents from aws_iam_policy_document data sources', () => {
  const json = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }],
  });
  const resources = [
    configResource('aws_iam_user_policy.u', {
      name: { constant_value: 'deny-iam' },
      user: { constant_value: 'alice' },
      policy: ref('data.aws_iam_policy_document.d.json', 'data.aws_iam_policy_document.d'),
    }),
  ];
  const userPolicy = rc(
    'aws_iam_user_policy.u',
    ['create'],
    null,
    { name: 'deny-iam', user: 'alice' },
    { id: true, policy: true },
  );

  it('takes the data source json from prior_state', () => {
    const priorState = [
      {
        address: 'data.aws_iam_policy_document.d',
        mode: 'data',
        type: 'aws_iam_policy_document',
        name: 'd',
        values: { id: '1', json },
      },
    ];
    const set = readTerraformPlan(plan({ changes: [userPolicy], resources, priorState }), { source: 'plan.json' });
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'inline-policy',
        entity: { kind: 'user', name: 'alice' },
        policyName: 'deny-iam',
        after: expect.objectContaining({
          statements: [expect.objectContaining({ effect: 'Deny', actions: ['iam:*'] })],
        }),
      }),
    ]);
  });

  it('takes the data source json from a read in resource_changes, and stays unknown when the read is pending', () => {
    const read = rc('data.aws_iam_policy_document.d', ['read'], null, { json }, { id: true });
    const known = readTerraformPlan(plan({ changes: [read, userPolicy], resources }), { source: 'plan.json' });
    expect(known.changes[0]).toMatchObject({ kind: 'inline-policy', after: { statements: [{ effect: 'Deny' }] } });

    const pending = rc('data.aws_iam_policy_document.d', ['read'], null, {}, { id: true, json: true });
    const unknown = readTerraformPlan(plan({ changes: [pending, userPolicy], resources }), { source: 'plan.json' });
    expect(unknown.changes[0]).toMatchObject({
      kind: 'inline-policy',
      after: { unknown: expect.stringContaining('aws_iam_user_policy.u.policy is not known until apply') },
    });
    expect((unknown.changes[0] as { after: { unknown: string } }).after.unknown).toContain(
      'data.aws_iam_policy_document.d.json',
    );
  });
});

describe('values that stay unknown', () => {
  it('keeps a policy built from a computed bucket ARN as Unknown with the reason', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_s3_bucket.b', ['create'], null, { bucket_prefix: 'logs-' }, { arn: true, bucket: true, id: true }),
          rc('aws_iam_policy.x', ['create'], null, { name: 'logs', path: '/' }, { arn: true, id: true, policy: true }),
        ],
        resources: [
          configResource('aws_iam_policy.x', {
            name: { constant_value: 'logs' },
            policy: ref('aws_s3_bucket.b.arn', 'aws_s3_bucket.b'),
          }),
        ],
      }),
      { source: 'plan.json', accountId: ACCOUNT },
    );
    expect(set.changes).toHaveLength(1);
    const change = set.changes[0];
    expect(change).toMatchObject({ kind: 'managed-policy', policyArn: `arn:aws:iam::${ACCOUNT}:policy/logs` });
    expect(change.kind === 'managed-policy' && isUnknown(change.after)).toBe(true);
    expect(change).toMatchObject({
      after: {
        unknown: expect.stringMatching(/^aws_iam_policy\.x\.policy is not known until apply \(.*aws_s3_bucket\.b\.arn/),
      },
    });
  });

  it('keeps an attachment whose policy ARN comes from a local value, with the reason', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_iam_role_policy_attachment.a', ['create'], null, { role: 'app' }, { id: true, policy_arn: true }),
        ],
        resources: [
          configResource('aws_iam_role_policy_attachment.a', {
            role: { constant_value: 'app' },
            policy_arn: ref('local.policy_arn'),
          }),
        ],
      }),
      { source: 'plan.json' },
    );
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'attachment',
        action: 'attach',
        entity: { kind: 'role', name: 'app' },
        policyArn: {
          unknown: expect.stringMatching(/aws_iam_role_policy_attachment\.a\.policy_arn .*local\.policy_arn/),
        },
      }),
    ]);
  });

  it('does not guess when an expression names two things', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_iam_role_policy.p', ['create'], null, { name: 'p', policy: allow('s3:*') }, { id: true, role: true }),
        ],
        resources: [
          configResource('aws_iam_role_policy.p', { role: ref('var.prefix', 'aws_iam_role.r.id', 'aws_iam_role.r') }),
        ],
      }),
      { source: 'plan.json' },
    );
    expect(set.changes[0]).toMatchObject({
      kind: 'inline-policy',
      entity: { unknown: expect.stringContaining('it depends on var.prefix, aws_iam_role.r.id') },
    });
  });
});

describe('lists and variables', () => {
  it('maps the unknown elements of a list to its references in order', () => {
    const role = {
      name: 'app',
      path: '/',
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
      managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', null],
    };
    const set = readTerraformPlan(
      plan({
        changes: [
          rc(
            'aws_iam_policy.extra',
            ['create'],
            null,
            { name: 'extra', path: '/', policy: allow('sqs:*') },
            { arn: true },
          ),
          rc('aws_iam_role.app', ['create'], null, role, { arn: true, id: true, managed_policy_arns: [false, true] }),
        ],
        resources: [
          configResource('aws_iam_role.app', {
            name: { constant_value: 'app' },
            managed_policy_arns: ref('aws_iam_policy.extra.arn', 'aws_iam_policy.extra'),
          }),
        ],
      }),
      { source: 'plan.json', accountId: ACCOUNT },
    );
    const found = attachments(set.changes).map((a) => [a.policyArn, a.policyDocument !== undefined]);
    expect(found).toEqual([
      ['arn:aws:iam::aws:policy/ReadOnlyAccess', false],
      [`arn:aws:iam::${ACCOUNT}:policy/extra`, true],
    ]);
  });

  it('reads a root variable from the plan', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc(
            'aws_iam_user_policy_attachment.a',
            ['create'],
            null,
            { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
            { user: true },
          ),
        ],
        resources: [configResource('aws_iam_user_policy_attachment.a', { user: ref('var.user') })],
        variables: { user: { value: 'alice' } },
      }),
      { source: 'plan.json' },
    );
    expect(attachments(set.changes)[0].entity).toEqual({ kind: 'user', name: 'alice' });
  });
});

describe('the account', () => {
  const multi = () => {
    const a = inventory({ roles: [{ name: 'x', attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }] });
    const b = inventory({}, '210987654321');
    for (const [id, account] of b.accounts) a.accounts.set(id, account);
    return a;
  };
  const changes = [
    rc('aws_iam_role_policy_attachments_exclusive.x', ['create'], null, { role_name: 'x', policy_arns: [] }),
  ];

  it('must be given when the inventory holds several and the plan does not say', () => {
    const set = readTerraformPlan(plan({ changes }), { source: 'plan.json', inventory: multi() });
    expect(set.warnings.map((w) => w.kind)).toEqual(['account-unknown', 'exclusive-unresolved']);
    const given = readTerraformPlan(plan({ changes }), { source: 'plan.json', inventory: multi(), accountId: ACCOUNT });
    expect(given.warnings).toEqual([]);
    expect(attachments(given.changes)).toEqual([
      expect.objectContaining({ action: 'detach', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
    ]);
  });
});
