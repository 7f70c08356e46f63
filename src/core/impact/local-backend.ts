/**
 * The local backend: the exact engine, with compiled layers cached by the identity of the policy objects the
 * inventory shares, so a managed policy or an SCP level held by thousands of principals is compiled once.
 */
import { CompiledLayer, type NamedPolicy } from '../evaluate/compile-policy.js';
import {
  compileLayer,
  evaluate,
  type CompiledPolicies,
  type EngineOptions,
  type PolicyLevel,
} from '../evaluate/evaluate.js';
import type { Evaluation, Layer } from '../evaluate/explanation.js';
import { createRequestContext } from '../evaluate/request.js';
import type { EvaluationBackend, EvaluationQuery, QueryPolicies, QueryResult } from './backend.js';

/** Compiles query policy sets, sharing layers between queries. */
export class LayerCache {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly layers = new Map<string, CompiledLayer>();

  private id(object: object): number {
    let id = this.ids.get(object);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(object, id);
    }
    return id;
  }

  private layer(layer: Layer, policies: readonly NamedPolicy[], level?: number, levelId?: string): CompiledLayer {
    const key = `${layer}:${level ?? ''}:${levelId ?? ''}:${policies.map((p) => this.id(p)).join(',')}`;
    let compiled = this.layers.get(key);
    if (!compiled) {
      // A principal's identity policies are compiled one by one and shared; its own layer only concatenates them.
      compiled =
        policies.length > 1 && level === undefined
          ? CompiledLayer.combine(
              layer,
              policies.map((p) => this.layer(layer, [p])),
            )
          : compileLayer({ layer, policies, level, levelId });
      this.layers.set(key, compiled);
    }
    return compiled;
  }

  private levels(layer: 'scp' | 'rcp', levels: readonly PolicyLevel[]): CompiledLayer[] {
    return levels.map((l, i) => this.layer(layer, l.policies, i, l.id));
  }

  /** The compiled form of a query's policies. */
  compile(policies: QueryPolicies): CompiledPolicies {
    const compiled: CompiledPolicies = { identity: this.layer('identity', policies.identity) };
    if (policies.permissionsBoundary)
      compiled.permissionsBoundary = this.layer('permissionsBoundary', [policies.permissionsBoundary]);
    if (policies.session) compiled.session = this.layer('session', policies.session);
    if (policies.scp) compiled.scp = this.levels('scp', policies.scp);
    if (policies.rcp) compiled.rcp = this.levels('rcp', policies.rcp);
    if (policies.resource) compiled.resource = this.layer('resource', [policies.resource]);
    return compiled;
  }
}

/** Decides one query with the local engine, returning the full evaluations (for explanations). */
export function evaluateLocally(cache: LayerCache, query: EvaluationQuery, options: EngineOptions): Evaluation[] {
  const compiled = cache.compile(query.policies);
  const context = createRequestContext(query.context);
  const principalAccount = query.principal.accountId;
  return query.requests.map((r) => {
    // A resource pattern such as arn:aws:iam::*:mfa/* names no owner: it is the caller's own account.
    const field = r.resource.startsWith('arn:') ? r.resource.split(':')[4] : '';
    const arnAccount = /^\d{12}$/.test(field ?? '') ? field : '';
    return evaluate(
      compiled,
      {
        principal: query.callerArn,
        principalAccount,
        action: r.action,
        resource: r.resource,
        resourceAccount: arnAccount || principalAccount,
        context,
      },
      options,
    );
  });
}

/** The local backend. */
export function createLocalBackend(
  options: EngineOptions = {},
  cache = new LayerCache(),
): EvaluationBackend & { cache: LayerCache } {
  return {
    name: 'local',
    readsLiveAttachments: false,
    cache,
    async evaluate(queries: readonly EvaluationQuery[]): Promise<QueryResult[]> {
      return queries.map((q) => ({ decisions: evaluateLocally(cache, q, options).map((e) => e.decision) }));
    },
    apiCalls: () => 0,
    notes: () => [],
  };
}
