import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  gitRevisionSnapshot,
  mergeBase,
  repositoryRoot,
  workingTreeSnapshot,
} from '../../../src/adapters/git/git-file-snapshot.js';
import { UserError } from '../../../src/core/errors.js';
import { createTestRepo, type TestRepo } from './git-test-repo.js';

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

let repo: TestRepo;
let first: string;
let second: string;

beforeAll(() => {
  repo = createTestRepo();
  repo.write({
    '.gitignore': '*.local\n',
    'a.json': '{"v": 1}\n',
    'dir/b.json': 'b1\n',
    'dir/with space.json': 'spaced\n',
    'gone.json': 'old\n',
  });
  first = repo.commit('first');
  repo.write({ 'a.json': '{"v": 2}\n', 'dir/c.json': 'c\n' });
  repo.remove('gone.json');
  second = repo.commit('second');
  // Working tree: a modified file, an untracked file, an ignored file, a tracked file deleted from disk.
  repo.write({ 'a.json': '{"v": 3}\n', 'new/untracked.json': 'u\n', 'secret.local': 'x\n' });
  repo.remove('dir/c.json');
});

afterAll(() => repo.dispose());

describe('gitRevisionSnapshot', () => {
  it('lists and reads the files of a revision, by name or commit', async () => {
    const snapshot = await gitRevisionSnapshot(repo.dir, 'main~1');
    expect(snapshot.list().sort()).toEqual(['.gitignore', 'a.json', 'dir/b.json', 'dir/with space.json', 'gone.json']);
    expect(snapshot.read('a.json')).toBe('{"v": 1}\n');
    expect(snapshot.read('dir/with space.json')).toBe('spaced\n');
    expect(snapshot.read('dir/c.json')).toBeUndefined();
    expect(snapshot.read('nope.json')).toBeUndefined();
    const byCommit = await gitRevisionSnapshot(repo.dir, second);
    expect(byCommit.list().sort()).toEqual(['.gitignore', 'a.json', 'dir/b.json', 'dir/c.json', 'dir/with space.json']);
    expect(byCommit.read('a.json')).toBe('{"v": 2}\n');
  });

  it('keeps the commit it resolved, even when the branch moves on', async () => {
    const snapshot = await gitRevisionSnapshot(repo.dir, 'main');
    repo.git('branch', 'moving', 'main');
    const pinned = await gitRevisionSnapshot(repo.dir, 'moving');
    repo.git('update-ref', 'refs/heads/moving', first);
    expect(pinned.read('a.json')).toBe(snapshot.read('a.json'));
    expect(pinned.read('a.json')).toBe('{"v": 2}\n');
  });

  it('names an unknown revision and says to fetch it', async () => {
    const error = await userError(gitRevisionSnapshot(repo.dir, 'origin/mian'));
    expect(error.message).toBe(
      `unknown git revision "origin/mian": it is not a commit of the repository at ${repo.dir}`,
    );
    expect(error.hint).toBe(
      'check the name, and fetch it (git fetch origin origin/mian); in GitHub Actions, use actions/checkout with fetch-depth: 0',
    );
  });

  it('refuses a revision that looks like an option', async () => {
    const error = await userError(gitRevisionSnapshot(repo.dir, '--all'));
    expect(error.message).toBe('"--all" is not a git revision');
  });

  it('says when a revision names something other than a commit', async () => {
    const blob = repo.git('rev-parse', 'main:a.json');
    const error = await userError(gitRevisionSnapshot(repo.dir, blob));
    expect(error.message).toContain(`unknown git revision "${blob}"`);
  });
});

describe('workingTreeSnapshot', () => {
  it('has tracked and untracked files, not ignored ones nor tracked files deleted from disk', async () => {
    const snapshot = await workingTreeSnapshot(repo.dir);
    expect(snapshot.list().sort()).toEqual([
      '.gitignore',
      'a.json',
      'dir/b.json',
      'dir/with space.json',
      'new/untracked.json',
    ]);
    expect(snapshot.read('a.json')).toBe('{"v": 3}\n');
    expect(snapshot.read('new/untracked.json')).toBe('u\n');
    expect(snapshot.read('dir/c.json')).toBeUndefined();
    expect(snapshot.read('secret.local')).toBeUndefined();
  });

  it('lists repository-relative paths from a subdirectory', async () => {
    const snapshot = await workingTreeSnapshot(join(repo.dir, 'dir'));
    expect(snapshot.list()).toContain('a.json');
    expect(snapshot.read('dir/b.json')).toBe('b1\n');
  });
});

describe('mergeBase', () => {
  it('finds the common ancestor of two revisions', async () => {
    repo.git('branch', 'side', first);
    expect(await mergeBase(repo.dir, 'main', 'side')).toBe(first);
    expect(await mergeBase(repo.dir, 'main', 'HEAD')).toBe(second);
  });

  it('says when two revisions share no history', async () => {
    // A root commit of the empty tree, made without touching the working tree.
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');
    repo.git('branch', 'island', repo.git('commit-tree', emptyTree, '-m', 'island'));
    const error = await userError(mergeBase(repo.dir, 'main', 'island'));
    expect(error.message).toBe(`main and island have no common ancestor in the repository at ${repo.dir}`);
    expect(error.hint).toBe(
      'fetch the full history (git fetch --unshallow); in GitHub Actions, use actions/checkout with fetch-depth: 0',
    );
  });

  it('names an unknown revision', async () => {
    const error = await userError(mergeBase(repo.dir, 'main', 'feature/typo'));
    expect(error.message).toContain('unknown git revision "feature/typo"');
  });
});

describe('outside a repository', () => {
  let plain: string;
  beforeAll(() => {
    plain = mkdtempSync(join(tmpdir(), 'iam-impact-plain-'));
  });
  afterAll(() => rmSync(plain, { recursive: true, force: true }));

  it('says the directory is not a git repository', async () => {
    // Each call starts only when awaited: a rejection must never be left without a handler.
    for (const call of [
      () => gitRevisionSnapshot(plain, 'main'),
      () => workingTreeSnapshot(plain),
      () => mergeBase(plain, 'a', 'b'),
      () => repositoryRoot(plain),
    ]) {
      const error = await userError(call());
      expect(error.message).toBe(`${plain} is not a git repository`);
      expect(error.hint).toBe(
        'run iam-impact in a checkout of the repository (in GitHub Actions, run actions/checkout first)',
      );
    }
  });

  it('says the directory does not exist', async () => {
    const error = await userError(workingTreeSnapshot(join(plain, 'missing')));
    expect(error.message).toBe(`${join(plain, 'missing')}: no such directory`);
  });
});

describe('a shallow clone', () => {
  let clone: string;
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'iam-impact-shallow-'));
    repo.git('clone', '--quiet', '--depth=1', '--branch=main', '--single-branch', `file://${repo.dir}`, clone);
  });
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it('says the clone is shallow when the base is missing', async () => {
    const error = await userError(gitRevisionSnapshot(clone, first));
    expect(error.message).toBe(
      `unknown git revision "${first}": it is not a commit of the repository at ${clone} (a shallow clone)`,
    );
    expect(error.hint).toContain('actions/checkout with fetch-depth: 0');
  });
});
