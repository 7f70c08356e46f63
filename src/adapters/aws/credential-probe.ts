/**
 * Whether AWS credentials are available to iam-impact, asked the way every AWS call will ask: through the SDK's
 * default credential provider chain (environment, shared config and SSO profiles, web identity / OIDC as
 * aws-actions/configure-aws-credentials sets it up, container and instance metadata). Looking at environment
 * variables alone would miss every source but the first. No AWS API is called.
 */
import { STSClient } from '@aws-sdk/client-sts';
import { errorMessage } from '../../core/errors.js';
import { defaultRegion } from './aws-client-factory.js';

/** What the probe found. */
export interface CredentialProbe {
  /** True when the chain resolved credentials with an access key id. */
  available: boolean;
  /** Why not, in the chain's own words, when they are not available. */
  detail?: string;
}

/** Resolves the default credential chain once; never throws. */
export async function probeAwsCredentials(): Promise<CredentialProbe> {
  const client = new STSClient({ region: defaultRegion() });
  try {
    const credentials = await client.config.credentials();
    return credentials?.accessKeyId ? { available: true } : { available: false, detail: 'no access key id' };
  } catch (error) {
    return { available: false, detail: errorMessage(error) };
  } finally {
    client.destroy();
  }
}
