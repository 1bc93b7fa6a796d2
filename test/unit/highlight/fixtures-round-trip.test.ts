/**
 * Mapping and mark/unmark round trips on full pages: the page reader finds the article, a hand-written
 * report (test/fixtures/**\/marks.expected.json) is marked through the reader's DOM mapping, every part
 * becomes the hand-counted number of marks covering exactly its words, and unmark restores the page
 * byte for byte, with the very same Text nodes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/page';
import { DEFAULT_KINDS } from '../../../src/settings';
import { Scope } from '../../../src/content/scope';
import { mapPlan, PlanMapper } from '../../../src/highlight/map-plan';
import { markInSlices } from '../../../src/highlight/mark-in-slices';
import { groupByNode, Marker } from '../../../src/highlight/marker';
import { MARK_TAG } from '../../../src/highlight/names';
import { planMarks } from '../../../src/highlight/plan';
import { loadSpec, reportFor, squash, type MarksSpec } from '../helpers/marks-spec';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const PAGES: Array<[string, string, string]> = [
  ['a WordPress article (the seed)', 'seed-article.html', 'seed-article.marks.expected.json'],
  ['an article broken up by ads, a pull quote and related links', 'broken-up/source.html', 'broken-up/marks.expected.json'],
  ['quotes crossing <em>, <a> and <strong>', 'cross-inline/source.html', 'cross-inline/marks.expected.json'],
  ['a page that adds paragraphs after load (before they arrive)', 'late-paragraphs/source.html', 'late-paragraphs/marks.expected.json'],
];

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, file), 'utf8'), 'text/html');
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function markAll(doc: Document, spec: MarksSpec) {
  const article = readArticle(doc);
  if (!article) throw new Error('the reader found no article');
  const report = reportFor(spec, article.text, article.title, false);
  const { jobs, stale } = mapPlan(planMarks(report, DEFAULT_KINDS), article.text, (s, e) => article.domRangesFor(s, e));
  const marker = new Marker(doc);
  for (const group of groupByNode(jobs)) marker.wrapNode(group);
  return { article, report, marker, stale };
}

describe.each(PAGES)('%s', (_name, page, specFile) => {
  const spec = loadSpec(path.join(FIXTURES, specFile));

  it('marks every part with the hand-counted number of marks, covering exactly its words', () => {
    const doc = load(page);
    const { stale, report } = markAll(doc, spec);
    expect(stale).toBe(0);
    for (const a of spec.attributions.filter((x) => !x.late)) {
      const attribution = report.attributions.find((x) => x.id === a.id)!;
      const expected = {
        content: attribution.content.map((s) => s.text).join(''),
        cue: attribution.cue.text,
        mention: attribution.mention?.text ?? '',
      };
      for (const part of ['content', 'cue', 'mention'] as const) {
        const marks = Array.from(doc.querySelectorAll(`${MARK_TAG}[data-attribution="${a.id}"][data-part="${part}"]`));
        expect(marks.length, `${a.id} ${part}`).toBe(a.marks[part]);
        expect(squash(marks.map((m) => m.textContent).join('')), `${a.id} ${part}`).toBe(squash(expected[part]));
        for (const m of marks) {
          expect(m.getAttribute('data-source')).toBe(a.sourceId ?? '');
          // The contract's three attributes, plus the name of the mark's look (drawn by the marks' stylesheet, src/highlight/palette.ts).
          expect(m.getAttributeNames().sort()).toEqual(['data-attribution', 'data-look', 'data-part', 'data-source']);
          expect(m.getAttribute('data-look')).toMatch(/^(content-(direct|indirect)|cue|mention)-([0-7]|anon)$/);
        }
      }
    }
    const all = doc.querySelectorAll(MARK_TAG).length;
    const counted = spec.attributions.filter((x) => !x.late).reduce((n, a) => n + a.marks.content + a.marks.cue + a.marks.mention, 0);
    expect(all).toBe(counted);
  });

  it('puts marks only inside the article, never in forms, scripts, styles or the page chrome', () => {
    const doc = load(page);
    const { article } = markAll(doc, spec);
    for (const m of Array.from(doc.querySelectorAll(MARK_TAG))) {
      expect(article.root!.contains(m)).toBe(true);
      expect(m.parentElement!.closest('form, script, style, textarea, input, code, pre, svg, nav, header.site-header, footer')).toBeNull();
      expect(m.querySelector(MARK_TAG)).toBeNull(); // never nested
    }
  });

  it('unmark restores the page byte for byte, with the same Text nodes', () => {
    const doc = load(page);
    const before = doc.documentElement.outerHTML;
    const nodesBefore = textNodes(doc);
    const dataBefore = nodesBefore.map((n) => n.data);
    const { marker } = markAll(doc, spec);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    marker.unmark();
    expect(doc.querySelector(MARK_TAG)).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
    const nodesAfter = textNodes(doc);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    nodesAfter.forEach((n, i) => expect(n).toBe(nodesBefore[i]));
    expect(nodesAfter.map((n) => n.data)).toEqual(dataBefore);
  });

  it('marks the same in the thinnest slices (one planned mark each) as all at once', async () => {
    const whole = load(page);
    markAll(whole, spec);
    const sliced = load(page);
    const article = readArticle(sliced)!;
    const plan = planMarks(reportFor(spec, article.text, article.title, false), DEFAULT_KINDS);
    const scope = new Scope();
    let slices = 0;
    const ms = await markInSlices(new Marker(sliced), plan, new PlanMapper(article.text, (s, e) => article.domRangesFor(s, e)), scope, {
      budgetMs: 0,
      around: (write) => {
        slices++;
        write();
      },
    });
    scope.end();
    expect(ms).not.toBeNull();
    expect(slices).toBe(plan.length);
    expect(sliced.documentElement.outerHTML).toBe(whole.documentElement.outerHTML);
  });

  it('marks again after unmark exactly as the first time', () => {
    const doc = load(page);
    const first = markAll(doc, spec);
    const marked = doc.documentElement.outerHTML;
    first.marker.unmark();
    markAll(doc, spec);
    expect(doc.documentElement.outerHTML).toBe(marked);
  });
});
