import { describe, expect, it } from '@jest/globals';
import {
  AccessDeniedException,
  AWSOrganizationsNotInUseException,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
import { callAws, toUserError } from '../../../src/adapters/aws/aws-errors.js';
import { UserError } from '../../../src/core/errors.js';

const meta = { $fault: 'client' as const, $metadata: { httpStatusCode: 400, attempts: 1 } };

// An error as the SDK builds it for a code its model does not declare (IAM and STS `AccessDenied`).
function unmodeled(name: string, message: string, status = 403, attempts = 1): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: status, attempts } });
}

function mapped(error: unknown, call: Parameters<typeof toUserError>[1]): UserError {
  const result = toUserError(error, call);
  expect(result).toBeInstanceOf(UserError);
  return result as UserError;
}

describe('toUserError', () => {
  it('names the denied Organizations operation and the ways out', () => {
    const error = new AccessDeniedException({
      message: 'You don’t have permissions to access this resource.',
      ...meta,
    });
    const e = mapped(error, { service: 'organizations', operation: 'ListRoots' });
    expect(e.message).toBe(
      'SCPs not read: organizations:ListRoots was denied (You don’t have permissions to access this resource.). ' +
        'Run from the management account or a delegated administrator, or supply an org snapshot with --inventory.',
    );
    expect(e.hint).toContain('organizations:List*');
  });

  it('treats an unmodeled AccessDenied from Organizations the same way', () => {
    const e = mapped(unmodeled('AccessDenied', 'nope'), { service: 'organizations', operation: 'DescribePolicy' });
    expect(e.message).toMatch(
      /^SCPs not read: organizations:DescribePolicy was denied \(nope\)\. Run from the management/,
    );
  });

  it('says when the account is not in an organization, and how to skip it on purpose', () => {
    const error = new AWSOrganizationsNotInUseException({
      message: 'Your account is not a member of an organization.',
      ...meta,
    });
    const e = mapped(error, { service: 'organizations', operation: 'DescribeOrganization' });
    expect(e.message).toContain('SCPs not read: organizations:DescribeOrganization');
    expect(e.message).toContain('not in an organization');
    expect(e.message).toContain('include-organization: false');
    expect(e.message).toContain('--no-organization');
  });

  it('names iam:GetAccountAuthorizationDetails, the account and the member role', () => {
    const e = mapped(unmodeled('AccessDenied', 'User: x is not authorized'), {
      service: 'iam',
      operation: 'GetAccountAuthorizationDetails',
      account: '111122223333',
      roleArn: 'arn:aws:iam::111122223333:role/Reader',
    });
    expect(e.message).toBe(
      'iam:GetAccountAuthorizationDetails was denied in account 111122223333 ' +
        '(as arn:aws:iam::111122223333:role/Reader) (User: x is not authorized).',
    );
    expect(e.hint).toContain('SecurityAudit');
  });

  it('names the role ARN, sts:AssumeRole and the trust policy when AssumeRole is denied', () => {
    const e = mapped(unmodeled('AccessDenied', 'not authorized to perform: sts:AssumeRole'), {
      service: 'sts',
      operation: 'AssumeRole',
      account: '444455556666',
      roleArn: 'arn:aws:iam::444455556666:role/IamImpact',
      callerArn: 'arn:aws:iam::111122223333:user/ci',
    });
    expect(e.message).toContain('arn:aws:iam::444455556666:role/IamImpact');
    expect(e.message).toContain('sts:AssumeRole');
    expect(e.message).toContain('trust policy must trust the caller (arn:aws:iam::111122223333:user/ci)');
  });

  it('tells how to configure credentials when there are none', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    const e = mapped(error, { service: 'sts', operation: 'GetCallerIdentity' });
    expect(e.message).toContain('Could not load credentials from any providers');
    expect(e.message).toContain('aws-actions/configure-aws-credentials');
    expect(e.message).toContain('id-token: write');
    expect(e.message).toContain('--inventory');
  });

  it('reports throttling that outlasted the retries with the call and the concurrency remedy', () => {
    const error = new TooManyRequestsException({ message: 'Rate exceeded', ...meta, $metadata: { attempts: 10 } });
    const e = mapped(error, { service: 'organizations', operation: 'ListPoliciesForTarget' });
    expect(e.message).toBe(
      'organizations:ListPoliciesForTarget was still throttled after 10 attempts (Rate exceeded).',
    );
    expect(e.hint).toContain('concurrency');
    const iam = mapped(unmodeled('Throttling', 'Rate exceeded', 400, 10), {
      service: 'iam',
      operation: 'GetAccountAuthorizationDetails',
      account: '111122223333',
    });
    expect(iam.message).toContain('iam:GetAccountAuthorizationDetails in account 111122223333 was still throttled');
  });

  it('returns anything else unchanged', () => {
    const outage = unmodeled('ServiceUnavailable', 'down', 503);
    expect(toUserError(outage, { service: 'iam', operation: 'GetAccountAuthorizationDetails' })).toBe(outage);
    const bug = new TypeError('x is undefined');
    expect(toUserError(bug, { service: 'sts', operation: 'AssumeRole' })).toBe(bug);
  });
});

describe('callAws', () => {
  it('passes results through and maps failures', async () => {
    await expect(callAws({ service: 'sts', operation: 'GetCallerIdentity' }, async () => 42)).resolves.toBe(42);
    await expect(
      callAws({ service: 'organizations', operation: 'ListRoots' }, async () => {
        throw unmodeled('AccessDeniedException', 'denied');
      }),
    ).rejects.toThrow('SCPs not read: organizations:ListRoots was denied (denied).');
  });
});
