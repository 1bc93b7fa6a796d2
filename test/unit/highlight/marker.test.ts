/** The marker on small hand-made trees: where it must never write, several marks in one node, strays. */
import { describe, expect, it } from 'vitest';
import { mapPlan } from '../../../src/highlight/map-plan';
import { groupByNode, Marker, sweepStrayMarks } from '../../../src/highlight/marker';
import { MARK_TAG } from '../../../src/highlight/names';
import { allLooks, lookDeclarations, lookName, marksCss } from '../../../src/highlight/palette';
import type { PlannedMark } from '../../../src/highlight/plan';
import type { DomPiece } from '../../../src/page/types';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

/** A stand-in for the page reader: the text is every Text node of `root` concatenated, nothing collapsed. */
function flatMapping(root: Element) {
  const nodes: Array<{ node: Text; start: number }> = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const domRangesFor = (start: number, end: number): DomPiece[] =>
    nodes
      .filter(({ node, start: s }) => s < end && s + node.length > start)
      .map(({ node, start: s }) => ({ node, startOffset: Math.max(0, start - s), endOffset: Math.min(node.length, end - s) }));
  return { text, domRangesFor };
}

const mark = (text: string, phrase: string, part: PlannedMark['part'] = 'content', id = 'a1'): PlannedMark => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(phrase);
  return { start, end: start + phrase.length, attributionId: id, sourceId: 's1', part, kind: 'person', type: 'direct', tone: 0 };
};

function markPhrases(doc: Document, phrases: string[]) {
  const { text, domRangesFor } = flatMapping(doc.body);
  const { jobs, stale } = mapPlan(phrases.map((p, i) => mark(text, p, 'content', `a${i + 1}`)), text, domRangesFor);
  const marker = new Marker(doc);
  for (const g of groupByNode(jobs)) marker.wrapNode(g);
  return { marker, stale };
}

describe('Marker', () => {
  it.each([
    ['a textarea', '<p>He said <textarea>We will win</textarea> today.</p>'],
    ['an input value (no text node) and a button', '<p>He said <button>We will win</button> today.</p>'],
    ['a contenteditable region', '<div contenteditable="true"><p>We will win</p></div>'],
    ['a contenteditable region, deep inside', '<div contenteditable><p><b><i>We will win</i></b></p></div>'],
    ['code', '<p>Run <code>We will win</code> now.</p>'],
    ['pre', '<pre>We will win</pre>'],
    ['a script', '<script>var s = "We will win";</script>'],
    ['a style', '<style>/* We will win */</style>'],
    ['svg text', '<svg><text>We will win</text></svg>'],
    ['a noscript', '<noscript>We will win</noscript>'],
  ])('never writes inside %s', (_name, body) => {
    const doc = page(body);
    const before = doc.body.innerHTML;
    markPhrases(doc, ['We will win']);
    expect(doc.querySelector(MARK_TAG)).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('never writes in a document in design mode (editable throughout)', () => {
    const doc = page('<p>He said We will win today.</p>');
    doc.designMode = 'on';
    const before = doc.body.innerHTML;
    markPhrases(doc, ['We will win']);
    expect(doc.querySelector(MARK_TAG)).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('names each mark’s look and adds no style of its own: the marks’ stylesheet draws it', () => {
    const doc = page('<p>alpha beta gamma</p>');
    const text = 'alpha beta gamma';
    const looks = [
      { ...mark(text, 'alpha', 'content', 'a1'), type: 'indirect' as const, tone: 2 },
      { ...mark(text, 'beta', 'cue', 'a1'), tone: 2 },
      { ...mark(text, 'gamma', 'content', 'a2'), kind: 'anonymous' as const, tone: 5 },
    ];
    const { jobs } = mapPlan(looks, text, flatMapping(doc.body).domRangesFor);
    const marker = new Marker(doc);
    for (const g of groupByNode(jobs)) marker.wrapNode(g);
    const marks = Array.from(doc.querySelectorAll<HTMLElement>(MARK_TAG));
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-look'), m.getAttribute('data-part')])).toEqual([
      ['alpha', 'content-indirect-2', 'content'],
      ['beta', 'cue-2', 'cue'],
      ['gamma', 'content-direct-anon', 'content'],
    ]);
    expect(marks.every((m) => !m.hasAttribute('style'))).toBe(true);
  });

  it('the marks’ stylesheet holds the reset for every mark and one rule per look, every declaration !important', () => {
    const rules = marksCss().trim().split('\n');
    const looks = allLooks();
    expect(rules).toHaveLength(looks.length + 1);
    const selector = (rule: string) => rule.slice(0, rule.indexOf('{'));
    const body = (rule: string) => rule.slice(rule.indexOf('{') + 1, -1).split(';');
    // Four ids' weight for every selector: only a page rule heavier than that, and !important, could win.
    for (const rule of rules) expect(selector(rule)).toMatch(/^sourcelight-mark(\[data-look="[a-z0-9-]+"\])?:is\(#sl#sl#sl#sl,\*\)$/);
    expect(body(rules[0]!)).toEqual(expect.arrayContaining(['display:inline!important', 'margin:0!important', 'padding:0!important', 'font:inherit!important']));
    looks.forEach((look, i) => {
      expect(selector(rules[i + 1]!)).toBe(`sourcelight-mark[data-look="${lookName(look)}"]:is(#sl#sl#sl#sl,*)`);
      expect(body(rules[i + 1]!)).toEqual(lookDeclarations(look).map(([p, v]) => `${p}:${v}!important`));
    });
    expect(new Set(looks.map(lookName)).size).toBe(looks.length);
    // The stylesheet parses as written: every rule and declaration kept (a real browser draws them: test/e2e/annotations).
    const doc = page('<p>x</p>');
    const style = doc.createElement('style');
    style.textContent = marksCss();
    doc.head.appendChild(style);
    const sheet = style.sheet!;
    expect(sheet.cssRules).toHaveLength(rules.length);
  });

  it('gives marks that look the same one look name, and marks that look different names of their own', () => {
    const base = { part: 'content' as const, kind: 'person' as const, type: 'direct' as const, tone: 1 };
    const same = [
      base,
      { ...base, kind: 'organization' as const }, // named sources of one colour look alike, whatever their kind
      { ...base, tone: 9 }, // the palette comes round again after eight colours
      { ...base, type: 'mixed' as const },
    ];
    expect(new Set(same.map((l) => lookName(l)))).toEqual(new Set(['content-direct-1']));
    expect(new Set(same.map((l) => JSON.stringify(lookDeclarations(l)))).size).toBe(1);
    const anonymous = [
      { ...base, kind: 'anonymous' as const, tone: 0 },
      { ...base, kind: 'anonymous' as const, tone: 4 },
      { ...base, kind: null, tone: -1 },
    ];
    expect(new Set(anonymous.map((l) => lookName(l)))).toEqual(new Set(['content-direct-anon']));
    // A cue looks the same for direct and reported speech; quoted words do not.
    expect(lookName({ ...base, part: 'cue', type: 'indirect' })).toBe(lookName({ ...base, part: 'cue' }));
    const different = [
      base,
      { ...base, type: 'indirect' as const },
      { ...base, tone: 2 },
      anonymous[0]!,
      { ...base, part: 'cue' as const },
      { ...base, part: 'mention' as const },
      { ...base, part: 'cue' as const, kind: 'anonymous' as const },
    ];
    expect(new Set(different.map((l) => lookName(l))).size).toBe(different.length);
    expect(new Set(different.map((l) => JSON.stringify(lookDeclarations(l)))).size).toBe(different.length);
    // Every look a report can give is one the stylesheet draws.
    const drawn = new Set(allLooks().map(lookName));
    expect([...same, ...anonymous, ...different].every((l) => drawn.has(lookName(l)))).toBe(true);
  });

  it('still marks the rest of a quote that runs into code', () => {
    const doc = page('<p>“Call <code>restart()</code> and wait,” she said.</p>');
    markPhrases(doc, ['Call restart() and wait']);
    expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.textContent)).toEqual(['Call ', ' and wait']);
  });

  it('makes several marks in one Text node, at its start, middle and end, and undoes them', () => {
    const doc = page('<p>alpha beta gamma delta</p>');
    const p = doc.querySelector('p')!;
    const original = p.firstChild;
    const { marker } = markPhrases(doc, ['alpha', 'gamma', 'delta']);
    expect(Array.from(doc.querySelectorAll(MARK_TAG)).map((m) => m.textContent)).toEqual(['alpha', 'gamma', 'delta']);
    marker.unmark();
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(original);
    expect(p.innerHTML).toBe('alpha beta gamma delta');
  });

  it('marks a whole Text node without splitting it', () => {
    const doc = page('<p><em>whole</em> rest</p>');
    const { marker } = markPhrases(doc, ['whole']);
    const em = doc.querySelector('em')!;
    expect(em.childNodes.length).toBe(1);
    expect(em.firstElementChild!.localName).toBe(MARK_TAG);
    expect(em.firstElementChild!.textContent).toBe('whole');
    marker.unmark();
    expect(doc.body.innerHTML).toBe('<p><em>whole</em> rest</p>');
  });

  it('skips a planned mark whose text the page changed after it was read', () => {
    const doc = page('<p>the old words here</p>');
    const { text, domRangesFor } = flatMapping(doc.body);
    const plan = [mark(text, 'old words')];
    (doc.querySelector('p')!.firstChild as Text).data = 'the new words here';
    const { jobs, stale } = mapPlan(plan, text, domRangesFor);
    expect(jobs).toEqual([]);
    expect(stale).toBe(1);
  });

  it('leaves the page’s own adjacent Text nodes separate (no blanket normalize)', () => {
    const doc = page('<p>one</p>');
    const p = doc.querySelector('p')!;
    p.append(doc.createTextNode(' two three'));
    const { marker } = markPhrases(doc, ['two']);
    marker.unmark();
    expect(Array.from(p.childNodes).map((n) => n.textContent)).toEqual(['one', ' two three']);
  });

  it('unwraps marks the page moved, where they are', () => {
    const doc = page('<p>keep this quote</p><div id="elsewhere"></div>');
    const { marker } = markPhrases(doc, ['this']);
    doc.getElementById('elsewhere')!.append(doc.querySelector(MARK_TAG)!);
    marker.unmark();
    expect(doc.querySelector(MARK_TAG)).toBeNull();
    expect(doc.getElementById('elsewhere')!.textContent).toBe('this');
  });

  it('sweeps marks an earlier copy left behind and joins their text back', () => {
    const doc = page('<p>before <sourcelight-mark data-attribution="a1" data-source="" data-part="cue">said</sourcelight-mark> after</p><p><b>x</b></p>');
    expect(sweepStrayMarks(doc)).toBe(1);
    const p = doc.querySelector('p')!;
    expect(p.childNodes.length).toBe(1);
    expect(p.innerHTML).toBe('before said after');
    expect(doc.body.innerHTML).toBe('<p>before said after</p><p><b>x</b></p>');
  });

  it('knows its own marks and no forged ones', () => {
    const doc = page('<p>real quote</p><sourcelight-mark data-attribution="a1">forged</sourcelight-mark>');
    const { marker } = markPhrases(doc, ['real']);
    const [ours, forged] = Array.from(doc.querySelectorAll(MARK_TAG));
    expect(marker.markOf(ours!)?.attributionId).toBe('a1');
    expect(marker.markOf(forged!)).toBeUndefined();
  });
});
