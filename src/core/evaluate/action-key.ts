/**
 * Interned actions. A decision looks its action up in every layer; interning turns those lookups into array
 * indexing by a small integer, and folds the action's case once per distinct spelling instead of once per decision.
 */

/** An action, folded and numbered. */
export interface ActionKey {
  /** The action in lower case, as matched against patterns. */
  readonly lower: string;
  /** The service prefix in lower case. */
  readonly service: string;
  /** A dense id, the same for every spelling of one action. */
  readonly id: number;
}

const bySpelling = new Map<string, ActionKey>();
const byLower = new Map<string, ActionKey>();

/**
 * The key of an action. Ids are never reused: the table grows with the number of distinct actions seen, which the
 * AWS catalog bounds at about 22,000 (plus case variants of them).
 */
export function actionKey(action: string): ActionKey {
  let key = bySpelling.get(action);
  if (key) return key;
  const lower = action.toLowerCase();
  key = byLower.get(lower);
  if (!key) {
    const colon = lower.indexOf(':');
    key = { lower, service: colon < 0 ? lower : lower.slice(0, colon), id: byLower.size };
    byLower.set(lower, key);
  }
  bySpelling.set(action, key);
  return key;
}
