/**
 * German, French and Spanish news pages of our own making (test/fixtures/languages), in real Chromium
 * (issue 23): each is read in its language and annotated, its marks saying what the engine reports for the page,
 * each mark's source one of the report's, and its popup lists every source of the report under its name in its
 * kind's group. How close the report comes to the page's hand-written gold (NAME.expected.json) is measured by
 * `npm run eval:languages` (scripts/eval-languages.ts), not asserted here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  cliReport,
  expectedMarkText,
  markMismatches,
  startSession,
  waitForMarks,
  type CliReport,
  type MarkInfo,
  type Session,
} from './lib';
import { bare, type Gold } from '../unit/helpers/score-pages';

const PAGES = [
  ['German', 'german-news', 'de'],
  ['French', 'french-news', 'fr'],
  ['Spanish', 'spanish-news', 'es'],
] as const;

// The English catalogue's group headings (the browser's UI is English here, whatever the page's language).
const GROUP = { person: 'People', organization: 'Organizations', media: 'Media', anonymous: 'Unnamed sources' } as const;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe.each(PAGES)('the %s page (%s.html)', (_language, name, lang) => {
  const path = `languages/${name}.html`;
  const gold = JSON.parse(readFileSync(join(FIXTURES_DIR, `languages/${name}.expected.json`), 'utf8')) as Gold;
  let report: CliReport;
  let page: Page;
  let tabId: number;
  let marks: MarkInfo[];

  beforeAll(async () => {
    [report, { page, tabId }] = await Promise.all([cliReport(`test/fixtures/${path}`, { withText: true }), session.openPage(path)]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    marks = await waitForMarks(page);
  });
  afterAll(() => page?.close());

  it('is annotated: its marks say what the engine reports, and each mark’s source is one of the report’s', () => {
    expect(marks.length).toBeGreaterThan(0);
    const sourceOf = new Map(report.attributions.map((a) => [a.id, a.sourceId ?? '']));
    expect(markMismatches(marks, expectedMarkText(report), sourceOf)).toEqual([]);
    const ids = new Set(report.sources.map((s) => s.id));
    expect(marks.filter((m) => m.source !== '' && !ids.has(m.source ?? ''))).toEqual([]);
  });

  it('has a popup that lists every source the engine reports, under its name, in its kind’s group', async () => {
    const popup = await session.browser.openPopup(tabId);
    try {
      await popup.locator('li.source').first().waitFor({ timeout: 20_000 });
      const rows = await popup.$$eval('li.source', (items) =>
        items.map((li) => `${li.querySelector('.source-name-text')?.textContent ?? ''}: ${li.closest('section.group')?.querySelector('.group-heading > span:first-child')?.textContent ?? ''}`),
      );
      // The popup shows the report of the page, in the page's language, as the engine read it: every source once.
      const expected = report.sources.map((s) => `${s.name}: ${GROUP[s.kind as keyof typeof GROUP]}`);
      expect(rows.sort()).toEqual(expected.sort());
      // And the sources the engine reads right are there by their gold names (how right it is overall is measured by
      // npm run eval:languages, against the same gold).
      const listed = new Set(rows.map((r) => bare(r.split(': ')[0]!)));
      expect(gold.sources.some((g) => listed.has(bare(g.name)))).toBe(true);
    } finally {
      await popup.close();
    }
  });
});

describe('privacy', () => {
  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
