import { describe, expect, it } from '@jest/globals';
import type { ImpactReport } from '../../../src/core/impact/report-types.js';
import { reportJson } from '../../../src/core/report/report-json.js';
import { mfaRolloutReport, scpRoleSessionReport, terraformIncompleteReport } from './fixtures.js';

/** Rebuilds an object with its keys in reverse order, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('reportJson', () => {
  it('writes keys in schema order whatever order the object has', () => {
    for (const report of [mfaRolloutReport(), scpRoleSessionReport(), terraformIncompleteReport()]) {
      const json = reportJson(report);
      expect(reportJson(reversed(report) as ImpactReport)).toBe(json);
      expect(JSON.parse(json)).toEqual(report);
      expect(json.endsWith('}\n')).toBe(true);
    }
    const parsed = JSON.parse(reportJson(reversed(scpRoleSessionReport()) as ImpactReport)) as Record<string, never>;
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'generatedAt',
      'summary',
      'findings',
      'checks',
      'backend',
      'warnings',
      'scenarios',
    ]);
    expect(Object.keys(parsed.summary)).toEqual([
      'principals',
      'decisions',
      'lost',
      'gained',
      'incomplete',
      'accepted',
      'principalsLosingAccess',
      'principalsGainingAccess',
      'principalsIncomplete',
    ]);
    expect(Object.keys((parsed.findings as Record<string, unknown>[])[1])).toEqual([
      'change',
      'principal',
      'account',
      'scenario',
      'action',
      'resource',
      'before',
      'after',
      'cause',
      'hint',
      'accepted',
      'acceptedReason',
      'actionClass',
      'principalKind',
    ]);
    expect(Object.keys((parsed.findings as { cause: object }[])[0].cause)).toEqual([
      'summary',
      'layer',
      'policy',
      'level',
      'statementIndex',
      'sid',
      'file',
      'line',
      'address',
    ]);
  });

  it('prints a small report exactly, with unknown fields after the known ones and undefined fields left out', () => {
    const report = {
      scenarios: [{ description: 'long-term access keys', id: 'access-key' }],
      zeta: 1,
      warnings: [{ source: { address: 'aws_iam_access_key.ci', origin: 'terraform' }, message: 'm', kind: 'k' }],
      backend: { notes: [], apiCalls: 0, name: 'local' },
      checks: [],
      findings: [],
      summary: {
        principalsIncomplete: 0,
        principalsGainingAccess: 0,
        principalsLosingAccess: 0,
        accepted: 0,
        incomplete: 0,
        gained: 0,
        lost: 0,
        decisions: 0,
        principals: 0,
      },
      alpha: { b: 2, a: undefined },
      generatedAt: '2026-11-23T09:30:00.000Z',
      schemaVersion: 1,
    } as unknown as ImpactReport;
    expect(reportJson(report)).toBe(`{
  "schemaVersion": 1,
  "generatedAt": "2026-11-23T09:30:00.000Z",
  "summary": {
    "principals": 0,
    "decisions": 0,
    "lost": 0,
    "gained": 0,
    "incomplete": 0,
    "accepted": 0,
    "principalsLosingAccess": 0,
    "principalsGainingAccess": 0,
    "principalsIncomplete": 0
  },
  "findings": [],
  "checks": [],
  "backend": {
    "name": "local",
    "apiCalls": 0,
    "notes": []
  },
  "warnings": [
    {
      "kind": "k",
      "message": "m",
      "source": {
        "origin": "terraform",
        "address": "aws_iam_access_key.ci"
      }
    }
  ],
  "scenarios": [
    {
      "id": "access-key",
      "description": "long-term access keys"
    }
  ],
  "alpha": {
    "b": 2
  },
  "zeta": 1
}
`);
  });

  it('copies a __proto__ key as data', () => {
    const report = JSON.parse(`{"schemaVersion":1,"__proto__":{"polluted":true}}`) as ImpactReport;
    const json = reportJson(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(json).toContain('"__proto__"');
  });
});
