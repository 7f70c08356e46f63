/**
 * Every Terraform plan of the corpus (real `terraform show -json` output from three projects, Terraform 0.12 to
 * 1.12) converts, and finds the expected changes. Plans marked VERIFIED BY HAND were read resource by resource.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Change, type ChangeSet } from '../../../../src/core/changes/change-set.js';
import { readTerraformPlan } from '../../../../src/core/changes/terraform/read-terraform-plan.js';
import { describeWithCorpus } from '../../../helpers/corpus.js';
import { ACCOUNT, inventory } from './plan-builder.js';

type Counts = Partial<Record<Change['kind'], number>>;

const SAME_AS_PLAN_TAGS: Counts = { 'principal-created': 4, 'trust-policy': 3, 'inline-policy': 2, attachment: 2 };

const EXPECTED: Record<string, Counts> = {
  'checkov/common__runner_registry__plan_with_hcl_for_enrichment__tfplan.json': { 'managed-policy': 1 },
  // VERIFIED BY HAND: four aws_iam_role creates (r1/r6 × for_each p1/p2 in module.poc), each with one
  // inline_policy block and assume_role_policy unknown (it is data.aws_iam_policy_document.r3/r4[key].json, read
  // during apply because it depends on the new OIDC provider); the OIDC provider and the four data reads are
  // skipped. So 4 created, 4 trust policies (all Unknown) and 4 inline policies.
  'checkov/terraform__checks__data__aws__example_GithubActionsOIDCTrustPolicy__tfplan.json': {
    'principal-created': 4,
    'trust-policy': 4,
    'inline-policy': 4,
  },
  'checkov/terraform__image_referencer__resources__aws__codebuild_tfplan.json': {
    'principal-created': 1,
    'trust-policy': 1,
  },
  // VERIFIED BY HAND: 55 changes, IAM ones all creates: 3 roles (created + trust each), 1 user (created),
  // aws_iam_role_policy.ec2policy (role unknown, configuration references aws_iam_role.ec2role → resolved),
  // aws_iam_user_policy.userpolicy, 2 role policy attachments of AWS managed EKS policies; the access key and
  // instance profile change no access.
  'checkov/terraform__parser__resources__plan_tags__tfplan.json': SAME_AS_PLAN_TAGS,
  'checkov/terraform__runner__resources__plan__tfplan.json': SAME_AS_PLAN_TAGS,
  'checkov/terraform__runner__resources__plan_with_child_modules__tfplan.json': {},
  'checkov/terraform__runner__resources__plan_with_iam_data_block__tfplan.json': {},
  // VERIFIED BY HAND: group (no access by itself), group policy, managed policy, role `example` (name not set, so
  // Unknown entity) with its trust policy, role policy on it, user and user policy: 3 inline, 1 managed, 2
  // created, 1 trust.
  'checkov/terraform__runner__resources__plan_with_iam_policies__tfplan.json': {
    'inline-policy': 3,
    'managed-policy': 1,
    'principal-created': 2,
    'trust-policy': 1,
  },
  'checkov/terraform__runner__tf_plan_skip_check_regex__resource__skip_directory__tfplan2.json': SAME_AS_PLAN_TAGS,
  'checkov/terraform__runner__tfplan2.json': SAME_AS_PLAN_TAGS,
  'terraform-compliance/functional__actions_for_each_and_modules__plan.out.json': {
    'principal-created': 2,
    'trust-policy': 2,
  },
  'terraform-compliance/functional__actions_modules__plan.out.json': { 'principal-created': 1, 'trust-policy': 1 },
  'terraform-compliance/functional__test-it_must_be_in-affixes__plan.out.json': {
    'principal-created': 4,
    'trust-policy': 4,
  },
  'terraform-compliance/functional__test-it_must_be_in-fail__plan.out.json': {
    'principal-created': 3,
    'trust-policy': 3,
  },
  'terraform-compliance/functional__test-it_must_be_in-pass__plan.out.json': {
    'principal-created': 4,
    'trust-policy': 4,
  },
  'terraform-compliance/functional__test-it_must_cover-fail__plan.out.json': {
    'principal-created': 4,
    'trust-policy': 4,
  },
  'terraform-compliance/functional__test-it_must_not_be_in-pass__plan.out.json': {
    'principal-created': 3,
    'trust-policy': 3,
  },
  'terraform-compliance/functional__test_issue-115__plan.out.json': { 'managed-policy': 1 },
  'terraform-compliance/functional__test_issue-177__plan.out.json': { 'managed-policy': 1 },
  'terraform-compliance/functional__test_issue-203__plan.out.json': { 'principal-created': 1, 'trust-policy': 1 },
  'terraform-compliance/functional__test_issue-227__plan.out.json': { 'principal-created': 1, 'trust-policy': 1 },
  // VERIFIED BY HAND: all nine IAM resource changes (3 roles, 2 role policies, 2 instance profiles, 2
  // attachments) are ["no-op"]: nothing changes.
  'terraform-compliance/functional__test_issue-249-bad_feature__plan.out.json': {},
  'terraform-compliance/functional__test_issue-338-cache_resources_raw__plan.out.json': {
    'principal-created': 1,
    'trust-policy': 1,
  },
  'terraform-compliance/functional__test_issue-424__plan.out.json': { 'principal-created': 2, 'trust-policy': 2 },
  'terraform-compliance/functional__test_issue-456__plan.out.json': { 'principal-created': 2, 'trust-policy': 2 },
  'terraform-compliance/functional__test_issue_522__plan.out.json': {},
  // VERIFIED BY HAND: module.apigw_test_1.module.api_gw_log_role creates aws_iam_policy.default[0], a role with a
  // trust policy and a permissions boundary, and aws_iam_role_policy_attachment.inline[0] whose policy_arn is
  // unknown but references aws_iam_policy.default[count.index]: a known attachment of the new policy.
  'terraform-compliance/functional__test_non_created_module_resource_parameter__plan.out.json': {
    'managed-policy': 1,
    'principal-created': 1,
    'trust-policy': 1,
    'permissions-boundary': 1,
    attachment: 1,
  },
  'terraform-iam-policy-validator/iam_check__test__iam_policy__test_plan.json': { 'managed-policy': 1 },
  // VERIFIED BY HAND: group policy, managed policy, role yak_role (2 inline_policy blocks), role test_role, role
  // policy on test_role (role = aws_iam_role.test_role.id, unknown, resolved), user and user policy; the group
  // and access key change no access: 5 inline, 1 managed, 3 created, 2 trust.
  'terraform-iam-policy-validator/iam_check__test__identity_policies__test_plan.json': {
    'inline-policy': 5,
    'managed-policy': 1,
    'principal-created': 3,
    'trust-policy': 2,
  },
  'terraform-iam-policy-validator/iam_check__test__multiple_policies__test_plan.json': {
    'principal-created': 1,
    'inline-policy': 1,
  },
  'terraform-iam-policy-validator/iam_check__test__no_access_granted__test_plan.json': { 'principal-created': 1 },
  'terraform-iam-policy-validator/iam_check__test__public_access__test_plan.json': {
    'principal-created': 2,
    'trust-policy': 2,
  },
  // VERIFIED BY HAND: one role created with a trust policy and one inline_policy block.
  'terraform-iam-policy-validator/iam_check__test__role_inline_assume_policy__test_plan.json': {
    'principal-created': 1,
    'trust-policy': 1,
    'inline-policy': 1,
  },
  // VERIFIED BY HAND: one aws_organizations_policy of type SERVICE_CONTROL_POLICY created, no attachment.
  'terraform-iam-policy-validator/iam_check__test__scp__test_plan.json': { 'org-policy-created': 1 },
};

function counts(changeSet: ChangeSet): Counts {
  const out: Counts = {};
  for (const change of changeSet.changes) out[change.kind] = (out[change.kind] ?? 0) + 1;
  return out;
}

function find<K extends Change['kind']>(set: ChangeSet, kind: K, address: string): Extract<Change, { kind: K }> {
  const found = set.changes.find((c) => c.kind === kind && c.source.address === address);
  if (!found) throw new Error(`no ${kind} from ${address}`);
  return found as Extract<Change, { kind: K }>;
}

describeWithCorpus('Terraform plan corpus', (corpus) => {
  const base = join(corpus, 'terraform-plans');
  const files = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(base, d.name))
        .filter((f) => f.endsWith('.json') && f !== 'SOURCES.json')
        .map((f) => `${d.name}/${f}`),
    )
    .sort();
  const load = (file: string): unknown => JSON.parse(readFileSync(join(base, file), 'utf8'));

  it('has the 34 plans the table lists', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files).toHaveLength(34);
  });

  describe.each(files)('%s', (file) => {
    it('converts without an inventory and finds the expected changes', () => {
      const set = readTerraformPlan(load(file), { source: file });
      expect(counts(set)).toEqual(EXPECTED[file]);
      for (const change of set.changes) expect(change.source).toMatchObject({ origin: 'terraform' });
    });

    it('finds the same changes with an empty inventory of one account', () => {
      const set = readTerraformPlan(load(file), { source: file, inventory: inventory() });
      expect(counts(set)).toEqual(EXPECTED[file]);
      // With the account known, every new policy whose name is known gets its ARN.
      for (const change of set.changes) {
        if (change.kind === 'managed-policy') expect(change.policyArn).toMatch(/^arn:aws:iam::\d{12}:policy\//);
      }
    });
  });

  it('resolves the role of a role policy through the configuration (identity_policies)', () => {
    const file = 'terraform-iam-policy-validator/iam_check__test__identity_policies__test_plan.json';
    const set = readTerraformPlan(load(file), { source: file });
    expect(find(set, 'inline-policy', 'aws_iam_role_policy.test_policy').entity).toEqual({
      kind: 'role',
      name: 'test_role',
    });
    expect(find(set, 'managed-policy', 'aws_iam_policy.policy').policyArn).toEqual({
      unknown: expect.stringContaining('account the plan applies to is not known'),
    });
    const withAccount = readTerraformPlan(load(file), { source: file, accountId: ACCOUNT });
    expect(find(withAccount, 'managed-policy', 'aws_iam_policy.policy').policyArn).toBe(
      `arn:aws:iam::${ACCOUNT}:policy/test_policy`,
    );
  });

  it('resolves a 0.12 bare resource reference and reads the account from data.aws_caller_identity (plan_tags)', () => {
    const file = 'checkov/terraform__parser__resources__plan_tags__tfplan.json';
    const set = readTerraformPlan(load(file), { source: file });
    expect(find(set, 'inline-policy', 'aws_iam_role_policy.ec2policy').entity).toEqual({
      kind: 'role',
      name: '123456789123-acme-corp-role',
      accountId: '123456789123',
    });
    // An inventory of another account wins, and the mismatch is reported.
    const other = readTerraformPlan(load(file), { source: file, inventory: inventory() });
    expect(other.warnings.map((w) => w.kind)).toContain('account-mismatch');
  });

  it('attaches the new policy of the same plan with its document (non_created_module_resource_parameter)', () => {
    const file = 'terraform-compliance/functional__test_non_created_module_resource_parameter__plan.out.json';
    const set = readTerraformPlan(load(file), { source: file });
    const address = 'module.apigw_test_1.module.api_gw_log_role.aws_iam_role_policy_attachment.inline[0]';
    const attach = find(set, 'attachment', address);
    expect(attach.action).toBe('attach');
    expect(attach.entity).toMatchObject({ kind: 'role', name: 'cc-testapi-logs-eu-west-1' });
    expect(attach.policyArn).toBe('arn:aws:iam::740863752284:policy/cc-testapi-logs-eu-west-1');
    expect(attach.policyDocument).toMatchObject({
      statements: [{ actions: expect.arrayContaining(['logs:PutLogEvents']) }],
    });
    const boundary = find(
      set,
      'permissions-boundary',
      'module.apigw_test_1.module.api_gw_log_role.aws_iam_role.default',
    );
    expect(boundary.after).toBe('arn:aws:iam::123456789101:policy/product-pb');
  });

  it('keeps unknown trust policies with their reason (GithubActionsOIDCTrustPolicy)', () => {
    const file = 'checkov/terraform__checks__data__aws__example_GithubActionsOIDCTrustPolicy__tfplan.json';
    const set = readTerraformPlan(load(file), { source: file });
    const trusts = set.changes.filter((c) => c.kind === 'trust-policy');
    expect(trusts).toHaveLength(4);
    for (const t of trusts) {
      expect(isUnknown(t.after)).toBe(true);
      expect(t.after).toEqual({
        unknown: expect.stringMatching(/data\.aws_iam_policy_document\.r[34]\["p[12]"\]\.json/),
      });
    }
  });

  it('reads the SCP content as a service control policy (scp)', () => {
    const file = 'terraform-iam-policy-validator/iam_check__test__scp__test_plan.json';
    const set = readTerraformPlan(load(file), { source: file });
    expect(set.changes[0]).toMatchObject({
      kind: 'org-policy-created',
      policyType: 'SERVICE_CONTROL_POLICY',
      policyId: 'new:aws_organizations_policy.demo_scp',
      policyName: 'demo-scp',
      targets: [],
      after: { statements: [{ effect: 'Deny', notActions: ['organizations:List*', 'organizations:Describe*'] }] },
    });
  });
});
