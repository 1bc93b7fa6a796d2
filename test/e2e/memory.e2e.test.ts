/**
 * The reader's memory in real Chromium, asserted on the store itself (the extension's IndexedDB, read in its
 * service worker): off by default, nothing is kept; the popup asks once, and "Remember" keeps the article at
 * hand; each article read after that is kept once per address; a source seen before says so in the popup and
 * links to its entry; "Your reading" shows the sites, the people quoted most and the charts; export gives the
 * stored records; "forget everything" leaves an empty store. Two servers on 127.0.0.1 make two sites.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  cliReport,
  memoryRecords,
  startSession,
  startStaticServer,
  waitForMarks,
  type CliReport,
  type Session,
  type StaticServer,
} from './lib';

const SEED = 'seed-article.html';
const ENVOY = 'companion/envoy-talks.html';
const DREDGING = 'companion/harbor-dredging.html';
const BIDS = 'companion/harbor-bids.html';
const LIBRARY = 'inline-quotes/source.html';

let session: Session;
let other: StaticServer;
const reports = new Map<string, CliReport>();
const tabs = new Map<string, { page: Page; tabId: number }>();

beforeAll(async () => {
  [session, other] = await Promise.all([startSession(), startStaticServer()]);
  for (const page of [SEED, ENVOY, DREDGING, BIDS, LIBRARY]) reports.set(page, await cliReport(`test/fixtures/${page}`));
});
afterAll(async () => {
  await session?.close();
  await other?.close();
});

const records = () => memoryRecords(session.browser.serviceWorker);
const storedUrls = async () => (await records()).map((r) => r.url);

/** Opens a fixture page from `server` in a new tab, once its marks are in place and the background holds its state (the badge). */
async function read(path: string, server: StaticServer = session.server) {
  const page = await session.browser.context.newPage();
  await page.goto(server.url(path));
  const tabId = await session.browser.tabIdOf(page);
  await waitForMarks(page);
  await expect.poll(() => session.browser.badgeText(tabId), { timeout: 15_000 }).toBe(String(reports.get(path)!.sources.length));
  tabs.set(path, { page, tabId });
  return { page, tabId, url: server.url(path) };
}

/** The popup for a page read before, its list drawn. */
async function popupFor(path: string) {
  const popup = await session.browser.openPopup(tabs.get(path)!.tabId);
  await popup.locator('.source-name-text').first().waitFor();
  return popup;
}

const sourceItem = (popup: Page, name: string) => popup.locator('li.source', { has: popup.locator('.source-name-text', { hasText: name }) });

describe('the memory of sources', () => {
  it('keeps nothing while it is off, as it is until the reader says otherwise', async () => {
    await read(SEED);
    await read(DREDGING);
    expect(await records()).toEqual([]);
    // Not even a database: nothing was opened.
    const databases = await session.browser.serviceWorker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).not.toContain('sourcelight-memory');
  });

  it('is asked about once, in the popup; "Remember" keeps the article at hand, and only it', async () => {
    const popup = await popupFor(DREDGING);
    const question = popup.getByText('Remember the sources of the articles you read? Stored only in this browser.');
    await question.waitFor();
    await popup.getByRole('button', { name: 'Remember' }).click();
    // The seed article, read before with the memory off, is not kept: its state reached the background first.
    await expect.poll(storedUrls, { timeout: 10_000 }).toEqual([session.server.url(DREDGING)]);
    await popup.close();
    const again = await popupFor(DREDGING);
    expect(await again.getByText('Remember the sources of the articles you read?', { exact: false }).count()).toBe(0);
    await again.close();
  });

  it('keeps each article read, once per address, with its sources and no article text', async () => {
    await read(ENVOY);
    await read(BIDS, other);
    // The seed article read again, now with the memory on.
    await tabs.get(SEED)!.page.reload();
    await waitForMarks(tabs.get(SEED)!.page);
    await expect.poll(async () => (await storedUrls()).length, { timeout: 10_000 }).toBe(4);
    // Reading an article again keeps it once.
    await tabs.get(BIDS)!.page.reload();
    await waitForMarks(tabs.get(BIDS)!.page);
    await read(LIBRARY);
    await expect.poll(async () => (await storedUrls()).length, { timeout: 10_000 }).toBe(5);
    const stored = await records();
    expect(stored.map((r) => r.url).sort()).toEqual(
      [session.server.url(SEED), session.server.url(ENVOY), session.server.url(DREDGING), other.url(BIDS), session.server.url(LIBRARY)].sort(),
    );
    const bids = stored.find((r) => r.url === other.url(BIDS))!;
    const report = reports.get(BIDS)!;
    expect(bids.site).toBe(`127.0.0.1:${other.port}`);
    expect(bids.title).toBe('Fishermen Fear Another Lost Season as Harbor Work Slips');
    expect(bids.sources.map((s) => [s.name, s.kind, s.role])).toEqual(report.sources.map((s) => [s.name, s.kind, s.role]));
    expect(bids.sources.find((s) => s.name === 'Maria Delgado')!.attributions).toBe(2);
    const text = JSON.stringify(stored);
    for (const a of report.attributions) expect(text).not.toContain(a.content[0]!.text);
  });

  it('a source seen before says so in the popup, and links to its entry in “Your reading”', async () => {
    const popup = await popupFor(BIDS);
    const link = sourceItem(popup, 'Maria Delgado').getByRole('link', { name: 'Quoted in 1 other article you read' });
    await link.waitFor({ timeout: 10_000 });
    expect(await sourceItem(popup, 'Tom Baker').getByRole('link').count()).toBe(0);
    const opened = session.browser.context.waitForEvent('page');
    await link.click();
    const memory = await opened;
    await memory.waitForLoadState();
    expect(new URL(memory.url()).searchParams.get('entry')).toBe('person:maria delgado');
    const entry = memory.locator('li.entity.is-focused');
    await expect.poll(() => entry.locator('.entity-name').textContent(), { timeout: 10_000 }).toBe('Maria Delgado');
    // Opened, its articles are read from the store: the latest read first.
    await expect.poll(() => entry.locator('.entity-articles a').allTextContents(), { timeout: 10_000 }).toEqual([
      'Fishermen Fear Another Lost Season as Harbor Work Slips',
      'Port Authority Delays Harbor Dredging Until Spring',
    ]);
    const outlets = (await entry.locator('.entity-outlets').textContent())!.replace('Quoted by: ', '').split(', ');
    expect(outlets.sort()).toEqual([`127.0.0.1:${session.server.port}`, `127.0.0.1:${other.port}`].sort());
    await memory.close();
    await popup.close();

    // "Jim Jeffrey, the U.S. envoy to the coalition" is the seed article's "James Jeffrey, the State Department envoy".
    const envoy = await popupFor(ENVOY);
    await sourceItem(envoy, 'Jim Jeffrey').getByRole('link', { name: 'Quoted in 1 other article you read' }).waitFor({ timeout: 10_000 });
    await envoy.close();
  });

  it('“Your reading” shows the sites with their charts and the people quoted most', async () => {
    const memory = await session.browser.context.newPage();
    await memory.goto(session.browser.extensionUrl('memory.html'));
    await memory.getByText('5 articles from 2 sites', { exact: false }).waitFor({ timeout: 10_000 });
    const sites = memory.locator('.site-card');
    expect(await sites.locator('.site-name').allTextContents()).toEqual([`127.0.0.1:${session.server.port}`, `127.0.0.1:${other.port}`]);
    expect(await sites.locator('.site-count').allTextContents()).toEqual(['4 articles', '1 article']);
    expect(await memory.locator('svg.chart').count()).toBe(4);
    // Each site's reading today is one drawn column, in its last period.
    expect(await sites.first().locator('svg.chart.cited g').last().locator('rect').count()).toBe(3);
    const people = memory.locator('section', { has: memory.getByRole('heading', { name: 'People quoted most' }) });
    const delgado = people.locator('li.entity', { has: memory.locator('.entity-name', { hasText: 'Maria Delgado' }) });
    expect(await delgado.locator('.entity-count').textContent()).toBe('in 2 articles');
    const jeffrey = people.locator('li.entity', { has: memory.locator('.entity-name', { hasText: /^(James|Jim) Jeffrey$/ }) });
    expect(await jeffrey.locator('.entity-count').textContent()).toBe('in 2 articles');
    expect(await jeffrey.locator('.entity-names').textContent()).toMatch(/^Also named: (James|Jim) Jeffrey$/);
    await memory.getByRole('searchbox', { name: 'Search your reading' }).fill('lobsterman');
    await expect.poll(() => people.locator('.entity-name').allTextContents()).toEqual(['Tom Baker']);
    await memory.close();
  });

  it('exports the stored records, and “forget everything” leaves an empty store', async () => {
    const memory = await session.browser.context.newPage();
    await memory.goto(session.browser.extensionUrl('memory.html'));
    await memory.locator('.site-card').first().waitFor({ timeout: 10_000 });
    const download = memory.waitForEvent('download');
    await memory.getByRole('button', { name: 'Download JSON' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { articles: Array<Record<string, unknown>> };
    const stored = await records();
    expect(exported.articles).toEqual(
      stored.map((r) => ({ url: r.url, title: r.title, site: r.site, readAt: new Date(r.readAt).toISOString(), sources: r.sources, counts: r.counts })),
    );

    await memory.getByRole('button', { name: 'Forget everything' }).click();
    await memory.getByRole('button', { name: 'Yes, forget everything' }).click();
    await expect.poll(records, { timeout: 10_000 }).toEqual([]);
    await memory.getByText('Nothing remembered yet.', { exact: false }).waitFor();
    await memory.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    session.network.assertNoOutsideRequests();
  });
});
