/**
 * What the triggering event says about the comparison: on a pull request, its base and head commits and its number
 * (from the event payload at GITHUB_EVENT_PATH, which is what the pull request looked like when the event fired);
 * on a push, the commit before the push; on other events (workflow_dispatch, schedule, …) no base at all, so the
 * working tree is compared with HEAD and only the summary and outputs are written.
 */
import { UserError } from '../core/errors.js';
import type { ActionEvent } from './action-deps.js';

/** The pull request an event is about. */
export interface PullRequestContext {
  number: number;
  /** The base branch's commit when the event fired. */
  baseSha: string;
  /** The head commit of the pull request. */
  headSha: string;
}

/** What the action needs from the event. */
export interface EventContext {
  /** `GITHUB_EVENT_NAME`. */
  eventName: string;
  /** `owner` of `owner/repo`, when known. */
  owner?: string;
  /** `repo` of `owner/repo`, when known. */
  repo?: string;
  /** Present on pull_request and pull_request_target: the only events that get a comment. */
  pullRequest?: PullRequestContext;
  /** The revision the working tree is compared with when the `base-ref` input is not set. */
  baseRef: string;
  /** Where {@link baseRef} comes from, for messages. */
  baseSource: string;
  /** The commit links point to (the PR head, the pushed commit, GITHUB_SHA), when known. */
  headSha?: string;
  /** Facts worth a warning in the log (for example a push that created a branch has no base). */
  warnings: string[];
  /**
   * On pull_request_target: GITHUB_SHA, the base branch's tip, which is what actions/checkout checks out unless told
   * to check out the pull request. A checkout of it would compare the base with itself.
   */
  baseBranchTip?: string;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const ZERO_SHA = /^0+$/;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `owner/repo` from GITHUB_REPOSITORY, else from the payload's repository. */
function repository(payload: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>) {
  const full = text(env.GITHUB_REPOSITORY) ?? text(record(payload.repository)?.full_name);
  const match = full ? /^([^/\s]+)\/([^/\s]+)$/.exec(full) : null;
  return match ? { owner: match[1], repo: match[2] } : {};
}

function pullRequestOf(eventName: string, payload: Record<string, unknown>): PullRequestContext {
  const pr = record(payload.pull_request);
  const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : NaN;
  const baseSha = text(record(pr?.base)?.sha);
  const headSha = text(record(pr?.head)?.sha);
  if (!pr || !Number.isInteger(number) || number < 1 || !baseSha || !headSha) {
    const missing = !pr
      ? 'pull_request'
      : !Number.isInteger(number) || number < 1
        ? 'pull_request.number'
        : !baseSha
          ? 'pull_request.base.sha'
          : 'pull_request.head.sha';
    throw new UserError(
      `the ${eventName} event payload (GITHUB_EVENT_PATH) has no ${missing}`,
      'run the action from a workflow triggered by pull_request, or pass base-ref explicitly',
    );
  }
  return { number, baseSha, headSha };
}

/** Reads the event. Throws a {@link UserError} when a pull-request payload lacks what every real one has. */
export function readEventContext(event: ActionEvent, env: Readonly<Record<string, string | undefined>>): EventContext {
  const payload = record(event.payload) ?? {};
  const name = event.name || 'unknown';
  const context: EventContext = {
    eventName: name,
    ...repository(payload, env),
    baseRef: 'HEAD',
    baseSource: `HEAD (the ${name} event has no base commit)`,
    warnings: [],
  };
  const sha = text(env.GITHUB_SHA);
  if (sha) context.headSha = sha;

  if (PULL_REQUEST_EVENTS.has(name)) {
    const pr = pullRequestOf(name, payload);
    context.pullRequest = pr;
    context.baseRef = pr.baseSha;
    context.baseSource = `the base commit of pull request #${pr.number}`;
    context.headSha = pr.headSha;
    if (name === 'pull_request_target' && sha) context.baseBranchTip = sha;
  } else if (name === 'push') {
    const before = text(payload.before);
    const after = text(payload.after);
    if (after && !ZERO_SHA.test(after)) context.headSha = after;
    if (before && !ZERO_SHA.test(before)) {
      context.baseRef = before;
      context.baseSource = 'the commit before the push';
    } else {
      context.warnings.push(
        'this push created the branch, so there is no commit before it: policy files are compared with HEAD, which finds no change in them; set base-ref (for example to the default branch) to analyse the branch',
      );
    }
  } else if (name === 'merge_group') {
    const group = record(payload.merge_group);
    const base = text(group?.base_sha);
    const head = text(group?.head_sha);
    if (base) {
      context.baseRef = base;
      context.baseSource = 'the base commit of the merge group';
    }
    if (head) context.headSha = head;
  }
  return context;
}
