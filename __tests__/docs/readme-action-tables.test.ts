// The README's inputs and outputs tables are generated from action.yml (npm run docs:action): they cannot drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { generatedSection, normalizeTableLine, renderActionTables } from '../../scripts/action-docs.mjs';

const lines = (text: string) =>
  text
    .split('\n')
    .map(normalizeTableLine)
    .filter((l) => l !== '');

describe('README inputs and outputs', () => {
  const actionYml = readFileSync('action.yml', 'utf8');
  const readme = readFileSync('README.md', 'utf8');

  it('match action.yml (run npm run docs:action after changing action.yml)', () => {
    const section = generatedSection(readme);
    expect(section).toBeDefined();
    expect(lines(section ?? '')).toEqual(lines(renderActionTables(actionYml)));
  });

  it('list every input and output of action.yml', () => {
    const tables = renderActionTables(actionYml);
    for (const name of ['config', 'inventory', 'backend', 'fail-on', 'comment', 'github-token', 'report-path']) {
      expect(tables).toContain(`| \`${name}\` |`);
    }
  });
});
