/**
 * The error taxonomy. A {@link UserError} is something the user can fix (bad input, bad config, missing
 * permission); its message names the file, field or case, and `hint` says what to do. Anything else that escapes is
 * a bug and is reported as one.
 */

/** A problem the user can fix. `hint` is the remediation shown after the message. */
export class UserError extends Error {
  /** What to change so that the error goes away. */
  readonly hint?: string;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
  }
}

/**
 * A policy document that AWS would reject or that cannot be evaluated. `path` is the JSON path of the offending
 * element, for example `Statement[2].Condition.BoolIfExists`.
 */
export class PolicyValidationError extends UserError {
  /** JSON path of the offending element inside the document. */
  readonly path: string;

  constructor(path: string, problem: string, hint?: string) {
    super(path ? `${path}: ${problem}` : problem, hint);
    this.name = 'PolicyValidationError';
    this.path = path;
  }

  /** A copy of this error whose path is prefixed, so that nested callers can say where the document itself sits. */
  withPrefix(prefix: string): PolicyValidationError {
    const joined = this.path ? `${prefix}.${this.path}` : prefix;
    const problem = this.path ? this.message.slice(this.path.length + 2) : this.message;
    return new PolicyValidationError(joined, problem, this.hint);
  }
}

/** The text of any thrown value, for messages. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
