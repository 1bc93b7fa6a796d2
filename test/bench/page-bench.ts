/**
 * `npm run bench:page`: Sourcelight's cost on real pages in real Chromium (the built extension).
 * For each page: the content script's main-thread time from document idle to marks in place (its own
 * synchronous work: its set-up (settings, watchers, listeners), the article check, the page reader, mapping
 * and marking; the engine runs in the
 * background), the wall-clock time to marks, and the longest task on the page from the moment the content
 * script started (PerformanceObserver 'longtask'; the page itself runs no script). Then the size of the content script
 * injected on every page. Cold: the first page load in a fresh browser; warm: the median of the next ones,
 * each in a new tab (a renderer process of its own); then the same page loaded again and again in one tab.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD_DIR, FIXTURES_DIR, isAllowedUrl, startSession, type ChromeApi, type Session } from '../e2e/lib';
import { writeBenchPages, type BenchPage } from './generate-pages';
import { measureHostilePage } from '../e2e/hostile/measure-page';

declare const chrome: ChromeApi;

interface Timing { busyMs: number; wallMs: number; marks: number; setupMs?: number; checkMs?: number; readMs?: number; markMs?: number; cardMs?: number; startedAt?: number; loadMs?: number; readElsewhere?: number }
interface Run { timing: Timing; longestTask: number; longTasks: number }

// One cold load, then warm ones: ten, as single loads on a shared machine vary by half.
const RUNS: Record<string, number> = { 'seed.html': 11, 'polnear-longest.html': 11, 'generated-100k.html': 3 };

// Registered before any page script: every long task of the page's main thread, with its start time.
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__frames = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__frames.push({
      start: Math.round(e.startTime), duration: Math.round(e.duration),
      styleLayout: Math.round(e.startTime + e.duration - (e.styleAndLayoutStart || e.startTime + e.duration)),
      scripts: e.scripts.map((s) => ({ src: (s.sourceURL || '').split('/').pop(), fn: s.sourceFunctionName, invoker: s.invoker, ms: Math.round(s.duration) })),
    }); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}`;

// The service worker's side of waiting for marks: a storage listener set up before the page loads, so that
// the bench neither queries tabs nor polls while the content script works (on a machine of two cores, a
// round trip to the service worker every 50 ms lands in the middle of the work it measures).
// (A string: the bench runs through tsx, whose helpers do not exist in the worker.)
const AWAIT_STATE = (url: string) => `(() => {
  const url = ${JSON.stringify(url)};
  globalThis.__benchWaits ??= new Map();
  globalThis.__benchWaits.set(url, new Promise((resolve) => {
    const timer = setTimeout(() => done(null), 120000);
    function done(timing) {
      clearTimeout(timer);
      chrome.storage.onChanged.removeListener(listener);
      resolve(timing);
    }
    function listener(changes, area) {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        const v = change.newValue;
        if (!key.startsWith('tab-state-') || !v || v.url !== url) continue;
        if (v.state === 'article' && v.timing) return done(v.timing);
        // A page found to hold no article (a saved page may be none) ends the wait at once.
        if (v.state === 'not-article' || v.state === 'error') return done(null);
      }
    }
    chrome.storage.onChanged.addListener(listener);
  }));
})()`;

/**
 * One load of `page`: in a new tab (a renderer process of its own, where everything of ours runs for the first
 * time), or, given `sameTab`, as the next page of that tab (its renderer goes on: a reader following a link
 * to the next story of the same site), at an address of its own (`?load=n`).
 */
async function runOnce(session: Session, page: BenchPage, sameTab?: { tab: Page; load: number }, attempt?: number): Promise<Run> {
  const url = session.server.url(page.file) + (sameTab ? `?load=${sameTab.load}` : attempt !== undefined ? `?run=${attempt}` : '');
  const worker = session.browser.serviceWorker;
  await worker.evaluate(AWAIT_STATE(url));
  const tab = sameTab?.tab ?? (await session.browser.context.newPage());
  if (!sameTab) await tab.addInitScript(OBSERVE_LONG_TASKS);
  // A saved news page calls out to its ad servers, fonts and analytics: refused, as the page is served from here.
  if (page.realPage && !sameTab) await tab.route('**/*', (route) => (isAllowedUrl(route.request().url(), session.browser.extensionId, session.browser.extensionPath) ? route.continue() : route.abort()));
  await tab.goto(url, { timeout: 120_000 });
  const timing = (await worker.evaluate(`globalThis.__benchWaits.get(${JSON.stringify(url)})`)) as Timing | null;
  if (!timing) {
    if (!sameTab) await tab.close();
    throw new Error(`${page.file}: no marks (no article found, or none within two minutes)`);
  }
  await tab.waitForTimeout(300); // let a last long task report
  // Tasks from the moment the content script started (document idle) on: the page's own parsing and first
  // layout come before and are not ours.
  const tasks = await tab.evaluate((from) => {
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
    const start = from ?? dcl;
    return ((window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks).filter((t) => t.start + t.duration > start);
  }, timing.startedAt ?? null);
  if (process.env.BENCH_VERBOSE) {
    const paints = await tab.evaluate(() => performance.getEntriesByType('paint').map((p) => `${p.name}@${Math.round(p.startTime)}`).join(' '));
    console.log(`    long tasks: ${tasks.map((t) => `${Math.round(t.duration)}@${Math.round(t.start)}`).join(' ')}; ${paints}; content script at ${Math.round(timing.startedAt ?? -1)}`);
    const frames = await tab.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames);
    for (const f of frames.slice(0, 40)) console.log(`    frame ${JSON.stringify(f)}`);
  }
  if (!sameTab) await tab.close();
  // The closed tab's renderer winds down (its collector, its exit) on the same two cores: not during the next load.
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_SETTLE_MS ?? 1000)));
  return { timing, longestTask: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
}

// The saved news pages of ../shared/corpus/pages (real markup, the pages' own inline scripts run), read from
// there and never copied into the project: `BENCH_CORPUS=1` adds them, each loaded CORPUS_RUNS times in a new tab.
const CORPUS_DIR = path.resolve(FIXTURES_DIR, '../../../shared/corpus/pages');
const CORPUS_RUNS = 3;

function corpusPages(): BenchPage[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => existsSync(path.join(CORPUS_DIR, name, 'source.html')))
    .map((name) => ({ name, file: `${name}/source.html`, words: 0, realPage: true }));
}

/** Our main-thread time to marks on each saved page that is an article, and the spread over the pages. */
async function benchCorpus(session: Session): Promise<void> {
  const pages = corpusPages();
  if (pages.length === 0) return console.log(`\nsaved news pages: none found in ${CORPUS_DIR}`);
  const medians: Array<[string, number, number]> = [];
  const notArticles: string[] = [];
  for (const page of pages) {
    const runs: Run[] = [];
    try {
      for (let i = 0; i < CORPUS_RUNS; i++) runs.push(await runOnce(session, page, undefined, i));
    } catch {
      notArticles.push(page.name); // no 'article' state: the check found no article there (or no marks came)
      continue;
    }
    medians.push([page.name, median(runs.map(toMarks)), runs[0]!.timing.marks]);
    if (process.env.BENCH_VERBOSE) console.log(`    ${page.name}: ${runs.map((r) => ms(toMarks(r))).join(', ')}`);
  }
  const all = medians.map(([, m]) => m);
  const worst = medians.reduce((a, b) => (b[1] > a[1] ? b : a));
  console.log(`\nsaved news pages (${CORPUS_DIR}, outside requests refused), median of ${CORPUS_RUNS} loads each, new tabs:`);
  console.log(`  main-thread time, idle to marks in place, over ${medians.length} articles: median ${ms(median(all))}, worst ${ms(worst[1])} (${worst[0]}, ${worst[2]} marks); ${all.filter((m) => m >= 16).length} of ${medians.length} at 16 ms or more`);
  if (notArticles.length > 0) console.log(`  not annotated (no article found): ${notArticles.join(', ')}`);
}

// Marks in place: the set-up, the check, the read and the marking; the hover card and keyboard steps are installed after.
const toMarks = (r: Run) => (r.timing.cardMs === undefined ? r.timing.busyMs : (r.timing.setupMs ?? 0) + (r.timing.checkMs ?? 0) + (r.timing.readMs ?? 0) + (r.timing.markMs ?? 0));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : `${n.toFixed(1)} ms`);

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-bench-'));
  let session: Session | undefined;
  try {
    const pages = writeBenchPages(dir);
    session = await startSession({ server: { roots: [dir], extraRoots: process.env.BENCH_CORPUS ? [CORPUS_DIR] : [] } });
    console.log('Sourcelight page benchmark (real Chromium, built extension in .output/chrome-mv3)\n');
    // BENCH_PAGES=seed,generated limits the run to pages whose file name contains one of the words.
    const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
    for (const page of pages.filter((p) => !only || only.some((w) => p.file.includes(w)))) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS[page.file]!; i++) runs.push(await runOnce(session, page));
      const [cold, ...warm] = runs;
      const w = (f: (r: Run) => number | undefined) => median(warm.map((r) => f(r) ?? NaN));
      const away = runs.filter((r) => r.timing.readElsewhere === 1).length;
      console.log(`${page.name}: ${page.words.toLocaleString('en')} words, ${cold!.timing.marks} marks, read off the page's main thread in ${away} of ${runs.length} loads`);
      if (process.env.BENCH_VERBOSE) for (const r of runs) console.log(`    run: ${JSON.stringify(r.timing)}`);
      console.log(`  main-thread time, idle to marks in place: cold ${ms(toMarks(cold!))}, warm median ${ms(w(toMarks))}, warm range ${ms(Math.min(...warm.map(toMarks)))}-${ms(Math.max(...warm.map(toMarks)))}  (target < 16 ms)`);
      console.log(`    of which set-up ${ms(w((r) => r.timing.setupMs))}, check ${ms(w((r) => r.timing.checkMs))}, page reader ${ms(w((r) => r.timing.readMs))}, plan + map + mark ${ms(w((r) => r.timing.markMs))} (warm medians)`);
      // The same page as the next one of a tab: the renderer has run our code before (the extension API
      // built, our bundles compiled, the script cache warm), as when a reader goes on to the next story.
      const tab = await session.browser.context.newPage();
      await tab.addInitScript(OBSERVE_LONG_TASKS);
      const next: Run[] = [];
      for (let i = 0; i < RUNS[page.file]!; i++) next.push(await runOnce(session, page, { tab, load: i }));
      await tab.close();
      const [, ...nextWarm] = next;
      const n = (f: (r: Run) => number | undefined) => median(nextWarm.map((r) => f(r) ?? NaN));
      console.log(`  the same, as the next page of a tab (its renderer already ran us): median ${ms(n(toMarks))}, range ${ms(Math.min(...nextWarm.map(toMarks)))}-${ms(Math.max(...nextWarm.map(toMarks)))} (set-up ${ms(n((r) => r.timing.setupMs))}, check ${ms(n((r) => r.timing.checkMs))}, page reader ${ms(n((r) => r.timing.readMs))}, marks ${ms(n((r) => r.timing.markMs))})`);
      console.log(`    then the hover card and keyboard steps, in a task of their own: warm median ${ms(w((r) => r.timing.cardMs))}; all our main-thread time: warm median ${ms(w((r) => r.timing.busyMs))}`);
      console.log(`    plus loading the annotator bundle on the first article (wall-clock, fetch included): cold ${ms(cold!.timing.loadMs)}`);
      console.log(`  wall-clock to marks (engine in the background included): cold ${ms(cold!.timing.wallMs)}, warm median ${ms(w((r) => r.timing.wallMs))}`);
      console.log(`  longest task from document idle on: cold ${ms(cold!.longestTask)}, worst warm ${ms(Math.max(...warm.map((r) => r.longestTask)))}  (target: none over 50 ms)`);
      // That task may be the page's own first layout, which can come after document idle on a long page. A
      // traced load tells our code apart (profiler samples in each task, as bench:hostile does, CPU not slowed).
      const traced = await measureHostilePage(session, page.file, { cpuThrottle: 1, quietMs: 1_000 });
      const t = traced.longestTaskWithOurs;
      console.log(`    traced load: our code at most ${ms(traced.maxOursInOneTaskMs)} in one task; the longest task our code ran in: ${t ? `${ms(t.durationMs)} (${ms(t.oursMs)} ours)` : '-'}`);
      // The self-reported figures above leave out what the browser does for us outside our slices (copying
      // messages, compiling our bundles); the profiler sees all of it, from the script's start to settled.
      console.log(`    traced load: our code ${ms(traced.oursTotalMs)} in all (profiler samples, the card and the script's start included)`);
    }
    if (process.env.BENCH_CORPUS) await benchCorpus(session);
    const content = path.join(CHROME_BUILD_DIR, 'content-script.js');
    const bytes = statSync(content).size;
    const gz = gzipSync(readFileSync(content)).length;
    const annotator = statSync(path.join(CHROME_BUILD_DIR, 'annotator.js')).size;
    const reader = statSync(path.join(CHROME_BUILD_DIR, 'reader.js')).size;
    console.log(`\ncontent script injected on every page: ${(bytes / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped  (target < 60 KB)`);
    console.log(`annotator bundle, loaded only on article pages: ${(annotator / 1024).toFixed(1)} KB; the reader that works in the page (Readability), only when an article must be read there: ${(reader / 1024).toFixed(1)} KB`);
  } finally {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
