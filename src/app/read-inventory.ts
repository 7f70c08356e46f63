/**
 * What exists, for every use case that needs it: snapshot files when paths are given, otherwise a live read from
 * AWS. (`run-plan.ts` does the same inline; the shard and audit use cases share this.)
 */
import type { LiveSnapshotOptions } from '../adapters/aws/live-snapshot-reader.js';
import { buildInventory, readSnapshot } from '../core/inventory/load-snapshot.js';
import type { Inventory } from '../core/inventory/types.js';
import type { PlanPorts } from './run-plan.js';

/** The I/O reading the inventory needs. */
export type InventoryPorts = Pick<PlanPorts, 'loadInventory' | 'readLiveSnapshot' | 'progress'>;

/** Loads the snapshot files, or reads AWS when there are none. */
export async function readInventory(
  paths: readonly string[],
  live: LiveSnapshotOptions | undefined,
  ports: InventoryPorts,
): Promise<Inventory> {
  if (paths.length > 0) {
    ports.progress(`reading the inventory from ${paths.length} path(s)`);
    return (await ports.loadInventory(paths)).inventory;
  }
  ports.progress('reading the inventory from AWS');
  const snapshot = await ports.readLiveSnapshot(live ?? {});
  return buildInventory([readSnapshot(snapshot.snapshot, 'live AWS')]);
}
