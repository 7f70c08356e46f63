/**
 * `npm run bench:inventory`: the time and peak memory to load and index a synthetic organization of 100 accounts
 * and 100,000 principals built from the AWS managed-policy corpus.
 *
 * The organization is written as one full snapshot file (the format `--inventory` reads), then a child process
 * loads it: JSON.parse, validation and normalization (`readSnapshot`, `buildInventory`), and indexing (every
 * principal's effective policies and SCP/RCP path through `InventoryIndex`). The child reports its own wall time per
 * phase and its peak RSS, so the memory figure is the load's, not the generator's.
 *
 * Options: --accounts N (100), --principals N (100000), --keep (keep the generated file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compactSnapshot,
  type RawAuthorizationDetails,
  type RawFullSnapshot,
  type RawOrganization,
} from '../src/core/inventory/snapshot-format.js';
import { corpusDirectory, managedPolicyDocuments, organizationPolicies, prng } from './bench-corpus.js';

interface Options {
  accounts: number;
  principals: number;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { accounts: 100, principals: 100_000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--accounts' || arg === '--principals') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} takes a positive whole number`);
      options[arg === '--accounts' ? 'accounts' : 'principals'] = value;
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const FULL_ACCESS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/** Builds the synthetic organization as a full snapshot. */
function generate(options: Options): { snapshot: RawFullSnapshot; stats: Record<string, number> } {
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
    const top = `ou-bench-top${t}`;
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
    const id = String(200000000000 + a);
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
  return {
    // Written as `iam-impact snapshot` writes it: AWS managed policies once, not once per account.
    snapshot: compactSnapshot({
      format: 'iam-impact-snapshot',
      version: 1,
      createdAt: new Date(0).toISOString(),
      organization,
      accounts,
    }),
    stats: { accounts: options.accounts, principals, inlinePolicies: inline },
  };
}

/** The child: loads the file and reports phase times and peak RSS as one JSON line. */
async function load(file: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { readSnapshot, buildInventory } = await import('../src/core/inventory/load-snapshot.js');
  const { InventoryIndex } = await import('../src/core/inventory/inventory-index.js');
  const t0 = process.hrtime.bigint();
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const t1 = process.hrtime.bigint();
  const inventory = buildInventory([readSnapshot(json, file)]);
  const t2 = process.hrtime.bigint();
  const index = new InventoryIndex(inventory);
  let identityPolicies = 0;
  let missing = 0;
  const principals = index.principals();
  for (const principal of principals) {
    const derived = index.policiesOf(principal);
    identityPolicies += derived.identity.length;
    missing += derived.missing.length;
    index.rcpPath(principal.accountId);
  }
  const t3 = process.hrtime.bigint();
  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  process.stdout.write(
    JSON.stringify({
      readMs: ms(t0, t1),
      normalizeMs: ms(t1, t2),
      indexMs: ms(t2, t3),
      totalMs: ms(t0, t3),
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
      principals: principals.length,
      managedPolicies: inventory.managedPolicies.size,
      identityPolicies,
      missing,
    }) + '\n',
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === '--load') return load(process.argv[3]);
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-bench-'));
  const file = join(dir, 'org-snapshot.json');
  const g0 = Date.now();
  const { snapshot, stats } = generate(options);
  writeFileSync(file, JSON.stringify(snapshot));
  const generateMs = Date.now() - g0;
  const size = statSync(file).size;
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--load', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  if (!options.keep) rmSync(dir, { recursive: true, force: true });

  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log('iam-impact inventory benchmark');
  console.log(
    `  node ${process.version}, ${stats.accounts} accounts, ${fmt(stats.principals)} principals, ${fmt(stats.inlinePolicies)} inline policies`,
  );
  console.log(
    `  snapshot file: ${(size / 2 ** 20).toFixed(1)} MiB (generated in ${fmt(generateMs)} ms${options.keep ? `, kept at ${file}` : ''})`,
  );
  console.log(`  read + JSON.parse      ${fmt(result.readMs)} ms`);
  console.log(`  validate + normalize   ${fmt(result.normalizeMs)} ms`);
  console.log(
    `  index all principals   ${fmt(result.indexMs)} ms (${fmt(result.identityPolicies)} identity policy links, ${result.missing} missing)`,
  );
  console.log(`  total load and index   ${fmt(result.totalMs)} ms (target < 10,000 ms)`);
  console.log(
    `  peak RSS               ${fmt(result.peakRssMiB)} MiB (target < 2,048 MiB); heap after load ${fmt(result.heapUsedMiB)} MiB`,
  );
  console.log(
    JSON.stringify({
      accounts: stats.accounts,
      principals: result.principals,
      totalMs: Math.round(result.totalMs),
      peakRssMiB: Math.round(result.peakRssMiB),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:inventory failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
