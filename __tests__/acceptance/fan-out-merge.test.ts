// Issue 7 acceptance: the fan-out. `shard` splits the affected accounts of a multi-account change (an SCP on an OU,
// group policies in prod and dev accounts, a trust policy whose callers are in other shards) into 3 shards,
// `plan --accounts` evaluates each, and `merge` of the 3 partial reports gives exactly the single run's report: the
// same JSON bytes (the clock is pinned), the same markdown comment and table, the same exit status.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Finding, ImpactReport } from '../../src/core/impact/report-types.js';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { runCli, type CliRun } from '../helpers/cli-harness.js';
import {
  DEV,
  FAN_OUT_BASE_FILES,
  FAN_OUT_CONFIG,
  FAN_OUT_FILES,
  FORMER_CALLERS,
  GROUP_CHANGE_ACCOUNTS,
  MISSING_POLICY_ACCOUNTS,
  OUTSIDE_ACCOUNT,
  PROD,
  PROD_WITHOUT_IAM,
  TRUSTING_ROLE,
  fanOutSnapshot,
} from '../fixtures/fan-out-org.js';

const NOW = new Date('2026-11-22T00:00:00Z');

interface ShardOutput {
  affectedAccounts: number;
  shards: { index: number; total: number; accounts: string[] }[];
}

describe('fan-out: shard, plan per shard, merge = a single run', () => {
  let repo: TestRepo;
  let inventory: string;
  let single: CliRun;
  let report: ImpactReport;
  let shards: ShardOutput;
  /** The partial reports as plan --output wrote them, by file name. */
  const partials = new Map<string, string>();
  const files = () => Object.fromEntries([...partials].map(([name, text]) => [name, JSON.parse(text) as unknown]));
  const plan = (...extra: string[]) =>
    runCli(['plan', '--repo', repo.dir, '--inventory', inventory, ...extra], { now: NOW });

  beforeAll(async () => {
    repo = createTestRepo();
    repo.write({ '.github/iam-impact.yml': FAN_OUT_CONFIG, ...FAN_OUT_BASE_FILES });
    repo.commit('base');
    repo.write(FAN_OUT_FILES);
    inventory = join(repo.dir, 'snapshot.json');
    writeFileSync(inventory, JSON.stringify(fanOutSnapshot()));

    single = await plan('--format', 'json');
    report = JSON.parse(single.stdout) as ImpactReport;
    const shard = await runCli(['shard', '--repo', repo.dir, '--inventory', inventory, '--accounts-per-job', '2']);
    expect(shard.code).toBe(0);
    // One line of JSON, as a workflow step writes it to $GITHUB_OUTPUT.
    expect(shard.stdout.trim().split('\n')).toHaveLength(1);
    shards = JSON.parse(shard.stdout) as ShardOutput;
    for (const s of shards.shards) {
      const name = `partials/partial-${s.index}.json`;
      const run = await plan('--accounts', s.accounts.join(','), '--format', 'json', '--output', name);
      expect(run.stdout).toBe('');
      partials.set(name, run.written.get(name)!);
    }
  });

  afterAll(() => repo.dispose());

  it('the fixture exercises findings, checks, incompletes, acceptances and warnings in several accounts', () => {
    expect(single.code).toBe(1);
    const accountsWith = (pred: (f: Finding) => boolean) => new Set(report.findings.filter(pred).map((f) => f.account));
    expect(accountsWith((f) => f.change === 'lost' && !f.accepted)).toEqual(new Set([...PROD, ...DEV]));
    expect(accountsWith((f) => f.accepted)).toEqual(new Set([...PROD, DEV[1]]));
    expect(accountsWith((f) => f.change === 'incomplete')).toEqual(
      new Set([PROD_WITHOUT_IAM, ...MISSING_POLICY_ACCOUNTS]),
    );
    expect(new Set(report.checks.map((c) => c.principal.split(':')[4]))).toEqual(new Set([...PROD, ...DEV]));
    expect(new Set(report.checks.map((c) => `${c.id} ${c.status}`))).toEqual(
      new Set(['mfa-enrolment fail', 'role-session-mfa warn']),
    );
    // Both kinds of causes: the SCP on the prod OU, the group policy in prod and dev accounts.
    expect(accountsWith((f) => f.cause.layer === 'scp')).toEqual(new Set(PROD));
    expect(accountsWith((f) => f.cause.layer === 'identity')).toEqual(new Set(GROUP_CHANGE_ACCOUNTS));
    // The trust policy: the former callers (in shards 1 and 3) lose sts:AssumeRole on the role (in shard 2); the
    // outside account gains it, which only one shard reports.
    const trust = report.findings.filter((f) => f.cause.summary.includes(`trust policy of ${TRUSTING_ROLE}`));
    expect(new Set(trust.map((f) => `${f.change} ${f.principal} ${f.action}`))).toEqual(
      new Set(FORMER_CALLERS.map((caller) => `lost ${caller} sts:AssumeRole`)),
    );
    expect(report.findings.filter((f) => f.principal === `arn:aws:iam::${OUTSIDE_ACCOUNT}:root`)).toEqual([
      expect.objectContaining({ change: 'gained', action: 'sts:AssumeRole', resource: TRUSTING_ROLE }),
    ]);
    expect(report.warnings.map((w) => w.kind)).toEqual(['unknown-target', 'expired-acceptance']);
    // The expired acceptance covered the batch users of the three prod accounts, which are in two shards.
    expect(report.warnings[1].message).toContain('the 6 finding(s) it covered');
  });

  it('shards the 5 affected accounts into 3 contiguous, balanced shards', () => {
    expect(shards).toEqual({
      affectedAccounts: 5,
      shards: [
        { index: 1, total: 3, accounts: [PROD[0], PROD[1]] },
        { index: 2, total: 3, accounts: [PROD[2], DEV[0]] },
        { index: 3, total: 3, accounts: [DEV[1]] },
      ],
    });
  });

  it('each partial holds only its accounts; the change that could not be applied is in exactly one', () => {
    const parsed = [...partials.values()].map((text) => JSON.parse(text) as ImpactReport);
    parsed.forEach((partial, i) => {
      const own = new Set([...shards.shards[i].accounts, ...(i === 0 ? [PROD_WITHOUT_IAM, OUTSIDE_ACCOUNT] : [])]);
      expect(partial.findings.length).toBeGreaterThan(0);
      expect(partial.findings.every((f) => own.has(f.account))).toBe(true);
      expect(partial.findings.length).toBeLessThan(report.findings.length);
    });
    // The findings about the change as a whole (an account without IAM, a caller outside the organization).
    const wholeChange = parsed.map(
      (p) => p.findings.filter((f) => f.account === PROD_WITHOUT_IAM || f.account === OUTSIDE_ACCOUNT).length,
    );
    expect(wholeChange).toEqual([2, 0, 0]);
    // The counts partition the single run's.
    for (const key of ['principals', 'decisions', 'lost', 'incomplete', 'accepted'] as const) {
      expect(parsed.reduce((n, p) => n + p.summary[key], 0)).toBe(report.summary[key]);
    }
    // Each shard knows only its part of the expired acceptance's count.
    expect(parsed.map((p) => p.warnings.find((w) => w.kind === 'expired-acceptance')?.message ?? '')).toEqual([
      expect.stringContaining('the 4 finding(s)'),
      expect.stringContaining('the 2 finding(s)'),
      '',
    ]);
  });

  it('merge --format json prints the single run byte for byte, whatever the order of the files', async () => {
    const names = [...partials.keys()];
    for (const order of [names, [names[2], names[0], names[1]], [...names].reverse()]) {
      const merged = await runCli(['merge', ...order, '--format', 'json'], { files: files(), now: NOW });
      expect(merged.stderr).toContain(`merged 3 report(s)`);
      expect(merged.code).toBe(single.code);
      expect(JSON.parse(merged.stdout)).toEqual(report);
      expect(merged.stdout).toBe(single.stdout);
    }
  });

  it('merge --format markdown is the single run comment, and --format table its table', async () => {
    const names = [...partials.keys()];
    for (const format of ['markdown', 'table']) {
      const whole = await plan('--format', format);
      const merged = await runCli(['merge', ...names, '--format', format, '--output', `merged.${format}`], {
        files: files(),
        now: NOW,
      });
      expect(merged.code).toBe(whole.code);
      expect(merged.written.get(`merged.${format}`)).toBe(whole.stdout);
    }
  });

  it('merge exits as plan does: 0 for accepted losses only, 1 for incomplete unless --allow-incomplete', async () => {
    const first = JSON.parse(partials.get('partials/partial-1.json')!) as ImpactReport;
    const accepted = { ...first, findings: first.findings.filter((f) => f.accepted), checks: [] };
    const ok = await runCli(['merge', 'accepted.json'], { files: { 'accepted.json': accepted } });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('role/app-deployer');
    const incomplete = { ...first, findings: first.findings.filter((f) => f.change === 'incomplete'), checks: [] };
    const failing = await runCli(['merge', 'incomplete.json'], { files: { 'incomplete.json': incomplete } });
    expect(failing.code).toBe(1);
    const allowed = await runCli(['merge', 'incomplete.json', '--allow-incomplete'], {
      files: { 'incomplete.json': incomplete },
    });
    expect(allowed.code).toBe(0);
  });
});
