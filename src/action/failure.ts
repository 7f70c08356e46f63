/**
 * How a run that threw is reported. A {@link UserError} is something the workflow's author can fix: its message and
 * hint. Anything else is a bug in iam-impact and says so; its stack is printed only when debugging is on (step
 * debug logging, or IAM_IMPACT_DEBUG), never as the step's failure message.
 */
import { UserError, errorMessage } from '../core/errors.js';
import type { FailureText } from './comment-body.js';

/** A failure as the step reports it. */
export interface DescribedFailure {
  /** For `setFailed`. */
  message: string;
  /** For the job summary and the comment. */
  text: FailureText;
  /** The stack, when debugging is on and the error is a bug. */
  stack?: string;
}

/** Whether the run should print stacks: step debug logging (RUNNER_DEBUG, ACTIONS_STEP_DEBUG) or IAM_IMPACT_DEBUG. */
export function debugEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true' || Boolean(env.IAM_IMPACT_DEBUG);
}

/** Describes a thrown value. */
export function describeFailure(error: unknown, debug: boolean): DescribedFailure {
  if (error instanceof UserError) {
    const text: FailureText = { message: error.message };
    if (error.hint) text.hint = error.hint;
    return { message: `iam-impact: ${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}`, text };
  }
  const message = `internal error: ${errorMessage(error)}`;
  const hint = 'This is a bug in iam-impact; please report it with the input that caused it.';
  const described: DescribedFailure = {
    message: `iam-impact: ${message}\n${hint}${debug ? '' : ' Set IAM_IMPACT_DEBUG=1 (or enable step debug logging) to print its stack.'}`,
    text: { message, hint },
  };
  if (debug && error instanceof Error && error.stack) described.stack = error.stack;
  return described;
}
