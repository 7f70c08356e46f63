/**
 * The CLI's ports, injected so that tests run commands without spawning processes and point the live reader at a
 * loopback fake AWS endpoint.
 */
import type { LiveSnapshotOptions, LiveSnapshotResult } from '../adapters/aws/live-snapshot-reader.js';
import type { ChangeSourcePorts } from '../app/read-change-set.js';
import type { EvaluationBackend } from '../core/impact/backend.js';
import type { SnapshotPart } from '../core/inventory/load-snapshot.js';
import type { Inventory } from '../core/inventory/types.js';

export interface CliIo extends ChangeSourcePorts {
  /** Reads and parses a JSON file; failures are UserErrors naming the file. */
  readJson(path: string): Promise<unknown>;
  /** Writes a text file (creating its directory); failures are UserErrors naming the file. */
  writeText(path: string, text: string): Promise<void>;
  /** Loads `--inventory` snapshot files (or directories of them) into one inventory. */
  loadInventory(paths: readonly string[]): Promise<{ inventory: Inventory; parts: SnapshotPart[] }>;
  /** The IAM policy simulator backend (credentials from the standard chain). */
  createAwsBackend(): EvaluationBackend;
  /** Reads the live AWS inventory. */
  readLiveSnapshot(options: LiveSnapshotOptions): Promise<LiveSnapshotResult>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** True when standard error is a terminal, where a live progress display may redraw its line. */
  stderrIsTerminal?: boolean;
  /** The clock of reports and acceptance expiry; default the system clock (tests pin it). */
  now?(): Date;
}
