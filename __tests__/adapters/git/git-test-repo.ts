// Throwaway git repositories for tests, built with the real git in a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary repository. */
export interface TestRepo {
  dir: string;
  /** Runs git in the repository and returns its trimmed output. */
  git(...args: string[]): string;
  /** Writes files (path → text), creating directories. */
  write(files: Record<string, string>): void;
  /** Deletes files. */
  remove(...paths: string[]): void;
  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string;
  /** Deletes the repository. */
  dispose(): void;
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Creates an empty repository on branch `main`. */
export function createTestRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git('init', '--quiet', '--initial-branch=main');
  return {
    dir,
    git,
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    },
    remove(...paths) {
      for (const path of paths) rmSync(join(dir, path));
    },
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
