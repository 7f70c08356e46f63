/**
 * Publishes a run: the JSON report and the summary Markdown as files under RUNNER_TEMP/iam-impact/, the job summary,
 * the step outputs, and the pull request comment. The comment comes last and its failure (a fork's read-only token,
 * a missing `pull-requests: write`) is a warning: the check still reports its verdict.
 */
import { join } from 'node:path';
import { MATRIX_JOB_LIMIT, accountsPerJobToFit, type ShardPlan } from '../app/plan-shards.js';
import { UserError, errorMessage } from '../core/errors.js';
import type { ImpactReport } from '../core/impact/report-types.js';
import { reportJson } from '../core/report/report-json.js';
import type { ActionDeps } from './action-deps.js';
import {
  commentMarkdown,
  failureMarkdown,
  summaryMarkdown,
  type CommentIdentity,
  type FailureText,
  type ReportLinks,
} from './comment-body.js';
import type { EventContext } from './event-context.js';
import type { CommentSetting } from './read-inputs.js';
import type { Verdict } from './verdict.js';

/** Where and how to publish. */
export interface PublishTarget {
  event: EventContext;
  identity: CommentIdentity;
  links: ReportLinks;
  /** The `comment` input. */
  comment: CommentSetting;
  /** The `github-token` input. */
  githubToken: string;
}

/** The files written, as the outputs name them. */
export interface PublishedFiles {
  reportPath: string;
  summaryPath: string;
}

function outputDir(deps: ActionDeps): string {
  return join(deps.env.RUNNER_TEMP || deps.files.tempDir(), 'iam-impact');
}

/**
 * Posts or updates the comment when the event is a pull request and commenting is on. Never throws: a comment that
 * cannot be written is a warning with the remedy.
 */
async function comment(deps: ActionDeps, target: PublishTarget, body: string): Promise<void> {
  const pr = target.event.pullRequest;
  if (!pr || target.comment === 'off') {
    if (!pr) deps.log.info(`iam-impact: no pull request (${target.event.eventName} event): no comment`);
    return;
  }
  if (target.githubToken === '') {
    deps.log.info('iam-impact: no github-token: no comment');
    return;
  }
  if (!target.event.owner || !target.event.repo) {
    deps.log.warning('iam-impact: no comment: GITHUB_REPOSITORY is not set, so the repository is unknown');
    return;
  }
  try {
    const result = await deps.upsertComment(
      {
        apiUrl: deps.env.GITHUB_API_URL || 'https://api.github.com',
        token: target.githubToken,
        owner: target.event.owner,
        repo: target.event.repo,
        issueNumber: pr.number,
      },
      body,
      target.identity.marker,
      target.comment,
    );
    deps.log.info(`iam-impact: ${result.action} the pull request comment ${result.url}`);
  } catch (error) {
    if (error instanceof UserError) {
      deps.log.warning(`iam-impact: ${error.message}${error.hint ? ` ${error.hint}` : ''}`, {
        title: 'iam-impact: the pull request comment was not written',
      });
    } else {
      deps.log.warning(
        `iam-impact: internal error while writing the pull request comment: ${errorMessage(error)}. This is a bug in iam-impact; please report it. The verdict below is unaffected.`,
        { title: 'iam-impact: the pull request comment was not written' },
      );
    }
  }
}

/** Publishes a finished run. Throws only when the report files or the job summary cannot be written. */
export async function publishReport(
  deps: ActionDeps,
  target: PublishTarget,
  report: ImpactReport,
  verdict: Verdict,
): Promise<PublishedFiles> {
  const dir = outputDir(deps);
  const files: PublishedFiles = { reportPath: join(dir, 'report.json'), summaryPath: join(dir, 'summary.md') };
  const summary = summaryMarkdown(report, target.identity, target.links);
  await deps.files.writeText(files.reportPath, reportJson(report));
  await deps.files.writeText(files.summaryPath, summary);
  await deps.writeSummary(summary);
  deps.setOutput('regressions', String(verdict.regressions));
  deps.setOutput('gained', String(verdict.gained));
  deps.setOutput('incomplete', String(verdict.incomplete));
  deps.setOutput('verdict', verdict.failed ? 'fail' : 'pass');
  deps.setOutput('report-path', files.reportPath);
  deps.setOutput('summary-markdown-path', files.summaryPath);
  await comment(deps, target, commentMarkdown(report, target.identity, target.links));
  return files;
}

/**
 * Publishes the shards of a fan-out (mode `shard`): the outputs `shards`, the JSON array of `{index, total,
 * accounts}` that a workflow passes to `fromJSON` as its matrix, and `shard-count`. No report, job summary, comment
 * or verdict: nothing was evaluated, and a `verdict` of `pass` here could be read as "no impact". More shards than a
 * matrix can run fail the step, naming `shard-size`: the evaluate jobs could not all run.
 */
export function publishShards(deps: ActionDeps, plan: ShardPlan, shardSize: number): void {
  const fits = accountsPerJobToFit(plan);
  if (fits !== undefined) {
    throw new UserError(
      `input "shard-size": ${plan.affectedAccounts} affected accounts at ${shardSize} per shard make ${plan.shards.length} shards, more than GitHub Actions runs in one matrix (${MATRIX_JOB_LIMIT} jobs)`,
      `set shard-size to ${fits} or more`,
    );
  }
  deps.setOutput('shards', JSON.stringify(plan.shards));
  deps.setOutput('shard-count', String(plan.shards.length));
  deps.log.info(
    plan.shards.length === 0
      ? 'iam-impact: the change affects no account: shard-count is 0, so there is nothing to fan out; a run without shard-size reports that'
      : `iam-impact: ${plan.affectedAccounts} affected account(s) in ${plan.shards.length} shard(s); evaluate each with the input accounts and merge the reports with the input reports`,
  );
}

/**
 * Publishes a run that failed: `verdict` is `error`, and once the inputs and the event are known (`target`), the job
 * summary and (on a pull request) the comment say that the analysis failed. Never throws: the failure itself is what
 * the step reports, and a second failure here (an unwritable GITHUB_OUTPUT) must not replace it with a stack trace.
 */
export async function publishFailure(
  deps: ActionDeps,
  target: PublishTarget | undefined,
  failure: FailureText,
): Promise<void> {
  try {
    deps.setOutput('verdict', 'error');
  } catch (error) {
    deps.log.warning(`iam-impact: the verdict output was not set: ${errorMessage(error)}`);
  }
  if (!target) return;
  try {
    await deps.writeSummary(failureMarkdown(failure, target.identity, target.links, false));
  } catch (error) {
    deps.log.warning(`iam-impact: the job summary was not written: ${errorMessage(error)}`);
  }
  await comment(deps, target, failureMarkdown(failure, target.identity, target.links, true));
}
