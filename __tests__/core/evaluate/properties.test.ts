// Property-based tests of the policy parser and the evaluation engine. The arbitraries generate realistic policy
// documents as raw JSON (so every property goes through the real parser) over a small alphabet of real actions,
// ARNs, principals and condition keys, together with random requests whose context keys are present or absent.
//
// Properties (AWS policy evaluation logic, /work/shared/docs/aws-semantics.md §E):
// - adding a Deny statement to any layer never grants access, and an explicit deny stays an explicit deny;
// - adding an Allow statement to the identity policies never takes access away;
// - an SCP level holding only FullAWSAccess, inserted anywhere in the hierarchy, changes nothing;
// - evaluation and compilation are deterministic, explanation included, whatever the caches hold;
// - the explanation agrees with the decision;
// - malformed documents fail with PolicyValidationError and never with any other exception.
import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { PolicyValidationError } from '../../../src/core/errors.js';
import { rcpAppliesToService } from '../../../src/core/catalog/aws-catalog.js';
import type { NamedPolicy } from '../../../src/core/evaluate/compile-policy.js';
import {
  compilePolicies,
  evaluate,
  type EngineOptions,
  type PolicyInputs,
  type PolicyLevel,
} from '../../../src/core/evaluate/evaluate.js';
import type { Evaluation } from '../../../src/core/evaluate/explanation.js';
import { createRequestContext, type ContextValue, type EvaluationRequest } from '../../../src/core/evaluate/request.js';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import type { PolicyKind } from '../../../src/core/policy/types.js';

// ---------------------------------------------------------------------------------------------------------------
// Raw JSON
// ---------------------------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

// ---------------------------------------------------------------------------------------------------------------
// The alphabet
// ---------------------------------------------------------------------------------------------------------------

const ACCOUNT = '111122223333';
const OTHER_ACCOUNT = '444455556666';

const FULL_AWS_ACCESS: JsonObject = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** Actions a request can carry. */
const REQUEST_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:DeleteObject',
  'iam:ListUsers',
  'iam:CreateUser',
  'ec2:RunInstances',
  'sts:AssumeRole',
  'kms:Decrypt',
];

/** Action patterns a policy can carry: real actions, wildcards, a case variant. */
const ACTION_PATTERNS = [
  ...REQUEST_ACTIONS,
  's3:*',
  's3:Get*',
  's3:*Object',
  'S3:getobject',
  'iam:List*',
  'ec2:*',
  'kms:*',
  'sts:Assume*',
  '*',
];

/** Resources a request can name. */
const REQUEST_RESOURCES = [
  '*',
  'arn:aws:s3:::example-bucket',
  'arn:aws:s3:::example-bucket/home/alice/report.txt',
  'arn:aws:s3:::example-bucket/home/bob/notes.txt',
  'arn:aws:s3:::other-bucket/data.csv',
  `arn:aws:iam::${ACCOUNT}:user/alice`,
  `arn:aws:iam::${ACCOUNT}:role/Deploy`,
  `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`,
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  `arn:aws:ec2:us-east-1:${OTHER_ACCOUNT}:instance/i-0fedcba9876543210`,
];

/** Resource patterns a policy can carry, with wildcards and policy variables. */
const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::example-bucket',
  'arn:aws:s3:::example-bucket/*',
  'arn:aws:s3:::*',
  'arn:aws:s3:::example-bucket/home/${aws:username}/*',
  'arn:aws:s3:::other-bucket/????.csv',
  `arn:aws:iam::${ACCOUNT}:user/*`,
  'arn:aws:iam::*:user/${aws:username}',
  `arn:aws:iam::${ACCOUNT}:role/Deploy`,
  `arn:aws:ec2:*:${ACCOUNT}:instance/*`,
  `arn:aws:kms:*:${ACCOUNT}:key/*`,
  `arn:aws:*:*:${ACCOUNT}:*`,
];

/** Callers: IAM users and role sessions, in the resource account and in another one. */
const PRINCIPALS = [
  `arn:aws:iam::${ACCOUNT}:user/alice`,
  `arn:aws:iam::${ACCOUNT}:user/bob`,
  `arn:aws:iam::${OTHER_ACCOUNT}:user/carol`,
  `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice-session`,
  `arn:aws:sts::${ACCOUNT}:assumed-role/Deploy/ci`,
  `arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/Auditor/audit`,
];

/** `Principal` elements of resource policies and RCPs. */
const PRINCIPAL_ELEMENTS: Json[] = [
  '*',
  { AWS: '*' },
  { AWS: ACCOUNT },
  { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
  { AWS: [`arn:aws:iam::${ACCOUNT}:user/bob`, OTHER_ACCOUNT] },
  { AWS: `arn:aws:iam::${ACCOUNT}:role/Admin` },
  { AWS: `arn:aws:sts::${ACCOUNT}:assumed-role/Deploy/ci` },
  { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
  { Service: 'ec2.amazonaws.com' },
];

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries: policy documents
// ---------------------------------------------------------------------------------------------------------------

/** A string, or a non-empty list of distinct strings, drawn from `values` (both JSON shapes AWS accepts). */
function stringOrList<T extends Json>(values: readonly T[], maxLength = 3): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom(...values),
    fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: Math.min(maxLength, values.length) }),
  );
}

/** `arb` with probability `weight / 4`, else undefined. */
function sometimes<T>(arb: fc.Arbitrary<T>, weight: 1 | 2 | 3): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 - weight }, { arbitrary: arb, weight });
}

/** A condition key as written, sometimes in another case (key names are case-insensitive). */
function key(name: string): fc.Arbitrary<string> {
  return fc.constantFrom(name, name, name.toLowerCase());
}

type ClauseSpec = [operator: string, key: string, values: Json];

const clauseArb: fc.Arbitrary<ClauseSpec> = fc.oneof(
  fc.tuple(
    fc.constantFrom('Bool', 'BoolIfExists'),
    key('aws:MultiFactorAuthPresent'),
    fc.constantFrom<Json>('true', 'false', true, false),
  ),
  fc.tuple(
    fc.constantFrom('StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringEqualsIfExists'),
    key('aws:username'),
    stringOrList(['alice', 'bob', 'Alice', '${aws:username}']),
  ),
  fc.tuple(
    fc.constantFrom('StringLike', 'StringNotLike', 'StringLikeIfExists'),
    key('aws:PrincipalArn'),
    stringOrList([
      `arn:aws:iam::${ACCOUNT}:user/*`,
      `arn:aws:iam::${ACCOUNT}:role/Admin`,
      'arn:aws:iam::*:role/*',
      `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`,
    ]),
  ),
  fc.tuple(fc.constantFrom('StringLike', 'StringNotLike'), key('aws:username'), stringOrList(['a*', 'b?b', '*'])),
  fc.tuple(
    fc.constantFrom('NumericLessThan', 'NumericGreaterThanEquals', 'NumericLessThanIfExists'),
    key('aws:MultiFactorAuthAge'),
    fc.constantFrom<Json>('3600', '600', 3600, ['600', '86400']),
  ),
  fc.tuple(
    fc.constantFrom('IpAddress', 'NotIpAddress', 'IpAddressIfExists'),
    key('aws:SourceIp'),
    stringOrList(['203.0.113.0/24', '198.51.100.7', '10.0.0.0/8', '2001:db8::/32']),
  ),
  fc.tuple(
    fc.constant('Null'),
    fc.constantFrom('aws:MultiFactorAuthAge', 'aws:TagKeys', 'aws:SourceIp', 'aws:username'),
    fc.constantFrom<Json>('true', 'false', true),
  ),
  fc.tuple(
    fc.constantFrom('ForAnyValue:StringEquals', 'ForAllValues:StringEquals', 'ForAnyValue:StringLike'),
    key('aws:TagKeys'),
    stringOrList(['team', 'env', 'owner', 'cost*']),
  ),
  fc.tuple(
    fc.constantFrom('StringEquals', 'StringNotEqualsIfExists'),
    key('aws:RequestedRegion'),
    stringOrList(['us-east-1', 'eu-west-1']),
  ),
);

const conditionArb: fc.Arbitrary<JsonObject> = fc.array(clauseArb, { minLength: 1, maxLength: 3 }).map((clauses) => {
  const condition: JsonObject = {};
  for (const [operator, name, values] of clauses) {
    const block = (condition[operator] ??= {}) as JsonObject;
    block[name] = values;
  }
  return condition;
});

type Effect = 'Allow' | 'Deny';

/**
 * The effect of a generated statement: identity-side policies and resource policies mostly allow, SCPs other than
 * FullAWSAccess mostly deny, and customer RCPs can only deny.
 */
function effectArb(kind: PolicyKind): fc.Arbitrary<Effect> {
  switch (kind) {
    case 'rcp':
      return fc.constant('Deny');
    case 'scp':
      return fc.constantFrom('Allow', 'Deny', 'Deny', 'Deny');
    default:
      return fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny');
  }
}

/** One statement of a document of `kind`, with the elements that kind may and must carry. */
function statementArb(kind: PolicyKind, effect?: Effect): fc.Arbitrary<JsonObject> {
  const takesPrincipal = kind === 'resource' || kind === 'trust' || kind === 'rcp';
  const needsPrincipal = kind === 'resource' || kind === 'trust';
  const resourceKeys: (string | undefined)[] =
    kind === 'resource' || kind === 'trust'
      ? ['Resource', 'Resource', 'NotResource', undefined, undefined]
      : ['Resource', 'Resource', 'Resource', 'Resource', 'NotResource'];
  return (effect ? fc.constant(effect) : effectArb(kind)).chain((chosen) =>
    fc
      .record({
        sid: fc.option(fc.constantFrom('S1', 'AllowRead', 'DenyNoMfa', ''), { nil: undefined, freq: 2 }),
        actionKey: fc.constantFrom('Action', 'Action', 'Action', 'NotAction'),
        // Allows lean broad (`*`, `s3:*`); denies are targeted, as in real policies.
        actions:
          chosen === 'Allow'
            ? fc.oneof(
                { arbitrary: stringOrList(ACTION_PATTERNS), weight: 3 },
                fc.constantFrom<Json>('*', ['*'], 's3:*'),
              )
            : stringOrList(ACTION_PATTERNS),
        resourceKey: fc.constantFrom(...resourceKeys),
        resources:
          chosen === 'Allow'
            ? fc.oneof({ arbitrary: stringOrList(RESOURCE_PATTERNS), weight: 2 }, fc.constantFrom<Json>('*', ['*']))
            : stringOrList(RESOURCE_PATTERNS),
        principalKey: needsPrincipal
          ? fc.constantFrom<string | undefined>('Principal', 'Principal', 'Principal', 'NotPrincipal')
          : takesPrincipal
            ? fc.constantFrom<string | undefined>('Principal', undefined, undefined)
            : fc.constant<string | undefined>(undefined),
        principal: fc.constantFrom(...PRINCIPAL_ELEMENTS),
        // Most real Deny statements are conditional (no MFA, wrong network, wrong region...).
        condition: sometimes(conditionArb, chosen === 'Allow' ? 1 : 3),
      })
      .map((s) => {
        const statement: JsonObject = {};
        if (s.sid !== undefined) statement.Sid = s.sid;
        statement.Effect = chosen;
        if (s.principalKey) statement[s.principalKey] = s.principal;
        statement[s.actionKey] = s.actions;
        if (s.resourceKey) statement[s.resourceKey] = s.resources;
        if (s.condition) statement.Condition = s.condition;
        return statement;
      }),
  );
}

/** A whole document: Version (or none, meaning 2008-10-17), and Statement as an array or a lone object. */
function documentArb(kind: PolicyKind, effect?: Effect): fc.Arbitrary<JsonObject> {
  return fc
    .record({
      version: fc.constantFrom<string | undefined>('2012-10-17', '2012-10-17', '2012-10-17', '2008-10-17', undefined),
      statements: fc.array(statementArb(kind, effect), { minLength: 1, maxLength: 3 }),
      lone: fc.boolean(),
    })
    .map(({ version, statements, lone }) => {
      const doc: JsonObject = {};
      if (version !== undefined) doc.Version = version;
      doc.Statement = lone && statements.length === 1 ? statements[0] : statements;
      return doc;
    });
}

/** One SCP level: usually FullAWSAccess plus zero to two other SCPs; never empty (AWS requires one). */
const scpLevelArb: fc.Arbitrary<Json[]> = fc
  .record({
    full: fc.constantFrom(true, true, true, true, false),
    others: fc.array(documentArb('scp'), { maxLength: 2 }),
  })
  .map(({ full, others }) => {
    const level: Json[] = full ? [clone(FULL_AWS_ACCESS), ...others] : others;
    return level.length > 0 ? level : [clone(FULL_AWS_ACCESS)];
  });

/** The raw policies of one request, layer by layer. */
interface RawPolicies {
  identity: Json[];
  permissionsBoundary?: Json;
  session?: Json[];
  scp?: Json[][];
  rcp?: Json[][];
  resource?: Json;
}

const rawPoliciesArb: fc.Arbitrary<RawPolicies> = fc
  .record({
    identity: fc.array(documentArb('identity'), { minLength: 1, maxLength: 3 }),
    permissionsBoundary: sometimes(documentArb('permissionsBoundary'), 2),
    session: sometimes(fc.array(documentArb('session'), { minLength: 1, maxLength: 2 }), 1),
    scp: sometimes(fc.array(scpLevelArb, { minLength: 1, maxLength: 3 }), 2),
    rcp: sometimes(
      fc.array(fc.array(documentArb('rcp'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
      1,
    ),
    resource: sometimes(documentArb('resource'), 2),
  })
  .map((raw) => {
    // Drop absent layers, so that adding one later is a real change of shape.
    const out: RawPolicies = { identity: raw.identity };
    if (raw.permissionsBoundary !== undefined) out.permissionsBoundary = raw.permissionsBoundary;
    if (raw.session !== undefined) out.session = raw.session;
    if (raw.scp !== undefined) out.scp = raw.scp;
    if (raw.rcp !== undefined) out.rcp = raw.rcp;
    if (raw.resource !== undefined) out.resource = raw.resource;
    return out;
  });

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries: requests
// ---------------------------------------------------------------------------------------------------------------

function arnAccount(arn: string): string {
  return arn.startsWith('arn:') ? (arn.split(':')[4] ?? '') : '';
}

const requestArb: fc.Arbitrary<EvaluationRequest> = fc
  .record({
    principal: fc.constantFrom(...PRINCIPALS),
    action: fc.constantFrom(...REQUEST_ACTIONS),
    resource: fc.constantFrom(...REQUEST_RESOURCES),
    bucketInOtherAccount: fc.constantFrom(false, false, false, true),
    mfaPresent: fc.constantFrom<string | undefined>(undefined, 'true', 'false'),
    mfaAge: fc.constantFrom<string | undefined>(undefined, '300', '7200'),
    sourceIp: fc.constantFrom<string | undefined>(undefined, '203.0.113.10', '198.51.100.7', '2001:db8::1'),
    tagKeys: fc.option(fc.uniqueArray(fc.constantFrom('team', 'env', 'owner', 'costcenter'), { maxLength: 3 }), {
      nil: undefined,
    }),
    region: fc.constantFrom<string | undefined>(undefined, 'us-east-1', 'eu-west-1'),
  })
  .map((r) => {
    const principalAccount = arnAccount(r.principal);
    const resourceAccount = arnAccount(r.resource) || (r.bucketInOtherAccount ? OTHER_ACCOUNT : principalAccount);
    const context: Record<string, ContextValue> = {};
    const resourcePart = r.principal.split(':')[5];
    if (resourcePart.startsWith('user/')) {
      context['aws:username'] = resourcePart.slice('user/'.length);
      context['aws:PrincipalArn'] = r.principal;
    } else {
      context['aws:PrincipalArn'] = `arn:aws:iam::${principalAccount}:role/${resourcePart.split('/')[1]}`;
    }
    if (r.mfaPresent !== undefined) context['aws:MultiFactorAuthPresent'] = r.mfaPresent;
    if (r.mfaAge !== undefined) context['aws:MultiFactorAuthAge'] = r.mfaAge;
    if (r.sourceIp !== undefined) context['aws:SourceIp'] = r.sourceIp;
    if (r.tagKeys !== undefined) context['aws:TagKeys'] = r.tagKeys;
    if (r.region !== undefined) context['aws:RequestedRegion'] = r.region;
    // Counterexamples print the context as the plain object it was built from.
    const requestContext = Object.assign(createRequestContext(context), {
      [fc.toStringMethod]: () => `createRequestContext(${JSON.stringify(context)})`,
    });
    return {
      principal: r.principal,
      principalAccount,
      action: r.action,
      resource: r.resource,
      resourceAccount,
      context: requestContext,
    };
  });

const scenarioArb = fc.record({ raw: rawPoliciesArb, request: requestArb });

// ---------------------------------------------------------------------------------------------------------------
// From raw JSON to the engine
// ---------------------------------------------------------------------------------------------------------------

const ENGINE: EngineOptions = { rcpAppliesToService };

function parse(doc: Json, kind: PolicyKind, name: string): NamedPolicy {
  return { name, document: parsePolicyDocument(doc, { kind }) };
}

function levels(list: Json[][], kind: 'scp' | 'rcp'): PolicyLevel[] {
  return list.map((policies, level) => ({
    policies: policies.map((doc, i) => parse(doc, kind, `${kind}-${level}-${i}`)),
  }));
}

function toInputs(raw: RawPolicies): PolicyInputs {
  const inputs: PolicyInputs = { identity: raw.identity.map((doc, i) => parse(doc, 'identity', `identity[${i}]`)) };
  if (raw.permissionsBoundary !== undefined) {
    inputs.permissionsBoundary = parse(raw.permissionsBoundary, 'permissionsBoundary', 'boundary');
  }
  if (raw.session) inputs.session = raw.session.map((doc, i) => parse(doc, 'session', `session[${i}]`));
  if (raw.scp) inputs.scp = levels(raw.scp, 'scp');
  if (raw.rcp) inputs.rcp = levels(raw.rcp, 'rcp');
  if (raw.resource !== undefined) inputs.resource = parse(raw.resource, 'resource', 'resource');
  return inputs;
}

function decide(raw: RawPolicies, request: EvaluationRequest): Evaluation {
  return evaluate(compilePolicies(toInputs(raw)), request, ENGINE);
}

/** Appends a statement to a document, turning a lone Statement object into a list first. */
function appendStatement(doc: Json, statement: JsonObject): void {
  if (!isObject(doc)) throw new Error('not a document');
  const current = doc.Statement;
  doc.Statement = Array.isArray(current) ? [...current, statement] : [current, statement];
}

/** A document holding just `statement`. */
function documentOf(statement: JsonObject): JsonObject {
  return { Version: '2012-10-17', Statement: [statement] };
}

/** Adds a statement to a list of documents: to document `target`, or as a new document. */
function addToList(list: Json[], statement: JsonObject, target: number, asNewPolicy: boolean): Json[] {
  const out = clone(list);
  if (asNewPolicy || out.length === 0) out.push(documentOf(statement));
  else appendStatement(out[target % out.length], statement);
  return out;
}

type LayerName = 'identity' | 'permissionsBoundary' | 'session' | 'scp' | 'rcp' | 'resource';

const KIND_OF_LAYER: Readonly<Record<LayerName, PolicyKind>> = {
  identity: 'identity',
  permissionsBoundary: 'permissionsBoundary',
  session: 'session',
  scp: 'scp',
  rcp: 'rcp',
  resource: 'resource',
};

interface Addition {
  layer: LayerName;
  statement: JsonObject;
  /** Which document (or level) receives the statement, modulo the count. */
  target: number;
  /** Which document within the level receives it, modulo the count. */
  targetInLevel: number;
  /** Whether the statement comes as a new document rather than appended to an existing one. */
  asNewPolicy: boolean;
}

function additionArb(layers: readonly LayerName[], effect: Effect): fc.Arbitrary<Addition> {
  return fc.constantFrom(...layers).chain((layer) =>
    fc.record({
      layer: fc.constant(layer),
      statement: statementArb(KIND_OF_LAYER[layer], effect),
      target: fc.nat(),
      targetInLevel: fc.nat(),
      asNewPolicy: fc.boolean(),
    }),
  );
}

/** The raw policies with `addition` applied. Layers that were absent are created holding only the new statement. */
function withAddition(raw: RawPolicies, addition: Addition): RawPolicies {
  const out = clone(raw);
  const { statement, target, targetInLevel, asNewPolicy } = addition;
  switch (addition.layer) {
    case 'identity':
      out.identity = addToList(out.identity, statement, target, asNewPolicy);
      break;
    case 'session':
      out.session = addToList(out.session ?? [], statement, target, asNewPolicy);
      break;
    case 'permissionsBoundary':
      if (out.permissionsBoundary === undefined) out.permissionsBoundary = documentOf(statement);
      else appendStatement(out.permissionsBoundary, statement);
      break;
    case 'resource':
      if (out.resource === undefined) out.resource = documentOf(statement);
      else appendStatement(out.resource, statement);
      break;
    case 'scp':
    case 'rcp': {
      const list = out[addition.layer];
      if (!list) out[addition.layer] = [[documentOf(statement)]];
      else {
        const i = target % list.length;
        list[i] = addToList(list[i], statement, targetInLevel, asNewPolicy);
      }
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------------

/** Runs per property; raise it with PROPERTY_RUNS=20000 for a longer search. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

describe('generators', () => {
  it('generate documents that parse and scenarios with every kind of decision', () => {
    const counts = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
    for (const { raw, request } of fc.sample(scenarioArb, { numRuns: 3000, seed: 42 })) {
      counts[decide(raw, request).decision]++;
    }
    // Each decision is common enough (at the time of writing: about 16% / 21% / 63%) for the properties below not
    // to be vacuous.
    expect(counts.allowed).toBeGreaterThan(300);
    expect(counts.explicitDeny).toBeGreaterThan(300);
    expect(counts.implicitDeny).toBeGreaterThan(300);
  });
});

describe('evaluation properties', () => {
  it('adding a Deny statement to any layer never grants access, and an explicit deny stays one', () => {
    const layers: LayerName[] = ['identity', 'permissionsBoundary', 'session', 'scp', 'rcp', 'resource'];
    fc.assert(
      fc.property(scenarioArb, additionArb(layers, 'Deny'), ({ raw, request }, addition) => {
        const before = decide(raw, request);
        const after = decide(withAddition(raw, addition), request);
        if (before.decision !== 'allowed') expect(after.decision).not.toBe('allowed');
        if (before.decision === 'explicitDeny') expect(after.decision).toBe('explicitDeny');
        // The statements that denied before still deny (the new statement is appended, so refs are unchanged).
        for (const ref of before.denies) expect(after.denies).toContainEqual(ref);
      }),
      { numRuns: RUNS },
    );
  });

  it('adding an Allow statement to the identity policies never takes access away', () => {
    fc.assert(
      fc.property(scenarioArb, additionArb(['identity'], 'Allow'), ({ raw, request }, addition) => {
        const before = decide(raw, request);
        const after = decide(withAddition(raw, addition), request);
        if (before.decision === 'allowed') expect(after.decision).toBe('allowed');
        // An Allow cannot lift an explicit deny either.
        if (before.decision === 'explicitDeny') expect(after.decision).toBe('explicitDeny');
        expect(after.denies).toEqual(before.denies);
      }),
      { numRuns: RUNS },
    );
  });

  it('an SCP level holding only FullAWSAccess, inserted anywhere in the hierarchy, changes no decision', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ raw, request }, position) => {
        const before = decide(raw, request);
        const changed = clone(raw);
        const level: Json[] = [clone(FULL_AWS_ACCESS)];
        if (!changed.scp) changed.scp = [level];
        else changed.scp.splice(position % (changed.scp.length + 1), 0, level);
        const after = decide(changed, request);
        expect(after.decision).toBe(before.decision);
        expect(after.denies.length).toBe(before.denies.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same compiled policies, or the same policies compiled again, give equal results', () => {
    fc.assert(
      fc.property(rawPoliciesArb, fc.array(requestArb, { minLength: 1, maxLength: 5 }), (raw, requests) => {
        const compiled = compilePolicies(toInputs(raw));
        const first = requests.map((r) => evaluate(compiled, r, ENGINE));
        // Again, in the reverse order, after the per-action and per-pattern caches were filled by other requests.
        const second = [...requests]
          .reverse()
          .map((r) => evaluate(compiled, r, ENGINE))
          .reverse();
        expect(second).toStrictEqual(first);
        const recompiled = compilePolicies(toInputs(raw));
        const third = requests.map((r) => evaluate(recompiled, r, ENGINE));
        expect(third).toStrictEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('explains every decision consistently', () => {
    fc.assert(
      fc.property(scenarioArb, ({ raw, request }) => {
        const { decision, denies, allows, missingAllow } = decide(raw, request);
        expect(decision === 'explicitDeny').toBe(denies.length > 0);
        if (decision === 'implicitDeny') expect(missingAllow.length).toBeGreaterThan(0);
        if (decision === 'allowed') expect(missingAllow).toEqual([]);
        // explanation.ts: missingAllow is non-empty exactly when the decision is implicitDeny.
        if (decision === 'explicitDeny') expect(missingAllow).toEqual([]);
        for (const ref of denies) expect(ref.effect).toBe('Deny');
        for (const ref of allows) expect(ref.effect).toBe('Allow');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('evaluation properties (metamorphic)', () => {
  it('the case of the requested action does not matter', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom('lower', 'upper', 'service-upper'), ({ raw, request }, variant) => {
        const compiled = compilePolicies(toInputs(raw));
        const before = evaluate(compiled, request, ENGINE);
        const [service, name] = request.action.split(':');
        const action =
          variant === 'lower'
            ? request.action.toLowerCase()
            : variant === 'upper'
              ? request.action.toUpperCase()
              : `${service.toUpperCase()}:${name}`;
        const after = evaluate(compiled, { ...request, action }, ENGINE);
        expect(after.decision).toBe(before.decision);
        expect(after.denies).toEqual(before.denies);
        expect(after.allows).toEqual(before.allows);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Malformed documents
// ---------------------------------------------------------------------------------------------------------------

type Path = (string | number)[];

/** Every path in a JSON tree, the root included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function getAt(root: Json, path: Path): Json {
  let node: Json = root;
  for (const step of path) node = (node as Record<string | number, Json>)[step];
  return node;
}

/** Replaces the node at `path` (not the root). */
function setAt(root: Json, path: Path, value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]] = value;
}

/** Removes the node at `path` (not the root): deletes an object key or splices an array element. */
function deleteAt(root: Json, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as JsonObject)[last as string];
}

/** Strings that trip parsers: policy-variable syntax (including names of Object.prototype members), bad actions. */
const TRICKY_STRINGS = [
  '',
  ' ',
  '*',
  '?',
  'arn:',
  's3:',
  ':GetObject',
  's3:Get:Object',
  '${aws:username',
  '${}',
  '${ }',
  '${*}',
  '${aws:username, }',
  "${aws:username, 'x'}",
  '${toString}',
  '${constructor}',
  '${__proto__}',
  '${hasOwnProperty}',
  'arn:aws:s3:::${valueOf}/*',
  'arn:aws:s3:::b/${aws:username}${',
  'true',
  'TRUE',
  '3600',
  '1e400',
  '-0',
  '10.0.0.0/33',
  '::ffff:10.0.0.0/200',
  'fe80::1%eth0',
  '2026-02-30',
  'QUJD=',
  '%7B',
  '%7Bbad',
  '2012-10-18',
  'allow',
  'DENY',
];

const BAD_OPERATORS = [
  'StringEqual',
  'ForSomeValues:StringEquals',
  'NullIfExists',
  'ForAnyValue:Null',
  'IfExists',
  'ForAllValues:',
  ':StringEquals',
  'Bool:IfExists',
  'NumericLessThenEquals',
  'StringEqualsIfExistsIfExists',
  '__proto__',
  'toString',
];

const UNKNOWN_KEYS = ['Statment', 'action', 'Conditions', 'NotEffect', 'Resources', 'constructor', 'toString'];

/** A wrong value for any element: wrong JSON types, nested containers, empty containers, tricky text. */
const wrongValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant([['s3:GetObject']]),
  fc.constant([{ AWS: '*' }]),
  fc.constant({ AWS: ['*', null] }),
  fc.constant({ 'aws:username': { nested: 'alice' } }),
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string(),
  fc.jsonValue(),
  fc.anything(),
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'unknownKey'; at: number; name: string; value: unknown }
  | { kind: 'renameKey'; at: number; name: string }
  | { kind: 'emptyList'; at: number }
  | { kind: 'badStatement'; value: unknown }
  | { kind: 'asText'; encode: boolean; cut: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: wrongValueArb }), weight: 4 },
  fc.record({
    kind: fc.constant('unknownKey' as const),
    at: fc.nat(),
    name: fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string()),
    value: wrongValueArb,
  }),
  {
    arbitrary: fc.record({
      kind: fc.constant('renameKey' as const),
      at: fc.nat(),
      name: fc.oneof(fc.constantFrom(...BAD_OPERATORS), fc.constantFrom(...UNKNOWN_KEYS), fc.string()),
    }),
    weight: 2,
  },
  fc.record({ kind: fc.constant('emptyList' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('badStatement' as const),
    value: fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.constant([]), fc.constant([[]])),
  }),
  fc.record({ kind: fc.constant('asText' as const), encode: fc.boolean(), cut: fc.nat() }),
);

/** Applies a mutation. The result may no longer be an object (or may be JSON text). */
function mutate(doc: unknown, mutation: Mutation): unknown {
  if (typeof doc === 'string') return mutation.kind === 'asText' ? doc.slice(0, doc.length - (mutation.cut % 4)) : doc;
  if (mutation.kind === 'asText') {
    const text = JSON.stringify(doc) ?? 'undefined';
    const cut = mutation.cut % 3 === 0 ? text.slice(0, Math.max(0, text.length - 1 - (mutation.cut % 7))) : text;
    return mutation.encode ? encodeURIComponent(cut) : cut;
  }
  const root = doc as Json;
  if (mutation.kind === 'badStatement') {
    if (!isObject(root)) return root;
    const statements = root.Statement;
    if (Array.isArray(statements) && statements.length > 0) statements[0] = clone(mutation.value) as Json;
    else root.Statement = clone(mutation.value) as Json;
    return root;
  }
  const all = pathsOf(root);
  const path = all[mutation.at % all.length];
  switch (mutation.kind) {
    case 'delete':
      if (path.length === 0) return {};
      deleteAt(root, path);
      return root;
    case 'replace':
      if (path.length === 0) return clone(mutation.value);
      setAt(root, path, clone(mutation.value) as Json);
      return root;
    case 'emptyList':
      if (path.length === 0) return [];
      setAt(root, path, []);
      return root;
    case 'unknownKey': {
      const node = getAt(root, path);
      if (isObject(node)) node[mutation.name] = clone(mutation.value) as Json;
      return root;
    }
    case 'renameKey': {
      if (path.length === 0) return root;
      const parent = getAt(root, path.slice(0, -1));
      const last = path[path.length - 1];
      if (!isObject(parent) || typeof last !== 'string') return root;
      const value = parent[last];
      delete parent[last];
      parent[mutation.name] = value;
      return root;
    }
  }
}

const KINDS: PolicyKind[] = ['identity', 'permissionsBoundary', 'session', 'scp', 'rcp', 'resource', 'trust'];
const ALLOW_ALL: NamedPolicy = {
  name: 'allow-all',
  document: parsePolicyDocument(FULL_AWS_ACCESS, { kind: 'identity' }),
};
const FULL_SCP: NamedPolicy = {
  name: 'p-FullAWSAccess',
  document: parsePolicyDocument(FULL_AWS_ACCESS, { kind: 'scp' }),
};

/** Puts a parsed document of `kind` where the engine evaluates that kind. */
function inputsWith(kind: PolicyKind, policy: NamedPolicy): PolicyInputs {
  switch (kind) {
    case 'identity':
      return { identity: [policy] };
    case 'permissionsBoundary':
      return { identity: [ALLOW_ALL], permissionsBoundary: policy };
    case 'session':
      return { identity: [ALLOW_ALL], session: [policy] };
    case 'scp':
      return { identity: [ALLOW_ALL], scp: [{ policies: [FULL_SCP] }, { policies: [policy] }] };
    case 'rcp':
      return { identity: [ALLOW_ALL], rcp: [{ policies: [policy] }] };
    case 'resource':
    case 'trust':
      return { identity: [], resource: policy };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

/**
 * Parses `input` as a document of `kind`, then compiles and evaluates it for each request. Throws (failing the
 * property) when anything other than a PolicyValidationError escapes.
 */
function checkOnlyValidationErrors(input: unknown, kind: PolicyKind, requests: readonly EvaluationRequest[]): void {
  let policy: NamedPolicy;
  try {
    policy = { name: 'mutated', document: parsePolicyDocument(input, { kind }) };
  } catch (error) {
    if (error instanceof PolicyValidationError) return;
    throw new Error(`parsePolicyDocument threw something other than PolicyValidationError: ${describeError(error)}`, {
      cause: error,
    });
  }
  try {
    const compiled = compilePolicies(inputsWith(kind, policy));
    for (const request of requests) evaluate(compiled, request, ENGINE);
  } catch (error) {
    if (error instanceof PolicyValidationError) return;
    throw new Error(`compiling or evaluating a parsed document threw: ${describeError(error)}`, { cause: error });
  }
}

/** A generated valid document of a random kind. */
const kindAndDocumentArb = fc.constantFrom(...KINDS).chain((kind) => fc.tuple(fc.constant(kind), documentArb(kind)));

describe('malformed documents', () => {
  it('generated documents of every kind parse, compile and evaluate', () => {
    fc.assert(
      fc.property(kindAndDocumentArb, fc.array(requestArb, { minLength: 1, maxLength: 3 }), ([kind, doc], requests) => {
        const policy = { name: 'generated', document: parsePolicyDocument(doc, { kind }) };
        const compiled = compilePolicies(inputsWith(kind, policy));
        for (const request of requests) evaluate(compiled, request, ENGINE);
      }),
      { numRuns: RUNS },
    );
  });

  it('mutated documents fail only with PolicyValidationError', () => {
    fc.assert(
      fc.property(
        kindAndDocumentArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        fc.array(requestArb, { minLength: 1, maxLength: 3 }),
        ([kind, doc], mutations, requests) => {
          let mutated: unknown = clone(doc);
          for (const mutation of mutations) mutated = mutate(mutated, mutation);
          checkOnlyValidationErrors(mutated, kind, requests);
        },
      ),
      { numRuns: 2.5 * RUNS },
    );
  });

  it('tricky strings anywhere in a document fail only with PolicyValidationError', () => {
    fc.assert(
      fc.property(
        kindAndDocumentArb,
        fc.nat(),
        fc.constantFrom(...TRICKY_STRINGS),
        fc.array(requestArb, { minLength: 1, maxLength: 3 }),
        ([kind, doc], at, text, requests) => {
          const mutated = clone(doc);
          const leaves = pathsOf(mutated).filter((p) => typeof getAt(mutated, p) === 'string');
          setAt(mutated, leaves[at % leaves.length], text);
          checkOnlyValidationErrors(mutated, kind, requests);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('arbitrary values and arbitrary JSON text fail only with PolicyValidationError', () => {
    const inputs = fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      fc.json(),
      fc.string(),
      fc.string().map((s) => `%7B${s}`),
      fc.dictionary(fc.constantFrom('Version', 'Id', 'Statement'), fc.anything()),
      fc.record({
        Version: fc.constant('2012-10-17'),
        Statement: fc.array(
          fc.dictionary(fc.constantFrom('Effect', 'Action', 'Resource', 'Condition', 'Principal'), fc.anything()),
        ),
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), inputs, requestArb, (kind, input, request) => {
        checkOnlyValidationErrors(input, kind, [request]);
      }),
      { numRuns: 2.5 * RUNS },
    );
  });
});

// Minimal counterexamples found by the properties above, kept as plain examples.
describe('policy variables named like Object.prototype members', () => {
  const alice = `arn:aws:iam::${ACCOUNT}:user/alice`;
  function request(resource: string, context: Record<string, ContextValue> = {}): EvaluationRequest {
    return {
      principal: alice,
      principalAccount: ACCOUNT,
      action: 's3:GetObject',
      resource,
      resourceAccount: ACCOUNT,
      context: createRequestContext({ 'aws:username': 'alice', ...context }),
    };
  }
  function identityDecision(statement: JsonObject, req: EvaluationRequest): Evaluation | PolicyValidationError {
    const doc = { Version: '2012-10-17', Statement: statement };
    try {
      return evaluate(compilePolicies({ identity: [parse(doc, 'identity', 'p')] }), req, ENGINE);
    } catch (error) {
      if (error instanceof PolicyValidationError) return error;
      throw error;
    }
  }

  // `${toString}` is a policy variable whose key the request does not carry: the pattern matches nothing
  // (aws-semantics.md E.7). It must neither crash the compiler nor turn into Object.prototype.toString's text.
  it.each([
    ['Resource ${toString}', { Effect: 'Allow', Action: 's3:GetObject', Resource: '${toString}' }, '*'],
    [
      'Resource arn:${constructor}:…',
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:${constructor}:s3:::b/k' },
      'arn:aws:s3:::b/k',
    ],
    [
      'StringLike a*${__proto__}',
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { StringLike: { 'aws:username': 'a*${__proto__}' } },
      },
      '*',
    ],
  ])('%s compiles and allows nothing', (_label, statement, resource) => {
    const result = identityDecision(statement, request(resource));
    if (!(result instanceof PolicyValidationError)) expect(result.decision).toBe('implicitDeny');
  });

  it('does not match the text of Object.prototype.toString', () => {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${toString}' };
    const result = identityDecision(statement, request(`arn:aws:s3:::${String(Object.prototype.toString)}`));
    if (!(result instanceof PolicyValidationError)) expect(result.decision).toBe('implicitDeny');
  });

  it('does not match the text of the Object constructor in a condition', () => {
    const statement = {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:username': '${constructor}' } },
    };
    const result = identityDecision(statement, request('*', { 'aws:username': String(Object) }));
    if (!(result instanceof PolicyValidationError)) expect(result.decision).toBe('implicitDeny');
  });
});
