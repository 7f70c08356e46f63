/**
 * A fixture organization around one account's authorization details:
 *
 *     r-root                                  FullAWSAccess, RCPFullAWSAccess, DenyS3OutsideOrg (RCP)
 *     ├── 111122223333 management             FullAWSAccess, RCPFullAWSAccess
 *     └── ou-root-platform                    FullAWSAccess, RCPFullAWSAccess
 *         ├── 444455556666 platform-shared    FullAWSAccess, RCPFullAWSAccess
 *         └── ou-platform-prod                FullAWSAccess, RCPFullAWSAccess, RequireMFA (SCP)
 *             └── <member> prod               FullAWSAccess, RCPFullAWSAccess   (the given GAAD)
 *
 * The member account id is taken from the ARNs in the given GAAD (`222233334444` when it has none).
 */
import type {
  RawAuthorizationDetails,
  RawFullSnapshot,
  RawOrgPolicy,
} from '../../src/core/inventory/snapshot-format.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../src/core/inventory/snapshot-format.js';

export const MANAGEMENT_ACCOUNT = '111122223333';
export const SHARED_ACCOUNT = '444455556666';
export const DEFAULT_MEMBER_ACCOUNT = '222233334444';
/** The organization id the fake derives from the management account. */
export const ORGANIZATION_ID = 'o-fake223333';
export const ROOT_ID = 'r-root';
export const PLATFORM_OU = 'ou-root-platform';
export const PROD_OU = 'ou-platform-prod';

export const FULL_AWS_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};
export const REQUIRE_MFA = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyAllWithoutMFA',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
};
export const RCP_FULL_AWS_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};
export const DENY_S3_OUTSIDE_ORG = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORGANIZATION_ID },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
  ],
};

const ADMIN_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

function trust(principal: Record<string, string>) {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  };
}

/** A small GAAD for an account of the fixture organization: an admin user and an organization access role. */
function smallAccount(account: string): RawAuthorizationDetails {
  return {
    UserDetailList: [
      {
        Path: '/',
        UserName: 'admin',
        UserId: `AIDA${account}ADMIN`,
        Arn: `arn:aws:iam::${account}:user/admin`,
        CreateDate: '2024-01-02T03:04:05Z',
        GroupList: [],
        UserPolicyList: [],
        AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ACCESS_ARN }],
        Tags: [],
      },
    ],
    GroupDetailList: [],
    RoleDetailList: [
      {
        Path: '/',
        RoleName: 'OrganizationAccountAccessRole',
        RoleId: `AROA${account}ORGACCESS`,
        Arn: `arn:aws:iam::${account}:role/OrganizationAccountAccessRole`,
        CreateDate: '2024-01-02T03:04:05Z',
        AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${MANAGEMENT_ACCOUNT}:root` }),
        InstanceProfileList: [],
        RolePolicyList: [],
        AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ACCESS_ARN }],
        Tags: [{ Key: 'owner', Value: 'platform & security <team>' }],
        RoleLastUsed: { LastUsedDate: '2024-05-06T07:08:09Z', Region: 'us-east-1' },
      },
    ],
    Policies: [
      {
        PolicyName: 'AdministratorAccess',
        PolicyId: 'ANPAIWMBCKSKIEE64ZLYK',
        Arn: ADMIN_ACCESS_ARN,
        Path: '/',
        DefaultVersionId: 'v1',
        AttachmentCount: 2,
        PermissionsBoundaryUsageCount: 0,
        IsAttachable: true,
        CreateDate: '2015-02-06T18:39:46Z',
        UpdateDate: '2015-02-06T18:39:46Z',
        PolicyVersionList: [
          { Document: FULL_AWS_ACCESS, VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2015-02-06T18:39:46Z' },
        ],
      },
    ],
  };
}

/** The account the GAAD's ARNs name, or {@link DEFAULT_MEMBER_ACCOUNT}. */
export function memberAccountOf(gaad: RawAuthorizationDetails): string {
  const arns = [
    ...(gaad.UserDetailList ?? []).map((u) => u.Arn),
    ...(gaad.RoleDetailList ?? []).map((r) => r.Arn),
    ...(gaad.GroupDetailList ?? []).map((g) => g.Arn),
  ];
  for (const arn of arns) {
    const account = arn.split(':')[4];
    if (/^\d{12}$/.test(account)) return account;
  }
  return DEFAULT_MEMBER_ACCOUNT;
}

/** Wraps one account's GAAD into the three-level fixture organization. */
export function buildFixtureSnapshot(gaad: RawAuthorizationDetails): RawFullSnapshot {
  const member = memberAccountOf(gaad);
  const everyTarget = [ROOT_ID, PLATFORM_OU, PROD_OU, MANAGEMENT_ACCOUNT, SHARED_ACCOUNT, member];
  const policies: RawOrgPolicy[] = [
    {
      Id: 'p-FullAWSAccess',
      Name: 'FullAWSAccess',
      Type: 'SERVICE_CONTROL_POLICY',
      AwsManaged: true,
      // As DescribePolicy returns it: JSON text.
      Content: JSON.stringify(FULL_AWS_ACCESS),
      Targets: everyTarget,
    },
    {
      Id: 'p-requiremfa1',
      Name: 'RequireMFA',
      Type: 'SERVICE_CONTROL_POLICY',
      AwsManaged: false,
      // As a hand-written snapshot may hold it: an object.
      Content: REQUIRE_MFA,
      Targets: [PROD_OU],
    },
    {
      Id: 'p-RCPFullAWSAccess',
      Name: 'RCPFullAWSAccess',
      Type: 'RESOURCE_CONTROL_POLICY',
      AwsManaged: true,
      Content: JSON.stringify(RCP_FULL_AWS_ACCESS),
      Targets: everyTarget,
    },
    {
      Id: 'p-denys3outside',
      Name: 'DenyS3OutsideOrg',
      Type: 'RESOURCE_CONTROL_POLICY',
      AwsManaged: false,
      Content: JSON.stringify(DENY_S3_OUTSIDE_ORG),
      Targets: [ROOT_ID],
    },
  ];
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: '2026-01-01T00:00:00Z',
    organization: {
      managementAccountId: MANAGEMENT_ACCOUNT,
      roots: [{ Id: ROOT_ID, Name: 'Root' }],
      organizationalUnits: [
        { Id: PLATFORM_OU, Name: 'platform', ParentId: ROOT_ID },
        { Id: PROD_OU, Name: 'prod', ParentId: PLATFORM_OU },
      ],
      accounts: [
        { Id: MANAGEMENT_ACCOUNT, Name: 'management', ParentId: ROOT_ID },
        { Id: SHARED_ACCOUNT, Name: 'platform-shared', ParentId: PLATFORM_OU },
        { Id: member, Name: 'prod', ParentId: PROD_OU },
      ],
      policies,
    },
    accounts: {
      [MANAGEMENT_ACCOUNT]: smallAccount(MANAGEMENT_ACCOUNT),
      [SHARED_ACCOUNT]: smallAccount(SHARED_ACCOUNT),
      [member]: gaad,
    },
  };
}
