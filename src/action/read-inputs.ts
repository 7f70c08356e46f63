/**
 * The action's inputs (action.yml), read and validated in one place before any work starts: a typo in `fail-on`
 * must fail the step at once, not after minutes of reading AWS, and it must never silently mean a default. Every
 * problem is reported together, each naming the input and what it accepts.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { AuditPolicy, AuditWhatIf } from '../app/run-audit.js';
import type { AuditAttachment } from '../core/changes/audit/audit-change-set.js';
import { DEFAULT_CONFIG_FILE } from '../core/changes/config/config-types.js';
import { UserError } from '../core/errors.js';
import type { ActionFiles, PathKind } from './action-deps.js';
import type { EventContext } from './event-context.js';

/** When the check fails. */
export type FailOn = 'regressions' | 'any-change' | 'never';

/** What to do with the pull request comment. */
export type CommentSetting = 'update' | 'new' | 'off';

/**
 * What a run does, chosen by the inputs:
 *
 * - `plan` (default): evaluates the change and publishes the report and verdict;
 * - `shard` (`shard-size`): only splits the affected accounts into shards for a matrix of evaluate jobs; it sets the
 *   `shards` and `shard-count` outputs and evaluates, comments and decides nothing;
 * - `merge` (`reports`): merges the partial reports of those jobs, as `iam-impact merge` does, and publishes them as
 *   a plan run would;
 * - `audit` (`what-if` or `audit-policy`): evaluates a policy as if attached now, as `iam-impact audit` does.
 */
export type ActionMode = 'plan' | 'shard' | 'merge' | 'audit';

/** The validated inputs. Paths are as given (relative to `workingDirectory`); see {@link resolveInputPaths}. */
export interface ActionInputs {
  /** What the run does. */
  mode: ActionMode;
  /** `config`: the config file; undefined means `.github/iam-impact.yml` when it exists. */
  config?: string;
  /** `terraform-plan`: a `terraform show -json` file. */
  terraformPlan?: string;
  /** `inventory`: snapshot files or directories; empty means reading live AWS. */
  inventory: string[];
  /** `backend`. */
  backend: 'aws' | 'local';
  /** `member-role-name`. */
  memberRoleName?: string;
  /** `include-organization`. */
  includeOrganization: boolean;
  /** `scenarios`: ids to evaluate; empty means all. */
  scenarios: string[];
  /** `fail-on`. */
  failOn: FailOn;
  /** `fail-on-incomplete`. */
  failOnIncomplete: boolean;
  /** `comment`. */
  comment: CommentSetting;
  /** `github-token` (may be empty when no comment is posted). */
  githubToken: string;
  /** `base-ref`; undefined means the event's base. */
  baseRef?: string;
  /** `working-directory`. */
  workingDirectory: string;
  /** `account`. */
  account?: string;
  /** `accounts`: evaluate only these accounts' principals (one shard of a fan-out); empty means every account. */
  accounts: string[];
  /** `usage`: a usage file (principal ARN → actions it calls, or Access Advisor data). */
  usage?: string;
  /** `shard-size`: the most accounts one shard holds (mode `shard`). */
  shardSize?: number;
  /** `reports`: paths or globs of partial JSON reports, one per line (mode `merge`). */
  reports: string[];
  /** `audit-policy` with `audit-as` and `audit-attach-to` (mode `audit`); the file is relative to working-directory. */
  auditPolicy?: AuditPolicy;
  /** `what-if` with `audit-as` and `audit-scope` (mode `audit`). */
  whatIf?: AuditWhatIf;
}

/** Every input action.yml declares, in its order. */
export const INPUT_NAMES = [
  'config',
  'terraform-plan',
  'inventory',
  'backend',
  'member-role-name',
  'include-organization',
  'scenarios',
  'accounts',
  'usage',
  'fail-on',
  'fail-on-incomplete',
  'comment',
  'github-token',
  'base-ref',
  'working-directory',
  'account',
  'shard-size',
  'reports',
  'what-if',
  'audit-policy',
  'audit-as',
  'audit-attach-to',
  'audit-scope',
] as const;

/** An input name. */
export type InputName = (typeof INPUT_NAMES)[number];

const BOOLEAN_TRUE = new Set(['true', 'True', 'TRUE']);
const BOOLEAN_FALSE = new Set(['false', 'False', 'FALSE']);
const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// IAM role names: letters, digits and +=,.@_- (64 max), optionally under a path of the same characters.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** One problem: the input and what is wrong with its value. */
interface Problem {
  input: InputName;
  text: string;
}

/** Collects problems so that all of them are reported at once. */
class InputReader {
  readonly problems: Problem[] = [];

  constructor(private readonly getInput: (name: string) => string) {}

  raw(name: InputName): string {
    return this.getInput(name).trim();
  }

  optional(name: InputName): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  problem(input: InputName, text: string): void {
    this.problems.push({ input, text });
  }

  choice<T extends string>(name: InputName, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(name, `${JSON.stringify(value)} is not allowed; use ${orList(allowed)} (default ${fallback})`);
    return fallback;
  }

  /** A value from a fixed list, or undefined when the input is empty. */
  optionalChoice<T extends string>(name: InputName, allowed: readonly T[]): T | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(name, `${JSON.stringify(value)} is not allowed; use ${orList(allowed)}`);
    return undefined;
  }

  /** The items of a list input, split on the separators and trimmed; empty items dropped. */
  list(name: InputName, separators: RegExp): string[] {
    return this.raw(name)
      .split(separators)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  boolean(name: InputName, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === '') return fallback;
    if (BOOLEAN_TRUE.has(value)) return true;
    if (BOOLEAN_FALSE.has(value)) return false;
    this.problem(name, `${JSON.stringify(value)} is not a boolean; use true or false (default ${fallback})`);
    return fallback;
  }
}

/** The inputs that choose a mode other than `plan`, and what each mode does, for the messages. */
const MODE_INPUTS: readonly { input: InputName; mode: Exclude<ActionMode, 'plan'> }[] = [
  { input: 'shard-size', mode: 'shard' },
  { input: 'reports', mode: 'merge' },
  { input: 'what-if', mode: 'audit' },
  { input: 'audit-policy', mode: 'audit' },
];

/**
 * The inputs a mode has no use for. Set, they are an error: ignoring them would let a step seem to do what it does
 * not (a shard step with `usage`, an audit with a `config` whose accept list would not apply).
 */
const NOT_USED: Record<Exclude<ActionMode, 'plan'>, { by: string; inputs: readonly InputName[] }> = {
  shard: {
    by: 'shard-size, which only splits the affected accounts into shards (each evaluate job then takes accounts)',
    inputs: ['accounts', 'usage', 'scenarios'],
  },
  merge: {
    by: 'reports, whose partial reports were evaluated already',
    inputs: [
      'terraform-plan',
      'inventory',
      'member-role-name',
      'scenarios',
      'accounts',
      'usage',
      'base-ref',
      'account',
    ],
  },
  audit: {
    by: 'an audit (what-if or audit-policy), which evaluates a policy against the inventory without a repository change or config',
    inputs: ['config', 'terraform-plan', 'usage', 'scenarios', 'base-ref', 'account'],
  },
};

/** Separators of the `accounts`, `audit-attach-to` and `audit-scope` lists: commas, spaces, newlines. */
const LIST_SEPARATORS = /[\s,]+/;

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The UserError for a list of problems: one line each, naming the input. */
function inputError(problems: readonly Problem[]): UserError {
  const lines = problems.map((p) => `input "${p.input}": ${p.text}`);
  if (lines.length === 1) return new UserError(lines[0], "fix the step's `with:` in the workflow (see action.yml)");
  return new UserError(
    `${lines.length} inputs are invalid:\n- ${lines.join('\n- ')}`,
    "fix the step's `with:` in the workflow (see action.yml)",
  );
}

/**
 * Reads and validates every input. `getInput` returns the raw value the runner passed (`''` when unset). Throws one
 * {@link UserError} listing every invalid input.
 */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const r = new InputReader(getInput);
  const inventory = r.raw('inventory').split(/\s+/).filter(Boolean);
  const scenarios = r
    .raw('scenarios')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of scenarios) {
    if (!SCENARIO_ID.test(id)) {
      r.problem('scenarios', `${JSON.stringify(id)} is not a scenario id (kebab-case, such as access-key)`);
    }
  }
  const memberRoleName = r.optional('member-role-name');
  if (memberRoleName !== undefined && (memberRoleName.startsWith('arn:') || !ROLE_NAME.test(memberRoleName))) {
    r.problem(
      'member-role-name',
      `${JSON.stringify(memberRoleName)} is not a role name; give the name (optionally with its path) of the role that exists in every account, such as IamImpactReadOnly, not its ARN`,
    );
  }
  const account = r.optional('account');
  if (account !== undefined && !/^\d{12}$/.test(account)) {
    r.problem('account', `${JSON.stringify(account)} is not a 12-digit AWS account id`);
  }
  const baseRef = r.optional('base-ref');
  if (baseRef !== undefined && (baseRef.startsWith('-') || /\s/.test(baseRef))) {
    r.problem('base-ref', `${JSON.stringify(baseRef)} is not a git revision; give a commit sha, branch or tag`);
  }
  const accounts = r.list('accounts', LIST_SEPARATORS);
  for (const id of accounts) {
    if (!/^\d{12}$/.test(id)) r.problem('accounts', `${JSON.stringify(id)} is not a 12-digit AWS account id`);
  }
  const shardSize = readShardSize(r);
  const reports = r.list('reports', /\r?\n/);
  const audit = readAudit(r);
  const mode = readMode(r);
  const inputs: ActionInputs = {
    mode,
    inventory,
    backend: r.choice('backend', ['aws', 'local'] as const, 'aws'),
    includeOrganization: r.boolean('include-organization', true),
    scenarios,
    failOn: r.choice('fail-on', ['regressions', 'any-change', 'never'] as const, 'regressions'),
    failOnIncomplete: r.boolean('fail-on-incomplete', true),
    comment: r.choice('comment', ['update', 'new', 'off'] as const, 'update'),
    githubToken: r.raw('github-token'),
    workingDirectory: r.optional('working-directory') ?? '.',
    accounts: [...new Set(accounts)],
    reports,
  };
  const config = r.optional('config');
  if (config !== undefined) inputs.config = config;
  const terraformPlan = r.optional('terraform-plan');
  if (terraformPlan !== undefined) inputs.terraformPlan = terraformPlan;
  if (memberRoleName !== undefined) inputs.memberRoleName = memberRoleName;
  if (account !== undefined) inputs.account = account;
  if (baseRef !== undefined) inputs.baseRef = baseRef;
  const usage = r.optional('usage');
  if (usage !== undefined) inputs.usage = usage;
  if (shardSize !== undefined) inputs.shardSize = shardSize;
  if (audit.auditPolicy) inputs.auditPolicy = audit.auditPolicy;
  if (audit.whatIf) inputs.whatIf = audit.whatIf;
  if (r.problems.length > 0) throw inputError(r.problems);
  return inputs;
}

/** `shard-size`: a positive whole number of accounts, or undefined when empty. */
function readShardSize(r: InputReader): number | undefined {
  const value = r.optional('shard-size');
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isSafeInteger(n) && n > 0) return n;
  r.problem(
    'shard-size',
    `${JSON.stringify(value)} is not a positive whole number of accounts per shard; leave it empty to evaluate without sharding`,
  );
  return undefined;
}

/**
 * The audit inputs, checked as `iam-impact audit` checks its options: a policy file needs `audit-as` and
 * `audit-attach-to`; the what-if takes `audit-as` (managed-policy or scp) and `audit-scope`; not both at once.
 */
function readAudit(r: InputReader): { auditPolicy?: AuditPolicy; whatIf?: AuditWhatIf } {
  const whatIfValue = r.raw('what-if');
  let whatIf: 'enforce-mfa' | undefined;
  if (whatIfValue === 'enforce-mfa') whatIf = whatIfValue;
  else if (whatIfValue !== '') {
    r.problem(
      'what-if',
      `${JSON.stringify(whatIfValue)} is not allowed; use enforce-mfa, or leave it empty for no what-if`,
    );
  }
  const policy = r.optional('audit-policy');
  const as = r.optionalChoice<AuditAttachment>('audit-as', ['scp', 'rcp', 'managed-policy']);
  const attachTo = r.list('audit-attach-to', LIST_SEPARATORS);
  const scope = r.list('audit-scope', LIST_SEPARATORS);
  if (policy !== undefined && whatIfValue !== '') {
    r.problem('what-if', 'cannot be combined with audit-policy; audit either a policy file or a built-in what-if');
    return {};
  }
  if (policy !== undefined) {
    if (as === undefined && r.raw('audit-as') === '') {
      r.problem('audit-as', 'empty, but audit-policy needs it: use scp, rcp or managed-policy');
    }
    if (attachTo.length === 0) {
      r.problem(
        'audit-attach-to',
        'empty, but audit-policy needs the targets: root, OU or account ids (scp, rcp); user, group or role ARNs or names (managed-policy)',
      );
    }
    if (scope.length > 0) r.problem('audit-scope', 'goes with what-if; with audit-policy, use audit-attach-to');
    return as === undefined ? {} : { auditPolicy: { file: policy, as, attachTo } };
  }
  if (whatIf !== undefined) {
    if (as === 'rcp') {
      r.problem(
        'audit-as',
        '"rcp" does not go with what-if enforce-mfa, which has no RCP form; use managed-policy (default) or scp',
      );
    }
    if (attachTo.length > 0) r.problem('audit-attach-to', 'goes with audit-policy; with what-if, use audit-scope');
    return { whatIf: { name: whatIf, as: as === 'scp' ? 'scp' : 'managed-policy', scope } };
  }
  // Without a policy or a what-if these inputs would be ignored and the step would evaluate the repository instead.
  // (A what-if with a bad value is reported already.)
  for (const input of ['audit-as', 'audit-attach-to', 'audit-scope'] as const) {
    if (whatIfValue === '' && r.raw(input) !== '') {
      r.problem(input, 'set, but neither what-if nor audit-policy is; set one of them to audit, or remove this input');
    }
  }
  return {};
}

/** The mode the inputs choose; an input that another mode's input excludes is a problem naming both. */
function readMode(r: InputReader): ActionMode {
  // By the raw values, so that a mode input with a bad value still excludes the others.
  const set = MODE_INPUTS.filter(({ input }) => r.raw(input) !== '');
  const first = set[0];
  if (!first) return 'plan';
  for (const other of set.slice(1)) {
    if (other.mode === first.mode) continue; // what-if with audit-policy: reported by readAudit
    r.problem(
      other.input,
      `cannot be combined with ${first.input}: a step either shards (shard-size), merges reports (reports) or audits (what-if, audit-policy); use a step for each`,
    );
  }
  const unused = NOT_USED[first.mode];
  for (const input of unused.inputs) {
    if (r.raw(input) !== '') r.problem(input, `not used with ${unused.by}; remove it`);
  }
  return first.mode;
}

/**
 * The checks that need the event: a comment on a pull request needs a token. Throws a {@link UserError} naming
 * `github-token`.
 */
export function checkInputsForEvent(inputs: ActionInputs, event: EventContext): void {
  // A shard step never comments.
  if (inputs.mode !== 'shard' && inputs.comment !== 'off' && event.pullRequest && inputs.githubToken === '') {
    throw new UserError(
      `input "github-token": empty, but comment: ${inputs.comment} needs a token to comment on pull request #${event.pullRequest.number}`,
      'leave github-token unset (its default is ${{ github.token }}) or pass a token with pull-requests: write; or set comment: off',
    );
  }
}

/** The inputs' paths, resolved and checked to exist. */
export interface ResolvedPaths {
  /** The working directory, absolute. */
  repoDir: string;
  /** The config file as readChangeSet takes it: relative to `repoDir` (or absolute). */
  config?: string;
  /** The Terraform plan, relative to the process's directory (the workspace) so that messages stay short. */
  terraformPlan?: string;
  /** The inventory paths, relative to the process's directory. */
  inventory: string[];
  /** The usage file, relative to the process's directory. */
  usage?: string;
  /** The audited policy file, relative to the process's directory (as the report's causes name it). */
  auditPolicy?: string;
  /** Mode `merge`: the report files the `reports` lines match, deduplicated, relative to the process's directory. */
  reports?: string[];
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Resolves `working-directory` against `cwd` and the other paths against it, and checks that each exists as what it
 * must be. Throws one {@link UserError} listing every missing path, naming its input.
 */
export async function resolveInputPaths(inputs: ActionInputs, cwd: string, files: ActionFiles): Promise<ResolvedPaths> {
  const repoDir = resolve(cwd, inputs.workingDirectory);
  const problems: Problem[] = [];
  const expect = async (input: InputName, path: string, allowed: readonly PathKind[], what: string) => {
    const kind = await files.kind(path);
    if (allowed.includes(kind)) return;
    const shown = display(cwd, path);
    problems.push({
      input,
      text: kind === undefined ? `${shown} does not exist` : `${shown} is not ${what}`,
    });
  };
  await expect('working-directory', repoDir, ['directory'], 'a directory');
  if (problems.length > 0) throw inputError(problems);
  const resolved: ResolvedPaths = { repoDir, inventory: [] };
  // Only plan and shard read the change; merge reads the config for its annotations alone, audit not at all.
  const readsChange = inputs.mode === 'plan' || inputs.mode === 'shard';
  if (inputs.config !== undefined) {
    await expect('config', resolve(repoDir, inputs.config), ['file'], 'a file');
    resolved.config = inputs.config;
  } else if (
    readsChange &&
    inputs.terraformPlan === undefined &&
    (await files.kind(resolve(repoDir, DEFAULT_CONFIG_FILE))) !== 'file'
  ) {
    throw new UserError(
      `nothing to analyse: no config file at ${display(cwd, resolve(repoDir, DEFAULT_CONFIG_FILE))}, and the inputs "config" and "terraform-plan" are not set`,
      `add ${DEFAULT_CONFIG_FILE} mapping the policy files (see docs/config.md) or set config to its path, and/or set terraform-plan to a \`terraform show -json\` file`,
    );
  }
  if (inputs.terraformPlan !== undefined) {
    const path = resolve(repoDir, inputs.terraformPlan);
    await expect('terraform-plan', path, ['file'], 'a file');
    resolved.terraformPlan = display(cwd, path);
  }
  for (const item of inputs.inventory) {
    const path = resolve(repoDir, item);
    await expect('inventory', path, ['file', 'directory'], 'a file or directory');
    resolved.inventory.push(display(cwd, path));
  }
  if (inputs.usage !== undefined) {
    const path = resolve(repoDir, inputs.usage);
    await expect('usage', path, ['file'], 'a file');
    resolved.usage = display(cwd, path);
  }
  if (inputs.auditPolicy !== undefined) {
    const path = resolve(repoDir, inputs.auditPolicy.file);
    await expect('audit-policy', path, ['file'], 'a file');
    resolved.auditPolicy = display(cwd, path);
  }
  if (inputs.mode === 'merge') resolved.reports = await expandReports(inputs.reports, repoDir, cwd, files, problems);
  if (problems.length > 0) {
    const error = inputError(problems);
    throw new UserError(
      error.message,
      `paths are relative to working-directory (${display(cwd, repoDir)}); check out the repository first (actions/checkout) and create any plan, snapshot or report in an earlier step`,
    );
  }
  return resolved;
}

/**
 * The report files the `reports` lines name, each line a path or a glob. A line that matches no file is a problem:
 * a verdict over fewer reports than the fan-out wrote would pass a change that breaks the missing shards' accounts.
 */
async function expandReports(
  lines: readonly string[],
  repoDir: string,
  cwd: string,
  files: ActionFiles,
  problems: Problem[],
): Promise<string[]> {
  const found = new Set<string>();
  for (const line of lines) {
    const pattern = resolve(repoDir, line);
    let matched: string[];
    try {
      matched = await files.glob(pattern);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({ input: 'reports', text: error.message });
      continue;
    }
    if (matched.length === 0) {
      const shown = display(cwd, pattern);
      problems.push({
        input: 'reports',
        text:
          (await files.kind(pattern)) === 'directory'
            ? `${shown} is a directory; name the report files in it, such as ${shown}/*.json`
            : `${shown} matches no file`,
      });
    }
    // The same file through two lines would be merged twice, which merge rejects as overlapping shards.
    for (const path of matched) found.add(display(cwd, path));
  }
  return [...found];
}
