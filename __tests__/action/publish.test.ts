// Publishing: the report files, the job summary, the outputs and the comment; comment failures are warnings; a run
// that failed publishes a comment and summary that say so and show no result.
import { describe, expect, it } from '@jest/globals';
import {
  COMMENT_MAX_LENGTH,
  commentIdentity,
  commentMarkdown,
  failureMarkdown,
  reportLinks,
} from '../../src/action/comment-body.js';
import { readEventContext } from '../../src/action/event-context.js';
import { publishFailure, publishReport, type PublishTarget } from '../../src/action/publish.js';
import { decideVerdict } from '../../src/action/verdict.js';
import { GitHubCommentError } from '../../src/adapters/github/pr-comment.js';
import { reportJson } from '../../src/core/report/report-json.js';
import { finding, report } from './report-fixtures.js';
import { RUNNER_ENV, fakeDeps, pullRequestEvent, tempPath } from './fake-action-deps.js';

const REGRESSIONS = { failOn: 'regressions' as const, failOnIncomplete: true };

function target(overrides: Partial<PublishTarget> = {}, eventName = 'pull_request'): PublishTarget {
  const event = readEventContext(
    eventName === 'pull_request' ? pullRequestEvent(7) : { name: eventName, payload: {} },
    RUNNER_ENV,
  );
  return {
    event,
    identity: commentIdentity('.'),
    links: reportLinks(RUNNER_ENV, event),
    comment: 'update',
    githubToken: 'ghs_token',
    ...overrides,
  };
}

describe('comment-body.ts', () => {
  it('links causes to the head commit and the run', () => {
    const t = target();
    expect(t.links).toEqual({
      linkBase: `https://github.com/acme/infra/blob/${'c'.repeat(40)}/`,
      runUrl: 'https://github.com/acme/infra/actions/runs/4242',
    });
    const body = commentMarkdown(report([finding()]), t.identity, t.links);
    expect(body.startsWith('<!-- iam-impact -->\n### iam-impact: ❌ 1 principal loses access')).toBe(true);
    expect(body).toContain(
      `[policies/users/batch-job/force-mfa.json:41](https://github.com/acme/infra/blob/${'c'.repeat(40)}/policies/users/batch-job/force-mfa.json#L41)`,
    );
    expect(body).toContain(
      'Full report: the [job summary of this run](https://github.com/acme/infra/actions/runs/4242) and its JSON report',
    );
  });

  it('gives each working directory its own marker and title', () => {
    expect(commentIdentity('.')).toEqual({ marker: '<!-- iam-impact -->', title: 'iam-impact' });
    expect(commentIdentity('./infra/prod/')).toEqual({
      marker: '<!-- iam-impact: infra/prod -->',
      title: 'iam-impact (infra/prod)',
    });
    // A marker that could close the HTML comment early is defused, and the renderer keeps it as it is.
    for (const dir of ['a-->b<!--', ' infra\n--prod ', '-x-']) {
      const identity = commentIdentity(dir);
      expect(identity.marker).toMatch(/^<!-- iam-impact: [^<>]*[^-] -->$/);
      expect(identity.marker.slice(4, -3)).not.toContain('--');
      expect(commentMarkdown(report(), identity, {}).startsWith(`${identity.marker}\n`)).toBe(true);
    }
  });

  it('says a failed run failed, with the message escaped, and never that nothing is lost', () => {
    const t = target();
    const text = failureMarkdown(
      { message: 'x.yml:3: `accept[0]` <b>bad</b> @team', hint: 'fix `accept`' },
      t.identity,
      t.links,
      true,
    );
    expect(text).toBe(
      [
        '<!-- iam-impact -->',
        '### iam-impact: ❌ the analysis failed',
        '',
        'iam-impact could not finish, so it cannot say who would lose access. Nothing here means the change is safe.',
        '',
        '> x.yml:3: `accept[0]` &lt;b&gt;bad&lt;/b&gt; @&#8203;team',
        '',
        '**Hint:** fix `accept`',
        '',
        'See [the log of this run](https://github.com/acme/infra/actions/runs/4242).',
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(/no principal loses access/i);
  });
});

describe('publish.ts', () => {
  it('writes the report files, the job summary and the outputs, then upserts the comment', async () => {
    const { deps, record } = fakeDeps();
    const r = report([finding()]);
    const files = await publishReport(deps, target(), r, decideVerdict(r, REGRESSIONS));
    expect(files).toEqual({
      reportPath: tempPath('iam-impact', 'report.json'),
      summaryPath: tempPath('iam-impact', 'summary.md'),
    });
    expect(record.written.get(files.reportPath)).toBe(reportJson(r));
    expect(record.summaries).toEqual([record.written.get(files.summaryPath)]);
    expect(record.summaries[0]).not.toContain('<!-- iam-impact -->');
    expect(record.outputs).toEqual({
      regressions: '1',
      gained: '0',
      incomplete: '0',
      verdict: 'fail',
      'report-path': files.reportPath,
      'summary-markdown-path': files.summaryPath,
    });
    expect(record.comments).toHaveLength(1);
    expect(record.comments[0]).toMatchObject({
      target: { apiUrl: 'https://api.github.com', token: 'ghs_token', owner: 'acme', repo: 'infra', issueNumber: 7 },
      marker: '<!-- iam-impact -->',
      mode: 'update',
    });
    expect(record.comments[0].body.startsWith('<!-- iam-impact -->')).toBe(true);
    expect(record.log).toContainEqual({
      level: 'info',
      message: expect.stringContaining('created the pull request comment https://github.com/acme/infra/pull/7'),
    });
  });

  it('writes under the temporary directory when RUNNER_TEMP is not set', async () => {
    const { deps } = fakeDeps({ env: { RUNNER_TEMP: undefined } });
    const files = await publishReport(deps, target(), report(), decideVerdict(report(), REGRESSIONS));
    expect(files.reportPath).toBe('/tmp/iam-impact/report.json');
  });

  it('posts no comment without a pull request, or with comment: off', async () => {
    for (const [t, says] of [
      [target({}, 'schedule'), 'no pull request (schedule event): no comment'],
      [target({ comment: 'off' }), undefined],
    ] as const) {
      const { deps, record } = fakeDeps();
      await publishReport(deps, t, report(), decideVerdict(report(), REGRESSIONS));
      expect(record.comments).toEqual([]);
      expect(record.summaries).toHaveLength(1);
      expect(record.outputs.verdict).toBe('pass');
      if (says) expect(record.log).toContainEqual({ level: 'info', message: `iam-impact: ${says}` });
    }
  });

  it('passes comment: new on to the upserter', async () => {
    const { deps, record } = fakeDeps();
    await publishReport(deps, target({ comment: 'new' }), report(), decideVerdict(report(), REGRESSIONS));
    expect(record.comments[0].mode).toBe('new');
  });

  it('turns a refused comment into a warning with the hint, and goes on', async () => {
    const { deps, record } = fakeDeps({
      upsert: async () => {
        throw new GitHubCommentError(
          'Could not create a comment on pull request acme/infra#7: the token is not allowed to (GitHub answered 403 Resource not accessible by integration).',
          403,
          'Grant the job `permissions: pull-requests: write` (see README.md#permissions).',
        );
      },
    });
    const r = report([finding()]);
    await expect(publishReport(deps, target(), r, decideVerdict(r, REGRESSIONS))).resolves.toBeDefined();
    expect(record.log.filter((e) => e.level === 'warning')).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/Resource not accessible by integration.*README\.md#permissions/),
        place: { title: 'iam-impact: the pull request comment was not written' },
      },
    ]);
    expect(record.outputs.verdict).toBe('fail');
  });

  it('reports a comment adapter bug as a warning that says it is a bug, without failing the publication', async () => {
    const { deps, record } = fakeDeps({
      upsert: async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    });
    await publishReport(deps, target(), report(), decideVerdict(report(), REGRESSIONS));
    expect(record.log.find((e) => e.level === 'warning')?.message).toContain('This is a bug in iam-impact');
  });

  it('publishes a failed run: verdict error, a summary and a comment that say it failed', async () => {
    const { deps, record } = fakeDeps();
    await publishFailure(deps, target(), { message: '.github/iam-impact.yml:2: bad', hint: 'fix it' });
    expect(record.outputs).toEqual({ verdict: 'error' });
    expect(record.summaries[0]).toContain('the analysis failed');
    expect(record.summaries[0]).not.toContain('<!--');
    expect(record.comments).toHaveLength(1);
    expect(record.comments[0].body).toContain('the analysis failed');
    expect(record.comments[0].body.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
  });

  it('posts no failure comment without a token', async () => {
    const { deps, record } = fakeDeps();
    await publishFailure(deps, target({ githubToken: '' }), { message: 'input "github-token": empty' });
    expect(record.comments).toEqual([]);
  });
});
