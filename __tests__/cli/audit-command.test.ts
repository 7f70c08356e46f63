// `iam-impact audit` end to end on the MFA stories' organization: the built-in what-if enforce-mfa (as a managed
// policy on users, and as an SCP), a policy file as an SCP on an OU and as a managed policy on a group, and the
// inputs it refuses.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Finding, ImpactReport } from '../../src/core/impact/report-types.js';
import { runCli } from '../helpers/cli-harness.js';
import { MANAGEMENT, PROD_OU, REQUIRE_MFA_SCP, WORKLOAD, bareMfaDeny, storySnapshot } from '../fixtures/mfa-stories.js';

// A small stand-in for ReadOnlyAccess keeps this test independent of the corpus.
const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 's3:Get*', 's3:List*'], Resource: '*' }],
};
const NOW = new Date('2026-11-22T00:00:00Z');
const USERS = ['analyst-1', 'analyst-2', 'batch-job', 'carol'];
const arn = (kind: 'user' | 'role', name: string, account = WORKLOAD) => `arn:aws:iam::${account}:${kind}/${name}`;

describe('iam-impact audit', () => {
  let dir: string;
  let inventory: string;
  let scpFile: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iam-impact-audit-'));
    inventory = join(dir, 'snapshot.json');
    writeFileSync(inventory, JSON.stringify(storySnapshot(READ_ONLY)));
    scpFile = join(dir, 'require-mfa.json');
    writeFileSync(scpFile, `${JSON.stringify(REQUIRE_MFA_SCP, null, 2)}\n`);
    writeFileSync(join(dir, 'deny-without-mfa.json'), JSON.stringify(bareMfaDeny(), null, 2));
    writeFileSync(join(dir, 'broken.json'), '{\n  "Version": "2012-10-17",\n  "Statement": [\n');
    writeFileSync(join(dir, 'gaad.json'), JSON.stringify(storySnapshot(READ_ONLY).accounts[WORKLOAD]));
    mkdirSync(join(dir, 'a-directory.json'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const audit = async (...args: string[]) => {
    const run = await runCli(['audit', '--inventory', inventory, ...args, '--format', 'json'], { now: NOW });
    return { ...run, report: run.code === 2 ? undefined : (JSON.parse(run.stdout) as ImpactReport) };
  };
  const lost = (report: ImpactReport) => report.findings.filter((f) => f.change === 'lost');
  const byPrincipal = (findings: Finding[]) => {
    const out: Record<string, string[]> = {};
    for (const f of findings) (out[f.principal] ??= []).push(f.scenario);
    return out;
  };

  it('--what-if enforce-mfa: every user loses access under access keys and sessions without MFA, and can enrol', async () => {
    const { code, report } = await audit('--what-if', 'enforce-mfa');
    expect(code).toBe(1);
    expect(byPrincipal(lost(report!))).toEqual(
      Object.fromEntries(USERS.map((u) => [arn('user', u), ['access-key', 'no-mfa-session']])),
    );
    const batch = lost(report!).find((f) => f.principal === arn('user', 'batch-job') && f.scenario === 'access-key')!;
    expect(batch).toMatchObject({
      action: 's3:PutObject',
      before: 'allowed',
      after: 'explicitDeny',
      cause: {
        layer: 'identity',
        policy: `arn:aws:iam::${WORKLOAD}:policy/iam-impact-audit/iam-impact-what-if-enforce-mfa`,
        sid: 'DenyAllExceptListedIfNoMFA',
        mfaCondition: true,
      },
    });
    expect(batch.hint).toContain('aws sts get-session-token --serial-number');
    const analyst = lost(report!).find((f) => f.principal === arn('user', 'analyst-1'))!;
    expect(analyst.actionClass!.examples).toContain('s3:GetObject');
    // Nobody loses anything with MFA; roles are not in scope.
    expect(report!.findings.some((f) => f.scenario === 'mfa-session' && f.change === 'lost')).toBe(false);
    expect(report!.findings.some((f) => f.principal.includes(':role/'))).toBe(false);
    // AWS's policy lets users enrol without MFA: the checks pass.
    expect(report!.checks.map((c) => [c.id, c.principal, c.status])).toEqual(
      USERS.map((u) => ['mfa-enrolment', arn('user', u), 'pass']),
    );
  });

  it('--what-if enforce-mfa --scope limits it to the users named', async () => {
    const { report } = await audit('--what-if', 'enforce-mfa', '--scope', arn('user', 'batch-job'));
    expect(Object.keys(byPrincipal(lost(report!)))).toEqual([arn('user', 'batch-job')]);
    expect(report!.summary.principals).toBe(1);
  });

  it('--what-if enforce-mfa --as scp: role sessions lose too; users cannot enrol; the management account is exempt', async () => {
    const { code, report } = await audit('--what-if', 'enforce-mfa', '--as', 'scp');
    expect(code).toBe(1);
    const losses = byPrincipal(lost(report!));
    expect(losses[arn('role', 'deployer')]).toEqual(['role-session']);
    for (const u of USERS) expect(losses[arn('user', u)]).toEqual(['access-key', 'no-mfa-session']);
    expect(Object.keys(losses)).toHaveLength(5);
    expect(report!.findings.some((f) => f.principal === arn('role', 'org-admin', MANAGEMENT))).toBe(false);
    expect(report!.findings.some((f) => f.principal.includes('AWSServiceRoleForECS'))).toBe(false);
    const deployer = lost(report!).find((f) => f.principal === arn('role', 'deployer'))!;
    expect(deployer.cause).toMatchObject({ layer: 'scp', level: 'r-root', sid: 'DenyAllExceptListedIfNoMFA' });
    // An SCP grants nothing: a user whose own policies do not allow enrolment is locked out.
    const batch = report!.checks.find((c) => c.id === 'mfa-enrolment' && c.principal === arn('user', 'batch-job'))!;
    expect(batch.status).toBe('fail');
    expect(batch.detail).toContain('iam:CreateVirtualMFADevice');
    expect(report!.checks.some((c) => c.id === 'role-session-mfa' && c.principal === arn('role', 'deployer'))).toBe(
      true,
    );
  });

  it('--policy FILE --as scp --attach-to OU: the causes point at the file and line', async () => {
    const { code, report } = await audit('--policy', scpFile, '--as', 'scp', '--attach-to', PROD_OU);
    expect(code).toBe(1);
    const deployer = lost(report!).filter((f) => f.principal === arn('role', 'deployer'));
    expect(deployer).toHaveLength(1);
    expect(deployer[0]).toMatchObject({
      scenario: 'role-session',
      after: 'explicitDeny',
      cause: { layer: 'scp', level: PROD_OU, sid: 'DenyAllWithoutMFA', file: scpFile, line: 4 },
    });
    expect(deployer[0].actionClass!.size).toBeGreaterThan(15_000);
    expect(report!.findings.some((f) => f.account === MANAGEMENT)).toBe(false);
    const table = await runCli([
      'audit',
      '--inventory',
      inventory,
      '--policy',
      scpFile,
      '--as',
      'scp',
      '--attach-to',
      PROD_OU,
    ]);
    expect(table.stdout).toContain('role/deployer');
    expect(table.stdout).toContain('DenyAllWithoutMFA');
  });

  it('--policy FILE --as managed-policy --attach-to a group: its members cannot enrol (the bare Deny)', async () => {
    const file = join(dir, 'deny-without-mfa.json');
    const { report } = await audit('--policy', file, '--as', 'managed-policy', '--attach-to', 'group/readers');
    expect(Object.keys(byPrincipal(lost(report!)))).toEqual([arn('user', 'analyst-1'), arn('user', 'analyst-2')]);
    expect(report!.checks.filter((c) => c.id === 'mfa-enrolment').map((c) => [c.principal, c.status])).toEqual([
      [arn('user', 'analyst-1'), 'fail'],
      [arn('user', 'analyst-2'), 'fail'],
    ]);
    expect(lost(report!)[0].cause.file).toBe(file);
  });

  it.each<[string, string[], RegExp]>([
    [
      '--policy without --as',
      ['--policy', 'x.json', '--attach-to', PROD_OU],
      /--policy needs --as scp, rcp or managed-policy/,
    ],
    ['--policy without --attach-to', ['--policy', 'x.json', '--as', 'scp'], /--policy needs --attach-to/],
    [
      'both --policy and --what-if',
      ['--policy', 'x.json', '--as', 'scp', '--attach-to', PROD_OU, '--what-if', 'enforce-mfa'],
      /--policy and --what-if cannot be combined/,
    ],
    ['neither', [], /nothing to audit: pass --policy FILE or --what-if enforce-mfa/],
    ['an unknown what-if', ['--what-if', 'enforce-sso'], /--what-if must be enforce-mfa, got enforce-sso/],
    [
      'enforce-mfa as an RCP',
      ['--what-if', 'enforce-mfa', '--as', 'rcp'],
      /works --as managed-policy \(default\) or --as scp/,
    ],
    [
      'an unknown --as',
      ['--policy', 'x.json', '--as', 'boundary'],
      /--as must be scp, rcp or managed-policy, got boundary/,
    ],
  ])('refuses %s (exit 2, naming the option)', async (_, args, message) => {
    const run = await audit(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses targets and scopes the inventory does not have, naming them', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--policy', scpFile, '--as', 'scp', '--attach-to', 'ou-root-nope0001'],
        /--attach-to ou-root-nope0001: not a root, OU or account of the organization/,
      ],
      [
        ['--policy', scpFile, '--as', 'managed-policy', '--attach-to', 'user/nobody'],
        /--attach-to user\/nobody: no user of that name in the inventory/,
      ],
      [
        ['--policy', scpFile, '--as', 'managed-policy', '--attach-to', 'arn:aws:iam::111122223333:role/ECSRole'],
        /--attach-to arn:aws:iam::111122223333:role\/ECSRole: no role with that ARN in the inventory/,
      ],
      [
        [
          '--policy',
          scpFile,
          '--as',
          'managed-policy',
          '--attach-to',
          'arn:aws:iam::111122223333:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS',
        ],
        /AWSServiceRoleForECS: is a service-linked role; AWS does not allow attaching policies to it/,
      ],
      [
        ['--what-if', 'enforce-mfa', '--scope', '123456789012'],
        /--scope 123456789012: the inventory has no IAM data for this account/,
      ],
      [['--what-if', 'enforce-mfa', '--scope', PROD_OU], /--scope ou-root-prod0001: not an account id or a user ARN/],
      [
        ['--what-if', 'enforce-mfa', '--as', 'scp', '--scope', 'ou-root-gone0001'],
        /--scope ou-root-gone0001: not a root, OU or account/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await audit(...args);
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
  });

  it('refuses policy files it cannot read, naming them', async () => {
    const missing = join(dir, 'missing.json');
    const cases: [string, RegExp][] = [
      [missing, new RegExp(`${missing}: no such policy file`)],
      [join(dir, 'broken.json'), /broken\.json:\d+: not valid JSON/],
      [join(dir, 'a-directory.json'), /a-directory\.json: cannot read the file \(EISDIR\)/],
    ];
    for (const [file, message] of cases) {
      const run = await audit('--policy', file, '--as', 'scp', '--attach-to', PROD_OU);
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
  });

  it('refuses an SCP audit without organization data, saying what to pass', async () => {
    const run = await runCli([
      'audit',
      '--inventory',
      join(dir, 'gaad.json'),
      '--what-if',
      'enforce-mfa',
      '--as',
      'scp',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the inventory has no organization data');
    expect(run.stderr).toContain('hint: pass an organization snapshot with --inventory');
  });
});
