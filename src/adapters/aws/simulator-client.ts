/**
 * One IAM policy simulator call end to end: every page of `SimulatePrincipalPolicy` / `SimulateCustomPolicy`, the
 * decision of each (action, resource) read back with the 2026-07 semantics (one `EvaluationResult` per action, the
 * per-resource decisions in `ResourceSpecificResults`), and its failures turned into errors that say what to do.
 */
import {
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type IAMClient,
  type SimulateCustomPolicyCommandInput,
  type SimulatePolicyResponse,
  type SimulatePrincipalPolicyCommandInput,
} from '@aws-sdk/client-iam';
import { UserError } from '../../core/errors.js';
import type { Decision } from '../../core/evaluate/explanation.js';
import { toUserError } from './aws-errors.js';

/** The page size: the largest IAM allows, so that a call is almost always one request. */
export const SIMULATOR_PAGE_SIZE = 1000;

// A guard against a service that keeps answering IsTruncated: a call has at most a few dozen results, so this many
// pages means a loop.
const MAX_PAGES = 1000;

type Paging = 'ActionNames' | 'ResourceArns' | 'MaxItems' | 'Marker';

/** One simulation: a simulator call without its actions, resources and paging, plus those. */
export type SimulationCall = (
  | { operation: 'SimulatePrincipalPolicy'; input: Omit<SimulatePrincipalPolicyCommandInput, Paging> }
  | { operation: 'SimulateCustomPolicy'; input: Omit<SimulateCustomPolicyCommandInput, Paging> }
) & {
  /**
   * The account whose IAM answers SimulatePrincipalPolicy (the principal's); absent for SimulateCustomPolicy, which
   * goes to the base credentials' account.
   */
  account?: string;
  /** The principal whose requests are simulated, for messages. */
  principalArn: string;
  /** The actions, without wildcards. */
  actions: string[];
  /** The resource ARNs; empty to simulate `*` (ResourceArns omitted). */
  resources: string[];
};

/** The decisions of one call: by lower-cased action, then by resource (`*` when no ARNs were passed). */
export type CallDecisions = Map<string, Map<string, Decision>>;

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);
const INVALID = new Set([
  'InvalidInput',
  'InvalidInputException',
  'PolicyEvaluation',
  'PolicyEvaluationException',
  'MalformedPolicyDocument',
  'MalformedPolicyDocumentException',
  'ValidationError',
]);
const NO_SUCH_ENTITY = new Set(['NoSuchEntity', 'NoSuchEntityException']);

/** The call in a few words, for bug reports: policies are counted, not copied. */
export function describeCall(call: SimulationCall): string {
  const input = call.input as Record<string, unknown>;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key.endsWith('PolicyInputList') && Array.isArray(value)) parts.push(`${key}: ${value.length} document(s)`);
    else if (key === 'OrderedOrganizationPolicyInputList' && Array.isArray(value))
      parts.push(`${key}: ${value.length} level(s)`);
    else parts.push(`${key}: ${JSON.stringify(value)}`);
  }
  parts.push(`ActionNames: ${JSON.stringify(call.actions)}`);
  parts.push(`ResourceArns: ${call.resources.length > 0 ? JSON.stringify(call.resources) : '(omitted: *)'}`);
  return `${call.operation}(${parts.join('; ')})`;
}

/**
 * The error to throw for a failed simulator call: a denied call is a {@link UserError} naming the action and the
 * alternative (the local backend); a rejected input is a bug of iam-impact and says so, with AWS's message and the
 * call; everything else goes through {@link toUserError}.
 */
export function simulatorError(error: unknown, call: SimulationCall, roleArn?: string): unknown {
  if (error instanceof UserError) return error;
  const sdk = typeof error === 'object' && error !== null ? (error as { name?: string; message?: string }) : {};
  const name = sdk.name ?? '';
  const awsMessage = sdk.message || name || 'no message';
  const action = `iam:${call.operation}`;
  const where = `${call.account ? `account ${call.account}` : "the credentials' account"}${roleArn ? ` (as ${roleArn})` : ''}`;
  if (ACCESS_DENIED.has(name)) {
    return new UserError(
      `${action} was denied in ${where} while simulating ${call.principalArn} (${awsMessage}).`,
      `Grant ${action} to the credentials iam-impact runs with (the aws backend needs iam:SimulatePrincipalPolicy ` +
        'and iam:SimulateCustomPolicy), or use `backend: local` (--backend local): the local engine decides the ' +
        'same requests without calling the simulator.',
    );
  }
  if (NO_SUCH_ENTITY.has(name)) {
    return new UserError(
      `${action}: IAM in ${where} does not know ${call.principalArn} (${awsMessage}).`,
      'The inventory no longer matches the account (read it again), or the credentials are for another account ' +
        '(set the member role so that each principal is simulated in its own account); `backend: local` ' +
        'evaluates the inventory as it is.',
    );
  }
  if (INVALID.has(name)) {
    const bug = new Error(
      `IAM rejected ${action} for ${call.principalArn} (${name}: ${awsMessage}). This is a bug in iam-impact: ` +
        `please report it with this message. The call: ${describeCall(call)}`,
    );
    bug.cause = error;
    return bug;
  }
  return toUserError(error, { service: 'iam', operation: call.operation, account: call.account, roleArn });
}

/**
 * Sends the call, following `Marker` while `IsTruncated`, and returns every `EvaluationResult`. `onRequest` is called
 * before each page request (for the API-call count).
 */
export async function sendSimulation(
  iam: IAMClient,
  call: SimulationCall,
  onRequest: () => void,
  roleArn?: string,
): Promise<EvaluationResult[]> {
  const results: EvaluationResult[] = [];
  let marker: string | undefined;
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) {
      throw new Error(`${call.operation} for ${call.principalArn} was still truncated after ${MAX_PAGES} pages`);
    }
    const paging = {
      ActionNames: call.actions,
      ResourceArns: call.resources.length > 0 ? call.resources : undefined,
      MaxItems: SIMULATOR_PAGE_SIZE,
      Marker: marker,
    };
    onRequest();
    let out: SimulatePolicyResponse;
    try {
      out =
        call.operation === 'SimulatePrincipalPolicy'
          ? await iam.send(new SimulatePrincipalPolicyCommand({ ...call.input, ...paging }))
          : await iam.send(new SimulateCustomPolicyCommand({ ...call.input, ...paging }));
    } catch (error) {
      throw simulatorError(error, call, roleArn);
    }
    results.push(...(out.EvaluationResults ?? []));
    if (!out.IsTruncated) return results;
    if (!out.Marker)
      throw new Error(`${call.operation} for ${call.principalArn} answered IsTruncated without a Marker`);
    marker = out.Marker;
  }
}

function decisionOf(value: string | undefined, call: SimulationCall, what: string): Decision {
  if (value === 'allowed' || value === 'explicitDeny' || value === 'implicitDeny') return value;
  throw new Error(`${call.operation} for ${call.principalArn} returned the decision ${String(value)} for ${what}`);
}

/**
 * The decision of every (action, resource) of the call. With resource ARNs the per-resource decision comes from
 * `ResourceSpecificResults` (matched by `EvalResourceName`); the top-level decision is the most restrictive over the
 * resources, so it is used only when a single resource was passed and no per-resource result came back. Results in
 * the pre-2026-07 form (one result per action and resource, named by `EvalResourceName`) are read too.
 */
export function readDecisions(call: SimulationCall, results: readonly EvaluationResult[]): CallDecisions {
  const byAction = new Map<string, EvaluationResult[]>();
  for (const result of results) {
    const key = (result.EvalActionName ?? '').toLowerCase();
    let list = byAction.get(key);
    if (!list) byAction.set(key, (list = []));
    list.push(result);
  }
  const decisions: CallDecisions = new Map();
  for (const action of call.actions) {
    const key = action.toLowerCase();
    const list = byAction.get(key) ?? [];
    if (list.length === 0) {
      throw new Error(`${call.operation} for ${call.principalArn} returned no result for ${action}`);
    }
    const perResource = new Map<string, Decision>();
    if (call.resources.length === 0) {
      perResource.set('*', decisionOf(list[0].EvalDecision, call, action));
    } else {
      const specific = list.flatMap((r) => r.ResourceSpecificResults ?? []);
      for (const resource of call.resources) {
        const what = `${action} on ${resource}`;
        const match = specific.find((s) => s.EvalResourceName === resource);
        const legacy = list.find((r) => r.EvalResourceName === resource);
        if (match) perResource.set(resource, decisionOf(match.EvalResourceDecision, call, what));
        else if (legacy) perResource.set(resource, decisionOf(legacy.EvalDecision, call, what));
        else if (call.resources.length === 1 && list.length === 1)
          perResource.set(resource, decisionOf(list[0].EvalDecision, call, what));
        else throw new Error(`${call.operation} for ${call.principalArn} returned no result for ${what}`);
      }
    }
    decisions.set(key, perResource);
  }
  return decisions;
}
