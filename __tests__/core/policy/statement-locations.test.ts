import { describe, expect, it } from '@jest/globals';
import { locateStatements } from '../../../src/core/policy/statement-locations.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';

describe('statement-locations.ts', () => {
  it('gives the line and column of each statement, and parsePolicyDocument attaches them', () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},',
      '',
      '    {',
      '      "Sid": "Deny",',
      '      "Effect": "Deny", "Action": "*", "Resource": "*"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const locations = locateStatements(text, 'policies/a.json');
    expect(locations).toEqual([
      { file: 'policies/a.json', line: 4, column: 5 },
      { file: 'policies/a.json', line: 6, column: 5 },
    ]);
    const doc = parsePolicyDocument(text, { kind: 'identity', locations });
    expect(doc.statements[1].location).toEqual({ file: 'policies/a.json', line: 6, column: 5 });
  });

  it('handles a single Statement object and CRLF line ends', () => {
    const text = '{\r\n"Statement":\r\n  {"Effect":"Allow","Action":"*","Resource":"*"}\r\n}';
    expect(locateStatements(text, 'x.json')).toEqual([{ file: 'x.json', line: 3, column: 3 }]);
  });

  it('returns nothing for text that is not a policy object', () => {
    expect(locateStatements('[1,2]', 'x.json')).toEqual([]);
    expect(locateStatements('{"Version": "2012-10-17"}', 'x.json')).toEqual([]);
    expect(locateStatements('{"Statement": ', 'x.json')).toEqual([]);
  });
});
