/**
 * The hover card's timing, with the clock in the test's hands (fake timers), so no machine is too slow or
 * too fast for it: hover intent (the card opens once the pointer has rested OPEN_DELAY on a mark, and a
 * pass opens nothing) and the grace to travel onto the card (CLOSE_DELAY). Layout and real pointer events
 * are the end-to-end test's (test/e2e/card.e2e.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/engine';
import { CLOSE_DELAY, installCard, OPEN_DELAY, type CardController } from '../../../src/highlight/card/card-controller';
import { mapPlan } from '../../../src/highlight/map-plan';
import { groupByNode, Marker } from '../../../src/highlight/marker';
import { MARK_TAG } from '../../../src/highlight/names';
import { planMarks } from '../../../src/highlight/plan';
import { Scope } from '../../../src/content/scope';
import { DEFAULT_KINDS } from '../../../src/settings-values';
import type { DomPiece } from '../../../src/page/types';
import { installEnglish } from '../ui/fixtures/fake-i18n';

const TEXT = '“We will rebuild the bridge before winter,” said Maria Okafor, the mayor of Eastbrook.';

let scope: Scope;
let doc: Document;
let card: CardController;
let shown: Array<string | null>;

// The card's words come from the English catalogue, as a reader with an English browser sees them.
beforeEach(installEnglish);

beforeEach(() => {
  vi.useFakeTimers();
  doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body><p id="story">${TEXT}</p><p id="elsewhere">Nothing quoted here.</p></body></html>`, 'text/html');
  const node = doc.getElementById('story')!.firstChild as Text;
  const report = analyze({ text: TEXT, title: null });
  const domRangesFor = (start: number, end: number): DomPiece[] => [{ node, startOffset: start, endOffset: end }];
  const { jobs } = mapPlan(planMarks(report, DEFAULT_KINDS), TEXT, domRangesFor);
  const marker = new Marker(doc);
  for (const g of groupByNode(jobs)) marker.wrapNode(g);
  scope = new Scope();
  shown = [];
  card = installCard(doc, scope, marker, () => report, (id) => shown.push(id));
});

afterEach(() => {
  scope.end();
  vi.useRealTimers();
});

const quote = () => doc.querySelector<HTMLElement>(`${MARK_TAG}[data-part="content"]`)!;
const pointerOver = (target: Element) => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, clientX: 10, clientY: 10 }));
const isOpen = () => card.view?.isOpen ?? false;

describe('the hover card, in time', () => {
  it('finds the quotation marked', () => {
    expect(quote().textContent).toContain('We will rebuild');
  });

  it('opens once the pointer has rested on a mark for OPEN_DELAY, not before', () => {
    pointerOver(quote());
    vi.advanceTimersByTime(OPEN_DELAY - 1);
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(isOpen()).toBe(true);
  });

  it('opens nothing for a pointer passing over a mark on its way elsewhere', () => {
    pointerOver(quote());
    vi.advanceTimersByTime(OPEN_DELAY - 50);
    pointerOver(doc.getElementById('elsewhere')!);
    vi.advanceTimersByTime(5 * OPEN_DELAY);
    expect(card.view).toBeNull(); // never opened, not even for a moment: the card is made on first use
  });

  it('stays open while the pointer crosses the gap onto the card, and for as long as it rests there', () => {
    pointerOver(quote());
    vi.advanceTimersByTime(OPEN_DELAY);
    pointerOver(doc.body); // between the mark and the card
    vi.advanceTimersByTime(CLOSE_DELAY - 1);
    expect(isOpen()).toBe(true);
    pointerOver(card.view!.host);
    vi.advanceTimersByTime(10 * CLOSE_DELAY);
    expect(isOpen()).toBe(true);
  });

  it('closes CLOSE_DELAY after the pointer left the mark for somewhere else', () => {
    pointerOver(quote());
    vi.advanceTimersByTime(OPEN_DELAY);
    pointerOver(doc.getElementById('elsewhere')!);
    vi.advanceTimersByTime(CLOSE_DELAY - 1);
    expect(isOpen()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(isOpen()).toBe(false);
  });

  it('tells which attribution it shows once per change, and null once it closed (the side panel follows it)', () => {
    pointerOver(quote());
    vi.advanceTimersByTime(OPEN_DELAY);
    const id = quote().getAttribute('data-attribution');
    expect(shown).toEqual([id]);
    card.openFor(quote()); // the same quote again: no news
    expect(shown).toEqual([id]);
    pointerOver(doc.getElementById('elsewhere')!);
    vi.advanceTimersByTime(CLOSE_DELAY);
    expect(shown).toEqual([id, null]);
    card.close();
    expect(shown).toEqual([id, null]);
  });
});
