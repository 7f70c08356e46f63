// Every real policy in the shared corpus must parse: AWS managed policies as identity policies, SCPs and RCPs by
// the type recorded in the corpus's SOURCES.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from '@jest/globals';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import { describeWithCorpus } from '../../helpers/corpus.js';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') && name !== 'SOURCES.json' ? [path] : [];
  });
}

describeWithCorpus('corpus policies parse', (corpus) => {
  it('parses every AWS managed policy, including deprecated ones', () => {
    const files = jsonFiles(join(corpus, 'aws-managed-policies'));
    expect(files.length).toBeGreaterThan(1300);
    let statements = 0;
    for (const file of files) {
      const doc = parsePolicyDocument(readFileSync(file, 'utf8'), { kind: 'identity' });
      expect(doc.statements.length).toBeGreaterThan(0);
      statements += doc.statements.length;
    }
    expect(statements).toBeGreaterThan(files.length);
  });

  it('parses every SCP and RCP as its recorded policy type', () => {
    const dir = join(corpus, 'scps');
    const sources = JSON.parse(readFileSync(join(dir, 'SOURCES.json'), 'utf8')) as {
      files: { file: string; policy_type: string }[];
    };
    const typeOf = new Map(sources.files.map((f) => [f.file, f.policy_type]));
    const files = jsonFiles(dir);
    expect(files.length).toBe(117);
    const kinds = { scp: 0, rcp: 0 };
    for (const file of files) {
      const type = typeOf.get(relative(dir, file));
      expect(type === 'SERVICE_CONTROL_POLICY' || type === 'RESOURCE_CONTROL_POLICY').toBe(true);
      const kind = type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : 'scp';
      parsePolicyDocument(readFileSync(file, 'utf8'), { kind });
      kinds[kind]++;
    }
    expect(kinds).toEqual({ scp: 88, rcp: 29 });
  });

  it('parses the URL-encoded form IAM returns for every managed policy', () => {
    const files = jsonFiles(join(corpus, 'aws-managed-policies')).slice(0, 200);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const plain = parsePolicyDocument(text, { kind: 'identity' });
      const encoded = parsePolicyDocument(encodeURIComponent(JSON.stringify(JSON.parse(text))), { kind: 'identity' });
      expect(encoded).toEqual(plain);
    }
  });
});
