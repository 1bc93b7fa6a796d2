/**
 * The annotations of one page, start to finish: read the article, have it analyzed, mark it, install
 * the card and the keyboard steps; undo all of it when turned off, re-do it when the page changes.
 * Lives in the bundle that is only loaded on pages that look like articles (entrypoints/annotator.ts).
 */
import type { Report } from '../engine/types';
import { isLanguage } from '../message-guards';
import type { AnalyzeRequest, PageState, UnreadLanguage } from '../messaging';
import { unpack, type Packed } from '../packed';
import { awaitElsewhere, runInSlices, SliceAborted, timeSlicer, type Slicer } from '../page/slicer';
import type { ReadOptions } from '../page/read-article';
import type { ArticleText } from '../page/types';
import { isSiteDisabled, sameKinds, type KindToggles, type Settings } from '../settings-values';
import { installCard, type CardController } from '../highlight/card/card-controller';
import { installQuoteNav, firstMarksInOrder, type QuoteNav } from '../highlight/card/quote-nav';
import { PlanMapper } from '../highlight/map-plan';
import { MAX_TOTAL_MARKS, markInSlices } from '../highlight/mark-in-slices';
import { Marker, sweepStrayMarks } from '../highlight/marker';
import { MARK_TAG } from '../highlight/names';
import { planMarksSteps, type PlannedMark } from '../highlight/plan';
import { addsParagraph, addsText, type Change, type LiveWatch } from './live-watch';
import type { ReadElsewhere, ReadHere } from './read-elsewhere';
import type { Scope } from './scope';

// A page that keeps changing gets this many re-reads per address, then keeps the marks it has and stops
// listening: no page can make Sourcelight spend the reader's CPU without end.
const MAX_RESCANS = 30;
// The reader stops after this many characters of article text (about 17,000 words, far longer than any news
// story): a page larger than that is annotated in its first part, and its state says so (`partial`).
const MAX_ARTICLE_CHARS = 100_000;
// Milliseconds of our own work per slice of reading and marking. A task of ours must stay under 50 ms even
// on a CPU four times slower than this one (issue 6): the slice check runs between steps, so leave room.
const SLICE_MS = 4;
// Idle callbacks run when the page has nothing better to do; this is the longest a slice waits for one.
const SLICE_WAIT_MS = 100;

export interface AnnotatorEnv {
  doc: Document;
  /** The content script's lifetime. */
  scope: Scope;
  live: LiveWatch;
  /** The cheap check the loader used (src/page/is-probably-article.ts), asked again on every re-read. */
  isArticle?(doc: Document, due: () => boolean): Generator<void, boolean, void>;
  /**
   * The page reader, in slices: the article and its text <-> DOM mapping, or null when there is none.
   * Rejects with SliceAborted when the slicer's work is cancelled.
   */
  read(doc: Document, slicer: Slicer, options: ReadOptions): Promise<ArticleText | null>;
  /**
   * The page reader and the engine off the page's main thread (src/content/read-elsewhere.ts): the article
   * and its report, null when the page holds no article, UnreadLanguage for an article in a language
   * Sourcelight does not read, ReadHere when the page is to be read here (`read`).
   */
  readElsewhere?(doc: Document, slicer: Slicer, options: { maxChars: number; kinds: KindToggles }): Promise<ReadElsewhere | ReadHere | UnreadLanguage | null>;
  /**
   * The engine's report, as the background packed it (decoded here, as our work); UnreadLanguage for an
   * article in a language Sourcelight does not read.
   */
  analyze(request: AnalyzeRequest): Promise<Packed<Report | UnreadLanguage>>;
  publish(state: PageState): void;
  /** Tells the extension's pages which attribution the hover card shows (null: none), for the side panel. */
  cardShown?(attributionId: string | null): void;
  settings: Settings;
  /** Main-thread milliseconds spent before the annotator started (the loader's check), for the timing figures. */
  startupMs?: number;
  /**
   * Stops the content script's set-up clock (its start, settings, live watcher and listeners, then this
   * annotator's creation) and returns its milliseconds: asked once, when the first run starts.
   */
  setupMs?: () => number;
  /** When the content script started (performance.now() of the page), reported with the first marks. */
  bootAt?: number;
  /** Wall-clock ms the annotator bundle took to load (fetch, compile, run), reported with the first marks. */
  loadMs?: number;
}

export interface Annotator {
  /**
   * Reads, analyzes and marks the page afresh (first load, URL change, page change). `checked`: the caller
   * has just found the page to be an article (the cheap check scans the page: no need to do it twice).
   */
  run(checked?: boolean): Promise<void>;
  onChange(change: Change): void;
  /** The tab toggle: overrides the settings on this tab until the page is left. Returns the new state. */
  setTabEnabled(on: boolean): Promise<boolean>;
  applySettings(settings: Settings): void;
  /** Scrolls to an attribution's first mark and flashes it; with `card`, opens the hover card on it too. False when it has no mark. */
  scrollTo(attributionId: string, card?: boolean): boolean;
  stepSource(sourceId: string, direction: 1 | -1): number;
  readonly active: boolean;
  readonly markCount: number;
}

interface Session {
  scope: Scope;
  marker: Marker;
  nav: QuoteNav | null;
  card: CardController | null;
}


/** Resolves true in an idle period of `scope`, or false when the scope ends first. */
function idleIn(scope: Scope): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    scope.idle(() => resolve(true), SLICE_WAIT_MS);
    scope.onEnd(() => resolve(false));
  });
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
  let setupMs = 0;
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

  // Once marked, a page is read again only for a paragraph's worth of new text: inside the article (a
  // paragraph added or rewritten) or anywhere (the next story of an endless page). Tickers, counters and
  // clocks that rewrite a few words many times a second cost no re-read.
  // A page that replaced its article (the root left the document) brings the new one in paragraph-sized
  // nodes too, and a new address is seen by the live watcher itself.
  const relevantTo = (root: Element | null) => (records: MutationRecord[]) => {
    if (addsText(records, 200)) return true;
    return addsParagraph(root?.isConnected ? records.filter((r) => root.contains(r.target)) : records);
  };

  /** Marks `art` with `rep`; resolves with main-thread ms and whether the mark budget ran out, or null when superseded. */
  const mark = async (art: ArticleText, rep: Report, gen: number, planned?: { plan: PlannedMark[]; kinds: KindToggles }): Promise<{ busyMs: number; cardMs: number; capped: boolean } | null> => {
    clear();
    const scope = env.scope.child();
    // Planning a long report takes tens of ms on a slow laptop: in slices too, and the marks start in a task of their own.
    // A read done elsewhere brings the plan along, made for the kinds shown then.
    const planner = timeSlicer({ budgetMs: SLICE_MS, schedule: (fn) => scope.idle(fn, SLICE_WAIT_MS), signal: scope.signal });
    let plan: PlannedMark[];
    try {
      plan = planned && sameKinds(planned.kinds, settings.kinds) ? planned.plan : await runInSlices(planMarksSteps(rep, settings.kinds, MAX_TOTAL_MARKS, () => planner.due()), planner);
    } catch (error) {
      scope.end();
      if (error instanceof SliceAborted) return null;
      throw error;
    }
    if (gen !== generation) {
      scope.end();
      return null;
    }
    const planMs = planner.busyMs;
    const t0 = performance.now();
    const mapper = new PlanMapper(art.text, (s, e) => art.domRangesFor(s, e));
    const marker = new Marker(doc);
    session = { scope, marker, nav: null, card: null };
    const busy = planMs + performance.now() - t0;
    if (!(await idleIn(scope)) || gen !== generation) return null;
    const slices = await markInSlices(marker, plan, mapper, scope, { around: live.quietly, budgetMs: SLICE_MS });
    if (slices === null || gen !== generation) return null;
    // The card and the keyboard steps in a task of their own, after the last slice of marks.
    if (!(await idleIn(scope)) || gen !== generation) return null;
    const t1 = performance.now();
    const card = installCard(doc, scope, marker, () => report, env.cardShown);
    session.card = card;
    session.nav = installQuoteNav(doc, scope, marker, card);
    live.setRelevance(relevantTo(art.root));
    return { busyMs: busy + slices.busyMs, cardMs: performance.now() - t1, capped: slices.capped };
  };

  let runScope: Scope | null = null;

  const run = async (checked = false): Promise<void> => {
    const gen = ++generation;
    const started = performance.now();
    if (first && env.setupMs) setupMs = env.setupMs();
    runScope?.end(); // an older run still reading stops at its next slice
    const rs = (runScope = env.scope.child());
    clear();
    const url = win.location.href;
    if (!isActive()) {
      env.publish({ state: 'disabled', url });
      return;
    }
    const slicer = timeSlicer({ budgetMs: SLICE_MS, schedule: (fn) => rs.idle(fn, SLICE_WAIT_MS), signal: rs.signal });
    // While reading, only a paragraph's worth of new text calls for reading again (a ticker never does).
    live.setRelevance((records) => addsParagraph(records));
    let art: ArticleText | null = null;
    let elsewhere: ReadElsewhere | undefined;
    let unread: string | null = null;
    try {
      // A task of our own: the annotator bundle may just have been evaluated in this one.
      await slicer.pause();
      // Marks an earlier copy of Sourcelight left (a reload that gave it no chance to clean up) are swept with
      // the watcher resting; a page holding none (nearly every page) costs one search, and the watcher is not
      // stopped and started again for nothing (observing a page of 100,000 nodes anew takes ms at CPU 4x).
      if (doc.querySelector(MARK_TAG)) live.quietly(() => sweepStrayMarks(doc));
      // After a single-page app moved on, the new view may be no article at all (a list, a search page).
      if (checked || !env.isArticle || (await runInSlices(env.isArticle(doc, () => slicer.due()), slicer))) {
        if (slicer.due()) await slicer.pause();
        // What changed before this point is in what we read now: no second read for it once we are done.
        live.forget();
        const away = env.readElsewhere ? await env.readElsewhere(doc, slicer, { maxChars: MAX_ARTICLE_CHARS, kinds: settings.kinds }) : undefined;
        if (away && 'readHere' in away) art = await env.read(doc, slicer, { maxChars: MAX_ARTICLE_CHARS, large: away.large });
        else if (away === undefined) art = await env.read(doc, slicer, { maxChars: MAX_ARTICLE_CHARS });
        else if (away && 'unreadLanguage' in away) unread = away.unreadLanguage;
        else if (away) art = (elsewhere = away).article;
      }
    } catch (error) {
      if (error instanceof SliceAborted || gen !== generation) return;
      art = null; // a page we cannot read gets no annotations, never an error
    }
    if (gen !== generation || env.scope.ended) return;
    // An article in a language Sourcelight does not read: no marks, and the popup says why. Read again,
    // like a page that is no article, only for a paragraph's worth of new text.
    const leaveUnread = (lang: string) => {
      article = null;
      report = null;
      analyzedText = null;
      live.setRelevance((records) => addsText(records));
      env.publish({ state: 'unsupported-language', url, lang });
    };
    if (unread) return leaveUnread(unread);
    if (!art || !/\S/.test(art.text)) {
      article = null;
      live.setRelevance((records) => addsText(records));
      env.publish({ state: 'not-article', url });
      return;
    }
    let rep: Report;
    try {
      const cached = elsewhere ? elsewhere.report : analyzedText === art.text && report;
      if (cached) rep = cached;
      else {
        // Sending the text copies it (tens of ms for a long one on a slow laptop): not in the task that read it.
        await slicer.pause();
        // Sending is work of ours, the wait for the report is not, decoding it is.
        const request = { text: art.text, title: art.title, paragraphStarts: art.paragraphStarts, lang: art.lang ?? null };
        const answer = unpack(await awaitElsewhere(slicer, env.analyze(request)));
        if ('unreadLanguage' in answer) {
          if (!isLanguage(answer.unreadLanguage)) throw new Error('the background named no language');
          if (gen === generation && !env.scope.ended) leaveUnread(answer.unreadLanguage);
          return;
        }
        rep = answer;
      }
      // Plan and mark in fresh tasks.
      await slicer.pause();
    } catch (error) {
      if (error instanceof SliceAborted) return;
      if (gen === generation) env.publish({ state: 'error', url, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (gen !== generation || env.scope.ended) return;
    // Read in the page, the read's figure includes sending the text and decoding the report.
    const readMs = elsewhere ? elsewhere.busyMs : slicer.busyMs;
    article = art;
    report = rep;
    analyzedText = art.text;
    sourceCursor.clear();
    const marked = await mark(art, rep, gen, elsewhere);
    if (marked === null) return;
    const busy = setupMs + startupMs + readMs + marked.busyMs + marked.cardMs;
    const round = (ms: number) => Math.round(ms * 100) / 100;
    const timing = {
      busyMs: round(busy),
      setupMs: round(setupMs),
      checkMs: round(startupMs),
      readMs: round(readMs),
      markMs: round(marked.busyMs),
      cardMs: round(marked.cardMs),
      wallMs: Math.round(performance.now() - started),
      marks: session?.marker.size ?? 0,
      readElsewhere: elsewhere ? 1 : 0,
      ...(first && env.bootAt !== undefined ? { startedAt: round(env.bootAt) } : {}),
      ...(first && env.loadMs !== undefined ? { loadMs: round(env.loadMs) } : {}),
    };
    startupMs = 0;
    setupMs = 0;
    first = false;
    const partial = art.truncated === true || marked.capped;
    env.publish({ state: 'article', url, title: art.title, report: rep, timing, ...(partial ? { partial: true } : {}) });
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
      const kindsChanged = !sameKinds(next.kinds, settings.kinds);
      settings = next;
      const now = isActive();
      if (before !== now) void run();
      else if (now && kindsChanged && article && report) {
        const gen = ++generation;
        void mark(article, report, gen);
      }
    },
    scrollTo(attributionId, card = false) {
      const el = firstMarks().find((m) => m.getAttribute('data-attribution') === attributionId);
      if (!el || !session) return false;
      el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
      session.marker.flash(el);
      if (card) session.card?.openFor(el);
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
