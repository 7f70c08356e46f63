/**
 * Locates ../shared/corpus (beside the project root). In a user's own clone it is absent and the tests that need it
 * skip with a visible notice; under CI=true a missing corpus is an error, so those tests can never silently skip.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from '@jest/globals';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The corpus directory, or undefined when it is absent. */
export const corpusDir: string | undefined = (() => {
  const dir = process.env.IAM_IMPACT_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus');
  return existsSync(dir) ? dir : undefined;
})();

if (!corpusDir && process.env.CI === 'true') {
  throw new Error('CI=true but ../shared/corpus is missing: corpus tests must not skip in CI.');
}

/** `describe` when the corpus is present; otherwise a skipped suite and a notice on stderr. */
export function describeWithCorpus(name: string, body: (dir: string) => void): void {
  if (corpusDir) {
    const dir = corpusDir;
    describe(name, () => body(dir));
  } else {
    process.stderr.write(`NOTICE: skipping "${name}": ../shared/corpus is not present beside the project.\n`);
    describe.skip(name, () => undefined);
  }
}

/** The project root, for tests that read project files. */
export const root = projectRoot;
