/**
 * The Markdown the action publishes: the pull request comment (under GitHub's 65,536-character limit, summarized by
 * the renderer, with a link to the full report in the job summary), the job summary (the same content in full, up
 * to GitHub's 1 MiB per step), and the comment of a run that failed, which says so instead of showing any result.
 */
import { cleanText, escapeMarkdown, escapeMarkdownWithCode, safeUrl } from '../core/report/escape.js';
import type { ImpactReport } from '../core/impact/report-types.js';
import { renderMarkdown } from '../core/report/render-markdown.js';

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** What the comment may use: a little below the limit, so that GitHub never sees a body at the edge. */
export const COMMENT_MAX_LENGTH = 65_000;
/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Where the comment's links point. */
export interface ReportLinks {
  /** `https://github.com/OWNER/REPO/blob/SHA/`: causes link to their file and line under it. */
  linkBase?: string;
  /** `https://github.com/OWNER/REPO/actions/runs/ID`: the run whose job summary holds the full report. */
  runUrl?: string;
}

/**
 * The links of the event's repository: causes link to the head commit (paths in the report are relative to the
 * repository's top level, whatever the working directory), and the run's page holds the job summary.
 */
export function reportLinks(
  env: Readonly<Record<string, string | undefined>>,
  repository: { owner?: string; repo?: string; headSha?: string },
): ReportLinks {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const { owner, repo, headSha } = repository;
  if (!owner || !repo) return {};
  const links: ReportLinks = {};
  if (headSha) links.linkBase = `${server}/${owner}/${repo}/blob/${headSha}/`;
  if (env.GITHUB_RUN_ID) links.runUrl = `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  return links;
}

/** The comment's identity: a hidden marker and a title, one per working directory when it is not the root. */
export interface CommentIdentity {
  marker: string;
  title: string;
}

/**
 * The marker and title of the comment. A workflow that runs the action once per directory of a monorepo gets one
 * sticky comment per directory instead of each run overwriting the other's.
 */
export function commentIdentity(workingDirectory: string): CommentIdentity {
  // The renderer rewrites a marker that could close early (`--`, `<`, `>`) or spans lines; this one never needs it.
  const dir = cleanText(workingDirectory)
    .replace(/^\.\/+|\/+$/g, '')
    .replace(/[<>]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^-|-$/g, '');
  if (dir === '' || dir === '.') return { marker: '<!-- iam-impact -->', title: 'iam-impact' };
  return { marker: `<!-- iam-impact: ${dir} -->`, title: `iam-impact (${dir})` };
}

function runLink(runUrl: string | undefined, text: string): string | undefined {
  const url = runUrl ? safeUrl(runUrl) : undefined;
  return url ? `[${escapeMarkdown(text)}](${url})` : undefined;
}

/** The pull request comment: at most {@link COMMENT_MAX_LENGTH} characters, whatever the report's size. */
export function commentMarkdown(report: ImpactReport, identity: CommentIdentity, links: ReportLinks): string {
  const link = runLink(links.runUrl, 'job summary of this run');
  const footer = link ? `\nFull report: the ${link} and its JSON report (the report-path output).\n` : '';
  const body = renderMarkdown(report, {
    maxLength: COMMENT_MAX_LENGTH - footer.length,
    marker: identity.marker,
    title: identity.title,
    fullReportNote: 'the full table is in the job summary and the JSON report',
    ...(links.linkBase ? { linkBase: links.linkBase } : {}),
  });
  return `${body}${footer}`;
}

/** Said under the title when links were left out so that the whole table fits. */
export const SUMMARY_WITHOUT_LINKS_NOTE =
  '> Links to the files are left out so that the full table fits in the 1 MiB a job summary may hold.';

/**
 * The job summary: the report in full. When the full table with its links would exceed GitHub's
 * {@link SUMMARY_LIMIT_BYTES}, the same table without links is used if it fits; only beyond that is it summarized
 * (the JSON report always holds everything).
 */
export function summaryMarkdown(report: ImpactReport, identity: CommentIdentity, links: ReportLinks): string {
  const budget = SUMMARY_LIMIT_BYTES - 1024;
  const render = (maxLength: number, linkBase: string | undefined) =>
    renderMarkdown(report, {
      maxLength,
      title: identity.title,
      fullReportNote: 'the full report is in the JSON report (the report-path output)',
      ...(linkBase ? { linkBase } : {}),
    });
  const fits = (text: string) => Buffer.byteLength(text, 'utf8') <= budget;
  const full = render(Number.MAX_SAFE_INTEGER, links.linkBase);
  if (fits(full)) return full;
  if (links.linkBase) {
    const plain = render(Number.MAX_SAFE_INTEGER, undefined);
    const withNote = plain.replace(/\n\n/, `\n\n${SUMMARY_WITHOUT_LINKS_NOTE}\n\n`);
    if (fits(withNote)) return withNote;
  }
  // The renderer counts UTF-16 units and GitHub counts bytes: shrink until the UTF-8 size fits.
  let maxLength = budget;
  let text = render(maxLength, links.linkBase);
  while (!fits(text) && maxLength > 1024) {
    maxLength = Math.floor((maxLength * budget) / Buffer.byteLength(text, 'utf8') - 1024);
    text = render(maxLength, links.linkBase);
  }
  return text;
}

/** What to say about a run that failed. */
export interface FailureText {
  /** The error message. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/**
 * The comment and job summary of a run that failed: it says the analysis failed and why, and shows no findings,
 * so that a stale "no principal loses access" of an earlier run is never left standing. The job summary has no
 * marker (`withMarker` false).
 */
export function failureMarkdown(
  failure: FailureText,
  identity: CommentIdentity,
  links: ReportLinks,
  withMarker: boolean,
): string {
  const out: string[] = [];
  if (withMarker) out.push(identity.marker);
  out.push(
    `### ${escapeMarkdown(identity.title)}: ❌ the analysis failed`,
    '',
    'iam-impact could not finish, so it cannot say who would lose access. Nothing here means the change is safe.',
    '',
    ...failure.message.split('\n').map((line) => `> ${escapeMarkdownWithCode(line)}`),
  );
  if (failure.hint) out.push('', `**Hint:** ${escapeMarkdownWithCode(failure.hint)}`);
  const link = runLink(links.runUrl, 'the log of this run');
  if (link) out.push('', `See ${link}.`);
  const text = `${out.join('\n')}\n`;
  return text.length <= COMMENT_MAX_LENGTH ? text : `${text.slice(0, COMMENT_MAX_LENGTH - 2)}…\n`;
}
