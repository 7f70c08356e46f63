/**
 * What users see when a plan cannot be read: every error names the plan file and the field, and a policy error
 * also the resource address and the path inside the policy.
 */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../../src/core/errors.js';
import { readTerraformPlan } from '../../../../src/core/changes/terraform/read-terraform-plan.js';
import { allow, configResource, plan, rc, ref } from './plan-builder.js';

function error(run: () => unknown): UserError {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

const read = (value: unknown) => readTerraformPlan(value, { source: 'plan.json' });

describe('the plan format', () => {
  it('rejects an unsupported format_version major, naming the file and the field', () => {
    const e = error(() => read(plan({ changes: [], formatVersion: '2.0' })));
    expect(e.message).toBe(
      'plan.json: format_version: plan format "2.0" is not supported: iam-impact reads format major versions 0 and 1',
    );
    expect(e.hint).toBeDefined();
  });

  it('accepts majors 0 and 1', () => {
    for (const version of ['0.1', '0.2', '1.0', '1.1', '1.2', '1.9']) {
      expect(read(plan({ changes: [], formatVersion: version }))).toEqual({ changes: [], warnings: [] });
    }
  });

  it('reads a plan without format_version as legacy, with a warning', () => {
    const set = read(plan({ changes: [rc('aws_iam_user.u', ['create'], null, { name: 'u' })], formatVersion: null }));
    expect(set.changes.map((c) => c.kind)).toEqual(['principal-created']);
    expect(set.warnings).toEqual([expect.objectContaining({ kind: 'legacy-plan-format' })]);
  });

  it('rejects what is not a plan', () => {
    expect(error(() => read([])).message).toBe('plan.json: a Terraform plan must be a JSON object, got an array');
    expect(error(() => read({ format_version: '1.0', values: {} })).message).toBe(
      'plan.json: resource_changes: is missing: this does not look like a Terraform plan',
    );
    expect(error(() => read({ format_version: '1.0', resource_changes: {} })).message).toBe(
      'plan.json: resource_changes: must be an array, got an object',
    );
  });

  it('reads a plan with no changes, which Terraform writes without resource_changes', () => {
    expect(read({ format_version: '1.2', planned_values: { root_module: {} } })).toEqual({ changes: [], warnings: [] });
  });

  it('rejects an unknown action list, naming the entry', () => {
    const e = error(() =>
      read(
        plan({ changes: [rc('aws_iam_user.u', ['create'], null, {}), rc('aws_iam_user.v', ['teleport'], null, {})] }),
      ),
    );
    expect(e.message).toBe(
      'plan.json: resource_changes[1].change.actions: aws_iam_user.v: unknown action list ["teleport"]',
    );
    expect(e.hint).toContain('["delete","create"]');
  });

  it('rejects a malformed entry, naming the path', () => {
    expect(error(() => read(plan({ changes: [{ address: 'aws_iam_user.u', change: {} }] }))).message).toBe(
      'plan.json: resource_changes[0].change.actions: must be an array of strings, got nothing',
    );
    expect(
      error(() => read(plan({ changes: [{ address: 'not an address!', change: { actions: [] } }] }))).message,
    ).toBe('plan.json: resource_changes[0].address: "not an address!" is not a resource address');
  });
});

describe('policy attributes', () => {
  it('names the file, the address and the attribute when the JSON does not parse', () => {
    const bad = rc('aws_iam_policy.bad', ['create'], null, { name: 'bad', policy: '{"Version": "2012-10-17", ' });
    const e = error(() =>
      read(
        plan({
          changes: [
            rc('aws_s3_bucket.b', ['create'], null, {}),
            rc('aws_iam_user.u', ['create'], null, { name: 'u' }),
            bad,
          ],
        }),
      ),
    );
    expect(e.message).toMatch(
      /^plan\.json: aws_iam_policy\.bad \(resource_changes\[2\]\.change\.after\.policy\): the document is not valid JSON/,
    );
  });

  it('gives the path inside the policy when the document is not a valid policy', () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Permit', Action: 's3:*', Resource: '*' }],
    });
    const e = error(() =>
      read(plan({ changes: [rc('aws_iam_policy.bad', ['create'], null, { name: 'bad', policy: document })] })),
    );
    expect(e.message).toBe(
      'plan.json: aws_iam_policy.bad (resource_changes[0].change.after.policy): Statement[0].Effect: must be "Allow" or "Deny", got string "Permit"',
    );
  });

  it('checks a trust policy as one, and names nested attributes', () => {
    const role = rc('aws_iam_role.r', ['create'], null, {
      name: 'r',
      assume_role_policy: allow('sts:AssumeRole'),
      inline_policy: [{ name: 'x', policy: allow('s3:*') }],
    });
    expect(error(() => read(plan({ changes: [role] }))).message).toBe(
      'plan.json: aws_iam_role.r (resource_changes[0].change.after.assume_role_policy): Statement[0]: a role trust policy statement needs Principal or NotPrincipal',
    );
    const inline = rc('aws_iam_role.r', ['create'], null, {
      name: 'r',
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
      inline_policy: [{ name: 'x', policy: '{"Statement": []' }],
    });
    expect(error(() => read(plan({ changes: [inline] }))).message).toMatch(
      /^plan\.json: aws_iam_role\.r \(resource_changes\[0\]\.change\.after\.inline_policy\[0\]\.policy\): the document is not valid JSON/,
    );
  });

  it('names the data source a resolved document came from', () => {
    const set = () =>
      read(
        plan({
          changes: [rc('aws_iam_user_policy.u', ['create'], null, { name: 'p', user: 'alice' }, { policy: true })],
          resources: [
            configResource('aws_iam_user_policy.u', {
              policy: ref('data.aws_iam_policy_document.d.json', 'data.aws_iam_policy_document.d'),
            }),
          ],
          priorState: [
            {
              address: 'data.aws_iam_policy_document.d',
              mode: 'data',
              type: 'aws_iam_policy_document',
              name: 'd',
              values: { json: '{"Statement": {}}' },
            },
          ],
        }),
      );
    expect(error(set).message).toBe(
      'plan.json: aws_iam_user_policy.u (resource_changes[0].change.after.policy, from data.aws_iam_policy_document.d): Statement.Effect: is missing',
    );
  });
});
