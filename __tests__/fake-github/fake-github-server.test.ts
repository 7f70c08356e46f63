// The fake GitHub REST server, driven with plain fetch (no Octokit), so these tests pin the wire format itself.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeComment, type FakeGitHub, type FakeGitHubOptions } from './fake-github-server.js';

const run = promisify(execFile);
const TOKEN = 'ghs_fake0123456789';
const AUTH = { authorization: `token ${TOKEN}` };

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeGitHubOptions): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, ...options });
  return fake;
}

function bodies(n: number, from = 1): string[] {
  return Array.from({ length: n }, (_, i) => `comment ${from + i}`);
}

/** `rel` → URL, from a Link header. */
function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? '').matchAll(/<([^<>]+)>;\s*rel="([a-z]+)"/g)) out[m[2]] = m[1];
  return out;
}

async function get(url: string, headers: Record<string, string> = AUTH) {
  const res = await fetch(url, { headers });
  return { status: res.status, link: res.headers.get('link'), json: (await res.json()) as unknown };
}

describe('fake GitHub: listing comments', () => {
  it('pages 30 per page by default, with next/last links and then prev/first', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7, comments: bodies(65) }] });
    const first = await get(`${gh.url}/repos/acme/infra/issues/7/comments`);
    expect(first.status).toBe(200);
    expect((first.json as FakeComment[]).map((c) => c.body)).toEqual(bodies(30));
    const l1 = links(first.link);
    expect(Object.keys(l1).sort()).toEqual(['last', 'next']);
    expect(l1.next).toMatch(new RegExp(`^${gh.url}/repositories/\\d+/issues/7/comments\\?per_page=30&page=2$`));
    expect(l1.last).toMatch(/per_page=30&page=3$/);

    // The numeric-repository URL of the link is served too, as on GitHub.
    const last = await get(l1.last);
    expect((last.json as FakeComment[]).map((c) => c.body)).toEqual(bodies(5, 61));
    const l3 = links(last.link);
    expect(Object.keys(l3).sort()).toEqual(['first', 'prev']);
    expect(l3.prev).toMatch(/page=2$/);
    expect(l3.first).toMatch(/page=1$/);
  });

  it('caps per_page at 100, has no Link header on a single page, and answers an empty page past the end', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7, comments: bodies(250) }] });
    const capped = await get(`${gh.url}/repos/acme/infra/issues/7/comments?per_page=500&page=3`);
    expect((capped.json as FakeComment[]).map((c) => c.body)).toEqual(bodies(50, 201));
    expect(links(capped.link).prev).toMatch(/per_page=100&page=2$/);

    const whole = await get(`${gh.url}/repos/acme/infra/issues/7/comments?per_page=100&page=9`);
    expect(whole.json).toEqual([]);

    await gh.close();
    fake = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 8, comments: bodies(3) }] });
    const single = await get(`${fake.url}/repos/acme/infra/issues/8/comments?per_page=100`);
    expect((single.json as FakeComment[]).length).toBe(3);
    expect(single.link).toBeNull();
  });

  it('answers 404 Not Found for an issue that does not exist and for unknown routes', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7 }] });
    for (const path of ['/repos/acme/infra/issues/8/comments', '/repos/acme/other/issues/7/comments', '/user']) {
      const res = await get(gh.url + path);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({
        message: 'Not Found',
        documentation_url: expect.stringContaining('docs.github'),
      });
    }
    expect((await get(`${gh.url}/repos/acme/infra/issues/7/comments`)).json).toEqual([]);
  });
});

describe('fake GitHub: auth', () => {
  it('accepts `token X` and `Bearer X`, and answers 401 Bad credentials otherwise', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7, comments: ['hi'] }] });
    const url = `${gh.url}/repos/acme/infra/issues/7/comments`;
    expect((await get(url, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    for (const headers of [{}, { authorization: 'token wrong' }, { authorization: TOKEN }] as Record<
      string,
      string
    >[]) {
      const res = await get(url, headers);
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({ message: 'Bad credentials' });
    }
    expect(gh.calls.map((c) => c.status)).toEqual([200, 401, 401, 401]);
  });
});

describe('fake GitHub: writing comments', () => {
  it('creates (201), reads, updates (200) and deletes (204) a comment, and records each call', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7, comments: ['first'] }] });
    const post = await fetch(`${gh.url}/repos/acme/infra/issues/7/comments`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'hello' }),
    });
    expect(post.status).toBe(201);
    const created = (await post.json()) as FakeComment;
    expect(created).toMatchObject({
      body: 'hello',
      html_url: `https://github.com/acme/infra/pull/7#issuecomment-${created.id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const [seeded] = gh.comments('acme', 'infra', 7);
    expect(created.id).toBeGreaterThan(seeded.id);
    expect(Date.parse(created.created_at)).toBeGreaterThan(Date.parse(seeded.created_at));

    const patch = await fetch(`${gh.url}/repos/acme/infra/issues/comments/${created.id}`, {
      method: 'PATCH',
      headers: AUTH,
      body: JSON.stringify({ body: 'edited' }),
    });
    expect(patch.status).toBe(200);
    const updated = (await patch.json()) as FakeComment;
    expect(updated.body).toBe('edited');
    expect(updated.created_at).toBe(created.created_at);
    expect(Date.parse(updated.updated_at)).toBeGreaterThan(Date.parse(created.updated_at));
    expect((await get(`${gh.url}/repos/acme/infra/issues/comments/${created.id}`)).json).toMatchObject({
      body: 'edited',
    });
    // A comment id is only found under its own repository.
    expect((await get(`${gh.url}/repos/acme/other/issues/comments/${created.id}`)).status).toBe(404);

    const del = await fetch(`${gh.url}/repos/acme/infra/issues/comments/${created.id}`, {
      method: 'DELETE',
      headers: AUTH,
    });
    expect(del.status).toBe(204);
    expect(gh.comments('acme', 'infra', 7).map((c) => c.body)).toEqual(['first']);
    expect(gh.calls.map((c) => `${c.method} ${c.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'GET 200',
      'GET 404',
      'DELETE 204',
    ]);
    expect(gh.calls[0]).toMatchObject({ path: '/repos/acme/infra/issues/7/comments', body: { body: 'hello' } });
  });

  it('answers 422 Validation Failed for a body over 65,536 characters', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7 }] });
    const res = await fetch(`${gh.url}/repos/acme/infra/issues/7/comments`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ body: 'x'.repeat(65537) }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
    expect(gh.comments('acme', 'infra', 7)).toEqual([]);
  });

  it('forbidWrites: POST and PATCH answer 403 Resource not accessible by integration, reads still work', async () => {
    const gh = await start({
      issues: [{ owner: 'acme', repo: 'infra', number: 7, comments: ['first'] }],
      faults: { forbidWrites: true },
    });
    const [existing] = gh.comments('acme', 'infra', 7);
    const attempts = [
      fetch(`${gh.url}/repos/acme/infra/issues/7/comments`, {
        method: 'POST',
        headers: AUTH,
        body: '{"body":"x"}',
      }),
      fetch(`${gh.url}/repos/acme/infra/issues/comments/${existing.id}`, {
        method: 'PATCH',
        headers: AUTH,
        body: '{"body":"x"}',
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    }
    expect((await get(`${gh.url}/repos/acme/infra/issues/7/comments`)).status).toBe(200);
    expect(gh.comments('acme', 'infra', 7).map((c) => c.body)).toEqual(['first']);

    gh.faults.forbidWrites = false;
    const retry = await fetch(`${gh.url}/repos/acme/infra/issues/7/comments`, {
      method: 'POST',
      headers: AUTH,
      body: '{"body":"x"}',
    });
    expect(retry.status).toBe(201);
  });

  it('injects a status on matching requests, at most `times` times', async () => {
    const gh = await start({
      issues: [{ owner: 'acme', repo: 'infra', number: 7 }],
      faults: { status: { method: 'get', pathPattern: /\/comments$/, status: 502, message: 'Server Error', times: 1 } },
    });
    const url = `${gh.url}/repos/acme/infra/issues/7/comments`;
    const first = await get(url);
    expect(first.status).toBe(502);
    expect(first.json).toMatchObject({ message: 'Server Error' });
    expect((await get(url)).status).toBe(200);
  });

  it('serves under a path prefix, as GitHub Enterprise Server does under /api/v3', async () => {
    const gh = await start({ pathPrefix: '/api/v3', issues: [{ owner: 'acme', repo: 'infra', number: 7 }] });
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect((await get(`${gh.url}/repos/acme/infra/issues/7/comments`)).status).toBe(200);
    expect((await get(gh.url.replace('/api/v3', '') + '/repos/acme/infra/issues/7/comments')).status).toBe(404);
  });

  it('serves a client in another process', async () => {
    const gh = await start({ issues: [{ owner: 'acme', repo: 'infra', number: 7 }] });
    const script = `
      const res = await fetch(process.env.GITHUB_API_URL + '/repos/acme/infra/issues/7/comments', {
        method: 'POST', headers: { authorization: 'Bearer ' + process.env.TOKEN }, body: JSON.stringify({ body: 'from child' }),
      });
      console.log(res.status);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, GITHUB_API_URL: gh.url, TOKEN },
    });
    expect(stdout.trim()).toBe('201');
    expect(gh.comments('acme', 'infra', 7).map((c) => c.body)).toEqual(['from child']);
  });
});
