/**
 * The side panel in real Chromium: opened from the popup's button (a real click, the gesture Chrome asks
 * for), it lists the sources of the active tab, follows a tab switch and a navigation inside the tab, and
 * keeps in step with the page's hover card both ways: the quote the card shows is marked in the panel, and a
 * click on a quote in the panel scrolls the page to it and opens the card there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cardProbe } from './card-probe';
import {
  cliReport,
  devtoolsArgs,
  freePort,
  sidePanelPage,
  startSession,
  waitForMarks,
  type CliReport,
  type Session,
} from './lib';
import type { ChromeApi } from './lib';

declare const chrome: ChromeApi & {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<Array<{ contextType: string; documentUrl?: string }>> };
};

const SEED = 'seed-article.html';
const ENVOY = 'companion/envoy-talks.html';
const HARBOR = 'companion/harbor-dredging.html';

let session: Session;
let port: number;
let devtools: Browser | undefined;
let panel: Page;
let seedPage: Page;
let envoyPage: Page;
const reports = new Map<string, CliReport>();

beforeAll(async () => {
  port = await freePort();
  // A short window, so a quote can be below the fold and a jump has somewhere to go.
  session = await startSession({ launch: { args: devtoolsArgs(port), viewport: { width: 1000, height: 520 } } });
  for (const page of [SEED, ENVOY, HARBOR]) reports.set(page, await cliReport(`test/fixtures/${page}`));
});
afterAll(async () => {
  await devtools?.close().catch(() => {});
  await session?.close();
});

const sorted = (names: string[]) => [...names].sort();
const sourceNames = (page: string) => sorted(reports.get(page)!.sources.map((s) => s.name));
const panelNames = async () => sorted(await panel.locator('.source-name-text').allTextContents());
/** The panel's list, once it shows the page that `page` names (polled: the panel follows by itself). */
const panelShows = (page: string) => expect.poll(panelNames, { timeout: 20_000 }).toEqual(sourceNames(page));

describe('the side panel', () => {
  it('opens from the popup’s button and lists the sources of the page beside it', async () => {
    let tabId: number;
    ({ page: seedPage, tabId } = await session.openPage(SEED));
    await waitForMarks(seedPage);
    const popup = await session.browser.openPopup(tabId);
    await popup.locator('.source-name-text').first().waitFor();
    // The article is the window's active tab, as when the reader clicks the toolbar button over it.
    await seedPage.bringToFront();
    await popup.getByRole('button', { name: 'Open in the side panel' }).click();
    ({ devtools, panel } = await sidePanelPage(port, session.browser.extensionId));
    const contexts = await session.browser.serviceWorker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));
    expect(contexts.map((c) => new URL(c.documentUrl!).pathname)).toEqual(['/sidepanel.html']);
    await panelShows(SEED);
    // The panel is the side panel's view: no button to open itself.
    expect(await panel.getByRole('button', { name: 'Open in the side panel' }).count()).toBe(0);
    await popup.close();
  });

  it('follows a switch to another tab, and back', async () => {
    ({ page: envoyPage } = await session.openPage(ENVOY));
    await waitForMarks(envoyPage);
    await panelShows(ENVOY);
    expect(await panel.locator('.page-title').textContent()).toBe('Envoy Says Coalition Talks Will Resume Next Week');
    await seedPage.bringToFront();
    await panelShows(SEED);
  });

  it('follows a navigation inside the tab', async () => {
    await envoyPage.bringToFront();
    await panelShows(ENVOY);
    await envoyPage.goto(session.server.url(HARBOR));
    await waitForMarks(envoyPage);
    await panelShows(HARBOR);
  });

  it('marks the quote the page’s hover card shows', async () => {
    const report = reports.get(HARBOR)!;
    const target = report.attributions.find((a) => a.type === 'direct')!;
    const mark = envoyPage.locator(`sourcelight-mark[data-attribution="${target.id}"][data-part="content"]`).first();
    await mark.scrollIntoViewIfNeeded();
    const r = await mark.evaluate((m) => {
      const first = m.getClientRects()[0]!;
      return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
    });
    await envoyPage.mouse.move(5, 5);
    await envoyPage.mouse.move(r.x, r.y);
    const current = panel.locator('button.quote[aria-current="true"]');
    await expect.poll(() => current.count(), { timeout: 10_000 }).toBe(1);
    expect(await current.locator('.quote-text').textContent()).toContain(target.content[0]!.text.slice(0, 30));
    // The card closes when the pointer leaves the marks: the panel lets go of the quote too.
    await envoyPage.mouse.move(990, 510);
    await envoyPage.mouse.move(995, 515);
    await expect.poll(() => current.count(), { timeout: 10_000 }).toBe(0);
  });

  it('a click on a quote in the panel scrolls the page to it and opens the card there', async () => {
    const report = reports.get(HARBOR)!;
    const last = report.attributions.at(-1)!;
    const source = report.sources.find((s) => s.id === last.sourceId)!;
    await envoyPage.evaluate(() => scrollTo(0, 0));
    const inView = () =>
      envoyPage.evaluate((id) => {
        const r = document.querySelector(`sourcelight-mark[data-attribution="${id}"]`)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, last.id);
    expect(await inView(), 'the last quote starts below the fold').toBe(false);
    const card = await cardProbe(envoyPage);
    await panel.locator('button.quote', { hasText: last.content[0]!.text.slice(0, 30) }).click();
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await card()).open, { timeout: 10_000 }).toBe(true);
    expect((await card()).text).toContain(source.name);
    const current = panel.locator('button.quote[aria-current="true"] .quote-text');
    await expect.poll(() => current.textContent(), { timeout: 10_000 }).toContain(last.content[0]!.text.slice(0, 30));
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
