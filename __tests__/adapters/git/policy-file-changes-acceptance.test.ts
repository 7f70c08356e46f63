// Acceptance: a repository whose pull request adds a statement to a managed policy file, changes a condition in an
// inline policy file, adds a new SCP file with attach-to targets and deletes an inline policy file gives exactly
// this change set, read through the real git adapter (a second commit plus uncommitted and untracked files), with
// every statement's file and line.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { gitRevisionSnapshot, mergeBase, workingTreeSnapshot } from '../../../src/adapters/git/git-file-snapshot.js';
import { DEFAULT_CONFIG_FILE } from '../../../src/core/changes/config/config-types.js';
import { parseConfig } from '../../../src/core/changes/config/parse-config.js';
import { readPolicyFileChanges } from '../../../src/core/changes/config/policy-file-changes.js';
import type { Change } from '../../../src/core/changes/change-set.js';
import type { Statement } from '../../../src/core/policy/types.js';
import { createTestRepo, type TestRepo } from './git-test-repo.js';

const CONFIG = `version: 1
account: "111122223333"
policies:
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/ForceMFA
  - file: policies/users/*/inline-*.json
    target: inline-policy
    principal: { kind: user, name: "{1}" }
    policy-name: "{2}"
  - file: scps/new/*.json
    target: new-scp
    name: "{name}"
    attach-to: [ou-ab12-prod, "222233334444"]
`;

const FORCE_MFA_BASE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyWithoutMFA",
      "Effect": "Deny",
      "NotAction": ["iam:ChangePassword", "sts:GetSessionToken"],
      "Resource": "*",
      "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } }
    }
  ]
}
`;

// One statement added after the first.
const FORCE_MFA_HEAD = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyWithoutMFA",
      "Effect": "Deny",
      "NotAction": ["iam:ChangePassword", "sts:GetSessionToken"],
      "Resource": "*",
      "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } }
    },
    {
      "Sid": "AllowOwnMFADevice",
      "Effect": "Allow",
      "Action": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice"],
      "Resource": "arn:aws:iam::*:user/\${aws:username}"
    }
  ]
}
`;

const ALICE_S3_BASE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "List",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::reports"
    },
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::reports/*",
      "Condition": { "StringEquals": { "aws:RequestedRegion": "eu-west-1" } }
    }
  ]
}
`;

// The Read statement's condition changes region; a blank line moves both statements down one line.
const ALICE_S3_HEAD = `{
  "Version": "2012-10-17",
  "Statement": [

    {
      "Sid": "List",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::reports"
    },
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::reports/*",
      "Condition": {
        "StringEquals": { "aws:RequestedRegion": "us-east-1" }
      }
    }
  ]
}
`;

const BOB_LEGACY = `{
  "Version": "2012-10-17",
  "Statement": { "Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*" }
}
`;

// Reformatted only (Action as a string instead of a one-element list, other key order): no change.
const CAROL_BASE = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "*"}]}\n`;
const CAROL_HEAD = `{
  "Statement": [{ "Resource": "*", "Action": "sqs:SendMessage", "Effect": "Allow" }],
  "Version": "2012-10-17"
}
`;

const NEW_SCP = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOutsideEU",
      "Effect": "Deny",
      "NotAction": ["iam:*", "sts:*", "organizations:*"],
      "Resource": "*",
      "Condition": { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } }
    }
  ]
}
`;

let repo: TestRepo;
let baseCommit: string;

beforeAll(() => {
  repo = createTestRepo();
  repo.write({
    '.gitignore': 'scps/new/*.local.json\n',
    [DEFAULT_CONFIG_FILE]: CONFIG,
    'README.md': '# infra\n',
    'policies/force-mfa.json': FORCE_MFA_BASE,
    'policies/users/alice/inline-s3.json': ALICE_S3_BASE,
    'policies/users/bob/inline-legacy.json': BOB_LEGACY,
    'policies/users/carol/inline-queue.json': CAROL_BASE,
  });
  baseCommit = repo.commit('base');
  repo.git('checkout', '--quiet', '-b', 'feature');
  // Committed on the branch: the managed policy gains a statement and bob's inline policy goes.
  repo.write({ 'policies/force-mfa.json': FORCE_MFA_HEAD });
  repo.remove('policies/users/bob/inline-legacy.json');
  repo.commit('feature');
  // Not committed: a changed tracked file, a reformatted one, a new untracked SCP, and an ignored file.
  repo.write({
    'policies/users/alice/inline-s3.json': ALICE_S3_HEAD,
    'policies/users/carol/inline-queue.json': CAROL_HEAD,
    'scps/new/deny-regions.json': NEW_SCP,
    'scps/new/scratch.local.json': '{ not even JSON',
  });
});

afterAll(() => repo.dispose());

const ACCOUNT = '111122223333';
const at = (file: string, line: number, column = 5) => ({ file, line, column });

const denyWithoutMfa = (location: Statement['location']): Statement => ({
  index: 0,
  sid: 'DenyWithoutMFA',
  effect: 'Deny',
  notActions: ['iam:ChangePassword', 'sts:GetSessionToken'],
  resources: ['*'],
  conditions: [
    {
      operator: 'BoolIfExists',
      baseOperator: 'Bool',
      ifExists: true,
      key: 'aws:MultiFactorAuthPresent',
      values: ['false'],
      path: 'Statement[0].Condition.BoolIfExists.aws:MultiFactorAuthPresent',
    },
  ],
  location,
});

const listReports = (location: Statement['location']): Statement => ({
  index: 0,
  sid: 'List',
  effect: 'Allow',
  actions: ['s3:ListBucket'],
  resources: ['arn:aws:s3:::reports'],
  conditions: [],
  location,
});

const readReports = (region: string, location: Statement['location']): Statement => ({
  index: 1,
  sid: 'Read',
  effect: 'Allow',
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::reports/*'],
  conditions: [
    {
      operator: 'StringEquals',
      baseOperator: 'StringEquals',
      ifExists: false,
      key: 'aws:RequestedRegion',
      values: [region],
      path: 'Statement[1].Condition.StringEquals.aws:RequestedRegion',
    },
  ],
  location,
});

const MFA = 'policies/force-mfa.json';
const ALICE = 'policies/users/alice/inline-s3.json';
const BOB = 'policies/users/bob/inline-legacy.json';
const SCP = 'scps/new/deny-regions.json';

const EXPECTED: Change[] = [
  {
    kind: 'managed-policy',
    source: { origin: 'policy-file', file: MFA, line: 1 },
    policyArn: 'arn:aws:iam::111122223333:policy/ForceMFA',
    policyName: 'ForceMFA',
    before: { version: '2012-10-17', statements: [denyWithoutMfa(at(MFA, 4))] },
    after: {
      version: '2012-10-17',
      statements: [
        denyWithoutMfa(at(MFA, 4)),
        {
          index: 1,
          sid: 'AllowOwnMFADevice',
          effect: 'Allow',
          actions: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'],
          resources: ['arn:aws:iam::*:user/${aws:username}'],
          conditions: [],
          location: at(MFA, 11),
        },
      ],
    },
  },
  {
    kind: 'inline-policy',
    source: { origin: 'policy-file', file: ALICE, line: 1 },
    entity: { kind: 'user', name: 'alice', accountId: ACCOUNT },
    policyName: 's3',
    before: {
      version: '2012-10-17',
      statements: [listReports(at(ALICE, 4)), readReports('eu-west-1', at(ALICE, 10))],
    },
    after: {
      version: '2012-10-17',
      statements: [listReports(at(ALICE, 5)), readReports('us-east-1', at(ALICE, 11))],
    },
  },
  {
    kind: 'inline-policy',
    source: { origin: 'policy-file', file: BOB, line: 1 },
    entity: { kind: 'user', name: 'bob', accountId: ACCOUNT },
    policyName: 'legacy',
    before: {
      version: '2012-10-17',
      statements: [
        {
          index: 0,
          effect: 'Allow',
          actions: ['ec2:Describe*'],
          resources: ['*'],
          conditions: [],
          location: at(BOB, 3, 16),
        },
      ],
    },
  },
  {
    kind: 'org-policy-created',
    source: { origin: 'policy-file', file: SCP, line: 1 },
    policyType: 'SERVICE_CONTROL_POLICY',
    policyId: 'new:policy-file:scps/new/deny-regions.json',
    policyName: 'deny-regions',
    after: {
      version: '2012-10-17',
      statements: [
        {
          index: 0,
          sid: 'DenyOutsideEU',
          effect: 'Deny',
          notActions: ['iam:*', 'sts:*', 'organizations:*'],
          resources: ['*'],
          conditions: [
            {
              operator: 'StringNotEquals',
              baseOperator: 'StringNotEquals',
              ifExists: false,
              key: 'aws:RequestedRegion',
              values: ['eu-west-1', 'eu-central-1'],
              path: 'Statement[0].Condition.StringNotEquals.aws:RequestedRegion',
            },
          ],
          location: at(SCP, 4),
        },
      ],
    },
    targets: ['ou-ab12-prod', '222233334444'],
  },
];

it('reads exactly the changes of the pull request, with every statement line', async () => {
  const base = await mergeBase(repo.dir, 'main', 'HEAD');
  expect(base).toBe(baseCommit);
  const head = await workingTreeSnapshot(repo.dir);
  const configText = head.read(DEFAULT_CONFIG_FILE);
  expect(configText).toBe(CONFIG);
  const changeSet = readPolicyFileChanges({
    config: parseConfig(configText as string, DEFAULT_CONFIG_FILE),
    configFile: DEFAULT_CONFIG_FILE,
    base: await gitRevisionSnapshot(repo.dir, base),
    head,
  });
  expect(changeSet.warnings).toEqual([]);
  expect(changeSet.changes).toEqual(EXPECTED);
  // Exact in the strict sense too: no stray keys (only parse-policy's undefined `qualifier` slots differ).
  expect(JSON.parse(JSON.stringify(changeSet.changes))).toStrictEqual(EXPECTED);
});

it('reads the same change set from a subdirectory of the checkout', async () => {
  const sub = `${repo.dir}/policies/users`;
  const changeSet = readPolicyFileChanges({
    config: parseConfig(CONFIG, DEFAULT_CONFIG_FILE),
    configFile: DEFAULT_CONFIG_FILE,
    base: await gitRevisionSnapshot(sub, 'main'),
    head: await workingTreeSnapshot(sub),
  });
  expect(changeSet.changes).toEqual(EXPECTED);
});
