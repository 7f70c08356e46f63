/**
 * Compiles policies once into matchers, grouped into layers. A layer indexes its statements by service prefix and
 * caches, per action, the statements whose Action/NotAction matches it; a decision then only looks at those, never
 * re-scanning unrelated statements or re-parsing anything.
 */
import { PolicyValidationError } from '../errors.js';
import type { PolicyDocument, PrincipalSpec, Statement } from '../policy/types.js';
import type { ActionKey } from './action-key.js';
import { compileArnPattern } from './arn.js';
import { compileConditions, type ConditionTest } from './conditions/compile-conditions.js';
import type { Layer, StatementRef } from './explanation.js';
import { compileTemplate } from './policy-variables.js';
import type { RequestContext } from './request.js';
import { compileGlob, type GlobMatcher } from './wildcard.js';

/** A policy document with the name reports use for it. */
export interface NamedPolicy {
  /** An ARN, an SCP id, or a label such as `identity[0]`. */
  name: string;
  /** The parsed document. */
  document: PolicyDocument;
}

type ResourceTest = (resource: string, context: RequestContext) => boolean;

/** One statement, compiled. */
export interface CompiledStatement {
  /** How reports name the statement. */
  readonly ref: StatementRef;
  /** Order of the statement within its layer, so candidates keep document order. */
  readonly order: number;
  /** True for Deny. */
  readonly deny: boolean;
  /** Whether the statement's Action/NotAction covers a lower-cased action. */
  readonly matchesAction: (action: string) => boolean;
  /** Whether the statement's Resource/NotResource covers the resource (absent means "this resource"). */
  readonly matchesResource: ResourceTest;
  /** The Condition, when there is one. */
  readonly condition?: ConditionTest;
  /** The `Principal` element, for resource policies and RCPs. */
  readonly principal?: PrincipalSpec;
  /** The `NotPrincipal` element. */
  readonly notPrincipal?: PrincipalSpec;
}

const always = () => true;

/** The one empty candidate list every layer shares. */
const NONE: readonly CompiledStatement[] = Object.freeze([]);

function serviceOf(pattern: string): string | undefined {
  const colon = pattern.indexOf(':');
  if (colon < 0) return undefined;
  const service = pattern.slice(0, colon);
  return service.includes('*') || service.includes('?') ? undefined : service;
}

function compileActionTest(patterns: readonly string[], negate: boolean): (action: string) => boolean {
  const exact = new Set<string>();
  const globs: GlobMatcher[] = [];
  for (const pattern of patterns) {
    const folded = pattern.toLowerCase();
    if (folded.includes('*') || folded.includes('?')) globs.push(compileGlob(folded));
    else exact.add(folded);
  }
  const test = (action: string) => exact.has(action) || globs.some((g) => g(action));
  return negate ? (action) => !test(action) : test;
}

/** Resource patterns with variables are resolved per request; recent resolutions are kept compiled. */
function compileResourcePattern(pattern: string, variables: boolean, path: string): ResourceTest {
  const template = compileTemplate(pattern, { variables, path });
  if (!template.hasVariables) {
    const matcher = compileArnPattern(template.resolve({ get: () => undefined }) ?? []);
    return (resource) => matcher(resource);
  }
  const cache = new Map<string, GlobMatcher>();
  return (resource, context) => {
    const parts = template.resolve(context);
    // A variable without a value makes the pattern match nothing.
    if (!parts) return false;
    const key = JSON.stringify(parts);
    let matcher = cache.get(key);
    if (!matcher) {
      if (cache.size > 256) cache.clear();
      matcher = compileArnPattern(parts);
      cache.set(key, matcher);
    }
    return matcher(resource);
  };
}

function compileResourceTest(statement: Statement, variables: boolean, path: string): ResourceTest {
  const patterns = statement.resources ?? statement.notResources;
  if (!patterns) return always;
  if (patterns.includes('*')) return statement.resources ? always : () => false;
  const tests = patterns.map((p, i) =>
    compileResourcePattern(p, variables, `${path}.${statement.resources ? 'Resource' : 'NotResource'}[${i}]`),
  );
  const any: ResourceTest = (resource, context) => tests.some((t) => t(resource, context));
  return statement.resources ? any : (resource, context) => !any(resource, context);
}

/** Where a layer's statements come from. */
export interface LayerSource {
  /** The layer. */
  layer: Layer;
  /** Its policies. */
  policies: readonly NamedPolicy[];
  /** For SCP and RCP levels: the position (0 = root). */
  level?: number;
  /** For SCP and RCP levels: the root, OU or account id. */
  levelId?: string;
}

/** A compiled layer: the statements of its policies indexed by service prefix, with a per-action cache. */
export class CompiledLayer {
  /** The layer. */
  readonly layer: Layer;
  /** For SCP and RCP levels: the position (0 = root). */
  readonly level?: number;
  /** For SCP and RCP levels: the root, OU or account id. */
  readonly levelId?: string;
  /** The names of the layer's policies. */
  readonly policyNames: readonly string[];
  private readonly byService = new Map<string, CompiledStatement[]>();
  private readonly unindexed: CompiledStatement[] = [];
  /** Candidates by action id; most layers match most actions with nothing, and share {@link NONE}. */
  private readonly cache: (readonly CompiledStatement[] | undefined)[] = [];
  /** The layers this one concatenates, when {@link CompiledLayer.combine} made it. */
  private readonly parts?: readonly CompiledLayer[];

  /**
   * One layer made of compiled layers of the same kind, in order, without compiling anything: a principal's identity
   * layer from its policies compiled one by one, which every other principal holding one of them shares (with its
   * per-action cache).
   */
  static combine(layer: Layer, parts: readonly CompiledLayer[]): CompiledLayer {
    return new CompiledLayer({ layer, policies: [] }, parts);
  }

  constructor(source: LayerSource, parts?: readonly CompiledLayer[]) {
    this.layer = source.layer;
    this.level = source.level;
    this.levelId = source.levelId;
    if (parts) {
      this.parts = parts;
      this.policyNames = parts.flatMap((p) => p.policyNames);
      return;
    }
    this.policyNames = source.policies.map((p) => p.name);
    let order = 0;
    for (const policy of source.policies) {
      const variables = policy.document.version === '2012-10-17';
      for (const statement of policy.document.statements) {
        let compiled: CompiledStatement;
        try {
          compiled = compileStatement(statement, policy, source, order++, variables);
        } catch (error) {
          // Say which policy holds the bad statement: the path alone is relative to the document.
          throw error instanceof PolicyValidationError ? error.withPrefix(policy.name) : error;
        }
        const services = statement.actions?.map(serviceOf);
        if (!services || services.some((s) => s === undefined)) {
          this.unindexed.push(compiled);
          continue;
        }
        for (const service of new Set(services as string[])) {
          const folded = service.toLowerCase();
          const list = this.byService.get(folded);
          if (list) list.push(compiled);
          else this.byService.set(folded, [compiled]);
        }
      }
    }
  }

  /** True when the layer has no statements at all. */
  get empty(): boolean {
    if (this.parts) return this.parts.every((p) => p.empty);
    return this.unindexed.length === 0 && this.byService.size === 0;
  }

  /** The statements whose Action/NotAction covers the action, in document order. */
  candidates(action: ActionKey): readonly CompiledStatement[] {
    if (this.parts) {
      // Not cached: the parts cache theirs, and a combined layer is one principal's, used for a few requests.
      let found: CompiledStatement[] | undefined;
      for (const part of this.parts) {
        const candidates = part.candidates(action);
        if (candidates.length > 0) (found ??= []).push(...candidates);
      }
      return found ?? NONE;
    }
    const cached = this.cache[action.id];
    if (cached) return cached;
    const pool = this.unindexed.concat(this.byService.get(action.service) ?? []);
    const found = pool.filter((s) => s.matchesAction(action.lower)).sort((a, b) => a.order - b.order);
    const result = found.length === 0 ? NONE : found;
    this.cache[action.id] = result;
    return result;
  }
}

/** The parts of a compiled statement that depend only on the statement itself. */
interface StatementTests {
  matchesAction: (action: string) => boolean;
  matchesResource: ResourceTest;
  condition?: ConditionTest;
}

/**
 * Tests by statement object: a managed policy held by thousands of principals is one document, and every layer that
 * includes it (each principal's identity layer is its own) reuses its statements' matchers.
 */
const statementTests = new WeakMap<Statement, StatementTests>();

function testsOf(statement: Statement, version: PolicyDocument['version'], variables: boolean): StatementTests {
  let tests = statementTests.get(statement);
  if (!tests) {
    tests = {
      matchesAction: statement.actions
        ? compileActionTest(statement.actions, false)
        : compileActionTest(statement.notActions ?? [], true),
      matchesResource: compileResourceTest(statement, variables, `Statement[${statement.index}]`),
      condition: compileConditions(statement.conditions, version),
    };
    statementTests.set(statement, tests);
  }
  return tests;
}

function compileStatement(
  statement: Statement,
  policy: NamedPolicy,
  source: LayerSource,
  order: number,
  variables: boolean,
): CompiledStatement {
  const ref: StatementRef = {
    layer: source.layer,
    policy: policy.name,
    statementIndex: statement.index,
    effect: statement.effect,
  };
  if (source.level !== undefined) ref.level = source.level;
  if (source.levelId !== undefined) ref.levelId = source.levelId;
  if (statement.sid !== undefined) ref.sid = statement.sid;
  if (statement.location) ref.location = statement.location;
  const tests = testsOf(statement, policy.document.version, variables);
  return {
    ref,
    order,
    deny: statement.effect === 'Deny',
    matchesAction: tests.matchesAction,
    matchesResource: tests.matchesResource,
    condition: tests.condition,
    principal: statement.principal,
    notPrincipal: statement.notPrincipal,
  };
}
