// `iam-impact changes` end to end: a real git repository with a config and policy files, a Terraform plan, and an
// inventory, through the same ports the CLI uses.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { runCli } from '../helpers/cli-harness.js';

const CONFIG = `version: 1
account: "111122223333"
policies:
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/ForceMFA
`;

const BASE = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "DenyWithoutMFA", "Effect": "Deny", "NotAction": "sts:GetSessionToken", "Resource": "*",
      "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "false" } } }
  ]
}
`;

const HEAD = BASE.replace('"Bool"', '"BoolIfExists"');

const PLAN = {
  format_version: '1.2',
  terraform_version: '1.9.0',
  resource_changes: [
    {
      address: 'aws_iam_group_policy_attachment.readers',
      mode: 'managed',
      type: 'aws_iam_group_policy_attachment',
      name: 'readers',
      change: {
        actions: ['create'],
        before: null,
        after: { group: 'readers', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        after_unknown: { id: true },
      },
    },
  ],
};

describe('iam-impact changes', () => {
  let repo: TestRepo;

  beforeAll(() => {
    repo = createTestRepo();
    repo.write({ '.github/iam-impact.yml': CONFIG, 'policies/force-mfa.json': BASE });
    repo.commit('base');
    repo.write({ 'policies/force-mfa.json': HEAD });
    writeFileSync(join(repo.dir, 'plan.json'), JSON.stringify(PLAN));
  });

  afterAll(() => repo.dispose());

  it('prints the policy-file and Terraform changes with the changed statement line', async () => {
    const run = await runCli(['changes', '--repo', repo.dir, '--terraform-plan', join(repo.dir, 'plan.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '2 IAM/Organizations change(s)',
        '',
        '~ managed policy arn:aws:iam::111122223333:policy/ForceMFA  (policies/force-mfa.json:1)',
        '    ~ statement "DenyWithoutMFA" changed at policies/force-mfa.json:4',
        `+ attach arn:aws:iam::aws:policy/ReadOnlyAccess to group/readers in 111122223333  (aws_iam_group_policy_attachment.readers)`,
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with documents in AWS form', async () => {
    const run = await runCli(['changes', '--repo', repo.dir, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      changes: { kind: string; after: { policy: { Statement: { Condition: unknown }[] } } }[];
    };
    expect(json.changes[0].kind).toBe('managed-policy');
    expect(json.changes[0].after.policy.Statement[0].Condition).toEqual({
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
    });
  });

  it.each<[string, string[], RegExp]>([
    ['a missing explicit config', ['--config', 'nope.yml'], /nope\.yml: no such config file/],
    ['an unknown base revision', ['--base', 'no-such-branch'], /no-such-branch/],
    ['a bad account', ['--account', '12'], /--account must be a 12-digit account id/],
    ['an unknown option', ['--frobnicate'], /unknown option --frobnicate/],
  ])('fails clearly on %s', async (_name, extra, message) => {
    const run = await runCli(['changes', '--repo', repo.dir, ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails when there is neither a config nor a plan', async () => {
    const empty = createTestRepo();
    try {
      const run = await runCli(['changes', '--repo', empty.dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('nothing to read: no config file at .github/iam-impact.yml and no Terraform plan');
    } finally {
      empty.dispose();
    }
  });
});
