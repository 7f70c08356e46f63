// `iam-impact plan` end to end: a git repository with the MFA story's policy file, an inventory snapshot file,
// both backends, every format, the accept list and the exit statuses.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { runCli } from '../helpers/cli-harness.js';
import { STORY_CONFIG, STORY_FILES, WORKLOAD, storySnapshot } from '../fixtures/mfa-stories.js';
import { fakeCredentials, startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server.js';
import { fastRetryStrategy } from '../adapters/aws/aws-test-support.js';

// A small stand-in for ReadOnlyAccess keeps this test independent of the corpus.
const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 's3:Get*', 's3:List*'], Resource: '*' }],
};

describe('iam-impact plan', () => {
  let repo: TestRepo;
  let inventory: string;
  let fake: FakeAws;

  beforeAll(async () => {
    repo = createTestRepo();
    repo.write({ '.github/iam-impact.yml': STORY_CONFIG });
    repo.commit('base');
    repo.write(STORY_FILES.a);
    inventory = join(repo.dir, 'snapshot.json');
    writeFileSync(inventory, JSON.stringify(storySnapshot(READ_ONLY)));
    fake = await startFakeAws({ snapshot: storySnapshot(READ_ONLY), callerAccount: WORKLOAD });
  });

  afterAll(async () => {
    repo.dispose();
    await fake.close();
  });

  it('exits 1 on an unaccepted loss and prints the table, with one progress line per phase', async () => {
    const run = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('batch-job');
    expect(run.stdout).toContain('s3:PutObject');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('iam-impact: '))).toHaveLength(4);
    expect(run.stderr).toMatch(/iam-impact: done: 1 principal\(s\), \d+ decision\(s\): 2 lost \(0 accepted\)/);
  });

  it('writes the JSON report (schema version 1) and the markdown comment', async () => {
    const json = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(
      report.findings
        .filter((f: { change: string }) => f.change === 'lost')
        .map((f: { scenario: string }) => f.scenario)
        .sort(),
    ).toEqual(['access-key', 'no-mfa-session']);
    const md = await runCli([
      'plan',
      '--repo',
      repo.dir,
      '--inventory',
      inventory,
      '--format',
      'markdown',
      '--output',
      'out/report.md',
    ]);
    expect(md.code).toBe(1);
    expect(md.written.get('out/report.md')).toContain('| Principal |');
  });

  it('gives the same verdict with the aws backend against the loopback endpoint', async () => {
    const local = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, '--format', 'json']);
    const aws = await runCli(
      ['plan', '--repo', repo.dir, '--inventory', inventory, '--format', 'json', '--backend', 'aws'],
      {
        aws: { endpoint: fake.endpoint, credentials: fakeCredentials(WORKLOAD), retryStrategy: fastRetryStrategy() },
      },
    );
    expect(aws.code).toBe(1);
    expect(JSON.parse(aws.stdout).findings).toEqual(JSON.parse(local.stdout).findings);
    expect(JSON.parse(aws.stdout).backend.apiCalls).toBeGreaterThan(0);
  });

  it('exits 0 once the losses are accepted, and 1 again when the acceptance has expired', async () => {
    const accept = (expires: string) =>
      `${STORY_CONFIG}accept:\n  - principal: "arn:aws:iam::*:user/batch-job"\n    action: "*"\n    reason: batch jobs move to MFA sessions\n    expires: ${expires}\n`;
    repo.write({ '.github/iam-impact.yml': accept('2999-12-31') });
    const ok = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory]);
    expect(ok.code).toBe(0);
    repo.write({ '.github/iam-impact.yml': accept('2020-01-01') });
    const expired = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, '--format', 'json']);
    expect(expired.code).toBe(1);
    expect(JSON.parse(expired.stdout).warnings.map((w: { kind: string }) => w.kind)).toContain('expired-acceptance');
    repo.write({ '.github/iam-impact.yml': STORY_CONFIG });
  });

  it('evaluates custom scenarios from the config', async () => {
    repo.write({
      '.github/iam-impact.yml': `${STORY_CONFIG}scenarios:\n  - id: batch-with-mfa\n    applies-to: [user]\n    context:\n      aws:MultiFactorAuthPresent: "true"\n`,
    });
    const run = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.scenarios.map((s: { id: string }) => s.id)).toContain('batch-with-mfa');
    expect(
      report.findings.some(
        (f: { scenario: string; change: string }) => f.scenario === 'batch-with-mfa' && f.change === 'lost',
      ),
    ).toBe(false);
    expect(
      report.findings.some(
        (f: { scenario: string; change: string }) => f.scenario === 'batch-with-mfa' && f.change === 'gained',
      ),
    ).toBe(true);
    repo.write({ '.github/iam-impact.yml': STORY_CONFIG });
  });

  it('fails closed without organization data, unless told there is none', async () => {
    const gaadOnly = join(repo.dir, 'gaad.json');
    writeFileSync(gaadOnly, JSON.stringify(storySnapshot(READ_ONLY).accounts[WORKLOAD]));
    const run = await runCli(['plan', '--repo', repo.dir, '--inventory', gaadOnly, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary.incomplete).toBeGreaterThan(0);
    expect(report.findings[0].cause.summary).toContain('SCPs not known');
    const opted = await runCli([
      'plan',
      '--repo',
      repo.dir,
      '--inventory',
      gaadOnly,
      '--format',
      'json',
      '--no-organization',
    ]);
    expect(JSON.parse(opted.stdout).summary.incomplete).toBe(0);
  });

  it.each<[string[], RegExp]>([
    [['--backend', 'cloud'], /--backend must be local or aws/],
    [['--format', 'html'], /--format must be table, json or markdown/],
    [['--inventory'], /--inventory needs a value/],
  ])('fails clearly on %j', async (extra, message) => {
    const run = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('iam-impact plan progress', () => {
  it('redraws a counter only on a terminal, and keeps one line per phase', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { loadInventoryFiles } = await import('../../src/adapters/files/inventory-files.js');
    const { readJsonFile, readTextFileIfExists } = await import('../../src/adapters/files/read-json-file.js');
    const { gitRevisionSnapshot, workingTreeSnapshot } = await import('../../src/adapters/git/git-file-snapshot.js');
    const repo = createTestRepo();
    try {
      repo.write({ '.github/iam-impact.yml': STORY_CONFIG });
      repo.commit('base');
      repo.write(STORY_FILES.a);
      const inventoryFile = join(repo.dir, 'snapshot.json');
      writeFileSync(inventoryFile, JSON.stringify(storySnapshot(READ_ONLY)));
      const run = async (terminal: boolean) => {
        let stderr = '';
        await main(['plan', '--repo', repo.dir, '--inventory', inventoryFile], {
          readJson: readJsonFile,
          writeText: async () => undefined,
          loadInventory: loadInventoryFiles,
          readText: readTextFileIfExists,
          revisionSnapshot: gitRevisionSnapshot,
          workingTreeSnapshot,
          createAwsBackend: () => {
            throw new Error('not used');
          },
          readLiveSnapshot: async () => {
            throw new Error('not used');
          },
          stdout: () => undefined,
          stderr: (t) => (stderr += t),
          stderrIsTerminal: terminal,
        });
        return stderr;
      };
      const ci = await run(false);
      expect(ci).not.toContain('\r');
      expect(ci.trim().split('\n')).toHaveLength(4);
      const tty = await run(true);
      expect(tty).toContain('\r\x1b[Kiam-impact: analysing principals 1/1');
    } finally {
      repo.dispose();
    }
  });
});
