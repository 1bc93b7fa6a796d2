/**
 * German, French and Spanish news pages of our own making (test/fixtures/languages), in real Chromium
 * (issue 23): each is annotated, its marks saying what the engine reports for the page, each mark's source
 * one of the report's, and its popup lists the sources its hand-written gold lists, each under its name in
 * its kind's group. The names and kinds come from the gold (NAME.expected.json), never from the engine, and
 * are matched as ../shared/tools/score-pages.py matches them (titles and honorifics aside, case aside; an
 * unnamed group, an organization or an outlet also by an alias the gold gives).
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
import { bare, goldNames, type Gold } from '../unit/helpers/score-pages';

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

  it('has a popup that lists each of the gold’s sources under its name, in its kind’s group', async () => {
    const popup = await session.browser.openPopup(tabId);
    try {
      await popup.locator('li.source').first().waitFor({ timeout: 20_000 });
      const rows = await popup.$$eval('li.source', (items) =>
        items.map((li) => ({
          group: li.closest('section.group')?.querySelector('.group-heading > span:first-child')?.textContent ?? '',
          name: li.querySelector('.source-name-text')?.textContent ?? '',
          aliases: (li.querySelector('.source-aliases')?.textContent ?? '').replace(/^Also: /, '').split(', ').filter(Boolean),
        })),
      );
      // Per gold source, what a reader finds: "name: group" when listed right, else what the popup shows instead.
      const found = gold.sources.map((g) => {
        const shown = new Set([bare(g.name), ...(g.kind !== 'person' ? goldNames(g) : [])]);
        const right = rows.find((r) => r.group === GROUP[g.kind] && shown.has(bare(r.name)));
        if (right) return `${g.name}: ${GROUP[g.kind]}`;
        const names = goldNames(g);
        const named = rows.filter((r) => [r.name, ...r.aliases].some((n) => shown.has(bare(n)) || names.has(bare(n))));
        return `${g.name}: ${named.length > 0 ? named.map((r) => `listed as “${r.name}” under ${r.group}`).join(', ') : 'not listed'}`;
      });
      expect(found).toEqual(gold.sources.map((g) => `${g.name}: ${GROUP[g.kind]}`));
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
