/**
 * The source list a reader takes away (issue 21), in real Chromium, on a city news story of our own making
 * (test/fixtures/frozen-mains): the popup lists each source once, under its full name, in its kind's group,
 * with its role and its count of attributions, and the hover card on a "Ms. Ruiz" names Ana Ruiz and her
 * role. Every expectation comes from the hand-written gold (frozen-mains/expected.json, written by the
 * rules of ../shared/docs/ANNOTATION.md), in the words of the English catalogue, never from the engine's
 * own report: where the engine differs from the gold, this test fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { FIXTURES_DIR, startSession, waitForMarks, type Session } from './lib';
import { cardProbe, type CardState } from './card-probe';
import type { Gold, GoldSource } from '../unit/helpers/score-pages';

const PAGE = 'frozen-mains/source.html';
const gold = JSON.parse(readFileSync(join(FIXTURES_DIR, 'frozen-mains/expected.json'), 'utf8')) as Gold;

// The English catalogue's words (public/_locales/en/messages.json), as a reader reads them.
const GROUP = { person: 'People', organization: 'Organizations', media: 'Media', anonymous: 'Unnamed sources' } as const;
const CARD_KIND = { person: 'Person', organization: 'Organization', media: 'News outlet', anonymous: 'Unnamed source' } as const;
const CARD_TYPE = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partly quoted' } as const;

/** The counts line under a source: "3 attributions · 1 direct · 2 indirect". */
function countsLine(source: GoldSource): string {
  const mine = gold.attributions.filter((a) => a.source === source.name);
  const n = (type: string) => mine.filter((a) => a.type === type).length;
  return [
    `${mine.length} ${mine.length === 1 ? 'attribution' : 'attributions'}`,
    ...(['direct', 'indirect', 'mixed'] as const).filter((type) => n(type) > 0).map((type) => `${n(type)} ${type}`),
  ].join(' · ');
}

interface Row {
  group: string;
  name: string;
  role: string | null;
  counts: string;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

let session: Session;
let page: Page;
let popup: Page;
let card: () => Promise<CardState>;

beforeAll(async () => {
  session = await startSession();
  let tabId: number;
  ({ page, tabId } = await session.openPage(PAGE));
  await waitForMarks(page, { min: 10 });
  card = await cardProbe(page);
  popup = await session.browser.openPopup(tabId);
  await popup.locator('li.source').first().waitFor({ timeout: 20_000 });
});
afterAll(() => session?.close());

/** Every source in the popup, in the order shown: its group's heading, name, role and counts, as displayed. */
function popupRows(): Promise<Row[]> {
  return popup.$$eval('li.source', (items) =>
    items.map((li) => ({
      group: li.closest('section.group')?.querySelector('.group-heading > span:first-child')?.textContent ?? '',
      name: li.querySelector('.source-name-text')?.textContent ?? '',
      role: li.querySelector('.source-role')?.textContent ?? null,
      counts: li.querySelector('.source-counts')?.textContent ?? '',
    })),
  );
}

describe('the popup’s source list for the frozen-mains story', () => {
  it('lists each gold source once, under its full name, in its kind’s group, with its role and count, and nothing else', async () => {
    const expected: Row[] = gold.sources.map((s) => ({ group: GROUP[s.kind], name: s.name, role: s.role, counts: countsLine(s) }));
    expect((await popupRows()).sort(byName)).toEqual(expected.sort(byName));
  });

  it('heads each group with its word and the number of its sources', async () => {
    const expected = (['person', 'organization', 'media', 'anonymous'] as const)
      .map((kind) => [GROUP[kind], String(gold.sources.filter((s) => s.kind === kind).length)])
      .filter(([, n]) => n !== '0');
    const headings = await popup.$$eval('.group-heading', (hs) => hs.map((h) => Array.from(h.children, (c) => c.textContent ?? '')));
    expect(headings).toEqual(expected);
  });

  it('shows the other names the gold gives for a source', async () => {
    const lines = new Map(
      await popup.$$eval('li.source', (items) =>
        items.map((li) => [li.querySelector('.source-name-text')?.textContent ?? '', li.querySelector('.source-aliases')?.textContent ?? ''] as const),
      ),
    );
    for (const source of gold.sources.filter((s) => s.aliases.length > 0)) {
      const line = lines.get(source.name) ?? '';
      const shown = line.replace(/^Also: /, '').split(', ');
      for (const alias of source.aliases) expect.soft(shown, `${source.name}: “${line}”`).toContain(alias);
    }
  });
});

/** Rests the pointer on a mark's first line, scrolled into view first, as a reader would. */
async function hoverMark(mark: Locator): Promise<void> {
  await mark.scrollIntoViewIfNeeded();
  const r = await mark.evaluate((m) => {
    const first = m.getClientRects()[0]!;
    return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
  });
  await page.mouse.move(1200, 880); // a pointer already resting there sends no new pointerover
  await page.mouse.move(r.x, r.y);
}

describe('the hover card on “Ms. Ruiz”', () => {
  const ruiz = gold.sources.find((s) => s.name === 'Ana Ruiz')!;
  const spoken = gold.attributions.filter((a) => a.source === ruiz.name && a.mention === 'Ms. Ruiz');

  it.each(spoken.map((a, index) => [index + 1, a.type, a] as const))(
    'names Ana Ruiz, a person, with her role, the cue and her count (mention %i, %s)',
    async (index, _type, attribution) => {
      await page.bringToFront();
      const mark = page.locator('sourcelight-mark[data-part="mention"]', { hasText: /^Ms\. Ruiz$/ }).nth(index - 1);
      await hoverMark(mark);
      await expect.poll(async () => (await card()).open, { timeout: 5000 }).toBe(true);
      // "Ms. Ruiz" is one of her names (an alias), so the card needs no "“Ms. Ruiz” is Ana Ruiz" line.
      expect((await card()).lines).toEqual([
        'Ana Ruiz',
        `${CARD_KIND[ruiz.kind]} · ${ruiz.role}`,
        `${CARD_TYPE[attribution.type]}, cue: “${attribution.cue}”`,
        `Cited ${ruiz.attributions} times in this article`,
      ]);
      await page.keyboard.press('Escape');
    },
  );
});

describe('privacy', () => {
  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
