/**
 * Expands a file glob on disk, in the glob syntax of the config's `policies[].file` (src/core/changes/config/
 * file-glob.ts), so that every glob a user writes for iam-impact means the same thing. Used by the action's
 * `reports` input, whose partial reports are downloaded into the runner's temp directory, outside the repository.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { GlobSyntaxError, compileFilePattern, matchFilePattern } from '../../core/changes/config/file-glob.js';
import { UserError } from '../../core/errors.js';

/** A segment that holds a wildcard, class, alternative or escape. */
const MAGIC = /[*?[\]{}\\]/;

/** Whether the path is a file (following symbolic links). */
async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A directory's entries; none when it does not exist or cannot be read (a glob then just matches nothing there). */
async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM') return [];
    throw error;
  }
}

/**
 * The files `pattern` matches, sorted. The pattern is a path (absolute, or relative to the process's directory)
 * whose segments may hold `*`, `**`, `?`, `[…]` and `{a,b}`; without any, it names one file, matched when it exists.
 * A malformed pattern is a {@link UserError}. On Windows, `\` separates directories instead of escaping.
 */
export async function globFiles(pattern: string): Promise<string[]> {
  const normalized = sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const segments = normalized.split('/');
  const first = segments.findIndex((s) => MAGIC.test(s));
  if (first < 0) return (await isFile(pattern)) ? [pattern] : [];
  // Only the part from the first wildcard on is matched; the fixed directories before it are where the walk starts.
  const base = first === 0 ? '.' : segments.slice(0, first).join('/') || '/';
  const rest = segments.slice(first);
  let compiled;
  try {
    compiled = compileFilePattern(rest.join('/'));
  } catch (error) {
    if (error instanceof GlobSyntaxError) {
      throw new UserError(`${pattern}: ${error.message}`, 'see docs/config.md for the glob syntax');
    }
    throw error;
  }
  // Without `**`, no match lies deeper than the pattern's segments: walk no further.
  const depth = rest.includes('**') ? Infinity : rest.length;
  const found: string[] = [];
  const walk = async (dir: string, prefix: string, level: number): Promise<void> => {
    for (const entry of await entries(dir)) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const path = join(dir, entry.name);
      // Symbolic links to directories are not followed (no cycles); links to files count as files.
      const file = entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)));
      if (file && matchFilePattern(compiled, rel)) found.push(path);
      else if (entry.isDirectory() && level < depth) await walk(path, rel, level + 1);
    }
  };
  await walk(base, '', 1);
  return found.sort();
}
