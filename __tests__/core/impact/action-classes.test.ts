import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  actionClassCacheStats,
  actionClasses,
  classExamples,
  DEFAULT_EXCLUDED_ACTIONS,
  type ActionClass,
  type ActionClassInput,
} from '../../../src/core/impact/action-classes.js';
import { actionsOfService, allActions, rcpAppliesToService } from '../../../src/core/catalog/aws-catalog.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import type { PolicyDocument, PolicyKind, Statement } from '../../../src/core/policy/types.js';
import {
  compilePolicies,
  evaluate,
  type CompiledPolicies,
  type EngineOptions,
  type PolicyInputs,
} from '../../../src/core/evaluate/evaluate.js';
import { createRequestContext, type EvaluationRequest } from '../../../src/core/evaluate/request.js';
import type { NamedPolicy } from '../../../src/core/evaluate/compile-policy.js';
import { describeWithCorpus } from '../../helpers/corpus.js';

function doc(statements: Record<string, unknown>[], kind: PolicyKind = 'identity'): PolicyDocument {
  return parsePolicyDocument({ Version: '2012-10-17', Statement: statements }, { kind });
}

const MFA_EXEMPT = [
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetUser',
  'iam:ListMFADevices',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
];

function forceMfa(): PolicyDocument {
  return doc([
    {
      Sid: 'DenyAllExceptListedIfNoMFA',
      Effect: 'Deny',
      NotAction: MFA_EXEMPT,
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ]);
}

const CATALOG_SIZE = allActions().length;

function classOf(classes: ActionClass[], action: string): ActionClass {
  const found = classes.find((c) => c.members.includes(action));
  if (!found) throw new Error(`no class holds ${action}`);
  return found;
}

function totalMembers(classes: ActionClass[]): number {
  return classes.reduce((n, c) => n + c.members.length, 0);
}

function expectPartition(classes: ActionClass[]): void {
  const all = classes.flatMap((c) => c.members);
  expect(new Set(all).size).toBe(all.length);
  for (const c of classes) {
    expect(c.members).toContain(c.representative);
    expect([...c.members].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(c.members);
  }
}

describe('actionClasses: signatures', () => {
  it('separates a force-MFA NotAction deny by exempted pattern, granted service and the rest', () => {
    const identity = doc([{ Effect: 'Allow', Action: ['s3:*', 'iam:Get*'], Resource: '*' }]);
    const mfa = forceMfa();
    // The exempted actions are not covered by the Deny, so they are candidates only when asked for (as configured
    // actions are): an added Deny cannot change their decision.
    const alone = actionClasses({ documents: [identity, mfa], changedStatements: mfa.statements });
    expect(alone.flatMap((c) => c.members)).not.toContain('iam:EnableMFADevice');
    expect(alone).toHaveLength(3);
    expect(totalMembers(alone)).toBe(CATALOG_SIZE - MFA_EXEMPT.length - 1); // and sts:GetCallerIdentity

    const classes = actionClasses({
      documents: [identity, mfa],
      changedStatements: mfa.statements,
      extraActions: MFA_EXEMPT,
    });
    expectPartition(classes);

    // Each exempted action is its own class (its own NotAction pattern), sts:GetSessionToken excluded by default.
    for (const action of MFA_EXEMPT.filter((a) => a !== 'sts:GetSessionToken')) {
      expect(classOf(classes, action).members).toEqual([action]);
    }
    expect(classes.some((c) => c.members.includes('sts:GetSessionToken'))).toBe(false);
    expect(classes.some((c) => c.members.includes('sts:GetCallerIdentity'))).toBe(false);

    const s3 = classOf(classes, 's3:GetObject');
    expect(s3.members).toEqual(actionsOfService('s3').sort());
    expect(s3.representative).toBe('s3:PutObject');

    const iamGet = classOf(classes, 'iam:GetRole');
    const iamGetActions = actionsOfService('iam').filter((a) => a.startsWith('iam:Get') && a !== 'iam:GetUser');
    expect(iamGet.members).toEqual(iamGetActions.sort());
    expect(iamGet.representative).toBe('iam:GetRole');

    // The rest are matched only by the Deny: non-empty signature, so kept, as one class.
    const rest = classOf(classes, 'ec2:RunInstances');
    expect(rest.representative).toBe('ec2:RunInstances');
    expect(rest.members).toContain('iam:CreateUser');
    expect(rest.members).toContain('sts:AssumeRole');

    expect(classes).toHaveLength(9);
    expect(totalMembers(classes)).toBe(CATALOG_SIZE - 2);
    expect(classes[0]).toBe(rest); // largest first
    for (const c of classes) expect(c.resources).toEqual(['*']);
  });

  it('with statement granularity, only which statements cover an action counts', () => {
    const identity = doc([{ Effect: 'Allow', Action: ['s3:*', 'iam:Get*'], Resource: '*' }]);
    const mfa = forceMfa();
    const classes = actionClasses({
      documents: [identity, mfa],
      changedStatements: mfa.statements,
      extraActions: MFA_EXEMPT,
      granularity: 'statement',
    });
    expectPartition(classes);
    // The exempted actions other than iam:GetUser are covered by nothing: implicitly denied before and after.
    expect(classes.some((c) => c.members.includes('iam:EnableMFADevice'))).toBe(false);
    // One statement grants s3:* and iam:Get*: one class. iam:GetUser escapes the Deny: a class of its own.
    expect(classOf(classes, 's3:GetObject')).toBe(classOf(classes, 'iam:GetRole'));
    expect(classOf(classes, 'iam:GetUser').members).toEqual(['iam:GetUser']);
    expect(classes).toHaveLength(3);
  });

  it('expands wildcards `*` and `?` and matches case-insensitively, keeping the catalog casing', () => {
    const identity = doc([
      { Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Effect: 'Allow', Action: 's3:?etObject', Resource: '*' },
      { Effect: 'Deny', Action: 'S3:getobject', Resource: '*' },
    ]);
    const classes = actionClasses({ documents: [identity], changedStatements: identity.statements });
    expectPartition(classes);
    const getObject = classOf(classes, 's3:GetObject');
    expect(getObject.members).toEqual(['s3:GetObject']);
    const gets = actionsOfService('s3').filter((a) => a.startsWith('s3:Get') && a !== 's3:GetObject');
    expect(classOf(classes, 's3:GetBucketPolicy').members).toEqual(gets.sort());
    expect(classes).toHaveLength(2);

    // A case variant of a pattern is the same pattern; an extra action in any case is the catalog's action.
    const upper = doc([{ Effect: 'Allow', Action: ['S3:GETOBJECT', 'S3:GETOBJECT*'], Resource: '*' }]);
    const more = actionClasses({
      documents: [upper],
      changedStatements: upper.statements,
      extraActions: ['s3:getobject', 'S3:GETOBJECTACL'],
    });
    expect(classOf(more, 's3:GetObject').members).toEqual(['s3:GetObject']);
    expect(classOf(more, 's3:GetObjectAcl').members).not.toContain('s3:GetObject');
    expect(more.flatMap((c) => c.members).every((m) => m.startsWith('s3:GetObject'))).toBe(true);
  });

  it('covers the whole catalog for a conditional `Deny *` SCP', () => {
    const full = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }], 'scp');
    const denyAll = doc(
      [
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
        },
      ],
      'scp',
    );
    const identity = doc([
      { Effect: 'Allow', Action: ['ec2:Describe*', 's3:*'], Resource: '*' },
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' },
    ]);
    const classes = actionClasses({ documents: [identity, full, denyAll], changedStatements: denyAll.statements });
    expectPartition(classes);
    expect(totalMembers(classes)).toBe(CATALOG_SIZE - DEFAULT_EXCLUDED_ACTIONS.length);
    // identity NotAction [iam:*] and [organizations:*], ec2:Describe*, s3:*, and everything else.
    expect(classes.map((c) => c.representative).sort()).toEqual(
      [
        'ec2:DescribeInstances',
        'ec2:RunInstances',
        'iam:CreateUser',
        'organizations:LeaveOrganization',
        's3:PutObject',
      ].sort(),
    );
    // Nothing excluded when the caller says so.
    const everything = actionClasses({
      documents: [full, denyAll],
      changedStatements: denyAll.statements,
      excludedActions: [],
    });
    expect(everything).toHaveLength(1);
    expect(everything[0].members).toHaveLength(CATALOG_SIZE);
    expect(everything[0].representative).toBe('s3:PutObject');
  });

  it('drops candidates that no statement of any document covers', () => {
    const identity = doc([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }]);
    const changed = doc([{ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:RunInstances'], Resource: '*' }]);
    // `changed` is not among the documents (a caller error): s3:GetObject has an empty signature.
    const classes = actionClasses({ documents: [identity], changedStatements: changed.statements });
    expect(classes.map((c) => c.members)).toEqual([['ec2:RunInstances']]);
    expect(actionClasses({ documents: [identity], changedStatements: [] })).toEqual([]);
  });

  it('treats extra actions unknown to the catalog as actions of their own', () => {
    const identity = doc([
      { Effect: 'Allow', Action: ['custom:*', 's3:GetObject'], Resource: '*' },
      { Effect: 'Deny', Action: 'custom:Secret*', Resource: '*' },
    ]);
    const classes = actionClasses({
      documents: [identity],
      changedStatements: [identity.statements[1]],
      extraActions: ['custom:Thing', 'Custom:thing', 'custom:SecretThing', 'other:Nothing', 's3:GetObject'],
    });
    expectPartition(classes);
    expect(classOf(classes, 'custom:Thing').members).toEqual(['custom:Thing']);
    expect(classOf(classes, 'custom:SecretThing').members).toEqual(['custom:SecretThing']);
    expect(classOf(classes, 's3:GetObject').members).toEqual(['s3:GetObject']);
    // Nothing covers other:Nothing: implicitly denied before and after.
    expect(classes.some((c) => c.members.includes('other:Nothing'))).toBe(false);
    expect(classes).toHaveLength(3);

    // An unknown action matched by the same patterns as catalog actions joins their class.
    const admin = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    const deny = doc([{ Effect: 'Deny', Action: 's3:*', Resource: '*' }]);
    const joined = actionClasses({
      documents: [admin, deny],
      changedStatements: deny.statements,
      extraActions: ['custom:Thing', 'ec2:RunInstances'],
    });
    expect(joined).toHaveLength(2);
    expect(classOf(joined, 'custom:Thing').members).toEqual(['custom:Thing', 'ec2:RunInstances']);
    expect(classOf(joined, 'custom:Thing').representative).toBe('ec2:RunInstances');

    // A document that treats the whole catalog alike can still tell unknown actions apart.
    const exceptCustom = doc([{ Effect: 'Deny', NotAction: 'custom:*', Resource: '*' }]);
    const split = actionClasses({
      documents: [admin, exceptCustom],
      changedStatements: exceptCustom.statements,
      extraActions: ['custom:Thing', 'custom:Other', 'Unrelated'],
    });
    expect(split.map((c) => c.members.length)).toEqual([CATALOG_SIZE - 2 + 1, 2]);
    expect(split[1].members).toEqual(['custom:Other', 'custom:Thing']);
    // `Unrelated` has no colon: `*` still matches it, and the NotAction list does not, so it joins the catalog.
    expect(split[0].members).toContain('Unrelated');
  });

  it('excludes sts:GetCallerIdentity and sts:GetSessionToken by default, and any list given', () => {
    const identity = doc([{ Effect: 'Allow', Action: 'sts:*', Resource: '*' }]);
    const byDefault = actionClasses({ documents: [identity], changedStatements: identity.statements });
    expect(byDefault.flatMap((c) => c.members)).not.toContain('sts:GetCallerIdentity');
    expect(byDefault.flatMap((c) => c.members)).not.toContain('sts:GetSessionToken');
    expect(byDefault.flatMap((c) => c.members)).toContain('sts:AssumeRole');
    const custom = actionClasses({
      documents: [identity],
      changedStatements: identity.statements,
      excludedActions: ['STS:ASSUMEROLE'],
      extraActions: ['sts:AssumeRole'],
    });
    const members = custom.flatMap((c) => c.members);
    expect(members).not.toContain('sts:AssumeRole');
    expect(members).toContain('sts:GetCallerIdentity');
    expect(members).toHaveLength(actionsOfService('sts').length - 1);
  });
});

describe('actionClasses: resources', () => {
  it('takes the Resource patterns of the changed statements that cover the class', () => {
    const before = doc([
      { Sid: 'Objects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' },
    ]);
    const after = doc([
      {
        Sid: 'Objects',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'],
      },
    ]);
    const other = doc([
      { Effect: 'Allow', Action: ['ec2:*', 's3:GetObject'], Resource: '*' },
      { Effect: 'Allow', Action: 's3:List*', NotResource: 'arn:aws:s3:::secret' },
    ]);
    const classes = actionClasses({
      documents: [before, after, other],
      changedStatements: [...before.statements, ...after.statements],
      extraActions: ['ec2:RunInstances', 's3:ListBucket'],
    });
    expectPartition(classes);
    expect(classOf(classes, 's3:GetObject').resources).toEqual(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']);
    expect(classOf(classes, 's3:PutObject').resources).toEqual(['arn:aws:s3:::b/*']);
    // Extra actions that no changed statement covers: evaluated on `*`.
    expect(classOf(classes, 'ec2:RunInstances').resources).toEqual(['*']);
    expect(classOf(classes, 's3:ListBucket').resources).toEqual(['*']);
  });

  it('uses `*` for `*`, NotResource and resource policies without Resource, `*` first', () => {
    const a = doc([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::z/*'] },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Effect: 'Deny', Action: 's3:PutObject', NotResource: 'arn:aws:s3:::b/*' },
    ]);
    const classes = actionClasses({ documents: [a], changedStatements: a.statements });
    expect(classOf(classes, 's3:GetObject').resources).toEqual(['*', 'arn:aws:s3:::z/*']);
    expect(classOf(classes, 's3:PutObject').resources).toEqual(['*']);

    const bucketPolicy = parsePolicyDocument(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject' }],
      },
      { kind: 'resource' },
    );
    const viaResource = actionClasses({ documents: [bucketPolicy], changedStatements: bucketPolicy.statements });
    expect(viaResource).toEqual([
      { representative: 's3:GetObject', members: ['s3:GetObject'], size: 1, resources: ['*'] },
    ]);
  });

  it('splits trust and KMS actions from the rest when evaluated on a named resource', () => {
    const identity = doc([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:iam::111122223333:role/*' }]);
    const classes = actionClasses({ documents: [identity], changedStatements: identity.statements });
    expectPartition(classes);
    expect(classes).toHaveLength(3);
    const trust = classOf(classes, 'sts:AssumeRole');
    expect(trust.members).toEqual(
      [
        'sts:AssumeRole',
        'sts:AssumeRoleWithSAML',
        'sts:AssumeRoleWithWebIdentity',
        'sts:SetContext',
        'sts:SetSourceIdentity',
        'sts:TagSession',
      ].sort(),
    );
    expect(classOf(classes, 'kms:Decrypt').members).toEqual(actionsOfService('kms').sort());
    for (const c of classes) expect(c.resources).toEqual(['arn:aws:iam::111122223333:role/*']);

    // Why: on a role ARN, the engine asks the role's trust policy for sts:AssumeRole, not for iam:GetRole.
    const policies = compilePolicies({ identity: [{ name: 'identity', document: identity }] });
    const decide = (action: string) =>
      evaluate(policies, request(action, 'arn:aws:iam::111122223333:role/admin')).decision;
    expect(decide('iam:GetRole')).toBe('allowed');
    expect(decide('sts:AssumeRole')).toBe('implicitDeny');

    // On `*` nothing is guarded: no split.
    const star = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    expect(actionClasses({ documents: [star], changedStatements: star.statements })).toHaveLength(1);
  });

  it('splits by RCP-governed service when asked, and by any caller key', () => {
    const identity = doc([{ Effect: 'Allow', Action: ['s3:*', 'ec2:*'], Resource: '*' }]);
    const base: ActionClassInput = {
      documents: [identity],
      changedStatements: identity.statements,
      granularity: 'statement',
    };
    expect(actionClasses(base)).toHaveLength(1);
    const byRcp = actionClasses({ ...base, rcpAppliesToService });
    expect(byRcp.map((c) => c.representative).sort()).toEqual(['ec2:RunInstances', 's3:PutObject']);
    const byVerb = actionClasses({ ...base, splitBy: (a) => (a.includes(':Describe') ? 'describe' : '') });
    expect(byVerb.map((c) => c.representative).sort()).toEqual(['ec2:DescribeInstances', 's3:PutObject']);
  });
});

describe('actionClasses: determinism and caches', () => {
  it('gives the same classes for the same input, whatever the order of documents', () => {
    const identity = doc([{ Effect: 'Allow', Action: ['s3:*', 'iam:Get*', 'ec2:Describe*'], Resource: '*' }]);
    const mfa = forceMfa();
    const scp = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }], 'scp');
    const extraActions = ['iam:GetUser', 'custom:Thing'];
    const a = actionClasses({ documents: [identity, mfa, scp], changedStatements: mfa.statements, extraActions });
    const b = actionClasses({
      documents: [scp, mfa, identity, mfa],
      changedStatements: [...mfa.statements],
      extraActions: [...extraActions].reverse(),
    });
    expect(b).toEqual(a);
    expect(a.map((c) => c.representative)).toEqual(b.map((c) => c.representative));
    expect(classExamples(classOf(a, 'ec2:RunInstances'), 3)).toEqual([
      'ec2:RunInstances',
      'iam:CreateUser',
      'iam:ListUsers',
    ]);
    expect(classExamples(classOf(a, 'iam:GetUser'))).toEqual(['iam:GetUser']);
  });

  it('indexes a document once, however many principals share it', () => {
    const shared = doc([{ Effect: 'Allow', Action: ['s3:*', 'dynamodb:Get*'], Resource: '*' }]);
    const change = doc([{ Effect: 'Deny', NotAction: ['s3:GetObject'], Resource: '*' }], 'scp');
    const first = actionClassCacheStats();
    const one = actionClasses({ documents: [shared, change], changedStatements: change.statements });
    const afterFirst = actionClassCacheStats();
    expect(afterFirst.documentsIndexed - first.documentsIndexed).toBe(2);
    expect(afterFirst.statementsExpanded - first.statementsExpanded).toBe(1);

    // An action list no other test uses: documents with equal action lists share one index.
    const own = doc([{ Effect: 'Allow', Action: 'ec2:DescribeInstance*', Resource: '*' }]);
    const two = actionClasses({ documents: [shared, own, change], changedStatements: change.statements });
    const afterSecond = actionClassCacheStats();
    // Only the new document is indexed; its pattern is new, the shared ones are not re-expanded.
    expect(afterSecond.documentsIndexed - afterFirst.documentsIndexed).toBe(1);
    expect(afterSecond.statementsExpanded - afterFirst.statementsExpanded).toBe(0);
    expect(afterSecond.patternsExpanded - afterFirst.patternsExpanded).toBeLessThanOrEqual(1);
    expect(two.length).toBeGreaterThan(one.length);

    const again = actionClasses({ documents: [shared, change], changedStatements: change.statements });
    expect(actionClassCacheStats()).toEqual(afterSecond);
    expect(again).toEqual(one);
  });

  it('shares one index between documents that name the same actions', () => {
    const first = doc([{ Effect: 'Allow', Action: ['sqs:Send*', 'SNS:Publish'], Resource: '*' }]);
    const copy = doc([{ Effect: 'Allow', Action: ['SQS:send*', 'sns:publish'], Resource: 'arn:aws:sqs:*:*:q' }]);
    const change = doc([{ Effect: 'Deny', Action: 'sqs:*', Resource: '*' }], 'scp');
    const one = actionClasses({ documents: [first, change], changedStatements: change.statements });
    const before = actionClassCacheStats();
    const two = actionClasses({ documents: [copy, change], changedStatements: change.statements });
    expect(actionClassCacheStats()).toEqual(before);
    expect(two).toEqual(one);
  });

  it('lists the first maxMembers members of the same classes, with their full size', () => {
    const identity = doc([{ Effect: 'Allow', Action: ['s3:*', 'ec2:Describe*'], Resource: '*' }]);
    const change = doc([{ Effect: 'Deny', Action: '*', Resource: '*' }], 'scp');
    const input = {
      documents: [identity, change],
      changedStatements: change.statements,
      extraActions: ['custom:DoThing', 'ec2:DescribeInstances'],
    };
    const all = actionClasses(input);
    expect(all.every((c) => c.size === c.members.length)).toBe(true);
    const few = actionClasses({ ...input, maxMembers: 3 });
    expect(few).toEqual(all.map((c) => ({ ...c, members: c.members.slice(0, 3) })));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The property that justifies the approach: every member of a class gets the same decision (and the same matching
// statements) from the real engine as its representative.

const PRINCIPAL = 'arn:aws:iam::111122223333:user/alice';
const ACCOUNT = '111122223333';
const CONTEXT = createRequestContext({
  'aws:PrincipalArn': PRINCIPAL,
  'aws:PrincipalAccount': ACCOUNT,
  'aws:RequestedRegion': 'us-east-1',
  'aws:MultiFactorAuthPresent': 'false',
  'aws:SecureTransport': 'true',
});

function request(action: string, resource = '*'): EvaluationRequest {
  return {
    principal: PRINCIPAL,
    principalAccount: ACCOUNT,
    action,
    resource,
    resourceAccount: ACCOUNT,
    context: CONTEXT,
  };
}

/** A deterministic PRNG (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function outcome(policies: CompiledPolicies, action: string, resource: string, options: EngineOptions): string {
  const e = evaluate(policies, request(action, resource), options);
  const refs = (list: typeof e.denies) =>
    list.map((r) => `${r.layer}/${r.level ?? ''}/${r.policy}#${r.statementIndex}`);
  return JSON.stringify([e.decision, refs(e.denies), refs(e.allows), e.missingAllow.map((m) => m.layer)]);
}

interface Scenario {
  before: PolicyInputs;
  after: PolicyInputs;
  changed: Statement[];
}

function documentsOf(inputs: PolicyInputs): PolicyDocument[] {
  const named: NamedPolicy[] = [
    ...inputs.identity,
    ...(inputs.permissionsBoundary ? [inputs.permissionsBoundary] : []),
    ...(inputs.session ?? []),
    ...(inputs.scp ?? []).flatMap((l) => l.policies),
    ...(inputs.rcp ?? []).flatMap((l) => l.policies),
    ...(inputs.resource ? [inputs.resource] : []),
  ];
  return named.map((p) => p.document);
}

describeWithCorpus('actionClasses: members decide like their representative (real managed policies)', (corpus) => {
  const managedDir = join(corpus, 'aws-managed-policies');
  const managedFiles = readdirSync(managedDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const scpDir = join(corpus, 'scps');
  const sources = JSON.parse(readFileSync(join(scpDir, 'SOURCES.json'), 'utf8')) as {
    files: { file: string; policy_type: string }[];
  };
  const loaded = new Map<string, NamedPolicy>();
  const load = (dir: string, file: string, kind: PolicyKind): NamedPolicy => {
    const key = `${kind}:${file}`;
    let named = loaded.get(key);
    if (!named) {
      named = { name: file, document: parsePolicyDocument(readFileSync(join(dir, file), 'utf8'), { kind }) };
      loaded.set(key, named);
    }
    return named;
  };
  // Some examples keep placeholders (`<my-corporate-cidr>`) the engine rejects: leave those out.
  const compiles = (file: string, kind: PolicyKind) => {
    try {
      compilePolicies({ identity: [], scp: [{ policies: [load(scpDir, file, kind)] }] });
      return true;
    } catch {
      return false;
    }
  };
  const scpFiles = sources.files
    .filter((f) => f.policy_type === 'SERVICE_CONTROL_POLICY' && compiles(f.file, 'scp'))
    .map((f) => f.file);
  const rcpFiles = sources.files
    .filter((f) => f.policy_type === 'RESOURCE_CONTROL_POLICY' && compiles(f.file, 'rcp'))
    .map((f) => f.file);
  const fullAccess: NamedPolicy = {
    name: 'FullAWSAccess',
    document: doc([{ Effect: 'Allow', Action: '*', Resource: '*' }], 'scp'),
  };

  function scenario(seed: number): Scenario {
    const rnd = random(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
    const managed = () => load(managedDir, pick(managedFiles), 'identity');
    const identity = [load(managedDir, 'ReadOnlyAccess.json', 'identity'), managed(), managed()];
    if (rnd() < 0.5) identity.push(load(managedDir, 'PowerUserAccess.json', 'identity'));
    const base: PolicyInputs = {
      identity,
      scp: [
        { id: 'root', policies: [fullAccess] },
        { id: 'ou', policies: [fullAccess, load(scpDir, pick(scpFiles), 'scp')] },
      ],
    };
    if (rnd() < 0.3) base.permissionsBoundary = managed();
    if (rnd() < 0.5) base.rcp = [{ id: 'root', policies: [load(scpDir, pick(rcpFiles), 'rcp')] }];
    const kind = seed % 4;
    if (kind === 3) {
      // An RCP added: it only restricts the services RCPs govern, so s3 and ec2 must not share a class.
      const added: NamedPolicy = {
        name: 'DenyInUsEast1',
        document: doc(
          [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: '*',
              Resource: '*',
              Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
            },
          ],
          'rcp',
        ),
      };
      const after = { ...base, rcp: [...(base.rcp ?? []), { id: 'account', policies: [added] }] };
      return { before: base, after, changed: added.document.statements };
    }
    if (kind === 0) {
      // An SCP added to the account.
      const added = load(scpDir, pick(scpFiles), 'scp');
      const after = { ...base, scp: [...(base.scp ?? []), { id: 'account', policies: [fullAccess, added] }] };
      return { before: base, after, changed: added.document.statements };
    }
    if (kind === 1) {
      // A managed policy detached.
      const removed = identity[1];
      const after = { ...base, identity: identity.filter((p) => p !== removed) };
      return { before: base, after, changed: removed.document.statements };
    }
    // A statement edited: half of its Action list dropped, and an NotAction deny added beside it.
    const target = identity[2];
    const statement = pick(target.document.statements);
    const patterns = statement.actions ?? statement.notActions ?? [];
    const kept = patterns.filter((_, i) => i % 2 === 0);
    const edited: Statement = statement.actions
      ? { ...statement, actions: kept.length > 0 ? kept : ['s3:GetObject'] }
      : { ...statement, notActions: [...patterns, 'ec2:*'] };
    const deny: Statement = {
      index: target.document.statements.length,
      effect: 'Deny',
      notActions: ['s3:Get*', 'iam:List*', 'sts:*'],
      resources: ['*'],
      conditions: [],
    };
    const statements = target.document.statements.map((s) => (s === statement ? edited : s));
    const afterDoc: PolicyDocument = { ...target.document, statements: [...statements, deny] };
    const after = { ...base, identity: identity.map((p) => (p === target ? { name: p.name, document: afterDoc } : p)) };
    return { before: base, after, changed: [statement, edited, deny] };
  }

  it('holds for at least 2,000 (member, representative) pairs over random principals', () => {
    const options: EngineOptions = { rcpAppliesToService };
    let pairs = 0;
    let classCount = 0;
    const mismatches: string[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const s = scenario(seed);
      const documents = [...documentsOf(s.before), ...documentsOf(s.after)];
      const classes = actionClasses({
        documents,
        changedStatements: s.changed,
        extraActions: ['custom:Thing', 's3:GetObject'],
        rcpAppliesToService: s.before.rcp || s.after.rcp ? rcpAppliesToService : undefined,
      });
      expectPartition(classes);
      classCount += classes.length;
      const before = compilePolicies(s.before);
      const after = compilePolicies(s.after);
      const rnd = random(seed * 7919);
      for (const c of classes) {
        const resources = c.resources.includes('*') ? c.resources : ['*', ...c.resources];
        // Every member of small classes; a sample of at most 150 of large ones, always including the last.
        const members =
          c.members.length <= 150
            ? c.members
            : [...c.members.filter(() => rnd() < 150 / c.members.length), c.members.at(-1) ?? ''];
        for (const resource of resources) {
          const want = [before, after].map((p) => outcome(p, c.representative, resource, options));
          for (const member of members) {
            const got = [before, after].map((p) => outcome(p, member, resource, options));
            pairs++;
            if (got[0] !== want[0] || got[1] !== want[1]) {
              mismatches.push(`seed ${seed}: ${member} vs ${c.representative} on ${resource}: ${got} / ${want}`);
            }
          }
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(pairs).toBeGreaterThanOrEqual(2000);
    expect(classCount).toBeGreaterThan(50);
  });

  it('does not pay twice for documents shared between principals', () => {
    const readOnly = load(managedDir, 'ReadOnlyAccess.json', 'identity').document;
    const powerUser = load(managedDir, 'PowerUserAccess.json', 'identity').document;
    const change = doc([{ Effect: 'Deny', NotAction: ['s3:*', 'ec2:Describe*', 'sts:*'], Resource: '*' }], 'scp');
    const input = {
      documents: [readOnly, powerUser, fullAccess.document, change],
      changedStatements: change.statements,
    };
    const first = actionClasses(input);
    const stats = actionClassCacheStats();
    const second = actionClasses({ ...input, documents: [...input.documents] });
    expect(actionClassCacheStats()).toEqual(stats);
    expect(second).toEqual(first);
    expect(totalMembers(first)).toBeGreaterThan(20_000);
  });
});
