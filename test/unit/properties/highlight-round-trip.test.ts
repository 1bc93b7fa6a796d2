/**
 * Properties of the page reader + highlighter over random article pages (fast-check): paragraphs whose
 * text is split across random inline elements (em, strong, a, span, b, i, sup, br) and mixes words with
 * quotation marks, emoji, zero-width and bidi characters and runs of whitespace. For random spans of the
 * reader's text, marked the way the content script marks a report:
 *  - every mark covers exactly the text its offsets name (compared without whitespace, which the reader
 *    collapses and paragraph breaks stand in for), and no span loses its marks to a stale mapping;
 *  - removing the marks is an exact round trip: the same innerHTML, the very same Text nodes.
 * Plus: the engine never throws on random text and every span it reports is the text at its offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Attribution, type Report } from '../../../src/engine';
import { mapPlan } from '../../../src/highlight/map-plan';
import { groupByNode, Marker } from '../../../src/highlight/marker';
import { MARK_TAG } from '../../../src/highlight/names';
import { planMarks } from '../../../src/highlight/plan';
import { readArticle } from '../../../src/page';
import { DEFAULT_KINDS } from '../../../src/settings';

const WORDS = ['the', 'minister', 'said', 'on', 'Tuesday', 'that', 'officials', 'would', 'review', 'plan', 'according', 'to', 'Reuters', 'we', 'will', 'win'];
const ODD = ['“', '”', '"', '‘', '’', '«', '»', '🎉', '👩‍👩‍👧', '\u200B', '\u200D', '\u202E', '\u202C', 'é', 'e\u0301', '&', '<', '>', '—'];
const INLINE = ['em', 'strong', 'a', 'span', 'b', 'i', 'sup'] as const;

type Inline = string | { tag: (typeof INLINE)[number] | 'br'; children: Inline[] };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n   ', ', ', '. ') },
);
const textRun = fc.array(token, { minLength: 1, maxLength: 8 }).map((t) => t.join(' '));

const inline: fc.Arbitrary<Inline> = fc.letrec<{ node: Inline }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: textRun },
    { weight: 1, arbitrary: fc.constant<Inline>({ tag: 'br', children: [] }) },
    { weight: 2, arbitrary: fc.record({ tag: fc.constantFrom(...INLINE), children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }) },
  ),
})).node;

function html(n: Inline): string {
  if (typeof n === 'string') return escape(n);
  if (n.tag === 'br') return '<br>';
  const attrs = n.tag === 'a' ? ' href="#x"' : '';
  return `<${n.tag}${attrs}>${n.children.map(html).join('')}</${n.tag}>`;
}

// Enough plain prose around the random parts that the reader takes the page for an article.
const FILLER = 'The council met for three hours on Tuesday evening and heard from residents, engineers and the city budget office about the bridge.';
const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => `<p>${FILLER} ${parts.map(html).join(' ')} ${FILLER}</p>`);
const page = fc
  .array(paragraph, { minLength: 3, maxLength: 7 })
  .map((ps) => `<!DOCTYPE html><html><head><title>Random article</title></head><body><main><article><h1>Random article</h1>${ps.join('\n')}</article></main></body></html>`);

/** Up to `max` non-overlapping [start, end) spans of a text of `length`, from sorted cut points. */
const spansOf = (length: number, max: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: length }), { minLength: 2, maxLength: 2 * max }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const out: Array<[number, number]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) if (sorted[i]! < sorted[i + 1]!) out.push([sorted[i]!, sorted[i + 1]!]);
    return out;
  });

function reportOf(text: string, spans: Array<[number, number]>): Report {
  const span = ([start, end]: [number, number]) => ({ start, end, text: text.slice(start, end) });
  // Each span becomes one attribution's content; its cue is the same span (a mark part of its own is not needed).
  const attributions: Attribution[] = spans.map((s, i) => ({
    id: `a${i + 1}`,
    sourceId: 's1',
    type: 'direct',
    cue: span([s[0], s[0]]),
    mention: null,
    content: [span(s)],
    paragraph: 0,
  }));
  return { schema: 1, title: null, textLength: text.length, sources: [{ id: 's1', name: 'X', kind: 'person', role: null, aliases: [] }], attributions };
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const NO_SPACE = /\s+/g;

describe('the highlighter on random article pages', () => {
  it('marks exactly the text its offsets name, and unmarking restores the very same DOM', () => {
    let articles = 0;
    fc.assert(
      fc.property(page, fc.nat(), (source, seed) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const article = readArticle(doc);
        fc.pre(article !== null && article.text.length > 0);
        articles++;
        const spans = fc.sample(spansOf(article!.text.length, 6), { numRuns: 1, seed })[0]!;
        const report = reportOf(article!.text, spans);
        const before = doc.body.innerHTML;
        const nodesBefore = textNodes(doc.body);

        const { jobs, stale } = mapPlan(planMarks(report, DEFAULT_KINDS), article!.text, (s, e) => article!.domRangesFor(s, e));
        expect(stale).toBe(0);
        const marker = new Marker(doc);
        for (const group of groupByNode(jobs)) marker.wrapNode(group);

        const marks = [...doc.querySelectorAll(MARK_TAG)];
        for (const a of report.attributions) {
          const covered = marks
            .filter((m) => m.getAttribute('data-attribution') === a.id && m.getAttribute('data-part') === 'content')
            .map((m) => m.textContent ?? '')
            .join('');
          expect(covered.replace(NO_SPACE, '')).toBe(a.content[0]!.text.replace(NO_SPACE, ''));
        }

        marker.unmark();
        expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
        expect(doc.body.innerHTML).toBe(before);
        const nodesAfter = textNodes(doc.body);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        expect(nodesAfter.every((n, i) => n === nodesBefore[i])).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(articles).toBeGreaterThan(30); // the reader took most random pages for articles: the property ran
  });
});

describe('the engine on random text', () => {
  const anyText = fc.array(fc.oneof(token, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('\n\n', ' said ', ' according to ', '“', '”')), { maxLength: 60 }).map((t) => t.join(''));

  it('never throws, and every span is the text at its offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const report = analyze({ text });
        expect(report.textLength).toBe(text.length);
        for (const a of report.attributions) {
          for (const s of [a.cue, ...(a.mention ? [a.mention] : []), ...a.content]) {
            expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
            expect(text.slice(s.start, s.end)).toBe(s.text);
          }
          if (a.sourceId !== null) expect(report.sources.some((src) => src.id === a.sourceId)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
