/**
 * `npm run demo -- --headless`: the same pages in headless Chromium, photographed. Writes five PNGs (the
 * annotated seed article, a hover card, the popup for the seed's tab, the side panel beside it, and "Your
 * reading" after a few articles read with the memory on) and fails loudly when something does not render
 * or when any request leaves 127.0.0.1.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  CHROME_BUILD_DIR,
  FIXTURES_DIR,
  devtoolsArgs,
  freePort,
  launchChromiumWithExtension,
  sidePanelPage,
  startStaticServer,
  watchNetwork,
  type ExtensionBrowser,
  type StaticServer,
} from '../../test/e2e/lib';
import type { FoundBrowser } from './find-browser';
import { SEED_PAGE } from './demo-pages';
import { onStop } from './stop-on-signal';
import { waitForMarks } from './wait-for-marks';

export interface Screenshots {
  article: string;
  hoverCard: string;
  popup: string;
  sidePanel: string;
  memory: string;
}

const VIEWPORT = { width: 1024, height: 860 }; // the seed's article and sidebar, no empty margin
// The popup's own size (issue 5: about 380 by 560).
const POPUP_VIEWPORT = { width: 380, height: 560 };
const CARD_TIMEOUT_MS = 5_000;
// "Your reading" after these articles (the project's own test pages), the last from a second site.
const READING = ['companion/envoy-talks.html', 'companion/harbor-dredging.html'];
const OTHER_SITE_READING = ['companion/harbor-bids.html', 'inline-quotes/source.html'];
const MEMORY_VIEWPORT = { width: 1024, height: 1100 };
// The browser window, whose height the side panel takes.
const PANEL_WINDOW = { width: 1400, height: 1000 };

interface ExpectedSource { name: string; kind: string; aliases?: string[] }

/** Names of the seed's sources as a careful reader wrote them down: what the popup must show. */
async function seedSourceNames(): Promise<ExpectedSource[]> {
  const expected = JSON.parse(await readFile(path.join(FIXTURES_DIR, 'seed-article.expected.json'), 'utf8')) as { sources: ExpectedSource[] };
  return expected.sources;
}

type Box = { x: number; y: number; width: number; height: number };

interface CdpNode { nodeId: number; nodeName: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/**
 * The open hover card's box, or null while it is closed. The card lives in a closed shadow root (page
 * scripts cannot reach it, and neither can Playwright's selectors), so it is found through the DevTools
 * protocol, which sees closed roots: the first element inside a `sourcelight-*` host (not a mark) that has a box.
 */
async function cardBox(page: Page): Promise<Box | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      const name = n.nodeName.toLowerCase();
      if (name.startsWith('sourcelight-') && name !== 'sourcelight-mark') hosts.push(n);
      n.children?.forEach(walk);
    };
    walk(root);
    for (const host of hosts) {
      for (const shadow of host.shadowRoots ?? []) {
        for (const el of shadow.children ?? []) {
          if (el.nodeName === 'STYLE' || el.nodeName === '#text') continue;
          const model = await cdp.send('DOM.getBoxModel', { nodeId: el.nodeId }).catch(() => null);
          const quad = model?.model.border;
          if (!quad || model.model.width < 40 || model.model.height < 20) continue; // hidden, or the 1px live region
          const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
          const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
          return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
        }
      }
    }
    return null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function waitForCard(page: Page, timeoutMs: number): Promise<Box | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const box = await cardBox(page);
    if (box) return box;
    await page.waitForTimeout(150);
  }
  return null;
}

/** Hovers the mark that names a person (the card then shows a name, kind and role) and returns the area holding the mark and its open card. */
async function openHoverCard(page: Page, people: string[]): Promise<Box> {
  const handle = await page.evaluateHandle((names) => {
    // No named helpers in here: tsx would wrap them in a __name() call the page does not have.
    const marks = [...document.querySelectorAll('sourcelight-mark')];
    return (
      marks.find((m) => {
        const text = (m.textContent ?? '').trim();
        return m.getAttribute('data-part') === 'mention' && text !== '' && names.some((n) => n.includes(text));
      }) ??
      marks.find((m) => m.getAttribute('data-part') === 'content') ??
      marks[0]
    );
  }, people);
  const mark = handle.asElement();
  if (!mark) throw new Error('No mark to hover on the seed article.');
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await mark.hover();
  const card = await waitForCard(page, CARD_TIMEOUT_MS);
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

/** Opens a page in a new tab and waits for its marks; throws when none appear. */
async function readPage(browser: ExtensionBrowser, url: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  if ((await waitForMarks(page)) === 0) throw new Error(`No annotations appeared on ${url} within 20 s.`);
}

/** Takes the five screenshots into `outDir`; throws naming what failed to render, or the requests that left the machine. */
export async function runHeadlessDemo(found: FoundBrowser, server: StaticServer, outDir: string): Promise<Screenshots> {
  await mkdir(outDir, { recursive: true });
  const shots: Screenshots = {
    article: path.join(outDir, 'annotated-article.png'),
    hoverCard: path.join(outDir, 'hover-card.png'),
    popup: path.join(outDir, 'popup.png'),
    sidePanel: path.join(outDir, 'side-panel.png'),
    memory: path.join(outDir, 'your-reading.png'),
  };
  const sources = await seedSourceNames();
  // The side panel is reached over the DevTools port (test/e2e/lib/side-panel.ts), bound to 127.0.0.1.
  const port = await freePort();
  const browser = await launchChromiumWithExtension({ executablePath: found.path, headless: true, viewport: VIEWPORT, handleSignals: false, args: [...devtoolsArgs(port), `--window-size=${PANEL_WINDOW.width},${PANEL_WINDOW.height}`] });
  onStop(() => browser.close());
  // A second site for "Your reading": the same pages from another port of 127.0.0.1.
  const otherSite = await startStaticServer();
  onStop(() => otherSite.close());
  const network = watchNetwork(browser.context, browser.extensionId, CHROME_BUILD_DIR);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // The index first: the same pages a reader with a window gets.
    await page.goto(server.url('/'));
    await page.goto(server.url(SEED_PAGE));
    const marks = await waitForMarks(page);
    if (marks === 0) throw new Error('No annotations appeared on the seed article within 20 s: is the content script in this build?');
    // From the headline down: the title, then the first annotated paragraphs.
    await page.evaluate(() => {
      document.querySelector('article h1, h1')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -16);
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

    // The memory: turned on from the popup's one question (which keeps the seed article), then a few
    // articles read on two sites.
    await popup.getByRole('button', { name: 'Remember' }).click({ timeout: 15_000 });
    for (const p of READING) await readPage(browser, server.url(p));
    for (const p of OTHER_SITE_READING) await readPage(browser, otherSite.url(p));

    // The side panel beside the seed article, opened from the popup's button (a click: the gesture the
    // browser asks for): "James Jeffrey" was "Jim Jeffrey, the U.S. envoy" in another article read, and the
    // quote under the hover card is marked in the panel.
    await page.bringToFront();
    await popup.reload();
    await popup.getByRole('button', { name: 'Open in the side panel' }).click({ timeout: 15_000 });
    const { devtools, panel } = await sidePanelPage(port, browser.extensionId);
    try {
      await panel.getByRole('link', { name: /other article/ }).first().waitFor({ timeout: 15_000 });
      // The card from the earlier screenshot is still open: close it, so that opening it again is news to the panel.
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
      await openHoverCard(page, people);
      const current = panel.locator('button.quote[aria-current="true"]');
      await current.waitFor({ timeout: 5_000 });
      // The marked quote and its source in the middle of the panel.
      await current.evaluate((el) => el.closest('li.source')?.scrollIntoView({ block: 'center' }));
      await panel.waitForTimeout(300);
      await panel.screenshot({ path: shots.sidePanel });
    } finally {
      await devtools.close().catch(() => {});
    }

    const memory = await browser.context.newPage();
    await memory.setViewportSize(MEMORY_VIEWPORT);
    await memory.goto(browser.extensionUrl('memory.html'));
    await memory.getByText(`${READING.length + OTHER_SITE_READING.length + 1} articles from 2 sites`, { exact: false }).waitFor({ timeout: 15_000 });
    await memory.waitForTimeout(300);
    await memory.screenshot({ path: shots.memory });

    network.assertNoOutsideRequests();
    return shots;
  } finally {
    network.stop();
    await browser.close();
    await otherSite.close();
  }
}
