import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page';
import type { ArticleText, DomPiece } from '../../src/page';
import { ARTICLE_FIXTURES, parse } from './page-fixtures';

const collapse = (s: string): string => s.replace(/\s+/g, ' ');
const piecesText = (pieces: DomPiece[]): string => pieces.map((p) => p.node.data.slice(p.startOffset, p.endOffset)).join('');
// The text a range covers, minus what has no node behind it: paragraph breaks and <br> spaces.
const withoutSeparators = (s: string): string => s.replace(/\s+/g, '');

const inlineQuotes = ARTICLE_FIXTURES.find((f) => f.name === 'inline-quotes')!;

function read(html: string): ArticleText {
  const article = readArticle(parse(html));
  if (!article) throw new Error('fixture has no article');
  return article;
}

describe('domRangesFor', () => {
  it.each(inlineQuotes.expected.quotes!)('covers “$text” with $pieces piece(s) across inline elements', ({ text, pieces }) => {
    const article = read(inlineQuotes.html);
    const start = article.text.indexOf(text);
    expect(start).toBeGreaterThanOrEqual(0);
    const found = article.domRangesFor(start, start + text.length);
    expect(found).toHaveLength(pieces);
    expect(found.every((p) => p.node.data.slice(p.startOffset, p.endOffset).trim() !== '')).toBe(true);
    expect(withoutSeparators(piecesText(found))).toBe(withoutSeparators(text));
  });

  it('splits a quote at <em> and <a> into pieces of exactly those nodes', () => {
    const doc = parse(inlineQuotes.html);
    const article = readArticle(doc)!;
    const quote = 'It is where I learned to read, and the summer reading club is the best part of my year.';
    const start = article.text.indexOf(quote);
    const pieces = article.domRangesFor(start, start + quote.length);
    expect(pieces.map((p) => p.node.parentElement!.localName)).toEqual(['p', 'em', 'p', 'a', 'p']);
    expect(pieces.map((p) => p.node.data.slice(p.startOffset, p.endOffset))).toEqual([
      'It is ', 'where I learned to read', ', and ', 'the summer reading club', ' is the best part of my year.',
    ]);
  });

  it('gives nothing for empty, inverted or out-of-range ranges, and clips ranges that run past the text', () => {
    const article = read(inlineQuotes.html);
    expect(article.domRangesFor(5, 5)).toEqual([]);
    expect(article.domRangesFor(9, 3)).toEqual([]);
    expect(article.domRangesFor(article.text.length, article.text.length + 10)).toEqual([]);
    const all = article.domRangesFor(-10, article.text.length + 10);
    expect(withoutSeparators(piecesText(all))).toBe(withoutSeparators(article.text));
  });

  it('a paragraph separator alone has no piece', () => {
    const article = read(inlineQuotes.html);
    const sep = article.paragraphStarts[1]! - 2;
    expect(article.text.slice(sep, sep + 2)).toBe('\n\n');
    expect(article.domRangesFor(sep, sep + 2)).toEqual([]);
  });

  it.each(ARTICLE_FIXTURES)('$name: for any range, the pieces read as the text slice (modulo whitespace), in document order', ({ html }) => {
    const article = read(html);
    const n = article.text.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const pieces = article.domRangesFor(start, end);
        expect(withoutSeparators(piecesText(pieces))).toBe(withoutSeparators(article.text.slice(start, end)));
        for (const p of pieces) {
          expect(p.startOffset).toBeGreaterThanOrEqual(0);
          expect(p.endOffset).toBeLessThanOrEqual(p.node.data.length);
          expect(p.endOffset).toBeGreaterThan(p.startOffset);
        }
        for (let i = 1; i < pieces.length; i++) {
          const prev = pieces[i - 1]!;
          const cur = pieces[i]!;
          // DOCUMENT_POSITION_FOLLOWING (4): each piece comes after the previous one on the page.
          if (prev.node === cur.node) expect(cur.startOffset).toBeGreaterThanOrEqual(prev.endOffset);
          else expect(prev.node.compareDocumentPosition(cur.node) & 4).toBe(4);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(ARTICLE_FIXTURES)('$name: a range of whole words maps word for word, whitespace collapsed', ({ html }) => {
    const article = read(html);
    const words = [...article.text.matchAll(/\S+/g)];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.integer({ min: 0, max: words.length - 1 }), (i, j) => {
        const [a, b] = i <= j ? [words[i]!, words[j]!] : [words[j]!, words[i]!];
        const start = a.index;
        const end = b.index + b[0].length;
        const slice = article.text.slice(start, end);
        if (slice.includes('\n\n')) return; // across paragraphs the pieces skip the separator
        const joined = collapse(piecesText(article.domRangesFor(start, end)));
        // A <br> stands for a space that no node holds: compare with it removed from both.
        expect(joined.replace(/ /g, '')).toBe(slice.replace(/ /g, ''));
        expect(joined.trim()).toBe(joined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('domRangesFor after the page changed', () => {
  it('skips a node that left the document and clips one that lost text, never giving an offset outside a node', () => {
    const doc = parse(inlineQuotes.html);
    const article = readArticle(doc)!;
    const quote = 'It is where I learned to read, and the summer reading club is the best part of my year.';
    const start = article.text.indexOf(quote);
    const before = article.domRangesFor(start, start + quote.length);
    expect(before).toHaveLength(5);
    const em = before[1]!.node;
    em.parentNode!.removeChild(em); // a script removes the <em>'s text
    const last = before[4]!.node;
    last.data = last.data.slice(0, 5); // and shortens the text after the link
    const after = article.domRangesFor(start, start + quote.length);
    expect(after.map((p) => p.node)).toEqual([before[0]!.node, before[2]!.node, before[3]!.node, last]);
    for (const p of after) expect(p.endOffset).toBeLessThanOrEqual(p.node.data.length);
  });
});
