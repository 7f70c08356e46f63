/**
 * Resources that own a whole list: what they do not list is removed, so the losses come from what exists now (the
 * inventory and the plan's refreshed state), not from the diff.
 */
import { describe, expect, it } from '@jest/globals';
import type { Change } from '../../../../src/core/changes/change-set.js';
import { readTerraformPlan } from '../../../../src/core/changes/terraform/read-terraform-plan.js';
import { ACCOUNT, allow, configResource, inventory, plan, rc, ref, trust } from './plan-builder.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const DEPLOY = `arn:aws:iam::${ACCOUNT}:policy/deploy`;
const AUDIT = `arn:aws:iam::${ACCOUNT}:policy/audit`;

function summary(changes: Change[]): string[] {
  return changes.map((c) => {
    const name = (v: unknown): string =>
      typeof v === 'object' && v !== null && 'name' in v ? String((v as { name: string }).name) : 'unknown';
    switch (c.kind) {
      case 'attachment':
        return `${c.action} ${name(c.entity)} ${typeof c.policyArn === 'string' ? c.policyArn : 'unknown'}`;
      case 'group-membership':
        return `${c.action} ${name(c.user)} ${name(c.group)}`;
      case 'inline-policy':
        return `inline ${name(c.entity)} ${typeof c.policyName === 'string' ? c.policyName : 'unknown'} ${c.before ? 'before' : '-'} ${c.after ? 'after' : '-'}`;
      default:
        return c.kind;
    }
  });
}

describe('aws_iam_policy_attachment (exclusive in the whole account)', () => {
  const attachmentChange = rc(
    'aws_iam_policy_attachment.readers',
    ['create'],
    null,
    { name: 'readers', policy_arn: READ_ONLY, roles: ['a'], users: [], groups: [] },
    { id: true },
  );

  it('detaches the policy from every current holder it does not list', () => {
    const inv = inventory({
      roles: [
        { name: 'a', attached: [READ_ONLY] },
        { name: 'b', attached: [READ_ONLY] },
        { name: 'c', attached: [READ_ONLY, DEPLOY] },
        { name: 'd', attached: [DEPLOY] },
      ],
    });
    const set = readTerraformPlan(plan({ changes: [attachmentChange] }), { source: 'plan.json', inventory: inv });
    expect(summary(set.changes)).toEqual([`detach b ${READ_ONLY}`, `detach c ${READ_ONLY}`]);
    expect(set.changes[0]).toMatchObject({ entity: { kind: 'role', name: 'b', accountId: ACCOUNT } });
    expect(set.warnings).toEqual([]);
  });

  it('attaches listed entities that do not hold it yet, users and groups included', () => {
    const inv = inventory({ roles: [{ name: 'a' }], users: [{ name: 'alice', attached: [READ_ONLY] }] });
    const change = rc(
      'aws_iam_policy_attachment.readers',
      ['create'],
      null,
      { name: 'readers', policy_arn: READ_ONLY, roles: ['a'], users: ['alice'], groups: ['ops'] },
      { id: true },
    );
    const set = readTerraformPlan(plan({ changes: [change] }), { source: 'plan.json', inventory: inv });
    expect(summary(set.changes)).toEqual([`attach ops ${READ_ONLY}`, `attach a ${READ_ONLY}`]);
  });

  it('without an inventory, reports an unknown set of holders and warns', () => {
    const set = readTerraformPlan(plan({ changes: [attachmentChange] }), { source: 'plan.json' });
    expect(summary(set.changes)).toEqual([`attach a ${READ_ONLY}`, `detach unknown ${READ_ONLY}`]);
    expect(set.changes[1]).toMatchObject({ entity: { unknown: expect.stringContaining('no inventory was supplied') } });
    expect(set.warnings).toEqual([
      expect.objectContaining({
        kind: 'exclusive-unresolved',
        source: { origin: 'terraform', address: 'aws_iam_policy_attachment.readers' },
      }),
    ]);
  });

  it('on update, takes the refreshed state as the current holders', () => {
    const change = rc(
      'aws_iam_policy_attachment.readers',
      ['update'],
      { name: 'readers', policy_arn: READ_ONLY, roles: ['a', 'b'], users: ['alice'], groups: [] },
      { name: 'readers', policy_arn: READ_ONLY, roles: ['a'], users: [], groups: [] },
    );
    const set = readTerraformPlan(plan({ changes: [change] }), { source: 'plan.json' });
    expect(summary(set.changes)).toEqual([`detach alice ${READ_ONLY}`, `detach b ${READ_ONLY}`]);
    expect(set.warnings).toEqual([]);
  });

  it('a policy created in the same plan has no other holders, even without an inventory', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc(
            'aws_iam_policy.deploy',
            ['create'],
            null,
            { name: 'deploy', path: '/', policy: allow('ecs:*') },
            { arn: true },
          ),
          rc(
            'aws_iam_policy_attachment.d',
            ['create'],
            null,
            { name: 'd', roles: ['ci'] },
            { id: true, policy_arn: true },
          ),
        ],
        resources: [
          configResource('aws_iam_policy_attachment.d', {
            policy_arn: ref('aws_iam_policy.deploy.arn', 'aws_iam_policy.deploy'),
          }),
        ],
      }),
      { source: 'plan.json', accountId: ACCOUNT },
    );
    expect(summary(set.changes)).toEqual(['managed-policy', `attach ci ${DEPLOY}`]);
    expect(set.changes[1]).toMatchObject({ policyDocument: { statements: [{ actions: ['ecs:*'] }] } });
    expect(set.warnings).toEqual([]);
  });

  it('on delete, detaches the entities in state', () => {
    const change = rc(
      'aws_iam_policy_attachment.readers',
      ['delete'],
      { name: 'r', policy_arn: READ_ONLY, roles: ['a'], users: [], groups: ['g'] },
      null,
    );
    const set = readTerraformPlan(plan({ changes: [change] }), { source: 'plan.json' });
    expect(summary(set.changes)).toEqual([`detach g ${READ_ONLY}`, `detach a ${READ_ONLY}`]);
  });
});

describe('aws_iam_group_membership (exclusive for its group)', () => {
  it('removes a current member it does not list and adds the new one', () => {
    const inv = inventory({
      groups: [{ name: 'admins' }],
      users: [
        { name: 'alice', groups: ['admins'] },
        { name: 'bob', groups: ['admins'] },
        { name: 'carol', groups: [] },
      ],
    });
    const change = rc(
      'aws_iam_group_membership.admins',
      ['create'],
      null,
      { name: 'admins-membership', group: 'admins', users: ['alice', 'carol'] },
      { id: true },
    );
    const set = readTerraformPlan(plan({ changes: [change] }), { source: 'plan.json', inventory: inv });
    expect(summary(set.changes)).toEqual(['add carol admins', 'remove bob admins']);
    expect(set.changes[1]).toMatchObject({
      kind: 'group-membership',
      user: { kind: 'user', name: 'bob', accountId: ACCOUNT },
      group: { kind: 'group', name: 'admins', accountId: ACCOUNT },
    });
  });

  it('on update, removes a member dropped from the list', () => {
    const change = rc(
      'aws_iam_group_membership.admins',
      ['update'],
      { name: 'm', group: 'admins', users: ['alice', 'bob'] },
      { name: 'm', group: 'admins', users: ['alice'] },
    );
    const set = readTerraformPlan(plan({ changes: [change] }), { source: 'plan.json' });
    expect(summary(set.changes)).toEqual(['remove bob admins']);
  });

  it('aws_iam_user_group_membership is not exclusive: only the groups it lists change', () => {
    const inv = inventory({ users: [{ name: 'alice', groups: ['admins', 'ops'] }] });
    const change = rc(
      'aws_iam_user_group_membership.alice',
      ['update'],
      { user: 'alice', groups: ['admins', 'dev'] },
      { user: 'alice', groups: ['admins', 'qa'] },
    );
    const set = readTerraformPlan(plan({ changes: [change] }), { source: 'plan.json', inventory: inv });
    expect(summary(set.changes)).toEqual(['remove alice dev', 'add alice qa']);
  });
});

describe('aws_iam_role managed_policy_arns and inline_policy (exclusive when set)', () => {
  const roleBefore = {
    name: 'app',
    path: '/',
    assume_role_policy: trust('ec2.amazonaws.com'),
    permissions_boundary: null,
    managed_policy_arns: [DEPLOY, AUDIT],
    inline_policy: [{ name: 'logs', policy: allow('logs:*') }],
  };

  it('managed_policy_arns = [] detaches every current policy, those of the inventory included', () => {
    const inv = inventory({ roles: [{ name: 'app', attached: [DEPLOY, AUDIT, READ_ONLY] }] });
    const after = { ...roleBefore, managed_policy_arns: [] };
    const set = readTerraformPlan(
      plan({
        changes: [rc('aws_iam_role.app', ['update'], roleBefore, after)],
        resources: [
          configResource('aws_iam_role.app', {
            name: { constant_value: 'app' },
            managed_policy_arns: { constant_value: [] },
          }),
        ],
      }),
      { source: 'plan.json', inventory: inv },
    );
    expect(summary(set.changes).sort()).toEqual(
      [`detach app ${AUDIT}`, `detach app ${READ_ONLY}`, `detach app ${DEPLOY}`].sort(),
    );
  });

  it('leaves the policies alone when managed_policy_arns is not set in the configuration', () => {
    const inv = inventory({ roles: [{ name: 'app', attached: [DEPLOY, AUDIT, READ_ONLY] }] });
    const after = { ...roleBefore, max_session_duration: 7200 };
    const set = readTerraformPlan(
      plan({
        changes: [rc('aws_iam_role.app', ['update'], roleBefore, after)],
        resources: [
          configResource('aws_iam_role.app', {
            name: { constant_value: 'app' },
            max_session_duration: { constant_value: 7200 },
          }),
        ],
      }),
      { source: 'plan.json', inventory: inv },
    );
    expect(set.changes).toEqual([]);
  });

  it('inline_policy blocks replace the inline policies: changed, added and deleted', () => {
    const inv = inventory({ roles: [{ name: 'app', inline: { logs: allow('logs:*'), legacy: allow('s3:*') } }] });
    const after = {
      ...roleBefore,
      inline_policy: [
        { name: 'logs', policy: allow('logs:PutLogEvents') },
        { name: 'queue', policy: allow('sqs:*') },
      ],
    };
    const set = readTerraformPlan(
      plan({
        changes: [rc('aws_iam_role.app', ['update'], roleBefore, after)],
        resources: [configResource('aws_iam_role.app', { name: { constant_value: 'app' }, inline_policy: [{}, {}] })],
      }),
      { source: 'plan.json', inventory: inv },
    );
    expect(summary(set.changes)).toEqual([
      'inline app logs before after',
      'inline app queue - after',
      'inline app legacy before -',
    ]);
  });
});

describe('the *_exclusive resources', () => {
  it('aws_iam_role_policies_exclusive deletes the inline policies it does not name', () => {
    const inv = inventory({ roles: [{ name: 'app', inline: { keep: allow('s3:GetObject'), drop: allow('s3:*') } }] });
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_iam_role_policies_exclusive.app', ['create'], null, { role_name: 'app', policy_names: ['keep'] }),
        ],
      }),
      { source: 'plan.json', inventory: inv },
    );
    expect(summary(set.changes)).toEqual(['inline app drop before -']);
    expect(set.changes[0]).toMatchObject({ before: { statements: [{ actions: ['s3:*'] }] } });
  });

  it('aws_iam_role_policies_exclusive without an inventory deletes an unknown set, with a warning', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_iam_role_policies_exclusive.app', ['create'], null, { role_name: 'app', policy_names: ['keep'] }),
        ],
      }),
      { source: 'plan.json' },
    );
    expect(set.changes).toEqual([
      expect.objectContaining({
        kind: 'inline-policy',
        policyName: { unknown: expect.stringContaining('no inventory') },
      }),
    ]);
    expect(set.warnings.map((w) => w.kind)).toEqual(['exclusive-unresolved']);
  });

  it('aws_iam_role_policy_attachments_exclusive attaches what it lists and detaches the rest', () => {
    const inv = inventory({ roles: [{ name: 'app', attached: [DEPLOY, AUDIT] }] });
    const set = readTerraformPlan(
      plan({
        changes: [
          rc('aws_iam_role_policy_attachments_exclusive.app', ['create'], null, {
            role_name: 'app',
            policy_arns: [DEPLOY, READ_ONLY],
          }),
        ],
      }),
      { source: 'plan.json', inventory: inv },
    );
    expect(summary(set.changes)).toEqual([`attach app ${READ_ONLY}`, `detach app ${AUDIT}`]);
  });

  it('destroying an exclusive resource changes nothing in AWS', () => {
    const set = readTerraformPlan(
      plan({
        changes: [
          rc(
            'aws_iam_user_policy_attachments_exclusive.u',
            ['delete'],
            { user_name: 'u', policy_arns: [DEPLOY] },
            null,
          ),
        ],
      }),
      { source: 'plan.json' },
    );
    expect(set.changes).toEqual([]);
  });
});
