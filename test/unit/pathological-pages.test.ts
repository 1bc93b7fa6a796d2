// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makePathologicalPages } from '../../scripts/pathological-pages';

const pages = new Map(makePathologicalPages().map((p) => [p.name, p.html]));
const get = (name: string) => {
  const html = pages.get(name);
  if (!html) throw new Error(`no page ${name}`);
  return html;
};
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

describe('the pathological pages are as extreme as they claim', () => {
  it('one paragraph holds at least 1,000,000 characters', () => {
    const longest = Math.max(...[...get('one-megabyte-paragraph.html').matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]!.length));
    expect(longest).toBeGreaterThanOrEqual(1_000_000);
  });

  it('50,000 paragraphs', () => {
    expect(count(get('fifty-thousand-paragraphs.html'), /<p>/g)).toBe(50_000);
  });

  it('10,000 quotation marks that open and never close', () => {
    const html = get('unmatched-quotes.html');
    expect(count(html, /[“"«„‘]officials said the plan was late/g)).toBe(10_000);
  });

  it('a 5,000-deep chain built by script (the parser would flatten it)', () => {
    expect(get('deep-nesting.html')).toMatch(/for \(var i = 0; i < 5000; i\+\+\)/);
  });

  it('at least 100,000 nodes in the article', () => {
    const html = get('hundred-thousand-nodes.html');
    // a span and its text node are two nodes: 50,000 spans alone make 100,000
    expect(count(get('hundred-thousand-nodes.html'), /<span>[^<]+<\/span>/g)).toBeGreaterThanOrEqual(50_000);
  });

  it('a page that mutates on every animation frame', () => {
    expect(get('mutates-every-frame.html')).toMatch(/requestAnimationFrame\(frame\)[\s\S]*requestAnimationFrame\(frame\)/);
  });

  it('text in iframes and in open, closed and declarative shadow roots', () => {
    const html = get('frames-and-shadow-roots.html');
    expect(html).toContain('<iframe title="same-origin frame" srcdoc=');
    expect(html).toContain('shadowrootmode="open"');
    expect(html).toContain("attachShadow({ mode: 'closed' })");
  });

  it('is deterministic', () => {
    const again = makePathologicalPages();
    expect(again.map((p) => p.html)).toEqual([...pages.values()]);
  });
});
