/**
 * `npm run bench:inventory`: the time and peak memory to load and index a synthetic organization of 100 accounts
 * and 100,000 principals built from the AWS managed-policy corpus.
 *
 * The organization is written as one full snapshot file (the format `--inventory` reads), then a child process
 * loads it: JSON.parse, validation and normalization (`readSnapshot`, `buildInventory`), and indexing (every
 * principal's effective policies and SCP/RCP path through `InventoryIndex`). The child reports its own wall time per
 * phase and its peak RSS, so the memory figure is the load's, not the generator's.
 *
 * Options: --accounts N (100), --principals N (100000), --keep (keep the generated file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrganization } from './synthetic-org.js';

interface Options {
  accounts: number;
  principals: number;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { accounts: 100, principals: 100_000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--accounts' || arg === '--principals') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} takes a positive whole number`);
      options[arg === '--accounts' ? 'accounts' : 'principals'] = value;
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** The child: loads the file and reports phase times and peak RSS as one JSON line. */
async function load(file: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { readSnapshot, buildInventory } = await import('../src/core/inventory/load-snapshot.js');
  const { InventoryIndex } = await import('../src/core/inventory/inventory-index.js');
  const t0 = process.hrtime.bigint();
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const t1 = process.hrtime.bigint();
  const inventory = buildInventory([readSnapshot(json, file)]);
  const t2 = process.hrtime.bigint();
  const index = new InventoryIndex(inventory);
  let identityPolicies = 0;
  let missing = 0;
  const principals = index.principals();
  for (const principal of principals) {
    const derived = index.policiesOf(principal);
    identityPolicies += derived.identity.length;
    missing += derived.missing.length;
    index.rcpPath(principal.accountId);
  }
  const t3 = process.hrtime.bigint();
  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  process.stdout.write(
    JSON.stringify({
      readMs: ms(t0, t1),
      normalizeMs: ms(t1, t2),
      indexMs: ms(t2, t3),
      totalMs: ms(t0, t3),
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
      principals: principals.length,
      managedPolicies: inventory.managedPolicies.size,
      identityPolicies,
      missing,
    }) + '\n',
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === '--load') return load(process.argv[3]);
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-bench-'));
  const file = join(dir, 'org-snapshot.json');
  const g0 = Date.now();
  const { snapshot, stats } = generateOrganization(options);
  writeFileSync(file, JSON.stringify(snapshot));
  const generateMs = Date.now() - g0;
  const size = statSync(file).size;
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--load', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  if (!options.keep) rmSync(dir, { recursive: true, force: true });

  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log('iam-impact inventory benchmark');
  console.log(
    `  node ${process.version}, ${stats.accounts} accounts, ${fmt(stats.principals)} principals, ${fmt(stats.inlinePolicies)} inline policies`,
  );
  console.log(
    `  snapshot file: ${(size / 2 ** 20).toFixed(1)} MiB (generated in ${fmt(generateMs)} ms${options.keep ? `, kept at ${file}` : ''})`,
  );
  console.log(`  read + JSON.parse      ${fmt(result.readMs)} ms`);
  console.log(`  validate + normalize   ${fmt(result.normalizeMs)} ms`);
  console.log(
    `  index all principals   ${fmt(result.indexMs)} ms (${fmt(result.identityPolicies)} identity policy links, ${result.missing} missing)`,
  );
  console.log(`  total load and index   ${fmt(result.totalMs)} ms (target < 10,000 ms)`);
  console.log(
    `  peak RSS               ${fmt(result.peakRssMiB)} MiB (target < 2,048 MiB); heap after load ${fmt(result.heapUsedMiB)} MiB`,
  );
  console.log(
    JSON.stringify({
      accounts: stats.accounts,
      principals: result.principals,
      totalMs: Math.round(result.totalMs),
      peakRssMiB: Math.round(result.peakRssMiB),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:inventory failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
