/**
 * Reads JSON files for the CLI and the action, turning every failure into a {@link UserError} that names the file
 * and, for syntax errors, the line and column.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { UserError } from '../../core/errors.js';

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Parses JSON text; `source` names the file in errors. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse's messages differ between Node versions and often omit the position; jsonc-parser finds it.
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const detail = first
      ? `at ${lineAndColumn(text, first.offset)}: ${printParseErrorCode(first.error)}`
      : `(${error instanceof Error ? error.message : String(error)})`;
    throw new UserError(`${source}: not valid JSON ${detail}`, 'fix the JSON syntax');
  }
}

/** Reads and parses a JSON file. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`, 'check the path');
    if (code === 'EISDIR') throw new UserError(`${path}: is a directory, not a JSON file`);
    if (code === 'EACCES') throw new UserError(`${path}: permission denied`);
    throw error;
  }
  return parseJsonText(text.replace(/^\uFEFF/, ''), path);
}

/** Writes a text file, creating its directory; failures are UserErrors naming the file. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `${path}: cannot write the file (${code ?? String(error)})`,
      'check the path and its permissions',
    );
  }
}

/** Reads a text file, or `undefined` when it does not exist; other failures are UserErrors naming the file. */
export async function readTextFileIfExists(path: string): Promise<string | undefined> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UserError(`${path}: cannot read the file (${code ?? String(error)})`);
  }
}
