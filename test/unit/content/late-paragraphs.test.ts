/**
 * The annotator on a page that grows after load (test/fixtures/late-paragraphs): the first paragraphs
 * are marked, the late ones are marked once the page settles, turning off restores the grown page
 * exactly, and ending the content-script context removes every mark and stops listening. Marks an earlier
 * copy of Sourcelight left on it are swept first.
 */
import { pack } from '../../../src/packed';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, type Annotator } from '../../../src/content/annotator';
import { addsText, watchLive, type LiveWatch } from '../../../src/content/live-watch';
import { Scope } from '../../../src/content/scope';
import { MARK_TAG } from '../../../src/highlight/names';
import { sweepStrayMarks } from '../../../src/highlight/marker';

// The sweep of marks an earlier copy left behind, watched: whether it ran is what a test asks, not how the marking
// was sliced (a slice may only map, and rest with no mark written, on a busy machine).
vi.mock('../../../src/highlight/marker', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/highlight/marker')>();
  return { ...actual, sweepStrayMarks: vi.fn(actual.sweepStrayMarks) };
});
import type { PageState } from '../../../src/messaging';
import { readArticleInSlices } from '../../../src/page';
import { readElsewhere } from '../../../src/content/read-elsewhere';
import { planMarks } from '../../../src/highlight/plan';
import { readHtml } from '../../../src/page/read-html';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { loadSpec, reportFor } from '../helpers/marks-spec';

const DIR = path.resolve(__dirname, '../../fixtures/late-paragraphs');
const spec = loadSpec(path.join(DIR, 'marks.expected.json'));
const html = readFileSync(path.join(DIR, 'source.html'), 'utf8');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (what: () => boolean, ms = 15_000) => {
  for (const end = Date.now() + ms; !what(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(20);
  }
};

/** What the page's own script does after load. */
function addLateParagraphs(doc: Document) {
  const template = doc.getElementById('late') as HTMLTemplateElement;
  doc.getElementById('story-body')!.append(template.content.cloneNode(true));
  doc.getElementById('loading')!.remove();
}

let scope: Scope;
let states: PageState[];
let annotator: Annotator;

/** The annotator reading the page in place, with `live` as its watcher, publishing into `states`. */
function inPageAnnotator(live: LiveWatch): Annotator {
  return createAnnotator({
    doc: document,
    scope,
    live,
    settings: DEFAULT_SETTINGS,
    read: readArticleInSlices,
    // Packed, as the background answers (the annotator decodes it).
    analyze: async (req) => pack(reportFor(spec, req.text, req.title, req.text.includes('Tomas Brenner'))),
    publish: (s) => states.push(s),
  });
}

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((s) => s.remove()); // the test plays the script's part
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  scope = new Scope();
  states = [];
  const live = watchLive(document, scope, { isRelevant: addsText, onChange: (c) => annotator.onChange(c), settleMs: 60, maxWaitMs: 500 });
  annotator = inPageAnnotator(live);
});
afterEach(() => scope?.end());

const marked = () => new Set(Array.from(document.querySelectorAll(MARK_TAG)).map((m) => m.getAttribute('data-attribution')));
const lastState = () => states[states.length - 1];

describe('a page that adds paragraphs after load', () => {
  it('marks the first paragraphs, then the late ones once the page settles', async () => {
    await annotator.run();
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(lastState()).toMatchObject({ state: 'article' });

    const published = states.length;
    addLateParagraphs(document);
    // The state follows the last marks (once the card is in place): wait for the re-read's state.
    await until(() => states.length > published);
    expect(states).toHaveLength(published + 1);
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    const state = lastState()!;
    expect(state.state === 'article' && state.report.attributions.length).toBe(6);
    expect(document.querySelectorAll(MARK_TAG).length).toBe(spec.attributions.reduce((n, a) => n + a.marks.content + a.marks.cue + a.marks.mention, 0));
  });

  it('rescans once for a burst of many mutations, not once per mutation', async () => {
    await annotator.run();
    const before = states.length;
    const body = document.getElementById('story-body')!;
    for (let i = 0; i < 2000; i++) body.append(document.createElement('span'));
    addLateParagraphs(document);
    await until(() => marked().size === 6);
    await wait(300);
    expect(states.length - before).toBe(1);
  });

  it('reads once when the text arrived just before the read began: the change is in what it read', async () => {
    // The late paragraphs land while the content script is still starting (the watcher saw them, its
    // settle timer is running), then the first read begins: that read sees them, and no second read follows.
    addLateParagraphs(document);
    await wait(0); // the observer's records are delivered
    await annotator.run();
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    await wait(300); // settleMs 60: a pending change would have been reported long since
    expect(states.map((s) => s.state)).toEqual(['article']);
  });

  it('turning off restores the grown page exactly; ending the context removes every mark and stops listening', async () => {
    await annotator.run();
    addLateParagraphs(document);
    await until(() => marked().size === 6);
    expect(await annotator.setTabEnabled(false)).toBe(false);
    expect(document.querySelector(MARK_TAG)).toBeNull();
    const reference = new DOMParser().parseFromString(html, 'text/html');
    reference.querySelectorAll('script').forEach((s) => s.remove());
    addLateParagraphs(reference);
    expect(document.body.innerHTML).toBe(reference.body.innerHTML);

    expect(await annotator.setTabEnabled(true)).toBe(true);
    expect(marked().size).toBe(6);
    scope.end();
    expect(document.querySelector(MARK_TAG)).toBeNull();
    expect(document.body.innerHTML).toBe(reference.body.innerHTML);
    const count = states.length;
    document.getElementById('story-body')!.append(document.createElement('p'));
    await wait(200);
    expect(states.length).toBe(count);
  });
});

describe('marks an earlier copy of Sourcelight left behind', () => {
  /** Spies on the watcher's rests: how many marks of ours each write left in the page. */
  function restsOf(live: LiveWatch): number[] {
    const marksAfter: number[] = [];
    const original = live.quietly.bind(live);
    live.quietly = <T>(write: () => T): T => {
      const result = original(write);
      marksAfter.push(document.querySelectorAll(MARK_TAG).length);
      return result;
    };
    return marksAfter;
  }

  function annotatorWithSpiedWatcher(): { annotator: Annotator; rests: number[] } {
    scope.end();
    scope = new Scope();
    states = [];
    const live = watchLive(document, scope, { isRelevant: addsText, onChange: () => {}, settleMs: 60, maxWaitMs: 500 });
    const rests = restsOf(live);
    return { annotator: inPageAnnotator(live), rests };
  }

  it('are swept before the page is read, their text joined back, with the watcher resting', async () => {
    const first = document.querySelector('#story-body p')!;
    const stray = document.createElement(MARK_TAG);
    stray.setAttribute('data-attribution', 'stray');
    stray.append(first.firstChild!);
    first.prepend(stray);
    const { annotator: a, rests } = annotatorWithSpiedWatcher();
    await a.run();
    expect(document.querySelector('[data-attribution="stray"]')).toBeNull();
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(rests[0]).toBe(0); // the sweep's rest: no mark of any copy left
  });

  it('a page holding none: the watcher rests only while our own marks are written', async () => {
    vi.mocked(sweepStrayMarks).mockClear();
    const { annotator: a, rests } = annotatorWithSpiedWatcher();
    await a.run();
    expect(vi.mocked(sweepStrayMarks)).not.toHaveBeenCalled();
    expect(rests.length).toBeGreaterThan(0);
    // Each rest leaves as many marks as the one before or more (nothing is unmarked), the last all of them.
    expect(rests.every((n, i) => i === 0 || n >= rests[i - 1]!)).toBe(true);
    expect(rests[rests.length - 1]).toBe(document.querySelectorAll(MARK_TAG).length);
    expect(rests[rests.length - 1]).toBeGreaterThan(0);
  });
});

describe('the same page read off the main thread (readElsewhere)', () => {
  it('marks what the in-page read marks, with the report and plan the extension sent, and reads elsewhere again when the page grows', async () => {
    scope.end();
    scope = new Scope();
    states = [];
    const sent: string[] = [];
    const live = watchLive(document, scope, { isRelevant: addsText, onChange: (c) => away.onChange(c), settleMs: 60, maxWaitMs: 500 });
    const away: Annotator = createAnnotator({
      doc: document,
      scope,
      live,
      settings: DEFAULT_SETTINGS,
      read: () => Promise.reject(new Error('the page is read elsewhere')),
      readElsewhere: (doc, slicer, options) =>
        readElsewhere(doc, slicer, options, async (request) => {
          sent.push(request.html);
          const article = readHtml(request.html, (h) => new DOMParser().parseFromString(h, 'text/html'), request.maxChars)!;
          const report = reportFor(spec, article.text, article.title, article.text.includes('Tomas Brenner'));
          return pack({ article, report, plan: planMarks(report, request.kinds) });
        }),
      analyze: () => Promise.reject(new Error('the report came with the read')),
      publish: (s) => states.push(s),
    });
    annotator = away;
    await away.run();
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(lastState()).toMatchObject({ state: 'article', timing: { readElsewhere: 1 } });
    const published = states.length;
    addLateParagraphs(document);
    await until(() => states.length > published);
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(sent).toHaveLength(2);
  });
});

describe('a page the extension could not read (readElsewhere says: read it here)', () => {
  it('is read in the page, told what the size check found rather than sizing the page again', async () => {
    scope.end();
    scope = new Scope();
    states = [];
    const asked: Array<boolean | undefined> = [];
    const live = watchLive(document, scope, { isRelevant: addsText, onChange: () => {}, settleMs: 60, maxWaitMs: 500 });
    const here = createAnnotator({
      doc: document,
      scope,
      live,
      settings: DEFAULT_SETTINGS,
      read: (doc, slicer, options) => {
        asked.push(options.large);
        return readArticleInSlices(doc, slicer, options);
      },
      readElsewhere: async () => ({ readHere: true, large: false }),
      analyze: async (req) => pack(reportFor(spec, req.text, req.title, req.text.includes('Tomas Brenner'))),
      publish: (s) => states.push(s),
    });
    await here.run();
    expect(asked).toEqual([false]);
    expect([...marked()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect(lastState()).toMatchObject({ state: 'article', timing: { readElsewhere: 0 } });
  });
});
