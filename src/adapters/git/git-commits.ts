/**
 * The few git questions the GitHub Action asks about commits: whether the checkout has one, fetching one that a
 * shallow checkout lacks, and which commit is checked out. Git runs through `execFile` (no shell), with prompts off
 * so that a fetch needing credentials fails instead of hanging the job.
 */
import { execFile } from 'node:child_process';
import { UserError } from '../../core/errors.js';

/** A fetch of one commit is small; anything longer is a hung remote. */
const FETCH_TIMEOUT_MS = 120_000;

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  missing: boolean;
}

function runGit(cwd: string, args: readonly string[], timeout = 0): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, timeout, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr), missing: code === 'ENOENT' });
      },
    );
  });
}

function gitMissing(): UserError {
  return new UserError(
    'git is not installed or not on the PATH',
    'install git; iam-impact reads the base revision with it',
  );
}

/** Whether `rev` resolves to a commit in the repository at `repoDir`. */
export async function hasCommit(repoDir: string, rev: string): Promise<boolean> {
  if (rev === '' || rev.startsWith('-')) return false;
  const result = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (result.missing) throw gitMissing();
  return result.ok;
}

/**
 * `git fetch --no-tags --depth=1 origin SHA`: fetches one commit that a shallow checkout lacks. Returns whether git
 * succeeded and, when it did not, its first error line (the caller decides what to tell the user).
 */
export async function fetchCommit(repoDir: string, sha: string): Promise<{ ok: boolean; detail: string }> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return { ok: false, detail: `"${sha}" is not a commit id` };
  const result = await runGit(repoDir, ['fetch', '--no-tags', '--depth=1', 'origin', sha], FETCH_TIMEOUT_MS);
  if (result.missing) throw gitMissing();
  const detail =
    result.stderr
      .trim()
      .split('\n')
      .find((line) => /error|fatal/i.test(line)) ?? '';
  return { ok: result.ok, detail };
}

/** The commit checked out at `repoDir` (`git rev-parse HEAD`), or undefined when there is none. */
export async function headCommit(repoDir: string): Promise<string | undefined> {
  const result = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (result.missing) throw gitMissing();
  return result.ok ? result.stdout.trim() : undefined;
}
