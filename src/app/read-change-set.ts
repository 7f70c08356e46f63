/**
 * Builds the one change set a pull request describes, from every source it uses: policy files mapped by the config
 * file (compared between the base revision and the working tree) and a Terraform plan. Shared by the CLI and the
 * action; the I/O comes in through {@link ChangeSourcePorts}.
 */
import { isAbsolute, join } from 'node:path';
import type { ChangeSet } from '../core/changes/change-set.js';
import { DEFAULT_CONFIG_FILE, type IamImpactConfig } from '../core/changes/config/config-types.js';
import type { FileSnapshot } from '../core/changes/config/file-snapshot.js';
import { parseConfig } from '../core/changes/config/parse-config.js';
import { readPolicyFileChanges } from '../core/changes/config/policy-file-changes.js';
import { readTerraformPlan } from '../core/changes/terraform/read-terraform-plan.js';
import { UserError } from '../core/errors.js';
import type { Inventory } from '../core/inventory/types.js';

/** The I/O the change-set reader needs. */
export interface ChangeSourcePorts {
  /** Reads a file as text, or `undefined` when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  /** Reads and parses a JSON file (the Terraform plan); failures are UserErrors naming the file. */
  readJson(path: string): Promise<unknown>;
  /** The files of the repository at a revision. */
  revisionSnapshot(repoDir: string, rev: string): Promise<FileSnapshot>;
  /** The files of the working tree. */
  workingTreeSnapshot(repoDir: string): Promise<FileSnapshot>;
}

/** What to read. */
export interface ChangeSourceOptions {
  /** The repository's directory. */
  repoDir: string;
  /** The config file, relative to the repository; default `.github/iam-impact.yml` when it exists. */
  configFile?: string;
  /** The base revision the working tree is compared with (default `HEAD`). */
  base?: string;
  /** A `terraform show -json` file. */
  terraformPlan?: string;
  /** What exists now (resolves names, exclusive Terraform resources and drift). */
  inventory?: Inventory;
  /** The account a Terraform plan applies to, when the inventory holds several. */
  accountId?: string;
}

/** The change set and the config it was read with. */
export interface ChangeSetResult {
  changeSet: ChangeSet;
  config?: IamImpactConfig;
  configFile?: string;
}

/** Reads every change source and merges them, policy files first. */
export async function readChangeSet(options: ChangeSourceOptions, ports: ChangeSourcePorts): Promise<ChangeSetResult> {
  const result: ChangeSetResult = { changeSet: { changes: [], warnings: [] } };
  const configFile = options.configFile ?? DEFAULT_CONFIG_FILE;
  const configText = await ports.readText(isAbsolute(configFile) ? configFile : join(options.repoDir, configFile));
  if (configText === undefined && options.configFile !== undefined) {
    throw new UserError(
      `${configFile}: no such config file`,
      `create it (see docs/config.md) or pass the right --config path`,
    );
  }
  if (configText === undefined && options.terraformPlan === undefined) {
    throw new UserError(
      `nothing to read: no config file at ${DEFAULT_CONFIG_FILE} and no Terraform plan`,
      'pass --config FILE to map policy files, and/or --terraform-plan FILE (terraform show -json output)',
    );
  }
  if (configText !== undefined) {
    const config = parseConfig(configText, configFile);
    result.config = config;
    result.configFile = configFile;
    if (config.policies.length > 0) {
      const [base, head] = await Promise.all([
        ports.revisionSnapshot(options.repoDir, options.base ?? 'HEAD'),
        ports.workingTreeSnapshot(options.repoDir),
      ]);
      const files = readPolicyFileChanges({ config, configFile, base, head, inventory: options.inventory });
      result.changeSet.changes.push(...files.changes);
      result.changeSet.warnings.push(...files.warnings);
    }
  }
  if (options.terraformPlan !== undefined) {
    const plan = await ports.readJson(options.terraformPlan);
    const fromPlan = readTerraformPlan(plan, {
      source: options.terraformPlan,
      inventory: options.inventory,
      accountId: options.accountId ?? result.config?.account,
    });
    result.changeSet.changes.push(...fromPlan.changes);
    result.changeSet.warnings.push(...fromPlan.warnings);
  }
  return result;
}
