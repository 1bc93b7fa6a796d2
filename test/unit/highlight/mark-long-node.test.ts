/**
 * Thousands of marks in one long Text node (a megabyte in one paragraph): wrapped over many slices, never
 * all in one, with text copied per batch rather than per mark, the page's mark budget kept, and unmark
 * restoring the node exactly, also after a run cut short.
 */
import { describe, expect, it } from 'vitest';
import { Scope } from '../../../src/content/scope';
import { PlanMapper } from '../../../src/highlight/map-plan';
import { markInSlices } from '../../../src/highlight/mark-in-slices';
import { Marker } from '../../../src/highlight/marker';
import { MARK_TAG } from '../../../src/highlight/names';
import type { PlannedMark } from '../../../src/highlight/plan';
import type { DomPiece } from '../../../src/page/types';

const SENTENCE = '“We will rebuild the bridge,” said Maria Okafor. ';

/** One paragraph of `n` sentences in one Text node, and a plan marking each sentence's quote and speaker. */
function longParagraph(n: number) {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body><article><p>${SENTENCE.repeat(n)}</p></article></body></html>`, 'text/html');
  const node = doc.querySelector('p')!.firstChild as Text;
  const text = node.data;
  const plan: PlannedMark[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * SENTENCE.length;
    const base = { attributionId: `a${i}`, sourceId: 's1', kind: 'person' as const, type: 'direct' as const, tone: 0 };
    plan.push({ ...base, start: at, end: at + 29, part: 'content' });
    plan.push({ ...base, start: at + 30, end: at + 34, part: 'cue' });
    plan.push({ ...base, start: at + 35, end: at + 47, part: 'mention' });
  }
  const domRangesFor = (start: number, end: number): DomPiece[] => [{ node, startOffset: start, endOffset: end }];
  return { doc, node, text, plan, mapper: new PlanMapper(text, domRangesFor) };
}

/** Counts the characters Text nodes copy when split or joined (what makes naive wrapping quadratic). */
function countCopies(doc: Document): { chars: number; restore(): void } {
  const proto = Object.getPrototypeOf(doc.createTextNode('')) as Text;
  const split = proto.splitText;
  const append = proto.appendData;
  const counter = {
    chars: 0,
    restore() {
      proto.splitText = split;
      proto.appendData = append;
    },
  };
  proto.splitText = function (this: Text, offset: number) {
    counter.chars += this.length;
    return split.call(this, offset);
  };
  proto.appendData = function (this: Text, data: string) {
    counter.chars += this.length + data.length;
    return append.call(this, data);
  };
  return counter;
}

describe('marking one long Text node', () => {
  it('wraps 3,000 marks over many slices, each piece its own text, and unmark restores the node exactly', async () => {
    const { doc, node, text, plan, mapper } = longParagraph(1000);
    const p = doc.querySelector('p')!;
    const before = p.innerHTML;
    const marker = new Marker(doc);
    const scope = new Scope();
    let slices = 0;
    const result = await markInSlices(marker, plan, mapper, scope, { budgetMs: 0.05, maxTotalMarks: 3000, around: (w) => (slices++, w()) });
    expect(result).toEqual({ busyMs: expect.any(Number), marks: 3000, capped: false });
    expect(slices).toBeGreaterThan(20);
    const marks = Array.from(doc.querySelectorAll(MARK_TAG));
    expect(marks).toHaveLength(3000);
    expect(marks.slice(0, 3).map((m) => m.textContent)).toEqual(['“We will rebuild the bridge,”', 'said', 'Maria Okafor']);
    expect(p.textContent).toBe(text);
    marker.unmark();
    expect(p.innerHTML).toBe(before);
    expect(p.firstChild).toBe(node); // the page's own Text node, whole again
    expect(p.childNodes).toHaveLength(1);
    scope.end();
  });

  it('copies the node about once per batch of marks, not once per mark', async () => {
    const { doc, text, plan, mapper } = longParagraph(1000);
    const counter = countCopies(doc);
    try {
      const marker = new Marker(doc);
      const scope = new Scope();
      await markInSlices(marker, plan, mapper, scope, { maxTotalMarks: 3000 });
      marker.unmark();
      scope.end();
    } finally {
      counter.restore();
    }
    // Splitting the node for each of the 3,000 marks (and joining it back) copies it about 6,000 times;
    // in batches it is copied twice per batch (split, then join) plus the small pieces.
    expect(counter.chars / text.length).toBeLessThan(3000 / 10);
  });

  it('makes the first maxTotalMarks marks in reading order and says the plan was capped', async () => {
    const { doc, plan, mapper } = longParagraph(100);
    const scope = new Scope();
    const result = await markInSlices(new Marker(doc), plan, mapper, scope, { maxTotalMarks: 30 });
    expect(result).toMatchObject({ marks: 30, capped: true });
    const marks = Array.from(doc.querySelectorAll(MARK_TAG));
    expect(marks).toHaveLength(30);
    expect(marks[29]!.getAttribute('data-attribution')).toBe('a9');
    scope.end();
  });

  it('starts no slice after maxWallMs: the marks made stay, the plan is capped, unmark is exact', async () => {
    const { doc, node, plan, mapper } = longParagraph(200);
    const p = doc.querySelector('p')!;
    const before = p.innerHTML;
    const marker = new Marker(doc);
    const scope = new Scope();
    let slices = 0;
    const result = await markInSlices(marker, plan, mapper, scope, { budgetMs: 0.05, maxWallMs: 0, around: (w) => (slices++, w()) });
    expect(slices).toBe(1);
    expect(result).toMatchObject({ capped: true });
    expect(result!.marks).toBe(doc.querySelectorAll(MARK_TAG).length);
    expect(result!.marks).toBeLessThan(600);
    marker.unmark();
    expect(p.innerHTML).toBe(before);
    expect(p.firstChild).toBe(node);
    scope.end();
  });

  it('unmarks exactly after a run cut short in the middle of the node', async () => {
    const { doc, node, plan, mapper } = longParagraph(1000);
    const p = doc.querySelector('p')!;
    const before = p.innerHTML;
    const marker = new Marker(doc);
    const scope = new Scope();
    let slices = 0;
    const result = await markInSlices(marker, plan, mapper, scope, {
      budgetMs: 0.05,
      around: (w) => {
        w();
        if (doc.querySelector(MARK_TAG) && ++slices === 3) scope.end();
      },
    });
    expect(result).toBeNull();
    const made = doc.querySelectorAll(MARK_TAG).length;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(3000);
    marker.unmark();
    expect(p.innerHTML).toBe(before);
    expect(p.firstChild).toBe(node);
  });
});
