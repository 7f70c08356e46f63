/**
 * Turns the AWS SDK errors a user can fix (a denied call, missing credentials, persistent throttling) into
 * {@link UserError}s that name the API call, the IAM action it needs and what to do. Everything else is rethrown
 * untouched: it is a bug or an outage, and the caller reports it as such.
 */
import { UserError } from '../../core/errors.js';

/** The AWS services the live reader calls. */
export type AwsService = 'iam' | 'organizations' | 'sts';

/** What was being called when an error happened, for the message. */
export interface AwsCall {
  /** The service, as it appears in IAM actions (`iam`, `organizations`, `sts`). */
  service: AwsService;
  /** The API operation, for example `ListRoots`. */
  operation: string;
  /** The account being read, when known. */
  account?: string;
  /** For `AssumeRole` and calls made with the assumed credentials: the member role. */
  roleArn?: string;
  /** The ARN of the base credentials' identity, when known. */
  callerArn?: string;
}

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);
const NOT_IN_ORGANIZATION = 'AWSOrganizationsNotInUseException';
// The names the SDK itself classifies as throttling (its retry strategy retries them); reaching us means every
// attempt was throttled.
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'LimitExceededException',
]);
// Credentials that exist but that AWS does not accept: as fixable as missing ones.
const REJECTED_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
]);

const CREDENTIALS_REMEDY =
  'Configure AWS credentials (in GitHub Actions: aws-actions/configure-aws-credentials with OIDC role-to-assume, ' +
  'and `permissions: id-token: write` on the job), or run from snapshots with --inventory.';

interface SdkErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $retryable?: { throttling?: boolean };
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {};
}

function isThrottling(error: SdkErrorShape): boolean {
  return (
    THROTTLING.has(error.name ?? '') || error.$metadata?.httpStatusCode === 429 || error.$retryable?.throttling === true
  );
}

function describeAccount(call: AwsCall): string {
  if (!call.account) return '';
  return call.roleArn ? ` in account ${call.account} (as ${call.roleArn})` : ` in account ${call.account}`;
}

function organizationsError(name: string, awsMessage: string, call: AwsCall): UserError {
  const action = `organizations:${call.operation}`;
  if (call.operation === 'ListAccounts') {
    // Account discovery without reading the organization: SCPs are not at stake here, the account list is.
    return new UserError(
      `The organization's accounts could not be listed: ${action} ${
        name === NOT_IN_ORGANIZATION ? 'failed because the account is not in an organization' : 'was denied'
      } (${awsMessage}).`,
      'Run from the management account or a delegated administrator, or list the accounts to read explicitly.',
    );
  }
  if (name === NOT_IN_ORGANIZATION) {
    return new UserError(
      `SCPs not read: ${action} failed because the account is not in an organization (${awsMessage}). ` +
        'If that is expected, pass `include-organization: false` (action) or --no-organization (CLI).',
      'Without an organization no SCPs or RCPs apply; the flag makes that explicit.',
    );
  }
  return new UserError(
    `SCPs not read: ${action} was denied (${awsMessage}). Run from the management account or a delegated ` +
      'administrator, or supply an org snapshot with --inventory.',
    'The caller needs organizations:Describe* and organizations:List* (the AWS managed policies ' +
      'AWSOrganizationsReadOnlyAccess and SecurityAudit include them). To analyse without SCPs and RCPs on ' +
      'purpose, pass `include-organization: false` or --no-organization.',
  );
}

/**
 * The {@link UserError} for `error` raised by `call`, or `error` itself when it is not something the user can fix.
 * The result is meant to be thrown.
 */
export function toUserError(error: unknown, call: AwsCall): unknown {
  if (error instanceof UserError) return error;
  const sdk = shape(error);
  const name = sdk.name ?? '';
  const awsMessage = sdk.message || name || 'no message';
  const action = `${call.service}:${call.operation}`;

  if (name === 'CredentialsProviderError') {
    return new UserError(`No AWS credentials for ${action} (${awsMessage}). ${CREDENTIALS_REMEDY}`);
  }
  if (REJECTED_CREDENTIALS.has(name)) {
    return new UserError(
      `AWS rejected the credentials for ${action}${describeAccount(call)} (${name}: ${awsMessage}). ` +
        CREDENTIALS_REMEDY,
    );
  }
  if (call.service === 'organizations' && (ACCESS_DENIED.has(name) || name === NOT_IN_ORGANIZATION)) {
    return organizationsError(name, awsMessage, call);
  }
  if (ACCESS_DENIED.has(name) && call.service === 'sts' && call.operation === 'AssumeRole') {
    const role = call.roleArn ?? 'the member role';
    const caller = call.callerArn ? ` (${call.callerArn})` : '';
    return new UserError(
      `Could not read account ${call.account ?? '?'}: sts:AssumeRole on ${role} was denied (${awsMessage}). ` +
        `The member role's trust policy must trust the caller${caller}, and the caller needs sts:AssumeRole on it.`,
      'Create the member role in every account to read (for example with a CloudFormation StackSet) with a trust ' +
        'policy naming the caller, or restrict the accounts to read.',
    );
  }
  if (ACCESS_DENIED.has(name)) {
    return new UserError(
      `${action} was denied${describeAccount(call)} (${awsMessage}).`,
      `Grant ${action} to the credentials iam-impact runs with (the AWS managed policy SecurityAudit includes the ` +
        'read actions it needs), or supply a snapshot with --inventory.',
    );
  }
  if (isThrottling(sdk)) {
    const attempts = sdk.$metadata?.attempts;
    return new UserError(
      `${action}${describeAccount(call)} was still throttled after ${attempts ?? 'several'} attempts (${awsMessage}).`,
      'Lower the concurrency (the `concurrency` input or --concurrency) or run again later; other tools in the ' +
        'account may be using the same API quota.',
    );
  }
  return error;
}

/** Runs one SDK call and maps its failure with {@link toUserError}. */
export async function callAws<T>(call: AwsCall, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toUserError(error, call);
  }
}
