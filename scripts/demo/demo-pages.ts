/**
 * The pages the demo serves: the project's own fixtures (test/fixtures/*.html and test/fixtures/NAME/source.html),
 * the seed article first, listed on an index page generated here. Nothing is fetched from anywhere else.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface DemoPage {
  /** Path under the fixtures folder, with forward slashes: "seed-article.html", "ads/source.html". */
  href: string;
  title: string;
}

export const SEED_PAGE = 'seed-article.html';
// Generated stress pages live here; they are for the hostile-web measurements, not for reading.
const SKIPPED_DIRS = new Set(['pathological', 'hostile']);

const TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** The text of a page's <title>, entities decoded, whitespace collapsed; the file name when there is none. */
export function pageTitle(html: string, fallback: string): string {
  const raw = TITLE.exec(html)?.[1] ?? '';
  const text = raw.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, ' ').trim();
  return text || fallback;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lists the demo pages under `fixturesDir`, the seed first and the rest by title; a missing folder gives an empty list. */
export async function listDemoPages(fixturesDir: string): Promise<DemoPage[]> {
  const entries = await fs.readdir(fixturesDir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries) {
    if (e.isFile() && /\.html?$/i.test(e.name)) files.push(e.name);
    else if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) {
      const source = path.join(fixturesDir, e.name, 'source.html');
      if (await fs.stat(source).then((s) => s.isFile(), () => false)) files.push(`${e.name}/source.html`);
    }
  }
  const pages = await Promise.all(
    files.map(async (href) => ({ href, title: pageTitle(await fs.readFile(path.join(fixturesDir, href), 'utf8'), href) })),
  );
  return pages.sort((a, b) => (a.href === SEED_PAGE ? -1 : b.href === SEED_PAGE ? 1 : a.title.localeCompare(b.title)));
}

/** The index page: a plain list of links to every demo page, with a word on what to look for. */
export function renderIndex(pages: readonly DemoPage[]): string {
  const items = pages
    .map((p) => `    <li><a href="/${p.href.split('/').map(encodeURIComponent).join('/')}">${escapeHtml(p.title)}</a> <code>${escapeHtml(p.href)}</code></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sourcelight demo pages</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 720px; margin: 40px auto; padding: 0 16px; color: #1d1d1f; }
    code { color: #666; font-size: 13px; margin-left: 6px; }
    li { margin: 6px 0; }
    @media (prefers-color-scheme: dark) { body { background: #1c1c1e; color: #eee; } a { color: #8ab4ff; } code { color: #aaa; } }
  </style>
</head>
<body>
  <h1>Sourcelight demo pages</h1>
  <p>These are the project's own test pages, served from this machine. Open one: every quote, agency
  and unnamed source is marked; hover a mark for its card, and open Sourcelight's toolbar button for the list.
  Some of them are not articles (search results, a shop): Sourcelight leaves those alone.</p>
  <ul>
${items}
  </ul>
</body>
</html>
`;
}
