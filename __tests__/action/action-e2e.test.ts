// Issue 6 acceptance: the committed bundle dist/index.js, run as a child process exactly as the runner runs it
// (INPUT_* variables with action.yml's defaults, a pull_request event payload at GITHUB_EVENT_PATH, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files), against a loopback fake GitHub REST API and a loopback fake AWS endpoint reached through
// the real AWS SDK (live inventory read and the IAM policy simulator backend).
//
// Run `npm run bundle` first: this test runs dist/, not src/. Golden comments are in golden/*.md; regenerate them with
// UPDATE_GOLDEN=1 after a deliberate change of the comment, and review the diff.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import type { RawFullSnapshot } from '../../src/core/inventory/snapshot-format.js';
import { createTestRepo, type TestRepo } from '../adapters/git/git-test-repo.js';
import { startFakeAws, fakeCredentials, type FakeAws, type FaultPlan } from '../fake-aws/fake-aws-server.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github-server.js';
import type { ImpactReport } from '../../src/core/impact/report-types.js';
import { FAN_OUT_BASE_FILES, FAN_OUT_CONFIG, FAN_OUT_FILES, fanOutSnapshot } from '../fixtures/fan-out-org.js';
import { MANAGEMENT, STORY_CONFIG, STORY_FILES, WORKLOAD, storySnapshot } from '../fixtures/mfa-stories.js';
import { runCli } from '../helpers/cli-harness.js';
import { describeWithCorpus, root } from '../helpers/corpus.js';

const BUNDLE = join(root, 'dist', 'index.js');
const GOLDEN = join(root, '__tests__', 'action', 'golden');
const TOKEN = 'ghs_e2eFakeToken0123456789';
const OWNER = 'acme';
const REPO = 'infra';
const RUN_ID = '1001';
const MEMBER_ROLE = 'IamImpactReadOnly';
const E2E_TIMEOUT = 180_000;

/** action.yml's defaults: the runner passes every input, defaulted ones included. */
const ACTION_DEFAULTS: Record<string, string> = (() => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      String(input.default ?? '').replace('${{ github.token }}', TOKEN),
    ]),
  );
})();

/** The story snapshot with the read-only role the action assumes in the workload account. */
function e2eSnapshot(readOnlyAccess: unknown): RawFullSnapshot {
  const snapshot = storySnapshot(readOnlyAccess);
  snapshot.accounts[WORKLOAD].RoleDetailList!.push({
    Path: '/',
    RoleName: MEMBER_ROLE,
    RoleId: 'AROAIAMIMPACT',
    Arn: `arn:aws:iam::${WORKLOAD}:role/${MEMBER_ROLE}`,
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MANAGEMENT}:root` }, Action: 'sts:AssumeRole' }],
    },
    RolePolicyList: [
      {
        PolicyName: 'read-iam',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'iam:Simulate*'], Resource: '*' }],
        },
      },
    ],
    AttachedManagedPolicies: [],
    Tags: [],
  });
  return snapshot;
}

/** A small stand-in for ReadOnlyAccess, for the bad-input runs (story (a) does not depend on it). */
const READ_ONLY_STANDIN = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'iam:Get*', 'iam:List*'], Resource: '*' }],
};

/** One run of the bundle. */
interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Where a pull request stands: its repository, base and head. */
interface PullRequest {
  repo: TestRepo;
  number: number;
  base: string;
  head: string;
}

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.splice(0).forEach((f) => f()));

/** A repository whose base has the config only and whose head adds a story's policy files. */
function pullRequest(number: number, files: Record<string, string>, config = STORY_CONFIG): PullRequest {
  const repo = createTestRepo();
  cleanup.push(() => repo.dispose());
  repo.write({ '.github/iam-impact.yml': STORY_CONFIG });
  const base = repo.commit('base');
  repo.write({ '.github/iam-impact.yml': config, ...files });
  const head = repo.commit('head');
  return { repo, number, base, head };
}

/** Pushes a new head to the pull request (a `synchronize` event). */
function push(pr: PullRequest, files: Record<string, string>): void {
  pr.repo.write(files);
  pr.head = pr.repo.commit('push');
}

/** `name<<DELIMITER … DELIMITER` blocks of a GITHUB_OUTPUT file, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return outputs;
}

/** A pull_request event payload as GitHub writes it to GITHUB_EVENT_PATH (the fields around the ones read). */
function eventPayload(pr: PullRequest) {
  const repository = {
    id: 500000001,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { login: OWNER, type: 'Organization' },
    private: true,
    default_branch: 'main',
  };
  return {
    action: 'synchronize',
    number: pr.number,
    before: pr.base,
    after: pr.head,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${pr.number}`,
      id: 1_000_000 + pr.number,
      number: pr.number,
      state: 'open',
      draft: false,
      title: 'Roll out MFA',
      user: { login: 'octocat', type: 'User' },
      head: { label: `${OWNER}:mfa`, ref: 'mfa', sha: pr.head, repo: repository },
      base: { label: `${OWNER}:main`, ref: 'main', sha: pr.base, repo: repository },
      merged: false,
    },
    repository,
    sender: { login: 'octocat', type: 'User' },
  };
}

/** Runs `node dist/index.js` in the repository, with the runner's environment. */
function runAction(
  pr: PullRequest,
  endpoints: { aws: string; github: string },
  inputs: Record<string, string> = {},
  envChanges: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'iam-impact-runner-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'step-summary.md');
  const runnerTemp = join(dir, '_temp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, JSON.stringify(eventPayload(pr), null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const credentials = fakeCredentials(MANAGEMENT);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: endpoints.github,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_SHA: pr.head,
    GITHUB_WORKSPACE: pr.repo.dir,
    RUNNER_TEMP: runnerTemp,
    AWS_ENDPOINT_URL: endpoints.aws,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  // The runner's naming: INPUT_ + the name upper-cased with spaces as underscores; dashes are kept.
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, 'member-role-name': MEMBER_ROLE, ...inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(envChanges)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BUNDLE],
      { cwd: pr.repo.dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number | null }).code ?? null) : 0;
        resolve({
          code: typeof code === 'number' ? code : null,
          stdout,
          stderr,
          outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
          summary: readFileSync(summaryPath, 'utf8'),
        });
      },
    );
  });
}

/** One workflow command of the log, decoded as the runner decodes it. */
interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** The `::command key=value,…::message` lines of stdout. */
function commands(stdout: string, command: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const m of stdout.matchAll(/^::([a-z-]+)(?: ([^:]*))?::(.*)$/gm)) {
    if (m[1] !== command) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return out;
}

/**
 * The comment with what differs between runs replaced: the head commit of each fresh temporary repository (in
 * links) and the report's timestamp. Nothing else is normalized.
 */
function normalize(body: string, head: string): string {
  return body.replaceAll(head, '<head-sha>').replace(/generated \d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'generated <timestamp>');
}

// As in __tests__/core/report/golden.ts: Markdown golden files are wrapped in prettier-ignore comments, so that
// `prettier --check .` leaves the exact bytes alone; the wrapper is not part of the expected text.
const MD_START = '<!-- prettier-ignore-start -->\n';
const MD_END = '<!-- prettier-ignore-end -->\n';

function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, `${MD_START}${text}${MD_END}`);
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing: run the test with UPDATE_GOLDEN=1`);
  const golden = readFileSync(path, 'utf8');
  expect(golden.startsWith(MD_START) && golden.endsWith(MD_END)).toBe(true);
  expect(text).toBe(golden.slice(MD_START.length, golden.length - MD_END.length));
}

function expectNoStackTrace(run: ActionRun): void {
  expect(run.stdout).not.toMatch(/^\s{4}at /m);
  expect(run.stderr).not.toMatch(/^\s{4}at /m);
}

const STORY_ANNOTATION: Record<'a' | 'b' | 'c' | 'd', { file: string; title: RegExp }> = {
  a: { file: 'policies/users/batch-job/force-mfa.json', title: /user\/batch-job \(111122223333\) loses access/ },
  b: { file: 'policies/groups/readers/force-mfa.json', title: /user\/analyst-\d \(111122223333\) loses access/ },
  c: { file: '.github/iam-impact.yml', title: /the mfa-enrolment check fails/ },
  d: { file: 'scps/require-mfa.json', title: /role\/deployer \(111122223333\) loses access \(role-session\)/ },
};

describeWithCorpus('the action (dist/index.js) on the MFA stories', (corpus) => {
  let aws: FakeAws;
  let github: FakeGitHub;

  beforeAll(async () => {
    const readOnly = JSON.parse(
      readFileSync(join(corpus, 'aws-managed-policies', 'ReadOnlyAccess.json'), 'utf8'),
    ) as unknown;
    aws = await startFakeAws({ snapshot: e2eSnapshot(readOnly), callerAccount: MANAGEMENT });
    github = await startFakeGitHub({
      token: TOKEN,
      issues: [1, 2, 3, 4, 5].map((number) => ({ owner: OWNER, repo: REPO, number })),
    });
  });
  afterAll(async () => {
    await aws?.close();
    await github?.close();
  });

  const endpoints = () => ({ aws: aws.endpoint, github: github.url });

  it.each([
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
  ] as const)(
    'story (%s): the comment (golden), annotations, outputs, job summary and exit status 1',
    async (story, number) => {
      const pr = pullRequest(number, STORY_FILES[story]);
      const run = await runAction(pr, endpoints());
      expectNoStackTrace(run);
      expect(run.code).toBe(1);

      const comments = github.comments(OWNER, REPO, number);
      expect(comments).toHaveLength(1);
      const body = comments[0].body;
      expect(body.startsWith('<!-- iam-impact -->\n')).toBe(true);
      expect(body.length).toBeLessThan(65_536);
      expectGolden(`story-${story}.md`, normalize(body, pr.head));

      if (story === 'a') {
        // The raw workflow command, as the runner reads it from stdout.
        expect(run.stdout).toMatch(
          /^::error title=iam-impact%3A user\/batch-job \(111122223333\) loses access \(access-key%2C no-mfa-session\),file=policies\/users\/batch-job\/force-mfa\.json,line=41::user\/batch-job \(111122223333\) loses 180 actions incl\. s3:PutObject when signing in with access-key, no-mfa-session\.%0ACause: statement "DenyAllExceptListedIfNoMFA"/m,
        );
      }
      const errors = commands(run.stdout, 'error');
      const expected = STORY_ANNOTATION[story];
      const onFile = errors.filter((e) => e.properties.file === expected.file);
      expect(onFile.length).toBeGreaterThan(0);
      expect(onFile.some((e) => expected.title.test(e.properties.title ?? ''))).toBe(true);
      if (story !== 'c') expect(onFile.every((e) => Number(e.properties.line) > 1)).toBe(true);
      // The last error is the verdict (setFailed), without a file.
      expect(errors[errors.length - 1].message).toMatch(
        /^iam-impact: the change fails the check \(fail-on: regressions\):/,
      );
      expect(errors.length).toBeLessThanOrEqual(10);

      expect(run.outputs.verdict).toBe('fail');
      expect(Number(run.outputs.regressions)).toBeGreaterThan(0);
      expect(run.outputs.incomplete).toBe('0');
      expect(run.outputs.gained).toMatch(/^\d+$/);
      const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as {
        schemaVersion: number;
        backend: { name: string; apiCalls: number };
        findings: { change: string; accepted: boolean }[];
        checks: { status: string }[];
      };
      expect(report.schemaVersion).toBe(1);
      expect(report.backend.name).toBe('aws');
      expect(report.backend.apiCalls).toBeGreaterThan(0);
      expect(Number(run.outputs.regressions)).toBe(
        report.findings.filter((f) => f.change === 'lost' && !f.accepted).length +
          report.checks.filter((c) => c.status === 'fail').length,
      );
      expect(readFileSync(run.outputs['summary-markdown-path'], 'utf8')).toBe(run.summary);
      expect(run.summary).toContain('### iam-impact: ');
      expect(aws.calls.some((c) => c.operation === 'GetAccountAuthorizationDetails')).toBe(true);
      expect(aws.calls.some((c) => c.operation.startsWith('Simulate'))).toBe(true);
    },
    E2E_TIMEOUT,
  );

  it(
    'story (a): one comment across runs, updated in place; exit 0 once accepted, 1 when the acceptance expired',
    async () => {
      const pr = pullRequest(5, STORY_FILES.a);
      const first = await runAction(pr, endpoints());
      expect(first.code).toBe(1);
      expect(github.comments(OWNER, REPO, 5)).toHaveLength(1);
      const id = github.comments(OWNER, REPO, 5)[0].id;

      const accept = (expires: string) =>
        `${STORY_CONFIG}accept:\n  - principal: "arn:aws:iam::${WORKLOAD}:user/batch-job"\n    reason: batch jobs move to MFA sessions by the end of the year\n    expires: ${expires}\n`;
      push(pr, { '.github/iam-impact.yml': accept('2099-12-31') });
      const second = await runAction(pr, endpoints());
      expectNoStackTrace(second);
      expect(second.code).toBe(0);
      expect(second.outputs).toMatchObject({ verdict: 'pass', regressions: '0', incomplete: '0' });
      expect(commands(second.stdout, 'error')).toEqual([]);
      const comments = github.comments(OWNER, REPO, 5);
      expect(comments).toHaveLength(1);
      expect(comments[0].id).toBe(id);
      expect(comments[0].body).toContain('#### Accepted losses');
      expect(comments[0].body).toContain('batch jobs move to MFA sessions by the end of the year');
      expect(second.stdout).toContain('iam-impact: updated the pull request comment');

      push(pr, { '.github/iam-impact.yml': accept('2020-01-31') });
      const third = await runAction(pr, endpoints());
      expectNoStackTrace(third);
      expect(third.code).toBe(1);
      const verdict = commands(third.stdout, 'error').pop()!;
      expect(verdict.message).toContain(
        'accept[0] ("batch jobs move to MFA sessions by the end of the year") expired on 2020-01-31',
      );
      expect(third.outputs.verdict).toBe('fail');
      expect(github.comments(OWNER, REPO, 5)).toHaveLength(1);
    },
    E2E_TIMEOUT,
  );
});

describe('the action (dist/index.js): bad input', () => {
  let aws: FakeAws;
  let github: FakeGitHub;
  let next = 100;
  const started: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    aws = await startFakeAws({ snapshot: e2eSnapshot(READ_ONLY_STANDIN), callerAccount: MANAGEMENT });
    github = await startFakeGitHub({
      token: TOKEN,
      issues: Array.from({ length: 20 }, (_, i) => ({ owner: OWNER, repo: REPO, number: 100 + i })),
    });
  });
  afterAll(async () => {
    await aws?.close();
    await github?.close();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });

  async function fakeAwsWith(faults: FaultPlan): Promise<FakeAws> {
    const fake = await startFakeAws({ snapshot: e2eSnapshot(READ_ONLY_STANDIN), callerAccount: MANAGEMENT, faults });
    started.push(fake);
    return fake;
  }

  /** Runs story (a) with `inputs`; `files` replace or add files of the head. */
  async function run(
    inputs: Record<string, string>,
    files: Record<string, string> = {},
    endpoints?: { aws?: string; github?: string },
  ): Promise<{ run: ActionRun; pr: PullRequest }> {
    const pr = pullRequest(next++, { ...STORY_FILES.a, ...files });
    const result = await runAction(pr, { aws: aws.endpoint, github: github.url, ...endpoints }, inputs);
    expectNoStackTrace(result);
    return { run: result, pr };
  }

  /** The message of the step's failure (the last `::error::` without a file). */
  function failure(run: ActionRun): string {
    const errors = commands(run.stdout, 'error').filter((e) => e.properties.file === undefined);
    expect(errors.length).toBeGreaterThan(0);
    return errors[errors.length - 1].message;
  }

  it(
    'a missing github-token on a pull request',
    async () => {
      const { run: r } = await run({ 'github-token': '' });
      expect(r.code).toBe(1);
      expect(failure(r)).toBe(
        'iam-impact: input "github-token": empty, but comment: update needs a token to comment on pull request #100\n' +
          'Hint: leave github-token unset (its default is ${{ github.token }}) or pass a token with pull-requests: write; or set comment: off',
      );
      expect(r.outputs).toEqual({ verdict: 'error' });
      expect(github.comments(OWNER, REPO, 100)).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    'an unknown input value',
    async () => {
      const { run: r } = await run({ 'fail-on': 'sometimes' });
      expect(r.code).toBe(1);
      expect(failure(r)).toBe(
        'iam-impact: input "fail-on": "sometimes" is not allowed; use regressions, any-change or never (default regressions)\n' +
          "Hint: fix the step's `with:` in the workflow (see action.yml)",
      );
      expect(r.outputs).toEqual({ verdict: 'error' });
    },
    E2E_TIMEOUT,
  );

  it(
    'a malformed config: the error names the file and line, and the comment says the run failed',
    async () => {
      const { run: r, pr } = await run(
        {},
        { '.github/iam-impact.yml': 'version: 1\npolicies:\n  - file: [unclosed\n' },
      );
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/^iam-impact: \.github\/iam-impact\.yml:\d+/);
      expect(r.outputs).toEqual({ verdict: 'error' });
      const comments = github.comments(OWNER, REPO, pr.number);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toContain('❌ the analysis failed');
      expect(comments[0].body).not.toMatch(/no principal loses access/i);
      expect(r.summary).toContain('the analysis failed');
    },
    E2E_TIMEOUT,
  );

  it(
    'a Terraform plan that is not JSON, and one that does not exist',
    async () => {
      const invalid = await run(
        { 'terraform-plan': 'plan.json' },
        { 'plan.json': '{"format_version": "1.2",\n  oops\n}' },
      );
      expect(invalid.run.code).toBe(1);
      expect(failure(invalid.run)).toMatch(/^iam-impact: plan\.json: not valid JSON at line 2, column 3/);

      const missing = await run({ 'terraform-plan': 'tfplan.json' });
      expect(missing.run.code).toBe(1);
      expect(failure(missing.run)).toContain('iam-impact: input "terraform-plan": tfplan.json does not exist');
    },
    E2E_TIMEOUT,
  );

  it(
    'AWS AccessDenied on reading IAM',
    async () => {
      const denied = await fakeAwsWith({ accessDenied: ['iam:GetAccountAuthorizationDetails'] });
      const { run: r } = await run({}, {}, { aws: denied.endpoint });
      expect(r.code).toBe(1);
      expect(failure(r)).toContain(`iam:GetAccountAuthorizationDetails was denied`);
      expect(failure(r)).toContain('Hint: Grant iam:GetAccountAuthorizationDetails');
      expect(r.outputs).toEqual({ verdict: 'error' });
    },
    E2E_TIMEOUT,
  );

  it(
    'AWS AccessDenied on reading the organization',
    async () => {
      const denied = await fakeAwsWith({ accessDenied: ['organizations:ListRoots'] });
      const { run: r } = await run({}, {}, { aws: denied.endpoint });
      expect(r.code).toBe(1);
      expect(failure(r)).toContain('SCPs not read: organizations:ListRoots was denied');
      expect(failure(r)).toContain('include-organization: false');
    },
    E2E_TIMEOUT,
  );

  it(
    'backend aws without AWS credentials: the local engine, with a notice',
    async () => {
      const pr = pullRequest(next++, STORY_FILES.a);
      writeFileSync(join(pr.repo.dir, 'snapshot.json'), JSON.stringify(e2eSnapshot(READ_ONLY_STANDIN)));
      const r = await runAction(
        pr,
        { aws: aws.endpoint, github: github.url },
        { inventory: 'snapshot.json' },
        { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
      );
      expectNoStackTrace(r);
      expect(r.code).toBe(1);
      expect(commands(r.stdout, 'notice')).toContainEqual({
        command: 'notice',
        properties: { title: 'iam-impact: using the local engine' },
        message: expect.stringContaining('backend aws needs AWS credentials, and none resolve'),
      });
      const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as { backend: { name: string } };
      expect(report.backend.name).toBe('local');
      expect(r.outputs.verdict).toBe('fail');
    },
    E2E_TIMEOUT,
  );

  it(
    'GitHub answers 403 to the comment: a warning with the hint, and the exit status of the verdict',
    async () => {
      const forbidden = await startFakeGitHub({
        token: TOKEN,
        issues: [{ owner: OWNER, repo: REPO, number: 200 }],
        faults: { forbidWrites: true },
      });
      started.push(forbidden);
      const pr = pullRequest(200, STORY_FILES.a);
      const r = await runAction(pr, { aws: aws.endpoint, github: forbidden.url });
      expectNoStackTrace(r);
      expect(r.code).toBe(1);
      const warnings = commands(r.stdout, 'warning');
      expect(warnings).toContainEqual({
        command: 'warning',
        properties: { title: 'iam-impact: the pull request comment was not written' },
        message: expect.stringMatching(/Resource not accessible by integration.*README\.md#permissions/s),
      });
      expect(failure(r)).toMatch(/^iam-impact: the change fails the check \(fail-on: regressions\):/);
      expect(r.outputs.verdict).toBe('fail');
      expect(forbidden.comments(OWNER, REPO, 200)).toEqual([]);

      const never = await runAction(pr, { aws: aws.endpoint, github: forbidden.url }, { 'fail-on': 'never' });
      expect(never.code).toBe(0);
      expect(commands(never.stdout, 'warning').length).toBeGreaterThan(0);
      expect(never.outputs.verdict).toBe('pass');
    },
    E2E_TIMEOUT,
  );
});

describe('the action (dist/index.js): reports, the verdict job of a fan-out', () => {
  const NOW = new Date('2026-11-22T00:00:00Z');
  const NUMBER = 300;
  let github: FakeGitHub;

  beforeAll(async () => {
    github = await startFakeGitHub({ token: TOKEN, issues: [{ owner: OWNER, repo: REPO, number: NUMBER }] });
  });
  afterAll(async () => {
    await github?.close();
  });

  it(
    'merges the partial reports of iam-impact plan --accounts into the single run: report, outputs, comment, exit status',
    async () => {
      const repo = createTestRepo();
      cleanup.push(() => repo.dispose());
      repo.write({ '.github/iam-impact.yml': FAN_OUT_CONFIG, ...FAN_OUT_BASE_FILES });
      const base = repo.commit('base');
      repo.write(FAN_OUT_FILES);
      const head = repo.commit('head');
      const dir = mkdtempSync(join(tmpdir(), 'iam-impact-partials-'));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      const inventory = join(dir, 'snapshot.json');
      writeFileSync(inventory, JSON.stringify(fanOutSnapshot()));

      // The plan and evaluate jobs, through the CLI: the shards, then one partial report per shard.
      const plan = (...extra: string[]) =>
        runCli(['plan', '--repo', repo.dir, '--base', base, '--inventory', inventory, ...extra], { now: NOW });
      const single = await plan('--format', 'json');
      expect(single.code).toBe(1);
      const shard = await runCli([
        'shard',
        '--repo',
        repo.dir,
        '--base',
        base,
        '--inventory',
        inventory,
        '--accounts-per-job',
        '3',
      ]);
      const shards = (JSON.parse(shard.stdout) as { shards: { index: number; accounts: string[] }[] }).shards;
      expect(shards).toHaveLength(2);
      for (const s of shards) {
        const out = join(dir, 'partials', `report-${s.index}.json`);
        const partial = await plan('--accounts', s.accounts.join(','), '--format', 'json', '--output', out);
        mkdirSync(join(dir, 'partials'), { recursive: true });
        writeFileSync(out, partial.written.get(out)!);
      }

      // The verdict job: the repository checked out, the partial reports downloaded, no AWS.
      const r = await runAction(
        { repo, number: NUMBER, base, head },
        { aws: 'http://127.0.0.1:9', github: github.url },
        { reports: `${join(dir, 'partials')}/report-*.json`, 'member-role-name': '' },
      );
      expectNoStackTrace(r);
      expect(r.stdout).toContain('iam-impact: merged 2 report(s)');
      expect(r.code).toBe(1);
      const report = JSON.parse(single.stdout) as ImpactReport;
      expect(readFileSync(r.outputs['report-path'], 'utf8')).toBe(single.stdout);
      expect(r.outputs).toMatchObject({
        verdict: 'fail',
        regressions: String(
          report.findings.filter((f) => f.change === 'lost' && !f.accepted).length +
            report.checks.filter((c) => c.status === 'fail').length,
        ),
        gained: String(report.summary.gained),
        incomplete: String(report.summary.incomplete),
      });
      expect(r.outputs.regressions).toBe('48');
      const onScp = commands(r.stdout, 'error').filter((e) => e.properties.file === 'scps/require-mfa.json');
      expect(onScp.length).toBeGreaterThan(0);
      expect(onScp.every((e) => e.properties.line === '4')).toBe(true);
      const comments = github.comments(OWNER, REPO, NUMBER);
      expect(comments).toHaveLength(1);
      expect(comments[0].body.startsWith('<!-- iam-impact -->\n')).toBe(true);
      expect(comments[0].body).toContain('### iam-impact: ❌');
      expect(r.summary).toContain('### iam-impact: ');
    },
    E2E_TIMEOUT,
  );
});
