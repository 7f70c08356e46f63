/**
 * Runs the CLI's `main` with in-memory I/O: files can be given as JSON values, written files are captured, and the
 * live AWS reader is the real one unless replaced (tests point it at the loopback fake through its options).
 */
import { readLiveSnapshot, type LiveSnapshotOptions } from '../../src/adapters/aws/live-snapshot-reader.js';
import { createSimulatorBackend } from '../../src/adapters/aws/simulator-backend.js';
import type { AwsClientConfig } from '../../src/adapters/aws/aws-client-factory.js';
import { rcpAppliesToService } from '../../src/core/catalog/aws-catalog.js';
import { loadInventoryFiles } from '../../src/adapters/files/inventory-files.js';
import { readJsonFile, readTextFileIfExists } from '../../src/adapters/files/read-json-file.js';
import { gitRevisionSnapshot, workingTreeSnapshot } from '../../src/adapters/git/git-file-snapshot.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';

/** What a CLI run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

/** Options of {@link runCli}. */
export interface CliHarness {
  /** Files served to readJson by path, instead of the disk. */
  files?: Record<string, unknown>;
  /** Merged into every live read's options (for example the fake endpoint's client config). */
  live?: Partial<LiveSnapshotOptions>;
  /** The client config of the aws backend (for example the fake endpoint). */
  aws?: AwsClientConfig;
  /** A fixed clock (the reports' generatedAt and acceptance expiry). */
  now?: Date;
}

/** Runs `iam-impact ARGV` in-process. */
export async function runCli(argv: string[], harness: CliHarness = {}): Promise<CliRun> {
  const run: CliRun = { code: -1, stdout: '', stderr: '', written: new Map() };
  const io: CliIo = {
    readJson: async (path) => (harness.files && path in harness.files ? harness.files[path] : readJsonFile(path)),
    writeText: async (path, text) => {
      run.written.set(path, text);
    },
    loadInventory: loadInventoryFiles,
    readText: readTextFileIfExists,
    revisionSnapshot: gitRevisionSnapshot,
    workingTreeSnapshot,
    createAwsBackend: () => createSimulatorBackend({ clients: harness.aws ?? {}, rcpAppliesToService }),
    readLiveSnapshot: (options) => readLiveSnapshot({ ...options, ...harness.live }),
    stdout: (t) => (run.stdout += t),
    stderr: (t) => (run.stderr += t),
  };
  const now = harness.now;
  if (now) io.now = () => now;
  run.code = await main(argv, io);
  return run;
}
