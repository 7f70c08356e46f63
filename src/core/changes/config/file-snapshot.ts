/**
 * The files of one revision of the repository, as the change-set builder sees them. The git adapter provides one
 * for the base revision and one for the working tree; tests provide them from plain maps.
 */

/** The files of one revision. */
export interface FileSnapshot {
  /** Every file, as repository-relative paths with `/` separators. */
  list(): string[];
  /** A file's text, or undefined when the revision does not have it. */
  read(path: string): string | undefined;
}

/** A snapshot of the given files (path → text), for tests and for callers that already hold the files. */
export function fileSnapshotOf(files: Readonly<Record<string, string>>): FileSnapshot {
  const map = new Map(Object.entries(files));
  return {
    list: () => [...map.keys()].sort(),
    read: (path) => map.get(path),
  };
}
