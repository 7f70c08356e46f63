#!/usr/bin/env node
/**
 * The README's inputs and outputs tables, generated from action.yml so that they cannot drift: `npm run docs:action`
 * rewrites the part of README.md between the `<!-- action-docs:start -->` and `<!-- action-docs:end -->` markers, and
 * a test fails when the README differs from what this prints.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const START = '<!-- action-docs:start (generated from action.yml by npm run docs:action) -->';
export const END = '<!-- action-docs:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** The markdown of the inputs and outputs tables of an action.yml text. */
export function renderActionTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = ['### Inputs', '', '| input | default | description |', '| --- | --- | --- |'];
  for (const [name, input] of inputs) {
    const value = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${value} | ${cell(input.description)} |`);
  }
  lines.push('', '### Outputs', '', '| output | description |', '| --- | --- |');
  for (const [name, output] of outputs) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

/** A table line without its alignment padding, so that prettier's formatting compares equal. */
export function normalizeTableLine(line) {
  return line.replace(/\s+/g, ' ').replace(/-{3,}/g, '---').trim();
}

/** The README's generated section, or undefined when the markers are missing. */
export function generatedSection(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : readme.slice(start + START.length, end);
}

/** The README with its generated section replaced. Throws when the markers are missing. */
export function updateReadme(readme, tables) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} and ${END} are missing`);
  return `${readme.slice(0, start + START.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const tables = renderActionTables(readFileSync(`${root}action.yml`, 'utf8'));
  writeFileSync(`${root}README.md`, updateReadme(readme, tables));
  // Prettier aligns the tables; the test compares cells, not spacing.
  execFileSync('npx', ['prettier', '--write', 'README.md'], { cwd: root, stdio: 'inherit' });
  console.log('README.md: inputs and outputs regenerated from action.yml');
}
