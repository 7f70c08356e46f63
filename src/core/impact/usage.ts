/**
 * A usage file: the actions each principal really calls, so that they are checked whatever the change mentions.
 * Two forms, keyed by principal ARN, can be mixed in one file:
 *
 * ```json
 * {
 *   "arn:aws:iam::111122223333:user/batch-job": ["s3:PutObject", "s3:GetObject"],
 *   "arn:aws:iam::111122223333:role/deployer": {
 *     "JobStatus": "COMPLETED",
 *     "ServicesLastAccessed": [
 *       { "ServiceNamespace": "s3", "TrackedActionsLastAccessed": [{ "ActionName": "PutObject", "LastAccessedTime": "…" }] }
 *     ]
 *   }
 * }
 * ```
 *
 * The second is the response of `aws iam get-service-last-accessed-details --job-id …` for a job started with
 * `--granularity ACTION_LEVEL` (Access Advisor): an action counts as used when it has a `LastAccessedTime`.
 */
import { UserError } from '../errors.js';

/** Principal ARN → actions it uses. */
export type Usage = ReadonlyMap<string, readonly string[]>;

const PRINCIPAL = /^arn:[^:]+:iam::\d{12}:(user|role)\/.+$/;
const ACTION = /^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/;
const HINT =
  'map each principal ARN to a list of actions ("s3:PutObject") or to an Access Advisor ' +
  'get-service-last-accessed-details response (ACTION_LEVEL granularity); see docs/config.md, "Usage file"';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromAccessAdvisor(value: Record<string, unknown>, where: string): string[] {
  const services = value.ServicesLastAccessed;
  if (!Array.isArray(services)) throw new UserError(`${where}.ServicesLastAccessed: must be a list`, HINT);
  const actions: string[] = [];
  services.forEach((service: unknown, i) => {
    const at = `${where}.ServicesLastAccessed[${i}]`;
    if (!isObject(service) || typeof service.ServiceNamespace !== 'string') {
      throw new UserError(`${at}: must be an object with a ServiceNamespace`, HINT);
    }
    const tracked = service.TrackedActionsLastAccessed ?? [];
    if (!Array.isArray(tracked)) throw new UserError(`${at}.TrackedActionsLastAccessed: must be a list`, HINT);
    tracked.forEach((entry: unknown, j) => {
      if (!isObject(entry) || typeof entry.ActionName !== 'string') {
        throw new UserError(`${at}.TrackedActionsLastAccessed[${j}]: must be an object with an ActionName`, HINT);
      }
      if (entry.LastAccessedTime !== undefined && entry.LastAccessedTime !== null) {
        actions.push(`${service.ServiceNamespace as string}:${entry.ActionName}`);
      }
    });
  });
  return actions;
}

/** Validates a usage file. Errors name the file and the JSON path. */
export function parseUsage(value: unknown, file: string): Usage {
  if (!isObject(value)) throw new UserError(`${file}: a usage file must be a JSON object keyed by principal ARN`, HINT);
  const usage = new Map<string, string[]>();
  for (const [principal, entry] of Object.entries(value)) {
    const where = `${file}: ${JSON.stringify(principal)}`;
    if (!PRINCIPAL.test(principal)) {
      throw new UserError(`${where}: not an IAM user or role ARN`, HINT);
    }
    let actions: string[];
    if (Array.isArray(entry)) {
      actions = entry.map((action: unknown, i) => {
        if (typeof action !== 'string' || !ACTION.test(action)) {
          throw new UserError(
            `${where}[${i}]: ${JSON.stringify(action)} is not an action such as "s3:GetObject"`,
            HINT,
          );
        }
        return action;
      });
    } else if (isObject(entry)) {
      actions = fromAccessAdvisor(entry, where);
    } else {
      throw new UserError(`${where}: must be a list of actions or an Access Advisor response`, HINT);
    }
    usage.set(principal, [...new Set([...(usage.get(principal) ?? []), ...actions])]);
  }
  return usage;
}
