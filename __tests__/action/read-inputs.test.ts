// The action's inputs: every default, every bad value (each message names the input and what it accepts), paths
// checked up front, and action.yml declaring exactly the inputs readInputs reads, each description stating its default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  INPUT_NAMES,
  checkInputsForEvent,
  readInputs,
  resolveInputPaths,
  type ActionInputs,
} from '../../src/action/read-inputs.js';
import { readEventContext } from '../../src/action/event-context.js';
import { UserError } from '../../src/core/errors.js';
import { root } from '../helpers/corpus.js';
import { WORKSPACE, fakeDeps, pullRequestEvent } from './fake-action-deps.js';

const read = (inputs: Record<string, string>) => readInputs((name) => inputs[name] ?? '');

function failure(inputs: Record<string, string>): UserError {
  try {
    read(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('readInputs accepted the inputs');
}

describe('read-inputs.ts: defaults and values', () => {
  it('gives every default when no input is set', () => {
    const expected: ActionInputs = {
      mode: 'plan',
      inventory: [],
      backend: 'aws',
      includeOrganization: true,
      scenarios: [],
      failOn: 'regressions',
      failOnIncomplete: true,
      comment: 'update',
      githubToken: '',
      workingDirectory: '.',
      accounts: [],
      reports: [],
    };
    expect(read({})).toEqual(expected);
  });

  it('reads every input, splitting lists on spaces, newlines and commas', () => {
    const inputs = read({
      config: 'iam/iam-impact.yml',
      'terraform-plan': 'plan.json',
      inventory: 'snapshots/org.json  snapshots/accounts\nextra.json\n',
      backend: 'local',
      'member-role-name': 'audit/IamImpactReadOnly',
      'include-organization': 'false',
      scenarios: 'access-key, role-session\nci-oidc',
      'fail-on': 'any-change',
      'fail-on-incomplete': 'FALSE',
      comment: 'new',
      'github-token': 'ghs_x',
      'base-ref': 'origin/main',
      'working-directory': 'infra',
      account: '111122223333',
      accounts: '222233334444,111122223333\n 333344445555',
      usage: 'usage.json',
    });
    const expected: ActionInputs = {
      mode: 'plan',
      config: 'iam/iam-impact.yml',
      terraformPlan: 'plan.json',
      inventory: ['snapshots/org.json', 'snapshots/accounts', 'extra.json'],
      backend: 'local',
      memberRoleName: 'audit/IamImpactReadOnly',
      includeOrganization: false,
      scenarios: ['access-key', 'role-session', 'ci-oidc'],
      failOn: 'any-change',
      failOnIncomplete: false,
      comment: 'new',
      githubToken: 'ghs_x',
      baseRef: 'origin/main',
      workingDirectory: 'infra',
      account: '111122223333',
      accounts: ['222233334444', '111122223333', '333344445555'],
      usage: 'usage.json',
      reports: [],
    };
    expect(inputs).toEqual(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'backend',
      { backend: 'simulator' },
      'input "backend": "simulator" is not allowed; use aws or local (default aws)',
    ],
    [
      'fail-on',
      { 'fail-on': 'sometimes' },
      'input "fail-on": "sometimes" is not allowed; use regressions, any-change or never (default regressions)',
    ],
    [
      'comment',
      { comment: 'sticky' },
      'input "comment": "sticky" is not allowed; use update, new or off (default update)',
    ],
    [
      'include-organization',
      { 'include-organization': 'yes' },
      'input "include-organization": "yes" is not a boolean; use true or false (default true)',
    ],
    [
      'fail-on-incomplete',
      { 'fail-on-incomplete': '0' },
      'input "fail-on-incomplete": "0" is not a boolean; use true or false (default true)',
    ],
    ['scenarios', { scenarios: 'access-key, MFA session' }, 'input "scenarios": "MFA session" is not a scenario id'],
    [
      'member-role-name (an ARN)',
      { 'member-role-name': 'arn:aws:iam::111122223333:role/Reader' },
      'input "member-role-name": "arn:aws:iam::111122223333:role/Reader" is not a role name',
    ],
    [
      'member-role-name (spaces)',
      { 'member-role-name': 'Read Only' },
      'input "member-role-name": "Read Only" is not a role name',
    ],
    ['account', { account: '1111-2222-3333' }, 'input "account": "1111-2222-3333" is not a 12-digit AWS account id'],
    ['base-ref (an option)', { 'base-ref': '--all' }, 'input "base-ref": "--all" is not a git revision'],
    ['base-ref (spaces)', { 'base-ref': 'main branch' }, 'input "base-ref": "main branch" is not a git revision'],
    [
      'accounts',
      { accounts: '111122223333,1111-2222-3333' },
      'input "accounts": "1111-2222-3333" is not a 12-digit AWS account id',
    ],
    [
      'shard-size (zero)',
      { 'shard-size': '0' },
      'input "shard-size": "0" is not a positive whole number of accounts per shard; leave it empty to evaluate without sharding',
    ],
    ['shard-size (not a number)', { 'shard-size': 'ten' }, 'input "shard-size": "ten" is not a positive whole number'],
    ['shard-size (a fraction)', { 'shard-size': '2.5' }, 'input "shard-size": "2.5" is not a positive whole number'],
    [
      'what-if',
      { 'what-if': 'enforce-sso' },
      'input "what-if": "enforce-sso" is not allowed; use enforce-mfa, or leave it empty for no what-if',
    ],
    [
      'audit-as',
      { 'audit-policy': 'p.json', 'audit-as': 'boundary', 'audit-attach-to': 'ou-ab12-prod0001' },
      'input "audit-as": "boundary" is not allowed; use scp, rcp or managed-policy',
    ],
    [
      'audit-policy without audit-as',
      { 'audit-policy': 'p.json', 'audit-attach-to': 'ou-ab12-prod0001' },
      'input "audit-as": empty, but audit-policy needs it: use scp, rcp or managed-policy',
    ],
    [
      'audit-policy without audit-attach-to',
      { 'audit-policy': 'p.json', 'audit-as': 'scp' },
      'input "audit-attach-to": empty, but audit-policy needs the targets',
    ],
    [
      'audit-scope with audit-policy',
      { 'audit-policy': 'p.json', 'audit-as': 'scp', 'audit-attach-to': 'r-root', 'audit-scope': '111122223333' },
      'input "audit-scope": goes with what-if; with audit-policy, use audit-attach-to',
    ],
    [
      'audit-as rcp with what-if',
      { 'what-if': 'enforce-mfa', 'audit-as': 'rcp' },
      'input "audit-as": "rcp" does not go with what-if enforce-mfa, which has no RCP form; use managed-policy (default) or scp',
    ],
    [
      'audit-attach-to with what-if',
      { 'what-if': 'enforce-mfa', 'audit-attach-to': 'r-root' },
      'input "audit-attach-to": goes with audit-policy; with what-if, use audit-scope',
    ],
    [
      'what-if with audit-policy',
      { 'what-if': 'enforce-mfa', 'audit-policy': 'p.json', 'audit-as': 'scp', 'audit-attach-to': 'r-root' },
      'input "what-if": cannot be combined with audit-policy; audit either a policy file or a built-in what-if',
    ],
    [
      'audit-as without anything to audit',
      { 'audit-as': 'managed-policy' },
      'input "audit-as": set, but neither what-if nor audit-policy is; set one of them to audit, or remove this input',
    ],
    [
      'reports with shard-size',
      { 'shard-size': '2', reports: 'partials/*.json' },
      'input "reports": cannot be combined with shard-size: a step either shards (shard-size), merges reports (reports) or audits (what-if, audit-policy); use a step for each',
    ],
    [
      'what-if with reports',
      { reports: 'partials/*.json', 'what-if': 'enforce-mfa' },
      'input "what-if": cannot be combined with reports',
    ],
    [
      'accounts with shard-size',
      { 'shard-size': '2', accounts: '111122223333' },
      'input "accounts": not used with shard-size, which only splits the affected accounts into shards (each evaluate job then takes accounts); remove it',
    ],
    ['usage with shard-size', { 'shard-size': '2', usage: 'usage.json' }, 'input "usage": not used with shard-size'],
    [
      'inventory with reports',
      { reports: 'partials/*.json', inventory: 'snapshot.json' },
      'input "inventory": not used with reports, whose partial reports were evaluated already; remove it',
    ],
    [
      'scenarios with reports',
      { reports: 'partials/*.json', scenarios: 'access-key' },
      'input "scenarios": not used with reports',
    ],
    [
      'config with what-if',
      { 'what-if': 'enforce-mfa', config: '.github/iam-impact.yml' },
      'input "config": not used with an audit (what-if or audit-policy), which evaluates a policy against the inventory without a repository change or config; remove it',
    ],
    [
      'terraform-plan with audit-policy',
      { 'audit-policy': 'p.json', 'audit-as': 'scp', 'audit-attach-to': 'r-root', 'terraform-plan': 'plan.json' },
      'input "terraform-plan": not used with an audit',
    ],
    [
      'shard-size with what-if',
      { 'what-if': 'enforce-mfa', 'shard-size': '3' },
      'input "what-if": cannot be combined with shard-size',
    ],
  ])('rejects a bad %s, naming the input and what it accepts', (_name, inputs, message) => {
    const error = failure(inputs);
    expect(error.message).toContain(message);
    expect(error.hint).toContain('with:');
  });

  it('reports every bad input at once', () => {
    const error = failure({ backend: 'x', 'fail-on': 'y', comment: 'z' });
    expect(error.message.split('\n')).toEqual([
      '3 inputs are invalid:',
      expect.stringContaining('input "backend"'),
      expect.stringContaining('input "fail-on"'),
      expect.stringContaining('input "comment"'),
    ]);
  });

  it('chooses the mode: shard, merge or audit, with their values', () => {
    expect(read({ 'shard-size': '25' })).toMatchObject({ mode: 'shard', shardSize: 25 });
    expect(read({ reports: '  partials/report-*.json\r\n\n/tmp/extra.json \n' })).toMatchObject({
      mode: 'merge',
      reports: ['partials/report-*.json', '/tmp/extra.json'],
    });
    expect(read({ 'what-if': 'enforce-mfa' })).toMatchObject({
      mode: 'audit',
      whatIf: { name: 'enforce-mfa', as: 'managed-policy', scope: [] },
    });
    expect(
      read({ 'what-if': 'enforce-mfa', 'audit-as': 'scp', 'audit-scope': 'ou-ab12-prod0001, 111122223333' }),
    ).toMatchObject({
      mode: 'audit',
      whatIf: { name: 'enforce-mfa', as: 'scp', scope: ['ou-ab12-prod0001', '111122223333'] },
    });
    // As the audit workflow passes them: every audit input, the unused ones empty.
    const policy = read({
      'what-if': '',
      'audit-policy': 'scps/require-mfa.json',
      'audit-as': 'rcp',
      'audit-attach-to': 'ou-ab12-prod0001\nr-root',
      'audit-scope': '',
      accounts: '111122223333',
    });
    expect(policy).toMatchObject({
      mode: 'audit',
      auditPolicy: { file: 'scps/require-mfa.json', as: 'rcp', attachTo: ['ou-ab12-prod0001', 'r-root'] },
      accounts: ['111122223333'],
    });
    expect(policy.whatIf).toBeUndefined();
  });

  it('accepts the YAML spellings of booleans that @actions/core accepts, and nothing else', () => {
    expect(read({ 'include-organization': 'True' }).includeOrganization).toBe(true);
    expect(read({ 'include-organization': 'FALSE' }).includeOrganization).toBe(false);
    for (const value of ['yes', 'no', 'on', '1', 'tRuE']) {
      expect(failure({ 'include-organization': value }).message).toContain('is not a boolean');
    }
  });
});

describe('read-inputs.ts: the token a pull request comment needs', () => {
  const pr = readEventContext(pullRequestEvent(), { GITHUB_REPOSITORY: 'acme/infra' });
  const dispatch = readEventContext({ name: 'workflow_dispatch', payload: {} }, { GITHUB_REPOSITORY: 'acme/infra' });

  it('fails on a pull request with comment on and no token, naming github-token', () => {
    expect(() => checkInputsForEvent(read({}), pr)).toThrow(
      'input "github-token": empty, but comment: update needs a token to comment on pull request #7',
    );
  });

  it('needs no token with comment: off or without a pull request', () => {
    expect(() => checkInputsForEvent(read({ comment: 'off' }), pr)).not.toThrow();
    expect(() => checkInputsForEvent(read({}), dispatch)).not.toThrow();
    expect(() => checkInputsForEvent(read({ 'github-token': 't' }), pr)).not.toThrow();
  });
});

describe('read-inputs.ts: paths', () => {
  const { deps } = fakeDeps({
    head: { 'infra/.github/iam-impact.yml': 'version: 1\n' },
    disk: { 'infra/plan.json': '{}', 'infra/snapshots/org.json': '{}' },
  });

  it('resolves paths against working-directory, keeping them short in messages', async () => {
    const inputs = read({
      'working-directory': 'infra',
      config: '.github/iam-impact.yml',
      'terraform-plan': 'plan.json',
      inventory: 'snapshots snapshots/org.json',
    });
    expect(await resolveInputPaths(inputs, WORKSPACE, deps.files)).toEqual({
      repoDir: join(WORKSPACE, 'infra'),
      config: '.github/iam-impact.yml',
      terraformPlan: 'infra/plan.json',
      inventory: ['infra/snapshots', 'infra/snapshots/org.json'],
    });
  });

  it('names each missing path with its input, and says what paths are relative to', async () => {
    const inputs = read({
      'working-directory': 'infra',
      config: 'iam.yml',
      'terraform-plan': 'tfplan.json',
      inventory: 'snapshots/missing.json',
    });
    const error = await resolveInputPaths(inputs, WORKSPACE, deps.files).catch((e: unknown) => e as UserError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message.split('\n')).toEqual([
      '3 inputs are invalid:',
      '- input "config": infra/iam.yml does not exist',
      '- input "terraform-plan": infra/tfplan.json does not exist',
      '- input "inventory": infra/snapshots/missing.json does not exist',
    ]);
    expect((error as UserError).hint).toContain('relative to working-directory (infra)');
  });

  it('fails on a working directory that does not exist, before anything else', async () => {
    await expect(resolveInputPaths(read({ 'working-directory': 'nope' }), WORKSPACE, deps.files)).rejects.toThrow(
      'input "working-directory": nope does not exist',
    );
  });

  it('fails when there is nothing to analyse: no config file and no plan', async () => {
    const { deps: empty } = fakeDeps({ head: { 'README.md': '# infra\n' } });
    const error = (await resolveInputPaths(read({}), WORKSPACE, empty.files).catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      'nothing to analyse: no config file at .github/iam-impact.yml, and the inputs "config" and "terraform-plan" are not set',
    );
    expect(error.hint).toContain('see docs/config.md');
    // A plan alone is enough.
    const { deps: planOnly } = fakeDeps({ disk: { 'plan.json': '{}' } });
    await expect(
      resolveInputPaths(read({ 'terraform-plan': 'plan.json' }), WORKSPACE, planOnly.files),
    ).resolves.toEqual({
      repoDir: WORKSPACE,
      terraformPlan: 'plan.json',
      inventory: [],
    });
  });

  it('resolves usage and audit-policy against working-directory', async () => {
    const { deps: withFiles } = fakeDeps({
      head: { 'infra/.github/iam-impact.yml': 'version: 1\n' },
      disk: { 'infra/usage.json': '{}', 'infra/scps/deny.json': '{}' },
    });
    const usage = read({ 'working-directory': 'infra', usage: 'usage.json' });
    expect(await resolveInputPaths(usage, WORKSPACE, withFiles.files)).toMatchObject({ usage: 'infra/usage.json' });
    const audit = read({
      'working-directory': 'infra',
      'audit-policy': 'scps/deny.json',
      'audit-as': 'scp',
      'audit-attach-to': 'r-root',
    });
    expect(await resolveInputPaths(audit, WORKSPACE, withFiles.files)).toEqual({
      repoDir: join(WORKSPACE, 'infra'),
      inventory: [],
      auditPolicy: 'infra/scps/deny.json',
    });
    const missing = await resolveInputPaths(
      read({ 'audit-policy': 'nope.json', 'audit-as': 'scp', 'audit-attach-to': 'r-root' }),
      WORKSPACE,
      withFiles.files,
    ).catch((e: unknown) => e as UserError);
    expect((missing as UserError).message).toBe('input "audit-policy": nope.json does not exist');
    await expect(
      resolveInputPaths(read({ 'working-directory': 'infra', usage: 'scps' }), WORKSPACE, withFiles.files),
    ).rejects.toThrow('input "usage": infra/scps is not a file');
  });

  it('an audit needs no config file', async () => {
    const { deps: empty } = fakeDeps({ disk: { 'snapshot.json': '{}' } });
    await expect(
      resolveInputPaths(read({ 'what-if': 'enforce-mfa', inventory: 'snapshot.json' }), WORKSPACE, empty.files),
    ).resolves.toEqual({ repoDir: WORKSPACE, inventory: ['snapshot.json'] });
  });

  describe('reports', () => {
    const temp = '/home/runner/work/_temp/iam-impact-partials';
    const { deps: partials } = fakeDeps({
      disk: {
        [`${temp}/report-1.json`]: '{}',
        [`${temp}/report-2.json`]: '{}',
        [`${temp}/other.txt`]: '',
        'reports/local.json': '{}',
      },
    });

    it('expands globs and paths, deduplicated, absolute ones outside the workspace kept absolute', async () => {
      const inputs = read({ reports: `${temp}/report-*.json\nreports/local.json\n${temp}/report-1.json` });
      expect(await resolveInputPaths(inputs, WORKSPACE, partials.files)).toEqual({
        repoDir: WORKSPACE,
        inventory: [],
        reports: [`${temp}/report-1.json`, `${temp}/report-2.json`, 'reports/local.json'],
      });
    });

    it('fails closed on a line that matches no file, naming the input, and on a directory', async () => {
      const inputs = read({ reports: `${temp}/partial-*.json\nreports/gone.json\nreports` });
      const error = (await resolveInputPaths(inputs, WORKSPACE, partials.files).catch((e: unknown) => e)) as UserError;
      expect(error).toBeInstanceOf(UserError);
      expect(error.message.split('\n')).toEqual([
        '3 inputs are invalid:',
        `- input "reports": ${temp}/partial-*.json matches no file`,
        '- input "reports": reports/gone.json matches no file',
        '- input "reports": reports is a directory; name the report files in it, such as reports/*.json',
      ]);
      expect(error.hint).toContain('report in an earlier step');
    });

    it('fails on a malformed glob, naming the input', async () => {
      await expect(resolveInputPaths(read({ reports: 'reports/[.json' }), WORKSPACE, partials.files)).rejects.toThrow(
        /input "reports": .*reports\/\[\.json.*\[ has no closing \]/,
      );
    });
  });

  it('fails on a terraform plan that is a directory', async () => {
    await expect(
      resolveInputPaths(read({ 'terraform-plan': 'infra/snapshots' }), WORKSPACE, deps.files),
    ).rejects.toThrow('input "terraform-plan": infra/snapshots is not a file');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; required: boolean; default: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
    branding: { icon: string; color: string };
  };

  it('runs dist/index.js on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs readInputs reads, kebab-case, each one sentence stating its default', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.required).toBe(false);
      expect(typeof input.default).toBe('string');
      expect(input.description).toMatch(/[Dd]efault/);
      // One sentence: a single full stop, at the end.
      expect(input.description.replace(/`[^`]*`/g, '').match(/\.(\s|$)/g)).toHaveLength(1);
    }
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  it('declares the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'gained',
        'incomplete',
        'regressions',
        'report-path',
        'summary-markdown-path',
        'verdict',
        'shards',
        'shard-count',
      ].sort(),
    );
  });
});
