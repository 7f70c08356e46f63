// The git adapter of the action with the real git: a shallow clone lacks the base commit until it is fetched once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fetchCommit, hasCommit, headCommit } from '../../../src/adapters/git/git-commits.js';
import { createTestRepo, type TestRepo } from './git-test-repo.js';

describe('git-commits.ts', () => {
  let origin: TestRepo;
  let clone: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    origin = createTestRepo();
    origin.write({ 'a.json': '{}\n' });
    base = origin.commit('base');
    origin.write({ 'a.json': '{"x": 1}\n' });
    head = origin.commit('head');
    clone = join(mkdtempSync(join(tmpdir(), 'iam-impact-shallow-')), 'clone');
    // What actions/checkout does by default: one commit deep.
    execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${origin.dir}`, clone], {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      stdio: 'ignore',
    });
  });
  afterAll(() => {
    origin.dispose();
    rmSync(join(clone, '..'), { recursive: true, force: true });
  });

  it('knows the checked-out commit and that the base is missing from a shallow clone', async () => {
    expect(await headCommit(clone)).toBe(head);
    expect(await hasCommit(clone, head)).toBe(true);
    expect(await hasCommit(clone, base)).toBe(false);
    expect(await hasCommit(clone, '--all')).toBe(false);
  });

  it('fetches the missing base commit from origin', async () => {
    expect(await fetchCommit(clone, base)).toEqual({ ok: true, detail: '' });
    expect(await hasCommit(clone, base)).toBe(true);
  });

  it('reports a commit origin does not have, with git’s reason', async () => {
    const result = await fetchCommit(clone, 'f'.repeat(40));
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/fatal|error/i);
  });

  it('refuses what is not a commit id without running git', async () => {
    expect(await fetchCommit(clone, '--upload-pack=touch /tmp/x')).toEqual({
      ok: false,
      detail: '"--upload-pack=touch /tmp/x" is not a commit id',
    });
  });

  it('has no head commit in a repository without commits', async () => {
    const empty = createTestRepo();
    try {
      expect(await headCommit(empty.dir)).toBeUndefined();
    } finally {
      empty.dispose();
    }
  });
});
