/**
 * The page reader in slices (readArticleInSlices): the same article as readArticle however thin the
 * slices, on every fixture page and on pages built to be hard (a megabyte in one paragraph, markup thousands
 * deep, more paragraphs than Readability can take); truncation at a character budget gives a prefix; a
 * cancelled read stops with SliceAborted.
 */
import { describe, expect, it } from 'vitest';
import { readArticle, readArticleInSlices, type ArticleText } from '../../src/page';
import { LARGE_PAGE_ELEMENTS, LARGE_PAGE_TEXT } from '../../src/page/large-page';
import { SliceAborted, type Slicer } from '../../src/page/slicer';
import { ARTICLE_FIXTURES, parse } from './page-fixtures';

/** A slicer that says "pause" at every chance and counts the pauses. */
function everyChance(): Slicer & { pauses: number } {
  return {
    pauses: 0,
    due: () => true,
    pause() {
      this.pauses++;
      return Promise.resolve();
    },
    suspend() {},
    resume() {},
    busyMs: 0,
  };
}

/** What a read found, without its functions: comparable with toEqual. */
function plain(a: ArticleText | null) {
  if (!a) return null;
  return {
    title: a.title,
    text: a.text,
    paragraphStarts: a.paragraphStarts,
    segments: a.segments.map((s) => [s.node.data.slice(s.nodeStart, s.nodeStart + 8), s.nodeStart, s.start, s.end]),
    root: a.root?.tagName ?? null,
    truncated: a.truncated ?? false,
  };
}

const SENTENCE = '“We will rebuild the bridge before winter,” said Maria Okafor, the mayor of Eastbrook. Officials said the repairs would cost more. ';

function page(body: string, title = 'A hard page'): string {
  return `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><main><article><h1>${title}</h1>${body}</article></main><footer><p>Copyright notice and a long footer paragraph that is no part of the article at all, only chrome.</p></footer></body></html>`;
}

describe('readArticleInSlices', () => {
  it.each(ARTICLE_FIXTURES.filter((f) => f.expected.isArticle))('$name: the same article as readArticle, pausing at every chance', async ({ html }) => {
    const slicer = everyChance();
    const sliced = await readArticleInSlices(parse(html), slicer);
    expect(plain(sliced)).toEqual(plain(readArticle(parse(html))));
    expect(slicer.pauses).toBeGreaterThan(2);
  });

  it('reads a megabyte in one paragraph in many steps, word for word as in one go', async () => {
    const html = page(`<p>${SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length))}</p><p>${SENTENCE}</p>`);
    const slicer = everyChance();
    const sliced = await readArticleInSlices(parse(html), slicer);
    const whole = readArticle(parse(html));
    expect(sliced!.text.length).toBeGreaterThan(1_000_000);
    expect(plain(sliced)).toEqual(plain(whole));
    expect(sliced!.paragraphStarts).toHaveLength(2);
    expect(slicer.pauses).toBeGreaterThan(100); // pieces of about 8,000 characters
  });

  it('reads whitespace runs across piece edges exactly as in one go', async () => {
    // Runs of many spaces and newlines everywhere, so that piece edges fall inside them.
    const words = Array.from({ length: 40_000 }, (_, i) => `word${i}${' '.repeat(1 + (i % 7))}${i % 11 === 0 ? '\n\t ' : ''}`).join('');
    const html = page(`<p>${words}</p>`);
    const sliced = await readArticleInSlices(parse(html), everyChance());
    expect(plain(sliced)).toEqual(plain(readArticle(parse(html))));
    expect(sliced!.text).toBe(words.replace(/\s+/g, ' ').trim());
  });

  // happy-dom's own cloneNode and querySelector recurse and overflow a little deeper than this; real Chromium
  // reads the 5,000-deep page of scripts/pathological-pages.ts (test/e2e/hostile.e2e.test.ts).
  it('reads a paragraph nested 1,000 elements deep', async () => {
    const doc = parse(page(`<p>${SENTENCE}</p><p>${SENTENCE}</p><div id="deep"></div><p>${SENTENCE}</p>`));
    let node: Element = doc.getElementById('deep')!;
    for (let i = 0; i < 1000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'em' : 'span'));
    node.appendChild(doc.createElement('p')).textContent = 'The deepest paragraph: “Nobody told us the road would close,” a shop owner said.';
    const article = await readArticleInSlices(doc, everyChance());
    expect(article).not.toBeNull();
    expect(article!.text).toContain('The deepest paragraph: “Nobody told us the road would close,” a shop owner said.');
    expect(plain(readArticle(doc))).toEqual(plain(article));
  });

  it('takes the large-page path past its limits, and finds the article there too', async () => {
    const many = Array.from({ length: LARGE_PAGE_ELEMENTS + 10 }, (_, i) => `<p>Paragraph ${i}: ${SENTENCE}</p>`).join('');
    const article = await readArticleInSlices(parse(page(many)), everyChance());
    expect(article!.paragraphStarts).toHaveLength(LARGE_PAGE_ELEMENTS + 10);
    expect(article!.text.startsWith('Paragraph 0: “We will rebuild')).toBe(true);
    expect(article!.text).not.toContain('Copyright notice');
    const long = page(`<p>${SENTENCE.repeat(Math.ceil(LARGE_PAGE_TEXT / SENTENCE.length) + 1)}</p><p>${SENTENCE}</p>`);
    expect((await readArticleInSlices(parse(long), everyChance()))!.text).not.toContain('Copyright notice');
  });

  it('stops at maxChars with a prefix of the whole text, and says it is truncated', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: ${SENTENCE}</p>`).join('');
    const whole = (await readArticleInSlices(parse(page(many)), everyChance()))!;
    const cut = (await readArticleInSlices(parse(page(many)), everyChance(), { maxChars: 10_000 }))!;
    expect(whole.truncated).toBeUndefined();
    expect(cut.truncated).toBe(true);
    expect(cut.text.length).toBeGreaterThanOrEqual(10_000);
    expect(cut.text.length).toBeLessThan(10_000 + 2 * SENTENCE.length);
    expect(whole.text.startsWith(cut.text)).toBe(true);
    expect(cut.paragraphStarts).toEqual(whole.paragraphStarts.slice(0, cut.paragraphStarts.length));
    // Inside one giant paragraph it stops at a piece edge, at whitespace.
    const giant = (await readArticleInSlices(parse(page(`<p>${SENTENCE.repeat(5000)}</p>`)), everyChance(), { maxChars: 100_000 }))!;
    expect(giant.truncated).toBe(true);
    expect(giant.text.length).toBeLessThan(100_000 + 20_000);
    expect(SENTENCE.repeat(5000).startsWith(giant.text)).toBe(true);
  });

  it('rejects with SliceAborted when its work is cancelled mid-read, and leaves the page as it was', async () => {
    const doc = parse(ARTICLE_FIXTURES[0]!.html);
    const before = doc.documentElement.outerHTML;
    let pauses = 0;
    const slicer: Slicer = {
      due: () => true,
      pause: () => (++pauses >= 3 ? Promise.reject(new SliceAborted()) : Promise.resolve()),
      suspend: () => {},
      resume: () => {},
      busyMs: 0,
    };
    await expect(readArticleInSlices(doc, slicer)).rejects.toBeInstanceOf(SliceAborted);
    expect(pauses).toBe(3);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
