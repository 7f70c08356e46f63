/**
 * A fake GitHub REST API for tests: a real HTTP server on 127.0.0.1 that speaks the issue-comment endpoints, so the
 * real Octokit client (its auth hook, its request pipeline, its `paginate` following `Link` headers) can be pointed
 * at it with `baseUrl: fake.url`, in process or from a child process through `GITHUB_API_URL`.
 *
 * Nothing is shared in memory with the client: state lives here and is read back with {@link FakeGitHub.comments}
 * and {@link FakeGitHub.calls}.
 *
 * Served (optionally under `pathPrefix`, e.g. `/api/v3` as on GitHub Enterprise Server):
 * - `GET    /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=` (also `/repositories/{id}/…`, the form
 *   GitHub uses in its own `Link` headers)
 * - `POST   /repos/{owner}/{repo}/issues/{n}/comments`
 * - `GET | PATCH | DELETE /repos/{owner}/{repo}/issues/comments/{id}`
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A comment placed on an issue before the test starts. A string is a body by the default seed user. */
export type SeedComment = string | { body: string; user?: { login: string; type?: 'User' | 'Bot' } };

/** An issue (or pull request: the comment endpoints are the issue ones) that exists on the fake. */
export interface SeedIssue {
  owner: string;
  repo: string;
  number: number;
  /** Its comments, oldest first. */
  comments?: SeedComment[];
}

/** One injected answer: requests matching `method` and `pathPattern` get `status` with `{ message }`. */
export interface StatusFault {
  method: string;
  /** Tested against the path without the query string and without `pathPrefix`. */
  pathPattern: RegExp;
  status: number;
  message: string;
  /** How many matching requests are answered this way (default: all of them). */
  times?: number;
}

export interface FakeGitHubFaults {
  /**
   * POST and PATCH (and DELETE) answer 403 "Resource not accessible by integration", as GitHub does for a
   * `GITHUB_TOKEN` without `pull-requests: write` or the read-only token of a fork's pull request. Reads still work.
   */
  forbidWrites?: boolean;
  status?: StatusFault | StatusFault[];
}

export interface FakeGitHubOptions {
  /** The token the client must send (`Authorization: token X` or `Bearer X`). Default `fake-github-token`. */
  token?: string;
  /**
   * The issues that exist, with their comments. Any other issue is 404 "Not Found", as on GitHub for a pull
   * request that does not exist or a repository the token cannot see.
   */
  issues?: SeedIssue[];
  faults?: FakeGitHubFaults;
  /** Prefix of every route, e.g. `/api/v3` (GitHub Enterprise Server). Default none. */
  pathPrefix?: string;
  /** The user who writes comments with the token. Default `github-actions[bot]` (type Bot). */
  user?: { login: string; type?: 'User' | 'Bot' };
  /** Base of `html_url`. Default `https://github.com`. */
  htmlUrl?: string;
}

/** A comment as the REST API returns it (the fields clients use). */
export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface RecordedCall {
  method: string;
  /** Path and query string as requested, e.g. `/repos/o/r/issues/7/comments?per_page=100&page=2`. */
  path: string;
  status: number;
  /** The parsed JSON request body, for requests that sent one. */
  body?: unknown;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:PORT` followed by `pathPrefix`: what to pass as `baseUrl` or `GITHUB_API_URL`. */
  url: string;
  /** Every request, in arrival order. */
  calls: RecordedCall[];
  /** Live: changing it affects the following requests. */
  faults: FakeGitHubFaults;
  /** The issue's current comments, oldest first (copies). Empty for an issue that does not exist. */
  comments(owner: string, repo: string, issueNumber: number): FakeComment[];
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
/** GitHub's limit on a comment body, in characters. */
export const MAX_COMMENT_BODY = 65536;
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
// A fixed epoch and a one-second tick per write keep timestamps deterministic and strictly increasing.
const EPOCH = Date.UTC(2026, 0, 1);

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly payload: Record<string, unknown>,
  ) {
    super(String(payload.message));
  }
}

function notFound(): HttpFailure {
  return new HttpFailure(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

interface Repo {
  id: number;
  owner: string;
  name: string;
  issues: Map<number, FakeComment[]>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** Starts the fake on an ephemeral loopback port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'fake-github-token';
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const writer = { login: 'github-actions[bot]', type: 'Bot' as const, ...options.user };
  const htmlBase = (options.htmlUrl ?? 'https://github.com').replace(/\/+$/, '');
  const calls: RecordedCall[] = [];
  const repos = new Map<string, Repo>();
  const reposById = new Map<number, Repo>();
  const commentsById = new Map<number, { repo: Repo; issue: number; comment: FakeComment }>();
  const faultHits = new Map<StatusFault, number>();
  let nextCommentId = 2_000_000_001;
  let clock = 0;
  let base = '';

  const fake: FakeGitHub = {
    url: '',
    calls,
    faults: { ...options.faults },
    comments(owner, repo, issueNumber) {
      const list = repos.get(`${owner}/${repo}`.toLowerCase())?.issues.get(issueNumber) ?? [];
      return list.map((c) => ({ ...c, user: { ...c.user } }));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Clients keep connections alive; idle ones would otherwise hold close() until they time out.
        server.closeIdleConnections();
      }),
  };

  function repoFor(owner: string, name: string): Repo {
    // GitHub owner and repository names are case-insensitive.
    const key = `${owner}/${name}`.toLowerCase();
    let repo = repos.get(key);
    if (!repo) {
      repo = { id: 500_000_000 + repos.size + 1, owner, name, issues: new Map() };
      repos.set(key, repo);
      reposById.set(repo.id, repo);
    }
    return repo;
  }

  function userOf(login: string, type: 'User' | 'Bot') {
    let id = 0;
    for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 100_000_000;
    return { login, id: id + 1, type };
  }

  function addComment(repo: Repo, issue: number, body: string, user: { login: string; type?: 'User' | 'Bot' }) {
    const id = nextCommentId++;
    const at = new Date(EPOCH + 1000 * clock++).toISOString().replace('.000Z', 'Z');
    const comment: FakeComment = {
      id,
      node_id: `IC_kwDO${id.toString(36)}`,
      url: `${base}/repos/${repo.owner}/${repo.name}/issues/comments/${id}`,
      html_url: `${htmlBase}/${repo.owner}/${repo.name}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}/repos/${repo.owner}/${repo.name}/issues/${issue}`,
      body,
      user: userOf(user.login, user.type ?? 'User'),
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
    repo.issues.get(issue)!.push(comment);
    commentsById.set(id, { repo, issue, comment });
    return comment;
  }

  function authorized(req: IncomingMessage): boolean {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    return m !== null && m[1] === token;
  }

  function injected(method: string, path: string): HttpFailure | undefined {
    const list = fake.faults.status === undefined ? [] : [fake.faults.status].flat();
    for (const fault of list) {
      if (fault.method.toUpperCase() !== method || !fault.pathPattern.test(path)) continue;
      const hits = faultHits.get(fault) ?? 0;
      if (fault.times !== undefined && hits >= fault.times) continue;
      faultHits.set(fault, hits + 1);
      return new HttpFailure(fault.status, {
        message: fault.message,
        documentation_url: DOCS,
        status: `${fault.status}`,
      });
    }
    return undefined;
  }

  function parseCommentBody(raw: string): string {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new HttpFailure(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
    }
    const body = (parsed as { body?: unknown } | null)?.body;
    if (typeof body !== 'string') {
      throw new HttpFailure(422, {
        message: 'Invalid request.\n\n"body" wasn\'t supplied.',
        documentation_url: DOCS,
        status: '422',
      });
    }
    if (body.length > MAX_COMMENT_BODY) {
      throw new HttpFailure(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`,
          },
        ],
        documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
        status: '422',
      });
    }
    return body;
  }

  function forbidden(): HttpFailure {
    return new HttpFailure(403, {
      message: 'Resource not accessible by integration',
      documentation_url: `${DOCS}/issues/comments`,
      status: '403',
    });
  }

  /** Answers one request: status, JSON payload (undefined: no body) and extra headers. */
  async function route(
    method: string,
    path: string,
    query: URLSearchParams,
    raw: string,
  ): Promise<{ status: number; payload?: unknown; headers?: Record<string, string> }> {
    const listOrCreate = /^\/(?:repos\/([^/]+)\/([^/]+)|repositories\/(\d+))\/issues\/(\d+)\/comments$/.exec(path);
    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);

    if (listOrCreate) {
      const [, owner, name, repoId, n] = listOrCreate;
      const repo = repoId
        ? reposById.get(Number(repoId))
        : repos.get(`${decodeURIComponent(owner)}/${decodeURIComponent(name)}`.toLowerCase());
      const issue = Number(n);
      const list = repo?.issues.get(issue);
      if (!repo || !list) throw notFound();
      if (method === 'GET') return listPage(repo, issue, list, query);
      if (method === 'POST') {
        if (fake.faults.forbidWrites) throw forbidden();
        const comment = addComment(repo, issue, parseCommentBody(raw), writer);
        return { status: 201, payload: comment, headers: { location: comment.url } };
      }
      throw notFound();
    }

    if (single) {
      const [, owner, name, id] = single;
      const entry = commentsById.get(Number(id));
      const key = `${decodeURIComponent(owner)}/${decodeURIComponent(name)}`.toLowerCase();
      if (!entry || `${entry.repo.owner}/${entry.repo.name}`.toLowerCase() !== key) throw notFound();
      const { comment } = entry;
      if (method === 'GET') return { status: 200, payload: comment };
      if (method === 'PATCH') {
        if (fake.faults.forbidWrites) throw forbidden();
        comment.body = parseCommentBody(raw);
        comment.updated_at = new Date(EPOCH + 1000 * clock++).toISOString().replace('.000Z', 'Z');
        return { status: 200, payload: comment };
      }
      if (method === 'DELETE') {
        if (fake.faults.forbidWrites) throw forbidden();
        const list = entry.repo.issues.get(entry.issue)!;
        list.splice(list.indexOf(comment), 1);
        commentsById.delete(comment.id);
        return { status: 204 };
      }
    }
    throw notFound();
  }

  function listPage(repo: Repo, issue: number, list: FakeComment[], query: URLSearchParams) {
    const perPage = Math.min(positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
    const page = positiveInt(query.get('page')) ?? 1;
    const lastPage = Math.max(1, Math.ceil(list.length / perPage));
    const items = list.slice((page - 1) * perPage, page * perPage);
    // Like GitHub, the links use the numeric repository form, so a client must follow them rather than rebuild them.
    const link = (p: number, rel: string) =>
      `<${base}/repositories/${repo.id}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { status: 200, payload: items, headers: links.length ? { link: links.join(', ') } : undefined };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const requested = req.url ?? '/';
    const raw = await readBody(req);
    const call: RecordedCall = { method, path: requested, status: 0 };
    if (raw) {
      try {
        call.body = JSON.parse(raw);
      } catch {
        call.body = raw;
      }
    }
    calls.push(call);

    const parsed = new URL(requested, 'http://fake.invalid');
    let path = parsed.pathname;
    let answer: { status: number; payload?: unknown; headers?: Record<string, string> };
    try {
      if (prefix && !(path === prefix || path.startsWith(`${prefix}/`))) throw notFound();
      path = path.slice(prefix.length) || '/';
      if (!authorized(req)) {
        throw new HttpFailure(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      }
      const fault = injected(method, path);
      if (fault) throw fault;
      answer = await route(method, path, parsed.searchParams, raw);
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      answer = { status: error.status, payload: error.payload };
    }

    call.status = answer.status;
    const headers: Record<string, string> = { 'x-github-media-type': 'github.v3; format=json', ...answer.headers };
    if (answer.payload === undefined) {
      res.writeHead(answer.status, headers).end();
      return;
    }
    const text = JSON.stringify(answer.payload);
    res
      .writeHead(answer.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      })
      .end(text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the fake: make it visible in the test's failure rather than hanging the client.
      const text = JSON.stringify({ message: `fake-github internal error: ${String(error)}` });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}${prefix}`;
  fake.url = base;

  for (const seed of options.issues ?? []) {
    const repo = repoFor(seed.owner, seed.repo);
    if (!repo.issues.has(seed.number)) repo.issues.set(seed.number, []);
    for (const c of seed.comments ?? []) {
      const comment = typeof c === 'string' ? { body: c } : c;
      addComment(repo, seed.number, comment.body, comment.user ?? { login: 'octocat', type: 'User' });
    }
  }
  return fake;
}
