/**
 * Reads the files of a git revision and of the working tree for the change-set builder. Git runs through
 * `execFile` (no shell, so revisions and paths are never interpreted), from the repository's top level, so that
 * every path is repository-relative whatever directory the tool was started in.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { FileSnapshot } from '../../core/changes/config/file-snapshot.js';

/** Git output can be a whole repository's file list or a large policy file. */
const MAX_BUFFER = 512 * 1024 * 1024;

interface GitFailure {
  /** Git's exit code, or the spawn error code (`ENOENT` when git is missing). */
  code: number | string | undefined;
  stderr: string;
}

function runGit(
  cwd: string,
  args: readonly string[],
): Promise<{ ok: true; stdout: string } | ({ ok: false } & GitFailure)> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) resolve({ ok: true, stdout });
        else resolve({ ok: false, code: (error as NodeJS.ErrnoException).code ?? undefined, stderr: String(stderr) });
      },
    );
  });
}

function gitMissing(failure: GitFailure): boolean {
  return failure.code === 'ENOENT';
}

function failureText(failure: GitFailure): string {
  return failure.stderr.trim().split('\n')[0] ?? '';
}

/** Runs git and returns stdout; failures become errors through `explain`. */
async function git(cwd: string, args: readonly string[], explain?: (failure: GitFailure) => UserError | undefined) {
  const result = await runGit(cwd, args);
  if (result.ok) return result.stdout;
  if (gitMissing(result)) {
    throw new UserError(
      'git is not installed or not on the PATH',
      'install git; iam-impact reads the base revision with it',
    );
  }
  const explained = explain?.(result);
  if (explained) throw explained;
  throw new UserError(
    `git ${args.join(' ')} failed in ${cwd}: ${failureText(result) || `exit code ${String(result.code)}`}`,
  );
}

/** The repository's top-level directory. Throws {@link UserError} when the directory is not in a git repository. */
export async function repositoryRoot(repoDir: string): Promise<string> {
  let isDirectory = false;
  try {
    isDirectory = statSync(repoDir).isDirectory();
  } catch {
    // Reported below.
  }
  if (!isDirectory) throw new UserError(`${repoDir}: no such directory`, 'check the repository path');
  const out = await git(repoDir, ['rev-parse', '--show-toplevel'], (failure) =>
    /not a git repository/i.test(failure.stderr)
      ? new UserError(
          `${repoDir} is not a git repository`,
          'run iam-impact in a checkout of the repository (in GitHub Actions, run actions/checkout first)',
        )
      : undefined,
  );
  return out.replace(/\n$/, '');
}

async function isShallow(root: string): Promise<boolean> {
  const result = await runGit(root, ['rev-parse', '--is-shallow-repository']);
  return result.ok && result.stdout.trim() === 'true';
}

/** Resolves a revision to a commit id, or fails saying to fetch it. */
async function resolveCommit(root: string, rev: string): Promise<string> {
  if (rev.length === 0 || rev.startsWith('-')) {
    throw new UserError(
      `"${rev}" is not a git revision`,
      'give a branch, tag or commit, for example --base origin/main',
    );
  }
  const result = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (result.ok) return result.stdout.trim();
  if (gitMissing(result)) {
    throw new UserError(
      'git is not installed or not on the PATH',
      'install git; iam-impact reads the base revision with it',
    );
  }
  const shallow = await isShallow(root);
  throw new UserError(
    `unknown git revision "${rev}": it is not a commit of the repository at ${root}${shallow ? ' (a shallow clone)' : ''}`,
    `check the name, and fetch it (git fetch origin ${rev}); in GitHub Actions, use actions/checkout with fetch-depth: 0`,
  );
}

function splitNul(out: string): string[] {
  return out.split('\0').filter((p) => p.length > 0);
}

/**
 * The files of a revision (`git ls-tree -r`), read on demand (`git cat-file blob REV:path`, which gives the bytes
 * as committed, without textconv filters). The revision is resolved to its commit once, so the snapshot does not
 * move if the branch does.
 */
export async function gitRevisionSnapshot(repoDir: string, rev: string): Promise<FileSnapshot> {
  const root = await repositoryRoot(repoDir);
  const commit = await resolveCommit(root, rev);
  const files = splitNul(await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]));
  const present = new Set(files);
  const cache = new Map<string, string | undefined>();
  return {
    list: () => [...files],
    read(path) {
      if (!present.has(path)) return undefined;
      if (cache.has(path)) return cache.get(path);
      let text: string | undefined;
      try {
        text = execFileSync('git', ['cat-file', 'blob', `${commit}:${path}`], {
          cwd: root,
          maxBuffer: MAX_BUFFER,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        // A submodule (a commit entry, not a blob) has no text.
        const stderr = String((error as { stderr?: unknown }).stderr ?? '');
        if (/bad file|not a valid object|unable to read|expected blob/i.test(stderr)) text = undefined;
        else
          throw new UserError(
            `cannot read ${path} at ${rev} (${commit.slice(0, 12)}): ${stderr.trim() || String(error)}`,
          );
      }
      cache.set(path, text);
      return text;
    },
  };
}

/**
 * The files of the working tree: tracked files and untracked ones that are not ignored (`git ls-files -co
 * --exclude-standard`), minus tracked files deleted from disk, read from disk on demand.
 */
export async function workingTreeSnapshot(repoDir: string): Promise<FileSnapshot> {
  const root = await repositoryRoot(repoDir);
  const listed = splitNul(await git(root, ['ls-files', '-z', '-c', '-o', '--exclude-standard', '--full-name']));
  const deleted = new Set(splitNul(await git(root, ['ls-files', '-z', '-d', '--full-name'])));
  const files = [...new Set(listed)].filter((p) => !deleted.has(p));
  const present = new Set(files);
  return {
    list: () => [...files],
    read(path) {
      if (!present.has(path)) return undefined;
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
        throw new UserError(`${path}: cannot read the file (${code ?? String(error)})`, 'check its permissions');
      }
    },
  };
}

/**
 * The best common ancestor of two revisions (`git merge-base`), as a commit id: the base a pull request is
 * compared with. Throws {@link UserError} when a revision is unknown or the history does not connect them.
 */
export async function mergeBase(repoDir: string, a: string, b: string): Promise<string> {
  const root = await repositoryRoot(repoDir);
  const [commitA, commitB] = [await resolveCommit(root, a), await resolveCommit(root, b)];
  const result = await runGit(root, ['merge-base', commitA, commitB]);
  if (result.ok) return result.stdout.trim();
  const shallow = await isShallow(root);
  throw new UserError(
    `${a} and ${b} have no common ancestor in the repository at ${root}${shallow ? ' (a shallow clone: the history that connects them is missing)' : ''}`,
    'fetch the full history (git fetch --unshallow); in GitHub Actions, use actions/checkout with fetch-depth: 0',
  );
}
