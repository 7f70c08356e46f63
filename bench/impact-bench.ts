/**
 * `npm run bench:impact`: the time, peak memory and decisions of a full impact analysis on a synthetic organization
 * of 100 accounts and 100,000 principals (see `synthetic-org.ts`) when a pull request adds an SCP that requires MFA
 * (`Deny *` when `aws:MultiFactorAuthPresent` is false or absent) to a top OU, under three credential scenarios
 * (access keys and MFA sessions for users, role sessions for roles), with the local backend. Target: the whole report
 * in under 60 s and 2 GiB.
 *
 * The organization is written as one compact full snapshot file, then a child process does what `iam-impact plan
 * --inventory FILE` does: load and index the snapshot, build the change set, plan (apply the change set, derive each
 * affected principal's policies before and after, action classes, backend decisions, findings, checks) and render the
 * JSON and Markdown reports. The child reports its own phase times and peak RSS, so the memory figure is the
 * analysis's, not the generator's.
 *
 * Then the `aws` backend runs against the fake AWS endpoint on loopback (`__tests__/fake-aws`) for a smaller slice,
 * generated the same way (by default 2 accounts and 2,000 principals; the first 3 accounts sit under the changed OU):
 * the Simulate* calls its queries would need one by one, the calls actually sent after deduplication, their ratio,
 * and whether the simulator's findings are the local engine's.
 *
 *   npm run bench:impact -- [--accounts 100] [--principals 100000] [--aws-accounts 2] [--aws-principals 2000]
 *                           [--no-aws] [--keep]
 *
 * To profile the analysis alone: `--keep`, then `node --cpu-prof lib/bench/impact-bench.js --child FILE`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rcpAppliesToService } from '../src/core/catalog/aws-catalog.js';
import type { ChangeSet } from '../src/core/changes/change-set.js';
import { actionClassCacheStats } from '../src/core/impact/action-classes.js';
import type { EvaluationBackend, EvaluationQuery, QueryResult } from '../src/core/impact/backend.js';
import { createLocalBackend } from '../src/core/impact/local-backend.js';
import { planImpact, type PlanImpactOptions } from '../src/core/impact/plan-impact.js';
import type { ImpactReport, ReportSummary } from '../src/core/impact/report-types.js';
import { BUILT_IN_SCENARIOS } from '../src/core/impact/scenarios.js';
import { buildInventory, readSnapshot } from '../src/core/inventory/load-snapshot.js';
import { parsePolicyDocument } from '../src/core/policy/parse-policy.js';
import { renderMarkdown } from '../src/core/report/render-markdown.js';
import { reportJson } from '../src/core/report/report-json.js';
import { generateOrganization, TOP_OUS } from './synthetic-org.js';

// ---------------------------------------------------------------------------------------------------------------
// The change and the scenarios
// ---------------------------------------------------------------------------------------------------------------

/** The OU the new SCP is attached to: a quarter of the accounts sit below it. */
const CHANGED_OU = TOP_OUS[0];

/** The SCP the pull request adds. */
const REQUIRE_MFA_SCP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyAllWithoutMfa',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
};

/** Access keys and MFA sessions for users, role sessions for roles. */
const SCENARIO_IDS = ['access-key', 'mfa-session', 'role-session'];

function changeSet(): ChangeSet {
  return {
    changes: [
      {
        kind: 'org-policy-created',
        policyType: 'SERVICE_CONTROL_POLICY',
        policyId: 'new:bench-require-mfa',
        policyName: 'require-mfa',
        after: parsePolicyDocument(REQUIRE_MFA_SCP, { kind: 'scp' }),
        targets: [CHANGED_OU],
        source: { origin: 'policy-file', file: 'scps/require-mfa.json' },
      },
    ],
    warnings: [],
  };
}

function scenarios() {
  return SCENARIO_IDS.map((id) => {
    const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === id);
    if (!scenario) throw new Error(`no built-in scenario ${id}`);
    return scenario;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------------------------

/** Phases planImpact reports through `onPhase`, when it has the hook (see the benchmark's notes). */
type PlanPhase = 'apply' | 'derive' | 'classes' | 'evaluate' | 'findings' | 'checks';

/**
 * Wraps a backend to time its `evaluate` calls and count what it was asked: queries, requests, and the action
 * classes of each principal (the distinct actions of its first query: one representative per class).
 */
function observed<B extends EvaluationBackend>(backend: B) {
  const stats = { evaluateMs: 0, evaluateStart: 0, evaluateEnd: 0, queries: 0, requests: 0 };
  const classes = new Map<string, number>();
  const wrapper: EvaluationBackend = {
    name: backend.name,
    readsLiveAttachments: backend.readsLiveAttachments,
    apiCalls: () => backend.apiCalls(),
    notes: () => backend.notes(),
    async evaluate(queries: readonly EvaluationQuery[]): Promise<QueryResult[]> {
      const start = performance.now();
      if (stats.evaluateStart === 0) stats.evaluateStart = start;
      for (const q of queries) {
        stats.queries++;
        stats.requests += q.requests.length;
        if (!classes.has(q.principal.arn)) classes.set(q.principal.arn, new Set(q.requests.map((r) => r.action)).size);
      }
      const results = await backend.evaluate(queries);
      stats.evaluateEnd = performance.now();
      stats.evaluateMs += stats.evaluateEnd - start;
      return results;
    },
  };
  return { backend: wrapper, stats, classes };
}

function distribution(values: Iterable<number>): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { min: 0, median: 0, max: 0 };
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}

/** Runs planImpact with phase marks (when the planner calls `onPhase`) and the backend timed. */
async function timedPlan(
  inventory: Parameters<typeof planImpact>[0],
  changes: ChangeSet,
  backend: EvaluationBackend,
): Promise<{
  report: ImpactReport;
  planMs: number;
  phases: Partial<Record<PlanPhase, number>>;
  beforeBackendMs: number;
  backendMs: number;
  afterBackendMs: number;
  queries: number;
  requests: number;
  classes: Map<string, number>;
}> {
  const watched = observed(backend);
  const phases: Partial<Record<PlanPhase, number>> = {};
  const start = performance.now();
  let last = start;
  // Not an object literal at the call, so this compiles whether or not PlanImpactOptions has `onPhase` yet.
  const options: PlanImpactOptions & { onPhase?: (phase: PlanPhase) => void } = {
    scenarios: scenarios(),
    engine: { rcpAppliesToService },
    now: new Date(0),
    onPhase: (phase) => {
      const now = performance.now();
      phases[phase] = (phases[phase] ?? 0) + now - last;
      last = now;
    },
  };
  const report = await planImpact(inventory, changes, watched.backend, options);
  const end = performance.now();
  const s = watched.stats;
  return {
    report,
    planMs: end - start,
    phases,
    beforeBackendMs: (s.evaluateStart || end) - start,
    backendMs: s.evaluateMs,
    afterBackendMs: end - (s.evaluateEnd || end),
    queries: s.queries,
    requests: s.requests,
    classes: watched.classes,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The child: the local analysis of one snapshot file
// ---------------------------------------------------------------------------------------------------------------

interface LocalResult {
  loadMs: number;
  changesetMs: number;
  planMs: number;
  phases: Partial<Record<PlanPhase, number>>;
  beforeBackendMs: number;
  backendMs: number;
  afterBackendMs: number;
  renderMs: number;
  totalMs: number;
  peakRssMiB: number;
  heapUsedMiB: number;
  principals: number;
  queries: number;
  requests: number;
  classes: { min: number; median: number; max: number };
  summary: ReportSummary;
  findings: number;
  checks: number;
  jsonBytes: number;
  markdownBytes: number;
  caches: ReturnType<typeof actionClassCacheStats>;
}

async function child(file: string): Promise<void> {
  const t0 = performance.now();
  const inventory = buildInventory([readSnapshot(JSON.parse(readFileSync(file, 'utf8')) as unknown, file)]);
  const t1 = performance.now();
  const changes = changeSet();
  const t2 = performance.now();
  const plan = await timedPlan(inventory, changes, createLocalBackend({ rcpAppliesToService }));
  const t3 = performance.now();
  const json = reportJson(plan.report);
  const markdown = renderMarkdown(plan.report);
  const t4 = performance.now();
  let principals = 0;
  for (const account of inventory.accounts.values()) principals += account.users.size + account.roles.size;
  const result: LocalResult = {
    loadMs: t1 - t0,
    changesetMs: t2 - t1,
    planMs: plan.planMs,
    phases: plan.phases,
    beforeBackendMs: plan.beforeBackendMs,
    backendMs: plan.backendMs,
    afterBackendMs: plan.afterBackendMs,
    renderMs: t4 - t3,
    totalMs: t4 - t0,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
    principals,
    queries: plan.queries,
    requests: plan.requests,
    classes: distribution(plan.classes.values()),
    summary: plan.report.summary,
    findings: plan.report.findings.length,
    checks: plan.report.checks.length,
    jsonBytes: Buffer.byteLength(json),
    markdownBytes: Buffer.byteLength(markdown),
    caches: actionClassCacheStats(),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

// ---------------------------------------------------------------------------------------------------------------
// The aws child: the simulator backend against the fake AWS endpoint, for a slice
// ---------------------------------------------------------------------------------------------------------------

/** The role the backend assumes in member accounts; the fake needs it to exist to answer AssumeRole. */
const MEMBER_ROLE = 'OrganizationAccountAccessRole';

interface AwsResult {
  accounts: number;
  principals: number;
  affected: number;
  queries: number;
  requests: number;
  naiveCalls: number;
  calls: number;
  apiCalls: number;
  planMs: number;
  backendMs: number;
  summary: ReportSummary;
  localSummary: ReportSummary;
  disagreementNotes: number;
}

async function awsChild(accounts: number, principals: number): Promise<void> {
  const { startFakeAws, fakeCredentials } = await import('../__tests__/fake-aws/fake-aws-server.js');
  const { fastRetryStrategy } = await import('../__tests__/adapters/aws/aws-test-support.js');
  const { createSimulatorBackend } = await import('../src/adapters/aws/simulator-backend.js');
  // The slice keeps AWS managed policies in every account, as GetAccountAuthorizationDetails returns them.
  const { snapshot, stats } = generateOrganization({ accounts, principals }, { compact: false });
  const management = snapshot.organization?.managementAccountId ?? '';
  // The fake serves each account with the member role added; the planner's inventory does not have it.
  const served = {
    ...snapshot,
    accounts: Object.fromEntries(
      Object.entries(snapshot.accounts).map(([id, details]) => [
        id,
        {
          ...details,
          RoleDetailList: [
            ...(details.RoleDetailList ?? []),
            {
              Path: '/',
              RoleName: MEMBER_ROLE,
              Arn: `arn:aws:iam::${id}:role/${MEMBER_ROLE}`,
              AssumeRolePolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${management}:root` }, Action: 'sts:AssumeRole' },
                ],
              },
            },
          ],
        },
      ]),
    ),
  };
  const fake = await startFakeAws({ snapshot: served, callerAccount: management, iamPageSize: 1000 });
  try {
    const inventory = buildInventory([readSnapshot(snapshot, 'slice')]);
    const backend = createSimulatorBackend({
      clients: {
        endpoint: fake.endpoint,
        region: 'us-east-1',
        credentials: fakeCredentials(management),
        retryStrategy: fastRetryStrategy(),
      },
      rcpAppliesToService,
      memberRoleName: MEMBER_ROLE,
    });
    const plan = await timedPlan(inventory, changeSet(), backend);
    const local = await timedPlan(inventory, changeSet(), createLocalBackend({ rcpAppliesToService }));
    const simulator = backend.stats();
    const result: AwsResult = {
      accounts: stats.accounts,
      principals: stats.principals,
      affected: plan.report.summary.principals,
      queries: plan.queries,
      requests: plan.requests,
      naiveCalls: simulator.naiveCalls,
      calls: simulator.calls,
      apiCalls: simulator.apiCalls,
      planMs: plan.planMs,
      backendMs: plan.backendMs,
      summary: plan.report.summary,
      localSummary: local.report.summary,
      disagreementNotes: plan.report.backend.notes.filter((n) => n.includes('disagree')).length,
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await fake.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The parent
// ---------------------------------------------------------------------------------------------------------------

interface Options {
  accounts: number;
  principals: number;
  awsAccounts: number;
  awsPrincipals: number;
  aws: boolean;
  keep: boolean;
}

const NUMERIC: Record<string, 'accounts' | 'principals' | 'awsAccounts' | 'awsPrincipals'> = {
  '--accounts': 'accounts',
  '--principals': 'principals',
  '--aws-accounts': 'awsAccounts',
  '--aws-principals': 'awsPrincipals',
};

function usage(problem: string): never {
  process.stderr.write(
    `impact-bench: ${problem}\nusage: node lib/bench/impact-bench.js [--accounts N] [--principals N] [--aws-accounts N] [--aws-principals N] [--no-aws] [--keep]\n` +
      '       node lib/bench/impact-bench.js --child SNAPSHOT_FILE\n',
  );
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    accounts: 100,
    principals: 100_000,
    awsAccounts: 2,
    awsPrincipals: 2_000,
    aws: true,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--no-aws') options.aws = false;
    else if (Object.hasOwn(NUMERIC, arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) usage(`${arg} takes a positive whole number`);
      options[NUMERIC[arg]] = value;
    } else usage(`unknown option ${arg}`);
  }
  return options;
}

/** Runs this file in a child process and returns its last output line, parsed; exits when the child fails. */
function runChild<T>(what: string, args: string[], env: NodeJS.ProcessEnv = process.env): T {
  let out: string;
  try {
    out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    });
  } catch (error) {
    const { status, signal } = error as { status?: number | null; signal?: string | null };
    process.stderr.write(
      `bench:impact: the ${what} failed (${signal ? `signal ${signal}` : `exit code ${status}`}); a V8 "heap out of memory" above means it needed more than Node's heap limit\n`,
    );
    process.exit(1);
  }
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    if (!argv[1]) usage('--child needs a snapshot file');
    return child(argv[1]);
  }
  if (argv[0] === '--aws-child') return awsChild(Number(argv[1]), Number(argv[2]));
  const options = parseArgs(argv);

  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-bench-'));
  const file = join(dir, 'org-snapshot.json');
  const g0 = performance.now();
  const { snapshot, stats } = generateOrganization(options);
  writeFileSync(file, JSON.stringify(snapshot));
  const generateMs = performance.now() - g0;
  const size = statSync(file).size;
  let local: LocalResult;
  try {
    local = runChild<LocalResult>('local analysis', ['--child', file]);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  const aws = options.aws
    ? runChild<AwsResult>(
        'aws backend run',
        ['--aws-child', String(options.awsAccounts), String(options.awsPrincipals)],
        // The SDK's notice that its 2027 releases need Node 22 says nothing about this run.
        { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      )
    : undefined;

  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  const ms = (n: number | undefined) => (n === undefined ? 'n/a' : `${fmt(n)} ms`);
  const target = (met: boolean) => (met ? 'met' : 'MISSED');
  const s = local.summary;
  const p = local.phases;
  const hasPhases = p.apply !== undefined;
  console.log('iam-impact impact benchmark (local backend)');
  console.log(
    `  node ${process.version}, ${stats.accounts} accounts, ${fmt(local.principals)} principals, ${fmt(stats.inlinePolicies)} inline policies`,
  );
  console.log(
    `  snapshot file: ${(size / 2 ** 20).toFixed(1)} MiB (generated in ${fmt(generateMs)} ms${options.keep ? `, kept at ${file}` : ''})`,
  );
  console.log(`  change: new SCP "Deny * without MFA" on ${CHANGED_OU}; scenarios ${SCENARIO_IDS.join(', ')}`);
  console.log(
    `  affected principals    ${fmt(s.principals)} evaluated (${fmt(local.queries)} queries, ${fmt(local.requests)} requests)`,
  );
  console.log(
    `  action classes         per principal min ${fmt(local.classes.min)} / median ${fmt(local.classes.median)} / max ${fmt(local.classes.max)}`,
  );
  console.log(`  decisions evaluated    ${fmt(s.decisions)}`);
  console.log(
    `  findings               ${fmt(s.lost)} lost (${fmt(s.principalsLosingAccess)} principals), ${fmt(s.gained)} gained, ${fmt(s.incomplete)} incomplete; ${fmt(local.checks)} checks`,
  );
  console.log(`  load + index           ${ms(local.loadMs)}`);
  console.log(`  change set             ${ms(local.changesetMs)}`);
  console.log(`  plan                   ${ms(local.planMs)}`);
  if (hasPhases) {
    console.log(`    apply change set     ${ms(p.apply)}`);
    console.log(`    derive policies      ${ms(p.derive)}`);
    console.log(`    action classes       ${ms(p.classes)}`);
    console.log(`    evaluate             ${ms(p.evaluate)} (backend ${ms(local.backendMs)})`);
    console.log(`    findings             ${ms(p.findings)}`);
    console.log(`    checks               ${ms(p.checks)}`);
  } else {
    console.log(`    apply + derive + classes  ${ms(local.beforeBackendMs)} (planImpact reports no phases)`);
    console.log(`    backend evaluate          ${ms(local.backendMs)}`);
    console.log(`    findings + checks         ${ms(local.afterBackendMs)}`);
  }
  console.log(
    `  render JSON + Markdown ${ms(local.renderMs)} (${fmt(local.jsonBytes / 1024)} KiB + ${fmt(local.markdownBytes / 1024)} KiB)`,
  );
  console.log(`  wall time              ${ms(local.totalMs)} (target < 60,000 ms: ${target(local.totalMs < 60_000)})`);
  console.log(
    `  peak RSS               ${fmt(local.peakRssMiB)} MiB (target < 2,048 MiB: ${target(local.peakRssMiB < 2048)}); heap at the end ${fmt(local.heapUsedMiB)} MiB`,
  );
  console.log(
    `  caches                 ${fmt(local.caches.patternsExpanded)} patterns, ${fmt(local.caches.statementsExpanded)} statements expanded; ${fmt(local.caches.documentsIndexed)} documents indexed`,
  );
  if (aws) {
    const ratio = aws.naiveCalls > 0 ? aws.calls / aws.naiveCalls : 0;
    const agree =
      aws.summary.lost === aws.localSummary.lost && aws.summary.gained === aws.localSummary.gained
        ? 'same findings as the local backend'
        : `local backend: ${aws.localSummary.lost} lost, ${aws.localSummary.gained} gained`;
    console.log('iam-impact impact benchmark (aws backend, fake AWS endpoint on loopback)');
    console.log(
      `  slice                  ${aws.accounts} accounts, ${fmt(aws.principals)} principals; ${fmt(aws.affected)} under ${CHANGED_OU} evaluated`,
    );
    console.log(`  queries                ${fmt(aws.queries)} (${fmt(aws.requests)} requests)`);
    console.log(
      `  Simulate calls         ${fmt(aws.calls)} sent of ${fmt(aws.naiveCalls)} naive; dedupe ratio ${ratio.toFixed(3)} (${fmt(aws.apiCalls)} API requests)`,
    );
    console.log(`  plan                   ${ms(aws.planMs)} (backend ${ms(aws.backendMs)})`);
    console.log(
      `  findings               ${fmt(aws.summary.lost)} lost, ${fmt(aws.summary.gained)} gained, ${fmt(aws.summary.incomplete)} incomplete (${agree}; ${aws.disagreementNotes} disagreement notes)`,
    );
  }
  console.log(
    JSON.stringify({
      accounts: stats.accounts,
      principals: local.principals,
      affectedPrincipals: s.principals,
      decisions: s.decisions,
      lost: s.lost,
      gained: s.gained,
      incomplete: s.incomplete,
      totalMs: Math.round(local.totalMs),
      planMs: Math.round(local.planMs),
      peakRssMiB: Math.round(local.peakRssMiB),
      ...(aws
        ? {
            aws: {
              accounts: aws.accounts,
              principals: aws.principals,
              calls: aws.calls,
              naiveCalls: aws.naiveCalls,
              dedupeRatio: aws.naiveCalls > 0 ? Number((aws.calls / aws.naiveCalls).toFixed(4)) : 0,
            },
          }
        : {}),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:impact failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(2);
});
