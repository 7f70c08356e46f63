/**
 * The built-in what-if `enforce-mfa`: AWS's force-MFA pattern, as the IAM User Guide publishes it in "AWS: Allows
 * MFA-authenticated IAM users to manage their own MFA device on the Security credentials page"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html),
 * in its revision since November 2022 (`iam:CreateVirtualMFADevice` on `mfa/*`, no `iam:DeleteVirtualMFADevice`).
 *
 * Its `DenyAllExceptListedIfNoMFA` statement denies everything but MFA enrolment and `sts:GetSessionToken` unless
 * the request carries MFA; `BoolIfExists` makes a request without the key (long-term access keys) denied too. The
 * allow statements are what lets a user without MFA enrol one, so the identity variant keeps them: an audit of the
 * bare Deny would report every user who cannot enrol, which is not what rolling out AWS's policy does.
 */
import { parsePolicyDocument } from '../../policy/parse-policy.js';
import type { PolicyDocument } from '../../policy/types.js';

/** The name the what-if's policy has in the report. */
export const ENFORCE_MFA_NAME = 'iam-impact-what-if-enforce-mfa';

/** The actions the Deny leaves to a request without MFA: enrolling a device and getting an MFA session. */
export const ENFORCE_MFA_NOT_ACTION = [
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetUser',
  'iam:ListMFADevices',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
] as const;

const DENY_WITHOUT_MFA = {
  Sid: 'DenyAllExceptListedIfNoMFA',
  Effect: 'Deny',
  NotAction: [...ENFORCE_MFA_NOT_ACTION],
  Resource: '*',
  Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
};

/** The identity policy, as AWS publishes it. */
const IDENTITY_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowViewAccountInfo', Effect: 'Allow', Action: 'iam:ListVirtualMFADevices', Resource: '*' },
    {
      Sid: 'AllowManageOwnVirtualMFADevice',
      Effect: 'Allow',
      Action: 'iam:CreateVirtualMFADevice',
      Resource: 'arn:aws:iam::*:mfa/*',
    },
    {
      Sid: 'AllowManageOwnUserMFA',
      Effect: 'Allow',
      Action: [
        'iam:DeactivateMFADevice',
        'iam:EnableMFADevice',
        'iam:GetUser',
        'iam:ListMFADevices',
        'iam:ResyncMFADevice',
      ],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
    DENY_WITHOUT_MFA,
  ],
};

/**
 * As an SCP, only the Deny: an SCP grants nothing, so the allow statements would change no decision. In an SCP it
 * also reaches role sessions, which carry no MFA context unless the caller got an MFA session before AssumeRole.
 */
const SCP_POLICY = { Version: '2012-10-17', Statement: [DENY_WITHOUT_MFA] };

/** The what-if's document: the managed (identity) policy attached to users, or the SCP. */
export function enforceMfaDocument(as: 'managed-policy' | 'scp'): PolicyDocument {
  return as === 'scp'
    ? parsePolicyDocument(SCP_POLICY, { kind: 'scp' })
    : parsePolicyDocument(IDENTITY_POLICY, { kind: 'identity' });
}
