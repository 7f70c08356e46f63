/**
 * Conformance suite: every case in cases/*.json is one AWS request with all the policies that apply to it and the
 * decision AWS documents for it (each case names the documentation page its expectation rests on). The suite runs
 * each case through the engine exactly as `iam-impact evaluate` would and compares the decision.
 */
import { describe, it, expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCase, parseEvaluationCases } from '../../src/core/cases/evaluation-case.js';

/** Raising this floor is fine; lowering it means cases were deleted. */
const MINIMUM_CASES = 220;
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny'] as const;
type Decision = (typeof DECISIONS)[number];

interface RawCase {
  id: string;
  description: string;
  doc: string;
  expected: Decision;
  [field: string]: unknown;
}

interface CaseFile {
  file: string;
  topic: string;
  cases: RawCase[];
}

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');

function loadCaseFiles(): CaseFile[] {
  return readdirSync(casesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed: unknown = JSON.parse(readFileSync(join(casesDir, file), 'utf8'));
      if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of cases`);
      return { file, topic: file.replace(/\.json$/, ''), cases: parsed as RawCase[] };
    });
}

const caseFiles = loadCaseFiles();
const allCases = caseFiles.flatMap((f) => f.cases.map((c) => ({ file: f.file, topic: f.topic, raw: c })));

describe('conformance case files', () => {
  it(`hold at least ${MINIMUM_CASES} cases`, () => {
    expect(allCases.length).toBeGreaterThanOrEqual(MINIMUM_CASES);
  });

  it('have unique ids', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, raw } of allCases) {
      const previous = seen.get(raw.id);
      if (previous !== undefined) duplicates.push(`${raw.id} (${previous} and ${file})`);
      seen.set(raw.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  it.each(allCases.map((c) => [c.raw.id ?? `(no id in ${c.file})`, c] as const))(
    '%s is well-formed',
    (_id, { topic, raw }) => {
      expect(typeof raw.id).toBe('string');
      expect(raw.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(raw.id.startsWith(`${topic}-`)).toBe(true);
      expect(typeof raw.description).toBe('string');
      expect(raw.description.trim().length).toBeGreaterThan(0);
      expect(typeof raw.doc).toBe('string');
      expect(raw.doc.startsWith('https://docs.aws.amazon.com/')).toBe(true);
      expect(DECISIONS).toContain(raw.expected);
    },
  );
});

describe.each(caseFiles.map((f) => [f.file, f] as const))('%s', (_file, { file, cases }) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, raw) => {
    const parsed = parseEvaluationCases(raw, `${file}#${raw.id}`);
    expect(parsed).toHaveLength(1);
    const result = evaluateCase(parsed[0]!);
    // On a mismatch, show the engine's own summary next to its decision.
    const verdict =
      result.decision === raw.expected ? result.decision : `${result.decision} (${result.explanation.summary})`;
    expect(verdict).toBe(raw.expected);
    if (raw.expected === 'explicitDeny') expect(result.explanation.denies.length).toBeGreaterThan(0);
    if (raw.expected === 'implicitDeny') expect(result.explanation.denies.length).toBe(0);
  });
});
