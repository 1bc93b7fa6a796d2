/**
 * Every fixture page (test/fixtures/<name>/source.html) in real Chromium: an article gets marks that say
 * exactly what the engine reports for the page as it stands (scripts' late paragraphs included), none in
 * code, editable regions or form fields, a badge counting its sources, and turning annotations off gives
 * the page back exactly; a page that is not an article (expected.json `isArticle: false`) gets no marks
 * and no badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  cliReport,
  expectedMarkText,
  htmlWithoutMarks,
  markMismatches,
  pristineBodyHtml,
  readMarks,
  startSession,
  waitForMarks,
  type ChromeApi,
  type CliReport,
  type Session,
} from './lib';

declare const chrome: ChromeApi;

const TEST_PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

// A page's own sign that its article is complete (late-paragraphs adds two paragraphs after load).
const READY: Record<string, string> = { 'late-paragraphs': "!document.getElementById('loading')" };
// Where marks must never go (the page is sacred).
const UNTOUCHABLE = ['pre', 'code', 'script', 'style', 'textarea', 'input', 'select', 'svg', '[contenteditable]:not([contenteditable="false"])']
  .map((sel) => `${sel} sourcelight-mark`)
  .join(', ');

interface Fixture {
  name: string;
  page: string;
  isArticle: boolean;
  hasScripts: boolean;
}

/** Fixture folders with a source.html; expected.json's `isArticle: false` marks a page that is no article. */
function discoverFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES_DIR, d.name, 'source.html')))
    .map((d) => {
      const expectedFile = path.join(FIXTURES_DIR, d.name, 'expected.json');
      const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as { isArticle?: boolean }) : {};
      const html = readFileSync(path.join(FIXTURES_DIR, d.name, 'source.html'), 'utf8');
      return { name: d.name, page: `${d.name}/source.html`, isArticle: expected.isArticle !== false, hasScripts: /<script\b/i.test(html) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const FIXTURES = discoverFixtures();
const ARTICLES = FIXTURES.filter((f) => f.isArticle);
const NOT_ARTICLES = FIXTURES.filter((f) => !f.isArticle);

let session: Session;
let scratch: string;

beforeAll(async () => {
  session = await startSession({ server: { extraRoots: [TEST_PAGES] } });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-e2e-'));
});

afterAll(async () => {
  await session?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/**
 * Waits until the page's marks agree with the CLI's report of the same page (read back without our marks,
 * so the paragraphs a script added count too); returns that report's number of sources.
 */
async function expectMarksMatchEngine(page: Page, name: string): Promise<number> {
  const file = path.join(scratch, `${name.replace(/\W+/g, '-')}.html`);
  let problems: string[] = [];
  let sources = -1;
  const reports = new Map<string, CliReport>(); // the CLI takes seconds to start: ask once per page state
  const check = async () => {
    const marks = await readMarks(page);
    const html = await htmlWithoutMarks(page);
    let report = reports.get(html);
    if (!report) {
      await writeFile(file, html);
      report = await cliReport(file, { withText: true });
      reports.set(html, report);
    }
    sources = report.attributions.length > 0 ? report.sources.length : -1;
    const sourceOf = new Map(report.attributions.map((a) => [a.id, a.sourceId ?? '']));
    problems = marks.length === 0 ? ['no marks yet'] : markMismatches(marks, expectedMarkText(report), sourceOf);
    return problems;
  };
  await waitForMarks(page);
  // The content script settles on its own schedule (debounced after late changes): poll, then show what differs.
  await expect.poll(check, { timeout: 20_000, interval: 1_000 }).toEqual([]);
  expect(sources, `${name}: the engine finds attributions`).toBeGreaterThan(0);
  return sources;
}

const setEnabled = (on: boolean) =>
  session.browser.serviceWorker.evaluate((value) => chrome.storage.local.set({ annotationsEnabled: value }), on);

describe('annotations on every fixture page', () => {
  it('finds the fixture pages', () => {
    expect(ARTICLES.map((f) => f.name)).toEqual(expect.arrayContaining(['broken-up', 'cross-inline', 'late-paragraphs']));
  });

  it.each(ARTICLES)('$name: marks say what the engine reports, none in untouchable places; the badge counts the sources; off restores the page', async ({ name, page: pathname, hasScripts }) => {
    const { page, tabId } = await session.openPage(pathname);
    if (READY[name]) await page.waitForFunction(READY[name]!, null, { timeout: 15_000 });
    const sources = await expectMarksMatchEngine(page, pathname);
    expect(await page.locator(UNTOUCHABLE).count()).toBe(0);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(sources));

    // Static pages must come back exactly as the server sent them; on a page whose own script changed it,
    // exactly as it stands without our marks.
    const original = hasScripts ? (await htmlWithoutMarks(page)).replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, '') : await pristineBodyHtml(page);
    try {
      await setEnabled(false);
      await page.waitForFunction(() => document.querySelectorAll('sourcelight-mark').length === 0, null, { timeout: 10_000 });
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    } finally {
      await setEnabled(true);
    }
    await page.close();
  });

  it.each(NOT_ARTICLES)('$name is no article: no marks, no badge', async ({ page: pathname }) => {
    const { page, tabId } = await session.openPage(pathname);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_500); // leave time for a (wrong) annotation to show up
    expect(await page.locator('sourcelight-mark').count()).toBe(0);
    expect(await session.browser.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('late-paragraphs: the paragraphs added after load get marks once they arrive', async () => {
    const { page } = await session.openPage('late-paragraphs/source.html?delay=2500');
    const early = await waitForMarks(page);
    expect(await page.evaluate(() => !!document.getElementById('loading'))).toBe(true);
    await page.waitForFunction(() => !document.getElementById('loading'), null, { timeout: 15_000 });
    // A quote from the late paragraphs ("Our grandparents spoke of it every winter") is marked once it is there.
    const late = page.locator('sourcelight-mark[data-part="content"]', { hasText: 'Our grandparents' });
    await expect.poll(() => late.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await waitForMarks(page)).length).toBeGreaterThan(early.length);
    await page.close();
  });

  it('a search page full of "said" and quotation marks is no article: no marks, no badge', async () => {
    const { page, tabId } = await session.openPage('search-results.html');
    // The content script publishes its verdict to the background; wait for the tab state to settle.
    await page.waitForLoadState('load');
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 5_000 }).toBe('');
    await page.waitForTimeout(1_500); // leave time for a (wrong) late annotation to show up
    expect(await page.locator('sourcelight-mark').count()).toBe(0);
    expect(await session.browser.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
