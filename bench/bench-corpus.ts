/**
 * Where the benchmarks find the shared third-party corpus: `<project>/../shared/corpus`, or IAM_IMPACT_CORPUS.
 * Nothing from it is copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (benchmarks run from lib/bench after `npm run build`). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The corpus directory; exits with a clear message when it is absent. */
export function corpusDirectory(): string {
  const dir = process.env.IAM_IMPACT_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus');
  if (!existsSync(dir)) {
    process.stderr.write(`The benchmark needs the shared corpus at ${dir} (or set IAM_IMPACT_CORPUS).\n`);
    process.exit(2);
  }
  return dir;
}

/** The AWS managed policies of the corpus, by name, as raw JSON. */
export function managedPolicyDocuments(corpus: string): Map<string, unknown> {
  const dir = join(corpus, 'aws-managed-policies');
  const out = new Map<string, unknown>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file === 'SOURCES.json') continue;
    out.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return out;
}

/** The corpus SCPs and RCPs as raw JSON, with their recorded type. */
export function organizationPolicies(corpus: string): { file: string; type: string; content: unknown }[] {
  const dir = join(corpus, 'scps');
  const sources = JSON.parse(readFileSync(join(dir, 'SOURCES.json'), 'utf8')) as {
    files: { file: string; policy_type: string }[];
  };
  return sources.files.map((f) => ({
    file: f.file,
    type: f.policy_type,
    content: JSON.parse(readFileSync(join(dir, f.file), 'utf8')),
  }));
}

/** A small deterministic PRNG (mulberry32), so that every run builds the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
