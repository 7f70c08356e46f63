import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/core/changes/config/parse-config.js';
import { parseActions, parseScenarios } from '../../../src/core/impact/config-sections.js';
import { BUILT_IN_SCENARIOS } from '../../../src/core/impact/scenarios.js';

const FILE = '.github/iam-impact.yml';
const sections = (yaml: string) => parseConfig(`version: 1\n${yaml}`, FILE).sections;

describe('config-sections.ts', () => {
  it('adds custom scenarios after the built-in ones', () => {
    const scenarios = parseScenarios(
      sections(
        `scenarios:\n  - id: ci-oidc\n    description: GitHub OIDC\n    applies-to: [role]\n    context:\n      aws:MultiFactorAuthPresent: false\n      aws:TagKeys: [team, env]\n`,
      ).scenarios,
      FILE,
    );
    expect(scenarios.slice(0, BUILT_IN_SCENARIOS.length)).toEqual(BUILT_IN_SCENARIOS);
    expect(scenarios.at(-1)).toEqual({
      id: 'ci-oidc',
      description: 'GitHub OIDC',
      appliesTo: ['role'],
      roleSession: true,
      context: Object.assign(Object.create(null), {
        'aws:MultiFactorAuthPresent': 'false',
        'aws:TagKeys': ['team', 'env'],
      }),
    });
    expect(parseScenarios(undefined, FILE)).toEqual(BUILT_IN_SCENARIOS);
  });

  it.each<[string, string]>([
    ['scenarios: {}\n', `${FILE}:2: scenarios: must be a list of scenarios`],
    ['scenarios:\n  - id: Access_Key\n', `${FILE}:3: scenarios[0].id: must be a kebab-case id such as ci-oidc`],
    ['scenarios:\n  - id: access-key\n', `${FILE}:3: scenarios[0].id: "access-key" is already a scenario id`],
    [
      'scenarios:\n  - id: x\n    applies-to: [group]\n',
      `${FILE}:4: scenarios[0].applies-to: must list user and/or role`,
    ],
    [
      'scenarios:\n  - id: x\n    context: {k: {a: 1}}\n',
      `${FILE}:4: scenarios[0].context.k: must be a string, number, boolean or a list of them`,
    ],
    ['scenarios:\n  - id: x\n    mfa: true\n', `${FILE}:4: scenarios[0].mfa: unknown field`],
  ])('rejects %j with the file, line and field', (yaml, message) => {
    expect(() => parseScenarios(sections(yaml).scenarios, FILE)).toThrow(message);
  });

  it('reads the actions to check, refusing wildcards', () => {
    expect(parseActions(sections('actions: [s3:PutObject, iam:ListUsers]\n').actions, FILE)).toEqual([
      's3:PutObject',
      'iam:ListUsers',
    ]);
    expect(() => parseActions(sections('actions: ["s3:*"]\n').actions, FILE)).toThrow(
      `${FILE}:2: actions[0]: must be an action without wildcards`,
    );
  });
});
