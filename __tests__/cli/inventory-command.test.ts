import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/cli-harness.js';
import { describeWithCorpus } from '../helpers/corpus.js';

const account = '111122223333';
const gaad = {
  UserDetailList: [
    {
      UserName: 'alice',
      Arn: `arn:aws:iam::${account}:user/alice`,
      GroupList: ['ops'],
      AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    },
  ],
  RoleDetailList: [],
  GroupDetailList: [],
  Policies: [],
};

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-inv-'));
  for (const [name, json] of Object.entries(files))
    writeFileSync(join(dir, name), typeof json === 'string' ? json : JSON.stringify(json));
  return dir;
}

describe('iam-impact inventory', () => {
  it('summarizes, says SCPs are unknown without an organization, and lists what is missing', async () => {
    const dir = dirWith({ 'gaad.json': gaad });
    const run = await runCli(['inventory', '--inventory', join(dir, 'gaad.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Organization: not supplied (SCPs and RCPs of every account are unknown)');
    expect(run.stdout).toContain(`Account ${account}: 1 user(s), 0 group(s), 0 role(s) (0 service-linked)`);
    expect(run.stdout).toContain('SCPs: unknown: SCPs not known: no organization data was read or supplied');
    expect(run.stdout).toContain(
      `missing from the inventory: arn:aws:iam::aws:policy/ReadOnlyAccess, group ops of arn:aws:iam::${account}:user/alice`,
    );
  });

  it('loads every .json file of a directory', async () => {
    const dir = dirWith({ 'a.json': gaad, 'b.json': { ...gaad, UserDetailList: [] }, 'notes.txt': 'x' });
    mkdirSync(join(dir, 'sub'));
    const run = await runCli(['inventory', '--inventory', dir, '--format', 'json']);
    // b.json holds no principal ARN and no customer policy: it names no account and adds nothing.
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).accounts).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a malformed snapshot',
      {
        'bad.json': {
          UserDetailList: [{ UserName: 'x', Arn: 'arn:aws:iam::111122223333:user/x', Tags: [{ Key: 'a' }] }],
        },
      },
      /bad\.json: UserDetailList\[0\]\.Tags\[0\]\.Value: must be a string/,
    ],
    ['a broken JSON file', { 'broken.json': '{"UserDetailList": [' }, /broken\.json: not valid JSON at line 1/],
    [
      'the same account twice',
      { 'a.json': gaad, 'b.json': gaad },
      /b\.json: account 111122223333 was already loaded from .*a\.json/,
    ],
  ])('fails on %s, naming the file and the JSON path', async (_name, files, message) => {
    const dir = dirWith(files);
    const run = await runCli(['inventory', '--inventory', ...Object.keys(files).map((f) => join(dir, f))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails without --inventory and on a missing path', async () => {
    expect((await runCli(['inventory'])).stderr).toContain('--inventory PATH is required');
    expect((await runCli(['inventory', '--inventory', '/nonexistent/x.json'])).stderr).toContain(
      '/nonexistent/x.json: no such file or directory',
    );
  });
});

describeWithCorpus('iam-impact inventory on the corpus', (corpus) => {
  it('loads the whole authorization-details folder at once', async () => {
    const run = await runCli([
      'inventory',
      '--inventory',
      join(corpus, 'account-authorization-details', 'cloudsplaining', 'examples__files__example.json'),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.accounts.map((a: { accountId: string }) => a.accountId)).toEqual(['012345678901', '200611803367']);
    expect(summary.managedPolicies).toBe(84);
  });
});
