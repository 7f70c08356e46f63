import { describe, expect, it } from '@jest/globals';
import {
  classifyCaller,
  exemptedByNotPrincipal,
  matchPrincipal,
  type Caller,
} from '../../../src/core/evaluate/principal.js';
import type { PrincipalSpec } from '../../../src/core/policy/types.js';

function caller(arn: string): Caller {
  const c = classifyCaller(arn);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

function aws(...entries: string[]): PrincipalSpec {
  return { wildcard: false, aws: entries, service: [], federated: [], canonicalUser: [] };
}

describe('principal.ts', () => {
  it.each<[string, Partial<Caller>]>([
    ['arn:aws:iam::111122223333:user/team/alice', { kind: 'user', account: '111122223333', serviceLinked: false }],
    ['arn:aws:iam::111122223333:role/ops/deploy', { kind: 'role', roleName: 'deploy', serviceLinked: false }],
    [
      'arn:aws:iam::111122223333:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk',
      { kind: 'role', serviceLinked: true },
    ],
    [
      'arn:aws:sts::111122223333:assumed-role/deploy/ci',
      { kind: 'assumedRole', roleName: 'deploy', serviceLinked: false },
    ],
    ['arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForECS/ecs', { kind: 'assumedRole', serviceLinked: true }],
    ['arn:aws:sts::111122223333:federated-user/bob', { kind: 'federatedUser' }],
    ['arn:aws:iam::111122223333:root', { kind: 'root' }],
    ['ec2.amazonaws.com', { kind: 'service', account: '' }],
  ])('classifies %s', (arn, expected) => {
    expect(caller(arn)).toMatchObject(expected);
  });

  it.each(['alice', 'arn:aws:s3:::bucket', 'arn:aws:iam::1234:user/a', 'arn:aws:sts::111122223333:assumed-role/only'])(
    'rejects %s with a reason',
    (arn) => {
      expect(typeof classifyCaller(arn)).toBe('string');
    },
  );

  it('says how a Principal names the caller', () => {
    const session = caller('arn:aws:sts::111122223333:assumed-role/deploy/ci');
    expect(matchPrincipal(aws('arn:aws:sts::111122223333:assumed-role/deploy/ci'), session)).toBe('direct');
    expect(matchPrincipal(aws('arn:aws:iam::111122223333:role/path/deploy'), session)).toBe('role');
    expect(matchPrincipal(aws('111122223333'), session)).toBe('account');
    expect(matchPrincipal(aws('arn:aws:iam::111122223333:root'), session)).toBe('account');
    expect(matchPrincipal(aws('444455556666'), session)).toBeUndefined();
    expect(matchPrincipal(aws('arn:aws:iam::444455556666:role/deploy'), session)).toBeUndefined();
    expect(matchPrincipal({ ...aws(), wildcard: true }, session)).toBe('wildcard');
    // The strongest naming wins when several entries match.
    expect(matchPrincipal(aws('111122223333', 'arn:aws:sts::111122223333:assumed-role/deploy/ci'), session)).toBe(
      'direct',
    );
    const user = caller('arn:aws:iam::111122223333:user/alice');
    expect(matchPrincipal(aws('arn:aws:iam::111122223333:user/alice'), user)).toBe('direct');
    expect(matchPrincipal(aws('arn:aws:iam::111122223333:user/Alice'), user)).toBeUndefined();
    expect(matchPrincipal({ ...aws(), service: ['ec2.amazonaws.com'] }, user)).toBeUndefined();
    expect(matchPrincipal({ ...aws(), service: ['ec2.amazonaws.com'] }, caller('ec2.amazonaws.com'))).toBe('direct');
  });

  it('exempts a caller from NotPrincipal only when both its ARN and its account are listed', () => {
    const user = caller('arn:aws:iam::111122223333:user/alice');
    expect(exemptedByNotPrincipal(aws('arn:aws:iam::111122223333:user/alice'), user)).toBe(false);
    expect(exemptedByNotPrincipal(aws('arn:aws:iam::111122223333:user/alice', '111122223333'), user)).toBe(true);
    expect(exemptedByNotPrincipal(aws('arn:aws:iam::111122223333:root'), user)).toBe(false);
    expect(
      exemptedByNotPrincipal(aws('arn:aws:iam::111122223333:root'), caller('arn:aws:iam::111122223333:root')),
    ).toBe(true);
    const session = caller('arn:aws:sts::111122223333:assumed-role/deploy/ci');
    expect(exemptedByNotPrincipal(aws('arn:aws:iam::111122223333:role/deploy', '111122223333'), session)).toBe(false);
    expect(
      exemptedByNotPrincipal(
        aws('arn:aws:sts::111122223333:assumed-role/deploy/ci', 'arn:aws:iam::111122223333:root'),
        session,
      ),
    ).toBe(true);
  });
});
