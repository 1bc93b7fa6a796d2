// Inside an element whose markup is plain inline (no attributes, no blocks, no line breaks: a <span> per
// word), the reader takes the Text nodes from a TreeWalker instead of walking every element
// (src/page/collect.ts). Both ways must read the same: the same text, paragraphs and runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectSteps, runSteps } from '../../src/page/collect';
import { NOT_PLAIN_INLINE } from '../../src/page/skip-rules';
import { TextBuilder } from '../../src/page/text-builder';
import { textNodesIn } from '../../src/page/text-nodes';
import { parse } from './page-fixtures';

const INLINE = ['span', 'em', 'a', 'strong', 'b', 'i', 'q', 'small', 'mark', 'cite'];
const WORDS = ['said', '“We', 'will,”', 'the', 'mayor', 'told', 'reporters.', ' ', '  ', '\n', '\t', '&nbsp;', 'café', '🚢', ''];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(''));
const inline: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        text,
        fc.record({ tag: fc.constantFrom(...INLINE), kids: fc.array(inline(depth - 1), { maxLength: 4 }) }).map(({ tag, kids }) => `<${tag}>${kids.join('')}</${tag}>`),
      ),
);
// Paragraphs of inline markup, sometimes with a line break or an attribute in them (which take the element walk).
const paragraph = fc
  .record({ kids: fc.array(inline(4), { minLength: 1, maxLength: 6 }), odd: fc.constantFrom('', '<br>', '<span class="x">and</span>', '<code>x()</code>') })
  .map(({ kids, odd }) => `<p>${kids.join(' ')}${odd}${kids[0]}</p>`);

/** What the reader makes of the page's <article>: text, paragraph starts, and runs by Text node rank. */
function read(html: string) {
  const doc = parse(`<!DOCTYPE html><html><body><article>${html}</article></body></html>`);
  const article = doc.querySelector('article')!;
  const builder = new TextBuilder();
  runSteps(collectSteps(article, builder, { title: null, total: 10_000, due: () => false, maxChars: Infinity }));
  const rank = new Map(textNodesIn(doc.body).map((t, i) => [t, i]));
  const runs = builder.segments.toArray().map((s) => [rank.get(s.node), s.nodeStart, s.start, s.end]);
  return { text: builder.text(), paragraphs: builder.paragraphStarts, runs };
}

// Gives every element a class the chrome rules do not know: the element walk then reads it, with the same meaning.
const withClasses = (html: string) => html.replace(/<(span|em|a|strong|b|i|q|small|mark|cite|p)>/g, '<$1 class="plain">');

describe('plain inline markup', () => {
  it('reads the same through the TreeWalker as through the element walk', () => {
    fc.assert(
      // Text between the paragraphs too, right in the article: a paragraph's end must still end it.
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', ' and more ', '<em>then</em>'), (ps, between) => {
        const html = ps.join(between) + between;
        expect(read(html)).toEqual(read(withClasses(html)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a <span> per word as the words of the paragraph, each run on its own Text node', () => {
    const got = read('<p><span>“We</span> <span>will,”</span>\n<em><span>the</span></em> <a>mayor</a>  said.</p><p><b>Next</b> one</p>');
    expect(got.text).toBe('“We will,” the mayor said.\n\nNext one');
    expect(got.paragraphs).toEqual([0, 28]);
    expect(got.runs.length).toBeGreaterThan(8);
  });

  it('keeps no hold on the Text nodes it read by place, and finds a paragraph’s nodes before marks split them', () => {
    const doc = parse('<!DOCTYPE html><html><body><article><p><span>Officials</span> <em>said</em> <span>the</span> <span>plan</span> <span>works.</span></p></article></body></html>');
    const p = doc.querySelector('p')!;
    const builder = new TextBuilder();
    runSteps(collectSteps(doc.querySelector('article')!, builder, { title: null, total: 10_000, due: () => false, maxChars: Infinity }));
    const segments = builder.segments;
    const texts = textNodesIn(p);
    expect(builder.text()).toBe('Officials said the plan works.');
    expect(segments.length).toBe(texts.length);
    // The first run asked for finds its paragraph's nodes; a split afterwards (a mark) moves no run.
    expect(segments.nodeAt(0)).toBe(texts[0]);
    texts[4]!.splitText(1); // the -> t + he
    for (let i = 0; i < segments.length; i++) expect(segments.nodeAt(i)).toBe(texts[i]);
  });

  it('asks the browser about blocks only: inline markup nested thousands deep is not searched once per level', () => {
    const doc = parse('<!DOCTYPE html><html><body><article><p>Before the deep part, a plain paragraph.</p><div id="deep"></div></article></body></html>');
    let node: Element = doc.getElementById('deep')!;
    for (let i = 0; i < 3000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'em' : 'span'));
    node.appendChild(doc.createElement('p')).textContent = '“We will win,” the mayor said.';
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.body)) as { querySelector(s: string): Element | null };
    const original = proto.querySelector;
    let searches = 0;
    proto.querySelector = function (this: Element, selector: string) {
      searches++;
      return original.call(this, selector);
    };
    try {
      const builder = new TextBuilder();
      runSteps(collectSteps(doc.querySelector('article')!, builder, { title: null, total: 10_000, due: () => false, maxChars: Infinity }));
      expect(builder.text()).toBe('Before the deep part, a plain paragraph.\n\n“We will win,” the mayor said.');
    } finally {
      proto.querySelector = original;
    }
    expect(searches).toBeLessThan(10);
  });

  it('reads a block of more than 512 elements element by element (the search that asks whether it is plain cannot be sliced), with the same result', () => {
    const words = Array.from({ length: 700 }, (_, i) => `<span>w${i}</span>`).join(' ');
    const html = `<p>${words}</p><p><span>Short</span> <em>one</em>.</p>`;
    const doc = parse(`<!DOCTYPE html><html><body><article>${html}</article></body></html>`);
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.body)) as { querySelector(s: string): Element | null };
    const original = proto.querySelector;
    const searched: string[] = [];
    proto.querySelector = function (this: Element, selector: string) {
      if (selector === NOT_PLAIN_INLINE) searched.push(this.textContent ?? '');
      return original.call(this, selector);
    };
    try {
      runSteps(collectSteps(doc.querySelector('article')!, new TextBuilder(), { title: null, total: 10_000, due: () => false, maxChars: Infinity }));
    } finally {
      proto.querySelector = original;
    }
    // The short paragraph is asked (and read through the TreeWalker); the long one is not asked at all.
    expect(searched).toEqual(['Short one.']);
    const got = read(html);
    expect(got.text).toBe(`${Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ')}\n\nShort one.`);
    expect(got).toEqual(read(withClasses(html)));
  });
});
