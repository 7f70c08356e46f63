// run(deps) in the action's other modes, with injected ports: shard-size (the shards as outputs, nothing evaluated,
// no comment), accounts + reports (the fan-out's partial reports merged give exactly what a single run publishes),
// usage, and the audits (what-if enforce-mfa gives the report `iam-impact audit` gives).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { publishShards } from '../../src/action/publish.js';
import type { ImpactReport } from '../../src/core/impact/report-types.js';
import { run } from '../../src/main.js';
import { runCli } from '../helpers/cli-harness.js';
import {
  DEV,
  FAN_OUT_BASE_FILES,
  FAN_OUT_CONFIG,
  FAN_OUT_FILES,
  PROD,
  fanOutSnapshot,
} from '../fixtures/fan-out-org.js';
import {
  PROD_OU,
  REQUIRE_MFA_SCP,
  STORY_CONFIG,
  STORY_FILES,
  WORKLOAD,
  storySnapshot,
} from '../fixtures/mfa-stories.js';
import {
  annotations,
  fakeDeps,
  pullRequestEvent,
  tempPath,
  type FakeRecord,
  type FakeWorld,
} from './fake-action-deps.js';

const CONFIG = '.github/iam-impact.yml';
const NOW = new Date('2026-11-22T00:00:00Z');
const REPORT = tempPath('iam-impact', 'report.json');
const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'iam:Get*', 'iam:List*'], Resource: '*' }],
};

/** The fan-out organization's pull request: an SCP on the prod OU, group policies, a trust policy. */
function fanOut(inputs: Record<string, string> = {}, head = FAN_OUT_FILES): FakeWorld {
  return {
    inputs: { 'github-token': 'ghs_token', inventory: 'snapshot.json', backend: 'local', ...inputs },
    event: pullRequestEvent(7),
    base: { [CONFIG]: FAN_OUT_CONFIG, ...FAN_OUT_BASE_FILES },
    head: { [CONFIG]: FAN_OUT_CONFIG, ...head },
    disk: { 'snapshot.json': '{}' },
    snapshot: fanOutSnapshot(),
    now: NOW,
  };
}

async function runWith(world: FakeWorld): Promise<FakeRecord> {
  const { deps, record } = fakeDeps(world);
  await run(deps);
  return record;
}

/** What a run published for the pull request: everything but its progress lines. */
function published(record: FakeRecord) {
  return {
    outputs: record.outputs,
    summaries: record.summaries,
    report: record.written.get(REPORT),
    comments: record.comments.map((c) => c.body),
    failed: record.failed,
    annotations: record.log.filter((e) => e.place !== undefined),
  };
}

describe('run(deps): shard-size', () => {
  it('sets the shards and shard-count outputs only: nothing evaluated, no report, summary, comment or verdict', async () => {
    const { deps, record } = fakeDeps(fanOut({ 'shard-size': '3' }));
    deps.aws.createBackend = () => {
      throw new Error('a shard run evaluates nothing');
    };
    await run(deps);
    expect(record.failed).toEqual([]);
    expect(record.outputs).toEqual({
      shards: JSON.stringify([
        { index: 1, total: 2, accounts: [...PROD] },
        { index: 2, total: 2, accounts: [...DEV] },
      ]),
      'shard-count': '2',
    });
    // The workflow's matrix: fromJSON(shards) is the list of shards itself.
    expect(JSON.parse(record.outputs.shards)[1]).toEqual({
      index: 2,
      total: 2,
      accounts: ['222200000004', '222200000005'],
    });
    expect(record.written.size).toBe(0);
    expect(record.summaries).toEqual([]);
    // comment: update (the default) on a pull request: still no comment.
    expect(record.comments).toEqual([]);
    expect(record.log).toContainEqual({ level: 'info', message: 'iam-impact: 5 affected account(s) in 2 shard(s)' });
  });

  it('gives shard-count 0 and [] when no account is affected', async () => {
    const record = await runWith(fanOut({ 'shard-size': '3' }, FAN_OUT_BASE_FILES));
    expect(record.failed).toEqual([]);
    expect(record.outputs).toEqual({ shards: '[]', 'shard-count': '0' });
  });

  it('needs no github-token, since it never comments', async () => {
    const record = await runWith(fanOut({ 'shard-size': '5', 'github-token': '' }));
    expect(record.failed).toEqual([]);
    expect(record.outputs['shard-count']).toBe('1');
  });

  it('fails with verdict error and no comment when the live inventory has no credentials', async () => {
    const record = await runWith({ ...fanOut({ 'shard-size': '3', inventory: '' }), credentials: false });
    expect(record.failed[0]).toContain('no AWS credentials resolve');
    expect(record.outputs).toEqual({ verdict: 'error' });
    expect(record.comments).toEqual([]);
  });

  it('fails naming shard-size when the shards exceed the 256 jobs of a matrix', () => {
    const { deps, record } = fakeDeps();
    const shards = Array.from({ length: 300 }, (_, i) => ({ index: i + 1, total: 300, accounts: [String(i)] }));
    expect(() => publishShards(deps, { affectedAccounts: 600, shards }, 2)).toThrow(
      'input "shard-size": 600 affected accounts at 2 per shard make 300 shards, more than GitHub Actions runs in one matrix (256 jobs)',
    );
    expect(record.outputs).toEqual({});
  });
});

describe('run(deps): accounts and reports (the fan-out)', () => {
  let single: FakeRecord;
  let merged: FakeRecord;
  let partials: string[];

  beforeAll(async () => {
    single = await runWith(fanOut());
    const shards = (await runWith(fanOut({ 'shard-size': '3' }))).outputs.shards;
    partials = [];
    for (const shard of JSON.parse(shards) as { accounts: string[] }[]) {
      const record = await runWith(fanOut({ accounts: shard.accounts.join(','), comment: 'off', 'fail-on': 'never' }));
      expect(record.failed).toEqual([]);
      partials.push(record.written.get(REPORT)!);
    }
    // The verdict job: the partial reports downloaded under RUNNER_TEMP, the repository checked out, no inventory.
    merged = await runWith({
      inputs: { 'github-token': 'ghs_token', reports: tempPath('iam-impact-partials', 'report-*.json') },
      event: pullRequestEvent(7),
      head: { [CONFIG]: FAN_OUT_CONFIG, ...FAN_OUT_FILES },
      disk: Object.fromEntries(
        partials.map((text, i) => [tempPath('iam-impact-partials', `report-${i + 1}.json`), text]),
      ),
      now: NOW,
    });
  });

  it('each shard evaluates only its accounts', () => {
    const [first, second] = partials.map((text) => JSON.parse(text) as ImpactReport);
    expect(new Set(second.findings.map((f) => f.account))).toEqual(new Set(DEV));
    expect(first.findings.every((f) => !(DEV as readonly string[]).includes(f.account))).toBe(true);
    expect(first.summary.principals + second.summary.principals).toBe(
      (JSON.parse(single.written.get(REPORT)!) as ImpactReport).summary.principals,
    );
  });

  it('publishes the merged reports exactly as the single run: outputs, report, summary, comment, annotations, verdict', () => {
    expect(single.outputs).toEqual({
      regressions: '48',
      gained: '1',
      incomplete: '3',
      verdict: 'fail',
      'report-path': REPORT,
      'summary-markdown-path': tempPath('iam-impact', 'summary.md'),
    });
    expect(published(merged)).toEqual(published(single));
    expect(merged.written.get(REPORT)).toBeDefined();
    expect(merged.summaries).toHaveLength(1);
    expect(annotations(merged, 'error')).toHaveLength(9);
    expect(merged.comments).toHaveLength(1);
    expect(merged.failed[0]).toMatch(/^iam-impact: the change fails the check \(fail-on: regressions\):/);
    expect(merged.log).toContainEqual({
      level: 'info',
      message: 'iam-impact: merged 2 report(s): 20 principal(s), 40 lost (5 accepted), 1 gained, 3 incomplete',
    });
  });

  it('fails closed, naming reports, when a line matches no file', async () => {
    const record = await runWith({
      inputs: { 'github-token': 'ghs_token', reports: tempPath('iam-impact-partials', 'report-*.json') },
      event: pullRequestEvent(7),
      head: { [CONFIG]: FAN_OUT_CONFIG },
    });
    expect(record.failed[0]).toBe(
      `iam-impact: input "reports": ${tempPath('iam-impact-partials', 'report-*.json')} matches no file\nHint: paths are relative to working-directory (.); check out the repository first (actions/checkout) and create any plan, snapshot or report in an earlier step`,
    );
    expect(record.outputs).toEqual({ verdict: 'error' });
    // The pull request learns that there is no verdict, never "no impact".
    expect(record.comments[0].body).toContain('the analysis failed');
  });
});

describe('run(deps): usage', () => {
  const BATCH = `arn:aws:iam::${WORKLOAD}:user/batch-job`;
  const story = (inputs: Record<string, string>, disk: Record<string, string> = {}): FakeWorld => ({
    inputs: { inventory: 'snapshot.json', backend: 'local', comment: 'off', ...inputs },
    event: pullRequestEvent(7),
    base: { [CONFIG]: STORY_CONFIG },
    head: { [CONFIG]: STORY_CONFIG, ...STORY_FILES.a },
    disk: { 'snapshot.json': '{}', ...disk },
    snapshot: storySnapshot(READ_ONLY),
  });
  const accessKeyLosses = (record: FakeRecord) =>
    (JSON.parse(record.written.get(REPORT)!) as ImpactReport).findings
      .filter((f) => f.change === 'lost' && f.principal === BATCH && f.scenario === 'access-key')
      .map((f) => f.action);

  it('names the loss by an action the principal is recorded calling', async () => {
    expect(accessKeyLosses(await runWith(story({})))).toEqual(['s3:PutObject']);
    const usage = {
      [BATCH]: {
        JobStatus: 'COMPLETED',
        ServicesLastAccessed: [
          {
            ServiceNamespace: 's3',
            TrackedActionsLastAccessed: [{ ActionName: 'PutObjectTagging', LastAccessedTime: '2026-11-20T08:00:00Z' }],
          },
        ],
      },
    };
    const record = await runWith(story({ usage: 'usage.json' }, { 'usage.json': JSON.stringify(usage) }));
    expect(accessKeyLosses(record)).toEqual(['s3:PutObjectTagging']);
    expect(record.outputs.verdict).toBe('fail');
  });

  it('fails naming the file and the offending entry of a malformed usage file, or naming usage when it is missing', async () => {
    const bad = await runWith(
      story({ usage: 'usage.json' }, { 'usage.json': JSON.stringify({ [BATCH]: ['s3 PutObject'] }) }),
    );
    expect(bad.failed[0]).toContain(`usage.json: "${BATCH}"[0]: "s3 PutObject" is not an action`);
    expect(bad.outputs).toEqual({ verdict: 'error' });
    const missing = await runWith(story({ usage: 'usage.json' }));
    expect(missing.failed[0]).toContain('input "usage": usage.json does not exist');
  });
});

describe('run(deps): audit', () => {
  const USERS = ['analyst-1', 'analyst-2', 'batch-job', 'carol'];
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iam-impact-action-audit-'));
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(storySnapshot(READ_ONLY)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** An audit dispatched by hand, in a checkout without any config. */
  const audit = (inputs: Record<string, string>, disk: Record<string, string> = {}): FakeWorld => ({
    inputs: { inventory: 'snapshot.json', backend: 'local', comment: 'off', 'fail-on': 'never', ...inputs },
    event: { name: 'workflow_dispatch', payload: {} },
    disk: { 'snapshot.json': '{}', ...disk },
    snapshot: storySnapshot(READ_ONLY),
    now: NOW,
  });

  it('what-if enforce-mfa: the report iam-impact audit --what-if enforce-mfa gives, its outputs and summary', async () => {
    const record = await runWith(audit({ 'what-if': 'enforce-mfa' }));
    expect(record.failed).toEqual([]);
    const report = JSON.parse(record.written.get(REPORT)!) as ImpactReport;
    const lost = report.findings.filter((f) => f.change === 'lost');
    expect([...new Set(lost.map((f) => f.principal))].sort()).toEqual(
      USERS.map((u) => `arn:aws:iam::${WORKLOAD}:user/${u}`),
    );
    expect(new Set(lost.map((f) => f.scenario))).toEqual(new Set(['access-key', 'no-mfa-session']));
    expect(lost[0].cause.policy).toBe(
      `arn:aws:iam::${WORKLOAD}:policy/iam-impact-audit/iam-impact-what-if-enforce-mfa`,
    );
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(USERS.map(() => ['mfa-enrolment', 'pass']));
    expect(record.outputs).toMatchObject({ verdict: 'pass', regressions: String(lost.length), incomplete: '0' });
    expect(record.outputs.regressions).toBe('8');
    expect(record.summaries[0]).toContain('user/batch-job (111122223333)');

    const cli = await runCli(
      ['audit', '--what-if', 'enforce-mfa', '--inventory', join(dir, 'snapshot.json'), '--format', 'json'],
      { now: NOW },
    );
    expect(cli.code).toBe(1);
    expect(record.written.get(REPORT)).toBe(cli.stdout);
  });

  it('fail-on regressions fails the step on the losses; audit-as scp and audit-scope reach runAudit', async () => {
    const failing = await runWith(audit({ 'what-if': 'enforce-mfa', 'fail-on': 'regressions' }));
    expect(failing.failed[0]).toMatch(
      /^iam-impact: the change fails the check \(fail-on: regressions\):\n- 4 principals lose access/,
    );
    const scoped = await runWith(
      audit({ 'what-if': 'enforce-mfa', 'audit-scope': `arn:aws:iam::${WORKLOAD}:user/batch-job` }),
    );
    const report = JSON.parse(scoped.written.get(REPORT)!) as ImpactReport;
    expect(report.summary.principals).toBe(1);
    const scp = await runWith(audit({ 'what-if': 'enforce-mfa', 'audit-as': 'scp' }));
    const deployer = (JSON.parse(scp.written.get(REPORT)!) as ImpactReport).findings.find(
      (f) => f.principal === `arn:aws:iam::${WORKLOAD}:role/deployer` && f.change === 'lost',
    );
    expect(deployer).toMatchObject({ scenario: 'role-session', cause: { layer: 'scp', level: 'r-root' } });
  });

  it('audit-policy as an SCP on an OU: annotations on the policy file and line', async () => {
    const record = await runWith(
      audit(
        { 'audit-policy': 'scps/require-mfa.json', 'audit-as': 'scp', 'audit-attach-to': PROD_OU },
        { 'scps/require-mfa.json': `${JSON.stringify(REQUIRE_MFA_SCP, null, 2)}\n` },
      ),
    );
    expect(record.failed).toEqual([]);
    const errors = annotations(record, 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.find((e) => e.place?.title?.includes('role/deployer'))?.place).toMatchObject({
      file: 'scps/require-mfa.json',
      startLine: 4,
    });
  });

  it('refuses config with what-if, naming both, before any work', async () => {
    const record = await runWith(audit({ 'what-if': 'enforce-mfa', config: CONFIG }));
    expect(record.failed[0]).toContain('input "config": not used with an audit (what-if or audit-policy)');
    expect(record.outputs).toEqual({ verdict: 'error' });
  });
});
