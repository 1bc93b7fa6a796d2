/**
 * `npm run bench:memory`: how long "Your reading" (memory.html) takes to draw with a full memory, in real
 * Chromium with the built extension. The store is filled with 10,000 generated articles (the bound), made by
 * the extension's own record and digest code from generated reports, as the store would hold them after
 * remembering each; then the page is loaded again and again, and the
 * figure is the time from navigation start to the page's own "drawn" mark (set at the frame after the
 * reading was first rendered: src/ui/memory/memory-page.tsx). A benchmark, not a test: it prints the figure.
 */
import { launchChromiumWithExtension } from '../e2e/lib';
import { digestsOf } from '../../src/memory/digest';
import { nameShards, storedSite } from '../../src/memory/store';
import { articleRecord } from '../../src/memory/record';
import { MAX_ARTICLES, type MemoryArticle } from '../../src/memory/types';
import type { Report, Source, SourceKind } from '../../src/engine/types';

const LOADS = 9;
const SITES = 40;
// The page's own marks (src/ui/memory/memory-page.tsx).
const DRAWN_MARK = 'sourcelight-memory-drawn';
const READ_MARK = 'sourcelight-memory-read';

/** A small deterministic generator, so every run measures the same memory. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const GIVEN = ['Ana', 'James', 'Maria', 'Tom', 'Lena', 'Omar', 'Grace', 'Ivan', 'Sofia', 'Wei', 'Amara', 'Jonas', 'Priya', 'Lucas', 'Nadia', 'Kofi', 'Elena', 'Hugo', 'Mei', 'Samuel'];
const FAMILY = Array.from({ length: 150 }, (_, i) => `Family${i.toString(36)}son`);
const ROLES = ['the mayor', 'a spokesman for the ministry', 'the company’s chief executive', 'a professor of economics', 'the U.S. envoy', 'a local resident', 'the police chief', 'a senior analyst', 'the union’s president', null];
const ORGS = Array.from({ length: 300 }, (_, i) => `The ${['Federal', 'City', 'National', 'Harbor', 'Regional'][i % 5]} ${['Agency', 'Council', 'Institute', 'Board', 'Association', 'Bank'][i % 6]} ${i}`);
const MEDIA = ['The Associated Press', 'Reuters', 'Agence France-Presse', 'Bloomberg', 'The New York Times', 'BBC News', 'CNN', 'Al Jazeera'];
const ANONYMOUS = ['officials', 'experts', 'a source familiar with the matter', 'analysts', 'people close to the talks'];

function generate(count: number): MemoryArticle[] {
  const next = random(24);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const now = Date.now();
  const out: MemoryArticle[] = [];
  for (let i = 0; i < count; i++) {
    const sources: Source[] = [];
    const n = 3 + Math.floor(next() * 9);
    for (let k = 0; k < n; k++) {
      const roll = next();
      const kind: SourceKind = roll < 0.5 ? 'person' : roll < 0.7 ? 'organization' : roll < 0.82 ? 'media' : 'anonymous';
      const name = kind === 'person' ? `${pick(GIVEN)} ${pick(FAMILY)}` : kind === 'organization' ? pick(ORGS) : kind === 'media' ? pick(MEDIA) : pick(ANONYMOUS);
      sources.push({ id: `s${k + 1}`, name, kind, role: kind === 'person' ? pick(ROLES) : null, aliases: [] });
    }
    const attributions: Report['attributions'] = [];
    for (const s of sources) {
      const times = 1 + Math.floor(next() * 3);
      for (let t = 0; t < times; t++) {
        const at = attributions.length * 10;
        attributions.push({ id: `a${attributions.length + 1}`, sourceId: s.id, type: next() < 0.4 ? 'direct' : next() < 0.8 ? 'indirect' : 'mixed', cue: { start: at, end: at + 4, text: 'said' }, mention: null, content: [], paragraph: t });
      }
    }
    const report: Report = { schema: 1, title: `Generated story ${i}`, textLength: attributions.length * 10 + 10, sources, attributions };
    const site = `news${i % SITES}.example`;
    // Read over the last two years, oldest first.
    const readAt = now - (count - i) * ((2 * 365 * 24 * 3600 * 1000) / count);
    out.push({ ...articleRecord(`https://www.${site}/story/${i}`, report.title, report, Math.round(readAt)), id: i + 1 });
  }
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const browser = await launchChromiumWithExtension();
try {
  const page = await browser.context.newPage();
  // The page opens (and on first use creates) the store; then fill it, a thousand records a transaction.
  await page.goto(browser.extensionUrl('memory.html'));
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DRAWN_MARK);
  const articles = generate(MAX_ARTICLES);
  const digests = digestsOf(articles);
  /** Puts records into one of the store's object stores, a thousand a transaction (typed arrays travel as plain arrays). */
  const fill = async (store: string, records: unknown[]) => {
    for (let i = 0; i < records.length; i += 1000) {
      await page.evaluate(
        async ({ store, batch }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('sourcelight-memory');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(store, 'readwrite');
            for (const r of batch as Array<Record<string, unknown>>) {
              const typed = { ...r };
              for (const field of ['days', 'months']) if (Array.isArray(typed[field])) typed[field] = Int32Array.from(typed[field] as number[]);
              tx.objectStore(store).put(typed);
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        { store, batch: records.slice(i, i + 1000) },
      );
    }
  };
  await fill('articles', articles);
  // As the store keeps them (src/memory/store.ts); typed arrays travel as plain arrays.
  const stored = digests.sites.map(storedSite);
  await fill('sites', stored.map(([site]) => ({ ...site, days: [], months: Array.from(site.months) })));
  await fill('siteDays', stored.map(([, days]) => ({ ...days, days: Array.from(days.days) })));
  await fill('names', nameShards(digests.names));
  const sources = articles.reduce((n, a) => n + a.sources.length, 0);
  const drawn: number[] = [];
  const loaded: number[] = [];
  const digested: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(browser.extensionUrl('memory.html'));
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DRAWN_MARK, { timeout: 60_000 });
    drawn.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, DRAWN_MARK));
    const [dcl, read] = (await page.evaluate(
      `[performance.getEntriesByType('navigation')[0].domContentLoadedEventStart, performance.getEntriesByName(${JSON.stringify(READ_MARK)})[0].startTime]`,
    )) as [number, number];
    loaded.push(dcl);
    digested.push(read);
  }
  const shown = await page.locator('.site-card').count();
  const entries = await page.locator('li.entity').count();
  const [first, ...warm] = drawn;
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`bench:memory: "Your reading" with ${articles.length.toLocaleString('en')} articles (${sources.toLocaleString('en')} sources, ${SITES} sites)`);
  console.log(`  drawn ${fmt(median(warm))} after navigation start (median of ${warm.length} loads; min ${fmt(Math.min(...warm))}, max ${fmt(Math.max(...warm))}; first load ${fmt(first!)})`);
  console.log(`  of which: page loaded (DOMContentLoaded) ${fmt(median(loaded.slice(1)))}, digests read from IndexedDB by ${fmt(median(digested.slice(1)))} (medians)`);
  console.log(`  the page shows ${shown} site cards and ${entries} entries (more on request)`);
} finally {
  await browser.close();
}
