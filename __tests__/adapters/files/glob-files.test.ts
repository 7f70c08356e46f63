// globFiles: the action's `reports` globs on a real directory tree, in the config's glob syntax.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { globFiles } from '../../../src/adapters/files/glob-files.js';
import { UserError } from '../../../src/core/errors.js';

describe('globFiles', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iam-impact-glob-'));
    for (const path of [
      'partials/report-1.json',
      'partials/report-2.json',
      'partials/report-10.json',
      'partials/notes.txt',
      'partials/deep/report-3.json',
      'partials/deep/er/report-4.json',
    ]) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), '{}');
    }
    mkdirSync(join(dir, 'partials', 'report-dir.json'));
    symlinkSync(join(dir, 'partials', 'report-1.json'), join(dir, 'partials', 'link-report.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const at = (...paths: string[]) => paths.map((p) => join(dir, p));

  it('matches * within one directory, files only, sorted', async () => {
    expect(await globFiles(join(dir, 'partials/report-*.json'))).toEqual(
      at('partials/report-1.json', 'partials/report-10.json', 'partials/report-2.json'),
    );
  });

  it('matches ** at any depth, ?, classes and alternatives, and follows links to files', async () => {
    expect(await globFiles(join(dir, 'partials/**/report-?.json'))).toEqual(
      at(
        'partials/deep/er/report-4.json',
        'partials/deep/report-3.json',
        'partials/report-1.json',
        'partials/report-2.json',
      ),
    );
    expect(await globFiles(join(dir, 'partials/report-[12].json'))).toEqual(
      at('partials/report-1.json', 'partials/report-2.json'),
    );
    expect(await globFiles(join(dir, 'partials/{notes.txt,link-report.json}'))).toEqual(
      at('partials/link-report.json', 'partials/notes.txt'),
    );
  });

  it('returns a literal path when it is a file, and nothing for a missing path or directory', async () => {
    expect(await globFiles(join(dir, 'partials/report-2.json'))).toEqual(at('partials/report-2.json'));
    expect(await globFiles(join(dir, 'partials/report-9.json'))).toEqual([]);
    expect(await globFiles(join(dir, 'partials'))).toEqual([]);
    expect(await globFiles(join(dir, 'missing/*.json'))).toEqual([]);
  });

  it('rejects a malformed pattern as a user error naming it', async () => {
    const error = await globFiles(join(dir, 'partials/[.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`${join(dir, 'partials/[.json')}: "[.json": [ has no closing ]`);
  });
});
