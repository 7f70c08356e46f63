// examples/mfa-rollout: the README's first command, run exactly as written (in-process through the CLI harness, and
// through the real executable as a user runs it), prints the impact of enforcing MFA on a two-account organization:
// the access-key batch user loses S3, the readers cannot enrol an MFA device, the deployer role's sessions are denied
// by the SCP unless they carry MFA.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli, type CliRun } from '../helpers/cli-harness.js';
import { root } from '../helpers/corpus.js';

const run = promisify(execFile);

const EXAMPLE = 'examples/mfa-rollout';
const SNAPSHOT = `${EXAMPLE}/inventory/org-snapshot.json`;
/** The README's command, word for word. */
const COMMAND = `npx iam-impact plan --repo ${EXAMPLE} --inventory ${SNAPSHOT} --terraform-plan ${EXAMPLE}/plan.json`;
const ARGV = COMMAND.split(' ').slice(2);

const WORKLOAD = '111122223333';
const arn = (kind: string, name: string) => `arn:aws:iam::${WORKLOAD}:${kind}/${name}`;

interface Finding {
  change: string;
  principal: string;
  scenario: string;
  action: string;
  before: string;
  after: string;
  accepted: boolean;
  hint?: string;
  cause: { layer?: string; sid?: string; level?: string; address?: string; policy?: string };
  actionClass?: { examples: string[] };
}
interface Check {
  id: string;
  principal: string;
  status: string;
  detail: string;
}
interface Report {
  summary: { incomplete: number; principals: number };
  findings: Finding[];
  checks: Check[];
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Whether a finding stands for the action: its representative or one of the class members it names. */
const covers = (f: Finding, action: string) => f.action === action || (f.actionClass?.examples ?? []).includes(action);

describe('examples/mfa-rollout', () => {
  let table: CliRun;
  let report: Report;

  beforeAll(async () => {
    // The command is run from the project root, as the README says.
    if (process.cwd() !== root) process.chdir(root);
    table = await runCli(ARGV);
    const json = await runCli([...ARGV, '--format', 'json']);
    expect(json.code).toBe(1);
    report = JSON.parse(json.stdout) as Report;
  });

  it('exits 1 (regressions) and evaluates every affected principal, with nothing left unknown', () => {
    expect(table.code).toBe(1);
    expect(table.stderr).not.toMatch(/error/i);
    expect(report.summary.incomplete).toBe(0);
    expect(report.summary.principals).toBe(4);
    // The management account's user is untouched: SCPs do not apply to the management account.
    expect(report.findings.some((f) => f.principal.includes(':user/carol'))).toBe(false);
  });

  it('shows the access-key batch user losing s3:PutObject, with the get-session-token hint', () => {
    const batch = report.findings.filter((f) => f.principal === arn('user', 'batch-reports') && f.change === 'lost');
    const accessKey = batch.find((f) => f.scenario === 'access-key' && covers(f, 's3:PutObject'));
    expect(accessKey).toMatchObject({
      before: 'allowed',
      after: 'explicitDeny',
      accepted: false,
      cause: { layer: 'identity', sid: 'BlockMostAccessUnlessSignedInWithMFA', address: 'aws_iam_policy.force_mfa' },
    });
    expect(accessKey?.hint).toContain('aws sts get-session-token');
    // With MFA the batch user keeps its access.
    expect(batch.some((f) => f.scenario === 'mfa-session')).toBe(false);
    expect(table.stdout).toMatch(/user\/batch-reports \(111122223333\) +access-key +2 actions incl\. s3:PutObject/);
    expect(table.stdout).toContain(
      'aws sts get-session-token --serial-number arn:aws:iam::111122223333:mfa/batch-reports',
    );
  });

  it.each(['alice', 'bob'])('fails the mfa-enrolment check for %s of the readers group', (name) => {
    const check = report.checks.find((c) => c.id === 'mfa-enrolment' && c.principal === arn('user', name));
    expect(check?.status).toBe('fail');
    for (const action of ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ResyncMFADevice']) {
      expect(check?.detail).toContain(action);
    }
    expect(table.stdout).toMatch(
      new RegExp(`FAIL +mfa-enrolment +user/${name} \\(111122223333\\): ${name} would be denied without MFA`),
    );
    // They lose their read-only access without MFA.
    expect(
      report.findings.some(
        (f) => f.principal === arn('user', name) && f.change === 'lost' && f.scenario === 'no-mfa-session',
      ),
    ).toBe(true);
  });

  it('shows the deployer role losing access in role sessions because of the SCP, and keeping it with MFA', () => {
    const deployer = report.findings.filter((f) => f.principal === arn('role', 'deployer') && f.change === 'lost');
    expect(deployer.map((f) => f.scenario)).toEqual(['role-session']);
    expect(deployer[0]).toMatchObject({
      before: 'allowed',
      after: 'explicitDeny',
      cause: {
        layer: 'scp',
        sid: 'DenyAllWithoutMFA',
        level: 'ou-a1b2-workload',
        address: 'aws_organizations_policy.require_mfa',
      },
    });
    expect(covers(deployer[0], 's3:PutObject')).toBe(true);
    expect(table.stdout).toMatch(/role\/deployer \(111122223333\) +role-session +\d+ actions incl\. s3:PutObject/);
    expect(table.stdout).toMatch(/role\/deployer[^\n]*statement "DenyAllWithoutMFA" of SCP RequireMFA/);
    expect(table.stdout).not.toMatch(/role\/deployer \(111122223333\) +role-session-mfa/);
    expect(report.checks).toContainEqual(
      expect.objectContaining({ id: 'role-session-mfa', principal: arn('role', 'deployer'), status: 'warn' }),
    );
  });

  it('prints the same through the real executable (node bin/iam-impact.js), from the project root', async () => {
    const result = await run(process.execPath, ['bin/iam-impact.js', ...ARGV], { cwd: root }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/user\/batch-reports \(111122223333\) +access-key +2 actions incl\. s3:PutObject/);
    expect(result.stdout).toMatch(/FAIL +mfa-enrolment +user\/alice \(111122223333\)/);
    expect(result.stdout).toMatch(/FAIL +mfa-enrolment +user\/bob \(111122223333\)/);
    expect(result.stdout).toMatch(/role\/deployer \(111122223333\) +role-session +\d+ actions incl\. s3:PutObject/);
  });

  it('the README shows that command and the table it prints', () => {
    const readme = read(`${EXAMPLE}/README.md`);
    expect(readme).toContain(COMMAND);
    const excerpt = /```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(excerpt).toBeDefined();
    const lines = (excerpt ?? '').split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…');
    expect(lines.length).toBeGreaterThan(5);
    const printed = new Set(table.stdout.split('\n').map((l) => l.trimEnd()));
    for (const line of lines) expect(printed.has(line.trimEnd()) ? line : `not printed: ${line}`).toBe(line);
  });

  it('the inventory command accepts the snapshot', async () => {
    const inventory = await runCli(['inventory', '--inventory', SNAPSHOT]);
    expect(inventory.code).toBe(0);
    expect(inventory.stdout).toContain('Organization: 2 accounts, 1 SCP(s)');
    expect(inventory.stdout).toContain('Account 111122223333: 3 user(s), 1 group(s), 1 role(s)');
    expect(inventory.stdout).toContain('SCPs: exempt');
  });

  describe('the commented accept entry of the config', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'iam-impact-example-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('once uncommented, accepts the batch job losses; the failed checks still fail the run', async () => {
      const config = read(`${EXAMPLE}/.github/iam-impact.yml`)
        .split('\n')
        .map((l) => l.replace(/^# ( *)(accept:|- |[a-z]+: )/, '$1$2'))
        // Keep the test independent of the calendar.
        .filter((l) => !/^ +expires:/.test(l))
        .join('\n');
      expect(config).toMatch(/^accept:/m);
      const file = join(dir, 'iam-impact.yml');
      writeFileSync(file, config);
      const result = await runCli([...ARGV, '--config', file, '--format', 'json']);
      expect(result.code).toBe(1);
      const accepted = JSON.parse(result.stdout) as Report;
      const batch = accepted.findings.filter(
        (f) => f.principal === arn('user', 'batch-reports') && f.change === 'lost',
      );
      expect(batch.length).toBeGreaterThan(0);
      expect(batch.every((f) => f.accepted)).toBe(true);
      expect(accepted.findings.filter((f) => f.change === 'lost' && !f.accepted).length).toBeGreaterThan(0);
    });
  });

  describe('the Terraform plan matches the configuration it was made from', () => {
    const plan = JSON.parse(read(`${EXAMPLE}/plan.json`));
    const after = (address: string) =>
      plan.resource_changes.find((r: { address: string }) => r.address === address)?.change.after;

    it('embeds the policy files exactly as file() reads them', () => {
      expect(after('aws_iam_policy.force_mfa').policy).toBe(read(`${EXAMPLE}/policies/force-mfa.json`));
      expect(after('aws_organizations_policy.require_mfa').content).toBe(read(`${EXAMPLE}/scps/require-mfa.json`));
    });

    it('has one configuration resource per resource block of the .tf files, and one attachment per user', () => {
      const blocks = [
        ...`${read(`${EXAMPLE}/main.tf`)}\n${read(`${EXAMPLE}/mfa.tf`)}`.matchAll(/^resource "(\w+)" "(\w+)"/gm),
      ]
        .map((m) => `${m[1]}.${m[2]}`)
        .sort();
      const configured = plan.configuration.root_module.resources.map((r: { address: string }) => r.address).sort();
      expect(configured).toEqual(blocks);
      expect(plan.variables.workload_users.value).toEqual(['alice', 'batch-reports', 'bob']);
      for (const user of plan.variables.workload_users.value) {
        expect(after(`aws_iam_user_policy_attachment.force_mfa["${user}"]`)).toEqual({ user });
      }
    });
  });
});
