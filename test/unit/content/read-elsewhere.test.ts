import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/engine';
import { readElsewhere, type ReadElsewhere } from '../../../src/content/read-elsewhere';
import { planMarks } from '../../../src/highlight/plan';
import type { ReadPageRequest, ReadPageResult } from '../../../src/messaging';
import { pack } from '../../../src/packed';
import { LARGE_PAGE_ELEMENTS, LARGE_PAGE_TEXT } from '../../../src/page/large-page';
import { readHtml } from '../../../src/page/read-html';
import { SliceAborted, SYNC_SLICER, timeSlicer } from '../../../src/page/slicer';
import { DEFAULT_KINDS } from '../../../src/settings';
import { ARTICLE_FIXTURES, parse } from '../page-fixtures';

const OPTIONS = { maxChars: 100_000, kinds: DEFAULT_KINDS };
const HERE = { readHere: true, large: false };

/** What the background finds (src/background/start.ts), computed here with the same code. */
function found(request: ReadPageRequest): ReadPageResult {
  const article = readHtml(request.html, parse, request.maxChars);
  if (!article) return { article: null, report: null, plan: null };
  const report = analyze({ text: article.text, title: article.title, paragraphStarts: article.paragraphStarts });
  return { article, report, plan: planMarks(report, request.kinds) };
}

/** The background's answer: what it found, packed. */
const background = (request: ReadPageRequest) => pack(found(request));

describe('readElsewhere (the annotator’s read off the page’s main thread)', () => {
  it('sends the page’s HTML with the budget and kinds, and ties the answer to the live page', async () => {
    const doc = parse(ARTICLE_FIXTURES[0]!.html);
    const send = vi.fn(async (r: ReadPageRequest) => background(r));
    const read = (await readElsewhere(doc, SYNC_SLICER, OPTIONS, send)) as ReadElsewhere;
    expect(send).toHaveBeenCalledTimes(1);
    // The live page's declared language goes along: the HTML as sent has no attributes on <html>.
    expect(send.mock.calls[0]![0]).toMatchObject({ maxChars: 100_000, kinds: DEFAULT_KINDS, lang: 'en' });
    expect(read.article.lang).toBe('en');
    expect(send.mock.calls[0]![0].html).toMatch(/^<!DOCTYPE html><html/);
    expect(read!.article.segments.every((s) => s.node.ownerDocument === doc && s.node.isConnected)).toBe(true);
    expect(read!.report.attributions.length).toBeGreaterThan(5);
    expect(read!.plan.length).toBeGreaterThan(read!.report.attributions.length);
  });

  it('decodes the packed answer as its own work: the wait for it is not counted, the decoding is', async () => {
    const html = ARTICLE_FIXTURES[0]!.html;
    // The same read in one go, with no clock.
    const plain = (await readElsewhere(parse(html), SYNC_SLICER, OPTIONS, async (r) => background(r))) as ReadElsewhere;
    // A clock that moves only when told: the background takes 1,000 ms to answer, decoding takes 7.
    let t = 0;
    const slicer = timeSlicer({ budgetMs: 1e9, schedule: (fn) => queueMicrotask(fn), signal: new AbortController().signal, now: () => t });
    const parseJson = JSON.parse;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      t += 7;
      return parseJson(text, reviver);
    });
    try {
      const doc = parse(html);
      const read = (await readElsewhere(doc, slicer, OPTIONS, async (r) => {
        const answer = background(r);
        // The answer comes in a later task, as from the browser.
        await new Promise((resolve) => setTimeout(resolve, 0));
        t += 1000;
        return answer;
      })) as ReadElsewhere;
      expect(read.article.text).toBe(plain.article.text);
      expect(read.report).toEqual(plain.report);
      expect(read.plan).toEqual(plain.plan);
      expect(read.busyMs).toBeGreaterThanOrEqual(7);
      expect(read.busyMs).toBeLessThan(1000);
    } finally {
      spy.mockRestore();
    }
    // A packed answer that is not JSON: read in the page.
    await expect(readElsewhere(parse(html), SYNC_SLICER, OPTIONS, async () => '{"article":')).resolves.toEqual(HERE);
  });

  it('counts sending the request as its own work (it leaves a few microtasks on), and not the wait for the answer', async () => {
    const html = ARTICLE_FIXTURES[0]!.html;
    let t = 0;
    const slicer = timeSlicer({ budgetMs: 1e9, schedule: (fn) => queueMicrotask(fn), signal: new AbortController().signal, now: () => t });
    const sent = vi.fn();
    const read = (await readElsewhere(parse(html), slicer, OPTIONS, async (r) => {
      // As the messaging library does: a couple of awaits, then the browser copies the message (5 ms here).
      await undefined;
      await undefined;
      t += 5;
      sent();
      // The answer comes in a later task, 1,000 ms on.
      await new Promise((resolve) => setTimeout(resolve, 0));
      t += 1000;
      return background(r);
    })) as ReadElsewhere;
    expect(sent).toHaveBeenCalledTimes(1);
    expect(read.busyMs).toBeGreaterThanOrEqual(5);
    expect(read.busyMs).toBeLessThan(1000);
  });

  it('takes up the answer in a task of its own, and stops there when the read was cancelled during the wait', async () => {
    const html = ARTICLE_FIXTURES[0]!.html;
    const tasks: Array<() => void> = [];
    const control = new AbortController();
    const slicer = timeSlicer({ budgetMs: 1e9, schedule: (fn) => tasks.push(fn), signal: control.signal });
    let answered = false;
    const reading = readElsewhere(parse(html), slicer, OPTIONS, async (r) => {
      const answer = background(r);
      answered = true;
      return answer;
    });
    // The size check is done, then serializing and sending waits for a task of its own.
    await vi.waitFor(() => expect(tasks.length).toBe(1));
    tasks.shift()!();
    await vi.waitFor(() => expect(answered).toBe(true));
    // The answer is in: decoding it waits for the next task; cancelled meanwhile, the read stops.
    await vi.waitFor(() => expect(tasks.length).toBe(1));
    control.abort();
    tasks.shift()!();
    await expect(reading).rejects.toBeInstanceOf(SliceAborted);
  });

  it('answers null (no article) when the extension finds none', async () => {
    const doc = parse('<!DOCTYPE html><html><head><title>Shop</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    await expect(readElsewhere(doc, SYNC_SLICER, OPTIONS, async (r) => background(r))).resolves.toBeNull();
  });

  it('leaves the page to be read in place (a small page: no second size check) when the extension cannot answer or its answer does not fit', async () => {
    const html = ARTICLE_FIXTURES[0]!.html;
    await expect(readElsewhere(parse(html), SYNC_SLICER, OPTIONS, () => Promise.reject(new Error('Extension context invalidated.')))).resolves.toEqual(HERE);
    await expect(readElsewhere(parse(html), SYNC_SLICER, OPTIONS, async (r) => pack({ ...found(r), plan: null }))).resolves.toEqual(HERE);
    await expect(readElsewhere(parse(html), SYNC_SLICER, OPTIONS, async (r) => pack({ ...found(r), article: { junk: true } as never }))).resolves.toEqual(HERE);
    // The page rewrote its article while the extension read it: the answer no longer matches the live text.
    const doc = parse(html);
    const answer = await readElsewhere(doc, SYNC_SLICER, OPTIONS, async (r) => {
      const answer = background(r);
      for (const p of doc.querySelectorAll('.entry-content p')) p.firstChild!.textContent = 'Rewritten while it was read. ' + p.firstChild!.textContent;
      return answer;
    });
    expect(answer).toEqual(HERE);
  });

  it('never sends a large page (its HTML alone would take a long task to serialize)', async () => {
    const doc = parse(ARTICLE_FIXTURES[0]!.html);
    const filler = doc.createElement('div');
    for (let i = 0; i <= LARGE_PAGE_ELEMENTS; i++) filler.appendChild(doc.createElement('span'));
    doc.body.appendChild(filler);
    const send = vi.fn(async (r: ReadPageRequest) => background(r));
    await expect(readElsewhere(doc, SYNC_SLICER, OPTIONS, send)).resolves.toEqual({ readHere: true, large: true });
    expect(send).not.toHaveBeenCalled();
  });

  it('never sends a page whose paragraphs hold more text than Readability reads quickly', async () => {
    const doc = parse(ARTICLE_FIXTURES[0]!.html);
    const long = doc.createElement('p');
    long.textContent = 'A sentence of ordinary prose, said nobody. '.repeat(Math.ceil(LARGE_PAGE_TEXT / 40));
    doc.querySelector('.entry-content')!.appendChild(long);
    const send = vi.fn(async (r: ReadPageRequest) => background(r));
    await expect(readElsewhere(doc, SYNC_SLICER, OPTIONS, send)).resolves.toEqual({ readHere: true, large: true });
    expect(send).not.toHaveBeenCalled();
  });
});
