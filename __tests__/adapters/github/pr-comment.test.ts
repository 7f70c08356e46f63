// The sticky comment through the real Octokit client of @actions/github (auth hook, paginate, request pipeline)
// against the loopback fake GitHub REST server.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  GitHubCommentError,
  upsertPullRequestComment,
  type PullRequestCommentTarget,
} from '../../../src/adapters/github/pr-comment.js';
import { UserError } from '../../../src/core/errors.js';
import { startFakeGitHub, type FakeGitHub, type SeedComment } from '../../fake-github/fake-github-server.js';

const TOKEN = 'ghs_prcommenttesttoken';
const MARKER = '<!-- iam-impact -->';
const OWNER = 'acme';
const REPO = 'infra';
const PR = 42;

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(comments: SeedComment[]) {
  fake = await startFakeGitHub({ token: TOKEN, issues: [{ owner: OWNER, repo: REPO, number: PR, comments }] });
  return fake;
}

function target(gh: FakeGitHub, overrides: Partial<PullRequestCommentTarget> = {}): PullRequestCommentTarget {
  return { apiUrl: gh.url, token: TOKEN, owner: OWNER, repo: REPO, issueNumber: PR, ...overrides };
}

function report(text: string): string {
  return `${MARKER}\n## iam-impact\n\n${text}`;
}

function others(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `LGTM ${i + 1}`);
}

/** The rejection of `promise`, which must be a GitHubCommentError. */
async function failure(promise: Promise<unknown>): Promise<GitHubCommentError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubCommentError);
  expect(error).toBeInstanceOf(UserError);
  return error as GitHubCommentError;
}

describe('upsertPullRequestComment, update mode', () => {
  it('creates the comment when none carries the marker', async () => {
    const gh = await start(others(3));
    const result = await upsertPullRequestComment(target(gh), report('2 principals lose access'), MARKER, 'update');

    const comments = gh.comments(OWNER, REPO, PR);
    expect(comments).toHaveLength(4);
    const created = comments[3];
    expect(created.body).toBe(report('2 principals lose access'));
    expect(result).toEqual({ action: 'created', id: created.id, url: created.html_url });
    expect(result.url).toBe(`https://github.com/acme/infra/pull/42#issuecomment-${created.id}`);
    expect(gh.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      `GET /repos/acme/infra/issues/42/comments?per_page=100 200`,
      `POST /repos/acme/infra/issues/42/comments 201`,
    ]);
  });

  it('updates in place the marker comment found on page 3 behind 250 others', async () => {
    const gh = await start([...others(250), report('old'), ...others(10).map((b) => `later ${b}`)]);
    const ours = gh.comments(OWNER, REPO, PR)[250];

    const result = await upsertPullRequestComment(target(gh), report('new'), MARKER, 'update');

    expect(result).toEqual({ action: 'updated', id: ours.id, url: ours.html_url });
    const after = gh.comments(OWNER, REPO, PR);
    expect(after).toHaveLength(261);
    expect(after[250]).toMatchObject({ id: ours.id, body: report('new') });
    expect(after.filter((c) => c.body.includes(MARKER))).toHaveLength(1);

    const gets = gh.calls.filter((c) => c.method === 'GET');
    expect(gets).toHaveLength(3);
    expect(gets[0].path).toBe('/repos/acme/infra/issues/42/comments?per_page=100');
    // Pages 2 and 3 come from the Link header's rel="next", which names the repository by id.
    expect(gets[1].path).toMatch(/^\/repositories\/\d+\/issues\/42\/comments\?per_page=100&page=2$/);
    expect(gets[2].path).toMatch(/^\/repositories\/\d+\/issues\/42\/comments\?per_page=100&page=3$/);
    expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([
      {
        method: 'PATCH',
        path: `/repos/acme/infra/issues/comments/${ours.id}`,
        status: 200,
        body: { body: report('new') },
      },
    ]);
  });

  it('keeps exactly one marker comment over successive runs', async () => {
    const gh = await start(others(2));
    const first = await upsertPullRequestComment(target(gh), report('run 1'), MARKER, 'update');
    const second = await upsertPullRequestComment(target(gh), report('run 2'), MARKER, 'update');

    expect(first.action).toBe('created');
    expect(second).toEqual({ action: 'updated', id: first.id, url: first.url });
    const ours = gh.comments(OWNER, REPO, PR).filter((c) => c.body.includes(MARKER));
    expect(ours.map((c) => [c.id, c.body])).toEqual([[first.id, report('run 2')]]);
    expect(gh.comments(OWNER, REPO, PR)).toHaveLength(3);
  });

  it('updates the newest of several marker comments and leaves the others', async () => {
    const gh = await start(['hi', report('oldest'), 'review', report('middle'), report('newest'), 'bye']);
    const before = gh.comments(OWNER, REPO, PR);

    const result = await upsertPullRequestComment(target(gh), report('fresh'), MARKER, 'update');

    expect(result.id).toBe(before[4].id);
    expect(gh.comments(OWNER, REPO, PR).map((c) => c.body)).toEqual([
      'hi',
      report('oldest'),
      'review',
      report('middle'),
      report('fresh'),
      'bye',
    ]);
  });

  it('creates a new comment when the marker comment is deleted between listing and editing', async () => {
    fake = await startFakeGitHub({
      token: TOKEN,
      issues: [{ owner: OWNER, repo: REPO, number: PR, comments: [report('old')] }],
      faults: {
        status: { method: 'PATCH', pathPattern: /\/issues\/comments\/\d+$/, status: 404, message: 'Not Found' },
      },
    });
    const [old] = fake.comments(OWNER, REPO, PR);

    const result = await upsertPullRequestComment(target(fake), report('new'), MARKER, 'update');

    expect(result.action).toBe('created');
    expect(result.id).not.toBe(old.id);
    expect(fake.comments(OWNER, REPO, PR).map((c) => [c.id, c.body])).toEqual([
      [old.id, report('old')],
      [result.id, report('new')],
    ]);
  });

  it('works under a GitHub Enterprise Server API prefix, with a trailing slash', async () => {
    fake = await startFakeGitHub({
      token: TOKEN,
      pathPrefix: '/api/v3',
      issues: [{ owner: OWNER, repo: REPO, number: PR, comments: [...others(120), report('old')] }],
    });
    const result = await upsertPullRequestComment(
      target(fake, { apiUrl: `${fake.url}/` }),
      report('new'),
      MARKER,
      'update',
    );
    expect(result.action).toBe('updated');
    expect(fake.comments(OWNER, REPO, PR)[120].body).toBe(report('new'));
    expect(fake.calls.every((c) => c.path.startsWith('/api/v3/'))).toBe(true);
  });
});

describe('upsertPullRequestComment, new mode', () => {
  it('creates a comment on each run without listing', async () => {
    const gh = await start([report('earlier')]);
    const a = await upsertPullRequestComment(target(gh), report('a'), MARKER, 'new');
    const b = await upsertPullRequestComment(target(gh), report('b'), MARKER, 'new');

    expect([a.action, b.action]).toEqual(['created', 'created']);
    expect(b.id).toBeGreaterThan(a.id);
    expect(gh.comments(OWNER, REPO, PR).map((c) => c.body)).toEqual([report('earlier'), report('a'), report('b')]);
    expect(gh.calls.map((c) => c.method)).toEqual(['POST', 'POST']);
  });
});

describe('upsertPullRequestComment, failures', () => {
  it('403 Resource not accessible by integration: names the PR and the operation, hints at pull-requests: write', async () => {
    fake = await startFakeGitHub({
      token: TOKEN,
      issues: [{ owner: OWNER, repo: REPO, number: PR, comments: others(2) }],
      faults: { forbidWrites: true },
    });
    const e = await failure(upsertPullRequestComment(target(fake), report('x'), MARKER, 'update'));

    expect(e.status).toBe(403);
    expect(e.name).toBe('GitHubCommentError');
    expect(e.message).toBe(
      'Could not create a comment on pull request acme/infra#42: the token is not allowed to ' +
        '(GitHub answered 403 Resource not accessible by integration).',
    );
    expect(e.hint).toContain('permissions: pull-requests: write');
    expect(e.hint).toContain('comment: off');
    expect(e.hint).toContain('README.md#permissions');
    expect(e.hint).toContain('verdict is unaffected');
    expect(fake.comments(OWNER, REPO, PR)).toHaveLength(2);
  });

  it('403 on the edit of an existing comment names that comment', async () => {
    fake = await startFakeGitHub({
      token: TOKEN,
      issues: [{ owner: OWNER, repo: REPO, number: PR, comments: [report('old')] }],
      faults: { forbidWrites: true },
    });
    const [old] = fake.comments(OWNER, REPO, PR);
    const e = await failure(upsertPullRequestComment(target(fake), report('new'), MARKER, 'update'));
    expect(e.status).toBe(403);
    expect(e.message).toContain(`Could not update comment ${old.id} on pull request acme/infra#42`);
    expect(fake.comments(OWNER, REPO, PR)[0].body).toBe(report('old'));
  });

  it('401 Bad credentials: hints at the github-token input', async () => {
    const gh = await start([]);
    const e = await failure(
      upsertPullRequestComment(target(gh, { token: 'ghp_revoked' }), report('x'), MARKER, 'update'),
    );
    expect(e.status).toBe(401);
    expect(e.message).toBe(
      'Could not list the comments of pull request acme/infra#42: GitHub rejected the token ' +
        '(GitHub answered 401 Bad credentials).',
    );
    expect(e.hint).toContain('`github-token`');
    expect(gh.calls.map((c) => c.status)).toEqual([401]);
  });

  it('404: the pull request does not exist or cannot be seen', async () => {
    const gh = await start([]);
    const e = await failure(upsertPullRequestComment(target(gh, { issueNumber: 43 }), report('x'), MARKER, 'update'));
    expect(e.status).toBe(404);
    expect(e.message).toContain(
      'Could not list the comments of pull request acme/infra#43: GitHub answered 404 Not Found',
    );
    expect(e.message).toContain('does not exist or the token cannot see the repository');
    expect(e.hint).toContain('acme/infra');

    const created = await failure(upsertPullRequestComment(target(gh, { repo: 'secret' }), report('x'), MARKER, 'new'));
    expect(created.status).toBe(404);
    expect(created.message).toContain('Could not create a comment on pull request acme/secret#42');
  });

  it("422: includes GitHub's validation message", async () => {
    const gh = await start([]);
    const huge = report('x'.repeat(70_000));
    const e = await failure(upsertPullRequestComment(target(gh), huge, MARKER, 'update'));
    expect(e.status).toBe(422);
    expect(e.message).toContain('Validation Failed: body is too long (maximum is 65536 characters)');
    expect(gh.comments(OWNER, REPO, PR)).toEqual([]);
  });

  it('any other status: includes the status and GitHub message, without retrying', async () => {
    fake = await startFakeGitHub({
      token: TOKEN,
      issues: [{ owner: OWNER, repo: REPO, number: PR }],
      faults: { status: { method: 'GET', pathPattern: /comments$/, status: 502, message: 'Server Error' } },
    });
    const e = await failure(upsertPullRequestComment(target(fake), report('x'), MARKER, 'update'));
    expect(e.status).toBe(502);
    expect(e.message).toContain(
      'Could not list the comments of pull request acme/infra#42: GitHub answered 502 Server Error',
    );
    expect(fake.calls).toHaveLength(1);
  });

  it('connection refused: status 0, naming the API URL', async () => {
    const gh = await start([]);
    const url = gh.url;
    await gh.close();
    fake = undefined;
    const e = await failure(upsertPullRequestComment(target(gh), report('x'), MARKER, 'update'));
    expect(e.status).toBe(0);
    expect(e.message).toContain(
      `Could not reach the GitHub API at ${url} to list the comments of pull request acme/infra#42`,
    );
    expect(e.message).toContain('ECONNREFUSED');
  });

  it('an empty token: status 0 and a hint, without a request', async () => {
    const gh = await start([]);
    const e = await failure(upsertPullRequestComment(target(gh, { token: '' }), report('x'), MARKER, 'update'));
    expect(e.status).toBe(0);
    expect(e.hint).toContain('`github-token`');
    expect(gh.calls).toEqual([]);
  });

  it('a body without its marker is a bug: a plain Error, before any request', async () => {
    const gh = await start([]);
    const error = await upsertPullRequestComment(target(gh), '## iam-impact', MARKER, 'update').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('does not contain its marker');
    await expect(upsertPullRequestComment(target(gh), 'body', '', 'new')).rejects.toThrow('marker is empty');
    expect(gh.calls).toEqual([]);
  });
});
