/**
 * The synthetic organization of the benchmarks: 100 accounts (by default) and 100,000 principals built from the AWS
 * managed-policy corpus with a heavy-tailed attachment distribution, generated from a seeded PRNG so that every run
 * builds the same data. Shared by `bench:inventory` and `bench:impact`.
 */
import {
  compactSnapshot,
  type RawAuthorizationDetails,
  type RawFullSnapshot,
  type RawOrganization,
} from '../src/core/inventory/snapshot-format.js';
import { corpusDirectory, managedPolicyDocuments, organizationPolicies, prng } from './bench-corpus.js';

/** The size of the organization. */
export interface SyntheticOrgOptions {
  /** Workload accounts (the management account comes on top). */
  accounts: number;
  /** Users and roles, spread evenly over the accounts (3 users for 2 roles). */
  principals: number;
}

/** The generated snapshot and its counts. */
export interface SyntheticOrg {
  snapshot: RawFullSnapshot;
  stats: { accounts: number; principals: number; inlinePolicies: number };
}

/** The top OUs, each with three leaf OUs below it. */
export const TOP_OUS: readonly string[] = ['ou-bench-top0', 'ou-bench-top1', 'ou-bench-top2', 'ou-bench-top3'];

/** The id of workload account `index`. */
export function accountId(index: number): string {
  return String(200000000000 + index);
}

const FULL_ACCESS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/**
 * Builds the synthetic organization as a full snapshot: root → 4 top OUs (`ou-bench-top0` … `ou-bench-top3`) → 3
 * leaf OUs each; account `a` (`2000000000xx`) sits in leaf OU `a % 12`, so the accounts under `ou-bench-top0` are
 * those with `a % 12 < 3`. Written compact by default, as `iam-impact snapshot` writes it; `compact: false` keeps
 * the AWS managed policies in every account's `Policies`, as `GetAccountAuthorizationDetails` returns them (the form
 * the fake AWS endpoint serves).
 */
export function generateOrganization(
  options: SyntheticOrgOptions,
  { compact = true }: { compact?: boolean } = {},
): SyntheticOrg {
  const corpus = corpusDirectory();
  const random = prng(20261122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // Real attachments are heavy-tailed: a few policies (ReadOnlyAccess, AdministratorAccess, …) are everywhere and the
  // long tail is rare. Popular ones first, then the rest in a seeded shuffle, drawn with a cubic skew.
  const popular = [
    'ReadOnlyAccess',
    'AdministratorAccess',
    'PowerUserAccess',
    'AmazonS3ReadOnlyAccess',
    'AmazonS3FullAccess',
    'AmazonEC2ReadOnlyAccess',
    'AmazonEC2FullAccess',
    'AWSLambdaBasicExecutionRole',
    'CloudWatchReadOnlyAccess',
    'AmazonDynamoDBFullAccess',
    'AmazonSQSFullAccess',
    'IAMReadOnlyAccess',
    'SecurityAudit',
    'ViewOnlyAccess',
    'AWSCloudFormationReadOnlyAccess',
  ];
  const all = managedPolicyDocuments(corpus);
  const rest = [...all].filter(([name]) => !popular.includes(name));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const managed = [...popular.filter((n) => all.has(n)).map((n) => [n, all.get(n)] as [string, unknown]), ...rest];
  const skewed = () => managed[Math.floor(managed.length * random() ** 3)];
  const small = managed.filter(([, doc]) => JSON.stringify(doc).length < 1500);
  const orgPolicies = organizationPolicies(corpus);
  const scps = orgPolicies.filter((p) => p.type === 'SERVICE_CONTROL_POLICY');
  const rcps = orgPolicies.filter((p) => p.type === 'RESOURCE_CONTROL_POLICY');

  // Root → 4 top OUs → 3 child OUs each; accounts spread over the child OUs.
  const organization: RawOrganization = {
    managementAccountId: '100000000000',
    roots: [{ Id: 'r-bench', Name: 'Root' }],
    organizationalUnits: [],
    accounts: [{ Id: '100000000000', Name: 'management', ParentId: 'r-bench' }],
    policies: [
      {
        Id: 'p-FullAWSAccess',
        Name: 'FullAWSAccess',
        Type: 'SERVICE_CONTROL_POLICY',
        AwsManaged: true,
        Content: FULL_ACCESS,
        Targets: ['r-bench', '100000000000'],
      },
    ],
  };
  const leafOus: string[] = [];
  for (let t = 0; t < 4; t++) {
    const top = TOP_OUS[t];
    organization.organizationalUnits.push({ Id: top, Name: `Top ${t}`, ParentId: 'r-bench' });
    organization.policies[0].Targets.push(top);
    for (let c = 0; c < 3; c++) {
      const leaf = `ou-bench-${t}x${c}`;
      organization.organizationalUnits.push({ Id: leaf, Name: `Leaf ${t}.${c}`, ParentId: top });
      organization.policies[0].Targets.push(leaf);
      leafOus.push(leaf);
    }
  }
  scps.slice(0, 12).forEach((p, i) => {
    organization.policies.push({
      Id: `p-scp${i}`,
      Name: p.file,
      Type: p.type,
      Content: JSON.stringify(p.content),
      Targets: [leafOus[i % leafOus.length]],
    });
  });
  rcps.slice(0, 3).forEach((p, i) => {
    organization.policies.push({
      Id: `p-rcp${i}`,
      Name: p.file,
      Type: p.type,
      Content: JSON.stringify(p.content),
      Targets: ['r-bench'],
    });
  });

  const accounts: Record<string, RawAuthorizationDetails> = {};
  const perAccount = Math.ceil(options.principals / options.accounts);
  let principals = 0;
  let inline = 0;
  for (let a = 0; a < options.accounts; a++) {
    const id = accountId(a);
    organization.accounts.push({ Id: id, Name: `workload-${a}`, ParentId: leafOus[a % leafOus.length] });
    organization.policies[0].Targets.push(id);
    const used = new Map<string, unknown>();
    const attach = (count: number) =>
      Array.from({ length: count }, () => {
        const [name, doc] = skewed();
        used.set(name, doc);
        return { PolicyName: name, PolicyArn: `arn:aws:iam::aws:policy/${name}` };
      });
    const groups = Array.from({ length: 20 }, (_, g) => ({
      GroupName: `group-${g}`,
      Arn: `arn:aws:iam::${id}:group/group-${g}`,
      Path: '/',
      GroupPolicyList: [],
      AttachedManagedPolicies: attach(2),
    }));
    const details: Required<RawAuthorizationDetails> = {
      UserDetailList: [],
      GroupDetailList: groups,
      RoleDetailList: [],
      Policies: [],
    };
    const count = Math.min(perAccount, options.principals - principals);
    for (let i = 0; i < count; i++, principals++) {
      const inlineCount = random() < 0.5 ? 1 : 0;
      inline += inlineCount;
      const inlinePolicies = Array.from({ length: inlineCount }, (_, j) => ({
        PolicyName: `inline-${j}`,
        PolicyDocument: pick(small)[1],
      }));
      const boundary =
        random() < 0.2
          ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: `arn:aws:iam::${id}:policy/boundary` }
          : undefined;
      if (i % 5 < 3) {
        details.UserDetailList.push({
          Path: '/',
          UserName: `user-${i}`,
          Arn: `arn:aws:iam::${id}:user/user-${i}`,
          UserPolicyList: inlinePolicies,
          GroupList: [`group-${i % 20}`, `group-${(i * 7) % 20}`],
          AttachedManagedPolicies: attach(1 + Math.floor(random() * 4)),
          Tags: [{ Key: 'team', Value: `t${i % 9}` }],
          ...(boundary ? { PermissionsBoundary: boundary } : {}),
        });
      } else {
        details.RoleDetailList.push({
          Path: '/',
          RoleName: `role-${i}`,
          Arn: `arn:aws:iam::${id}:role/role-${i}`,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          RolePolicyList: inlinePolicies,
          AttachedManagedPolicies: attach(2 + Math.floor(random() * 6)),
          Tags: [],
          ...(boundary ? { PermissionsBoundary: boundary } : {}),
        });
      }
    }
    details.Policies.push({
      PolicyName: 'boundary',
      Arn: `arn:aws:iam::${id}:policy/boundary`,
      DefaultVersionId: 'v1',
      PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: JSON.parse(FULL_ACCESS) }],
    });
    for (const [name, doc] of used) {
      details.Policies.push({
        PolicyName: name,
        Arn: `arn:aws:iam::aws:policy/${name}`,
        DefaultVersionId: 'v1',
        PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: doc }],
      });
    }
    accounts[id] = details;
  }
  const snapshot: RawFullSnapshot = {
    format: 'iam-impact-snapshot',
    version: 1,
    createdAt: new Date(0).toISOString(),
    organization,
    accounts,
  };
  return {
    // Compact, as `iam-impact snapshot` writes it: AWS managed policies once, not once per account.
    snapshot: compact ? compactSnapshot(snapshot) : snapshot,
    stats: { accounts: options.accounts, principals, inlinePolicies: inline },
  };
}
