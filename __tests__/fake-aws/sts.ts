/**
 * STS (query protocol) operations of the fake, and the credentials it recognises: `AKIAFAKE<account>` for an
 * account's base credentials, `ASIAFAKE<account><n>` for sessions minted by AssumeRole.
 */
import { randomBytes } from 'node:crypto';
import { detailsOf, knownAccounts, type Caller, type HandlerRequest } from './model.js';
import { AwsError, intParam, str, type QueryParams, type XmlValue } from './wire.js';

const BASE_PREFIX = 'AKIAFAKE';
const SESSION_PREFIX = 'ASIAFAKE';

/** Credentials the fake recognises for an account. */
export function fakeCredentials(account: string): { accessKeyId: string; secretAccessKey: string } {
  return { accessKeyId: `${BASE_PREFIX}${account}`, secretAccessKey: `fake-secret-${account}` };
}

/** A role session minted by AssumeRole. */
export interface Session {
  account: string;
  roleArn: string;
  roleName: string;
  roleId: string;
  sessionName: string;
}

/** The identity base credentials of an account stand for. */
export function baseCaller(account: string): Caller {
  return { account, arn: `arn:aws:iam::${account}:user/fake-aws-caller`, userId: `AIDAFAKE${account}` };
}

function sessionCaller(session: Session): Caller {
  return {
    account: session.account,
    arn: `arn:aws:sts::${session.account}:assumed-role/${session.roleName}/${session.sessionName}`,
    userId: `${session.roleId}:${session.sessionName}`,
  };
}

/**
 * Resolves an access key id to a caller: minted session keys to their session, `AKIAFAKE<account>` to that
 * account, anything else to the default caller account.
 */
export function resolveCaller(
  accessKeyId: string,
  sessions: ReadonlyMap<string, Session>,
  defaultAccount: string,
): Caller {
  const session = sessions.get(accessKeyId);
  if (session) return sessionCaller(session);
  const minted = new RegExp(`^${SESSION_PREFIX}(\\d{12})`).exec(accessKeyId);
  if (minted) {
    // A session key from another fake instance: keep the account, the role is unknown.
    return sessionCaller({
      account: minted[1],
      roleArn: '',
      roleName: 'unknown',
      roleId: 'AROAFAKE',
      sessionName: 'unknown',
    });
  }
  const base = new RegExp(`^${BASE_PREFIX}(\\d{12})$`).exec(accessKeyId);
  return baseCaller(base ? base[1] : defaultAccount);
}

/** Runs one STS operation. */
export function handleSts(req: HandlerRequest<QueryParams>, sessions: Map<string, Session>): Record<string, XmlValue> {
  if (req.operation === 'GetCallerIdentity') {
    return { UserId: req.caller.userId, Account: req.caller.account, Arn: req.caller.arn };
  }
  if (req.operation === 'AssumeRole') return assumeRole(req, sessions);
  throw new AwsError(
    400,
    'InvalidAction',
    `The fake AWS endpoint does not implement sts:${req.operation}. Add it to __tests__/fake-aws.`,
  );
}

function assumeRole(req: HandlerRequest<QueryParams>, sessions: Map<string, Session>): Record<string, XmlValue> {
  const roleArn = str(req.params.RoleArn);
  const sessionName = str(req.params.RoleSessionName);
  if (!roleArn || roleArn.length < 20) {
    throw new AwsError(
      400,
      'ValidationError',
      "1 validation error detected: Value at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
  }
  if (!sessionName || !/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
    throw new AwsError(
      400,
      'ValidationError',
      `1 validation error detected: Value '${sessionName ?? 'null'}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  const duration = intParam(req.params.DurationSeconds, 'durationSeconds', 900, 43200) ?? 3600;
  const denied = () =>
    new AwsError(
      403,
      'AccessDenied',
      `User: ${req.caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    );
  const m = /^arn:[^:]+:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
  if (!m) throw new AwsError(400, 'ValidationError', `${roleArn} is invalid`);
  const [, account, pathAndName] = m;
  const name = pathAndName.slice(pathAndName.lastIndexOf('/') + 1);
  if (!knownAccounts(req.settings.snapshot).has(account)) throw denied();
  const role = detailsOf(req.settings.snapshot, account).RoleDetailList?.find((r) => r.RoleName === name);
  if (!role) throw denied();
  // A RoleArn that spells a path must spell the role's own.
  if (pathAndName.includes('/') && role.Arn.split(':').slice(5).join(':') !== `role/${pathAndName}`) throw denied();

  const accessKeyId = `${SESSION_PREFIX}${account}${randomBytes(4).toString('hex').toUpperCase()}`;
  const roleId = role.RoleId ?? `AROAFAKE${account}`;
  sessions.set(accessKeyId, { account, roleArn: role.Arn, roleName: role.RoleName, roleId, sessionName });
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: randomBytes(20).toString('base64'),
      SessionToken: `FakeSessionToken/${randomBytes(24).toString('base64')}`,
      Expiration: new Date(Date.now() + duration * 1000),
    },
    AssumedRoleUser: {
      AssumedRoleId: `${roleId}:${sessionName}`,
      Arn: `arn:aws:sts::${account}:assumed-role/${role.RoleName}/${sessionName}`,
    },
  };
}
