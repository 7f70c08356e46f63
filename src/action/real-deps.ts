/**
 * The action's real ports: `@actions/core` for inputs, the log, outputs and the job summary; the files, git and AWS
 * adapters the CLI uses; the GitHub REST adapter for the comment. Nothing here decides anything.
 */
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { probeAwsCredentials } from '../adapters/aws/credential-probe.js';
import { readLiveSnapshot } from '../adapters/aws/live-snapshot-reader.js';
import { createSimulatorBackend } from '../adapters/aws/simulator-backend.js';
import { globFiles } from '../adapters/files/glob-files.js';
import { loadInventoryFiles } from '../adapters/files/inventory-files.js';
import { readJsonFile, readTextFileIfExists, writeTextFile } from '../adapters/files/read-json-file.js';
import { fetchCommit, hasCommit, headCommit } from '../adapters/git/git-commits.js';
import { gitRevisionSnapshot, repositoryRoot, workingTreeSnapshot } from '../adapters/git/git-file-snapshot.js';
import { upsertPullRequestComment } from '../adapters/github/pr-comment.js';
import { rcpAppliesToService } from '../core/catalog/aws-catalog.js';
import type { ActionDeps, AnnotationPlace, PathKind } from './action-deps.js';

async function pathKind(path: string): Promise<PathKind> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}

function properties(place: AnnotationPlace | undefined): core.AnnotationProperties {
  return place ? { ...place } : {};
}

/** The ports of a real run on a runner. */
export function realDeps(): ActionDeps {
  const env = process.env;
  return {
    env,
    cwd: process.cwd(),
    getInput: (name) => core.getInput(name),
    readEvent: async () => {
      const path = env.GITHUB_EVENT_PATH;
      const payload = path && (await pathKind(path)) === 'file' ? await readJsonFile(path) : {};
      return { name: env.GITHUB_EVENT_NAME ?? '', payload };
    },
    log: {
      info: (message) => core.info(message),
      debug: (message) => core.debug(message),
      notice: (message, place) => core.notice(message, properties(place)),
      warning: (message, place) => core.warning(message, properties(place)),
      error: (message, place) => core.error(message, properties(place)),
    },
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      // Outside a runner (a local try-out) there is no job summary; the same Markdown is in summary.md.
      if (!env.GITHUB_STEP_SUMMARY) return core.info('iam-impact: GITHUB_STEP_SUMMARY is not set: no job summary');
      await core.summary.addRaw(markdown).write();
    },
    setFailed: (message) => core.setFailed(message),
    files: {
      readText: readTextFileIfExists,
      readJson: readJsonFile,
      writeText: writeTextFile,
      kind: pathKind,
      glob: globFiles,
      loadInventory: loadInventoryFiles,
      tempDir: () => tmpdir(),
    },
    git: {
      revisionSnapshot: gitRevisionSnapshot,
      workingTreeSnapshot,
      root: repositoryRoot,
      hasCommit,
      fetchCommit,
      headCommit,
    },
    aws: {
      readLiveSnapshot,
      createBackend: ({ memberRoleName }) =>
        createSimulatorBackend({ clients: {}, rcpAppliesToService, ...(memberRoleName ? { memberRoleName } : {}) }),
      probeCredentials: probeAwsCredentials,
    },
    upsertComment: upsertPullRequestComment,
    now: () => new Date(),
  };
}
