/** The mapper's check that the page still holds a mark's words (src/highlight/map-plan.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameWords } from '../../../src/highlight/map-plan';
import type { DomPiece } from '../../../src/page/types';

const doc = new DOMParser().parseFromString('<!DOCTYPE html><p></p>', 'text/html');
const pieces = (...parts: Array<[string, number, number]>): DomPiece[] =>
  parts.map(([data, startOffset, endOffset]) => ({ node: doc.createTextNode(data), startOffset, endOffset }));

// What the check stands for: both sides with every whitespace character removed, compared as strings.
const byCopy = (ps: readonly DomPiece[], text: string, start: number, end: number) =>
  ps.map((p) => p.node.data.slice(p.startOffset, p.endOffset)).join('').replace(/\s+/g, '') === text.slice(start, end).replace(/\s+/g, '');

describe('sameWords', () => {
  const text = 'Officials said “we will rebuild\u00a0the bridge,” on Tuesday.';
  const at = text.indexOf('we');
  const end = text.indexOf('”');

  it('finds the words across pieces, whatever whitespace the page has where the reader has one space', () => {
    expect(sameWords(pieces(['“we will ', 1, 9], ['rebuild\n\t the bridge,', 0, 21]), text, at, end)).toBe(true);
    expect(sameWords(pieces(['we will rebuild the bridge,', 0, 27]), text, at, end)).toBe(true);
  });

  it('refuses words the page rewrote, a piece cut short, and one that runs on', () => {
    expect(sameWords(pieces(['we will rebuild the tunnel,', 0, 27]), text, at, end)).toBe(false);
    expect(sameWords(pieces(['we will rebuild the bridge,', 0, 20]), text, at, end)).toBe(false);
    expect(sameWords(pieces(['we will rebuild the bridge,”', 0, 28]), text, at, end)).toBe(false);
    expect(sameWords([], text, at, end)).toBe(false);
    expect(sameWords([], text, at, at)).toBe(true);
  });

  it('agrees with comparing whitespace-free copies, on random text and random cuts', () => {
    const char = fc.constantFrom('a', 'b', ' ', '\n', '\u00a0', '\u2009', '“', 'é', '\ufeff', '\u3000');
    const str = fc.array(char, { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(str, fc.array(str, { maxLength: 4 }), fc.nat(), fc.nat(), (text, datas, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const ps = datas.map((d, i) => ({ node: doc.createTextNode(d), startOffset: Math.min(i, d.length), endOffset: d.length }));
        expect(sameWords(ps, text, start, end)).toBe(byCopy(ps, text, start, end));
        // The page holding exactly the article's words always passes.
        expect(sameWords(pieces([text, start, end]), text, start, end)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
