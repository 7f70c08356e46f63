// The credential probe asks the SDK's default provider chain, so credentials from a shared credentials file count as
// much as environment variables, and none at all is an answer, not an exception.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { probeAwsCredentials } from '../../../src/adapters/aws/credential-probe.js';

const KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_REGION',
];

describe('credential-probe.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-creds-'));
  let saved: Record<string, string | undefined>;

  beforeEach(() => {
    saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
    for (const k of KEYS) delete process.env[k];
    // No file sources and no instance metadata, unless a test adds them.
    process.env.AWS_CONFIG_FILE = join(dir, 'none-config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'none-credentials');
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    process.env.AWS_REGION = 'us-east-1';
  });
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no credentials when no source has any, and says why', async () => {
    const probe = await probeAwsCredentials();
    expect(probe.available).toBe(false);
    expect(probe.detail).toBeTruthy();
  });

  it('finds credentials in the environment', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAFAKE111122223333';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    expect(await probeAwsCredentials()).toEqual({ available: true });
  });

  it('finds credentials in a shared credentials file, which no environment variable holds', async () => {
    const file = join(dir, 'credentials');
    writeFileSync(file, '[ci]\naws_access_key_id = AKIAFAKE444455556666\naws_secret_access_key = secret\n');
    process.env.AWS_SHARED_CREDENTIALS_FILE = file;
    process.env.AWS_PROFILE = 'ci';
    expect(await probeAwsCredentials()).toEqual({ available: true });
  });
});
