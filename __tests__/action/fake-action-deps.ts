/**
 * In-memory ports for `run(deps)` and the action's modules: a workspace of files, a base and a head revision, an
 * inventory, a recording log, outputs, job summary and comment upserter. Nothing touches the disk, git or the
 * network, so these tests need no module mocks.
 */
import { join, resolve } from 'node:path';
import type { ActionDeps, ActionEvent, ActionGit, AnnotationPlace } from '../../src/action/action-deps.js';
import type { CommentMode, CommentResult, PullRequestCommentTarget } from '../../src/adapters/github/pr-comment.js';
import { compileFilePattern, matchFilePattern } from '../../src/core/changes/config/file-glob.js';
import { fileSnapshotOf } from '../../src/core/changes/config/file-snapshot.js';
import { rcpAppliesToService } from '../../src/core/catalog/aws-catalog.js';
import { UserError } from '../../src/core/errors.js';
import { createLocalBackend } from '../../src/core/impact/local-backend.js';
import { buildInventory, readSnapshot } from '../../src/core/inventory/load-snapshot.js';
import type { RawFullSnapshot } from '../../src/core/inventory/snapshot-format.js';

/** The workspace every fake run starts in. */
export const WORKSPACE = '/home/runner/work/infra/infra';
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);

/** One recorded log line or annotation. */
export interface LogEntry {
  level: 'info' | 'debug' | 'notice' | 'warning' | 'error';
  message: string;
  place?: AnnotationPlace;
}

/** One recorded comment call. */
export interface CommentCall {
  target: PullRequestCommentTarget;
  body: string;
  marker: string;
  mode: CommentMode;
}

/** What a fake run recorded. */
export interface FakeRecord {
  log: LogEntry[];
  outputs: Record<string, string>;
  summaries: string[];
  failed: string[];
  written: Map<string, string>;
  comments: CommentCall[];
  fetched: string[];
}

/** What the fake world holds. */
export interface FakeWorld {
  /** Inputs by name (unset ones read as `''`). */
  inputs?: Record<string, string>;
  event?: ActionEvent;
  env?: Record<string, string | undefined>;
  /** The files of the base revision (repository-relative). */
  base?: Record<string, string>;
  /** The files of the working tree (repository-relative); they are also on "disk" under {@link WORKSPACE}. */
  head?: Record<string, string>;
  /** Other files on disk, by path relative to the workspace (plans, snapshots). */
  disk?: Record<string, string>;
  /** The inventory snapshot, served to `inventory` paths and to the live reader alike. */
  snapshot?: RawFullSnapshot;
  /** Whether AWS credentials resolve (default true). */
  credentials?: boolean;
  /** Commits the checkout has (default: every revision). */
  commits?: string[];
  /** Whether `git fetch` of a missing commit succeeds (it then adds the commit). */
  fetchSucceeds?: boolean;
  /** Replaces the comment upserter. */
  upsert?: (call: CommentCall) => Promise<CommentResult>;
  /** The clock (default 2026-11-22). */
  now?: Date;
  /** Replaces git ports. */
  git?: Partial<ActionGit>;
}

/** A pull_request event as GitHub sends it (the fields the action reads, and a few around them). */
export function pullRequestEvent(number = 7, baseSha = BASE_SHA, headSha = HEAD_SHA): ActionEvent {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        title: 'Require MFA',
        base: { ref: 'main', sha: baseSha, repo: { full_name: 'acme/infra' } },
        head: { ref: 'require-mfa', sha: headSha, repo: { full_name: 'acme/infra' } },
      },
      repository: { full_name: 'acme/infra', name: 'infra', owner: { login: 'acme' } },
    },
  };
}

/** The environment a runner gives a step. */
export const RUNNER_ENV: Record<string, string> = {
  GITHUB_REPOSITORY: 'acme/infra',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '4242',
  GITHUB_SHA: 'd'.repeat(40),
  RUNNER_TEMP: '/home/runner/work/_temp',
};

/** Builds the ports and what they record. */
export function fakeDeps(world: FakeWorld = {}): { deps: ActionDeps; record: FakeRecord } {
  const record: FakeRecord = {
    log: [],
    outputs: {},
    summaries: [],
    failed: [],
    written: new Map(),
    comments: [],
    fetched: [],
  };
  const disk = new Map<string, string>();
  for (const [path, text] of Object.entries(world.head ?? {})) disk.set(resolve(WORKSPACE, path), text);
  for (const [path, text] of Object.entries(world.disk ?? {})) disk.set(resolve(WORKSPACE, path), text);
  const commits = world.commits ? new Set(world.commits) : undefined;
  const logTo =
    (level: LogEntry['level']) =>
    (message: string, place?: AnnotationPlace): void => {
      record.log.push(place ? { level, message, place } : { level, message });
    };
  const inventoryOf = () => {
    if (!world.snapshot) throw new UserError('the fake world has no snapshot');
    return buildInventory([readSnapshot(world.snapshot, 'snapshot.json')]);
  };
  let commentId = 100;
  const deps: ActionDeps = {
    env: { ...RUNNER_ENV, ...world.env },
    cwd: WORKSPACE,
    getInput: (name) => world.inputs?.[name] ?? '',
    readEvent: async () => world.event ?? { name: 'workflow_dispatch', payload: {} },
    log: {
      info: logTo('info'),
      debug: logTo('debug'),
      notice: logTo('notice'),
      warning: logTo('warning'),
      error: logTo('error'),
    },
    setOutput: (name, value) => {
      record.outputs[name] = value;
    },
    writeSummary: async (markdown) => {
      record.summaries.push(markdown);
    },
    setFailed: (message) => {
      record.failed.push(message);
    },
    files: {
      readText: async (path) => disk.get(resolve(WORKSPACE, path)),
      readJson: async (path) => {
        const text = disk.get(resolve(WORKSPACE, path));
        if (text === undefined) throw new UserError(`${path}: no such file`, 'check the path');
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new UserError(`${path}: not valid JSON`, 'fix the JSON syntax');
        }
      },
      writeText: async (path, text) => {
        record.written.set(path, text);
      },
      kind: async (path) => {
        const abs = resolve(WORKSPACE, path);
        if (disk.has(abs)) return 'file';
        if (abs === WORKSPACE || [...disk.keys()].some((k) => k.startsWith(`${abs}/`))) return 'directory';
        return undefined;
      },
      // The real adapter's glob syntax (the config's), matched against every file on the fake disk.
      glob: async (pattern) => {
        let compiled;
        try {
          compiled = compileFilePattern(resolve(WORKSPACE, pattern).slice(1));
        } catch (error) {
          throw new UserError(`${pattern}: ${(error as Error).message}`);
        }
        return [...disk.keys()].filter((path) => matchFilePattern(compiled, path.slice(1))).sort();
      },
      loadInventory: async () => ({ inventory: inventoryOf(), parts: [] }),
      tempDir: () => '/tmp',
    },
    git: {
      revisionSnapshot: async () => fileSnapshotOf(world.base ?? {}),
      workingTreeSnapshot: async () => fileSnapshotOf(world.head ?? {}),
      root: async (dir) => dir,
      hasCommit: async (_dir, rev) => !commits || commits.has(rev),
      fetchCommit: async (_dir, sha) => {
        record.fetched.push(sha);
        if (world.fetchSucceeds) commits?.add(sha);
        return world.fetchSucceeds
          ? { ok: true, detail: '' }
          : { ok: false, detail: 'fatal: remote error: not our ref' };
      },
      headCommit: async () => HEAD_SHA,
      ...world.git,
    },
    aws: {
      readLiveSnapshot: async () => {
        if (!world.snapshot) throw new UserError('the fake world has no snapshot');
        return { snapshot: world.snapshot, notes: [], apiCalls: 1 };
      },
      // The exact local engine stands in for the simulator: these tests are about the action, not the backend.
      createBackend: () => createLocalBackend({ rcpAppliesToService }),
      probeCredentials: async () =>
        world.credentials === false
          ? { available: false, detail: 'Could not load credentials from any providers' }
          : { available: true },
    },
    upsertComment: async (target, body, marker, mode) => {
      const call = { target, body, marker, mode };
      record.comments.push(call);
      if (world.upsert) return world.upsert(call);
      commentId++;
      return {
        action: 'created',
        id: commentId,
        url: `https://github.com/acme/infra/pull/${target.issueNumber}#issuecomment-${commentId}`,
      };
    },
    now: () => world.now ?? new Date('2026-11-22T00:00:00Z'),
  };
  return { deps, record };
}

/** The annotations recorded at a level. */
export function annotations(record: FakeRecord, level: LogEntry['level']): LogEntry[] {
  return record.log.filter((e) => e.level === level && e.place !== undefined);
}

/** A path under the runner's temp directory. */
export function tempPath(...parts: string[]): string {
  return join(RUNNER_ENV.RUNNER_TEMP, ...parts);
}
