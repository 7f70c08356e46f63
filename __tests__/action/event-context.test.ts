// Each event kind, from payloads shaped as GitHub sends them (trimmed to the fields around the ones read).
import { describe, expect, it } from '@jest/globals';
import { readEventContext } from '../../src/action/event-context.js';
import { UserError } from '../../src/core/errors.js';

const ENV = { GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: 'e'.repeat(40) };
const BASE = '9c1f3a2b4d5e6f708192a3b4c5d6e7f809112233';
const HEAD = '1a2b3c4d5e6f708192a3b4c5d6e7f80911223344';

const repository = {
  id: 123456789,
  name: 'infra',
  full_name: 'acme/infra',
  owner: { login: 'acme', type: 'Organization' },
  default_branch: 'main',
};

function pullRequestPayload(action = 'opened') {
  return {
    action,
    number: 42,
    pull_request: {
      url: 'https://api.github.com/repos/acme/infra/pulls/42',
      id: 1,
      number: 42,
      state: 'open',
      title: 'Force MFA for batch users',
      user: { login: 'octocat' },
      head: { label: 'octocat:force-mfa', ref: 'force-mfa', sha: HEAD, repo: repository },
      base: { label: 'acme:main', ref: 'main', sha: BASE, repo: repository },
      merged: false,
    },
    repository,
    sender: { login: 'octocat' },
  };
}

describe('event-context.ts', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: base and head from the payload, and the PR number', (name) => {
    expect(readEventContext({ name, payload: pullRequestPayload('synchronize') }, ENV)).toEqual({
      eventName: name,
      owner: 'acme',
      repo: 'infra',
      pullRequest: { number: 42, baseSha: BASE, headSha: HEAD },
      baseRef: BASE,
      baseSource: 'the base commit of pull request #42',
      headSha: HEAD,
      warnings: [],
      // What actions/checkout checks out on pull_request_target unless told otherwise: the base branch's tip.
      ...(name === 'pull_request_target' ? { baseBranchTip: ENV.GITHUB_SHA } : {}),
    });
  });

  it('push: the commit before the push is the base, the pushed commit the head', () => {
    const payload = {
      ref: 'refs/heads/main',
      before: BASE,
      after: HEAD,
      created: false,
      deleted: false,
      forced: false,
      compare: 'https://github.com/acme/infra/compare/9c1f3a2b4d5e...1a2b3c4d5e6f',
      commits: [{ id: HEAD, message: 'Force MFA' }],
      head_commit: { id: HEAD },
      repository,
      pusher: { name: 'octocat' },
    };
    const context = readEventContext({ name: 'push', payload }, ENV);
    expect(context).toMatchObject({ baseRef: BASE, baseSource: 'the commit before the push', headSha: HEAD });
    expect(context.pullRequest).toBeUndefined();
    expect(context.warnings).toEqual([]);
  });

  it('push that created a branch: no commit before it, HEAD and a warning', () => {
    const payload = { ref: 'refs/heads/new', before: '0'.repeat(40), after: HEAD, created: true, repository };
    const context = readEventContext({ name: 'push', payload }, ENV);
    expect(context.baseRef).toBe('HEAD');
    expect(context.warnings[0]).toContain('this push created the branch');
    expect(context.warnings[0]).toContain('set base-ref');
  });

  it.each([
    [
      'workflow_dispatch',
      {
        inputs: {},
        ref: 'refs/heads/main',
        repository,
        sender: { login: 'octocat' },
        workflow: '.github/workflows/iam.yml',
      },
    ],
    ['schedule', { schedule: '17 3 * * 1' }],
  ])('%s: no pull request, HEAD as base, GITHUB_SHA as head', (name, payload) => {
    expect(readEventContext({ name, payload }, ENV)).toEqual({
      eventName: name,
      owner: 'acme',
      repo: 'infra',
      baseRef: 'HEAD',
      baseSource: `HEAD (the ${name} event has no base commit)`,
      headSha: ENV.GITHUB_SHA,
      warnings: [],
    });
  });

  it('merge_group: the queue base and head, and no comment', () => {
    const payload = {
      action: 'checks_requested',
      merge_group: {
        head_sha: HEAD,
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-x',
        base_sha: BASE,
        base_ref: 'refs/heads/main',
      },
      repository,
    };
    const context = readEventContext({ name: 'merge_group', payload }, ENV);
    expect(context).toMatchObject({ baseRef: BASE, headSha: HEAD });
    expect(context.pullRequest).toBeUndefined();
  });

  it('takes the repository from the payload when GITHUB_REPOSITORY is not set', () => {
    const context = readEventContext({ name: 'pull_request', payload: pullRequestPayload() }, {});
    expect(context).toMatchObject({ owner: 'acme', repo: 'infra' });
  });

  it.each<[string, (p: ReturnType<typeof pullRequestPayload>) => unknown, string]>([
    ['no pull_request', (p) => ({ ...p, pull_request: undefined }), 'has no pull_request'],
    [
      'no base sha',
      (p) => ({ ...p, pull_request: { ...p.pull_request, base: { ref: 'main' } } }),
      'has no pull_request.base.sha',
    ],
    ['no head sha', (p) => ({ ...p, pull_request: { ...p.pull_request, head: {} } }), 'has no pull_request.head.sha'],
  ])('a pull_request payload with %s is a user error', (_name, change, message) => {
    const run = () => readEventContext({ name: 'pull_request', payload: change(pullRequestPayload()) }, ENV);
    expect(run).toThrow(UserError);
    expect(run).toThrow(message);
  });

  it('an empty payload (no GITHUB_EVENT_PATH) of an event without a base is fine', () => {
    const context = readEventContext({ name: 'workflow_dispatch', payload: {} }, {});
    expect(context.baseRef).toBe('HEAD');
    expect(context.owner).toBeUndefined();
    expect(context.pullRequest).toBeUndefined();
  });
});
