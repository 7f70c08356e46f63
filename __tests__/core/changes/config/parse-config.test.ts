import { describe, expect, it } from '@jest/globals';
import type { IamImpactConfig } from '../../../../src/core/changes/config/config-types.js';
import { parseConfig } from '../../../../src/core/changes/config/parse-config.js';
import { UserError } from '../../../../src/core/errors.js';

const FILE = '.github/iam-impact.yml';

function errorOf(text: string): UserError {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

/** The YAML of one `policies` entry list, after `version: 1`. */
const entries = (yaml: string) => `version: 1\npolicies:\n${yaml}`;

const EXAMPLE = `version: 1
account: "111122223333"          # default account for names without one
policies:
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/ForceMFA
  - file: policies/users/*/inline-*.json
    target: inline-policy
    principal: { kind: user, name: "{1}" }
    policy-name: "{2}"
  - file: policies/boundaries/dev.json
    target: permissions-boundary
    principal: { kind: role, name: deployer }
    arn: arn:aws:iam::111122223333:policy/DevBoundary
  - file: policies/trust/ci.json
    target: trust-policy
    role: ci-deployer
  - file: scps/deny-leave-org.json
    target: scp
    policy-id: p-abcd1234
  - file: rcps/perimeter.json
    target: rcp
    policy-id: p-rcp12345
  - file: scps/new/*.json
    target: new-scp
    name: "{name}"
    attach-to: [ou-ab12-prod, "222233334444"]
scenarios: {}
`;

/** The config without the compiled regexes, which toEqual compares by source anyway but which clutter tables. */
function shape(config: IamImpactConfig) {
  return config.policies.map((m) => {
    const { file, exclude, ...rest } = m;
    return { ...rest, file: file.pattern, wildcards: file.wildcards, exclude: exclude.map((x) => x.pattern) };
  });
}

describe('parseConfig: valid configs', () => {
  it('reads every target kind of the documented example, with lines', () => {
    const config = parseConfig(EXAMPLE, FILE);
    expect(config.file).toBe(FILE);
    expect(config.version).toBe(1);
    expect(config.account).toBe('111122223333');
    const t = (text: string, line: number, path: string, dynamic = false) => ({ text, dynamic, line, path });
    expect(shape(config)).toEqual([
      {
        index: 0,
        line: 4,
        file: 'policies/force-mfa.json',
        wildcards: 0,
        exclude: [],
        target: 'managed-policy',
        arn: t('arn:aws:iam::111122223333:policy/ForceMFA', 6, 'policies[0].arn'),
      },
      {
        index: 1,
        line: 7,
        file: 'policies/users/*/inline-*.json',
        wildcards: 2,
        exclude: [],
        target: 'inline-policy',
        principal: { form: 'name', kind: 'user', name: t('{1}', 9, 'policies[1].principal.name', true) },
        policyName: t('{2}', 10, 'policies[1].policy-name', true),
      },
      {
        index: 2,
        line: 11,
        file: 'policies/boundaries/dev.json',
        wildcards: 0,
        exclude: [],
        target: 'permissions-boundary',
        principal: { form: 'name', kind: 'role', name: t('deployer', 13, 'policies[2].principal.name') },
        arn: t('arn:aws:iam::111122223333:policy/DevBoundary', 14, 'policies[2].arn'),
      },
      {
        index: 3,
        line: 15,
        file: 'policies/trust/ci.json',
        wildcards: 0,
        exclude: [],
        target: 'trust-policy',
        role: { form: 'name', kind: 'role', name: t('ci-deployer', 17, 'policies[3].role') },
      },
      {
        index: 4,
        line: 18,
        file: 'scps/deny-leave-org.json',
        wildcards: 0,
        exclude: [],
        target: 'scp',
        policyId: t('p-abcd1234', 20, 'policies[4].policy-id'),
      },
      {
        index: 5,
        line: 21,
        file: 'rcps/perimeter.json',
        wildcards: 0,
        exclude: [],
        target: 'rcp',
        policyId: t('p-rcp12345', 23, 'policies[5].policy-id'),
      },
      {
        index: 6,
        line: 24,
        file: 'scps/new/*.json',
        wildcards: 1,
        exclude: [],
        target: 'new-scp',
        name: t('{name}', 26, 'policies[6].name', true),
        attachTo: [
          t('ou-ab12-prod', 27, 'policies[6].attach-to[0]'),
          t('222233334444', 27, 'policies[6].attach-to[1]'),
        ],
      },
    ]);
    expect(Object.keys(config.sections)).toEqual(['scenarios']);
    expect(config.sections.scenarios?.value).toEqual({});
    expect(config.sections.scenarios?.line).toBe(28);
  });

  it('accepts ARNs for principals and roles, role objects, accounts, exclude and a default new-scp name', () => {
    const config = parseConfig(
      `version: 1
account: 011122223333
policies:
  - file: users/*.json
    exclude: [users/README.json, "users/draft-*.json"]
    target: inline-policy
    principal: "arn:aws:iam::222233334444:user/{1}"
    policy-name: own
  - file: trust/*/*.json
    target: trust-policy
    role: { name: "{2}", account: "333344445555" }
  - file: trust-arn/**/x.json
    target: trust-policy
    role: arn:aws:iam::444455556666:role/path/{1}
  - file: boundary.json
    target: permissions-boundary
    principal: { kind: user, name: alice, account: 555566667777 }
    arn: "arn:aws:iam::{account}:policy/Boundary"
  - file: rcps/new/{eu,us}-[a-z]?.json
    target: new-rcp
    attach-to: []
`,
      FILE,
    );
    expect(config.account).toBe('011122223333');
    const [inline, trust, trustArn, boundary, rcp] = config.policies;
    expect(inline.exclude.map((x) => x.pattern)).toEqual(['users/README.json', 'users/draft-*.json']);
    expect(inline.target === 'inline-policy' && inline.principal).toEqual({
      form: 'arn',
      arn: { text: 'arn:aws:iam::222233334444:user/{1}', dynamic: true, line: 7, path: 'policies[0].principal' },
    });
    expect(trust.target === 'trust-policy' && trust.role).toEqual({
      form: 'name',
      kind: 'role',
      name: { text: '{2}', dynamic: true, line: 11, path: 'policies[1].role.name' },
      accountId: '333344445555',
    });
    expect(trustArn.file.wildcards).toBe(1);
    expect(boundary.target === 'permissions-boundary' && boundary.principal).toMatchObject({
      accountId: '555566667777',
    });
    expect(boundary.target === 'permissions-boundary' && boundary.arn.dynamic).toBe(true);
    expect(rcp).toMatchObject({ target: 'new-rcp', attachTo: [], name: { text: '{name}', dynamic: true } });
    expect(rcp.file.wildcards).toBe(0);
  });

  it('accepts a config without policies, anchors and aliases, and a byte order mark', () => {
    expect(parseConfig('version: 1\n', FILE).policies).toEqual([]);
    expect(parseConfig('\uFEFFversion: 1\npolicies:\n', FILE).policies).toEqual([]);
    const config = parseConfig(
      entries(`  - file: a.json
    target: new-scp
    attach-to: &targets [r-ab12]
  - file: b.json
    target: new-scp
    attach-to: *targets
`),
      FILE,
    );
    expect(config.policies.map((m) => m.target === 'new-scp' && m.attachTo.map((t) => t.text))).toEqual([
      ['r-ab12'],
      ['r-ab12'],
    ]);
  });

  it('keeps the later sections as data, with a way to find lines inside them', () => {
    const config = parseConfig(
      `version: 1
checks:
  - name: mfa
    expect: denied
  - name: admin
terraform:
  plan: plan.json
accept: []
actions: { comment: true }
`,
      FILE,
    );
    const checks = config.sections.checks;
    expect(checks?.value).toEqual([{ name: 'mfa', expect: 'denied' }, { name: 'admin' }]);
    expect(checks?.line).toBe(2);
    expect(checks?.lineOf([])).toBe(3);
    expect(checks?.lineOf([0, 'expect'])).toBe(4);
    expect(checks?.lineOf([1])).toBe(5);
    expect(checks?.lineOf([1, 'missing'])).toBe(5);
    expect(config.sections.terraform?.lineOf(['plan'])).toBe(7);
    expect(config.sections.accept?.value).toEqual([]);
    expect(config.sections.actions?.value).toEqual({ comment: true });
    expect(config.sections.scenarios).toBeUndefined();
  });

  it('lets exclude resolve an overlap between a glob and a literal file', () => {
    const config = parseConfig(
      entries(`  - file: policies/*.json
    exclude: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/{name}
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/ForceMFA
`),
      FILE,
    );
    expect(config.policies).toHaveLength(2);
  });
});

const TARGETS = 'managed-policy, inline-policy, permissions-boundary, trust-policy, scp, rcp, new-scp, new-rcp';

// [case, config text, message, hint (undefined: none)]
const INVALID: [string, string, string, string | undefined][] = [
  [
    'an empty file',
    '',
    `${FILE}:1: the config file is empty`,
    'write version: 1 and a policies: list (see docs/config.md)',
  ],
  [
    'only comments',
    '# nothing yet\n',
    `${FILE}:1: the config file is empty`,
    'write version: 1 and a policies: list (see docs/config.md)',
  ],
  [
    'malformed YAML',
    'version: 1\npolicies:\n  - file: a.json\n    target: [managed-policy\n',
    `${FILE}:5: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    'fix the YAML syntax',
  ],
  [
    'a tab indentation',
    'version: 1\npolicies:\n\t- file: a.json\n',
    `${FILE}:3: not valid YAML: Tabs are not allowed as indentation`,
    'fix the YAML syntax',
  ],
  [
    'a duplicate key',
    entries('  - file: a.json\n    target: scp\n    target: rcp\n'),
    `${FILE}:5: not valid YAML: Map keys must be unique`,
    'fix the YAML syntax',
  ],
  [
    'two documents',
    'version: 1\n---\nversion: 1\n',
    `${FILE}:2: not valid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()`,
    'fix the YAML syntax',
  ],
  [
    'a list at the top',
    '- version: 1\n',
    `${FILE}:1: must be a mapping with version: 1 and policies: …, got a list`,
    undefined,
  ],
  ['no version', 'policies: []\n', `${FILE}:1: version: is missing`, 'write version: 1'],
  ['version 2', 'version: 2\n', `${FILE}:1: version: this build reads version 1, got number 2`, 'write version: 1'],
  ['version as text', 'version: "1"\n', `${FILE}:1: version: this build reads version 1, got "1"`, 'write version: 1'],
  [
    'an unknown top-level key',
    'version: 1\npolices: []\n',
    `${FILE}:2: polices: unknown top-level key (allowed: version, account, policies, scenarios, accept, checks, actions, terraform)`,
    undefined,
  ],
  [
    'a short account id',
    'version: 1\naccount: 12345\n',
    `${FILE}:2: account: "12345" is not a 12-digit account id`,
    'quote account ids: account: "111122223333"',
  ],
  [
    'an account that is not text',
    'version: 1\naccount: [1]\n',
    `${FILE}:2: account: must be text, got a list`,
    undefined,
  ],
  [
    'policies that are not a list',
    'version: 1\npolicies:\n  file: a.json\n',
    `${FILE}:3: policies: must be a list of mappings, got a mapping`,
    undefined,
  ],
  [
    'an entry that is not a mapping',
    entries('  - policies/a.json\n'),
    `${FILE}:3: policies[0]: must be a mapping with file and target, got "policies/a.json"`,
    undefined,
  ],
  [
    'no file',
    entries('  - target: scp\n    policy-id: p-abcd1234\n'),
    `${FILE}:3: policies[0].file: is missing`,
    'write file: policies/NAME.json (a path or a glob)',
  ],
  ['no target', entries('  - file: a.json\n'), `${FILE}:3: policies[0].target: is missing (use ${TARGETS})`, undefined],
  [
    'an unknown target kind',
    `version: 1
policies:
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/ForceMFA
  - file: policies/other.json
    target: managed
`,
    `${FILE}:7: policies[1].target: unknown target kind "managed" (use ${TARGETS})`,
    undefined,
  ],
  [
    'a field of another target kind',
    entries(
      '  - file: trust.json\n    target: trust-policy\n    role: ci\n    arn: arn:aws:iam::111122223333:policy/X\n',
    ),
    `${FILE}:6: policies[0].arn: unknown field (a trust-policy mapping takes file, target, exclude, role)`,
    undefined,
  ],
  [
    'a managed policy without arn',
    entries('  - file: a.json\n    target: managed-policy\n'),
    `${FILE}:3: policies[0].arn: is missing (a managed-policy mapping needs arn)`,
    'write arn: arn:aws:iam::111122223333:policy/NAME',
  ],
  [
    'an inline policy without policy-name',
    entries('  - file: a.json\n    target: inline-policy\n    principal: { kind: user, name: alice }\n'),
    `${FILE}:3: policies[0].policy-name: is missing (an inline-policy mapping needs principal and policy-name)`,
    'write policy-name: NAME',
  ],
  [
    'a boundary without principal',
    entries('  - file: a.json\n    target: permissions-boundary\n    arn: arn:aws:iam::111122223333:policy/B\n'),
    `${FILE}:3: policies[0].principal: is missing (a permissions-boundary mapping needs principal and arn)`,
    'write principal: { kind: user, name: alice }',
  ],
  [
    'an SCP without policy-id',
    entries('  - file: a.json\n    target: scp\n'),
    `${FILE}:3: policies[0].policy-id: is missing (an scp mapping needs policy-id)`,
    'write policy-id: p-abcd1234',
  ],
  [
    'a new SCP without attach-to',
    entries('  - file: a.json\n    target: new-scp\n'),
    `${FILE}:3: policies[0].attach-to: is missing (a new-scp mapping needs attach-to)`,
    'write attach-to: [ou-ab12-cdefgh34, "111122223333"]',
  ],
  [
    'an ARN that is not one',
    entries('  - file: a.json\n    target: managed-policy\n    arn: ForceMFA\n'),
    `${FILE}:5: policies[0].arn: "ForceMFA" is not an IAM ARN (arn:aws:iam::111122223333:policy/NAME)`,
    undefined,
  ],
  [
    'an ARN with a bad account',
    entries('  - file: a.json\n    target: managed-policy\n    arn: arn:aws:iam::1111:policy/X\n'),
    `${FILE}:5: policies[0].arn: "arn:aws:iam::1111:policy/X": "1111" is not a 12-digit account id`,
    undefined,
  ],
  [
    'a role ARN where a policy ARN belongs',
    entries('  - file: a.json\n    target: managed-policy\n    arn: arn:aws:iam::111122223333:role/X\n'),
    `${FILE}:5: policies[0].arn: "arn:aws:iam::111122223333:role/X" is not a policy ARN (…:policy/NAME)`,
    undefined,
  ],
  [
    'an AWS managed policy',
    entries('  - file: a.json\n    target: managed-policy\n    arn: arn:aws:iam::aws:policy/ReadOnlyAccess\n'),
    `${FILE}:5: policies[0].arn: "arn:aws:iam::aws:policy/ReadOnlyAccess" is an AWS managed policy, which a file cannot define`,
    undefined,
  ],
  [
    'an ARN in an unknown partition',
    entries('  - file: a.json\n    target: managed-policy\n    arn: arn:gcp:iam::111122223333:policy/X\n'),
    `${FILE}:5: policies[0].arn: "arn:gcp:iam::111122223333:policy/X": "gcp" is not an AWS partition`,
    undefined,
  ],
  [
    'a short policy id',
    entries('  - file: a.json\n    target: scp\n    policy-id: p-abc\n'),
    `${FILE}:5: policies[0].policy-id: "p-abc" is not an Organizations policy id (p- and 8 to 128 letters, digits or _, as in p-abcd1234)`,
    undefined,
  ],
  [
    'a policy id without p-',
    entries('  - file: a.json\n    target: rcp\n    policy-id: abcd12345678\n'),
    `${FILE}:5: policies[0].policy-id: "abcd12345678" is not an Organizations policy id (p- and 8 to 128 letters, digits or _, as in p-abcd1234)`,
    undefined,
  ],
  [
    'a capture beyond the wildcards',
    entries(
      '  - file: policies/users/*/inline-*.json\n    target: inline-policy\n    principal: { kind: user, name: "{1}" }\n    policy-name: "{3}"\n',
    ),
    `${FILE}:6: policies[0].policy-name: {3} refers to wildcard 3, but "policies/users/*/inline-*.json" has 2 ({1} to {2})`,
    undefined,
  ],
  [
    'a capture of a file without wildcards',
    entries('  - file: scps/a.json\n    target: new-scp\n    name: "{1}"\n    attach-to: []\n'),
    `${FILE}:5: policies[0].name: {1} refers to a wildcard, but "scps/a.json" has none`,
    undefined,
  ],
  [
    'capture zero',
    entries('  - file: scps/*.json\n    target: new-scp\n    name: "x{0}"\n    attach-to: []\n'),
    `${FILE}:5: policies[0].name: {0} is not a capture; captures count from {1}`,
    undefined,
  ],
  [
    'an unknown placeholder',
    entries('  - file: scps/*.json\n    target: new-scp\n    name: "{file}"\n    attach-to: []\n'),
    `${FILE}:5: policies[0].name: unknown placeholder {file} (use {1}, {2}, … for the wildcards of file, {name}, {dir} or {account})`,
    undefined,
  ],
  [
    'an unmatched brace',
    entries('  - file: scps/*.json\n    target: new-scp\n    name: "{1"\n    attach-to: []\n'),
    `${FILE}:5: policies[0].name: "{1" has an unmatched {`,
    undefined,
  ],
  [
    '{account} without a top-level account',
    entries('  - file: a.json\n    target: managed-policy\n    arn: "arn:aws:iam::{account}:policy/A"\n'),
    `${FILE}:5: policies[0].arn: {account} needs the top-level account: set account: "111122223333"`,
    undefined,
  ],
  [
    'a group as boundary principal',
    entries(
      '  - file: a.json\n    target: permissions-boundary\n    principal: { kind: group, name: devs }\n    arn: arn:aws:iam::111122223333:policy/B\n',
    ),
    `${FILE}:5: policies[0].principal.kind: "group" is not a principal kind here (groups have no permissions boundary) (use user, role)`,
    undefined,
  ],
  [
    'a principal kind typo',
    entries(
      '  - file: a.json\n    target: inline-policy\n    principal: { kind: users, name: alice }\n    policy-name: p\n',
    ),
    `${FILE}:5: policies[0].principal.kind: "users" is not a principal kind here (use user, group, role)`,
    undefined,
  ],
  [
    'a principal without kind',
    entries('  - file: a.json\n    target: inline-policy\n    principal: { name: alice }\n    policy-name: p\n'),
    `${FILE}:5: policies[0].principal.kind: is missing (use user, group, role)`,
    undefined,
  ],
  [
    'a principal given as a bare name',
    entries('  - file: a.json\n    target: inline-policy\n    principal: alice\n    policy-name: p\n'),
    `${FILE}:5: policies[0].principal: must be { kind: user, name: NAME } or an ARN, got "alice"`,
    'write principal: { kind: user, name: alice }',
  ],
  [
    'an unknown principal field',
    entries(
      '  - file: a.json\n    target: inline-policy\n    principal: { kind: user, name: alice, acount: "111122223333" }\n    policy-name: p\n',
    ),
    `${FILE}:5: policies[0].principal.acount: unknown field (principal takes kind, name, account)`,
    undefined,
  ],
  [
    'a user ARN as a role',
    entries('  - file: a.json\n    target: trust-policy\n    role: arn:aws:iam::111122223333:user/ci\n'),
    `${FILE}:5: policies[0].role: "arn:aws:iam::111122223333:user/ci" is not a role ARN`,
    undefined,
  ],
  [
    'a user name with a space',
    entries(
      '  - file: a.json\n    target: inline-policy\n    principal: { kind: user, name: "al ice" }\n    policy-name: p\n',
    ),
    `${FILE}:5: policies[0].principal.name: "al ice" is not an IAM user name (letters, digits and + = , . @ _ - only)`,
    undefined,
  ],
  [
    'a role name too long',
    entries(`  - file: a.json\n    target: trust-policy\n    role: ${'r'.repeat(65)}\n`),
    `${FILE}:5: policies[0].role: "${'r'.repeat(65)}" is longer than 64 characters`,
    undefined,
  ],
  [
    'a policy name with a slash',
    entries(
      '  - file: a.json\n    target: inline-policy\n    principal: { kind: role, name: app }\n    policy-name: a/b\n',
    ),
    `${FILE}:6: policies[0].policy-name: "a/b" is not a policy name (letters, digits and + = , . @ _ - only)`,
    undefined,
  ],
  [
    'attach-to that is not a list',
    entries('  - file: a.json\n    target: new-scp\n    attach-to: ou-ab12-prod\n'),
    `${FILE}:5: policies[0].attach-to: must be a list of root, OU or account ids, got "ou-ab12-prod"`,
    undefined,
  ],
  [
    'attach-to naming an OU by name',
    entries('  - file: a.json\n    target: new-scp\n    attach-to:\n      - r-ab12\n      - Production\n'),
    `${FILE}:7: policies[0].attach-to[1]: "Production" is not a root (r-…), OU (ou-…-…) or 12-digit account id`,
    undefined,
  ],
  [
    'an absolute file',
    entries('  - file: /policies/a.json\n    target: scp\n    policy-id: p-abcd1234\n'),
    `${FILE}:3: policies[0].file: "/policies/a.json" is absolute; write it relative to the repository root`,
    'see docs/config.md for the glob syntax',
  ],
  [
    'a file with ..',
    entries('  - file: ../a.json\n    target: scp\n    policy-id: p-abcd1234\n'),
    `${FILE}:3: policies[0].file: "../a.json" has an empty, . or .. segment; write it relative to the repository root, as in policies/x.json`,
    'see docs/config.md for the glob syntax',
  ],
  [
    'a ** inside a segment',
    entries('  - file: policies/a**.json\n    target: scp\n    policy-id: p-abcd1234\n'),
    `${FILE}:3: policies[0].file: "policies/a**.json": ** must be a whole path segment, as in dir/**/file.json`,
    'see docs/config.md for the glob syntax',
  ],
  [
    'an unclosed class',
    entries('  - file: policies/[ab.json\n    target: scp\n    policy-id: p-abcd1234\n'),
    `${FILE}:3: policies[0].file: "policies/[ab.json": [ has no closing ]`,
    'see docs/config.md for the glob syntax',
  ],
  [
    'a bad exclude',
    entries(
      '  - file: policies/*.json\n    exclude: [ok.json, /abs.json]\n    target: scp\n    policy-id: p-abcd1234\n',
    ),
    `${FILE}:4: policies[0].exclude[1]: "/abs.json" is absolute; write it relative to the repository root`,
    'see docs/config.md for the glob syntax',
  ],
  [
    'a literal file that a glob maps too',
    entries(`  - file: policies/*.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/{name}
  - file: policies/force-mfa.json
    target: managed-policy
    arn: arn:aws:iam::111122223333:policy/ForceMFA
`),
    `${FILE}:6: policies[1].file: "policies/force-mfa.json" is also mapped by policies[0] (line 3); a file may be mapped once`,
    'remove one of the entries, or add exclude: [PATH] to the glob entry',
  ],
  [
    'a glob mapped twice',
    entries(`  - file: scps/*.json
    target: new-scp
    attach-to: []
  - file: rcps/*.json
    target: new-rcp
    attach-to: []
  - file: scps/*.json
    target: new-rcp
    attach-to: []
`),
    `${FILE}:9: policies[2].file: "scps/*.json" is also mapped by policies[0] (line 3); a file may be mapped once`,
    'remove one of the entries, or add exclude: [PATH] to the glob entry',
  ],
  ['a key that is not a name', 'version: 1\n1: x\n', `${FILE}:2: has a key that is not a name: number 1`, undefined],
];

describe('parseConfig: invalid configs', () => {
  it.each(INVALID)('%s', (_name, text, message, hint) => {
    const error = errorOf(text);
    expect(error.message).toBe(message);
    expect(error.hint).toBe(hint);
  });
});
