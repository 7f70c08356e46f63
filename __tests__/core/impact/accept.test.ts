import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/core/changes/config/parse-config.js';
import { UserError } from '../../../src/core/errors.js';
import { applyAcceptList, parseAcceptList } from '../../../src/core/impact/accept.js';
import type { Finding } from '../../../src/core/impact/report-types.js';

const FILE = '.github/iam-impact.yml';

function entries(yaml: string) {
  const config = parseConfig(`version: 1\n${yaml}`, FILE);
  return parseAcceptList(config.sections.accept, FILE);
}

function finding(over: Partial<Finding> = {}): Finding {
  return {
    change: 'lost',
    principal: 'arn:aws:iam::111122223333:user/batch-job',
    account: '111122223333',
    scenario: 'access-key',
    action: 's3:PutObject',
    resource: '*',
    before: 'allowed',
    after: 'explicitDeny',
    cause: { summary: 'x' },
    accepted: false,
    actionClass: { size: 150, examples: ['s3:PutObject', 's3:GetObject'] },
    ...over,
  };
}

describe('accept.ts', () => {
  it('parses entries with defaults and dates', () => {
    const list = entries(
      `accept:\n  - principal: "arn:aws:iam::*:user/batch-*"\n    action: "s3:*"\n    scenario: access-key\n    reason: moving to MFA sessions\n    expires: 2026-12-31\n  - reason: everything, for now\n`,
    );
    expect(list).toEqual([
      {
        index: 0,
        principal: 'arn:aws:iam::*:user/batch-*',
        action: 's3:*',
        scenario: 'access-key',
        reason: 'moving to MFA sessions',
        expires: '2026-12-31',
        line: 3,
      },
      { index: 1, principal: '*', action: '*', scenario: '*', reason: 'everything, for now', line: 8 },
    ]);
  });

  it.each<[string, string]>([
    ['accept: {}\n', `${FILE}:2: accept: must be a list of entries`],
    ['accept:\n  - action: "s3:*"\n', `${FILE}:3: accept[0].reason: must be a non-empty string`],
    ['accept:\n  - reason: x\n    expire: 2026-01-01\n', `${FILE}:4: accept[0].expire: unknown field`],
    [
      'accept:\n  - reason: x\n    expires: next week\n',
      `${FILE}:4: accept[0].expires: must be a date such as 2026-12-31`,
    ],
  ])('rejects %j with the file, line and field', (yaml, message) => {
    expect(() => entries(yaml)).toThrow(UserError);
    expect(() => entries(yaml)).toThrow(message);
  });

  it('accepts matching findings, with the reason, only when every named action is covered', () => {
    const list = entries(
      `accept:\n  - principal: "arn:aws:iam::*:user/batch-*"\n    action: "S3:*"\n    scenario: access-key\n    reason: moving to MFA sessions\n`,
    );
    const findings = [
      finding(),
      finding({ scenario: 'no-mfa-session' }),
      finding({ actionClass: { size: 2, examples: ['s3:PutObject', 'ec2:RunInstances'] } }),
      finding({ change: 'incomplete' }),
    ];
    expect(applyAcceptList(findings, list, new Date('2026-11-22'))).toEqual([]);
    expect(findings.map((f) => f.accepted)).toEqual([true, false, false, false]);
    expect(findings[0].acceptedReason).toBe('moving to MFA sessions');
  });

  it('lets an expired acceptance cover nothing, and reports it', () => {
    const list = entries(`accept:\n  - reason: temporary\n    expires: 2026-11-21\n`);
    const findings = [finding(), finding({ scenario: 'no-mfa-session' })];
    const expired = applyAcceptList(findings, list, new Date('2026-11-22T10:00:00Z'));
    expect(findings.every((f) => !f.accepted)).toBe(true);
    expect(expired).toEqual([{ entry: list[0], findings: 2 }]);
    // The expiry day itself still counts.
    const again = [finding()];
    expect(applyAcceptList(again, list, new Date('2026-11-21T23:00:00Z'))).toEqual([]);
    expect(again[0].accepted).toBe(true);
  });
});
