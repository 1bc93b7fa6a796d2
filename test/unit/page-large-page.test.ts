/**
 * The large-page check (src/page/large-page.ts) on nesting depth: Readability measures the text of every
 * ancestor, so a page nested deeper than MAX_DEPTH skips it. Depth is asked of the browser's selector
 * matching; these pages pin the boundary, counted in levels below the root element.
 */
import { describe, expect, it } from 'vitest';
import { isLargePageSteps, MAX_DEPTH } from '../../src/page/large-page';
import { runSteps } from '../../src/page/collect';
import { parse } from './page-fixtures';

/** A short article with one chain of divs whose innermost element lies `levels` below <html>. */
function pageWithChain(levels: number): Document {
  const doc = parse('<!DOCTYPE html><html><head><title>Deep</title></head><body><article><p>One paragraph of prose.</p></article><div id="chain"></div></body></html>');
  // <html> > <body> > #chain: the chain starts two levels down.
  let node: Element = doc.getElementById('chain')!;
  for (let depth = 2; depth < levels; depth++) node = node.appendChild(doc.createElement('div'));
  return doc;
}

describe('isLargePageSteps: depth', () => {
  it('a page nested exactly MAX_DEPTH levels is not large', () => {
    expect(runSteps(isLargePageSteps(pageWithChain(MAX_DEPTH), () => false))).toBe(false);
  });

  it('one level deeper is', () => {
    expect(runSteps(isLargePageSteps(pageWithChain(MAX_DEPTH + 1), () => false))).toBe(true);
  });

  it('a shallow ordinary page is not', () => {
    expect(runSteps(isLargePageSteps(pageWithChain(5), () => false))).toBe(false);
  });
});
