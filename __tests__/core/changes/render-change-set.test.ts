import { describe, expect, it } from '@jest/globals';
import type { ChangeSet } from '../../../src/core/changes/change-set.js';
import { changeSetJson, renderChangeSet, statementDiff } from '../../../src/core/changes/render-change-set.js';
import { locateStatements } from '../../../src/core/policy/statement-locations.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';

function doc(text: string, file = 'policies/p.json') {
  return parsePolicyDocument(text, { kind: 'identity', locations: locateStatements(text, file) });
}

const before = doc(
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Keep', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        {
          Sid: 'Tighten',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
        { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
      ],
    },
    null,
    2,
  ),
);
const after = doc(
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Keep', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        {
          Sid: 'Tighten',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
        { Sid: 'New', Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' },
      ],
    },
    null,
    2,
  ),
);

describe('render-change-set.ts', () => {
  it('diffs statements: changed by Sid, added, removed, each with its line', () => {
    expect(statementDiff(before, after)).toEqual([
      '~ statement "Tighten" changed at policies/p.json:10',
      '+ statement "New" (Allow) at policies/p.json:21',
      '- statement #2 (Allow) removed, was at policies/p.json:21',
    ]);
    expect(statementDiff(before, before)).toEqual([]);
  });

  it('lists changes with their sources, marks unknown values, and prints warnings', () => {
    const changeSet: ChangeSet = {
      changes: [
        {
          kind: 'managed-policy',
          policyArn: 'arn:aws:iam::111122223333:policy/ForceMFA',
          before,
          after,
          source: { origin: 'policy-file', file: 'policies/p.json', line: 1 },
        },
        {
          kind: 'attachment',
          action: 'attach',
          entity: { kind: 'group', name: 'devs' },
          policyArn: { unknown: 'aws_iam_policy.x.arn is computed during apply' },
          source: { origin: 'terraform', address: 'aws_iam_group_policy_attachment.devs' },
        },
        {
          kind: 'group-membership',
          action: 'remove',
          user: { kind: 'user', name: 'bob' },
          group: { kind: 'group', name: 'admins', accountId: '111122223333' },
          source: { origin: 'terraform', address: 'aws_iam_group_membership.admins' },
        },
        {
          kind: 'org-policy-created',
          policyType: 'SERVICE_CONTROL_POLICY',
          policyId: 'new:scps/mfa.json',
          policyName: 'mfa',
          after,
          targets: ['ou-ab12-prod', '222233334444'],
          source: { origin: 'policy-file', file: 'scps/mfa.json' },
        },
      ],
      warnings: [{ kind: 'drift', message: 'ForceMFA in AWS differs from policies/p.json at the base revision' }],
    };
    expect(renderChangeSet(changeSet)).toBe(
      [
        '4 IAM/Organizations change(s), 1 with values unknown until apply (they make the evaluation incomplete), 1 warning(s)',
        '',
        '~ managed policy arn:aws:iam::111122223333:policy/ForceMFA  (policies/p.json:1)',
        '    ~ statement "Tighten" changed at policies/p.json:10',
        '    + statement "New" (Allow) at policies/p.json:21',
        '    - statement #2 (Allow) removed, was at policies/p.json:21',
        '? attach (unknown: aws_iam_policy.x.arn is computed during apply) to group/devs  (aws_iam_group_policy_attachment.devs)',
        '- remove user/bob from group/admins in 111122223333  (aws_iam_group_membership.admins)',
        '+ new SCP "mfa" attached to ou-ab12-prod, 222233334444  (scps/mfa.json)',
        '    + statement "Keep" (Allow) at policies/p.json:4',
        '    + statement "Tighten" (Deny) at policies/p.json:10',
        '    + statement "New" (Allow) at policies/p.json:21',
        '',
        'warning [drift]: ForceMFA in AWS differs from policies/p.json at the base revision',
        '',
      ].join('\n'),
    );
    const json = changeSetJson(changeSet) as {
      changes: { after?: { policy: { Statement: unknown[] }; statementLocations: unknown[] } }[];
    };
    expect(json.changes[0].after?.policy.Statement).toHaveLength(3);
    expect(json.changes[0].after?.statementLocations[2]).toEqual({ file: 'policies/p.json', line: 21, column: 5 });
  });
});
