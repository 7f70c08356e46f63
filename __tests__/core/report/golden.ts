/**
 * Golden files: the expected output of a renderer, compared exactly. `UPDATE_GOLDEN=1` rewrites them from the
 * current output instead (review the diff before committing it).
 *
 * Markdown golden files are wrapped in prettier-ignore comments, so that `prettier --check .` leaves the renderer's
 * exact bytes alone; the wrapper is not part of the expected output.
 */
import { expect } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const MD_START = '<!-- prettier-ignore-start -->\n';
const MD_END = '<!-- prettier-ignore-end -->\n';

function wrap(name: string, text: string): string {
  return name.endsWith('.md') ? `${MD_START}${text}${MD_END}` : text;
}

function unwrap(name: string, text: string): string {
  if (!name.endsWith('.md')) return text;
  if (!text.startsWith(MD_START) || !text.endsWith(MD_END)) throw new Error(`${name}: missing prettier-ignore wrapper`);
  return text.slice(MD_START.length, text.length - MD_END.length);
}

/** Asserts that `actual` equals the golden file `name` (or rewrites it under UPDATE_GOLDEN=1). */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, wrap(name, actual));
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing: run the test with UPDATE_GOLDEN=1`);
  expect(actual).toBe(unwrap(name, readFileSync(file, 'utf8')));
}
