/**
 * Reads and validates the config file (`.github/iam-impact.yml`, see docs/config.md). Every error is a
 * {@link UserError} of the form `FILE:LINE: FIELD.PATH: problem`, because users meet these errors while editing the
 * config in a pull request.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type ParsedNode,
  type Scalar,
} from 'yaml';
import { UserError } from '../../errors.js';
import {
  CONFIG_VERSION,
  TARGET_KINDS,
  type ConfigSection,
  type EntityTemplate,
  type IamImpactConfig,
  type OpaqueSectionName,
  type PolicyMapping,
  type TargetKind,
  type Template,
} from './config-types.js';
import { compileFilePattern, GlobSyntaxError, matchFilePattern, type FilePattern } from './file-glob.js';
import {
  checkAccountId,
  checkEntityArn,
  checkIamName,
  checkManagedPolicyArn,
  checkOrgPolicyName,
  checkOrgTarget,
  checkPlaceholders,
  checkPolicyId,
  hasPlaceholders,
} from './target-values.js';

const TOP_LEVEL_KEYS = ['version', 'account', 'policies', 'scenarios', 'accept', 'checks', 'actions', 'terraform'];
const OPAQUE_SECTIONS: readonly OpaqueSectionName[] = ['scenarios', 'accept', 'checks', 'actions', 'terraform'];

/** The fields each target kind takes besides `file`, `target` and `exclude`; required ones first. */
const TARGET_FIELDS: Record<TargetKind, { required: string[]; optional: string[] }> = {
  'managed-policy': { required: ['arn'], optional: [] },
  'inline-policy': { required: ['principal', 'policy-name'], optional: [] },
  'permissions-boundary': { required: ['principal', 'arn'], optional: [] },
  'trust-policy': { required: ['role'], optional: [] },
  scp: { required: ['policy-id'], optional: [] },
  rcp: { required: ['policy-id'], optional: [] },
  'new-scp': { required: ['attach-to'], optional: ['name'] },
  'new-rcp': { required: ['attach-to'], optional: ['name'] },
};

/** What each missing field should look like, for hints. */
const FIELD_EXAMPLES: Record<string, string> = {
  arn: 'arn: arn:aws:iam::111122223333:policy/NAME',
  principal: 'principal: { kind: user, name: alice }',
  'policy-name': 'policy-name: NAME',
  role: 'role: ROLE-NAME',
  'policy-id': 'policy-id: p-abcd1234',
  'attach-to': 'attach-to: [ou-ab12-cdefgh34, "111122223333"]',
};

/** The indefinite article of a target kind, as it is read aloud ("an scp", "an inline-policy"). */
function article(target: TargetKind): string {
  return /^[aeiou]/.test(target) || target === 'scp' || target === 'rcp' ? 'an' : 'a';
}

type Entry = { key: Scalar; value: Node | null };

function describe(node: Node | null): string {
  if (node === null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    return typeof v === 'string' ? `"${v}"` : `${typeof v} ${String(node.source ?? v)}`;
  }
  return 'an unsupported value';
}

class ConfigReader {
  readonly lines = new LineCounter();
  doc!: Document.Parsed;
  /** The config's top-level account, once read, for `{account}` checks. */
  account?: string;

  constructor(readonly file: string) {}

  lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  lineOf(node: Node | null | undefined, fallback = 1): number {
    const range = node?.range;
    return range ? this.lineAt(range[0]) : fallback;
  }

  fail(line: number, path: string, problem: string, hint?: string): never {
    throw new UserError(`${this.file}:${line}: ${path ? `${path}: ` : ''}${problem}`, hint);
  }

  /** Follows aliases (`*anchor`). */
  deref(node: Node | null | undefined): Node | null {
    if (node === undefined || node === null) return null;
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? null;
    return node;
  }

  /**
   * A mapping's entries, checked against the allowed keys. `what` says what the node must be, `owner` what takes
   * the allowed keys (for unknown-field errors).
   */
  entries(
    node: Node | null,
    path: string,
    line: number,
    what: string,
    allowed: readonly string[],
    owner = what,
  ): Map<string, Entry> {
    if (!isMap(node)) this.fail(this.lineOf(node, line), path, `must be ${what}, got ${describe(node)}`);
    const out = new Map<string, Entry>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.fail(this.lineOf(key, this.lineOf(node)), path, `has a key that is not a name: ${describe(key)}`);
      }
      out.set(key.value, { key, value: this.deref(pair.value as Node | null) });
    }
    for (const [name, entry] of out) {
      if (!allowed.includes(name)) {
        this.fail(
          this.lineOf(entry.key),
          path ? `${path}.${name}` : name,
          path
            ? `unknown field (${owner} takes ${allowed.join(', ')})`
            : `unknown top-level key (allowed: ${allowed.join(', ')})`,
        );
      }
    }
    return out;
  }

  /** The line of an entry's value, or of its key when the value is empty. */
  entryLine(entry: Entry): number {
    return this.lineOf(entry.value, this.lineOf(entry.key));
  }

  /** A string value; plain numbers are taken as written (so `account: 011122223333` keeps its leading zero). */
  text(entry: Entry, path: string): string {
    const node = entry.value;
    if (isScalar(node)) {
      if (typeof node.value === 'string') return node.value;
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string')
        return node.source;
    }
    return this.fail(this.entryLine(entry), path, `must be text, got ${describe(node)}`);
  }

  accountId(entry: Entry, path: string): string {
    const value = this.text(entry, path);
    const problem = checkAccountId(value);
    if (problem) this.fail(this.entryLine(entry), path, problem, 'quote account ids: account: "111122223333"');
    return value;
  }

  /** A target field that may use placeholders; literal values are checked now. */
  template(entry: Entry, path: string, pattern: FilePattern, check: (value: string) => string | undefined): Template {
    const text = this.text(entry, path);
    const line = this.entryLine(entry);
    const placeholderProblem = checkPlaceholders(text, pattern.wildcards, pattern.pattern, this.account !== undefined);
    if (placeholderProblem) this.fail(line, path, placeholderProblem);
    const dynamic = hasPlaceholders(text);
    if (!dynamic) {
      const problem = check(text);
      if (problem) this.fail(line, path, problem);
    }
    return { text, dynamic, line, path };
  }

  pattern(entry: Entry, path: string): FilePattern {
    const text = this.text(entry, path);
    try {
      return compileFilePattern(text);
    } catch (error) {
      if (error instanceof GlobSyntaxError) {
        return this.fail(this.entryLine(entry), path, error.message, 'see docs/config.md for the glob syntax');
      }
      throw error;
    }
  }
}

function checkedArn(value: string): string | undefined {
  const result = checkManagedPolicyArn(value);
  return 'problem' in result ? result.problem : undefined;
}

/** Reads `principal` (inline policies, boundaries) or `role` (trust policies). */
function readEntity(
  r: ConfigReader,
  entry: Entry,
  path: string,
  pattern: FilePattern,
  kinds: readonly ('user' | 'group' | 'role')[],
  field: 'principal' | 'role',
): EntityTemplate {
  const node = entry.value;
  const kindList = kinds.join(', ');
  if (isScalar(node) && typeof node.value === 'string') {
    const text = node.value;
    if (text.startsWith('arn:')) {
      return {
        form: 'arn',
        arn: r.template(entry, path, pattern, (v) => {
          const result = checkEntityArn(v, kinds);
          return 'problem' in result ? result.problem : undefined;
        }),
      };
    }
    if (field === 'role') {
      return { form: 'name', kind: 'role', name: r.template(entry, path, pattern, (v) => checkIamName(v, 'role')) };
    }
    r.fail(
      r.entryLine(entry),
      path,
      `must be { kind: ${kinds[0]}, name: NAME } or an ARN, got ${describe(node)}`,
      `write principal: { kind: ${kinds[0]}, name: ${text} }`,
    );
  }
  const allowed = field === 'role' ? ['name', 'account'] : ['kind', 'name', 'account'];
  const what =
    field === 'role'
      ? 'a role name, a role ARN or { name, account }'
      : `{ kind, name, account } (kind: ${kindList}) or an ARN`;
  const fields = r.entries(node, path, r.entryLine(entry), what, allowed, field);
  let kind: 'user' | 'group' | 'role' = 'role';
  if (field === 'principal') {
    const kindEntry = fields.get('kind');
    if (!kindEntry) r.fail(r.entryLine(entry), `${path}.kind`, `is missing (use ${kindList})`);
    const text = r.text(kindEntry, `${path}.kind`);
    const found = kinds.find((k) => k === text);
    if (!found) {
      const why = text === 'group' ? ' (groups have no permissions boundary)' : '';
      r.fail(r.entryLine(kindEntry), `${path}.kind`, `"${text}" is not a principal kind here${why} (use ${kindList})`);
    }
    kind = found;
  }
  const nameEntry = fields.get('name');
  if (!nameEntry) r.fail(r.entryLine(entry), `${path}.name`, 'is missing');
  const entity: EntityTemplate = {
    form: 'name',
    kind,
    name: r.template(nameEntry, `${path}.name`, pattern, (v) => checkIamName(v, kind)),
  };
  const accountEntry = fields.get('account');
  if (accountEntry) entity.accountId = r.accountId(accountEntry, `${path}.account`);
  return entity;
}

function readMapping(r: ConfigReader, node: Node | null, index: number, listLine: number): PolicyMapping {
  const path = `policies[${index}]`;
  const line = r.lineOf(node, listLine);
  if (!isMap(node)) r.fail(line, path, `must be a mapping with file and target, got ${describe(node)}`);
  const keys = new Map<string, Entry>();
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    if (isScalar(key) && typeof key.value === 'string')
      keys.set(key.value, { key, value: r.deref(pair.value as Node | null) });
  }
  const fileEntry = keys.get('file');
  if (!fileEntry) r.fail(line, `${path}.file`, 'is missing', 'write file: policies/NAME.json (a path or a glob)');
  const targetEntry = keys.get('target');
  if (!targetEntry) r.fail(line, `${path}.target`, `is missing (use ${TARGET_KINDS.join(', ')})`);
  const targetText = r.text(targetEntry, `${path}.target`);
  const target = TARGET_KINDS.find((k) => k === targetText);
  if (!target) {
    r.fail(
      r.entryLine(targetEntry),
      `${path}.target`,
      `unknown target kind "${targetText}" (use ${TARGET_KINDS.join(', ')})`,
    );
  }
  const { required, optional } = TARGET_FIELDS[target];
  const fields = r.entries(node, path, line, `${article(target)} ${target} mapping`, [
    'file',
    'target',
    'exclude',
    ...required,
    ...optional,
  ]);
  for (const name of required) {
    if (!fields.has(name)) {
      r.fail(
        line,
        `${path}.${name}`,
        `is missing (${article(target)} ${target} mapping needs ${required.join(' and ')})`,
        FIELD_EXAMPLES[name] ? `write ${FIELD_EXAMPLES[name]}` : undefined,
      );
    }
  }
  const file = r.pattern(fileEntry, `${path}.file`);
  const exclude: FilePattern[] = [];
  const excludeEntry = fields.get('exclude');
  if (excludeEntry) {
    const list = excludeEntry.value;
    if (isSeq(list)) {
      list.items.forEach((item, i) => {
        const itemNode = r.deref(item as Node | null);
        exclude.push(r.pattern({ key: excludeEntry.key, value: itemNode }, `${path}.exclude[${i}]`));
      });
    } else exclude.push(r.pattern(excludeEntry, `${path}.exclude`));
  }
  const field = (name: string): Entry => fields.get(name) as Entry;
  const at = (name: string) => `${path}.${name}`;
  const base = { index, line, file, exclude };
  switch (target) {
    case 'managed-policy':
      return { ...base, target, arn: r.template(field('arn'), at('arn'), file, checkedArn) };
    case 'inline-policy':
      return {
        ...base,
        target,
        principal: readEntity(r, field('principal'), at('principal'), file, ['user', 'group', 'role'], 'principal'),
        policyName: r.template(field('policy-name'), at('policy-name'), file, (v) => checkIamName(v, 'policy')),
      };
    case 'permissions-boundary':
      return {
        ...base,
        target,
        principal: readEntity(r, field('principal'), at('principal'), file, ['user', 'role'], 'principal'),
        arn: r.template(field('arn'), at('arn'), file, checkedArn),
      };
    case 'trust-policy':
      return { ...base, target, role: readEntity(r, field('role'), at('role'), file, ['role'], 'role') };
    case 'scp':
    case 'rcp':
      return { ...base, target, policyId: r.template(field('policy-id'), at('policy-id'), file, checkPolicyId) };
    case 'new-scp':
    case 'new-rcp': {
      const nameEntry = fields.get('name');
      const name: Template = nameEntry
        ? r.template(nameEntry, at('name'), file, checkOrgPolicyName)
        : { text: '{name}', dynamic: true, line, path: at('name') };
      const attachEntry = field('attach-to');
      const list = attachEntry.value;
      if (!isSeq(list)) {
        r.fail(
          r.entryLine(attachEntry),
          at('attach-to'),
          `must be a list of root, OU or account ids, got ${describe(list)}`,
        );
      }
      const attachTo = list.items.map((item, i) => {
        const itemNode = r.deref(item as Node | null);
        return r.template({ key: attachEntry.key, value: itemNode }, `${at('attach-to')}[${i}]`, file, checkOrgTarget);
      });
      return { ...base, target, name, attachTo };
    }
  }
}

/** Rejects a literal file that another entry maps too (two globs can only be compared against real files). */
function checkOverlaps(r: ConfigReader, mappings: readonly PolicyMapping[]): void {
  const excluded = (m: PolicyMapping, path: string) => m.exclude.some((x) => matchFilePattern(x, path));
  for (const later of mappings) {
    for (const earlier of mappings) {
      if (earlier.index >= later.index) break;
      const clash =
        earlier.file.pattern === later.file.pattern
          ? later.file.pattern
          : [
              [earlier, later],
              [later, earlier],
            ]
              .map(([a, b]) =>
                a.file.literalPath !== undefined &&
                matchFilePattern(b.file, a.file.literalPath) &&
                !excluded(b, a.file.literalPath)
                  ? a.file.literalPath
                  : undefined,
              )
              .find((p) => p !== undefined);
      if (clash !== undefined && !(excluded(earlier, clash) && excluded(later, clash))) {
        r.fail(
          later.line,
          `policies[${later.index}].file`,
          `"${clash}" is also mapped by policies[${earlier.index}] (line ${earlier.line}); a file may be mapped once`,
          'remove one of the entries, or add exclude: [PATH] to the glob entry',
        );
      }
    }
  }
}

function section(r: ConfigReader, entry: Entry): ConfigSection {
  const root = entry.value;
  const fallback = r.lineOf(entry.key);
  return {
    value: root === null ? null : (root.toJS(r.doc) as unknown),
    line: fallback,
    lineOf(path) {
      let node: Node | null = root;
      let line = r.lineOf(node, fallback);
      for (const step of path) {
        let next: Node | null = null;
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
          next = pair ? r.deref(pair.value as Node | null) : null;
          if (pair && next === null) return r.lineOf(pair.key as Node, line);
        } else if (isSeq(node) && typeof step === 'number') {
          next = r.deref(node.items[step] as Node | null);
        }
        if (next === null) return line;
        node = next;
        line = r.lineOf(node, line);
      }
      return line;
    },
  };
}

/**
 * Parses and validates the config file. `file` names it in errors. Throws {@link UserError} naming the file, the
 * line and the field.
 */
export function parseConfig(text: string, file: string): IamImpactConfig {
  const r: ConfigReader = new ConfigReader(file);
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, { lineCounter: r.lines, prettyErrors: false, uniqueKeys: true });
  r.doc = doc;
  const syntax = doc.errors[0];
  if (syntax) {
    r.fail(r.lineAt(syntax.pos[0]), '', `not valid YAML: ${syntax.message}`, 'fix the YAML syntax');
  }
  const root = doc.contents as ParsedNode | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    r.fail(1, '', 'the config file is empty', 'write version: 1 and a policies: list (see docs/config.md)');
  }
  const top = r.entries(root, '', 1, 'a mapping with version: 1 and policies: …', TOP_LEVEL_KEYS);

  const versionEntry = top.get('version');
  if (!versionEntry) r.fail(r.lineOf(root), 'version', `is missing`, `write version: ${CONFIG_VERSION}`);
  const version = versionEntry.value;
  if (!isScalar(version) || version.value !== CONFIG_VERSION) {
    r.fail(
      r.entryLine(versionEntry),
      'version',
      `this build reads version ${CONFIG_VERSION}, got ${describe(version)}`,
      `write version: ${CONFIG_VERSION}`,
    );
  }

  const config: IamImpactConfig = { file, version: CONFIG_VERSION, policies: [], sections: {} };
  const accountEntry = top.get('account');
  if (accountEntry) config.account = r.account = r.accountId(accountEntry, 'account');

  const policiesEntry = top.get('policies');
  if (policiesEntry && !(isScalar(policiesEntry.value) && policiesEntry.value.value === null)) {
    const list = policiesEntry.value;
    if (!isSeq(list)) {
      r.fail(r.entryLine(policiesEntry), 'policies', `must be a list of mappings, got ${describe(list)}`);
    }
    const listLine = r.entryLine(policiesEntry);
    config.policies = list.items.map((item, i) => readMapping(r, r.deref(item as Node | null), i, listLine));
    checkOverlaps(r, config.policies);
  }

  for (const name of OPAQUE_SECTIONS) {
    const entry = top.get(name);
    if (entry) config.sections[name] = section(r, entry);
  }
  return config;
}
