/**
 * The other fixture pages in real Chromium: each gets marks that say exactly what the engine reports for the
 * page as it stands (scripts' late paragraphs included), off restores it, and a page that is not an
 * article gets no marks and no badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  cliReport,
  expectedMarkText,
  htmlWithoutMarks,
  markMismatches,
  readMarks,
  startSession,
  waitForMarks,
  type Session,
} from './lib';

const TEST_PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

// `ready`: the page's own sign that its article is complete (late-paragraphs adds two after load).
const FIXTURES: Array<{ page: string; ready?: string }> = [
  { page: 'broken-up/source.html' },
  { page: 'cross-inline/source.html' },
  { page: 'late-paragraphs/source.html', ready: "!document.getElementById('loading')" },
];

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
  const check = async () => {
    const marks = await readMarks(page);
    await writeFile(file, await htmlWithoutMarks(page));
    const report = await cliReport(file, { withText: true });
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

describe('annotations on the other fixture pages', () => {
  it.each(FIXTURES)('$page: marks say what the engine reports, the badge counts its sources', async ({ page: pathname, ready }) => {
    const { page, tabId } = await session.openPage(pathname);
    if (ready) await page.waitForFunction(ready, null, { timeout: 15_000 });
    const sources = await expectMarksMatchEngine(page, pathname);
    await expect.poll(() => session.browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(sources));
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

  it('a search results page is no article: no marks, no badge', async () => {
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
