// `iam-impact plan --usage`: a principal's recorded usage (Access Advisor) names its losses by what it really calls.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { runCli } from '../helpers/cli-harness.js';
import { STORY_CONFIG, STORY_FILES, WORKLOAD, storySnapshot } from '../fixtures/mfa-stories.js';

const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 's3:Get*', 's3:List*'], Resource: '*' }],
};
const BATCH = `arn:aws:iam::${WORKLOAD}:user/batch-job`;

interface LostFinding {
  change: string;
  principal: string;
  scenario: string;
  action: string;
  actionClass: { examples: string[] };
}

describe('iam-impact plan --usage', () => {
  let repo: TestRepo;
  let inventory: string;

  beforeAll(() => {
    repo = createTestRepo();
    repo.write({ '.github/iam-impact.yml': STORY_CONFIG });
    repo.commit('base');
    repo.write(STORY_FILES.a);
    inventory = join(repo.dir, 'snapshot.json');
    writeFileSync(inventory, JSON.stringify(storySnapshot(READ_ONLY)));
  });

  afterAll(() => repo.dispose());

  const lost = async (extra: string[]) => {
    const run = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, '--format', 'json', ...extra]);
    expect(run.code).toBe(1);
    return (JSON.parse(run.stdout).findings as LostFinding[]).filter(
      (f) => f.change === 'lost' && f.principal === BATCH && f.scenario === 'access-key',
    );
  };

  it('names the loss by an action the principal is recorded calling', async () => {
    const without = await lost([]);
    expect(without.map((f) => f.action)).toEqual(['s3:PutObject']);
    const usage = join(repo.dir, 'usage.json');
    writeFileSync(
      usage,
      JSON.stringify({
        [BATCH]: {
          JobStatus: 'COMPLETED',
          ServicesLastAccessed: [
            {
              ServiceNamespace: 's3',
              TrackedActionsLastAccessed: [
                { ActionName: 'PutObjectTagging', LastAccessedTime: '2026-11-20T08:00:00Z' },
              ],
            },
          ],
        },
      }),
    );
    const withUsage = await lost(['--usage', usage]);
    expect(withUsage.map((f) => f.action)).toEqual(['s3:PutObjectTagging']);
    expect(withUsage[0].actionClass.examples[0]).toBe('s3:PutObjectTagging');
  });

  it('rejects a malformed usage file with its name and the offending path', async () => {
    const usage = join(repo.dir, 'bad-usage.json');
    writeFileSync(usage, JSON.stringify({ [BATCH]: ['s3 PutObject'] }));
    const run = await runCli(['plan', '--repo', repo.dir, '--inventory', inventory, '--usage', usage]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${usage}: "${BATCH}"[0]: "s3 PutObject" is not an action`);
    expect(run.stderr).toContain('hint:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
