import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parsePolicyDocument } from '../../../src/core/policy/parse-policy.js';
import { documentFingerprint, policyJson } from '../../../src/core/policy/serialize-policy.js';
import type { PolicyDocument } from '../../../src/core/policy/types.js';
import { describeWithCorpus } from '../../helpers/corpus.js';

/** The document without source metadata (statement locations, clause JSON paths), which serializing drops. */
function semantic(doc: PolicyDocument): unknown {
  return {
    ...doc,
    statements: doc.statements.map(({ location: _location, conditions, ...s }) => ({
      ...s,
      conditions: conditions.map(({ path: _path, ...c }) => c),
    })),
  };
}

describe('serialize-policy.ts', () => {
  it('writes AWS JSON that parses back to the same document', () => {
    const raw = {
      Version: '2012-10-17',
      Id: 'x',
      Statement: [
        {
          Sid: 'A',
          Effect: 'Allow',
          Principal: { AWS: ['*', '111122223333'], Service: 'ec2.amazonaws.com' },
          Action: 's3:*',
          Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
        },
        {
          Effect: 'Deny',
          NotPrincipal: '*',
          NotAction: ['iam:*'],
          NotResource: '*',
          Condition: {
            BoolIfExists: { 'aws:MultiFactorAuthPresent': false },
            'ForAnyValue:StringLike': { 'aws:TagKeys': ['a*', 'b'] },
          },
        },
      ],
    };
    const doc = parsePolicyDocument(raw, { kind: 'resource' });
    const json = policyJson(doc);
    expect(json.Statement).toEqual([
      {
        Sid: 'A',
        Effect: 'Allow',
        Principal: { AWS: ['*', '111122223333'], Service: 'ec2.amazonaws.com' },
        Action: 's3:*',
        Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      },
      {
        Effect: 'Deny',
        NotPrincipal: '*',
        NotAction: 'iam:*',
        NotResource: '*',
        Condition: {
          BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
          'ForAnyValue:StringLike': { 'aws:TagKeys': ['a*', 'b'] },
        },
      },
    ]);
    expect(parsePolicyDocument(json, { kind: 'resource' })).toEqual(doc);
  });

  it('gives reformatted documents the same fingerprint, and changed ones a different one', () => {
    const a = parsePolicyDocument(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}',
      { kind: 'identity' },
    );
    const b = parsePolicyDocument(
      '{\n  "Statement": [ { "Resource": ["*"], "Action": ["s3:GetObject"], "Effect": "Allow" } ],\n  "Version": "2012-10-17"\n}',
      { kind: 'identity' },
    );
    const c = parsePolicyDocument(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}}',
      { kind: 'identity' },
    );
    expect(documentFingerprint(a)).toBe(documentFingerprint(b));
    expect(documentFingerprint(a)).not.toBe(documentFingerprint(c));
  });
});

describeWithCorpus('serialize-policy round trip on the corpus', (corpus) => {
  it('round-trips every managed policy, SCP and RCP', () => {
    const dir = join(corpus, 'aws-managed-policies');
    let n = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'SOURCES.json')) {
      const doc = parsePolicyDocument(readFileSync(join(dir, file), 'utf8'), { kind: 'identity' });
      expect(semantic(parsePolicyDocument(policyJson(doc), { kind: 'identity' }))).toEqual(semantic(doc));
      n++;
    }
    const sources = JSON.parse(readFileSync(join(corpus, 'scps', 'SOURCES.json'), 'utf8')) as {
      files: { file: string; policy_type: string }[];
    };
    for (const f of sources.files) {
      const kind = f.policy_type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : 'scp';
      const doc = parsePolicyDocument(readFileSync(join(corpus, 'scps', f.file), 'utf8'), { kind });
      expect(semantic(parsePolicyDocument(policyJson(doc), { kind }))).toEqual(semantic(doc));
      n++;
    }
    expect(n).toBe(1329 + 117);
  });
});
