// docs/permissions.json is exactly what iam-impact needs: the AWS calls are derived from the source (every `new
// XCommand(` and `paginateX(` of the IAM, Organizations and STS clients), and iam-impact's own engine checks that the
// policy allows each of them and that it allows nothing else. The policies shown in docs/permissions.md are checked
// against it too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { compilePolicies, evaluate } from '../../src/core/evaluate/evaluate.js';
import { createRequestContext } from '../../src/core/evaluate/request.js';
import { parsePolicyDocument } from '../../src/core/policy/parse-policy.js';
import type { PolicyDocument, PolicyKind } from '../../src/core/policy/types.js';
import { root } from '../helpers/corpus.js';

/** The SDK clients iam-impact may use, and the IAM service prefix of each. */
const CLIENTS: Record<string, string> = {
  '@aws-sdk/client-iam': 'iam',
  '@aws-sdk/client-organizations': 'organizations',
  '@aws-sdk/client-sts': 'sts',
};

/** Calls that need no permission, with AWS's word for it; the policy must not list them. */
const NO_PERMISSION_NEEDED: Record<string, string> = {
  // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
  'sts:GetCallerIdentity': 'No permissions are required to perform this operation.',
};

/** A call found in the source. */
interface AwsCall {
  action: string;
  file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The AWS calls a TypeScript source makes: the `*Command` classes it imports from an AWS SDK client and constructs,
 * and the `paginate*` functions it imports and calls. Forms this scan cannot follow are reported as problems.
 */
function awsCallsOf(text: string, file: string): { calls: AwsCall[]; problems: string[] } {
  const calls: AwsCall[] = [];
  const problems: string[] = [];
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](@aws-sdk\/client-[a-z0-9-]+)['"]/g)) {
    const [, typeOnly, specifiers, module] = m;
    const service = CLIENTS[module];
    if (!service) {
      problems.push(`${file}: imports ${module}, which this test does not map to an IAM service prefix`);
      continue;
    }
    if (typeOnly) continue;
    for (const raw of specifiers.split(',')) {
      const specifier = raw.trim();
      if (specifier === '' || specifier.startsWith('type ')) continue;
      const [imported, local = imported] = specifier.split(/\s+as\s+/).map((s) => s.trim());
      if (['IAM', 'Organizations', 'STS'].includes(imported)) {
        problems.push(`${file}: imports the aggregated client ${imported}, whose method calls this scan cannot see`);
      }
      const command = /^(\w+)Command$/.exec(imported);
      const paginator = /^paginate(\w+)$/.exec(imported);
      if (command && new RegExp(`\\bnew\\s+${escape(local)}\\s*\\(`).test(text)) {
        calls.push({ action: `${service}:${command[1]}`, file });
      } else if (paginator && new RegExp(`\\b${escape(local)}\\s*\\(`).test(text)) {
        calls.push({ action: `${service}:${paginator[1]}`, file });
      }
    }
  }
  for (const m of text.matchAll(
    /import\s+(?:\*\s+as\s+\w+|\w+)\s+from\s*['"](@aws-sdk\/client-[a-z0-9-]+)['"]|import\(\s*['"](@aws-sdk\/client-[a-z0-9-]+)['"]\s*\)|require\(\s*['"](@aws-sdk\/client-[a-z0-9-]+)['"]\s*\)/g,
  )) {
    problems.push(`${file}: imports ${m[1] ?? m[2] ?? m[3]} in a form this scan cannot follow; use named imports`);
  }
  return { calls, problems };
}

const scan = (() => {
  const calls: AwsCall[] = [];
  const problems: string[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('@aws-sdk/client-')) continue;
    const found = awsCallsOf(text, relative(root, path));
    calls.push(...found.calls);
    problems.push(...found.problems);
  }
  return { calls, problems };
})();

const derived = [...new Set(scan.calls.map((c) => c.action))].sort();
const needingPermission = derived.filter((a) => !(a in NO_PERMISSION_NEEDED));

const permissionsText = readFileSync(join(root, 'docs/permissions.json'), 'utf8');
const permissions = parsePolicyDocument(permissionsText, { kind: 'identity' });
const markdown = readFileSync(join(root, 'docs/permissions.md'), 'utf8');

/** The JSON policies of docs/permissions.md, parsed as what they are: trust, resource-based or identity policies. */
const documented = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => {
  const raw = JSON.parse(m[1]) as { Statement: { Sid?: string; Principal?: unknown; Action: string | string[] }[] };
  const actions = raw.Statement.flatMap((s) => s.Action);
  const kind: PolicyKind = raw.Statement.some((s) => s.Principal)
    ? actions.every((a) => a.startsWith('sts:AssumeRole'))
      ? 'trust'
      : 'resource'
    : 'identity';
  return { raw, kind, document: parsePolicyDocument(raw, { kind }) };
});
const documentedBySid = (sid: string) => {
  const found = documented.find((d) => d.raw.Statement.some((s) => s.Sid === sid));
  if (!found) throw new Error(`docs/permissions.md has no policy with statement "${sid}"`);
  return found;
};

const CALLER = 'arn:aws:iam::444455556666:role/IamImpactGitHub';
const MEMBER_ACCOUNT = '111122223333';

/** A realistic resource for the calls that act on one; `*` for those that act on none or on the account. */
function resourceOf(action: string): string {
  switch (action) {
    case 'sts:AssumeRole':
      return `arn:aws:iam::${MEMBER_ACCOUNT}:role/IamImpactReadOnly`;
    case 'iam:SimulatePrincipalPolicy':
      // The caller simulates the principals of its own account; member roles those of theirs.
      return 'arn:aws:iam::444455556666:user/alice';
    case 'organizations:DescribePolicy':
      return 'arn:aws:organizations::444455556666:policy/o-a1b2c3d4e5/service_control_policy/p-a1b2c3d4';
    case 'organizations:ListPoliciesForTarget':
      return 'arn:aws:organizations::444455556666:ou/o-a1b2c3d4e5/ou-a1b2-workload';
    default:
      return '*';
  }
}

/**
 * Decides a call with iam-impact's engine: by default the caller role holding docs/permissions.json, in its own
 * account (444455556666); `as` gives another principal and its policy.
 */
function decide(
  action: string,
  resource = resourceOf(action),
  as: { principal: string; policy: PolicyDocument } = { principal: CALLER, policy: permissions },
) {
  const memberTrust = documentedBySid('TrustIamImpactCaller').document;
  const trust = action === 'sts:AssumeRole' ? { name: 'member role trust policy', document: memberTrust } : undefined;
  const compiled = compilePolicies({
    identity: [{ name: 'policy', document: as.policy }],
    ...(trust ? { resource: trust } : {}),
  });
  const principalAccount = as.principal.split(':')[4];
  const account = /^arn:aws:iam::(\d{12}):/.exec(resource)?.[1] ?? principalAccount;
  return evaluate(compiled, {
    principal: as.principal,
    principalAccount,
    action,
    resource,
    resourceAccount: account,
    context: createRequestContext({}),
  }).decision;
}

const allowedActions = (document: PolicyDocument) =>
  document.statements.filter((s) => s.effect === 'Allow').flatMap((s) => s.actions ?? []);

describe('the AWS calls derived from the source', () => {
  it('are found in every form the source uses (named imports of IAM, Organizations and STS clients)', () => {
    expect(scan.problems).toEqual([]);
  });

  it('are not a trivial list: the scan finds the reads, the simulator and the organization calls', () => {
    expect(derived).toEqual(
      expect.arrayContaining([
        'iam:GetAccountAuthorizationDetails',
        'organizations:ListPoliciesForTarget',
        'iam:SimulateCustomPolicy',
        'iam:SimulatePrincipalPolicy',
        'sts:AssumeRole',
      ]),
    );
    expect(derived.length).toBeGreaterThanOrEqual(10);
  });

  it('sees through aliases and ignores type-only imports and imports that are never constructed', () => {
    const text = [
      "import { ListRootsCommand as Roots, DescribePolicyCommand, type ListAccountsCommand } from '@aws-sdk/client-organizations';",
      "import type { SimulateCustomPolicyCommand } from '@aws-sdk/client-iam';",
      "import { paginateListUsers } from '@aws-sdk/client-iam';",
      'await org.send(new Roots({}));',
      'for await (const page of paginateListUsers({ client }, {})) void page;',
    ].join('\n');
    expect(awsCallsOf(text, 'x.ts').calls.map((c) => c.action)).toEqual(['organizations:ListRoots', 'iam:ListUsers']);
    expect(awsCallsOf("import * as iam from '@aws-sdk/client-iam';", 'y.ts').problems).toHaveLength(1);
    expect(awsCallsOf("import { IAM } from '@aws-sdk/client-iam';", 'z.ts').problems).toHaveLength(1);
  });
});

describe('docs/permissions.json', () => {
  it.each(needingPermission)('allows %s, as iam-impact calls it', (action) => {
    expect(decide(action)).toBe('allowed');
  });

  it('allows exactly the derived calls: no other action, no wildcard, no NotAction', () => {
    const listed = allowedActions(permissions);
    expect(listed.filter((a) => /[*?]/.test(a))).toEqual([]);
    expect(permissions.statements.every((s) => s.effect === 'Allow' && s.notActions === undefined)).toBe(true);
    expect([...new Set(listed)].sort()).toEqual(needingPermission);
  });

  it('does not list the calls that need no permission', () => {
    for (const action of Object.keys(NO_PERMISSION_NEEDED)) expect(allowedActions(permissions)).not.toContain(action);
  });

  it('lets the caller assume only the member role, and nothing else of the member account', () => {
    expect(decide('sts:AssumeRole', `arn:aws:iam::${MEMBER_ACCOUNT}:role/OrganizationAccountAccessRole`)).not.toBe(
      'allowed',
    );
    expect(decide('iam:CreateUser')).toBe('implicitDeny');
    expect(decide('organizations:AttachPolicy')).toBe('implicitDeny');
  });

  it('has one statement per purpose, each with a Sid', () => {
    expect(permissions.statements.map((s) => s.sid)).toEqual([
      'ReadAccountAuthorizationDetails',
      'RunPolicySimulator',
      'ReadOrganizationTreeAndPolicies',
      'AssumeMemberAccountRole',
    ]);
  });
});

describe('docs/permissions.md', () => {
  it('shows only valid policies', () => {
    expect(documented.length).toBe(4);
    expect(documented.map((d) => d.kind).sort()).toEqual(['identity', 'resource', 'trust', 'trust']);
  });

  it('gives member roles the two IAM statements of permissions.json, unchanged, enough for their own account', () => {
    const member = documentedBySid('RunPolicySimulator');
    const memberRole = `arn:aws:iam::${MEMBER_ACCOUNT}:role/IamImpactReadOnly`;
    const as = { principal: memberRole, policy: member.document };
    for (const action of needingPermission.filter((a) => a.startsWith('iam:'))) {
      const resource = action === 'iam:SimulatePrincipalPolicy' ? `arn:aws:iam::${MEMBER_ACCOUNT}:role/deployer` : '*';
      expect([action, decide(action, resource, as)]).toEqual([action, 'allowed']);
    }
    expect(decide('organizations:ListRoots', '*', as)).toBe('implicitDeny');
    const full = JSON.parse(permissionsText) as { Statement: { Sid: string }[] };
    expect(member.raw.Statement).toEqual(
      full.Statement.filter((s) => ['ReadAccountAuthorizationDetails', 'RunPolicySimulator'].includes(s.Sid)),
    );
  });

  it('delegates to the tooling account exactly the Organizations calls of permissions.json', () => {
    const delegated = documentedBySid('DelegateIamImpactReads').document;
    expect([...allowedActions(delegated)].sort()).toEqual(
      needingPermission.filter((a) => a.startsWith('organizations:')),
    );
  });

  it('names the caller role that the member trust policy trusts and the member role permissions.json assumes', () => {
    expect(markdown).toContain(CALLER.split('/')[1]);
    expect(decide('sts:AssumeRole')).toBe('allowed');
    expect(markdown).toContain('`member-role-name`');
  });

  it('tests aud and sub in the OIDC trust policy', () => {
    const oidc = documentedBySid('GitHubActionsPullRequests').raw as unknown as {
      Statement: { Condition: { StringEquals: Record<string, string | string[]> } }[];
    };
    const keys = Object.keys(oidc.Statement[0].Condition.StringEquals);
    expect(keys).toEqual(['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub']);
  });
});
