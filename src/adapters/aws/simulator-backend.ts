/**
 * The `aws` evaluation backend: decides requests with the IAM policy simulator through AWS SDK v3.
 *
 * - `attached` queries are `SimulatePrincipalPolicy` on the principal's ARN: AWS resolves its groups, its boundary
 *   and its account's SCPs itself.
 * - `delta` queries are the same call with `PolicyExclusionList` (checked first: AWS silently ignores identifiers
 *   that match nothing), `PolicyInputList` for the added documents and `PermissionsBoundaryPolicyInputList` (or the
 *   boundary excluded) for the new boundary.
 * - `custom` queries are `SimulateCustomPolicy` with every document given, the SCP path as
 *   `OrderedOrganizationPolicyInputList`, and the user or role as `CallerArn`.
 *
 * Requests are grouped by resource and batched; identical simulations are sent once (also across `evaluate` calls);
 * at most `concurrency` calls are in flight. RCPs and session policies, which the simulator cannot evaluate, are
 * evaluated by the local engine and combined with the simulator's decision.
 */
import { createHash } from 'node:crypto';
import type { ContextEntry, IAMClient, PolicyIdentifier } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { UserError } from '../../core/errors.js';
import type { NamedPolicy } from '../../core/evaluate/compile-policy.js';
import {
  compilePolicies,
  evaluate as evaluateLocally,
  type CompiledPolicies,
  type EngineOptions,
} from '../../core/evaluate/evaluate.js';
import type { Decision, Evaluation } from '../../core/evaluate/explanation.js';
import { createRequestContext } from '../../core/evaluate/request.js';
import { parseArn } from '../../core/evaluate/arn.js';
import type {
  EvaluationBackend,
  EvaluationQuery,
  PolicyExclusion,
  PolicySetShape,
  QueryPolicies,
  QueryResult,
} from '../../core/impact/backend.js';
import type { PrincipalRef } from '../../core/inventory/inventory-index.js';
import { AwsClientFactory, memberRoleArn, type AwsClientConfig } from './aws-client-factory.js';
import { callAws } from './aws-errors.js';
import { readDecisions, sendSimulation, type CallDecisions, type SimulationCall } from './simulator-client.js';
import {
  contextEntries,
  describeExclusion,
  exclusionMatches,
  MAX_EXCLUSIONS,
  MAX_SCP_LEVELS,
  policyIdentifier,
  referencedContextKeys,
  simulatorPolicyText,
  type AttachedPolicies,
} from './simulator-input.js';

/** Default simulator calls in flight at once. */
export const DEFAULT_SIMULATOR_CONCURRENCY = 4;

/**
 * Default actions per call. AWS documents no maximum for `ActionNames`, but PMapper hit errors "when too many actions
 * and resources were passed to the API at one time" and chunks small (nccgroup/PMapper#6). Fifty keeps each call's
 * request body and response (one result per action, one per-resource result per ARN) small and well inside one
 * 1000-item page, while a typical query (the actions of a few services) still needs only one or two calls.
 */
export const DEFAULT_MAX_ACTIONS_PER_CALL = 50;

/** Default resource ARNs per call: PMapper's chunk size for `ResourceArns` (nccgroup/PMapper#6). */
export const DEFAULT_MAX_RESOURCES_PER_CALL = 20;

/** The note added when RCPs or session policies were combined in. */
export const LOCAL_COMBINATION_NOTE =
  'RCPs and session policies are not supported by the IAM policy simulator; they were evaluated locally and combined';

/** Options of {@link createSimulatorBackend}. */
export interface SimulatorBackendOptions {
  /** A client factory, or the configuration to build one (endpoint, credentials, retry strategy for tests). */
  clients: AwsClientFactory | AwsClientConfig;
  /** Simulator calls in flight at once, over every `evaluate` call of the backend. Default 4. */
  concurrency?: number;
  /** Actions per call (see {@link DEFAULT_MAX_ACTIONS_PER_CALL}). Default 50. */
  maxActionsPerCall?: number;
  /** Resource ARNs per call. Default 20. */
  maxResourcesPerCall?: number;
  /** Whether RCPs govern a service, for the local evaluation of RCPs (the AWS catalog's list). Default: all. */
  rcpAppliesToService?: (service: string) => boolean;
  /**
   * The role (name, optionally with its path) to assume in every account other than the credentials' own, so that
   * SimulatePrincipalPolicy runs in the principal's account, as it must. Without it every call uses the base
   * credentials, which only works for principals of their account.
   */
  memberRoleName?: string;
  /**
   * What is attached to a principal now (for example from the inventory index), to check `delta` exclusions against.
   * Without it, the policies of an `attached` query for the same principal (in the same or an earlier `evaluate`
   * call) are used.
   */
  attachedPolicies?: (principal: PrincipalRef) => AttachedPolicies | undefined;
}

/** How many simulations were asked for and how many were sent, for the benchmark's dedupe ratio. */
export interface SimulatorStats {
  /** Simulator calls the queries needed, counting each query's own (before deduplication and reuse). */
  naiveCalls: number;
  /** Simulator calls actually made (one per distinct simulation). */
  calls: number;
  /** Simulate* API requests, pages included. */
  apiCalls: number;
}

/** The `aws` backend, with its call statistics. */
export interface SimulatorBackend extends EvaluationBackend {
  readonly name: 'aws';
  /** Calls asked for, calls made, requests sent. */
  stats(): SimulatorStats;
}

const PRINCIPAL_ARN = /^arn:[^:]+:iam::\d{12}:(user|role)\/.+/;

// SimulateCustomPolicy needs at least one identity policy. A principal without any is simulated with one that allows
// nothing (`NotAction: *` matches no action), which changes no decision.
const NO_IDENTITY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'IamImpactNoIdentityPolicy', Effect: 'Allow', NotAction: '*', Resource: '*' }],
});

function checkPositive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new UserError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The part of `ContextEntries` that decides answers, in a canonical form. */
function contextKey(entries: readonly ContextEntry[]): unknown[] {
  return entries.map((e) => [e.ContextKeyName?.toLowerCase(), e.ContextKeyType, e.ContextKeyValues]);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** A semaphore: at most `limit` tasks run at once, the others wait in order. */
function createLimiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** The simulator call of a query without its actions and resources, and the text of what decides its answer. */
interface BaseCall {
  call: Omit<SimulationCall, 'actions' | 'resources'>;
  key: string;
}

/** One call of one query. */
interface PlannedCall {
  call: SimulationCall;
  fingerprint: string;
}

/** Creates the `aws` evaluation backend. */
export function createSimulatorBackend(options: SimulatorBackendOptions): SimulatorBackend {
  const factory = options.clients instanceof AwsClientFactory ? options.clients : new AwsClientFactory(options.clients);
  const concurrency = checkPositive('concurrency', options.concurrency, DEFAULT_SIMULATOR_CONCURRENCY);
  const maxActions = checkPositive('maxActionsPerCall', options.maxActionsPerCall, DEFAULT_MAX_ACTIONS_PER_CALL);
  const maxResources = checkPositive(
    'maxResourcesPerCall',
    options.maxResourcesPerCall,
    DEFAULT_MAX_RESOURCES_PER_CALL,
  );
  const { memberRoleName } = options;
  if (memberRoleName !== undefined && (memberRoleName.trim() === '' || memberRoleName.startsWith('arn:'))) {
    throw new UserError(`member role: expected a role name, got ${JSON.stringify(memberRoleName)}`);
  }
  const engineOptions: EngineOptions = options.rcpAppliesToService
    ? { rcpAppliesToService: options.rcpAppliesToService }
    : {};
  const limit = createLimiter(concurrency);

  const cache = new Map<string, Promise<CallDecisions>>();
  const attachedSeen = new Map<string, AttachedPolicies>();
  const texts = new WeakMap<NamedPolicy, string>();
  const compiled = new WeakMap<QueryPolicies, CompiledPolicies>();
  const notes = new Set<string>();
  const stats: SimulatorStats = { naiveCalls: 0, calls: 0, apiCalls: 0 };

  let baseIam: IAMClient | undefined;
  const memberIam = new Map<string, Promise<{ iam: IAMClient; roleArn: string }>>();
  let identity: Promise<{ account: string; arn?: string; partition: string }> | undefined;

  const text = (policy: NamedPolicy): string => {
    let t = texts.get(policy);
    if (t === undefined) texts.set(policy, (t = simulatorPolicyText(policy)));
    return t;
  };

  /** The client for an account: the base credentials, or the member role when the account is another one. */
  async function clientFor(account: string | undefined): Promise<{ iam: IAMClient; roleArn?: string }> {
    baseIam ??= factory.iam();
    if (!memberRoleName || account === undefined) return { iam: baseIam };
    if (!identity) {
      const pending = callAws({ service: 'sts', operation: 'GetCallerIdentity' }, () =>
        factory.sts().send(new GetCallerIdentityCommand({})),
      ).then((out) => {
        if (!out.Account) throw new Error('sts:GetCallerIdentity returned no Account');
        return { account: out.Account, arn: out.Arn, partition: out.Arn?.split(':')[1] || 'aws' };
      });
      // A failure is not remembered: the next call asks again.
      pending.catch(() => {
        if (identity === pending) identity = undefined;
      });
      identity = pending;
    }
    const caller = await identity;
    if (account === caller.account) return { iam: baseIam };
    let member = memberIam.get(account);
    if (!member) {
      const roleArn = memberRoleArn(account, memberRoleName, caller.partition);
      const pending = factory.memberIam(account, roleArn, caller.arn).then((iam) => ({ iam, roleArn }));
      pending.catch(() => {
        if (memberIam.get(account) === pending) memberIam.delete(account);
      });
      memberIam.set(account, (member = pending));
    }
    return member;
  }

  /** Throws when a delta exclusion matches nothing attached to the principal. */
  function checkExclusions(query: EvaluationQuery, exclude: readonly PolicyExclusion[]): void {
    if (exclude.length === 0) return;
    const arn = query.principal.arn;
    const attached = options.attachedPolicies?.(query.principal) ?? attachedSeen.get(arn);
    if (!attached) {
      throw new Error(
        `Cannot check the policy exclusions of the ${query.side} query for ${arn}: the backend does not know what ` +
          'is attached to it. Evaluate its `attached` query in the same or an earlier call, or pass attachedPolicies.',
      );
    }
    const unmatched = exclude.filter((e) => !exclusionMatches(e, attached));
    if (unmatched.length > 0) {
      throw new Error(
        `The ${query.side} query for ${arn} excludes ${unmatched.map(describeExclusion).join(', ')}, which ` +
          `match${unmatched.length === 1 ? 'es' : ''} nothing attached to it. The simulator would silently ignore ` +
          'the exclusion and hide the change; this is a bug in the caller.',
      );
    }
  }

  /**
   * The query's resource policy (a role's trust policy) and the account that owns the resource, which decides
   * same- versus cross-account evaluation. Every request of such a query is on resources of that one account.
   */
  function resourceInput(query: EvaluationQuery): { ResourcePolicy?: string; ResourceOwner?: string } {
    const policy = query.policies.resource;
    if (!policy) return {};
    const owners = new Set(query.requests.map((r) => parseArn(r.resource)?.account ?? ''));
    const [owner] = owners;
    if (owners.size !== 1 || !/^\d{12}$/.test(owner ?? '')) {
      throw new Error(
        `The ${query.side} query for ${query.principal.arn} has a resource policy but its resources are not all in ` +
          `one account: ${[...owners].join(', ')}`,
      );
    }
    return {
      ResourcePolicy: text(policy),
      ResourceOwner: `arn:${parseArn(query.requests[0].resource)!.partition}:iam::${owner}:root`,
    };
  }

  function baseCall(query: EvaluationQuery): BaseCall {
    if (!PRINCIPAL_ARN.test(query.principal.arn)) {
      throw new Error(`The simulator needs an IAM user or role ARN, got ${query.principal.arn}`);
    }
    return query.shape.kind === 'custom' ? customCall(query) : principalCall(query, query.shape);
  }

  /**
   * SimulatePrincipalPolicy, for the attached policies as they are or with a delta. The whole context goes in: AWS
   * evaluates the live documents, which the query's policy set may not show exactly.
   */
  function principalCall(query: EvaluationQuery, shape: Exclude<PolicySetShape, { kind: 'custom' }>): BaseCall {
    const { principal } = query;
    const ContextEntries = contextEntries(query.context);
    const exclusions: PolicyIdentifier[] = [];
    let added: string[] = [];
    let boundary: string[] | undefined;
    if (shape.kind === 'delta') {
      checkExclusions(query, shape.exclude);
      exclusions.push(...shape.exclude.map(policyIdentifier));
      if (shape.boundary === null) exclusions.push({ PolicyType: 'permission-boundary' });
      if (exclusions.length > MAX_EXCLUSIONS) {
        throw new Error(
          `The ${query.side} query for ${principal.arn} excludes ${exclusions.length} policies; ` +
            `PolicyExclusionList takes at most ${MAX_EXCLUSIONS}. Use a custom policy set for this principal.`,
        );
      }
      added = shape.add.map(text).sort();
      if (shape.boundary) boundary = [text(shape.boundary)];
    }
    const resource = resourceInput(query);
    return {
      call: {
        operation: 'SimulatePrincipalPolicy',
        input: {
          PolicySourceArn: principal.arn,
          PolicyInputList: added.length > 0 ? added : undefined,
          PermissionsBoundaryPolicyInputList: boundary,
          PolicyExclusionList: exclusions.length > 0 ? exclusions : undefined,
          ...resource,
          ContextEntries,
        },
        account: principal.accountId,
        principalArn: principal.arn,
      },
      key: JSON.stringify([
        principal.arn,
        exclusions,
        added,
        boundary ?? null,
        resource.ResourcePolicy ?? null,
        resource.ResourceOwner ?? null,
        contextKey(ContextEntries),
      ]),
    };
  }

  /** SimulateCustomPolicy with the query's whole policy set, SCP path included, and its user or role as caller. */
  function customCall(query: EvaluationQuery): BaseCall {
    const { principal, policies } = query;
    const levels = policies.scp ?? [];
    if (levels.length > MAX_SCP_LEVELS) {
      throw new Error(
        `The SCP path of ${principal.arn} has ${levels.length} levels; the simulator takes at most ${MAX_SCP_LEVELS} ` +
          '(root, up to five OUs, the account).',
      );
    }
    const identityTexts = policies.identity.map(text).sort();
    const boundary = policies.permissionsBoundary ? [text(policies.permissionsBoundary)] : undefined;
    const scp = policies.scp?.map((level) => ({ ServiceControlPolicyInputList: level.policies.map(text).sort() }));
    const documents = [
      ...policies.identity,
      ...(policies.permissionsBoundary ? [policies.permissionsBoundary] : []),
      ...levels.flatMap((level) => level.policies),
      ...(policies.resource ? [policies.resource] : []),
    ];
    const documentTexts = documents.map(text);
    const resource = resourceInput(query);
    // Every document is known here, so context keys none of them reads are left out: they cannot change a decision,
    // and principal-derived keys (aws:username, aws:PrincipalArn) would otherwise keep principals with identical
    // policy sets from sharing their simulations.
    const ContextEntries = contextEntries(query.context, referencedContextKeys(documents, documentTexts));
    // The caller's account decides same- versus cross-account; its ARN matters only to policy variables and to a
    // resource policy, which may name it.
    const caller =
      policies.resource || documentTexts.some((d) => d.includes('${')) ? principal.arn : principal.accountId;
    return {
      call: {
        operation: 'SimulateCustomPolicy',
        input: {
          PolicyInputList: identityTexts.length > 0 ? identityTexts : [NO_IDENTITY_POLICY],
          PermissionsBoundaryPolicyInputList: boundary,
          OrderedOrganizationPolicyInputList: scp,
          ...resource,
          CallerArn: principal.arn,
          ContextEntries,
        },
        principalArn: principal.arn,
      },
      key: JSON.stringify([
        'custom',
        caller,
        identityTexts,
        boundary ?? null,
        scp ?? null,
        resource.ResourcePolicy ?? null,
        resource.ResourceOwner ?? null,
        contextKey(ContextEntries),
      ]),
    };
  }

  /** The query's calls, and for each request the call and the key that hold its decision. */
  function plan(query: EvaluationQuery): { calls: PlannedCall[]; lookups: { fingerprint: string; action: string }[] } {
    const actionsByResource = new Map<string, Map<string, string>>();
    for (const { action, resource } of query.requests) {
      if (action.includes('*') || action.includes('?')) {
        throw new Error(
          `The simulator does not take wildcards in action names: ${action} (query for ${query.principal.arn})`,
        );
      }
      let actions = actionsByResource.get(resource);
      if (!actions) actionsByResource.set(resource, (actions = new Map()));
      if (!actions.has(action.toLowerCase())) actions.set(action.toLowerCase(), action);
    }
    if (actionsByResource.size === 0) return { calls: [], lookups: [] };
    const base = baseCall(query);
    const baseKey = hash(base.key);

    // Resources that need the same actions share calls: ResourceArns is one set per call.
    const groups = new Map<string, { actions: string[]; resources: string[] }>();
    for (const [resource, actions] of actionsByResource) {
      const sorted = [...actions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, a]) => a);
      const key = `${resource === '*' ? '*' : 'arn'}\n${sorted.join('\n').toLowerCase()}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { actions: sorted, resources: [] }));
      if (resource !== '*') group.resources.push(resource);
    }

    const calls: PlannedCall[] = [];
    const where = new Map<string, string>();
    for (const group of groups.values()) {
      const resourceChunks = group.resources.length > 0 ? chunks([...group.resources].sort(), maxResources) : [[]];
      for (const resources of resourceChunks) {
        for (const actions of chunks(group.actions, maxActions)) {
          const fingerprint = hash(JSON.stringify([baseKey, actions.map((a) => a.toLowerCase()), resources]));
          calls.push({ call: { ...base.call, actions, resources } as SimulationCall, fingerprint });
          for (const action of actions) {
            for (const resource of resources.length > 0 ? resources : ['*']) {
              where.set(`${action.toLowerCase()}\n${resource}`, fingerprint);
            }
          }
        }
      }
    }
    const lookups = query.requests.map(({ action, resource }) => ({
      fingerprint: where.get(`${action.toLowerCase()}\n${resource}`) as string,
      action: action.toLowerCase(),
    }));
    return { calls, lookups };
  }

  /** The local engine's verdict on the parts the simulator cannot evaluate. */
  function localEvaluations(query: EvaluationQuery): Evaluation[] | undefined {
    const { policies } = query;
    if (policies.rcp === undefined && policies.session === undefined) return undefined;
    let engine = compiled.get(policies);
    if (!engine) compiled.set(policies, (engine = compilePolicies(policies)));
    const context = createRequestContext(query.context);
    return query.requests.map(({ action, resource }) =>
      evaluateLocally(
        engine,
        {
          principal: query.callerArn,
          principalAccount: query.principal.accountId,
          action,
          resource,
          // A pattern such as arn:aws:iam::*:mfa/* names no owner: the caller's account.
          resourceAccount: /^\d{12}$/.test(parseArn(resource)?.account ?? '')
            ? parseArn(resource)!.account
            : query.principal.accountId,
          context,
        },
        engineOptions,
      ),
    );
  }

  async function evaluate(queries: readonly EvaluationQuery[]): Promise<QueryResult[]> {
    for (const query of queries) {
      if (query.shape.kind === 'attached') attachedSeen.set(query.principal.arn, query.policies);
    }
    const plans = queries.map(plan);
    const batch: { failure?: { error: unknown } } = {};
    const needed = new Map<string, Promise<CallDecisions>>();
    for (const { calls } of plans) {
      for (const { call, fingerprint } of calls) {
        stats.naiveCalls++;
        if (needed.has(fingerprint)) continue;
        let pending = cache.get(fingerprint);
        if (!pending) {
          stats.calls++;
          const run = limit(async () => {
            // After one failure the batch is lost: calls still waiting are not sent.
            if (batch.failure) throw batch.failure.error;
            try {
              const { iam, roleArn } = await clientFor(call.account);
              const results = await sendSimulation(iam, call, () => stats.apiCalls++, roleArn);
              return readDecisions(call, results);
            } catch (error) {
              batch.failure ??= { error };
              throw error;
            }
          });
          pending = run;
          cache.set(fingerprint, run);
          // A failed simulation is not remembered: a later evaluate call sends it again.
          run.catch(() => {
            if (cache.get(fingerprint) === run) cache.delete(fingerprint);
          });
        }
        needed.set(fingerprint, pending);
      }
    }
    const fingerprints = [...needed.keys()];
    const answers = await Promise.all(fingerprints.map((f) => needed.get(f) as Promise<CallDecisions>));
    const decided = new Map(fingerprints.map((f, i) => [f, answers[i]]));

    return queries.map((query, q) => {
      const local = localEvaluations(query);
      if (local) notes.add(LOCAL_COMBINATION_NOTE);
      const decisions = plans[q].lookups.map(({ fingerprint, action }, i): Decision => {
        const resource = query.requests[i].resource;
        const simulated = decided.get(fingerprint)?.get(action)?.get(resource);
        if (simulated === undefined) throw new Error(`No simulator decision for ${action} on ${resource}`);
        return local ? combine(simulated, local[i]) : simulated;
      });
      return { decisions };
    });
  }

  return {
    name: 'aws',
    readsLiveAttachments: true,
    evaluate,
    apiCalls: () => stats.apiCalls,
    notes: () => [...notes],
    stats: () => ({ ...stats }),
  };
}

/**
 * The simulator's decision with RCPs and session policies applied: an explicit deny in either makes it
 * `explicitDeny`, a session policy that does not allow makes it `implicitDeny`; otherwise it stands.
 */
export function combine(simulated: Decision, local: Evaluation): Decision {
  if (simulated === 'explicitDeny') return simulated;
  if (local.denies.some((ref) => ref.layer === 'rcp' || ref.layer === 'session')) return 'explicitDeny';
  if (local.missingAllow.some((missing) => missing.layer === 'session')) return 'implicitDeny';
  return simulated;
}
