/**
 * Hand-built impact reports for the renderer tests: the MFA roll-out stories, an SCP that locks role sessions out,
 * a Terraform plan with values unknown until apply, a clean change, and a change that touches two accounts.
 */
import { BUILT_IN_SCENARIOS } from '../../../src/core/impact/scenarios.js';
import type { Finding, ImpactReport, ReportSummary } from '../../../src/core/impact/report-types.js';

export const LINK_BASE = 'https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567';

const SCENARIOS = BUILT_IN_SCENARIOS.map((s) => ({ id: s.id, description: s.description }));

const ACCOUNT = '111122223333';
const PROD = '222233334444';

function summarize(findings: Finding[], principals: number, decisions: number): ReportSummary {
  const who = (pred: (f: Finding) => boolean) => new Set(findings.filter(pred).map((f) => f.principal)).size;
  return {
    principals,
    decisions,
    lost: findings.filter((f) => f.change === 'lost').length,
    gained: findings.filter((f) => f.change === 'gained').length,
    incomplete: findings.filter((f) => f.change === 'incomplete').length,
    accepted: findings.filter((f) => f.accepted).length,
    principalsLosingAccess: who((f) => f.change === 'lost' && !f.accepted),
    principalsGainingAccess: who((f) => f.change === 'gained'),
    principalsIncomplete: who((f) => f.change === 'incomplete'),
  };
}

const FORCE_MFA_CAUSE = {
  summary:
    'identity-based policy arn:aws:iam::111122223333:policy/ForceMFA statement "DenyAllExceptListedIfNoMFA" (#1) at policies/force-mfa.json:42',
  layer: 'identity',
  policy: 'arn:aws:iam::111122223333:policy/ForceMFA',
  statementIndex: 1,
  sid: 'DenyAllExceptListedIfNoMFA',
  file: 'policies/force-mfa.json',
  line: 42,
} as const;

function mfaHint(user: string): string {
  return `obtain an MFA session with \`aws sts get-session-token --serial-number arn:aws:iam::${ACCOUNT}:mfa/${user} --token-code …\` (valid up to 36 h)`;
}

function forceMfaLoss(user: string, scenario: string, action: string, size: number, examples: string[]): Finding {
  return {
    change: 'lost',
    principal: `arn:aws:iam::${ACCOUNT}:user/${user}`,
    account: ACCOUNT,
    scenario,
    action,
    resource: '*',
    before: 'allowed',
    after: 'explicitDeny',
    cause: { ...FORCE_MFA_CAUSE },
    hint: mfaHint(user),
    accepted: false,
    actionClass: { size, examples },
    principalKind: 'user',
  };
}

/** The force-MFA policy: a batch user with access keys loses its uploads, a developer almost everything. */
export function mfaRolloutReport(): ImpactReport {
  const findings: Finding[] = [
    {
      ...forceMfaLoss('batch-uploader', 'access-key', 's3:PutObject', 2, ['s3:PutObject', 's3:PutObjectAcl']),
      resource: 'arn:aws:s3:::acme-reports/*',
    },
    forceMfaLoss('dev-alice', 'access-key', 's3:PutObject', 16_300, ['s3:PutObject', 'lambda:InvokeFunction']),
    forceMfaLoss('dev-alice', 'access-key', 'ec2:RunInstances', 42, ['ec2:RunInstances', 'ec2:StartInstances']),
    forceMfaLoss('dev-alice', 'no-mfa-session', 's3:PutObject', 16_300, ['s3:PutObject', 'lambda:InvokeFunction']),
    forceMfaLoss('dev-alice', 'no-mfa-session', 'ec2:RunInstances', 42, ['ec2:RunInstances', 'ec2:StartInstances']),
  ];
  const enrolment =
    'cannot call iam:CreateVirtualMFADevice without MFA: ReadOnlyAccess does not allow it, and "DenyAllExceptListedIfNoMFA" (policies/force-mfa.json:42) would deny everything else until they enrol';
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-23T09:30:00.000Z',
    summary: summarize(findings, 14, 2_240),
    findings,
    checks: [
      { id: 'mfa-enrolment', principal: `arn:aws:iam::${ACCOUNT}:user/analyst`, status: 'fail', detail: enrolment },
      { id: 'mfa-enrolment', principal: `arn:aws:iam::${ACCOUNT}:user/intern`, status: 'fail', detail: enrolment },
      {
        id: 'mfa-enrolment',
        principal: `arn:aws:iam::${ACCOUNT}:user/dev-alice`,
        status: 'pass',
        detail: 'can enrol an MFA device without MFA',
      },
      {
        id: 'exposed-without-mfa',
        principal: `arn:aws:iam::${ACCOUNT}:user/batch-uploader`,
        status: 'warn',
        detail: 'has 1 active access key and no MFA device: it cannot call get-session-token with MFA',
      },
    ],
    backend: { name: 'local', apiCalls: 0, notes: [] },
    warnings: [],
    scenarios: SCENARIOS,
  };
}

const SCP_CAUSE = {
  summary: 'SCP RequireMFA (p-7h2kq9xm) at level ou-ab12-prod statement "DenyWithoutMFA" (#0)',
  layer: 'scp',
  policy: 'RequireMFA (p-7h2kq9xm)',
  level: 'ou-ab12-prod',
  statementIndex: 0,
  sid: 'DenyWithoutMFA',
  file: 'org/scps.tf',
  line: 3,
  address: 'aws_organizations_policy.require_mfa',
} as const;

function scpLoss(role: string): Finding {
  return {
    change: 'lost',
    principal: `arn:aws:iam::${PROD}:role/${role}`,
    account: PROD,
    scenario: 'role-session',
    action: 's3:PutObject',
    resource: '*',
    before: 'allowed',
    after: 'explicitDeny',
    cause: { ...SCP_CAUSE },
    hint: 'this role session carries no MFA context: call GetSessionToken with MFA before AssumeRole',
    accepted: false,
    actionClass: { size: 16_412, examples: ['s3:PutObject', 'ec2:RunInstances', 'dynamodb:PutItem'] },
    principalKind: 'role',
  };
}

/** A new SCP requires MFA in production: role sessions lose everything; one of them is accepted. */
export function scpRoleSessionReport(): ImpactReport {
  const findings: Finding[] = [
    scpLoss('deploy'),
    {
      ...scpLoss('legacy-etl'),
      accepted: true,
      acceptedReason: 'legacy-etl is decommissioned on 2026-12-01 (OPS-4411)',
    },
  ];
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-23T09:31:00.000Z',
    summary: summarize(findings, 9, 1_188),
    findings,
    checks: [
      {
        id: 'role-session-mfa',
        principal: `arn:aws:iam::${PROD}:role/deploy`,
        status: 'fail',
        detail: 'its trust policy lets CI assume it without MFA, so every session of it is denied by the SCP',
      },
    ],
    backend: {
      name: 'aws',
      apiCalls: 37,
      notes: [
        'RCPs were evaluated locally: the IAM policy simulator does not support them',
        'SCP statements in causes come from the local engine: the simulator does not name them',
      ],
    },
    warnings: [],
    scenarios: SCENARIOS.filter((s) => s.id.startsWith('role-')),
  };
}

/** A Terraform plan whose policy document is computed during apply: incomplete, never "no impact". */
export function terraformIncompleteReport(): ImpactReport {
  const findings: Finding[] = [
    {
      change: 'incomplete',
      principal: `arn:aws:iam::${ACCOUNT}:role/app-runner`,
      account: ACCOUNT,
      scenario: '*',
      action: '*',
      resource: '*',
      before: 'unknown',
      after: 'unknown',
      cause: {
        summary: 'aws_iam_policy.app.policy is computed during apply (module.app.aws_iam_policy.app)',
        address: 'module.app.aws_iam_policy.app',
      },
      accepted: false,
      principalKind: 'role',
    },
    {
      change: 'incomplete',
      principal: '*',
      account: '333344445555',
      scenario: '*',
      action: '*',
      resource: '*',
      before: 'unknown',
      after: 'unknown',
      cause: {
        summary: 'the attachment target of aws_iam_role_policy_attachment.shared is unknown until apply',
        file: 'modules/shared/main.tf',
        line: 27,
        address: 'aws_iam_role_policy_attachment.shared',
      },
      accepted: false,
    },
    {
      change: 'gained',
      principal: `arn:aws:iam::${ACCOUNT}:user/ops-bob`,
      account: ACCOUNT,
      scenario: 'mfa-session',
      action: 's3:DeleteBucket',
      resource: '*',
      before: 'implicitDeny',
      after: 'allowed',
      cause: {
        summary: 'identity-based policy arn:aws:iam::111122223333:policy/BucketAdmin statement "AllowBucketAdmin" (#0)',
        layer: 'identity',
        policy: 'arn:aws:iam::111122223333:policy/BucketAdmin',
        statementIndex: 0,
        sid: 'AllowBucketAdmin',
        address: 'aws_iam_policy.bucket_admin',
      },
      accepted: false,
      actionClass: { size: 3, examples: ['s3:DeleteBucket', 's3:DeleteBucketPolicy', 's3:PutBucketPolicy'] },
      principalKind: 'user',
    },
  ];
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-23T09:32:00.000Z',
    summary: summarize(findings, 6, 480),
    findings,
    checks: [],
    backend: { name: 'local', apiCalls: 0, notes: [] },
    warnings: [
      {
        kind: 'drift',
        message:
          'the live default version of arn:aws:iam::111122223333:policy/BucketAdmin differs from the base revision of policies/bucket-admin.json',
        source: { origin: 'policy-file', file: 'policies/bucket-admin.json', line: 1 },
      },
      {
        kind: 'ignored-resource',
        message: 'aws_iam_access_key.ci is not an IAM policy change and is not evaluated',
        source: { origin: 'terraform', address: 'aws_iam_access_key.ci' },
      },
    ],
    scenarios: SCENARIOS,
  };
}

/** Nothing changes for anyone; every check passes. */
export function cleanReport(): ImpactReport {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-23T09:33:00.000Z',
    summary: summarize([], 3, 96),
    findings: [],
    checks: [
      {
        id: 'mfa-enrolment',
        principal: `arn:aws:iam::${ACCOUNT}:user/dev-alice`,
        status: 'pass',
        detail: 'can enrol an MFA device without MFA',
      },
    ],
    backend: { name: 'local', apiCalls: 0, notes: [] },
    warnings: [],
    scenarios: SCENARIOS,
  };
}

/** `count` users losing access in each of `accounts`, the n-th user losing n actions more than the one before. */
export function manyLossesReport(count: number, accounts: string[] = [ACCOUNT]): ImpactReport {
  const findings: Finding[] = [];
  for (const account of accounts) {
    for (let i = 0; i < count; i++) {
      const name = `user-${String(i).padStart(5, '0')}`;
      findings.push({
        ...forceMfaLoss(name, 'access-key', 's3:PutObject', 10 + i, ['s3:PutObject', 's3:GetObject']),
        principal: `arn:aws:iam::${account}:user/${name}`,
        account,
      });
    }
  }
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-23T09:34:00.000Z',
    summary: summarize(findings, count * accounts.length, count * accounts.length * 40),
    findings,
    checks: [
      {
        id: 'mfa-enrolment',
        principal: `arn:aws:iam::${accounts[0]}:user/analyst`,
        status: 'fail',
        detail: 'cannot call iam:CreateVirtualMFADevice without MFA',
      },
    ],
    backend: { name: 'local', apiCalls: 0, notes: [] },
    warnings: [],
    scenarios: SCENARIOS,
  };
}
