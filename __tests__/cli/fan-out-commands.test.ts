// The fan-out commands' edges through the CLI: shard's options and its empty result, plan --accounts, and the files
// merge refuses (each error names the file and the field).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { runCli } from '../helpers/cli-harness.js';
import {
  DEV,
  FAN_OUT_BASE_FILES,
  FAN_OUT_CONFIG,
  FAN_OUT_FILES,
  OUTSIDE_ACCOUNT,
  PROD,
  PROD_WITHOUT_IAM,
  fanOutSnapshot,
} from '../fixtures/fan-out-org.js';

const NOW = new Date('2026-11-22T00:00:00Z');

describe('shard, plan --accounts and merge at the edges', () => {
  let repo: TestRepo;
  let inventory: string;
  let partial: Record<string, unknown>;
  const common = () => ['--repo', repo.dir, '--inventory', inventory];

  beforeAll(async () => {
    repo = createTestRepo();
    repo.write({ '.github/iam-impact.yml': FAN_OUT_CONFIG, ...FAN_OUT_BASE_FILES });
    repo.commit('base');
    inventory = join(repo.dir, 'snapshot.json');
    writeFileSync(inventory, JSON.stringify(fanOutSnapshot()));
    writeFileSync(join(repo.dir, 'not-json.json'), '{"schemaVersion": 1,');
    repo.write(FAN_OUT_FILES);
    const json = await runCli(['plan', ...common(), '--accounts', PROD[0], '--format', 'json'], { now: NOW });
    partial = JSON.parse(json.stdout) as Record<string, unknown>;
  });

  afterAll(() => repo.dispose());

  it('prints no shards, and says so, when the change affects no account', async () => {
    const unchanged = createTestRepo();
    unchanged.write({ '.github/iam-impact.yml': FAN_OUT_CONFIG, ...FAN_OUT_BASE_FILES });
    unchanged.commit('base');
    const run = await runCli(['shard', '--repo', unchanged.dir, '--inventory', inventory, '--accounts-per-job', '3']);
    unchanged.dispose();
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"affectedAccounts":0,"shards":[]}\n');
    expect(run.stderr).toContain('the change affects no principal: no shards (skip the matrix job; see docs/cli.md)');
  });

  it('writes the shards to --output', async () => {
    const run = await runCli(['shard', ...common(), '--accounts-per-job', '10', '--output', 'shards.json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.written.get('shards.json')!)).toEqual({
      affectedAccounts: 5,
      shards: [{ index: 1, total: 1, accounts: [...PROD, ...DEV] }],
    });
  });

  it.each<[string[], RegExp]>([
    [[], /shard: --accounts-per-job N is required/],
    [['--accounts-per-job', '0'], /--accounts-per-job must be a positive whole number, got 0/],
    [['--accounts-per-job', 'many'], /--accounts-per-job must be a positive whole number, got many/],
    [['--accounts-per-job', '2', '--accounts', PROD[0]], /shard: unknown option --accounts/],
  ])('shard refuses %j', async (extra, message) => {
    const run = await runCli(['shard', ...common(), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('plan --accounts is repeatable and takes comma-separated ids', async () => {
    const twice = await runCli(['plan', ...common(), '--accounts', PROD[0], '--accounts', DEV[1], '--format', 'json'], {
      now: NOW,
    });
    const listed = await runCli(['plan', ...common(), '--accounts', `${PROD[0]},${DEV[1]}`, '--format', 'json'], {
      now: NOW,
    });
    expect(twice.stdout).toBe(listed.stdout);
    const accounts = new Set(JSON.parse(twice.stdout).findings.map((f: { account: string }) => f.account));
    // With the first affected account come the findings about the whole change (an account without IAM, an outside
    // caller of the changed trust policy).
    expect(accounts).toEqual(new Set([PROD[0], DEV[1], PROD_WITHOUT_IAM, OUTSIDE_ACCOUNT]));
  });

  it.each<[string, RegExp]>([
    ['12345', /plan: --accounts must be a 12-digit account id, got 12345/],
    [`${PROD[0]},`, /plan: --accounts must be a 12-digit account id, got $/m],
    [`${PROD[0]};${PROD[1]}`, /must be a 12-digit account id, got 111100000001;111100000002/],
  ])('plan --accounts %s is refused', async (value, message) => {
    const run = await runCli(['plan', ...common(), '--accounts', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('merge refuses files that are not reports of this schema version, naming the file and field', async () => {
    const withoutPrincipal = structuredClone(partial) as { findings: Record<string, unknown>[] };
    delete withoutPrincipal.findings[0].principal;
    const files = {
      'future.json': { ...partial, schemaVersion: 2 },
      'no-principal.json': withoutPrincipal,
      'no-summary.json': { ...partial, summary: undefined },
      'list.json': [partial],
    };
    const cases: [string[], RegExp][] = [
      [[], /error: no report files given/],
      [[join(repo.dir, 'missing.json')], /missing\.json: no such file/],
      [[join(repo.dir, 'not-json.json')], /not-json\.json: not valid JSON at line 1/],
      [['future.json'], /future\.json: schemaVersion: 2; this iam-impact reads schema version 1/],
      [['no-principal.json'], /no-principal\.json: findings\[0\]\.principal: missing/],
      [['no-summary.json'], /no-summary\.json: summary: missing/],
      [['list.json'], /list\.json: not a report/],
      [['--format', 'html', 'x.json'], /merge: --format must be table, json or markdown, got html/],
      [['--accounts', 'x.json'], /merge: unknown option --accounts/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['merge', ...args], { files });
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
  });

  it('audit refuses a name several accounts have, listing them', async () => {
    const run = await runCli([
      'audit',
      '--inventory',
      inventory,
      '--policy',
      join(repo.dir, 'scps/require-mfa.json'),
      '--as',
      'managed-policy',
      '--attach-to',
      'dev-ana',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--attach-to dev-ana: matches 5 principals (arn:aws:iam::111100000001:user/dev-ana');
    expect(run.stderr).toContain('hint: give the ARN of the one you mean');
  });
});
