/**
 * An article in a language Sourcelight does not read (test/fixtures/languages/italian-news.html, declared
 * `<html lang="it">`): the page's declared language goes to the background with the text or the HTML, the
 * background answers that it does not read it, and the annotator makes no marks (removing any it made
 * before) and publishes the unsupported-language state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unreadLanguage } from '../../../src/background/unread-language';
import { createAnnotator, type AnnotatorEnv } from '../../../src/content/annotator';
import { addsText, watchLive } from '../../../src/content/live-watch';
import { readElsewhere } from '../../../src/content/read-elsewhere';
import { Scope } from '../../../src/content/scope';
import { analyze } from '../../../src/engine';
import type { Report } from '../../../src/engine/types';
import { MARK_TAG } from '../../../src/highlight/names';
import { planMarks } from '../../../src/highlight/plan';
import { parseAnalyzeRequest, parseReadPageRequest } from '../../../src/message-guards';
import type { AnalyzeRequest, PageState, ReadPageRequest, ReadPageResult, UnreadLanguage } from '../../../src/messaging';
import { pack } from '../../../src/packed';
import { readArticleInSlices } from '../../../src/page';
import { readHtml } from '../../../src/page/read-html';
import { DEFAULT_SETTINGS } from '../../../src/settings';

const html = readFileSync(path.resolve('test/fixtures/languages/italian-news.html'), 'utf8');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

/** The background's answer to an analyze request, by the code src/background/start.ts runs. */
function analyzed(data: AnalyzeRequest) {
  const request = parseAnalyzeRequest(data);
  const report = analyze(request);
  const unread = unreadLanguage(report, request.lang);
  return pack<Report | UnreadLanguage>(unread ? { unreadLanguage: unread } : report);
}

/** The background's answer to a read-page request, by the code src/background/start.ts runs. */
function readPage(data: ReadPageRequest) {
  const request = parseReadPageRequest(data);
  const article = readHtml(request.html, parse, request.maxChars);
  if (!article) return pack<ReadPageResult>({ article: null, report: null, plan: null });
  const report = analyze({ text: article.text, title: article.title, paragraphStarts: article.paragraphStarts, lang: request.lang ?? null });
  const unread = unreadLanguage(report, request.lang);
  if (unread) return pack<ReadPageResult>({ article: null, report: null, plan: null, unreadLanguage: unread });
  return pack<ReadPageResult>({ article, report, plan: planMarks(report, request.kinds) });
}

let scope: Scope;
let states: PageState[];

beforeEach(() => {
  const page = parse(html);
  document.documentElement.setAttribute('lang', page.documentElement.getAttribute('lang')!);
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
  scope = new Scope();
  states = [];
});
afterEach(() => {
  scope?.end();
  document.documentElement.removeAttribute('lang');
});

function annotatorWith(env: Pick<AnnotatorEnv, 'analyze'> & Partial<AnnotatorEnv>) {
  const live = watchLive(document, scope, { isRelevant: addsText, onChange: () => {}, settleMs: 60, maxWaitMs: 500 });
  return createAnnotator({ doc: document, scope, live, settings: DEFAULT_SETTINGS, read: readArticleInSlices, publish: (s) => states.push(s), ...env });
}

describe('a page in a language Sourcelight does not read', () => {
  it('read in the page: the text goes with lang "it", no marks, and the state says Italian', async () => {
    const requests: AnalyzeRequest[] = [];
    const annotator = annotatorWith({
      analyze: async (request) => {
        requests.push(request);
        return analyzed(request);
      },
    });
    await annotator.run();
    expect(requests.map((r) => r.lang)).toEqual(['it']);
    expect(states).toEqual([{ state: 'unsupported-language', url: location.href, lang: 'it' }]);
    expect(document.querySelector(MARK_TAG)).toBeNull();
  });

  it('read elsewhere: the HTML goes with lang "it" (its <html> is not sent), no marks, the same state', async () => {
    const requests: ReadPageRequest[] = [];
    const annotator = annotatorWith({
      analyze: () => Promise.reject(new Error('the answer came with the read')),
      readElsewhere: (doc, slicer, options) =>
        readElsewhere(doc, slicer, options, async (request) => {
          requests.push(request);
          return readPage(request);
        }),
    });
    await annotator.run();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.lang).toBe('it');
    expect(requests[0]!.html).not.toContain('lang="it"');
    expect(states).toEqual([{ state: 'unsupported-language', url: location.href, lang: 'it' }]);
    expect(document.querySelector(MARK_TAG)).toBeNull();
  });

  it('takes away the marks of an earlier read once the background says it does not read the language', async () => {
    // First an answer as from an engine that read the page as English, with one attribution; then the verdict.
    let unread = false;
    const annotator = annotatorWith({
      analyze: async (request) => {
        if (unread) return analyzed(request);
        const cue = request.text.indexOf('ha dichiarato');
        const report: Report = {
          schema: 1,
          title: request.title,
          textLength: request.text.length,
          sources: [{ id: 's1', name: 'Chiara Benedetti', kind: 'person', role: null, aliases: [] }],
          attributions: [{ id: 'a1', sourceId: 's1', type: 'direct', cue: { start: cue, end: cue + 13, text: 'ha dichiarato' }, mention: null, content: [], paragraph: 1 }],
        };
        return pack<Report | UnreadLanguage>(report);
      },
    });
    await annotator.run();
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    expect(states.map((s) => s.state)).toEqual(['article']);
    // The page grows (a live update), and this time the background's verdict is that it does not read it.
    const added = document.createElement('p');
    added.textContent = 'Aggiornamento delle 11: la giunta ha confermato che il primo tratto collegherà la stazione al polo scolastico.';
    document.querySelector('.article-body')!.append(added);
    unread = true;
    await annotator.run();
    expect(document.querySelector(MARK_TAG)).toBeNull();
    expect(states.map((s) => s.state)).toEqual(['article', 'unsupported-language']);
  });

  it('reads an English page declared so as before: marks and an article state', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    document.head.querySelector('meta[property="og:locale"]')!.setAttribute('content', 'en_GB');
    const requests: AnalyzeRequest[] = [];
    const annotator = annotatorWith({
      analyze: async (request) => {
        requests.push(request);
        return analyzed(request);
      },
    });
    await annotator.run();
    expect(requests.map((r) => r.lang)).toEqual(['en']);
    expect(states.map((s) => s.state)).toEqual(['article']);
  });
});
