/**
 * `npm run demo -- --headless`: the same pages in headless Chromium, photographed. Writes three PNGs (the
 * annotated seed article, a hover card, the popup for the seed's tab) and fails loudly when something
 * does not render or when any request leaves 127.0.0.1.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, launchChromiumWithExtension, watchNetwork, type StaticServer } from '../../test/e2e/lib';
import type { FoundBrowser } from './find-browser';
import { SEED_PAGE } from './demo-pages';
import { onStop } from './stop-on-signal';
import { waitForMarks } from './wait-for-marks';

export interface Screenshots {
  article: string;
  hoverCard: string;
  popup: string;
}

const VIEWPORT = { width: 1280, height: 900 };
// The popup's own size (issue 5: about 380 by 560).
const POPUP_VIEWPORT = { width: 380, height: 560 };
const CARD_TIMEOUT_MS = 5_000;

interface ExpectedSource { name: string; kind: string; aliases?: string[] }

/** Names of the seed's sources as a careful reader wrote them down: what the popup must show. */
async function seedSourceNames(): Promise<ExpectedSource[]> {
  const expected = JSON.parse(await readFile(path.join(FIXTURES_DIR, 'seed-article.expected.json'), 'utf8')) as { sources: ExpectedSource[] };
  return expected.sources;
}

type Box = { x: number; y: number; width: number; height: number };

/** Hovers the mark that names a person (the card then shows a name, kind and role) and returns the area holding the mark and its open card. */
async function openHoverCard(page: Page, people: string[]): Promise<Box> {
  const handle = await page.evaluateHandle((names) => {
    const marks = [...document.querySelectorAll('sourcelight-mark')];
    const text = (m: Element) => (m.textContent ?? '').trim();
    return (
      marks.find((m) => m.getAttribute('data-part') === 'mention' && names.some((n) => text(m) && n.includes(text(m)))) ??
      marks.find((m) => m.getAttribute('data-part') === 'content') ??
      marks[0]
    );
  }, people);
  const mark = handle.asElement();
  if (!mark) throw new Error('No mark to hover on the seed article.');
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await mark.hover();
  // The card is ours: an element named sourcelight-* other than the marks, laid out and visible.
  const card = await page
    .waitForFunction(() => {
      for (const el of document.querySelectorAll('*')) {
        const name = el.tagName.toLowerCase();
        if (!name.startsWith('sourcelight-') || name === 'sourcelight-mark') continue;
        const inner = el.shadowRoot?.firstElementChild ?? el;
        const boxes = [el, ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('*') : [])].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
        if (boxes.length === 0 || getComputedStyle(inner).visibility === 'hidden') continue;
        const x = Math.min(...boxes.map((r) => r.left));
        const y = Math.min(...boxes.map((r) => r.top));
        return { x, y, width: Math.max(...boxes.map((r) => r.right)) - x, height: Math.max(...boxes.map((r) => r.bottom)) - y };
      }
      return null;
    }, undefined, { timeout: CARD_TIMEOUT_MS, polling: 100 })
    .then((h) => h.jsonValue() as Promise<Box>, () => null);
  if (!card) throw new Error(`Hovering a mark opened no card within ${CARD_TIMEOUT_MS / 1000} s.`);
  const markBox = await mark.boundingBox();
  const boxes = markBox ? [card, markBox] : [card];
  const pad = 24;
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const right = Math.min(VIEWPORT.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(VIEWPORT.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  // Wide enough to show the card among the article's lines.
  const width = Math.max(right - x, 640);
  return { x: Math.min(x, VIEWPORT.width - width), y, width, height: bottom - y };
}

/** Takes the three screenshots into `outDir`; throws naming what failed to render, or the requests that left the machine. */
export async function runHeadlessDemo(found: FoundBrowser, server: StaticServer, outDir: string): Promise<Screenshots> {
  await mkdir(outDir, { recursive: true });
  const shots: Screenshots = {
    article: path.join(outDir, 'annotated-article.png'),
    hoverCard: path.join(outDir, 'hover-card.png'),
    popup: path.join(outDir, 'popup.png'),
  };
  const sources = await seedSourceNames();
  const browser = await launchChromiumWithExtension({ executablePath: found.path, headless: true, viewport: VIEWPORT, handleSignals: false });
  onStop(() => browser.close());
  const network = watchNetwork(browser.context, browser.extensionId);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // The index first: the same pages a reader with a window gets.
    await page.goto(server.url('/'));
    await page.goto(server.url(SEED_PAGE));
    const marks = await waitForMarks(page);
    if (marks === 0) throw new Error('No annotations appeared on the seed article within 20 s: is the content script in this build?');
    await page.evaluate(() => {
      document.querySelector('sourcelight-mark')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120); // keep the headline in view
    });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: shots.article });

    const people = sources.filter((s) => s.kind === 'person').flatMap((s) => [s.name, ...(s.aliases ?? [])]);
    const clip = await openHoverCard(page, people);
    await page.screenshot({ path: shots.hoverCard, clip });

    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openPopup(tabId);
    await popup.setViewportSize(POPUP_VIEWPORT);
    const names = sources.map((s) => s.name);
    const shown = await popup
      .waitForFunction((n) => n.some((name) => document.body?.innerText.includes(name)), names, { timeout: 15_000 })
      .then(() => true, () => false);
    if (!shown) throw new Error(`The popup for the seed's tab (${popup.url()}) shows none of its sources: ${names.slice(0, 3).join(', ')}, ...`);
    await popup.waitForTimeout(300); // let fonts and transitions settle
    await popup.screenshot({ path: shots.popup });

    network.assertNoOutsideRequests();
    return shots;
  } finally {
    network.stop();
    await browser.close();
  }
}
