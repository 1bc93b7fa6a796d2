/**
 * One hostile page in real Chromium, CPU throttled 4x (a cheap laptop): load it with Sourcelight, let the
 * content script do what it will until it has published the tab's state, then watch a quiet window to see
 * that it has stopped. Returns what a reader would feel (the longest task our code ran in, how much of
 * our work landed in one task) and everything that was thrown. Shared by `npm run bench:hostile` and
 * test/e2e/hostile.e2e.test.ts.
 */
import type { Page } from 'playwright-core';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { CHROME_BUILD_DIR, startSession, type ChromeApi, type Session } from '../lib';
import { profileTasks } from './trace-tasks';

declare const chrome: ChromeApi & { storage: { session: { get(k: string | null): Promise<Record<string, unknown>> } } };

export const CPU_THROTTLE = 4;
/** A task longer than this is a long task (the RAIL / Long Tasks API threshold). */
export const LONG_TASK_MS = 50;

export interface HostileMeasurement {
  page: string;
  /** Page load (to the load event), ms, throttled. */
  loadMs: number;
  /** The tab state Sourcelight published ('article', 'not-article', 'error', ...), or null when none came. */
  state: string | null;
  /** Sourcelight's self-reported main-thread time (PageTiming.busyMs), when it published one. */
  reportedBusyMs: number | null;
  /** Whether the article was read in the page (the reader bundle), not off its main thread; null without timing. */
  readInPage: boolean | null;
  marks: number;
  /** Our code's time in the one task where it ran longest (profiler samples), ms. */
  maxOursInOneTaskMs: number;
  /** How many tasks ran more than LONG_TASK_MS of our code. */
  tasksWithOursOverLimit: number;
  /** The longest task that ran any of our code: its whole duration, and our share of it. */
  longestTaskWithOurs: { durationMs: number; oursMs: number } | null;
  /** Where our code spent the task with the most of it (sampled frames, ms), for finding what to split. */
  worstTaskWhere?: Array<[string, number]>;
  /** All our code's main-thread time, ms. */
  oursTotalMs: number;
  /** Our code's time during the quiet window after the state was published, ms. */
  oursAfterSettleMs: number;
  /**
   * Every state Sourcelight published for the page, in order (the background's writes of the tab's state,
   * heard by a storage listener set before the load). A page read once publishes one; each read publishes
   * its own, so a second entry means the page was read again after it had settled.
   */
  statesPublished: string[];
  quietWindowMs: number;
  /** Uncaught errors and console errors from the page (all worlds) and the service worker. */
  errors: string[];
  /**
   * When the page stopped answering (its main thread held): how long it stayed blocked after Sourcelight's
   * state should have come, as far as we waited (`blockedCapped`). Null when it answered at once.
   */
  blockedMs: number | null;
  blockedCapped: boolean;
  /** Requests that left 127.0.0.1 and the extension (filled in by measureHostile). */
  outsideRequests?: string[];
}

export interface MeasureOptions {
  /** CPU slow-down (Emulation.setCPUThrottlingRate); CPU_THROTTLE unless said. */
  cpuThrottle?: number;
  /** Longest wait for the tab state after load, ms (real time). */
  stateTimeoutMs?: number;
  /** How long to wait for a blocked page to answer again before giving up on it, ms. */
  blockedCapMs?: number;
  /** The window after the state in which our code must be idle, ms (real time). */
  quietMs?: number;
}

const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

// The service worker's side of statesPublished: a storage listener set before the page loads, so no state is
// missed between two polls. (A string: the measurement runs through tsx, whose helpers do not exist in the worker.)
const RECORD_STATES = (url: string) => `(() => {
  const url = ${JSON.stringify(url)};
  const states = [];
  (globalThis.__hostileStates ??= new Map()).set(url, states);
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const v = change.newValue;
      if (key.startsWith('tab-state-') && v && v.url === url) states.push(v.state);
    }
  });
})()`;

async function publishedStates(session: Session, url: string): Promise<string[]> {
  return session.browser.serviceWorker.evaluate(
    (u) => [...((globalThis as unknown as { __hostileStates?: Map<string, string[]> }).__hostileStates?.get(u) ?? [])],
    url,
  );
}

async function tabState(session: Session, tabId: number): Promise<{ state: string; timing?: { busyMs?: number; readElsewhere?: number } } | null> {
  return session.browser.serviceWorker
    .evaluate(async (id) => ((await chrome.storage.session.get(null))[`tab-state-${id}`] ?? null) as { state: string; timing?: { busyMs?: number; readElsewhere?: number } } | null, tabId)
    .catch(() => null);
}

function collectErrors(page: Page, session: Session): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onPageError = (e: Error) => errors.push(`page error: ${e.message}`);
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  session.browser.serviceWorker.on('console', onConsole);
  return {
    errors,
    stop() {
      page.off('pageerror', onPageError);
      page.off('console', onConsole);
      session.browser.serviceWorker.off('console', onConsole);
    },
  };
}

/**
 * What the content script must do on a hostile page, as a list of problems (empty when it holds): publish
 * a state that is no error, throw nothing, send nothing beyond 127.0.0.1, never hold the page's main thread
 * (the page keeps answering), and be idle once it has settled (no second read, and little of our code in
 * the quiet window). The end-to-end test asserts these.
 */
export function behaviourProblems(m: HostileMeasurement): string[] {
  const problems: string[] = [];
  if (m.state === null) problems.push('no tab state published');
  if (m.state === 'error') problems.push('published an error state');
  if (m.oursAfterSettleMs > LONG_TASK_MS) problems.push(`still busy after settling: ${m.oursAfterSettleMs} ms of our code in the last ${m.quietWindowMs} ms`);
  // Idle is also a count, whatever the machine's speed: a read costs less than LONG_TASK_MS once it is done
  // off the page's main thread, so the time alone no longer shows a second read.
  if (m.statesPublished.length > 1) problems.push(`read the page again after it settled: published ${m.statesPublished.join(', ')}`);
  if (m.errors.length > 0) problems.push(`${m.errors.length} error(s): ${m.errors.slice(0, 3).join(' | ')}`);
  if (m.outsideRequests && m.outsideRequests.length > 0) problems.push(`requests left 127.0.0.1: ${m.outsideRequests.join(', ')}`);
  if (m.blockedMs !== null) problems.push(`the page did not answer for ${m.blockedCapped ? 'over ' : ''}${Math.round(m.blockedMs / 1000)} s (main thread held)`);
  return problems;
}

/**
 * The speed target of issue 6 on top of the behaviour: no task runs more than LONG_TASK_MS of our code.
 * A wall-clock figure of a throttled browser on a shared machine varies from run to run, so it is a
 * benchmark's target (`npm run bench:hostile`), never a test's assertion.
 */
export function hostileProblems(m: HostileMeasurement): string[] {
  const problems = behaviourProblems(m);
  if (m.maxOursInOneTaskMs > LONG_TASK_MS) problems.unshift(`${m.tasksWithOursOverLimit} task(s) ran over ${LONG_TASK_MS} ms of our code (longest ${m.maxOursInOneTaskMs} ms)`);
  return problems;
}

/** Resolves with `work`'s value, or with `fallback` when it takes longer than `ms`. */
function within<T, F>(work: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([work.finally(() => clearTimeout(timer)), late]);
}

const NO_ANSWER = Symbol('no answer');

/**
 * Measures `pathname` (served by the session) as described above; closes its tab before returning. When
 * the page's main thread stays held, the trace cannot be read (the renderer cannot flush it): the result
 * then says how long the page was blocked, and the session's browser is no longer usable (see measureHostile).
 */
export async function measureHostilePage(session: Session, pathname: string, options: MeasureOptions = {}): Promise<HostileMeasurement> {
  const stateTimeoutMs = options.stateTimeoutMs ?? 90_000;
  const quietMs = options.quietMs ?? 3_000;
  const blockedCapMs = options.blockedCapMs ?? 60_000;
  const context = session.browser.context;
  const browser = context.browser();
  if (!browser) throw new Error('No browser handle to trace with.');
  const page = await context.newPage();
  const watch = collectErrors(page, session);
  let tracing = false;
  let blocked = false;
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle ?? CPU_THROTTLE });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    const url = session.server.url(pathname);
    await session.browser.serviceWorker.evaluate(RECORD_STATES(url));
    const t0 = Date.now();
    // A page held by a script may never fire load: go on after the timeout and let the probe below tell.
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 }).catch(() => {});
    const loadMs = Date.now() - t0;
    const tabId = await session.browser.tabIdOf(page);

    let state = await tabState(session, tabId);
    const deadline = Date.now() + stateTimeoutMs;
    while ((!state || state.state === 'loading') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      state = await tabState(session, tabId);
    }
    const settledAt = Date.now();
    await new Promise((r) => setTimeout(r, quietMs));
    const quietWindowMs = Date.now() - settledAt;

    // Does the page answer? A held main thread cannot run even this.
    const probeStart = Date.now();
    let answered = await within(page.evaluate(() => 1), 5_000, NO_ANSWER);
    while (answered === NO_ANSWER && Date.now() - probeStart < blockedCapMs) answered = await within(page.evaluate(() => 1), 5_000, NO_ANSWER);
    const base = {
      page: pathname,
      loadMs,
      state: state?.state ?? null,
      reportedBusyMs: state?.timing?.busyMs ?? null,
      readInPage: state?.timing ? state.timing.readElsewhere !== 1 : null,
      quietWindowMs,
    };
    if (answered === NO_ANSWER) {
      blocked = true;
      return {
        ...base,
        marks: -1,
        maxOursInOneTaskMs: -1,
        tasksWithOursOverLimit: -1,
        longestTaskWithOurs: null,
        oursTotalMs: -1,
        oursAfterSettleMs: -1,
        statesPublished: await publishedStates(session, url).catch(() => []),
        errors: [...watch.errors],
        blockedMs: Date.now() - settledAt,
        blockedCapped: true,
      };
    }
    const blockedMs = Date.now() - probeStart > 1_000 ? Date.now() - settledAt : null;
    const marks = await page.locator('sourcelight-mark').count();
    const statesPublished = await publishedStates(session, url);
    const sinceSettle = Date.now() - settledAt;
    tracing = false;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));

    const profile = profileTasks(trace, url);
    const withOurs = profile.tasks.filter((t) => t.oursMs > 0);
    const longest = withOurs.reduce<(typeof withOurs)[number] | null>((a, t) => (!a || t.durationMs > a.durationMs ? t : a), null);
    const lastMs = Math.max(0, ...profile.tasks.map((t) => t.startMs + t.durationMs));
    // From the state's arrival to the end of the trace (trace time runs with real time): our code should be idle.
    const quietFrom = lastMs - sinceSettle;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      ...base,
      marks,
      maxOursInOneTaskMs: round(Math.max(0, ...profile.tasks.map((t) => t.oursMs))),
      tasksWithOursOverLimit: profile.tasks.filter((t) => t.oursMs > LONG_TASK_MS).length,
      longestTaskWithOurs: longest ? { durationMs: round(longest.durationMs), oursMs: round(longest.oursMs) } : null,
      worstTaskWhere: profile.tasks.reduce<(typeof profile.tasks)[number] | null>((a, t) => (!a || t.oursMs > a.oursMs ? t : a), null)?.where,
      oursTotalMs: round(profile.ourSamples.reduce((sum, [, ms]) => sum + ms, 0)),
      oursAfterSettleMs: round(profile.ourSamples.filter(([at]) => at >= quietFrom).reduce((sum, [, ms]) => sum + ms, 0)),
      statesPublished,
      errors: [...watch.errors],
      blockedMs,
      blockedCapped: false,
    };
  } finally {
    watch.stop();
    // A blocked renderer can flush no trace and may not close: the caller closes the whole browser.
    if (!blocked) {
      if (tracing) await within(browser.stopTracing(), 30_000, null).catch(() => {});
      await within(page.close(), 10_000, null).catch(() => {});
    }
  }
}

/**
 * Measures one page in a browser of its own (a blocked page cannot spoil the next), then closes it.
 * `extensionPath`: the unpacked build to load; callers pass a private copy (see copyBuild), since the
 * shared .output folder is rebuilt by others while a long measurement runs.
 */
export async function measureHostile(rootDir: string, pathname: string, options: MeasureOptions & { extensionPath?: string } = {}): Promise<HostileMeasurement> {
  const session = await startSession({ server: { roots: [rootDir] }, launch: { extensionPath: options.extensionPath } });
  try {
    const m = await measureHostilePage(session, pathname, options);
    return { ...m, outsideRequests: session.network.outside().map((r) => `${r.method} ${r.url}`) };
  } finally {
    await session.close();
  }
}

/** Copies the Chrome build into `dir` (returned), so the measurement keeps one build from start to end. */
export async function copyBuild(dir: string): Promise<string> {
  const target = path.join(dir, 'chrome-mv3');
  await cp(CHROME_BUILD_DIR, target, { recursive: true });
  return target;
}
