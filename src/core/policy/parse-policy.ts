/**
 * Parses and validates AWS policy documents into the normalized model. Accepts the document as an object, as JSON
 * text, or URL-encoded as IAM returns it. Every error names the JSON path of the offending element and says what
 * to write instead, because users meet these errors while editing policy files in a pull request.
 */
import { PolicyValidationError } from '../errors.js';
import { compileConditions } from '../evaluate/conditions/compile-conditions.js';
import { parseConditionOperator } from '../evaluate/conditions/condition-operators.js';
import { compileTemplate } from '../evaluate/policy-variables.js';
import type {
  ConditionClause,
  Effect,
  PolicyDocument,
  PolicyKind,
  PolicyVersion,
  PrincipalSpec,
  SourceLocation,
  Statement,
} from './types.js';

/** Options for {@link parsePolicyDocument}. */
export interface ParsePolicyOptions {
  /** The kind of policy, which decides whether `Principal` and `Resource` are allowed or required. */
  kind: PolicyKind;
  /** Where each statement sits in the source file, by statement index, when the caller parsed with positions. */
  locations?: readonly (SourceLocation | undefined)[];
}

const DOCUMENT_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);
const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const VERSIONS: readonly PolicyVersion[] = ['2012-10-17', '2008-10-17'];

/** Kinds whose statements name a principal. */
const PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set(['resource', 'trust', 'rcp']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Turns policy text into a JSON value. IAM APIs return documents URL-encoded (RFC 3986); the AWS CLI and botocore
 * decode them, the JS SDK does not, so both forms arrive here.
 */
export function decodePolicyText(text: string, path = ''): unknown {
  let body = text.trim();
  if (body.startsWith('%7B') || body.startsWith('%7b')) {
    try {
      body = decodeURIComponent(body);
    } catch {
      throw new PolicyValidationError(
        path,
        'the document looks URL-encoded but does not decode',
        'check the %XX escapes',
      );
    }
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PolicyValidationError(path, `the document is not valid JSON (${detail})`, 'fix the JSON syntax');
  }
}

function stringList(value: unknown, path: string, element: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0)
    throw new PolicyValidationError(path, `${element} is an empty list`, `give at least one ${element} value`);
  return list.map((item, i) => {
    const itemPath = Array.isArray(value) ? `${path}[${i}]` : path;
    if (typeof item !== 'string') {
      throw new PolicyValidationError(itemPath, `${element} must be a string, got ${describe(item)}`);
    }
    if (item.length === 0) throw new PolicyValidationError(itemPath, `${element} is an empty string`);
    return item;
  });
}

function parseActions(value: unknown, path: string, element: string): string[] {
  const actions = stringList(value, path, element);
  actions.forEach((action, i) => {
    if (action === '*') return;
    const colon = action.indexOf(':');
    if (colon <= 0 || colon === action.length - 1 || action.indexOf(':', colon + 1) >= 0) {
      throw new PolicyValidationError(
        Array.isArray(value) ? `${path}[${i}]` : path,
        `"${action}" is not an action`,
        'write service:Action, for example s3:GetObject, or * for every action',
      );
    }
  });
  return actions;
}

/** Kinds that IAM itself validates; Organizations accepts any text in an SCP or RCP resource (AWS's own samples ship placeholders). */
const ARN_CHECKED_KINDS: ReadonlySet<PolicyKind> = new Set([
  'identity',
  'permissionsBoundary',
  'session',
  'resource',
  'trust',
]);

function parseResources(value: unknown, path: string, element: string, kind: PolicyKind): string[] {
  const resources = stringList(value, path, element);
  resources.forEach((resource, i) => {
    if (!ARN_CHECKED_KINDS.has(kind) || resource === '*' || resource.startsWith('arn:') || resource.startsWith('${'))
      return;
    throw new PolicyValidationError(
      Array.isArray(value) ? `${path}[${i}]` : path,
      `"${resource}" is not an ARN`,
      'write an ARN such as arn:aws:s3:::bucket/* or * for every resource',
    );
  });
  return resources;
}

function parsePrincipal(value: unknown, path: string): PrincipalSpec {
  const spec: PrincipalSpec = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (value === '*') {
    spec.wildcard = true;
    return spec;
  }
  if (!isPlainObject(value)) {
    throw new PolicyValidationError(
      path,
      `must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, got ${describe(value)}`,
    );
  }
  const keys = Object.keys(value);
  if (keys.length === 0)
    throw new PolicyValidationError(path, 'names no principal', 'add an AWS, Service or Federated entry');
  for (const key of keys) {
    if (!PRINCIPAL_KEYS.has(key)) {
      throw new PolicyValidationError(
        `${path}.${key}`,
        `unknown principal type "${key}"`,
        'use AWS, Service, Federated or CanonicalUser',
      );
    }
    const entries = stringList(value[key], `${path}.${key}`, 'Principal');
    if (key === 'AWS') {
      for (const entry of entries) {
        if (entry === '*') spec.wildcard = true;
        else spec.aws.push(entry);
      }
    } else if (key === 'Service') spec.service.push(...entries);
    else if (key === 'Federated') spec.federated.push(...entries);
    else spec.canonicalUser.push(...entries);
  }
  return spec;
}

function conditionValue(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new PolicyValidationError(
    path,
    `a condition value must be a string, number or boolean, got ${describe(value)}`,
  );
}

function parseCondition(value: unknown, path: string): ConditionClause[] {
  if (!isPlainObject(value)) {
    throw new PolicyValidationError(
      path,
      `must be an object of operators, got ${describe(value)}`,
      'write {"StringEquals": {"aws:username": "alice"}}',
    );
  }
  const clauses: ConditionClause[] = [];
  for (const [operator, block] of Object.entries(value)) {
    const opPath = `${path}.${operator}`;
    const parsed = parseConditionOperator(operator);
    if (typeof parsed === 'string')
      throw new PolicyValidationError(opPath, parsed, 'see the IAM condition operators reference');
    if (!isPlainObject(block)) {
      throw new PolicyValidationError(opPath, `must be an object of condition keys, got ${describe(block)}`);
    }
    const keys = Object.keys(block);
    if (keys.length === 0) throw new PolicyValidationError(opPath, 'has no condition key');
    for (const key of keys) {
      const keyPath = `${opPath}.${key}`;
      const raw = block[key];
      const list = Array.isArray(raw) ? raw : [raw];
      if (list.length === 0) throw new PolicyValidationError(keyPath, 'has no value', 'give at least one value');
      const values = list.map((item, i) => conditionValue(item, Array.isArray(raw) ? `${keyPath}[${i}]` : keyPath));
      clauses.push({
        operator,
        baseOperator: parsed.baseOperator,
        qualifier: parsed.qualifier,
        ifExists: parsed.ifExists,
        key,
        values,
        path: keyPath,
      });
    }
  }
  return clauses;
}

function parseStatement(
  raw: unknown,
  path: string,
  index: number,
  options: ParsePolicyOptions,
  version: PolicyVersion,
): Statement {
  if (!isPlainObject(raw)) throw new PolicyValidationError(path, `a statement must be an object, got ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (!STATEMENT_KEYS.has(key)) {
      throw new PolicyValidationError(
        `${path}.${key}`,
        `unknown statement element "${key}"`,
        'allowed elements: Sid, Effect, Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition',
      );
    }
  }
  const pairs: [string, string][] = [
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
    ['Principal', 'NotPrincipal'],
  ];
  for (const [a, b] of pairs) {
    if (a in raw && b in raw) throw new PolicyValidationError(path, `has both ${a} and ${b}`, `keep only one of them`);
  }
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') {
    throw new PolicyValidationError(
      `${path}.Effect`,
      raw.Effect === undefined ? 'is missing' : `must be "Allow" or "Deny", got ${describe(raw.Effect)}`,
    );
  }
  const effect: Effect = raw.Effect;
  if (raw.Sid !== undefined && typeof raw.Sid !== 'string') {
    throw new PolicyValidationError(`${path}.Sid`, `must be a string, got ${describe(raw.Sid)}`);
  }
  const statement: Statement = { index, effect, conditions: [] };
  if (raw.Sid !== undefined && raw.Sid !== '') statement.sid = raw.Sid as string;

  if ('Action' in raw) statement.actions = parseActions(raw.Action, `${path}.Action`, 'Action');
  else if ('NotAction' in raw) statement.notActions = parseActions(raw.NotAction, `${path}.NotAction`, 'NotAction');
  else throw new PolicyValidationError(path, 'has neither Action nor NotAction', 'add "Action": ["service:Action"]');

  if ('Resource' in raw)
    statement.resources = parseResources(raw.Resource, `${path}.Resource`, 'Resource', options.kind);
  else if ('NotResource' in raw)
    statement.notResources = parseResources(raw.NotResource, `${path}.NotResource`, 'NotResource', options.kind);
  else if (options.kind === 'identity' || options.kind === 'permissionsBoundary' || options.kind === 'session') {
    throw new PolicyValidationError(
      path,
      'has neither Resource nor NotResource',
      'add "Resource": "*" or the ARNs it applies to',
    );
  }

  const takesPrincipal = PRINCIPAL_KINDS.has(options.kind);
  if ('Principal' in raw || 'NotPrincipal' in raw) {
    const element = 'Principal' in raw ? 'Principal' : 'NotPrincipal';
    if (!takesPrincipal) {
      throw new PolicyValidationError(
        `${path}.${element}`,
        `${withArticle(kindName(options.kind))} cannot have ${element}`,
        'remove it: this policy applies to the principal it is attached to',
      );
    }
    const spec = parsePrincipal(raw[element], `${path}.${element}`);
    if (element === 'Principal') statement.principal = spec;
    else statement.notPrincipal = spec;
  } else if (options.kind === 'resource' || options.kind === 'trust') {
    throw new PolicyValidationError(
      path,
      `${withArticle(kindName(options.kind))} statement needs Principal or NotPrincipal`,
      'add "Principal": {"AWS": "arn:…"}',
    );
  }

  if ('Condition' in raw) statement.conditions = parseCondition(raw.Condition, `${path}.Condition`);
  // IAM rejects bad condition values (a number that is not one, a bad CIDR) when a policy is saved, so they are
  // found now, with their path; the engine caches the compiled form, so this costs nothing later. Organizations
  // policies are checked when they are compiled for evaluation instead, because AWS's own SCP and RCP samples ship
  // placeholders such as "<my-corporate-cidr>" that must still load.
  if (ARN_CHECKED_KINDS.has(options.kind)) compileConditions(statement.conditions, version);
  if (version === '2012-10-17' && ARN_CHECKED_KINDS.has(options.kind)) {
    const element = statement.resources ? 'Resource' : 'NotResource';
    (statement.resources ?? statement.notResources ?? []).forEach((pattern, i) => {
      if (pattern.includes('${')) compileTemplate(pattern, { variables: true, path: `${path}.${element}[${i}]` });
    });
  }
  const location = options.locations?.[index];
  if (location) statement.location = location;
  return statement;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function kindName(kind: PolicyKind): string {
  switch (kind) {
    case 'identity':
      return 'identity-based policy';
    case 'permissionsBoundary':
      return 'permissions boundary';
    case 'session':
      return 'session policy';
    case 'scp':
      return 'service control policy';
    case 'rcp':
      return 'resource control policy';
    case 'resource':
      return 'resource-based policy';
    case 'trust':
      return 'role trust policy';
  }
}

/**
 * Parses one policy document. `input` may be the parsed JSON value, JSON text or URL-encoded JSON text.
 * Throws {@link PolicyValidationError} naming the JSON path of the first problem.
 */
export function parsePolicyDocument(input: unknown, options: ParsePolicyOptions): PolicyDocument {
  const raw = typeof input === 'string' ? decodePolicyText(input) : input;
  if (!isPlainObject(raw)) {
    throw new PolicyValidationError('', `a policy document must be a JSON object, got ${describe(raw)}`);
  }
  for (const key of Object.keys(raw)) {
    if (!DOCUMENT_KEYS.has(key)) {
      throw new PolicyValidationError(
        key,
        `unknown top-level element "${key}"`,
        'allowed elements: Version, Id, Statement',
      );
    }
  }
  let version: PolicyVersion = '2008-10-17';
  if (raw.Version !== undefined) {
    const found = VERSIONS.find((v) => v === raw.Version);
    if (!found) {
      throw new PolicyValidationError('Version', `must be "2012-10-17" or "2008-10-17", got ${describe(raw.Version)}`);
    }
    version = found;
  }
  if (raw.Id !== undefined && typeof raw.Id !== 'string') {
    throw new PolicyValidationError('Id', `must be a string, got ${describe(raw.Id)}`);
  }
  if (raw.Statement === undefined) throw new PolicyValidationError('Statement', 'is missing', 'add "Statement": [ … ]');
  const statements = Array.isArray(raw.Statement)
    ? raw.Statement.map((s, i) => parseStatement(s, `Statement[${i}]`, i, options, version))
    : [parseStatement(raw.Statement, 'Statement', 0, options, version)];
  const document: PolicyDocument = { version, statements };
  if (typeof raw.Id === 'string') document.id = raw.Id;
  return document;
}
