import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { buildInventory, readSnapshot } from '../../../src/core/inventory/load-snapshot.js';
import { InventoryIndex } from '../../../src/core/inventory/inventory-index.js';
import {
  compactSnapshot,
  type RawFullSnapshot,
  type RawOrganization,
} from '../../../src/core/inventory/snapshot-format.js';
import { describeWithCorpus } from '../../helpers/corpus.js';

const A = '111122223333';
const M = '999988887777';
const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const s3Read = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }],
};
const trustEc2 = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

function gaad(account = A) {
  return {
    UserDetailList: [
      {
        Path: '/',
        UserName: 'alice',
        UserId: 'AIDAALICE',
        Arn: `arn:aws:iam::${account}:user/alice`,
        GroupList: ['readers'],
        UserPolicyList: [{ PolicyName: 'own', PolicyDocument: encodeURIComponent(JSON.stringify(s3Read)) }],
        AttachedManagedPolicies: [
          { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        ],
        PermissionsBoundary: {
          PermissionsBoundaryType: 'Policy',
          PermissionsBoundaryArn: `arn:aws:iam::${account}:policy/boundary`,
        },
        Tags: [{ Key: 'team', Value: 'blue' }],
      },
    ],
    GroupDetailList: [
      {
        GroupName: 'readers',
        Arn: `arn:aws:iam::${account}:group/readers`,
        GroupPolicyList: [{ PolicyName: 'g', PolicyDocument: s3Read }],
        AttachedManagedPolicies: [{ PolicyName: 'boundary', PolicyArn: `arn:aws:iam::${account}:policy/boundary` }],
      },
    ],
    RoleDetailList: [
      {
        Path: '/',
        RoleName: 'app',
        Arn: `arn:aws:iam::${account}:role/app`,
        AssumeRolePolicyDocument: trustEc2,
        RolePolicyList: [],
        AttachedManagedPolicies: [],
        RoleLastUsed: { LastUsedDate: '2026-11-01 10:00:00+00:00', Region: 'eu-west-1' },
      },
      {
        Path: '/aws-service-role/ecs.amazonaws.com/',
        RoleName: 'AWSServiceRoleForECS',
        Arn: `arn:aws:iam::${account}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
        AssumeRolePolicyDocument: trustEc2,
      },
    ],
    Policies: [
      {
        PolicyName: 'ReadOnlyAccess',
        Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
        DefaultVersionId: 'v2',
        PolicyVersionList: [
          { VersionId: 'v1', IsDefaultVersion: false, Document: allowAll },
          { VersionId: 'v2', IsDefaultVersion: true, Document: s3Read },
        ],
      },
      {
        PolicyName: 'boundary',
        Arn: `arn:aws:iam::${account}:policy/boundary`,
        DefaultVersionId: 'v1',
        PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: allowAll }],
      },
    ],
  };
}

function org(): RawOrganization {
  return {
    managementAccountId: M,
    roots: [{ Id: 'r-root', Name: 'Root' }],
    organizationalUnits: [
      { Id: 'ou-root-a', Name: 'Platform', ParentId: 'r-root' },
      { Id: 'ou-root-b', Name: 'Prod', ParentId: 'ou-root-a' },
    ],
    accounts: [
      { Id: M, Name: 'management', ParentId: 'r-root' },
      { Id: A, Name: 'workload', ParentId: 'ou-root-b' },
    ],
    policies: [
      {
        Id: 'p-FullAWSAccess',
        Name: 'FullAWSAccess',
        Type: 'SERVICE_CONTROL_POLICY',
        AwsManaged: true,
        Content: JSON.stringify(allowAll),
        Targets: ['r-root', 'ou-root-a', 'ou-root-b', A, M],
      },
      {
        Id: 'p-mfa',
        Name: 'RequireMfa',
        Type: 'SERVICE_CONTROL_POLICY',
        AwsManaged: false,
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Action: '*',
              Resource: '*',
              Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
            },
          ],
        }),
        Targets: ['ou-root-b'],
      },
      {
        Id: 'p-rcp',
        Name: 'Perimeter',
        Type: 'RESOURCE_CONTROL_POLICY',
        Content: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
        },
        Targets: ['r-root'],
      },
      { Id: 'p-tag', Name: 'Tags', Type: 'TAG_POLICY', Content: '{"tags":{}}', Targets: ['r-root'] },
    ],
  };
}

function full(): RawFullSnapshot {
  return {
    format: 'iam-impact-snapshot',
    version: 1,
    organization: org(),
    accounts: { [A]: gaad(), [M]: { UserDetailList: [], RoleDetailList: [] } },
  };
}

function failure(json: unknown, source = 'snap.json'): UserError {
  try {
    readSnapshot(json, source);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected an error');
}

describe('load-snapshot.ts', () => {
  it('normalizes authorization details, decoding URL-encoded documents and picking the default version', () => {
    const part = readSnapshot(gaad(), 'gaad.json');
    expect(part.kind).toBe('authorization-details');
    const [account] = part.accounts;
    expect(account.accountId).toBe(A);
    const alice = account.users.get('alice');
    expect(alice).toMatchObject({
      path: '/',
      id: 'AIDAALICE',
      groupNames: ['readers'],
      tags: { team: 'blue' },
      permissionsBoundaryArn: `arn:aws:iam::${A}:policy/boundary`,
    });
    expect(alice?.inlinePolicies[0].document.statements[0].actions).toEqual(['s3:Get*', 's3:List*']);
    expect(part.managedPolicies.get('arn:aws:iam::aws:policy/ReadOnlyAccess')).toMatchObject({
      defaultVersionId: 'v2',
      awsManaged: true,
    });
    expect(part.managedPolicies.get('arn:aws:iam::aws:policy/ReadOnlyAccess')?.document.statements[0].actions).toEqual([
      's3:Get*',
      's3:List*',
    ]);
    expect(account.roles.get('app')).toMatchObject({
      serviceLinked: false,
      // The AWS CLI's and the SDK's date forms both become ISO 8601.
      lastUsed: { date: '2026-11-01T10:00:00.000Z', region: 'eu-west-1' },
    });
    expect(account.roles.get('AWSServiceRoleForECS')?.serviceLinked).toBe(true);
  });

  it('reads organization snapshots, ignoring non-authorization policy types', () => {
    const part = readSnapshot({ organization: org() }, 'org.json');
    expect(part.kind).toBe('organization');
    expect(part.organization?.policies.map((p) => p.id)).toEqual(['p-FullAWSAccess', 'p-mfa', 'p-rcp']);
  });

  it('merges a GAAD file with an org snapshot into one inventory', () => {
    const inventory = buildInventory([
      readSnapshot(gaad(), 'gaad.json'),
      readSnapshot({ organization: org() }, 'org.json'),
    ]);
    expect([...inventory.accounts.keys()]).toEqual([A]);
    expect(inventory.organization?.managementAccountId).toBe(M);
  });

  it.each<[string, () => unknown, string]>([
    ['not an object', () => [], 'snap.json: must be a JSON object, got an array'],
    ['unknown shape', () => ({ Users: [] }), 'snap.json: is not a snapshot iam-impact knows'],
    [
      'user without name',
      () => ({ UserDetailList: [{ Arn: `arn:aws:iam::${A}:user/x` }] }),
      'snap.json: UserDetailList[0].UserName: must be a non-empty string, got undefined',
    ],
    [
      'bad ARN',
      () => ({ RoleDetailList: [{ RoleName: 'x', Arn: 'arn:aws:s3:::x', AssumeRolePolicyDocument: trustEc2 }] }),
      'snap.json: RoleDetailList[0].Arn: "arn:aws:s3:::x" is not an IAM role ARN',
    ],
    [
      'bad inline policy',
      () => {
        const g = gaad();
        (g.UserDetailList[0].UserPolicyList[0] as { PolicyDocument: unknown }).PolicyDocument = {
          Statement: [{ Effect: 'Permit', Action: '*', Resource: '*' }],
        };
        return g;
      },
      'snap.json: UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0].Effect: must be "Allow" or "Deny"',
    ],
    [
      'undecodable document',
      () => {
        const g = gaad();
        (g.UserDetailList[0].UserPolicyList[0] as { PolicyDocument: unknown }).PolicyDocument = '%7B%ZZ';
        return g;
      },
      'snap.json: UserDetailList[0].UserPolicyList[0].PolicyDocument: the document looks URL-encoded but does not decode',
    ],
    [
      'no default version',
      () => {
        const g = gaad();
        g.Policies[1].PolicyVersionList[0].IsDefaultVersion = false;
        g.Policies[1].DefaultVersionId = 'v9';
        return g;
      },
      'snap.json: Policies[1].PolicyVersionList: has no default version',
    ],
    [
      'full snapshot of another version',
      () => ({ ...full(), version: 7 }),
      'snap.json: version: this build reads version 1, got number 7',
    ],
    [
      'account key not an id',
      () => ({ ...full(), accounts: { prod: gaad() } }),
      'snap.json: accounts.prod: "prod" is not a 12-digit account id',
    ],
    [
      'entity in another account',
      () => ({ ...full(), accounts: { [M]: gaad() } }),
      `snap.json: accounts.${M}.UserDetailList[0].Arn: is in account ${A}, but this list is for account ${M}`,
    ],
    [
      'OU with unknown parent',
      () => ({ organization: { ...org(), organizationalUnits: [{ Id: 'ou-x', Name: 'X', ParentId: 'ou-nowhere' }] } }),
      'snap.json: organization.organizationalUnits[0].ParentId: "ou-nowhere" is not a root or OU of this organization',
    ],
    [
      'policy with unknown target',
      () => ({ organization: { ...org(), policies: [{ ...org().policies[0], Targets: ['ou-gone'] }] } }),
      'snap.json: organization.policies[0].Targets[0]: "ou-gone" is not a root, OU or account of this organization',
    ],
    [
      'unparsable SCP content',
      () => ({ organization: { ...org(), policies: [{ ...org().policies[1], Content: '{"Statement": ' }] } }),
      'snap.json: organization.policies[0].Content: the document is not valid JSON',
    ],
    [
      'management account outside the org',
      () => ({ organization: { ...org(), managementAccountId: '000000000000' } }),
      "snap.json: organization.managementAccountId: 000000000000 is not one of the organization's accounts",
    ],
    [
      'OU cycle',
      () => ({
        organization: {
          ...org(),
          organizationalUnits: [
            { Id: 'ou-a', Name: 'A', ParentId: 'ou-b' },
            { Id: 'ou-b', Name: 'B', ParentId: 'ou-a' },
          ],
          accounts: [{ Id: M, Name: 'm', ParentId: 'r-root' }],
          policies: [],
        },
      }),
      'snap.json: organization.organizationalUnits[0]: OU ou-a is its own ancestor',
    ],
  ])('rejects %s, naming the file and the JSON path', (_name, make, message) => {
    expect(failure(make()).message).toContain(message);
  });

  it('parses each AWS managed policy version once across files sharing a cache', () => {
    const cache = new Map();
    const a = readSnapshot(gaad(), 'a.json', cache);
    const b = readSnapshot(gaad('444455556666'), 'b.json', cache);
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    expect(b.managedPolicies.get(arn)).toBe(a.managedPolicies.get(arn));
    expect(buildInventory([a, b]).managedPolicies.get(arn)).toBe(a.managedPolicies.get(arn));
  });

  it('stores AWS managed policies once in a compact full snapshot, and loads it to the same inventory', () => {
    const snapshot: RawFullSnapshot = { ...full(), accounts: { [A]: gaad(), '444455556666': gaad('444455556666') } };
    snapshot.organization!.accounts.push({ Id: '444455556666', Name: 'second', ParentId: 'ou-root-a' });
    const compact = compactSnapshot(snapshot);
    expect(compact.awsManagedPolicies?.map((p) => p.Arn)).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(compact.accounts[A].Policies?.map((p) => p.Arn)).toEqual([`arn:aws:iam::${A}:policy/boundary`]);
    const before = buildInventory([readSnapshot(snapshot, 'full.json')]);
    const after = buildInventory([readSnapshot(JSON.parse(JSON.stringify(compact)), 'compact.json')]);
    expect(after).toEqual(before);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(snapshot).length);
  });

  it('rejects a customer managed policy in the shared AWS managed list', () => {
    const compact = compactSnapshot(full());
    compact.awsManagedPolicies = [...(compact.awsManagedPolicies ?? []), ...(gaad().Policies.slice(1) as never[])];
    expect(failure(compact).message).toContain(
      `snap.json: awsManagedPolicies[1].Arn: arn:aws:iam::${A}:policy/boundary is a customer managed policy`,
    );
  });

  it('refuses the same account twice, two organizations, and one policy with two default documents', () => {
    expect(() => buildInventory([readSnapshot(gaad(), 'a.json'), readSnapshot(gaad(), 'b.json')])).toThrow(
      'b.json: account 111122223333 was already loaded from a.json',
    );
    expect(() =>
      buildInventory([
        readSnapshot({ organization: org() }, 'a.json'),
        readSnapshot({ organization: org() }, 'b.json'),
      ]),
    ).toThrow('b.json: holds an organization, but a.json already gave one');
    const other = gaad('444455556666');
    other.Policies[0].DefaultVersionId = 'v1';
    other.Policies[0].PolicyVersionList[0].IsDefaultVersion = true;
    other.Policies[0].PolicyVersionList[1].IsDefaultVersion = false;
    expect(() => buildInventory([readSnapshot(gaad(), 'a.json'), readSnapshot(other, 'b.json')])).toThrow(
      'b.json: managed policy arn:aws:iam::aws:policy/ReadOnlyAccess has default version v1, but a.json has v2 with a different document',
    );
  });
});

describe('inventory-index.ts', () => {
  const index = new InventoryIndex(buildInventory([readSnapshot(full(), 'full.json')]));

  it('lists every principal', () => {
    expect(index.principals().map((p) => p.arn)).toEqual([
      `arn:aws:iam::${A}:user/alice`,
      `arn:aws:iam::${A}:role/app`,
      `arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    ]);
  });

  it("derives a user's own, managed and group policies, boundary and SCP path", () => {
    const alice = index.policiesOf(index.find(`arn:aws:iam::${A}:user/alice`)!);
    expect(alice.identity.map((p) => p.name)).toEqual([
      `arn:aws:iam::${A}:user/alice#own`,
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      `arn:aws:iam::${A}:group/readers#g`,
      `arn:aws:iam::${A}:policy/boundary`,
    ]);
    expect(alice.permissionsBoundary?.name).toBe(`arn:aws:iam::${A}:policy/boundary`);
    expect(alice.missing).toEqual([]);
    expect(alice.scp.status).toBe('applies');
    if (alice.scp.status !== 'applies') return;
    expect(alice.scp.levels.map((l) => [l.id, l.policies.map((p) => p.name)])).toEqual([
      ['r-root', ['FullAWSAccess (p-FullAWSAccess)']],
      ['ou-root-a', ['FullAWSAccess (p-FullAWSAccess)']],
      ['ou-root-b', ['FullAWSAccess (p-FullAWSAccess)', 'RequireMfa (p-mfa)']],
      [A, ['FullAWSAccess (p-FullAWSAccess)']],
    ]);
    const rcp = index.rcpPath(A);
    expect(rcp.status === 'applies' && rcp.levels.map((l) => l.policies.length)).toEqual([1, 0, 0, 0]);
  });

  it('shares derived objects, so layers can be compiled once', () => {
    const a = index.policiesOf(index.find(`arn:aws:iam::${A}:user/alice`)!);
    const b = index.policiesOf(index.find(`arn:aws:iam::${A}:user/alice`)!);
    expect(a.identity[1]).toBe(b.identity[1]);
    expect(a.scp).toBe(b.scp);
  });

  it('exempts service-linked roles and the management account, and says when SCPs are unknown', () => {
    const slr = index.policiesOf(
      index.find(`arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`)!,
    );
    expect(slr.scp).toEqual({ status: 'exempt', reason: 'SCPs do not restrict service-linked roles' });
    expect(index.scpPath(M)).toEqual({ status: 'exempt', reason: 'SCPs do not restrict the management account' });
    expect(index.rcpPath(M).status).toBe('exempt');
    expect(index.scpPath('444455556666')).toEqual({
      status: 'unknown',
      reason: 'SCPs not known: account 444455556666 is not in the organization snapshot',
    });
    const noOrg = new InventoryIndex(buildInventory([readSnapshot(gaad(), 'gaad.json')]));
    expect(noOrg.scpPath(A)).toEqual({
      status: 'unknown',
      reason: 'SCPs not known: no organization data was read or supplied',
    });
  });

  it('reports referenced policies and groups that the inventory lacks', () => {
    const g = gaad();
    g.UserDetailList[0].GroupList.push('ghosts');
    g.Policies = g.Policies.slice(1);
    const idx = new InventoryIndex(buildInventory([readSnapshot(g, 'gaad.json')]));
    expect(idx.policiesOf(idx.find(`arn:aws:iam::${A}:user/alice`)!).missing).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      `group ghosts of arn:aws:iam::${A}:user/alice`,
    ]);
  });
});

describeWithCorpus('authorization-details corpus', (corpus) => {
  it('loads every file under account-authorization-details', () => {
    const dir = join(corpus, 'account-authorization-details', 'cloudsplaining');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'SOURCES.json');
    expect(files).toHaveLength(6);
    const counts: Record<string, number[]> = {};
    for (const file of files) {
      const part = readSnapshot(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
      counts[file] = [part.accounts.reduce((n, a) => n + a.users.size + a.roles.size, 0), part.managedPolicies.size];
      const index = new InventoryIndex(buildInventory([part]));
      for (const principal of index.principals()) index.policiesOf(principal);
    }
    // The large sample splices two accounts; it loads as both (41 + 3 users, 75 + 3 roles).
    expect(counts['examples__files__example.json']).toEqual([122, 84]);
  });
});

describe('keys named like Object.prototype members', () => {
  it('keeps a "__proto__" tag and a "constructor" tag as ordinary tags', () => {
    const g = gaad();
    g.UserDetailList[0].Tags = [
      { Key: '__proto__', Value: 'x' },
      { Key: 'constructor', Value: 'y' },
    ];
    const alice = readSnapshot(g, 'gaad.json').accounts[0].users.get('alice');
    expect(Object.entries(alice?.tags ?? {})).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });
});
