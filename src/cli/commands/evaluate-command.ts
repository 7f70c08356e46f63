/**
 * `iam-impact evaluate FILE`: decides each evaluation case in FILE and prints one result per case, as JSON (the
 * contract in docs/evaluation-case.md) or as readable text. Every case is validated before any is decided, and all
 * invalid cases are reported together, so that a large file is fixed in one pass; nothing is printed to stdout
 * unless every case was decided.
 */
import { rcpAppliesToService } from '../../core/catalog/aws-catalog.js';
import {
  evaluateCase,
  parseEvaluationCases,
  type CaseResult,
  type EvaluationCase,
} from '../../core/cases/evaluation-case.js';
import { UserError } from '../../core/errors.js';
import type { CliIo } from '../cli-io.js';

/** Usage text of the command. */
export const EVALUATE_USAGE = `Usage: iam-impact evaluate FILE [--format json|text]

Decides each AWS request in FILE (a JSON array of evaluation cases, or one case) with the local engine and prints
one result per case: {"id", "decision", "explanation"}. See docs/evaluation-case.md for the format.

Options:
  --format json   the results as a JSON array (default)
  --format text   one readable block per case

Exit status: 0 when every case was decided, 2 when a case is invalid (every invalid case is listed).`;

function renderText(results: readonly CaseResult[], cases: readonly EvaluationCase[]): string {
  return results
    .map((result, i) => {
      const c = cases[i];
      const head = `${c.label}: ${c.request.action} on ${c.request.resource} by ${c.request.principal}`;
      return `${head}\n  ${result.decision}: ${result.explanation.summary}`;
    })
    .join('\n\n');
}

/** Runs the command; returns the exit status. */
export async function evaluateCommand(args: readonly string[], io: CliIo): Promise<number> {
  let file: string | undefined;
  let format: 'json' | 'text' = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format') {
      const value = args[++i];
      if (value !== 'json' && value !== 'text')
        throw new UserError(`--format must be json or text, got ${value ?? 'nothing'}`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'json' && value !== 'text') throw new UserError(`--format must be json or text, got ${value}`);
      format = value;
    } else if (arg.startsWith('-')) {
      throw new UserError(`evaluate: unknown option ${arg}`, 'run iam-impact evaluate --help');
    } else if (file === undefined) file = arg;
    else throw new UserError(`evaluate: takes one FILE, got also ${arg}`);
  }
  if (file === undefined) throw new UserError('evaluate: FILE is missing', EVALUATE_USAGE);

  const json = await io.readJson(file);
  const list = Array.isArray(json) ? json : [json];
  const cases: EvaluationCase[] = [];
  const problems: UserError[] = [];
  list.forEach((raw, i) => {
    try {
      // Parse one at a time so that every invalid case is reported, not only the first.
      const [parsed] = parseEvaluationCases(raw, file);
      cases.push(parsed);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(
        error.message.includes('case #1')
          ? new UserError(error.message.replace('case #1', `case #${i + 1}`), error.hint)
          : error,
      );
    }
  });
  if (list.length === 0)
    problems.push(new UserError(`${file}: holds no case`, 'write a JSON array of evaluation cases'));

  const results: CaseResult[] = [];
  if (problems.length === 0) {
    for (const c of cases) {
      try {
        results.push(evaluateCase(c, { rcpAppliesToService }));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        problems.push(new UserError(`${file}: ${error.message}`, error.hint));
      }
    }
  }
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`error: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}\n`);
    io.stderr(`${problems.length} invalid case(s); nothing was evaluated.\n`);
    return 2;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : `${renderText(results, cases)}\n`);
  return 0;
}
