// run(deps) with injected ports: the whole action from inputs to setFailed, with the real analysis over in-memory
// files, and the 5,000-principal comment that must be summarized while the job summary keeps the full table.
import { describe, expect, it } from '@jest/globals';
import { run } from '../../src/main.js';
import type { RawAuthorizationDetails, RawFullSnapshot } from '../../src/core/inventory/snapshot-format.js';
import { COMMENT_LIMIT, SUMMARY_WITHOUT_LINKS_NOTE } from '../../src/action/comment-body.js';
import { STORY_CONFIG, STORY_FILES, WORKLOAD, storySnapshot } from '../fixtures/mfa-stories.js';
import {
  BASE_SHA,
  HEAD_SHA,
  annotations,
  fakeDeps,
  pullRequestEvent,
  tempPath,
  type FakeWorld,
} from './fake-action-deps.js';

/** A small stand-in for ReadOnlyAccess: story (a) does not depend on its content. */
const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'iam:Get*', 'iam:List*'], Resource: '*' }],
};
const CONFIG = '.github/iam-impact.yml';

/** Story (a) on a pull request: the batch job's force-MFA policy is added. */
function storyA(overrides: Partial<FakeWorld> = {}, config = STORY_CONFIG): FakeWorld {
  return {
    inputs: { 'github-token': 'ghs_token', inventory: 'snapshot.json', backend: 'local' },
    event: pullRequestEvent(7),
    base: { [CONFIG]: STORY_CONFIG },
    head: { [CONFIG]: config, ...STORY_FILES.a },
    disk: { 'snapshot.json': '{}' },
    snapshot: storySnapshot(READ_ONLY),
    ...overrides,
  };
}

const ACCEPT_BATCH = (expires?: string) =>
  `${STORY_CONFIG}accept:
  - principal: "arn:aws:iam::${WORKLOAD}:user/batch-job"
    reason: batch jobs move to MFA sessions by the end of the year
${expires ? `    expires: ${expires}\n` : ''}`;

describe('run(deps): a pull request', () => {
  it('fails on the unaccepted losses of story (a), with annotations, outputs, summary and comment', async () => {
    const { deps, record } = fakeDeps(storyA());
    await run(deps);

    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(
      /^iam-impact: the change fails the check \(fail-on: regressions\):\n- 1 principal loses access that no accept entry covers/,
    );
    const errors = annotations(record, 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.place).toMatchObject({
        file: 'policies/users/batch-job/force-mfa.json',
        startLine: expect.any(Number),
        title: expect.stringContaining('user/batch-job (111122223333) loses access'),
      });
      expect(e.message).toContain('DenyAllExceptListedIfNoMFA');
      expect(e.message).toContain('Hint:');
    }
    expect(record.outputs).toMatchObject({
      verdict: 'fail',
      regressions: expect.stringMatching(/^[1-9]\d*$/),
      // The force-MFA policy also grants self-service MFA management: gains, reported as notices.
      gained: expect.stringMatching(/^[1-9]\d*$/),
      incomplete: '0',
      'report-path': tempPath('iam-impact', 'report.json'),
      'summary-markdown-path': tempPath('iam-impact', 'summary.md'),
    });
    const reportJson = JSON.parse(record.written.get(record.outputs['report-path'])!) as {
      findings: { principal: string; change: string }[];
      checks: { status: string }[];
    };
    expect(reportJson.findings.every((f) => f.principal.endsWith(':user/batch-job'))).toBe(true);
    expect(Number(record.outputs.regressions)).toBe(
      reportJson.findings.filter((f) => f.change === 'lost').length +
        reportJson.checks.filter((c) => c.status === 'fail').length,
    );
    expect(Number(record.outputs.gained)).toBe(reportJson.findings.filter((f) => f.change === 'gained').length);
    const notices = annotations(record, 'notice');
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0].place?.title).toContain('user/batch-job (111122223333) gains access');
    expect(record.summaries).toHaveLength(1);
    expect(record.comments).toHaveLength(1);
    const comment = record.comments[0];
    expect(comment.body).toContain('### iam-impact: ❌ 1 principal loses access');
    expect(comment.body).toContain(
      `https://github.com/acme/infra/blob/${HEAD_SHA}/policies/users/batch-job/force-mfa.json#L`,
    );
    expect(comment.target).toEqual({
      apiUrl: 'https://api.github.com',
      token: 'ghs_token',
      owner: 'acme',
      repo: 'infra',
      issueNumber: 7,
    });
  });

  it('passes once an accept entry with a reason covers the losses, and shows them as accepted', async () => {
    const { deps, record } = fakeDeps(storyA({}, ACCEPT_BATCH('2026-12-31')));
    await run(deps);
    expect(record.failed).toEqual([]);
    expect(record.outputs).toMatchObject({ verdict: 'pass', regressions: '0' });
    expect(annotations(record, 'error')).toEqual([]);
    expect(record.comments[0].body).toContain('Accepted losses');
    expect(record.comments[0].body).toContain('batch jobs move to MFA sessions by the end of the year');
    expect(record.log).toContainEqual({
      level: 'info',
      message: expect.stringMatching(/^iam-impact: the check passes/),
    });
  });

  it('fails with a message saying so when the acceptance has expired', async () => {
    const { deps, record } = fakeDeps(storyA({}, ACCEPT_BATCH('2026-01-31')));
    await run(deps);
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toContain(
      'accept[0] ("batch jobs move to MFA sessions by the end of the year") expired on 2026-01-31',
    );
    expect(record.outputs.verdict).toBe('fail');
  });

  it('still reports its verdict when the comment cannot be written', async () => {
    const { deps, record } = fakeDeps(
      storyA({
        upsert: async () => {
          const { GitHubCommentError } = await import('../../src/adapters/github/pr-comment.js');
          throw new GitHubCommentError('Could not create a comment: 403', 403, 'see README.md#permissions');
        },
      }),
    );
    await run(deps);
    expect(record.log.find((e) => e.level === 'warning')?.message).toContain('README.md#permissions');
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toContain('fails the check');
  });

  it('evaluates only the scenarios the input names', async () => {
    const { deps, record } = fakeDeps(storyA({ inputs: { ...storyA().inputs, scenarios: 'mfa-session' } }));
    await run(deps);
    expect(record.failed).toEqual([]);
    const report = JSON.parse(record.written.get(tempPath('iam-impact', 'report.json'))!) as {
      scenarios: { id: string }[];
    };
    expect(report.scenarios.map((s) => s.id)).toEqual(['mfa-session']);
  });

  it('fails on an unknown scenario id, listing the valid ones', async () => {
    const { deps, record } = fakeDeps(storyA({ inputs: { ...storyA().inputs, scenarios: 'access-key, sso' } }));
    await run(deps);
    expect(record.failed).toEqual([
      'iam-impact: input "scenarios": unknown scenario id "sso"; valid ids: access-key, mfa-session, no-mfa-session, role-session, role-session-mfa\nHint: use built-in ids or ids defined in the scenarios section of .github/iam-impact.yml',
    ]);
  });
});

describe('run(deps): failures', () => {
  it('fails on a bad input before any work, with verdict error and no comment', async () => {
    const world = storyA();
    const { deps, record } = fakeDeps({ ...world, inputs: { ...world.inputs, 'fail-on': 'sometimes' } });
    await run(deps);
    expect(record.failed).toEqual([
      'iam-impact: input "fail-on": "sometimes" is not allowed; use regressions, any-change or never (default regressions)\nHint: fix the step\'s `with:` in the workflow (see action.yml)',
    ]);
    expect(record.outputs).toEqual({ verdict: 'error' });
    expect(record.comments).toEqual([]);
    expect(record.summaries).toEqual([]);
  });

  it('fails on a missing token on a pull request, naming github-token', async () => {
    const world = storyA();
    const { deps, record } = fakeDeps({ ...world, inputs: { ...world.inputs, 'github-token': '' } });
    await run(deps);
    expect(record.failed[0]).toContain('input "github-token": empty, but comment: update needs a token');
    expect(record.comments).toEqual([]);
  });

  it('fails on a malformed config, and the comment says the run failed, not that nothing is lost', async () => {
    const { deps, record } = fakeDeps(storyA({}, 'version: 1\npolicies:\n  - file: [unclosed\n'));
    await run(deps);
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(/^iam-impact: \.github\/iam-impact\.yml:\d+/);
    expect(record.outputs).toEqual({ verdict: 'error' });
    expect(record.comments).toHaveLength(1);
    for (const text of [record.comments[0].body, record.summaries[0]]) {
      expect(text).toContain('the analysis failed');
      expect(text).not.toMatch(/no principal loses access/i);
    }
  });

  it('reports anything that is not a user error as a bug, without a stack trace', async () => {
    const world = storyA();
    const { deps, record } = fakeDeps(world);
    deps.files.loadInventory = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'arn')");
    };
    await run(deps);
    expect(record.failed).toEqual([
      "iam-impact: internal error: Cannot read properties of undefined (reading 'arn')\nThis is a bug in iam-impact; please report it with the input that caused it. Set IAM_IMPACT_DEBUG=1 (or enable step debug logging) to print its stack.",
    ]);
    expect(record.log.some((e) => /\n\s+at /.test(e.message))).toBe(false);
    expect(record.comments[0].body).toContain('internal error');
  });

  it('prints the stack of a bug with IAM_IMPACT_DEBUG', async () => {
    const { deps, record } = fakeDeps({ ...storyA(), env: { IAM_IMPACT_DEBUG: '1' } });
    deps.files.loadInventory = async () => {
      throw new TypeError('boom');
    };
    await run(deps);
    expect(record.log.some((e) => e.level === 'info' && /TypeError: boom\n\s+at /.test(e.message))).toBe(true);
    expect(record.failed[0]).not.toMatch(/\n\s+at /);
  });

  it('fetches a base commit the shallow checkout lacks, once', async () => {
    const { deps, record } = fakeDeps(storyA({ commits: [HEAD_SHA], fetchSucceeds: true }));
    await run(deps);
    expect(record.fetched).toEqual([BASE_SHA]);
    expect(record.outputs.verdict).toBe('fail');
  });

  it('says to use fetch-depth: 0 when the base commit cannot be fetched', async () => {
    const { deps, record } = fakeDeps(storyA({ commits: [HEAD_SHA], fetchSucceeds: false }));
    await run(deps);
    expect(record.fetched).toEqual([BASE_SHA]);
    expect(record.failed[0]).toContain(
      `the base commit ${BASE_SHA} (the base commit of pull request #7) is not in the checkout, and fetching it failed`,
    );
    expect(record.failed[0]).toContain('Hint: use actions/checkout with fetch-depth: 0');
  });

  it('refuses a pull_request_target run on the base branch, which would see no change', async () => {
    // The checkout (HEAD_SHA) is the pull request's base commit, or the base branch's tip (GITHUB_SHA).
    for (const [event, env] of [
      [pullRequestEvent(7, HEAD_SHA, 'f'.repeat(40)), {}],
      [pullRequestEvent(7, BASE_SHA, 'f'.repeat(40)), { GITHUB_SHA: HEAD_SHA }],
    ] as const) {
      const { deps, record } = fakeDeps({ ...storyA({ event: { ...event, name: 'pull_request_target' } }), env });
      await run(deps);
      expect(record.failed[0]).toContain('on pull_request_target, actions/checkout checks out the base branch');
      expect(record.failed[0]).toContain('ref: ${{ github.event.pull_request.head.sha }}');
    }
    // Checking out the pull request's head is what the hint asks for, and runs.
    const event = pullRequestEvent(7, BASE_SHA, HEAD_SHA);
    const { deps, record } = fakeDeps(storyA({ event: { ...event, name: 'pull_request_target' } }));
    await run(deps);
    expect(record.outputs.verdict).toBe('fail');
    expect(record.failed[0]).toContain('fails the check');
  });

  it('falls back to the local engine with a notice when backend aws has no credentials', async () => {
    const world = storyA({ credentials: false });
    const { deps, record } = fakeDeps({ ...world, inputs: { ...world.inputs, backend: 'aws' } });
    await run(deps);
    expect(record.log).toContainEqual({
      level: 'notice',
      message: expect.stringContaining('backend aws needs AWS credentials, and none resolve'),
      place: { title: 'iam-impact: using the local engine' },
    });
    const report = JSON.parse(record.written.get(tempPath('iam-impact', 'report.json'))!) as {
      backend: { name: string };
    };
    expect(report.backend.name).toBe('local');
  });

  it('fails when the inventory must be read live and no credentials resolve', async () => {
    const world = storyA({ credentials: false });
    const { deps, record } = fakeDeps({ ...world, inputs: { ...world.inputs, inventory: '' } });
    await run(deps);
    expect(record.failed[0]).toContain('no AWS credentials resolve');
    expect(record.failed[0]).toContain('input "inventory" is empty');
  });
});

describe('run(deps): events without a pull request', () => {
  it.each(['workflow_dispatch', 'schedule'])('%s: summary and outputs only, compared with HEAD', async (name) => {
    const revisions: string[] = [];
    const world = storyA({ event: { name, payload: {} } });
    const { deps, record } = fakeDeps(world);
    const snapshot = deps.git.revisionSnapshot;
    deps.git.revisionSnapshot = async (dir, rev) => {
      revisions.push(rev);
      return snapshot(dir, rev);
    };
    await run(deps);
    expect(revisions).toEqual(['HEAD']);
    expect(record.comments).toEqual([]);
    expect(record.summaries).toHaveLength(1);
    expect(record.outputs.verdict).toBe('fail');
  });
});

describe('run(deps): 5,000 principals lose access', () => {
  const COUNT = 5000;
  const name = (i: number) => `u${String(i).padStart(4, '0')}`;

  /** One group of 5,000 users that may write to S3; the pull request adds a group policy denying it. */
  function bigOrganization(): RawFullSnapshot {
    const account: RawAuthorizationDetails = {
      UserDetailList: Array.from({ length: COUNT }, (_, i) => ({
        Path: '/',
        UserName: name(i),
        UserId: `AIDA${name(i).toUpperCase()}`,
        Arn: `arn:aws:iam::${WORKLOAD}:user/${name(i)}`,
        GroupList: ['e'],
        UserPolicyList: [],
        AttachedManagedPolicies: [],
      })),
      GroupDetailList: [
        {
          Path: '/',
          GroupName: 'e',
          GroupId: 'AGPAE',
          Arn: `arn:aws:iam::${WORKLOAD}:group/e`,
          GroupPolicyList: [
            {
              PolicyName: 's3',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
              },
            },
          ],
          AttachedManagedPolicies: [],
        },
      ],
      RoleDetailList: [],
      Policies: [],
    };
    return { format: 'iam-impact-snapshot', version: 1, accounts: { [WORKLOAD]: account } };
  }

  const config = `version: 1
account: "${WORKLOAD}"
policies:
  - file: g/*/*.json
    target: inline-policy
    principal: { kind: group, name: "{1}" }
    policy-name: "{2}"
scenarios:
  - id: keys
    description: keys
    applies-to: [user]
`;
  const deny = `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }] })}\n`;

  it('summarizes the comment under 65,536 characters and keeps the full table in the job summary', async () => {
    const { deps, record } = fakeDeps({
      inputs: {
        'github-token': 'ghs_token',
        inventory: 'snapshot.json',
        backend: 'local',
        scenarios: 'keys',
        'include-organization': 'false',
      },
      event: pullRequestEvent(7),
      base: { [CONFIG]: config },
      head: { [CONFIG]: config, 'g/e/d.json': deny },
      disk: { 'snapshot.json': '{}' },
      snapshot: bigOrganization(),
    });
    await run(deps);

    expect(record.outputs).toMatchObject({ verdict: 'fail', regressions: String(COUNT) });
    const comment = record.comments[0].body;
    expect(comment.length).toBeLessThan(COMMENT_LIMIT);
    expect(comment).toContain(`### iam-impact: ❌ ${COUNT.toLocaleString('en-US')} principals lose access`);
    expect(comment).toContain('**Summarized** to stay under');
    expect(comment).toContain('the full table is in the job summary');
    expect(comment).toContain('[job summary of this run](https://github.com/acme/infra/actions/runs/4242)');

    // With its links the full table would exceed the 1 MiB of a job summary: it is kept whole, without links.
    const summary = record.summaries[0];
    expect(summary).not.toContain('**Summarized**');
    expect(summary).toContain(SUMMARY_WITHOUT_LINKS_NOTE);
    const deep = `user/${name(4321)} (${WORKLOAD})`;
    expect(summary).toContain(deep);
    expect(comment).not.toContain(deep);
    for (let i = 0; i < COUNT; i += 499) expect(summary).toContain(`user/${name(i)} (${WORKLOAD})`);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(record.written.get(tempPath('iam-impact', 'summary.md'))).toBe(summary);

    // Thousands of findings, a handful of annotations.
    expect(annotations(record, 'error')).toHaveLength(9);
  });
});
