/**
 * The per-document part of an action's signature, computed once per document object.
 *
 * A document is a list of slots: each pattern of an `Action` list; each pattern of a `NotAction` list plus one
 * "covered" slot for the actions the list misses (granularity `pattern`); or one slot per statement for what its
 * Action/NotAction covers (granularity `statement`). Two actions have the same signature within the document when
 * the same slots match them. The index partitions the catalog by that signature once: a dense class number per
 * action (0 when no slot matches), stored sparsely for the actions some slot matches. Combining documents for a
 * principal is then one lookup per (candidate, document) pair.
 */
import type { PolicyDocument } from '../../policy/types.js';
import {
  actionListKey,
  actionTable,
  cacheStats,
  listTest,
  patternMatches,
  patternTest,
  statementCoverage,
} from './action-table.js';

/** How finely a signature tells statements apart. */
export type Granularity = 'pattern' | 'statement';

interface Slot {
  /** The catalog ids the slot matches, ascending. */
  readonly ids: Int32Array;
  /** Whether the slot matches a lower-cased action (for actions outside the catalog). */
  readonly test: (folded: string) => boolean;
}

/** A document's signature classes. */
export interface DocumentIndex {
  /** Catalog ids some slot matches, ascending. */
  readonly ids: Int32Array;
  /** The class (≥ 1) of each of those ids. */
  readonly classes: Int32Array;
  /** True when every catalog action is in class 1 (`Action: *`, FullAWSAccess): the document splits no catalog actions. */
  readonly uniform: boolean;
  /** The class of an action by id (0 when no slot matches); computed lazily for actions outside the catalog. */
  classOf(id: number): number;
}

function slotsOf(document: PolicyDocument, granularity: Granularity): Slot[] {
  const slots: Slot[] = [];
  for (const statement of document.statements) {
    if (granularity === 'statement') {
      const c = statementCoverage(statement);
      slots.push({ ids: c.ids, test: c.covers });
      continue;
    }
    const patterns = statement.actions ?? statement.notActions ?? [];
    for (const pattern of patterns) {
      const folded = pattern.toLowerCase();
      slots.push({ ids: patternMatches(folded), test: patternTest(folded) });
    }
    if (statement.notActions) {
      const inList = listTest(statement.notActions);
      slots.push({ ids: statementCoverage(statement).ids, test: (folded) => !inList(folded) });
    }
  }
  return slots;
}

function buildIndex(document: PolicyDocument, granularity: Granularity): DocumentIndex {
  const t = actionTable();
  const slots = slotsOf(document, granularity);
  // Partition refinement: each slot splits every class it meets into its members and the rest.
  const classOf = new Int32Array(t.catalogSize);
  const keys: string[] = [''];
  const remap = new Map<number, number>();
  for (let s = 0; s < slots.length; s++) {
    remap.clear();
    for (const id of slots[s].ids) {
      const old = classOf[id];
      let next = remap.get(old);
      if (next === undefined) {
        next = keys.length;
        keys.push(old === 0 ? String(s) : `${keys[old]},${s}`);
        remap.set(old, next);
      }
      classOf[id] = next;
    }
  }
  let count = 0;
  for (let id = 0; id < t.catalogSize; id++) if (classOf[id] !== 0) count++;
  const ids = new Int32Array(count);
  const classes = new Int32Array(count);
  // Renumber densely in order of first appearance, so class numbers stay small.
  const dense = new Map<number, number>();
  const keyToClass = new Map<string, number>();
  for (let id = 0, i = 0; id < t.catalogSize; id++) {
    const c = classOf[id];
    if (c === 0) continue;
    let d = dense.get(c);
    if (d === undefined) {
      d = dense.size + 1;
      dense.set(c, d);
      keyToClass.set(keys[c], d);
    }
    ids[i] = id;
    classes[i++] = d;
  }
  const extra = new Map<number, number>();
  let nextClass = dense.size + 1;
  const classOfId = (id: number): number => {
    if (id < t.catalogSize) {
      // Binary search in the sparse arrays.
      let lo = 0;
      let hi = ids.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = ids[mid];
        if (v === id) return classes[mid];
        if (v < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    }
    let c = extra.get(id);
    if (c === undefined) {
      const folded = t.lower[id];
      const matched: number[] = [];
      for (let s = 0; s < slots.length; s++) if (slots[s].test(folded)) matched.push(s);
      if (matched.length === 0) c = 0;
      else {
        const key = matched.join(',');
        c = keyToClass.get(key);
        if (c === undefined) {
          c = nextClass++;
          keyToClass.set(key, c);
        }
      }
      extra.set(id, c);
    }
    return c;
  };
  cacheStats.documentsIndexed++;
  const uniform = count === t.catalogSize && dense.size === 1;
  return { ids, classes, uniform, classOf: classOfId };
}

const indexes: Record<Granularity, WeakMap<PolicyDocument, DocumentIndex>> = {
  pattern: new WeakMap(),
  statement: new WeakMap(),
};

/** Indexes by the documents' action lists: equal lists give equal indexes, whichever object holds them. */
const indexesByKey: Record<Granularity, Map<string, DocumentIndex>> = { pattern: new Map(), statement: new Map() };

/**
 * The signature index of a document, cached per document object and granularity, and shared between documents whose
 * statements name the same actions (an inline policy repeated on many principals is one document per principal).
 */
export function documentIndex(document: PolicyDocument, granularity: Granularity): DocumentIndex {
  const cache = indexes[granularity];
  let index = cache.get(document);
  if (!index) {
    const key = document.statements.map(actionListKey).join('\u0000');
    index = indexesByKey[granularity].get(key);
    if (!index) {
      index = buildIndex(document, granularity);
      indexesByKey[granularity].set(key, index);
    }
    cache.set(document, index);
  }
  return index;
}
