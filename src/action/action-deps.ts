/**
 * The GitHub Action's ports: everything `run(deps)` reads from or does to the world. The real implementations are in
 * real-deps.ts; tests pass fakes, so that `run` is tested without module mocks (jest cannot hoist `jest.mock` in ES
 * modules).
 */
import type { LiveSnapshotOptions, LiveSnapshotResult } from '../adapters/aws/live-snapshot-reader.js';
import type { CredentialProbe } from '../adapters/aws/credential-probe.js';
import type { CommentMode, CommentResult, PullRequestCommentTarget } from '../adapters/github/pr-comment.js';
import type { FileSnapshot } from '../core/changes/config/file-snapshot.js';
import type { EvaluationBackend } from '../core/impact/backend.js';
import type { SnapshotPart } from '../core/inventory/load-snapshot.js';
import type { Inventory } from '../core/inventory/types.js';

/** Where an annotation points, as `@actions/core` takes it. */
export interface AnnotationPlace {
  /** The annotation's title. */
  title?: string;
  /** The file, relative to the workspace. */
  file?: string;
  /** The 1-based line. */
  startLine?: number;
}

/** The workflow log: plain lines and annotations (`core.info`, `core.error`, …). */
export interface ActionLog {
  info(message: string): void;
  /** Shown only when step debug logging is on. */
  debug(message: string): void;
  notice(message: string, place?: AnnotationPlace): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
}

/** The event that triggered the workflow. */
export interface ActionEvent {
  /** `GITHUB_EVENT_NAME`, for example `pull_request`. */
  name: string;
  /** The parsed JSON at `GITHUB_EVENT_PATH` (`{}` when there is none). */
  payload: unknown;
}

/** What a path is on disk. */
export type PathKind = 'file' | 'directory' | 'other' | undefined;

/** Files. Read failures are UserErrors that name the file. */
export interface ActionFiles {
  /** A file's text, or `undefined` when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  /** A parsed JSON file (the Terraform plan). */
  readJson(path: string): Promise<unknown>;
  /** Writes a file, creating its directory. */
  writeText(path: string, text: string): Promise<void>;
  /** What is at `path`, or `undefined` when nothing is. */
  kind(path: string): Promise<PathKind>;
  /**
   * The files an absolute glob pattern matches (the config's glob syntax: `*`, `**`, `?`, `[…]`, `{a,b}`), sorted;
   * empty when none does. A malformed pattern is a UserError.
   */
  glob(pattern: string): Promise<string[]>;
  /** Loads inventory snapshot files (or directories of them). */
  loadInventory(paths: readonly string[]): Promise<{ inventory: Inventory; parts: SnapshotPart[] }>;
  /** A directory for the report files when `RUNNER_TEMP` is not set (outside a runner). */
  tempDir(): string;
}

/** The git repository. */
export interface ActionGit {
  /** The files of a revision. */
  revisionSnapshot(repoDir: string, rev: string): Promise<FileSnapshot>;
  /** The files of the working tree. */
  workingTreeSnapshot(repoDir: string): Promise<FileSnapshot>;
  /** The repository's top-level directory. */
  root(repoDir: string): Promise<string>;
  /** Whether a revision names a commit the checkout has. */
  hasCommit(repoDir: string, rev: string): Promise<boolean>;
  /** `git fetch --no-tags --depth=1 origin SHA`. */
  fetchCommit(repoDir: string, sha: string): Promise<{ ok: boolean; detail: string }>;
  /** The commit checked out. */
  headCommit(repoDir: string): Promise<string | undefined>;
}

/** AWS. */
export interface ActionAws {
  /** Reads the live inventory. */
  readLiveSnapshot(options: LiveSnapshotOptions): Promise<LiveSnapshotResult>;
  /** The IAM policy simulator backend. */
  createBackend(options: { memberRoleName?: string }): EvaluationBackend;
  /** Whether the SDK's default credential chain resolves credentials. */
  probeCredentials(): Promise<CredentialProbe>;
}

/** Every port of the action. */
export interface ActionDeps {
  /** The process environment (`GITHUB_*`, `RUNNER_*`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The directory the step runs in (the workspace); `working-directory` is relative to it. */
  cwd: string;
  /** An input's value as the runner passed it (`INPUT_<NAME>`), trimmed; `''` when not set. */
  getInput(name: string): string;
  /** The triggering event. */
  readEvent(): Promise<ActionEvent>;
  log: ActionLog;
  /** Sets a step output. */
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
  /** Fails the step (exit status 1) with a message; only `run` calls it. */
  setFailed(message: string): void;
  files: ActionFiles;
  git: ActionGit;
  aws: ActionAws;
  /** Creates or updates the pull request comment. */
  upsertComment(
    target: PullRequestCommentTarget,
    body: string,
    marker: string,
    mode: CommentMode,
  ): Promise<CommentResult>;
  /** The clock. */
  now(): Date;
}
