/**
 * The sticky pull-request comment on the GitHub REST API: find ours by its hidden marker, update it in place or
 * create one. Failures a user can fix (a token without `pull-requests: write`, a fork's read-only token, a bad token,
 * a pull request the token cannot see) become {@link GitHubCommentError}s that say what to change.
 */
import { getOctokit } from '@actions/github';
import { UserError } from '../../core/errors.js';

/** Where the comment goes. */
export interface PullRequestCommentTarget {
  /** The REST API root: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  /** The pull request's number (pull-request comments are issue comments on the REST API). */
  issueNumber: number;
}

/** `update`: one sticky comment, edited on each run. `new`: a fresh comment on each run. */
export type CommentMode = 'update' | 'new';

/** What was done. */
export interface CommentResult {
  action: 'created' | 'updated';
  /** The comment's REST id. */
  id: number;
  /** The comment's `html_url`, for logs and step outputs. */
  url: string;
}

/** GitHub refused or could not be reached while reading or writing the comment. */
export class GitHubCommentError extends UserError {
  /** The HTTP status GitHub answered, or 0 when no answer was received (network error, or no token to send). */
  readonly status: number;

  constructor(message: string, status: number, hint?: string) {
    super(message, hint);
    this.name = 'GitHubCommentError';
    this.status = status;
  }
}

interface Comment {
  id: number;
  body?: string;
  html_url: string;
  created_at: string;
}

/** What we were doing, for messages: "create a comment on", "update comment 42 on". */
type Operation = string;

/**
 * Finds our comment by the hidden marker (paging through ALL comments of the issue, 100 per page), updates it in
 * place ('update'), or always creates one ('new'). With 'update', if several comments carry the marker (left by older
 * versions or concurrent runs), the newest is updated and the others are left alone.
 *
 * @param body the whole comment; it must contain `marker` (otherwise the next run could not find it: a bug).
 * @param marker a string no human comment contains, typically an HTML comment such as `<!-- iam-impact -->`.
 * @throws {GitHubCommentError} when GitHub refuses the call or cannot be reached.
 */
export async function upsertPullRequestComment(
  target: PullRequestCommentTarget,
  body: string,
  marker: string,
  mode: CommentMode,
): Promise<CommentResult> {
  if (!marker) throw new Error('upsertPullRequestComment: the marker is empty, so every comment would match it');
  if (!body.includes(marker)) {
    throw new Error(`upsertPullRequestComment: the comment body does not contain its marker ${JSON.stringify(marker)}`);
  }
  const { owner, repo, issueNumber } = target;
  const where = { owner, repo, issue_number: issueNumber };
  if (!target.token) {
    throw new GitHubCommentError(
      `Cannot comment on ${describeTarget(target)}: no GitHub token.`,
      0,
      'Set the `github-token` input (its default is `${{ github.token }}`), or run with `comment: off`.',
    );
  }
  // @actions/github 9 adds only the REST methods and paginate plugins: no retry or throttling plugin, so a failure
  // surfaces at once and is reported below.
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl.replace(/\/+$/, ''), userAgent: 'iam-impact' });

  const create = async (): Promise<CommentResult> => {
    const { data } = await call(target, 'create a comment on', () =>
      octokit.rest.issues.createComment({ ...where, body }),
    );
    return { action: 'created', id: data.id, url: data.html_url };
  };
  if (mode === 'new') return create();

  const ours = await call(target, 'list the comments of', async () => {
    let newest: Comment | undefined;
    // The iterator keeps one page in memory; a busy pull request can have thousands of comments.
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, per_page: 100 })) {
      for (const comment of page.data) {
        if (comment.body?.includes(marker) && (!newest || isNewer(comment, newest))) newest = comment;
      }
    }
    return newest;
  });
  if (!ours) return create();

  try {
    const { data } = await call(target, `update comment ${ours.id} on`, () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body }),
    );
    return { action: 'updated', id: data.id, url: data.html_url };
  } catch (error) {
    // Deleted between our listing and our edit (by a person, or a concurrent run): the sticky comment is gone, so
    // the right outcome is a new one.
    if (error instanceof GitHubCommentError && error.status === 404) return create();
    throw error;
  }
}

// GitHub lists comments oldest first and its timestamps have one-second precision; ids break ties, as they increase.
function isNewer(a: Comment, b: Comment): boolean {
  const ta = Date.parse(a.created_at);
  const tb = Date.parse(b.created_at);
  return ta !== tb ? ta > tb : a.id > b.id;
}

function describeTarget(target: PullRequestCommentTarget): string {
  return `pull request ${target.owner}/${target.repo}#${target.issueNumber}`;
}

async function call<T>(target: PullRequestCommentTarget, operation: Operation, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toCommentError(error, target, operation);
  }
}

interface RequestErrorShape {
  name?: string;
  message?: string;
  status?: number;
  response?: { data?: unknown };
}

/** GitHub's own `message`, with the details of a validation failure (`errors[].message`). */
function githubMessage(error: RequestErrorShape): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    const { message, errors } = data as { message: string; errors?: unknown };
    const details = Array.isArray(errors)
      ? errors
          .map((e: unknown) => {
            if (typeof e === 'string') return e;
            const { message: m, field, code } = (e ?? {}) as { message?: unknown; field?: unknown; code?: unknown };
            return typeof m === 'string' ? m : [field, code].filter((x) => typeof x === 'string').join(' ');
          })
          .filter(Boolean)
      : [];
    return details.length ? `${message}: ${details.join('; ')}` : message;
  }
  if (typeof data === 'string' && data.trim()) return data.trim();
  return error.message || 'no message';
}

/**
 * The innermost cause's message (`connect ECONNREFUSED 127.0.0.1:443`), not undici's `fetch failed`. Octokit digs one
 * level itself, but only when the cause passes `instanceof Error`, which fails across realms (jest's VM modules).
 */
function rootCause(error: unknown): string {
  let message = '';
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { message: m, code, errors } = current as { message?: unknown; code?: unknown; errors?: unknown };
    if (typeof m === 'string' && m) message = m;
    else if (typeof code === 'string') message = code;
    // Node reports a failed connection to every address of a host as an AggregateError without a message.
    current = (current as { cause?: unknown }).cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return message;
}

/** The {@link GitHubCommentError} for a failed Octokit call; anything that is not an HTTP or network error is a bug. */
function toCommentError(error: unknown, target: PullRequestCommentTarget, operation: Operation): unknown {
  if (error instanceof UserError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as RequestErrorShape;
  const what = `${operation} ${describeTarget(target)}`;

  // Octokit reports a request that got no answer as status 500 without a response (and rethrows aborts as is).
  const noAnswer = (e.name === 'HttpError' && e.response === undefined) || e.name === 'AbortError';
  if (noAnswer) {
    const cause = rootCause(error) || 'no answer';
    return new GitHubCommentError(
      `Could not reach the GitHub API at ${target.apiUrl} to ${what}: ${cause}.`,
      0,
      'Check the network and the API URL (GITHUB_API_URL; on GitHub Enterprise Server it ends in /api/v3). ' +
        'The check verdict is unaffected: only the comment is missing.',
    );
  }
  if (e.name !== 'HttpError' || typeof e.status !== 'number') return error;

  const status = e.status;
  const message = githubMessage(e);
  const answered = `GitHub answered ${status} ${message}`;
  if (status === 401) {
    return new GitHubCommentError(
      `Could not ${what}: GitHub rejected the token (${answered}).`,
      status,
      'Check the `github-token` input: by default it is `${{ github.token }}`; a personal access token may have ' +
        'expired or been revoked.',
    );
  }
  if (status === 403 && /^Resource not accessible by/i.test(message)) {
    return new GitHubCommentError(
      `Could not ${what}: the token is not allowed to (${answered}).`,
      status,
      'Grant the job `permissions: pull-requests: write`. On pull requests from forks the token is read-only ' +
        'whatever the workflow asks: run with `comment: off` there (see README.md#permissions). ' +
        'The check verdict is unaffected: only the comment is missing.',
    );
  }
  if (status === 404) {
    return new GitHubCommentError(
      `Could not ${what}: ${answered}; the pull request does not exist or the token cannot see the repository.`,
      status,
      `Check the repository (${target.owner}/${target.repo}) and the pull-request number, and that \`github-token\` ` +
        'has access to that repository (GitHub answers 404, not 403, for a private repository a token cannot see).',
    );
  }
  if (status === 422) {
    return new GitHubCommentError(
      `Could not ${what}: GitHub refused the comment (${answered}).`,
      status,
      "iam-impact keeps its report under GitHub's limit of 65,536 characters, so a body GitHub finds too long is " +
        'a bug to report. The check verdict is unaffected: only the comment is missing.',
    );
  }
  if (status === 403 || status === 429) {
    return new GitHubCommentError(
      `Could not ${what}: ${answered}.`,
      status,
      'If this is a rate limit, re-run the job later. The check verdict is unaffected: only the comment is missing.',
    );
  }
  return new GitHubCommentError(
    `Could not ${what}: ${answered}.`,
    status,
    status >= 500
      ? 'GitHub had a server error; re-run the job (see https://www.githubstatus.com).'
      : 'The check verdict is unaffected: only the comment is missing.',
  );
}
