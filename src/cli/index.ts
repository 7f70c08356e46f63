/** The `iam-impact` executable: wires the CLI to the real process and files. */
import { readLiveSnapshot } from '../adapters/aws/live-snapshot-reader.js';
import { createSimulatorBackend } from '../adapters/aws/simulator-backend.js';
import { rcpAppliesToService } from '../core/catalog/aws-catalog.js';
import { loadInventoryFiles } from '../adapters/files/inventory-files.js';
import { readJsonFile, readTextFileIfExists, writeTextFile } from '../adapters/files/read-json-file.js';
import { gitRevisionSnapshot, workingTreeSnapshot } from '../adapters/git/git-file-snapshot.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  readJson: readJsonFile,
  writeText: writeTextFile,
  readText: readTextFileIfExists,
  revisionSnapshot: gitRevisionSnapshot,
  workingTreeSnapshot,
  loadInventory: loadInventoryFiles,
  readLiveSnapshot,
  createAwsBackend: () => createSimulatorBackend({ clients: {}, rcpAppliesToService }),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
});
