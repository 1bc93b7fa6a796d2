import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page';
import { readHtml } from '../../src/page/read-html';
import { articleFromRemote, articleFromRemoteSteps, bodyTexts, liveBodyTexts, pageHtml } from '../../src/page/remote-read';
import { ARTICLE_FIXTURES as ALL_ARTICLES, NON_ARTICLE_FIXTURES } from './page-fixtures';
import { ARTICLE_FIXTURES, parse } from './page-fixtures';

// The page reader run elsewhere on the page's HTML, its answer tied back to the live page: the same article,
// run for run on the same live Text nodes, as the reader finds in the page itself.
describe('reading a page elsewhere', () => {
  it.each(ARTICLE_FIXTURES)('$name: the same text, paragraphs and live Text nodes as a read in the page', ({ html }) => {
    const live = parse(html);
    const here = readArticle(live)!;
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    expect(remote.text).toBe(here.text);
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.title).toBe(here.title);
    expect(there.text).toBe(here.text);
    expect(there.paragraphStarts).toEqual(here.paragraphStarts);
    expect(there.segments.length).toBe(here.segments.length);
    there.segments.forEach((seg, i) => {
      const want = here.segments[i]!;
      expect(seg.node).toBe(want.node); // the very live node, not a copy
      expect([seg.nodeStart, seg.start, seg.end]).toEqual([want.nodeStart, want.start, want.end]);
    });
    expect(there.root).toBe(here.root);
    const q = here.text.indexOf('“');
    expect(there.domRangesFor(q, q + 40)).toEqual(here.domRangesFor(q, q + 40));
  });

  it('ties a long article to the page in slices, and gets the same article as in one go', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>“We will look at case ${i} again,” <em>the mayor</em> said on <a href="#x">Tuesday</a>, and officials agreed.</p>`);
    const live = parse(`<!DOCTYPE html><html><head><title>Long</title></head><body><article><h1>Long</h1>${paragraphs.join('\n')}</article></body></html>`);
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const whole = articleFromRemote(live, remote)!;
    expect(remote.runs.length / 3).toBeGreaterThan(150);
    const steps = articleFromRemoteSteps(live, remote, () => true);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const sliced = step.value!;
    expect(pauses).toBe(Math.floor(remote.runs.length / 3 / 32));
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.node, s.nodeStart, s.start, s.end])).toEqual(whole.segments.map((s) => [s.node, s.nodeStart, s.start, s.end]));
  });

  it('gives up when the live page rewrote more than a tenth of the article after its HTML was sent (read in the page instead)', () => {
    const live = parse(ARTICLE_FIXTURES[0]!.html);
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const paragraphs = Array.from(live.querySelectorAll('.entry-content p'));
    let rewritten = 0;
    for (const p of paragraphs) {
      if (rewritten > remote.text.length * 0.1) break;
      const first = p.firstChild as Text;
      rewritten += p.textContent!.length;
      first.data = 'A different opening. ' + first.data;
    }
    expect(articleFromRemote(live, remote)).toBeNull();
  });

  it('keeps up with a ticker before the article: the same Text nodes, other words (every later offset shifted)', () => {
    const live = parse(ARTICLE_FIXTURES[0]!.html);
    const here = readArticle(live)!;
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const ticker = live.querySelector('.main-navigation a')!.firstChild as Text;
    ticker.data = 'Markets: DOW +1.2% · NASDAQ +0.8% · the ticker moved on';
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.segments.map((s) => s.node)).toEqual(here.segments.map((s) => s.node));
  });

  it('falls back to offsets when the page holds one text in two adjacent Text nodes (its HTML joins them)', () => {
    const live = parse(ARTICLE_FIXTURES[0]!.html);
    const link = live.querySelector('.main-navigation a')!.firstChild as Text;
    link.splitText(2); // what a script writing a link's text in two parts leaves
    const here = readArticle(live)!;
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.segments.map((s) => s.node)).toEqual(here.segments.map((s) => s.node));
  });

  it('follows the article when the page added Text nodes before it and between its paragraphs after it was sent', () => {
    const live = parse(ARTICLE_FIXTURES[0]!.html);
    const here = readArticle(live)!;
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const banner = live.createElement('div');
    banner.append('Breaking: ', live.createElement('b'), 'a banner the page added after it was read');
    live.body.prepend(banner);
    const ad = live.createElement('aside');
    ad.append('Advertisement', live.createElement('br'), 'Buy one, get one free');
    const paragraphs = live.querySelectorAll('.entry-content > p');
    paragraphs[3]!.after(ad);
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.text).toBe(here.text);
    expect(there.segments.map((s) => s.node)).toEqual(here.segments.map((s) => s.node));
  });

  it('leaves out a paragraph the page rewrote while it also added nodes, rather than marking the wrong words', () => {
    const live = parse(ARTICLE_FIXTURES[0]!.html);
    const here = readArticle(live)!;
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    live.body.prepend(live.createElement('div'), 'A banner');
    const paragraphs = live.querySelectorAll('.entry-content > p');
    const last = paragraphs[paragraphs.length - 1]!;
    const lastText = last.textContent!;
    (last.firstChild as Text).data = 'An update replaced the last paragraph entirely, with other words.';
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.text).toBe(here.text);
    const at = here.text.indexOf(lastText.slice(0, 40));
    expect(at).toBeGreaterThan(0);
    expect(there.domRangesFor(at, at + 40)).toEqual([]);
    const q = here.text.indexOf('“');
    expect(there.domRangesFor(q, q + 40)).toEqual(here.domRangesFor(q, q + 40));
    // Every range that is placed holds exactly the words the report names.
    for (const seg of there.segments) expect(seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.end - seg.start)).toBe(here.text.slice(seg.start, seg.end));
  });

  it.each([...ALL_ARTICLES, ...NON_ARTICLE_FIXTURES])('$name: the live page’s Text nodes from the tree walker are the very list both sides count', ({ html }) => {
    const live = parse(html);
    const walked = liveBodyTexts(live);
    expect(walked.length).toBeGreaterThan(50);
    expect(walked).toEqual(bodyTexts(live));
  });

  it('leaves out every Text node under <script>, <noscript> and <style>, however deep, and only those', () => {
    const live = parse(`<!DOCTYPE html><html><head><title>t</title><script>var head = 1;</script></head><body>
      <p>one <b>two</b></p><script>var a = "<p>not text</p>";</script><noscript>raw <p>markup</p> text</noscript><div><style>.x { color: red }</style></div>
      <div id="icon"></div><p>five</p></body></html>`);
    // An SVG with a script of its own, a script the page filled through the DOM (an element inside it), and a
    // raw-text <noscript> as a browser with scripts keeps it.
    const svgElement = (tag: string, text = '') => {
      const el = live.createElementNS('http://www.w3.org/2000/svg', tag);
      if (text) el.append(text);
      return el;
    };
    const svg = svgElement('svg');
    svg.append(svgElement('script', 'var s = 1;'), svgElement('text', 'three'));
    live.getElementById('icon')!.append(svg);
    const script = live.querySelector('body > script')!;
    script.append(live.createElement('i'));
    script.querySelector('i')!.append('hidden');
    const noscript = live.querySelector('noscript')!;
    noscript.replaceChildren(live.createTextNode(noscript.innerHTML));
    const words = (nodes: Text[]) => nodes.map((n) => n.data.trim()).filter(Boolean);
    expect(words(liveBodyTexts(live))).toEqual(['one', 'two', 'three', 'five']);
    expect(liveBodyTexts(live)).toEqual(bodyTexts(live));
  });

  it('leaves <noscript> out on both sides: raw text in the live page, markup where it is parsed without scripts', () => {
    const html = ARTICLE_FIXTURES[0]!.html.replace(/<body[^>]*>/, (body) => `${body}<noscript><p>Please turn on <b>JavaScript</b> to read the comments.</p></noscript>`);
    const live = parse(html);
    // A browser with scripts on keeps a <noscript>'s content as one raw Text node.
    for (const ns of live.querySelectorAll('noscript')) ns.replaceChildren(live.createTextNode(ns.innerHTML));
    const noscript = live.querySelector('noscript');
    expect(noscript?.firstChild?.nodeType).toBe(3);
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const here = readArticle(live)!;
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.text).toBe(here.text);
    expect(there.segments.map((s) => s.node)).toEqual(here.segments.map((s) => s.node));
  });

  it('sends no style rules, and ties the article to the page as a read in the page does, styles between its paragraphs', () => {
    // Styles a page's scripts wrote into the body: beside the article, inside it, inside a paragraph.
    const html = ARTICLE_FIXTURES[0]!.html
      .replace(/<body[^>]*>/, (body) => `${body}<style>.ad-slot { min-height: 250px }</style>`)
      .replace('</p>', '<style>.inline-rule { color: teal }</style></p><style>.between-rule { margin: 0 }</style>');
    const live = parse(html);
    expect(live.body.querySelectorAll('style')).toHaveLength(3);
    const sent = pageHtml(live);
    expect(sent).not.toMatch(/ad-slot|inline-rule|between-rule/);
    const here = readArticle(live)!;
    const there = articleFromRemote(live, readHtml(sent, parse, Infinity)!)!;
    expect(there).not.toBeNull();
    expect(there.text).toBe(here.text);
    expect(there.segments.map((s) => [s.node, s.nodeStart, s.start, s.end])).toEqual(here.segments.map((s) => [s.node, s.nodeStart, s.start, s.end]));
  });

  it('sends the body and only the title and metadata of the head (inline styles and scripts there are most of a page’s bytes)', () => {
    const html = ARTICLE_FIXTURES[0]!.html.replace(
      '</head>',
      `<style>${'.x{color:red}'.repeat(2000)}</style><script>var config = ${JSON.stringify('y'.repeat(30_000))};</script><meta property="og:title" content="Daesh comeback"><script type="application/ld+json">{"headline":"Daesh"}</script></head>`,
    );
    const live = parse(html);
    const sent = pageHtml(live);
    expect(sent.length).toBeLessThan(live.documentElement.outerHTML.length - 50_000);
    expect(sent).toContain('<title>');
    expect(sent).toContain('og:title');
    expect(sent).toContain('application/ld+json');
    expect(sent).not.toContain('color:red');
    expect(sent).toContain(live.body.outerHTML);
    const there = articleFromRemote(live, readHtml(sent, parse, Infinity)!)!;
    expect(there.text).toBe(readArticle(live)!.text);
    expect(there.title).toBe(readArticle(live)!.title);
  });

  it('sends nothing for a page without a body (a frameset)', () => {
    const doc = parse('<!DOCTYPE html><html><head><title>Frames</title></head><body></body></html>');
    doc.body.replaceWith(doc.createElement('frameset'));
    expect(pageHtml(doc)).toBe('');
  });

  it('leaves out a paragraph the page rewrote after it was sent (a live count), a tenth of its words at most', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of the council story, long enough to be read as prose by the reader.</p>`);
    const html = `<!DOCTYPE html><html><head><title>Council</title></head><body><article><h1>Council</h1>${paragraphs.join('')}</article></body></html>`;
    const live = parse(html);
    const here = readArticle(live)!;
    const remote = readHtml(pageHtml(live), parse, Infinity)!;
    const counter = live.querySelectorAll('article p')[7]!;
    counter.textContent = '“The count is 12,” the clerk said.';
    const there = articleFromRemote(live, remote)!;
    expect(there).not.toBeNull();
    expect(there.text).toBe(here.text);
    expect(there.segments).toHaveLength(here.segments.length - 1);
    const at = here.text.indexOf('Paragraph 7 ');
    expect(there.domRangesFor(at, at + 20)).toEqual([]);
    const next = here.text.indexOf('Paragraph 8 ');
    expect(there.domRangesFor(next, next + 11).map((p) => p.node.data.slice(p.startOffset, p.endOffset))).toEqual(['Paragraph 8']);
    // Rewriting more than a tenth of the article's words: read again in the page.
    for (const p of Array.from(live.querySelectorAll('article p')).slice(10, 14)) p.textContent = 'Rewritten while the extension read the page.';
    expect(articleFromRemote(live, remote)).toBeNull();
  });

  it('stops at maxChars and says so, as the reader in the page does', () => {
    const live = parse(ARTICLE_FIXTURES[0]!.html);
    const remote = readHtml(pageHtml(live), parse, 500)!;
    expect(remote.truncated).toBe(true);
    expect(articleFromRemote(live, remote)!.truncated).toBe(true);
  });

  it('finds no article where the reader finds none', () => {
    const html = '<!DOCTYPE html><html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>';
    expect(readHtml(html, parse, Infinity)).toBeNull();
  });
});
