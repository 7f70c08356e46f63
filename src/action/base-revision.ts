/**
 * Makes sure the base revision is in the checkout before policy files are read at it. actions/checkout fetches one
 * commit by default, so a pull request's base commit is usually missing: it is fetched once (`git fetch --depth=1
 * origin SHA`), and when that fails too the error says to use `fetch-depth: 0`.
 *
 * On pull_request_target the checkout is the base branch unless the workflow checks out the pull request: comparing
 * the base with itself would find no change and pass, so that is an error.
 */
import { UserError } from '../core/errors.js';
import type { ActionGit, ActionLog } from './action-deps.js';

/** What is known about the base. */
export interface BaseRevision {
  /** The revision (a sha from the event, or the `base-ref` input). */
  rev: string;
  /** Where it comes from, for messages. */
  source: string;
  /** On pull_request_target: the commits a checkout of the base branch would be at (see EventContext.baseBranchTip). */
  baseCheckouts?: readonly string[];
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/**
 * A function that ensures a revision is present, at most once per repository directory and revision (later calls
 * reuse the first answer). Throws {@link UserError}s that say what to change in the workflow.
 */
export function baseRevisionGuard(git: ActionGit, log: ActionLog, base: BaseRevision) {
  const done = new Map<string, Promise<void>>();
  const ensure = async (repoDir: string, rev: string): Promise<void> => {
    if (rev === base.rev && base.baseCheckouts && base.baseCheckouts.length > 0) {
      const head = (await git.headCommit(repoDir))?.toLowerCase();
      if (head !== undefined && base.baseCheckouts.some((c) => c.toLowerCase() === head)) {
        throw new UserError(
          `the checkout is the base branch (${head.slice(0, 12)}): on pull_request_target, actions/checkout checks out the base branch, so no change of the pull request would be seen`,
          'check out the pull request head: actions/checkout with ref: ${{ github.event.pull_request.head.sha }}',
        );
      }
    }
    if (await git.hasCommit(repoDir, rev)) return;
    if (SHA.test(rev)) {
      log.info(`iam-impact: fetching the base commit ${rev} (${base.source}): the checkout is shallow`);
      const fetched = await git.fetchCommit(repoDir, rev);
      if (fetched.ok && (await git.hasCommit(repoDir, rev))) return;
      throw new UserError(
        `the base commit ${rev} (${base.source}) is not in the checkout, and fetching it failed${fetched.detail ? `: ${fetched.detail}` : ''}`,
        'use actions/checkout with fetch-depth: 0, so that the policy files can be read at the base commit',
      );
    }
    throw new UserError(
      `the base revision "${rev}" (${base.source}) is not in the checkout`,
      'use actions/checkout with fetch-depth: 0, or set base-ref to a commit sha or a branch the checkout has (for example origin/main)',
    );
  };
  return (repoDir: string, rev: string): Promise<void> => {
    const key = `${repoDir}\0${rev}`;
    let promise = done.get(key);
    if (!promise) {
      promise = ensure(repoDir, rev);
      done.set(key, promise);
    }
    return promise;
  };
}
