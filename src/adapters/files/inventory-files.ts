/**
 * Loads `--inventory PATH...` snapshot files, in any mix of the accepted formats (see
 * src/core/inventory/snapshot-format.ts), into one inventory. A directory loads every `.json` file in it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import {
  buildInventory,
  readSnapshot,
  type PolicyCache,
  type SnapshotPart,
} from '../../core/inventory/load-snapshot.js';
import type { Inventory } from '../../core/inventory/types.js';
import { readJsonFile } from './read-json-file.js';

async function expand(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`${path}: no such file or directory`, 'check the --inventory path');
  }
  if (!info.isDirectory()) return [path];
  const files = (await readdir(path)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new UserError(`${path}: the directory holds no .json snapshot file`);
  return files.map((f) => join(path, f));
}

/** Reads and merges snapshot files; every error names the file and the JSON path. */
export async function loadInventoryFiles(
  paths: readonly string[],
): Promise<{ inventory: Inventory; parts: SnapshotPart[] }> {
  if (paths.length === 0)
    throw new UserError('no inventory file was given', 'pass --inventory PATH (a snapshot file or directory)');
  const cache: PolicyCache = new Map();
  const parts: SnapshotPart[] = [];
  for (const path of paths) {
    for (const file of await expand(path)) parts.push(readSnapshot(await readJsonFile(file), file, cache));
  }
  return { inventory: buildInventory(parts), parts };
}
