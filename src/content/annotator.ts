/**
 * The annotations of one page, start to finish: read the article, have it analyzed, mark it, install
 * the card and the keyboard steps; undo all of it when turned off, re-do it when the page changes.
 * Lives in the bundle that is only loaded on pages that look like articles (entrypoints/annotator.ts).
 */
import type { Report } from '../engine/types';
import type { AnalyzeRequest, PageState } from '../messaging';
import type { ArticleText } from '../page/types';
import { isSiteDisabled, type Settings } from '../settings';
import { installCard } from '../highlight/card/card-controller';
import { installQuoteNav, firstMarksInOrder, type QuoteNav } from '../highlight/card/quote-nav';
import { PlanMapper } from '../highlight/map-plan';
import { markInSlices } from '../highlight/mark-in-slices';
import { Marker, sweepStrayMarks } from '../highlight/marker';
import { planMarks } from '../highlight/plan';
import { addsText, type Change, type LiveWatch } from './live-watch';
import type { Scope } from './scope';

// A page that keeps changing gets this many re-reads per address, then keeps the marks it has and stops
// listening: no page can make Sourcelight spend the reader's CPU without end.
const MAX_RESCANS = 30;

export interface AnnotatorEnv {
  doc: Document;
  /** The content script's lifetime. */
  scope: Scope;
  live: LiveWatch;
  /** The cheap check the loader used (src/page/is-probably-article.ts), asked again on every re-read. */
  isArticle?(doc: Document): boolean;
  /** The page reader: the article and its text <-> DOM mapping, or null when there is none. */
  read(doc: Document): ArticleText | null;
  analyze(request: AnalyzeRequest): Promise<Report>;
  publish(state: PageState): void;
  settings: Settings;
  /** Main-thread milliseconds spent before the annotator started (the loader's check), for the timing figures. */
  startupMs?: number;
  /** When the content script started (performance.now() of the page), reported with the first marks. */
  bootAt?: number;
  /** Wall-clock ms the annotator bundle took to load (fetch, compile, run), reported with the first marks. */
  loadMs?: number;
}

export interface Annotator {
  /** Reads, analyzes and marks the page afresh (first load, URL change, page change). */
  run(): Promise<void>;
  onChange(change: Change): void;
  /** The tab toggle: overrides the settings on this tab until the page is left. Returns the new state. */
  setTabEnabled(on: boolean): Promise<boolean>;
  applySettings(settings: Settings): void;
  scrollTo(attributionId: string): boolean;
  stepSource(sourceId: string, direction: 1 | -1): number;
  readonly active: boolean;
  readonly markCount: number;
}

interface Session {
  scope: Scope;
  marker: Marker;
  nav: QuoteNav | null;
}

export function createAnnotator(env: AnnotatorEnv): Annotator {
  const { doc, live } = env;
  const win = doc.defaultView!;
  let settings = env.settings;
  let tabOverride: boolean | null = null;
  let generation = 0;
  let session: Session | null = null;
  let article: ArticleText | null = null;
  let report: Report | null = null;
  let analyzedText: string | null = null;
  let rescans = 0;
  let rescanUrl = live.url;
  let startupMs = env.startupMs ?? 0;
  let first = true; // the first marks of this page load carry the start-up figures
  const sourceCursor = new Map<string, number>();

  const isActive = () =>
    tabOverride ?? (settings.enabled && !isSiteDisabled(win.location.hostname, settings.disabledSites));

  const clear = () => {
    if (!session) return;
    const { marker } = session;
    session.scope.end();
    live.quietly(() => marker.unmark());
    session = null;
  };
  env.scope.onEnd(clear);

  const relevantTo = (root: Element | null) => (records: MutationRecord[]) => {
    if (!root || !root.isConnected) return true;
    return records.some((r) => root.contains(r.target)) || addsText(records, 200);
  };

  /** Marks `art` with `rep`; resolves with main-thread ms, or null when superseded. */
  const mark = async (art: ArticleText, rep: Report, gen: number): Promise<number | null> => {
    clear();
    const t0 = performance.now();
    const plan = planMarks(rep, settings.kinds);
    const mapper = new PlanMapper(art.text, (s, e) => art.domRangesFor(s, e));
    const marker = new Marker(doc);
    const scope = env.scope.child();
    session = { scope, marker, nav: null };
    let busy = performance.now() - t0;
    const slices = await markInSlices(marker, plan, mapper, scope, { around: live.quietly });
    if (slices === null || gen !== generation) return null;
    const t1 = performance.now();
    const card = installCard(doc, scope, marker, () => report);
    session.nav = installQuoteNav(doc, scope, marker, card);
    live.setRelevance(relevantTo(art.root));
    return busy + slices + (performance.now() - t1);
  };

  const run = async (): Promise<void> => {
    const gen = ++generation;
    const started = performance.now();
    clear();
    const url = win.location.href;
    if (!isActive()) {
      env.publish({ state: 'disabled', url });
      return;
    }
    let busy = 0;
    const t0 = performance.now();
    let art: ArticleText | null = null;
    try {
      live.quietly(() => sweepStrayMarks(doc));
      // After a single-page app moved on, the new view may be no article at all (a list, a search page).
      art = (env.isArticle?.(doc) ?? true) ? env.read(doc) : null;
    } catch {
      art = null; // a page we cannot read gets no annotations, never an error
    }
    const readMs = performance.now() - t0;
    busy += readMs;
    if (!art || !/\S/.test(art.text)) {
      article = null;
      live.setRelevance((records) => addsText(records));
      env.publish({ state: 'not-article', url });
      return;
    }
    let rep: Report;
    try {
      rep = analyzedText === art.text && report ? report : await env.analyze({ text: art.text, title: art.title, paragraphStarts: art.paragraphStarts });
    } catch (error) {
      if (gen === generation) env.publish({ state: 'error', url, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (gen !== generation || env.scope.ended) return;
    article = art;
    report = rep;
    analyzedText = art.text;
    sourceCursor.clear();
    const markMs = await mark(art, rep, gen);
    if (markMs === null) return;
    busy += markMs + startupMs;
    const round = (ms: number) => Math.round(ms * 100) / 100;
    const timing = {
      busyMs: round(busy),
      checkMs: round(startupMs),
      readMs: round(readMs),
      markMs: round(markMs),
      wallMs: Math.round(performance.now() - started),
      marks: session?.marker.size ?? 0,
      ...(first && env.bootAt !== undefined ? { startedAt: round(env.bootAt) } : {}),
      ...(first && env.loadMs !== undefined ? { loadMs: round(env.loadMs) } : {}),
    };
    startupMs = 0;
    first = false;
    env.publish({ state: 'article', url, title: art.title, report: rep, timing });
  };

  const firstMarks = () => (session ? firstMarksInOrder(session.marker) : []);

  return {
    run,
    onChange(change) {
      if (change === 'url' || live.url !== rescanUrl) {
        rescanUrl = live.url;
        rescans = 0;
        tabOverride = null;
      } else if (++rescans > MAX_RESCANS) {
        live.setRelevance(() => false);
        return;
      }
      void run();
    },
    async setTabEnabled(on) {
      tabOverride = on;
      await run();
      return isActive();
    },
    applySettings(next) {
      const before = isActive();
      const kindsChanged = JSON.stringify(next.kinds) !== JSON.stringify(settings.kinds);
      settings = next;
      const now = isActive();
      if (before !== now) void run();
      else if (now && kindsChanged && article && report) {
        const gen = ++generation;
        void mark(article, report, gen);
      }
    },
    scrollTo(attributionId) {
      const el = firstMarks().find((m) => m.getAttribute('data-attribution') === attributionId);
      if (!el || !session) return false;
      el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
      session.marker.flash(el);
      return true;
    },
    stepSource(sourceId, direction) {
      const marks = firstMarks().filter((m) => session?.marker.markOf(m)?.sourceId === sourceId);
      if (marks.length === 0 || !session) return -1;
      const prev = sourceCursor.get(sourceId);
      const index = prev === undefined ? (direction === 1 ? 0 : marks.length - 1) : (prev + direction + marks.length) % marks.length;
      sourceCursor.set(sourceId, index);
      const el = marks[index]!;
      el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
      session.marker.flash(el);
      return index;
    },
    get active() {
      return isActive();
    },
    get markCount() {
      return session?.marker.size ?? 0;
    },
  };
}
