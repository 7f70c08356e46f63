// Issue 4 acceptance: malformed YAML config, an unknown target kind, a mapped file that is not a policy, and a plan
// with an unsupported format_version major each end `iam-impact changes` with a clear error naming the file and the
// field, exit status 2 and no stack trace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from '@jest/globals';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { runCli } from '../helpers/cli-harness.js';

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.dispose()));

function repoWith(files: Record<string, string>): TestRepo {
  const repo = createTestRepo();
  repos.push(repo);
  repo.write(files);
  repo.commit('base');
  return repo;
}

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

it.each<[string, Record<string, string>, string[], string]>([
  [
    'malformed YAML',
    { '.github/iam-impact.yml': 'version: 1\npolicies:\n  - file: a.json\n    target: [managed-policy\n' },
    [],
    '.github/iam-impact.yml:',
  ],
  [
    'an unknown target kind',
    {
      '.github/iam-impact.yml':
        'version: 1\npolicies:\n  - file: a.json\n    target: managed\n    arn: arn:aws:iam::111122223333:policy/A\n',
      'a.json': POLICY,
    },
    [],
    '.github/iam-impact.yml:4: policies[0].target: unknown target kind "managed"',
  ],
  [
    'a mapped file that is not a policy',
    {
      '.github/iam-impact.yml':
        'version: 1\npolicies:\n  - file: package.json\n    target: managed-policy\n    arn: arn:aws:iam::111122223333:policy/A\n',
      'package.json': '{"name": "x", "version": "1.0.0"}\n',
    },
    [],
    'package.json',
  ],
])('fails on %s, naming the file and the field', async (_name, files, extra, message) => {
  const repo = repoWith(files);
  const run = await runCli(['changes', '--repo', repo.dir, ...extra]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

it('names the field of a mapped file that is not a policy', async () => {
  const repo = repoWith({
    '.github/iam-impact.yml':
      'version: 1\npolicies:\n  - file: package.json\n    target: managed-policy\n    arn: arn:aws:iam::111122223333:policy/A\n',
    'package.json': '{"name": "x", "version": "1.0.0"}\n',
  });
  const run = await runCli(['changes', '--repo', repo.dir]);
  expect(run.stderr).toMatch(/package\.json:1: (name|version|Statement)/);
});

it('fails on a plan with an unsupported format_version major, naming the file and the field', async () => {
  const repo = repoWith({ 'README.md': 'x' });
  const plan = join(repo.dir, 'plan.json');
  writeFileSync(plan, JSON.stringify({ format_version: '2.0', resource_changes: [] }));
  const run = await runCli(['changes', '--repo', repo.dir, '--terraform-plan', plan]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`${plan}: format_version: plan format "2.0" is not supported`);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
