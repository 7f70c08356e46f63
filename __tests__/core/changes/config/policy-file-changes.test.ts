import { describe, expect, it } from '@jest/globals';
import { fileSnapshotOf } from '../../../../src/core/changes/config/file-snapshot.js';
import { parseConfig } from '../../../../src/core/changes/config/parse-config.js';
import { readPolicyFileChanges } from '../../../../src/core/changes/config/policy-file-changes.js';
import { readPolicyFile } from '../../../../src/core/changes/config/read-policy-file.js';
import { UserError } from '../../../../src/core/errors.js';
import { buildInventory, readSnapshot } from '../../../../src/core/inventory/load-snapshot.js';
import type { RawAuthorizationDetails, RawOrganization } from '../../../../src/core/inventory/snapshot-format.js';
import type { Inventory } from '../../../../src/core/inventory/types.js';
import type { PolicyKind } from '../../../../src/core/policy/types.js';

const CONFIG_FILE = '.github/iam-impact.yml';
const A = '111122223333';
const B = '222233334444';
const M = '999988887777';

type Json = Record<string, unknown>;
const text = (doc: Json) => `${JSON.stringify(doc, null, 2)}\n`;
const identity = (...statements: Json[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (action: string, extra: Json = {}) => ({ Effect: 'Allow', Action: action, Resource: '*', ...extra });
const deny = (action: string, extra: Json = {}) => ({ Effect: 'Deny', Action: action, Resource: '*', ...extra });
const trust = (service: string) =>
  identity({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });

/** The document the builder reads from a file's text, with statement locations. */
const parsed = (body: string, file: string, kind: PolicyKind = 'identity') => readPolicyFile(body, file, kind);

const FORCE_MFA_BASE = identity(deny('*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }));
const FORCE_MFA_LIVE = identity(deny('*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }));
const ALICE_S3 = identity(allow('s3:GetObject'));
const CI_TRUST = trust('codebuild.amazonaws.com');
const BOUNDARY = identity(allow('*'));
const DENY_LEAVE = identity(deny('organizations:LeaveOrganization'));
const PERIMETER = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
};

function gaad(): RawAuthorizationDetails {
  return {
    UserDetailList: [
      {
        UserName: 'alice',
        Arn: `arn:aws:iam::${A}:user/alice`,
        UserPolicyList: [{ PolicyName: 's3', PolicyDocument: ALICE_S3 }],
      },
      { UserName: 'bob', Arn: `arn:aws:iam::${A}:user/bob` },
    ],
    RoleDetailList: [
      { RoleName: 'ci-deployer', Arn: `arn:aws:iam::${A}:role/ci-deployer`, AssumeRolePolicyDocument: CI_TRUST },
      {
        RoleName: 'deployer',
        Arn: `arn:aws:iam::${A}:role/deployer`,
        AssumeRolePolicyDocument: CI_TRUST,
        PermissionsBoundary: { PermissionsBoundaryArn: `arn:aws:iam::${A}:policy/OldBoundary` },
      },
      { RoleName: 'builder', Arn: `arn:aws:iam::${A}:role/builder`, AssumeRolePolicyDocument: CI_TRUST },
    ],
    Policies: [
      {
        PolicyName: 'ForceMFA',
        Arn: `arn:aws:iam::${A}:policy/ForceMFA`,
        DefaultVersionId: 'v2',
        PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: FORCE_MFA_LIVE }],
      },
      {
        PolicyName: 'DevBoundary',
        Arn: `arn:aws:iam::${A}:policy/DevBoundary`,
        DefaultVersionId: 'v1',
        PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: BOUNDARY }],
      },
    ],
  };
}

function organization(): RawOrganization {
  return {
    managementAccountId: M,
    roots: [{ Id: 'r-ab12' }],
    organizationalUnits: [{ Id: 'ou-ab12-prod', Name: 'Prod', ParentId: 'r-ab12' }],
    accounts: [
      { Id: M, Name: 'management', ParentId: 'r-ab12' },
      { Id: A, Name: 'workload', ParentId: 'ou-ab12-prod' },
    ],
    policies: [
      {
        Id: 'p-abcd1234',
        Name: 'DenyLeaveOrg',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify(identity(deny('organizations:*'))),
        Targets: ['r-ab12'],
      },
      {
        Id: 'p-rcp12345',
        Name: 'Perimeter',
        Type: 'RESOURCE_CONTROL_POLICY',
        Content: JSON.stringify(PERIMETER),
        Targets: ['r-ab12'],
      },
      {
        Id: 'p-regions01',
        Name: 'deny-regions',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify(identity(deny('ec2:*'))),
        Targets: ['ou-ab12-prod'],
      },
    ],
  };
}

function inventory(extra: RawAuthorizationDetails[] = []): Inventory {
  return buildInventory([
    readSnapshot(gaad(), 'gaad.json'),
    readSnapshot({ organization: organization() }, 'org.json'),
    ...extra.map((details, i) => readSnapshot(details, `extra-${i}.json`)),
  ]);
}

function run(config: string, base: Record<string, string>, head: Record<string, string>, inv?: Inventory) {
  return readPolicyFileChanges({
    config: parseConfig(config, CONFIG_FILE),
    configFile: CONFIG_FILE,
    base: fileSnapshotOf(base),
    head: fileSnapshotOf(head),
    inventory: inv,
  });
}

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const src = (file: string, line = 1) => ({ origin: 'policy-file', file, line });

describe('readPolicyFileChanges: drift against the inventory', () => {
  const CONFIG = `version: 1
account: "${A}"
policies:
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::${A}:policy/ForceMFA
  - file: policies/users/*/inline-*.json
    target: inline-policy
    principal: { kind: user, name: "{1}" }
    policy-name: "{2}"
  - file: policies/trust/ci.json
    target: trust-policy
    role: ci-deployer
  - file: scps/deny-leave-org.json
    target: scp
    policy-id: p-abcd1234
  - file: rcps/perimeter.json
    target: rcp
    policy-id: p-rcp12345
  - file: scps/new/*.json
    target: new-scp
    attach-to: [ou-ab12-prod, ou-ab12-gone, "${B}"]
`;
  const base = {
    'policies/force-mfa.json': text(FORCE_MFA_BASE),
    'policies/users/alice/inline-s3.json': text(ALICE_S3),
    'policies/users/bob/inline-legacy.json': text(identity(allow('ec2:Describe*'))),
    'policies/trust/ci.json': text(CI_TRUST),
    'scps/deny-leave-org.json': text(DENY_LEAVE),
    'rcps/perimeter.json': text(PERIMETER),
  };

  it('warns for every target whose live document differs from the base file, or that does not exist', () => {
    const head = {
      ...base,
      'policies/force-mfa.json': text(identity(deny('*'))),
      'scps/new/eu-only.json': text(identity(deny('ec2:RunInstances'))),
    };
    const changeSet = run(CONFIG, base, head, inventory());
    expect(changeSet.warnings).toEqual([
      {
        kind: 'drift',
        message: `arn:aws:iam::${A}:policy/ForceMFA in AWS differs from policies/force-mfa.json at the base revision; the comparison uses the base file as before`,
        source: src('policies/force-mfa.json'),
      },
      {
        kind: 'drift',
        message: `inline policy legacy of user bob in ${A} is not in the inventory (user bob has no such inline policy), but policies/users/bob/inline-legacy.json exists at the base revision; the comparison uses the base file as before`,
        source: src('policies/users/bob/inline-legacy.json'),
      },
      {
        kind: 'drift',
        message:
          'SCP p-abcd1234 (DenyLeaveOrg) in AWS differs from scps/deny-leave-org.json at the base revision; the comparison uses the base file as before',
        source: src('scps/deny-leave-org.json'),
      },
      {
        kind: 'unknown-target',
        message:
          'ou-ab12-gone (attach-to of scps/new/eu-only.json) is not a root, OU or account of the organization in the inventory',
        source: src('scps/new/eu-only.json'),
      },
      {
        kind: 'unknown-target',
        message: `${B} (attach-to of scps/new/eu-only.json) is not a root, OU or account of the organization in the inventory`,
        source: src('scps/new/eu-only.json'),
      },
    ]);
    // The base file stays the before, whatever AWS holds.
    expect(changeSet.changes).toEqual([
      {
        kind: 'managed-policy',
        source: src('policies/force-mfa.json'),
        policyArn: `arn:aws:iam::${A}:policy/ForceMFA`,
        policyName: 'ForceMFA',
        before: parsed(base['policies/force-mfa.json'], 'policies/force-mfa.json'),
        after: parsed(head['policies/force-mfa.json'], 'policies/force-mfa.json'),
      },
      {
        kind: 'org-policy-created',
        source: src('scps/new/eu-only.json'),
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: 'new:policy-file:scps/new/eu-only.json',
        policyName: 'eu-only',
        after: parsed(head['scps/new/eu-only.json'], 'scps/new/eu-only.json', 'scp'),
        targets: ['ou-ab12-prod', 'ou-ab12-gone', B],
      },
    ]);
  });

  it('warns when the account or the organization is not in the inventory', () => {
    const config = `version: 1
policies:
  - file: trust.json
    target: trust-policy
    role: { name: app, account: "${B}" }
  - file: users/*.json
    target: inline-policy
    principal: { kind: user, name: "{1}" }
    policy-name: own
  - file: mfa.json
    target: managed-policy
    arn: arn:aws:iam::${B}:policy/ForceMFA
  - file: scp.json
    target: scp
    policy-id: p-abcd1234
`;
    const files = {
      'trust.json': text(CI_TRUST),
      'users/nobody.json': text(ALICE_S3),
      'mfa.json': text(FORCE_MFA_BASE),
      'scp.json': text(DENY_LEAVE),
    };
    const noOrg = buildInventory([readSnapshot(gaad(), 'gaad.json')]);
    const { changes, warnings } = run(config, files, files, noOrg);
    expect(changes).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      `the trust policy of role app in ${B} is not in the inventory (account ${B} is not in the inventory), but trust.json exists at the base revision; the comparison uses the base file as before`,
      'inline policy own of user nobody is not in the inventory (no account is given for it and no inventory account has it), but users/nobody.json exists at the base revision; the comparison uses the base file as before',
      `arn:aws:iam::${B}:policy/ForceMFA is not in the inventory (account ${B} is not in the inventory), but mfa.json exists at the base revision; the comparison uses the base file as before`,
      'SCP p-abcd1234 is not in the inventory (the inventory has no organization data), but scp.json exists at the base revision; the comparison uses the base file as before',
    ]);
  });

  it('uses the live document as before when a file is added for a target that exists', () => {
    const head = {
      ...base,
      'policies/users/alice/inline-s3.json': text(identity(allow('s3:GetObject'), allow('s3:PutObject'))),
    };
    const noAlice = { ...base } as Record<string, string>;
    delete noAlice['policies/users/alice/inline-s3.json'];
    const inv = inventory();
    const changeSet = run(CONFIG, noAlice, head, inv);
    expect(changeSet.warnings.filter((w) => w.source?.file === 'policies/users/alice/inline-s3.json')).toEqual([
      {
        kind: 'drift',
        message: `inline policy s3 of user alice in ${A} exists in AWS, but policies/users/alice/inline-s3.json is not at the base revision; the comparison uses the document in AWS as before`,
        source: src('policies/users/alice/inline-s3.json'),
      },
    ]);
    const alice = inv.accounts.get(A)?.users.get('alice')?.inlinePolicies[0].document;
    expect(changeSet.changes.find((c) => c.kind === 'inline-policy')).toEqual({
      kind: 'inline-policy',
      source: src('policies/users/alice/inline-s3.json'),
      entity: { kind: 'user', name: 'alice', accountId: A },
      policyName: 's3',
      before: alice,
      after: parsed(head['policies/users/alice/inline-s3.json'], 'policies/users/alice/inline-s3.json'),
    });
  });

  it('names the account of a name from the inventory, and refuses an ambiguous one', () => {
    const config = `version: 1
policies:
  - file: users/*.json
    target: inline-policy
    principal: { kind: user, name: "{1}" }
    policy-name: own
`;
    const head = { 'users/alice.json': text(ALICE_S3) };
    expect(run(config, {}, head, inventory()).changes[0]).toMatchObject({
      entity: { kind: 'user', name: 'alice', accountId: A },
    });
    expect(run(config, {}, head).changes[0]).toMatchObject({ entity: { kind: 'user', name: 'alice' } });
    const twice = inventory([{ UserDetailList: [{ UserName: 'alice', Arn: `arn:aws:iam::${B}:user/alice` }] }]);
    const error = errorOf(() => run(config, {}, head, twice));
    expect(error.message).toBe(
      `${CONFIG_FILE}:5: policies[0].principal.name: user alice (for users/alice.json) exists in accounts ${A}, ${B} of the inventory; say which`,
    );
    expect(error.hint).toBe(`add account: "${A}" next to the name, or set the top-level account`);
  });

  it('refuses an SCP mapping whose policy id is an RCP', () => {
    const config = `version: 1
policies:
  - file: p.json
    target: scp
    policy-id: p-rcp12345
`;
    const files = { 'p.json': text(DENY_LEAVE) };
    const error = errorOf(() => run(config, files, files, inventory()));
    expect(error.message).toBe(
      `${CONFIG_FILE}:5: policies[0].policy-id: p-rcp12345 is an RCP in the inventory, but the entry maps p.json as an SCP`,
    );
    expect(error.hint).toBe('use target: rcp');
  });
});

describe('readPolicyFileChanges: kinds of change', () => {
  it('ignores unmapped, excluded and unchanged files, including reformatted ones', () => {
    const config = `version: 1
account: "${A}"
policies:
  - file: policies/*.json
    exclude: policies/draft-*.json
    target: managed-policy
    arn: arn:aws:iam::${A}:policy/{name}
`;
    const base = {
      'policies/a.json':
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}]}',
      'policies/b.json': text(ALICE_S3),
      'README.md': 'x',
    };
    const head = {
      'policies/a.json': text({
        Statement: { Resource: ['*'], Action: 's3:GetObject', Effect: 'Allow' },
        Version: '2012-10-17',
      }),
      'policies/b.json': text(ALICE_S3),
      'policies/draft-x.json': '{ not JSON',
      'other/c.json': '{ not JSON',
      'README.md': 'y',
    };
    expect(run(config, base, head)).toEqual({ changes: [], warnings: [] });
  });

  it('orders changes by mapping, then by path', () => {
    const config = `version: 1
account: "${A}"
policies:
  - file: roles/*.json
    target: trust-policy
    role: "{1}"
  - file: managed/*.json
    target: managed-policy
    arn: arn:aws:iam::${A}:policy/{name}
`;
    const head = {
      'managed/b.json': text(ALICE_S3),
      'managed/a.json': text(ALICE_S3),
      'roles/z.json': text(CI_TRUST),
    };
    expect(run(config, {}, head).changes.map((c) => c.source.file)).toEqual([
      'roles/z.json',
      'managed/a.json',
      'managed/b.json',
    ]);
  });

  it('reads trust policies as trust policies; a deleted trust file has no after', () => {
    const config = `version: 1
policies:
  - file: trust/*.json
    target: trust-policy
    role: "arn:aws:iam::${A}:role/{1}"
`;
    const base = { 'trust/ci.json': text(CI_TRUST), 'trust/old.json': text(CI_TRUST) };
    const head = { 'trust/ci.json': text(trust('codepipeline.amazonaws.com')) };
    expect(run(config, base, head).changes).toEqual([
      {
        kind: 'trust-policy',
        source: src('trust/ci.json'),
        role: { kind: 'role', name: 'ci', accountId: A },
        before: parsed(base['trust/ci.json'], 'trust/ci.json', 'trust'),
        after: parsed(head['trust/ci.json'], 'trust/ci.json', 'trust'),
      },
      {
        kind: 'trust-policy',
        source: src('trust/old.json'),
        role: { kind: 'role', name: 'old', accountId: A },
        before: parsed(base['trust/old.json'], 'trust/old.json', 'trust'),
      },
    ]);
  });

  it('changes existing SCPs and RCPs by id, and deletes them', () => {
    const config = `version: 1
policies:
  - file: scps/deny-leave-org.json
    target: scp
    policy-id: p-abcd1234
  - file: rcps/perimeter.json
    target: rcp
    policy-id: p-rcp12345
`;
    const base = { 'scps/deny-leave-org.json': text(DENY_LEAVE), 'rcps/perimeter.json': text(PERIMETER) };
    const head = { 'scps/deny-leave-org.json': text(identity(deny('organizations:Leave*'))) };
    const inv = inventory();
    const { changes, warnings } = run(config, base, head, inv);
    expect(changes).toEqual([
      {
        kind: 'org-policy',
        source: src('scps/deny-leave-org.json'),
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: 'p-abcd1234',
        policyName: 'DenyLeaveOrg',
        before: parsed(base['scps/deny-leave-org.json'], 'scps/deny-leave-org.json', 'scp'),
        after: parsed(head['scps/deny-leave-org.json'], 'scps/deny-leave-org.json', 'scp'),
      },
      {
        kind: 'org-policy',
        source: src('rcps/perimeter.json'),
        policyType: 'RESOURCE_CONTROL_POLICY',
        policyId: 'p-rcp12345',
        policyName: 'Perimeter',
        before: parsed(base['rcps/perimeter.json'], 'rcps/perimeter.json', 'rcp'),
      },
    ]);
    expect(warnings.map((w) => w.kind)).toEqual(['drift']);
  });

  it('finds the id of an SCP an earlier new-scp file created, by name', () => {
    const config = `version: 1
policies:
  - file: scps/new/*.json
    target: new-scp
    attach-to: [ou-ab12-prod]
`;
    const base = { 'scps/new/deny-regions.json': text(identity(deny('ec2:*'))) };
    const head = { 'scps/new/deny-regions.json': text(identity(deny('ec2:*'), deny('rds:*'))) };
    const withInventory = run(config, base, head, inventory());
    expect(withInventory.warnings).toEqual([]);
    expect(withInventory.changes).toEqual([
      {
        kind: 'org-policy',
        source: src('scps/new/deny-regions.json'),
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: 'p-regions01',
        policyName: 'deny-regions',
        before: parsed(base['scps/new/deny-regions.json'], 'scps/new/deny-regions.json', 'scp'),
        after: parsed(head['scps/new/deny-regions.json'], 'scps/new/deny-regions.json', 'scp'),
      },
    ]);
    expect(run(config, base, {}).changes).toEqual([
      {
        kind: 'org-policy',
        source: src('scps/new/deny-regions.json'),
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: { unknown: 'the id of SCP "deny-regions" is not known without an inventory' },
        policyName: 'deny-regions',
        before: parsed(base['scps/new/deny-regions.json'], 'scps/new/deny-regions.json', 'scp'),
      },
    ]);
  });

  describe('permissions boundaries', () => {
    const config = `version: 1
account: "${A}"
policies:
  - file: boundaries/*.json
    target: permissions-boundary
    principal: { kind: role, name: "{1}" }
    arn: arn:aws:iam::${A}:policy/{1}-boundary
`;
    const arn = (role: string) => `arn:aws:iam::${A}:policy/${role}-boundary`;
    const file = 'boundaries/builder.json';

    it('creates the policy and sets it as the boundary when the file is added', () => {
      const head = { [file]: text(BOUNDARY) };
      const after = parsed(head[file], file, 'permissionsBoundary');
      const created = {
        kind: 'managed-policy',
        source: src(file),
        policyArn: arn('builder'),
        policyName: 'builder-boundary',
        after,
      };
      const set = {
        kind: 'permissions-boundary',
        source: src(file),
        entity: { kind: 'role', name: 'builder', accountId: A },
        after: arn('builder'),
        afterDocument: after,
      };
      expect(run(config, {}, head).changes).toEqual([
        created,
        {
          ...set,
          before: { unknown: `the permissions boundary of role builder in ${A} is not known without an inventory` },
        },
      ]);
      // The inventory says builder has no boundary now.
      expect(run(config, {}, head, inventory())).toEqual({ changes: [created, set], warnings: [] });
    });

    it('removes the boundary and deletes the policy when the file is deleted', () => {
      const base = { [file]: text(BOUNDARY) };
      expect(run(config, base, {}).changes).toEqual([
        {
          kind: 'permissions-boundary',
          source: src(file),
          entity: { kind: 'role', name: 'builder', accountId: A },
          before: arn('builder'),
        },
        {
          kind: 'managed-policy',
          source: src(file),
          policyArn: arn('builder'),
          policyName: 'builder-boundary',
          before: parsed(base[file], file, 'permissionsBoundary'),
        },
      ]);
    });

    it('changes the policy document when the file changes, and warns when the role has another boundary', () => {
      const deployer = 'boundaries/deployer.json';
      const base = { [deployer]: text(BOUNDARY) };
      const head = { [deployer]: text(identity(allow('s3:*'))) };
      const { changes, warnings } = run(config, base, head, inventory());
      expect(changes).toEqual([
        {
          kind: 'managed-policy',
          source: src(deployer),
          policyArn: arn('deployer'),
          policyName: 'deployer-boundary',
          before: parsed(base[deployer], deployer, 'permissionsBoundary'),
          after: parsed(head[deployer], deployer, 'permissionsBoundary'),
        },
      ]);
      expect(warnings.map((w) => w.message)).toEqual([
        `arn:aws:iam::${A}:policy/deployer-boundary is not in the inventory (no such policy), but boundaries/deployer.json exists at the base revision; the comparison uses the base file as before`,
        `role deployer in ${A} in AWS has the permissions boundary arn:aws:iam::${A}:policy/OldBoundary, but boundaries/deployer.json at the base revision sets arn:aws:iam::${A}:policy/deployer-boundary; the comparison uses the base file as before`,
      ]);
    });
  });
});

describe('readPolicyFileChanges: errors', () => {
  const config = `version: 1
account: "${A}"
policies:
  - file: policies/*.json
    target: managed-policy
    arn: arn:aws:iam::${A}:policy/{name}
  - file: trust/*/*.json
    target: trust-policy
    role: "{dir}"
  - file: "*.json"
    target: trust-policy
    role: "{dir}"
`;

  it('names the file, the line and the JSON path of an invalid policy in the working tree', () => {
    const bad = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "*",
      "Condition": {
        "StringEqualz": { "aws:username": "alice" }
      }
    }
  ]
}
`;
    const error = errorOf(() => run(config, {}, { 'policies/a.json': bad }));
    expect(error.message).toBe(
      'policies/a.json:10: Statement[1].Condition.StringEqualz: unknown condition operator "StringEqualz"',
    );
    expect(error.hint).toBe('see the IAM condition operators reference');

    const missing = errorOf(() =>
      run(config, {}, { 'policies/a.json': text(identity({ Action: 's3:GetObject', Resource: '*' })) }),
    );
    expect(missing.message).toBe('policies/a.json:4: Statement[0].Effect: is missing');

    const withPrincipal = identity(allow('s3:GetObject', { Principal: { AWS: `arn:aws:iam::${A}:root` } }));
    const principal = errorOf(() => run(config, {}, { 'policies/a.json': text(withPrincipal) }));
    expect(principal.message).toBe(
      'policies/a.json:8: Statement[0].Principal: an identity-based policy cannot have Principal',
    );
    expect(principal.hint).toBe('remove it: this policy applies to the principal it is attached to');
  });

  it('names the line of a JSON syntax error', () => {
    const error = errorOf(() =>
      run(config, {}, { 'policies/a.json': '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {,}\n  ]\n}\n' }),
    );
    expect(error.message).toBe('policies/a.json:4: not valid JSON (ValueExpected)');
    expect(error.hint).toBe('fix the JSON syntax');
  });

  it('goes on when the base file is invalid, with an unknown before and a warning', () => {
    const base = { 'policies/a.json': '{ "Version": "2012-10-17" }\n' };
    const head = { 'policies/a.json': text(ALICE_S3) };
    const reason = 'policies/a.json at the base revision is not a valid policy (line 1: Statement: is missing)';
    expect(run(config, base, head)).toEqual({
      changes: [
        {
          kind: 'managed-policy',
          source: src('policies/a.json'),
          policyArn: `arn:aws:iam::${A}:policy/a`,
          policyName: 'a',
          before: { unknown: reason },
          after: parsed(head['policies/a.json'], 'policies/a.json'),
        },
      ],
      warnings: [
        { kind: 'invalid-base-file', message: `${reason}; its before is unknown`, source: src('policies/a.json') },
      ],
    });
  });

  it('refuses a file two globs map', () => {
    const overlapping = `version: 1
policies:
  - file: policies/*.json
    target: managed-policy
    arn: arn:aws:iam::${A}:policy/{name}
  - file: policies/*-scp.json
    target: new-scp
    attach-to: []
`;
    const error = errorOf(() => run(overlapping, {}, { 'policies/x.json': '{}', 'policies/deny-scp.json': '{}' }));
    expect(error.message).toBe(
      `${CONFIG_FILE}:6: policies[1].file: policies/deny-scp.json is matched by policies[0] (line 3) too; a file may be mapped once`,
    );
    expect(error.hint).toBe('narrow one of the globs, or add exclude: [policies/deny-scp.json] to one of the entries');
  });

  it('names the config line, the field and the file when a placeholder gives an invalid value', () => {
    const error = errorOf(() => run(config, {}, { 'policies/force mfa.json': text(ALICE_S3) }));
    expect(error.message).toBe(
      `${CONFIG_FILE}:6: policies[0].arn: "arn:aws:iam::${A}:policy/{name}" gives "arn:aws:iam::${A}:policy/force mfa" for policies/force mfa.json, which is not valid: "arn:aws:iam::${A}:policy/force mfa": the policy name "force mfa" is not a policy name (letters, digits and + = , . @ _ - only)`,
    );
    expect(error.hint).toBe('change the file name, or the glob and placeholders of this entry');

    expect(run(config, {}, { 'trust/ci/trust.json': text(CI_TRUST) }).changes[0]).toMatchObject({
      role: { kind: 'role', name: 'ci', accountId: A },
    });
    const root = errorOf(() => run(config, {}, { 'x.json': text(CI_TRUST) }));
    expect(root.message).toBe(
      `${CONFIG_FILE}:12: policies[2].role: {dir} has no value: x.json is at the repository root`,
    );
  });
});
