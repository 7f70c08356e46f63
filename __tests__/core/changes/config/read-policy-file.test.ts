import { describe, expect, it } from '@jest/globals';
import { documentFingerprint } from '../../../../src/core/policy/serialize-policy.js';
import {
  documentLine,
  lineOfJsonPath,
  PolicyFileError,
  readPolicyFile,
} from '../../../../src/core/changes/config/read-policy-file.js';

const TEXT = `

{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "*",
      "Condition": {
        "StringEquals": {
          "aws:PrincipalTag/team.name": "blue",
          "aws:PrincipalTag/team": "red"
        }
      }
    }
  ]
}
`;

describe('read-policy-file', () => {
  it('finds the line of a JSON path, with dotted keys and missing elements', () => {
    expect(documentLine(TEXT)).toBe(3);
    expect(lineOfJsonPath(TEXT, '')).toBe(3);
    expect(lineOfJsonPath(TEXT, 'Version')).toBe(4);
    expect(lineOfJsonPath(TEXT, 'Statement[0]')).toBe(6);
    expect(lineOfJsonPath(TEXT, 'Statement[0].Condition.StringEquals.aws:PrincipalTag/team.name')).toBe(12);
    expect(lineOfJsonPath(TEXT, 'Statement[0].Condition.StringEquals.aws:PrincipalTag/team')).toBe(13);
    expect(lineOfJsonPath(TEXT, 'Statement[0].Sid')).toBe(6);
    expect(lineOfJsonPath(TEXT, 'Statement[3].Effect')).toBe(5);
    expect(lineOfJsonPath('not json', 'Statement')).toBe(1);
  });

  it('reads statements with their file, line and column', () => {
    const document = readPolicyFile(TEXT, 'p.json', 'identity');
    expect(document.statements[0].location).toEqual({ file: 'p.json', line: 6, column: 5 });
    expect(readPolicyFile(`\uFEFF${TEXT}`, 'p.json', 'identity')).toEqual(document);
  });

  it('reports a bad condition value at its own line', () => {
    const bad = TEXT.replace('"red"', '{ "nested": true }');
    let error: unknown;
    try {
      readPolicyFile(bad, 'p.json', 'identity');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyFileError);
    expect(error).toMatchObject({
      message:
        'p.json:13: Statement[0].Condition.StringEquals.aws:PrincipalTag/team: a condition value must be a string, number or boolean, got an object',
      file: 'p.json',
      line: 13,
    });
  });

  it('reads documents that compare equal without their locations', () => {
    const a = readPolicyFile(TEXT, 'a.json', 'identity');
    const b = readPolicyFile(JSON.stringify(JSON.parse(TEXT)), 'b.json', 'identity');
    expect(a).not.toEqual(b);
    expect(documentFingerprint(a)).toBe(documentFingerprint(b));
  });
});
