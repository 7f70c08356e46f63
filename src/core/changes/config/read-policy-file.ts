/**
 * Parses one mapped policy file into the policy model, with every statement's line, and turns its problems into
 * errors that name the file, the line and the JSON path of the offending element.
 */
import { parse as parseTolerant, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PolicyValidationError, UserError } from '../../errors.js';
import { parsePolicyDocument } from '../../policy/parse-policy.js';
import { locateStatements } from '../../policy/statement-locations.js';
import type { PolicyDocument, PolicyKind } from '../../policy/types.js';

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the document's opening brace (the first line that is not blank). */
export function documentLine(text: string): number {
  const offset = text.search(/\S/);
  return offset < 0 ? 1 : lineAt(text, offset);
}

/**
 * The line of the element at a policy JSON path such as `Statement[2].Condition.StringEquals.aws:username`, or of
 * its nearest existing ancestor (a missing `Effect` points at its statement). Keys may contain dots: at each
 * object the longest key that the rest of the path starts with is taken.
 */
export function lineOfJsonPath(text: string, path: string): number {
  const root = parseTree(text);
  if (!root) return documentLine(text);
  let node: Node = root;
  let rest = path;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const match = /^\[(\d+)\]/.exec(rest);
      const child = match && node.type === 'array' ? node.children?.[Number(match[1])] : undefined;
      if (!match || !child) break;
      node = child;
      rest = rest.slice(match[0].length);
      continue;
    }
    if (rest.startsWith('.')) rest = rest.slice(1);
    if (node.type !== 'object') break;
    let best: { key: string; value: Node } | undefined;
    for (const property of node.children ?? []) {
      const key: unknown = property.children?.[0]?.value;
      const value = property.children?.[1];
      if (typeof key !== 'string' || !value || !rest.startsWith(key)) continue;
      const next = rest.charAt(key.length);
      if ((next === '' || next === '.' || next === '[') && (!best || key.length > best.key.length))
        best = { key, value };
    }
    if (!best) break;
    node = best.value;
    rest = rest.slice(best.key.length);
  }
  return lineAt(text, node.offset);
}

/** A mapped file that is not a valid policy: `FILE:LINE: problem`, with the parts kept for other wordings. */
export class PolicyFileError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
    hint?: string,
  ) {
    super(`${file}:${line}: ${problem}`, hint);
    this.name = 'PolicyFileError';
  }
}

/**
 * Parses a policy file's text; `file` names it in errors and in the statement locations. Throws
 * {@link PolicyFileError} `FILE:LINE: JSON.PATH: problem` with the policy parser's hint.
 */
export function readPolicyFile(text: string, file: string, kind: PolicyKind): PolicyDocument {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerant(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const line = first ? lineAt(body, first.offset) : 1;
    const detail = first ? printParseErrorCode(first.error) : error instanceof Error ? error.message : String(error);
    throw new PolicyFileError(file, line, `not valid JSON (${detail})`, 'fix the JSON syntax');
  }
  try {
    return parsePolicyDocument(json, { kind, locations: locateStatements(body, file) });
  } catch (error) {
    if (error instanceof PolicyValidationError) {
      throw new PolicyFileError(file, lineOfJsonPath(body, error.path), error.message, error.hint);
    }
    throw error;
  }
}
