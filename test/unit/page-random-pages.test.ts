// Any page, however odd, gets an article or null from the reader, never an exception, and whatever it
// returns keeps its promises: every segment is live text of the page, every range maps back to its text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle, readArticle } from '../../src/page';
import { parse } from './page-fixtures';

const TAGS = ['p', 'div', 'span', 'em', 'a', 'strong', 'br', 'section', 'article', 'aside', 'li', 'ul', 'h2', 'blockquote', 'figure', 'figcaption', 'pre', 'code', 'textarea', 'header', 'footer', 'nav', 'table', 'td'];
const CLASSES = ['', 'content', 'story-body', 'share', 'related', 'byline', 'ad-slot', 'caption', 'comment', 'pullquote'];
const WORDS = ['said', '“We', 'will,”', 'the', 'mayor', 'of', 'Eastbrook', 'told', 'reporters.', '  ', '\n', 'officials', 'say', '&amp;', '&nbsp;', 'café', '🚢', 'AP', 'reported', '<', '>'];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => w.join(' ').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        text,
        fc.record({ tag: fc.constantFrom(...TAGS), cls: fc.constantFrom(...CLASSES), kids: fc.array(node(depth - 1), { maxLength: 5 }) }).map(({ tag, cls, kids }) =>
          tag === 'br' ? '<br>' : `<${tag}${cls ? ` class="${cls}"` : ''}>${kids.join('')}</${tag}>`,
        ),
      ),
);

const page = fc.array(node(5), { minLength: 3, maxLength: 10 }).map(
  (parts) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Random page</title></head><body>${parts.join('')}</body></html>`,
);

describe('the page reader on random pages', () => {
  it('never throws, never changes the page, and every result maps back to the live text', () => {
    let read = 0;
    fc.assert(
      fc.property(page, (html) => {
        const doc = parse(html);
        const before = doc.documentElement.outerHTML;
        expect(typeof isProbablyArticle(doc)).toBe('boolean');
        const article = readArticle(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
        if (!article) return;
        read++;
        expect(article.paragraphStarts[0]).toBe(0);
        for (const seg of article.segments) {
          expect(doc.contains(seg.node)).toBe(true);
          const fromNode = seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.end - seg.start));
          expect(fromNode.replace(/\s/g, ' ')).toBe(article.text.slice(seg.start, seg.end));
          expect(seg.node.parentElement!.closest('pre, code, textarea')).toBeNull();
        }
        const all = article.domRangesFor(0, article.text.length);
        const joined = all.map((p) => p.node.data.slice(p.startOffset, p.endOffset)).join('');
        expect(joined.replace(/\s+/g, '')).toBe(article.text.replace(/\s+/g, ''));
      }),
      { numRuns: 60 },
    );
    expect(read).toBeGreaterThan(0); // the property held on pages that had an article, not only on empty ones
  });
});
