# The pull request under review: enforce MFA in the workload account.

# 1. AWS's "self-manage an MFA device" policy: everything but MFA self-service is denied without MFA.
resource "aws_iam_policy" "force_mfa" {
  name        = "ForceMFA"
  description = "Deny everything but MFA self-service unless signed in with MFA"
  policy      = file("${path.module}/policies/force-mfa.json")
}

resource "aws_iam_user_policy_attachment" "force_mfa" {
  for_each = var.workload_users

  user       = each.value
  policy_arn = aws_iam_policy.force_mfa.arn
}

# 2. A guard rail for the whole Workloads OU: no API call without MFA.
resource "aws_organizations_policy" "require_mfa" {
  provider = aws.management

  name        = "RequireMFA"
  description = "Deny every action without MFA in workload accounts"
  type        = "SERVICE_CONTROL_POLICY"
  content     = file("${path.module}/scps/require-mfa.json")
}

resource "aws_organizations_policy_attachment" "require_mfa_workloads" {
  provider = aws.management

  policy_id = aws_organizations_policy.require_mfa.id
  target_id = var.workloads_ou_id
}
