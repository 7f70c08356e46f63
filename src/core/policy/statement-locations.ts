/**
 * Finds where each statement of a policy document is written in its JSON source, so that findings can point at the
 * line that causes them. Uses jsonc-parser's syntax tree, which keeps offsets (JSON.parse does not).
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { SourceLocation } from './types.js';

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The location of each statement, by statement index (as `parsePolicyDocument` numbers them: a single `Statement`
 * object is statement 0). Returns an empty list when the text is not a JSON object with a `Statement`.
 */
export function locateStatements(text: string, file: string): SourceLocation[] {
  const root = parseTree(text);
  if (!root || root.type !== 'object') return [];
  const property = root.children?.find((p) => p.children?.[0]?.value === 'Statement');
  const value: Node | undefined = property?.children?.[1];
  if (!value) return [];
  const nodes = value.type === 'array' ? (value.children ?? []) : [value];
  return nodes.map((node) => ({ file, ...position(text, node.offset) }));
}
