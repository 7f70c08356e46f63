import { describe, expect, it } from '@jest/globals';
import type { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  decodePolicyDocument,
  GAAD_PAGE_SIZE,
  readAuthorizationDetails,
} from '../../../src/adapters/aws/iam-authorization-reader.js';
import { UserError } from '../../../src/core/errors.js';

// RFC 3986 encoding as IAM applies it (encodeURIComponent leaves !'()* alone; IAM does not).
const encode = (document: unknown) =>
  encodeURIComponent(JSON.stringify(document)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const allow = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});
const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const created = new Date('2024-01-02T03:04:05Z');

type Page = Record<string, unknown>;

// A stand-in for IAMClient.send: answers pages keyed by the request's Marker and records the requests.
function stubIam(pages: Record<string, Page>) {
  const inputs: { MaxItems?: number; Marker?: string }[] = [];
  const client = {
    send: async (command: GetAccountAuthorizationDetailsCommand) => {
      inputs.push(command.input);
      const page = pages[command.input.Marker ?? ''];
      if (!page) throw new Error(`no page for marker ${command.input.Marker}`);
      return { $metadata: {}, ...page };
    },
  };
  return { iam: client as unknown as IAMClient, inputs };
}

describe('decodePolicyDocument', () => {
  it('decodes URL-encoded JSON, keeps plain JSON text and objects', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: '*', Resource: 'arn:aws:s3:::a%b/(x)*' }],
    };
    expect(decodePolicyDocument(encode(doc), 'here')).toEqual(doc);
    // Plain JSON with a literal % must not be URL-decoded (that would corrupt it or throw).
    expect(decodePolicyDocument(JSON.stringify(doc), 'here')).toEqual(doc);
    expect(decodePolicyDocument(doc, 'here')).toBe(doc);
  });

  it('names where the broken document is', () => {
    expect(() => decodePolicyDocument('%7B%22Version', 'account 1, role R: AssumeRolePolicyDocument')).toThrow(
      /^account 1, role R: AssumeRolePolicyDocument: the policy document is not URL-encoded JSON/,
    );
    expect(() => decodePolicyDocument('%E0%A4%A', 'x')).toThrow(/^x: the policy document is not URL-encoded JSON/);
  });
});

describe('readAuthorizationDetails', () => {
  it('follows Marker while IsTruncated, merges the pages, decodes every document and writes dates as ISO text', async () => {
    const { iam, inputs } = stubIam({
      '': {
        IsTruncated: true,
        Marker: 'm1',
        UserDetailList: [
          {
            UserName: 'alice',
            Arn: 'arn:aws:iam::111122223333:user/alice',
            CreateDate: created,
            UserPolicyList: [{ PolicyName: 'inline', PolicyDocument: encode(allow('s3:GetObject')) }],
            Tags: [{ Key: 'team', Value: 'a' }],
          },
        ],
        GroupDetailList: [
          {
            GroupName: 'devs',
            Arn: 'arn:aws:iam::111122223333:group/devs',
            GroupPolicyList: [{ PolicyName: 'g', PolicyDocument: encode(allow('ec2:*')) }],
          },
        ],
      },
      m1: { IsTruncated: true, Marker: 'm2', UserDetailList: [], RoleDetailList: [] },
      m2: {
        IsTruncated: false,
        RoleDetailList: [
          {
            RoleName: 'app',
            Arn: 'arn:aws:iam::111122223333:role/app',
            CreateDate: created,
            AssumeRolePolicyDocument: encode(trust),
            RolePolicyList: [{ PolicyName: 'r', PolicyDocument: encode(allow('sqs:*')) }],
            InstanceProfileList: [
              {
                InstanceProfileName: 'app',
                CreateDate: created,
                Roles: [
                  {
                    RoleName: 'app',
                    Arn: 'arn:aws:iam::111122223333:role/app',
                    AssumeRolePolicyDocument: encode(trust),
                  },
                ],
              },
            ],
            RoleLastUsed: { LastUsedDate: created, Region: 'eu-west-1' },
          },
        ],
        Policies: [
          {
            PolicyName: 'p',
            Arn: 'arn:aws:iam::111122223333:policy/p',
            CreateDate: created,
            UpdateDate: undefined,
            PolicyVersionList: [
              { VersionId: 'v2', IsDefaultVersion: true, CreateDate: created, Document: encode(allow('kms:Decrypt')) },
              { VersionId: 'v1', IsDefaultVersion: false, Document: encode(allow('kms:*')) },
            ],
          },
        ],
      },
    });
    const details = await readAuthorizationDetails(iam, { account: '111122223333' });
    expect(inputs).toEqual([
      { MaxItems: GAAD_PAGE_SIZE, Marker: undefined },
      { MaxItems: GAAD_PAGE_SIZE, Marker: 'm1' },
      { MaxItems: GAAD_PAGE_SIZE, Marker: 'm2' },
    ]);
    expect(details).toEqual({
      UserDetailList: [
        {
          UserName: 'alice',
          Arn: 'arn:aws:iam::111122223333:user/alice',
          CreateDate: '2024-01-02T03:04:05.000Z',
          UserPolicyList: [{ PolicyName: 'inline', PolicyDocument: allow('s3:GetObject') }],
          Tags: [{ Key: 'team', Value: 'a' }],
        },
      ],
      GroupDetailList: [
        {
          GroupName: 'devs',
          Arn: 'arn:aws:iam::111122223333:group/devs',
          GroupPolicyList: [{ PolicyName: 'g', PolicyDocument: allow('ec2:*') }],
        },
      ],
      RoleDetailList: [
        {
          RoleName: 'app',
          Arn: 'arn:aws:iam::111122223333:role/app',
          CreateDate: '2024-01-02T03:04:05.000Z',
          AssumeRolePolicyDocument: trust,
          RolePolicyList: [{ PolicyName: 'r', PolicyDocument: allow('sqs:*') }],
          InstanceProfileList: [
            {
              InstanceProfileName: 'app',
              CreateDate: '2024-01-02T03:04:05.000Z',
              Roles: [{ RoleName: 'app', Arn: 'arn:aws:iam::111122223333:role/app', AssumeRolePolicyDocument: trust }],
            },
          ],
          RoleLastUsed: { LastUsedDate: '2024-01-02T03:04:05.000Z', Region: 'eu-west-1' },
        },
      ],
      Policies: [
        {
          PolicyName: 'p',
          Arn: 'arn:aws:iam::111122223333:policy/p',
          CreateDate: '2024-01-02T03:04:05.000Z',
          PolicyVersionList: [
            {
              VersionId: 'v2',
              IsDefaultVersion: true,
              CreateDate: '2024-01-02T03:04:05.000Z',
              Document: allow('kms:Decrypt'),
            },
            { VersionId: 'v1', IsDefaultVersion: false, Document: allow('kms:*') },
          ],
        },
      ],
    });
  });

  it('names the account, entity and field of a document that does not decode', async () => {
    const { iam } = stubIam({
      '': {
        IsTruncated: false,
        Policies: [
          {
            PolicyName: 'p',
            Arn: 'arn:aws:iam::111122223333:policy/p',
            PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: '%7Bnot-json' }],
          },
        ],
      },
    });
    await expect(readAuthorizationDetails(iam, { account: '111122223333' })).rejects.toThrow(
      'account 111122223333, managed policy arn:aws:iam::111122223333:policy/p: PolicyVersionList[v1].Document: ' +
        'the policy document is not URL-encoded JSON',
    );
  });

  it('refuses a truncated page without a Marker instead of looping', async () => {
    const { iam } = stubIam({ '': { IsTruncated: true } });
    await expect(readAuthorizationDetails(iam)).rejects.toThrow('page 1 is truncated but has no Marker');
  });

  it('maps AccessDenied to a UserError naming the action and the account', async () => {
    const iam = {
      send: async () => {
        throw Object.assign(new Error('not authorized'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
      },
    } as unknown as IAMClient;
    const read = readAuthorizationDetails(iam, { account: '111122223333' });
    await expect(read).rejects.toBeInstanceOf(UserError);
    await expect(read).rejects.toThrow(
      'iam:GetAccountAuthorizationDetails was denied in account 111122223333 (not authorized).',
    );
  });
});
