import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { parseUsage } from '../../../src/core/impact/usage.js';

const USER = 'arn:aws:iam::111122223333:user/batch-job';
const ROLE = 'arn:aws:iam::111122223333:role/deployer';

describe('parseUsage', () => {
  it('reads action lists and Access Advisor action-level responses, keeping only accessed actions', () => {
    const usage = parseUsage(
      {
        [USER]: ['s3:PutObject', 's3:GetObject', 's3:PutObject'],
        [ROLE]: {
          JobStatus: 'COMPLETED',
          ServicesLastAccessed: [
            {
              ServiceNamespace: 's3',
              TrackedActionsLastAccessed: [
                { ActionName: 'PutObject', LastAccessedTime: '2026-11-01T10:00:00Z' },
                { ActionName: 'DeleteObject' },
              ],
            },
            { ServiceNamespace: 'ec2' },
          ],
        },
      },
      'usage.json',
    );
    expect([...usage.entries()]).toEqual([
      [USER, ['s3:PutObject', 's3:GetObject']],
      [ROLE, ['s3:PutObject']],
    ]);
  });

  it.each([
    [[], /usage\.json: a usage file must be a JSON object keyed by principal ARN/],
    [{ 'batch-job': ['s3:GetObject'] }, /usage\.json: "batch-job": not an IAM user or role ARN/],
    [
      { [USER]: ['s3 GetObject'] },
      /usage\.json: "arn:aws:iam::111122223333:user\/batch-job"\[0\]: "s3 GetObject" is not an action/,
    ],
    [{ [USER]: 's3:GetObject' }, /must be a list of actions or an Access Advisor response/],
    [
      { [ROLE]: { ServicesLastAccessed: [{}] } },
      /ServicesLastAccessed\[0\]: must be an object with a ServiceNamespace/,
    ],
    [
      { [ROLE]: { ServicesLastAccessed: [{ ServiceNamespace: 's3', TrackedActionsLastAccessed: [{}] }] } },
      /TrackedActionsLastAccessed\[0\]: must be an object with an ActionName/,
    ],
  ])('rejects %j with a message naming the file and the path', (value, message) => {
    let error: unknown;
    try {
      parseUsage(value, 'usage.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).hint).toMatch(/docs\/config\.md/);
  });
});
