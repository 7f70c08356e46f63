/**
 * The values of mapping targets: placeholders (`{1}`, `{name}`, `{dir}`, `{account}`) and the checks every
 * resolved value must pass (names, ARNs, ids). The config reader checks literal values when it reads them, the
 * change-set builder checks templated ones once per file, with the same functions, so both say the same thing.
 */

/** What a template's placeholders stand for, for one matched file. */
export interface TemplateContext {
  /** The captures of the file pattern (`captures[0]` is `{1}`). */
  captures: readonly string[];
  /** The matched repository-relative path. */
  path: string;
  /** The config's top-level account. */
  account?: string;
}

/** The named placeholders. */
export const NAMED_PLACEHOLDERS = ['name', 'dir', 'account'] as const;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Checks the placeholders of a template against a pattern with `wildcards` captures. Returns the problem, or
 * undefined when the template is fine.
 */
export function checkPlaceholders(
  text: string,
  wildcards: number,
  pattern: string,
  hasAccount: boolean,
): string | undefined {
  const stray = text.replace(PLACEHOLDER, '').match(/[{}]/);
  if (stray) return `"${text}" has an unmatched ${stray[0]}`;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n === 0) return `{0} is not a capture; captures count from {1}`;
      if (n > wildcards) {
        return wildcards === 0
          ? `{${n}} refers to a wildcard, but "${pattern}" has none`
          : `{${n}} refers to wildcard ${n}, but "${pattern}" has ${wildcards} (${wildcards === 1 ? '{1}' : `{1} to {${wildcards}}`})`;
      }
    } else if (name === 'account') {
      if (!hasAccount) return '{account} needs the top-level account: set account: "111122223333"';
    } else if (!(NAMED_PLACEHOLDERS as readonly string[]).includes(name)) {
      return `unknown placeholder {${name}} (use {1}, {2}, … for the wildcards of file, {name}, {dir} or {account})`;
    }
  }
  return undefined;
}

/** True when the text has placeholders. */
export function hasPlaceholders(text: string): boolean {
  return /\{[^{}]*\}/.test(text);
}

/** The file name without its `.json` extension. */
export function fileStem(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.replace(/\.json$/i, '');
}

/** The name of the file's directory, or undefined for a file at the repository root. */
export function parentDirName(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return undefined;
  const dir = path.slice(0, slash);
  return dir.slice(dir.lastIndexOf('/') + 1);
}

/**
 * Replaces the placeholders of a checked template. Returns the problem as `{ problem }` when a placeholder has no
 * value for this file (`{dir}` of a root file).
 */
export function expandTemplate(text: string, context: TemplateContext): { value: string } | { problem: string } {
  let problem: string | undefined;
  const value = text.replace(PLACEHOLDER, (_whole, name: string) => {
    if (/^\d+$/.test(name)) return context.captures[Number(name) - 1] ?? '';
    if (name === 'name') return fileStem(context.path);
    if (name === 'dir') {
      const dir = parentDirName(context.path);
      if (dir === undefined) problem = `{dir} has no value: ${context.path} is at the repository root`;
      return dir ?? '';
    }
    if (name === 'account') return context.account ?? '';
    return '';
  });
  return problem === undefined ? { value } : { problem };
}

// ---- Value checks. Each returns the problem, or undefined when the value is valid. ----

const IAM_NAME = /^[\w+=,.@-]+$/;

/** The longest name IAM accepts for each kind. */
const NAME_LIMITS = { user: 64, group: 128, role: 64, policy: 128 } as const;

/** Checks an IAM user, group, role or policy name. */
export function checkIamName(value: string, kind: keyof typeof NAME_LIMITS): string | undefined {
  const what = kind === 'policy' ? 'a policy name' : `an IAM ${kind} name`;
  if (value.length === 0) return `is empty, which is not ${what}`;
  if (value.length > NAME_LIMITS[kind]) return `"${value}" is longer than ${NAME_LIMITS[kind]} characters`;
  if (!IAM_NAME.test(value)) {
    return `"${value}" is not ${what} (letters, digits and + = , . @ _ - only)`;
  }
  return undefined;
}

/** Checks a 12-digit account id. */
export function checkAccountId(value: string): string | undefined {
  return /^\d{12}$/.test(value) ? undefined : `"${value}" is not a 12-digit account id`;
}

const PARTITIONS = /^aws(-[a-z]+)*$/;

/** The parts of an IAM ARN, or the problem. */
export type IamArnParts = { accountId: string; type: string; name: string; partition: string } | { problem: string };

/** Splits an IAM ARN `arn:PARTITION:iam::ACCOUNT:TYPE/[PATH/]NAME`. */
export function splitIamArn(value: string): IamArnParts {
  const match = /^arn:([^:]+):iam::([^:]*):([a-z-]+)\/(.+)$/.exec(value);
  if (!match) return { problem: `"${value}" is not an IAM ARN (arn:aws:iam::111122223333:TYPE/NAME)` };
  const [, partition, accountId, type, rest] = match;
  if (!PARTITIONS.test(partition)) return { problem: `"${value}": "${partition}" is not an AWS partition` };
  return { partition, accountId, type, name: rest.slice(rest.lastIndexOf('/') + 1) };
}

/** Checks a customer managed policy ARN; returns its name. */
export function checkManagedPolicyArn(value: string): { name: string; accountId: string } | { problem: string } {
  const parts = splitIamArn(value);
  if ('problem' in parts) {
    return { problem: parts.problem.replace('TYPE/NAME', 'policy/NAME') };
  }
  if (parts.type !== 'policy') return { problem: `"${value}" is not a policy ARN (…:policy/NAME)` };
  if (parts.accountId === 'aws') {
    return { problem: `"${value}" is an AWS managed policy, which a file cannot define` };
  }
  const account = checkAccountId(parts.accountId);
  if (account) return { problem: `"${value}": ${account}` };
  const name = checkIamName(parts.name, 'policy');
  if (name) return { problem: `"${value}": the policy name ${name}` };
  return { name: parts.name, accountId: parts.accountId };
}

/** Checks a user, group or role ARN against the kinds a mapping accepts. */
export function checkEntityArn(
  value: string,
  kinds: readonly ('user' | 'group' | 'role')[],
): { kind: 'user' | 'group' | 'role'; name: string; accountId: string } | { problem: string } {
  const parts = splitIamArn(value);
  const list = kinds.join(' or ');
  if ('problem' in parts) return { problem: parts.problem.replace('TYPE', kinds[0]) };
  const kind = kinds.find((k) => k === parts.type);
  if (!kind) return { problem: `"${value}" is not a ${list} ARN` };
  const account = checkAccountId(parts.accountId);
  if (account) return { problem: `"${value}": ${account}` };
  const name = checkIamName(parts.name, kind);
  if (name) return { problem: `"${value}": the ${kind} name ${name}` };
  return { kind, name: parts.name, accountId: parts.accountId };
}

/** Checks an Organizations policy id (`p-` and 8 to 128 letters, digits or underscores). */
export function checkPolicyId(value: string): string | undefined {
  return /^p-[0-9a-zA-Z_]{8,128}$/.test(value)
    ? undefined
    : `"${value}" is not an Organizations policy id (p- and 8 to 128 letters, digits or _, as in p-abcd1234)`;
}

/** Checks an SCP or RCP name. */
export function checkOrgPolicyName(value: string): string | undefined {
  if (value.length === 0) return 'is empty, which is not a policy name';
  return value.length > 128 ? `"${value}" is longer than 128 characters` : undefined;
}

/** Checks a policy target: a root (`r-…`), an OU (`ou-…-…`) or an account id. */
export function checkOrgTarget(value: string): string | undefined {
  if (/^r-[0-9a-z]{4,32}$/.test(value) || /^ou-[0-9a-z]{4,32}-[0-9a-z]{4,32}$/.test(value) || /^\d{12}$/.test(value))
    return undefined;
  return `"${value}" is not a root (r-…), OU (ou-…-…) or 12-digit account id`;
}
