// The CLI through its injected I/O port, and once through the real bundled executable, as a user runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/cli-harness.js';
import { root } from '../helpers/corpus.js';

const run = promisify(execFile);

async function cli(argv: string[], files: Record<string, unknown> = {}) {
  return runCli(argv, { files });
}

const allowS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
const request = {
  principal: 'arn:aws:iam::111122223333:user/alice',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
};

describe('iam-impact evaluate', () => {
  it('prints one result per case, in order, with ids echoed', async () => {
    const { code, stdout } = await cli(['evaluate', 'cases.json'], {
      'cases.json': [
        { id: 'one', request, policies: { identity: [allowS3] } },
        { request: { ...request, action: 'ec2:RunInstances' }, policies: { identity: [allowS3] } },
      ],
    });
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((r: { id?: string; decision: string }) => [r.id, r.decision])).toEqual([
      ['one', 'allowed'],
      [undefined, 'implicitDeny'],
    ]);
    expect(results[1].explanation.missingAllow[0].reason).toBe('no identity-based policy allows ec2:RunInstances');
  });

  it('accepts one case object', async () => {
    const { code, stdout } = await cli(['evaluate', 'one.json'], {
      'one.json': { id: 'x', request, policies: { identity: [allowS3] } },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('lists every invalid case with its id and field, prints nothing on stdout and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['evaluate', 'bad.json'], {
      'bad.json': [
        { id: 'good', request, policies: { identity: [allowS3] } },
        {
          id: 'bad-op',
          request,
          policies: {
            identity: [
              { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { BoolIfExist: { k: 'x' } } }] },
            ],
          },
        },
        { request: { ...request, principal: 'alice' }, policies: {} },
        { id: 'typo', request, polices: {} },
        {
          id: 'bad-number',
          request,
          policies: {
            identity: [
              {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: '*',
                    Resource: '*',
                    Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 'soon' } },
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'bad.json: case "bad-op": policies.identity[0].Statement[0].Condition.BoolIfExist: unknown condition operator',
    );
    expect(stderr).toContain('bad.json: case #3: request.principal: "alice" is not a principal ARN');
    expect(stderr).toContain('case "typo": polices: unknown field');
    expect(stderr).toContain('case "bad-number"');
    expect(stderr).toContain('aws:MultiFactorAuthAge');
    expect(stderr).toContain('4 invalid case(s)');
    expect(stderr).not.toContain('    at ');
  });

  it('loads an SCP with a template placeholder but names it when the placeholder must be evaluated', async () => {
    const scp = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { NotIpAddressIfExists: { 'aws:SourceIp': '<my-corporate-cidr>' } },
        },
      ],
    };
    const { code, stderr } = await cli(['evaluate', 'scp.json'], {
      'scp.json': [{ id: 'placeholder', request, policies: { identity: [allowS3], scp: [[scp]] } }],
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      'case "placeholder": policies.scp[0][0].Statement[0].Condition.NotIpAddressIfExists.aws:SourceIp: NotIpAddressIfExists value "<my-corporate-cidr>" is not an IP address or CIDR block',
    );
  });

  it.each<[string[], RegExp]>([
    [['evaluate'], /FILE is missing/],
    [['evaluate', 'a.json', 'b.json'], /takes one FILE/],
    [['evaluate', 'a.json', '--format', 'yaml'], /--format must be json or text/],
    [['evaluate', 'a.json', '--fast'], /unknown option --fast/],
    [['evaluate', '/nonexistent/cases.json'], /\/nonexistent\/cases.json: no such file/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('fails clearly on %j', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('names the line and column of a JSON syntax error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-impact-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[\n  {"id": "a",\n  "request": }\n]');
    const { code, stderr } = await cli(['evaluate', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.json: not valid JSON at line 3, column \d+/);
  });

  it('prints usage for --help', async () => {
    const { code, stdout } = await cli(['evaluate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: iam-impact evaluate FILE/);
  });

  it('runs the README example through the bundled executable', async () => {
    const { stdout } = await run(process.execPath, [
      join(root, 'bin', 'iam-impact.js'),
      'evaluate',
      join(root, 'examples/evaluate/mfa-cases.json'),
    ]);
    const results = JSON.parse(stdout) as { id: string; decision: string }[];
    expect(Object.fromEntries(results.map((r) => [r.id, r.decision]))).toEqual({
      'access-key-denied-by-force-mfa': 'explicitDeny',
      'mfa-session-allowed': 'allowed',
      'get-session-token-stays-allowed': 'allowed',
      'bool-without-ifexists-misses-access-keys': 'allowed',
      'readonly-user-cannot-enrol-mfa': 'implicitDeny',
      'scp-mfa-denies-role-session-without-mfa': 'explicitDeny',
      'scp-mfa-role-session-with-mfa': 'allowed',
      'scp-allow-list-blocks-unlisted-service': 'implicitDeny',
      'boundary-limits-admin': 'implicitDeny',
      'cross-account-bucket-needs-both-sides': 'implicitDeny',
    });
  });

  it('exits 2 from the executable on an invalid file, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-impact-'));
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify([{ id: 'x', request: { ...request, action: 'GetObject' }, policies: {} }]));
    const failure = await run(process.execPath, [join(root, 'bin', 'iam-impact.js'), 'evaluate', file]).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('case "x": request.action: "GetObject" is not an action');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
