/**
 * The part of the content script injected on every http(s) page: read the settings, take the cheap
 * "is this an article?" check, and only then load the heavy annotator. Also answers the tab's messages
 * and owns the one live watcher. Everything hangs off one scope, ended with the extension's life or `signal`.
 */
import { browser } from 'wxt/browser';
import { BadMessage, isId } from '../message-guards';
import { ANALYZED, CONTENT_PORT, NO_ANALYSIS, isOwnSender, onMessage, removeAllListeners, sendMessage, type PageState } from '../messaging';
import { articleCheckSteps } from '../page/is-probably-article';
import { isSiteDisabled, sameSettings, type Settings } from '../settings-values';
import { readSettings, watchSettings } from './settings-reader';
import type { Annotator } from './annotator';
import { addsText, watchLive, type Change } from './live-watch';
import { loadAnnotatorModule, loadReaderModule, type ReaderModule } from './load-annotator';
import { whenActivated } from './prerender';
import { Scope } from './scope';
import { awaitElsewhere, runInSlices, SliceAborted, timeSlicer } from '../page/slicer';

// Uploads are named per content script: a reloaded script's first upload must not match its predecessor's.
const UPLOAD_PREFIX = `${Math.random().toString(36).slice(2, 10)}-`;

// A page that is not an article yet may still become one (late rendering): re-check it this many times
// per address, each time its DOM settles after new text arrived.
const MAX_CHECKS = 8;

// The article check's slices, ms: on a page of 100,000 nodes its searches of the whole document take a few
// ms each (four times that on a slow laptop), each then in a task of its own; on most pages it is one slice.
const CHECK_SLICE_MS = 4;

// The watchers the first marks do not need start once the marks are in place, or after this long.
const WATCHERS_AFTER_MS = 2000;

/**
 * Ends everything when the extension is reloaded, updated or removed while the page stays open (the old
 * copy of this script would otherwise keep its marks and listeners): the background's port disconnects at
 * that moment, and a runtime without an id is the sign. A port can also close because Chrome stopped an
 * idle service worker; that is harmless and not reconnected (no waking it up), and the reader's next
 * key, pointer or tab switch checks again. No polling: two one-shot checks follow a disconnect.
 */
function watchExtensionLife(win: Window, scope: Scope): void {
  const gone = () => !browser.runtime?.id;
  const check = () => {
    if (gone()) scope.end();
  };
  try {
    const port = browser.runtime.connect({ name: CONTENT_PORT });
    port.onDisconnect.addListener(() => {
      // Chrome clears the runtime's id only just after the port closes: look again twice, then stop.
      check();
      scope.timeout(check, 100);
      scope.timeout(check, 600);
    });
    scope.onEnd(() => quiet(() => port.disconnect()));
  } catch {
    scope.end(); // no runtime at all: the extension is already gone
    return;
  }
  for (const type of ['pointerdown', 'keydown', 'visibilitychange']) scope.listen(type === 'visibilitychange' ? win.document : win, type, check, { capture: true, passive: true });
}

/** Runs a clean-up step that may throw once the extension is gone ("Extension context invalidated"). */
function quiet(fn: () => void): void {
  try {
    fn();
  } catch {
    // nothing left to release
  }
}

export interface BootOptions {
  signal: AbortSignal;
  doc: Document;
  /**
   * The URL of one of the bundles loaded on demand (browser.runtime.getURL): the annotator on article pages,
   * the in-page reader when an article must be read here. Asked for only then, not on every page.
   */
  bundleUrl(path: '/annotator.js' | '/reader.js'): string;
}

export async function bootContent({ signal, doc, bundleUrl }: BootOptions): Promise<void> {
  const scope = new Scope(signal);
  // The script's own set-up, counted in the timing figures as a slicer counts work: from its start to the
  // article check, then creating the annotator, its waits left out (never a pause for its budget).
  const setup = timeSlicer({ budgetMs: Infinity, schedule: (fn) => scope.timeout(fn, 0), signal: scope.signal });
  const activated = whenActivated(doc, signal);
  setup.suspend(); // a prerendered page waits here until it is shown
  if (!(await activated)) return;
  setup.resume();
  const bootAt = performance.now();
  const win = doc.defaultView!;
  /** Resolves true in a task of our own; never, once the script's life has ended (nothing more to do then). */
  const nextTask = () => new Promise<boolean>((resolve) => scope.timeout(() => resolve(!scope.ended), 0));
  /** A task of our own with the set-up's clock stopped while waiting; false once the script's life has ended. */
  const setupTask = () => setup.pause().then(() => !scope.ended, () => false);
  // The settings in a task of their own: this one compiled and started the script, and the first use of
  // the extension API has the browser build it.
  if (!(await setupTask())) return;
  const stored = readSettings();
  setup.suspend();
  let settings: Settings = await stored;
  setup.resume();
  let annotator: Annotator | null = null;
  let loading: Promise<Annotator | null> | null = null;
  let reader: Promise<ReaderModule | null> | null = null;
  let tabOverride: boolean | null = null;
  let checks = 0;
  let last: PageState | null = null;

  const publish = (state: PageState) => {
    if (scope.ended) return;
    last = state;
    const sendWhole = () =>
      sendMessage('contentPageState', state).catch(() => {
        // The background is restarting or the extension was reloaded: the next state will get through.
      });
    if (state.state !== 'article') return void sendWhole();
    // The background holds the report it computed for us: name it rather than send it back (see ArticleStateRef).
    sendMessage('contentPageState', { ...state, report: ANALYZED }).catch((error: unknown) => {
      if (error instanceof Error && error.message.includes(NO_ANALYSIS)) void sendWhole();
    });
  };
  const isActive = () => tabOverride ?? (settings.enabled && !isSiteDisabled(win.location.hostname, settings.disabledSites));

  // The live watcher in a task of its own, not the one that took the settings: observing a page of 100,000
  // nodes takes a few ms at CPU 4x, and the garbage collector's steps land in whichever task runs.
  if (!(await setupTask())) return;
  const live = watchLive(doc, scope, { isRelevant: (r) => addsText(r), onChange: (c) => void evaluate(c) });

  const ensureAnnotator = (startupMs: number): Promise<Annotator | null> => {
    const loadStart = performance.now();
    loading ??= loadAnnotatorModule(bundleUrl('/annotator.js')).then((mod) => {
      if (!mod || scope.ended) return null;
      const loadMs = performance.now() - loadStart;
      setup.resume();
      const requests = mod.backgroundRequests(UPLOAD_PREFIX);
      annotator = mod.createAnnotator({
        doc,
        scope,
        live,
        settings,
        startupMs,
        bootAt,
        loadMs,
        isArticle: articleCheckSteps,
        read: async (d, slicer, options) => {
          // The wait for the bundle is no work of ours.
          const mod = await awaitElsewhere(slicer, (reader ??= loadReaderModule(bundleUrl('/reader.js'))));
          return mod ? mod.readArticleInSlices(d, slicer, options) : null;
        },
        readElsewhere: (d, slicer, options) => mod.readElsewhere(d, slicer, options, requests.readPage),
        analyze: requests.analyze,
        cardShown: requests.cardShown,
        publish,
        setupMs: () => {
          setup.suspend();
          return setup.busyMs;
        },
      });
      return annotator;
    });
    return loading;
  };

  // The first check and load of the annotator, while in flight: a change meanwhile waits for it (the
  // annotator reads the page as it is once loaded), rather than starting a second load and read.
  let starting: Promise<void> | null = null;
  function evaluate(change?: Change): Promise<void> {
    if (annotator) return Promise.resolve(annotator.onChange(change ?? 'content'));
    if (starting && change !== 'url') return starting;
    const run = start(change).finally(() => {
      if (starting === run) starting = null;
    });
    starting = run;
    return run;
  }

  async function start(change?: Change): Promise<void> {
    if (change === 'url') {
      checks = 0;
      tabOverride = null;
    }
    if (!isActive()) return publish({ state: 'disabled', url: win.location.href });
    const checker = timeSlicer({ budgetMs: CHECK_SLICE_MS, schedule: (fn) => scope.timeout(fn, 0), signal: scope.signal });
    let article: boolean;
    try {
      article = await runInSlices(articleCheckSteps(doc, () => checker.due()), checker);
    } catch (error) {
      if (error instanceof SliceAborted) return; // the script's life ended meanwhile
      throw error;
    }
    const checkMs = checker.busyMs;
    if (!article) {
      if (++checks >= MAX_CHECKS) live.setRelevance(() => false);
      if (last?.state !== 'not-article' || last.url !== win.location.href) publish({ state: 'not-article', url: win.location.href });
      return;
    }
    // Loading the annotator compiles it: a task of its own, after the one that checked the page.
    if (!(await nextTask())) return;
    const a = await ensureAnnotator(checkMs);
    if (a) await a.run(true);
    else publish({ state: 'error', url: win.location.href, message: 'The annotator could not be loaded on this page.' });
  }

  const setTabEnabled = async (on: boolean): Promise<boolean> => {
    tabOverride = on;
    if (!annotator && starting) await starting;
    if (annotator) return annotator.setTabEnabled(on);
    await evaluate();
    return isActive();
  };

  // The tab's messages in a task after the watcher's: at CPU 4x that task alone can run 25 ms on a busy page.
  if (!(await setupTask())) return;
  const own = (sender: { id?: string } | undefined) => {
    if (!isOwnSender(sender, browser.runtime.id)) throw new BadMessage('not from Sourcelight');
  };
  onMessage('tabScrollTo', ({ data, sender }) => {
    own(sender);
    if (!isId(data?.attributionId)) throw new BadMessage('attributionId must be an id');
    if (data.card !== undefined && typeof data.card !== 'boolean') throw new BadMessage('card must be true or false');
    return annotator?.scrollTo(data.attributionId, data.card === true) ?? false;
  });
  onMessage('tabStepSource', ({ data, sender }) => {
    own(sender);
    if (!isId(data?.sourceId) || (data.direction !== 1 && data.direction !== -1)) throw new BadMessage('sourceId and direction 1 or -1 expected');
    return annotator?.stepSource(data.sourceId, data.direction) ?? -1;
  });
  onMessage('tabSetAnnotations', ({ data, sender }) => {
    own(sender);
    if (typeof data?.enabled !== 'boolean') throw new BadMessage('enabled must be true or false');
    return setTabEnabled(data.enabled);
  });
  onMessage('tabToggleAnnotations', ({ sender }) => {
    own(sender);
    return setTabEnabled(!(annotator ? annotator.active : isActive()));
  });
  scope.onEnd(() => quiet(removeAllListeners));

  // The article check in a task of its own: this one holds the listeners above.
  if (!(await setupTask())) return;
  setup.suspend();
  const first = evaluate();
  // What the first marks do not need waits until they are in place (or the page was found no article), at
  // most WATCHERS_AFTER_MS: the watchers of the settings and of the extension's life. Setting them up (a port,
  // the storage event, listeners) takes 1-3 ms of the page's main thread, which the marks need not wait for.
  await Promise.race([first, new Promise<void>((resolve) => scope.timeout(resolve, WATCHERS_AFTER_MS))]);
  if (!(await nextTask())) return;
  const onSettings = (next: Settings) => {
    settings = next;
    if (annotator) annotator.applySettings(next);
    else void evaluate();
  };
  const unwatch = watchSettings(onSettings);
  scope.onEnd(() => quiet(unwatch));
  // A change made before the watcher listened is not lost: read once more, and act only on a difference.
  void readSettings().then((now) => {
    if (!scope.ended && !sameSettings(now, settings)) onSettings(now);
  });

  watchExtensionLife(win, scope);

  // Back/forward cache: the page comes back as it was, but the background forgot it when the tab navigated.
  scope.listen<PageTransitionEvent>(win, 'pageshow', (e) => {
    if (e.persisted && last) publish(last);
  });
  await first;
}
