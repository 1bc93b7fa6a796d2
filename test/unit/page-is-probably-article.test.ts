import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCheckSteps, isProbablyArticle } from '../../src/page/is-probably-article';
import { ARTICLE_FIXTURES, NON_ARTICLE_FIXTURES, parse } from './page-fixtures';

describe('isProbablyArticle', () => {
  it.each(ARTICLE_FIXTURES)('$name: an article page passes', ({ html }) => {
    expect(isProbablyArticle(parse(html))).toBe(true);
  });

  it.each(NON_ARTICLE_FIXTURES)('$name: a page that is not an article fails', ({ html, expected }) => {
    expect(expected.isArticle).toBe(false);
    expect(isProbablyArticle(parse(html))).toBe(false);
  });

  it('search results fail on their shape alone, even with the search box emptied', () => {
    const doc = parse(NON_ARTICLE_FIXTURES.find((f) => f.name === 'search-results')!.html);
    for (const input of doc.querySelectorAll('input')) input.removeAttribute('value');
    expect(isProbablyArticle(doc)).toBe(false);
  });

  it('a shop listing fails on its shape alone, even without product markup', () => {
    const doc = parse(NON_ARTICLE_FIXTURES.find((f) => f.name === 'shop-listing')!.html);
    for (const el of doc.querySelectorAll('[itemtype]')) el.removeAttribute('itemtype');
    expect(isProbablyArticle(doc)).toBe(false);
  });

  it('a feed of many cards fails even when each card holds long text', () => {
    const seed = parse(ARTICLE_FIXTURES[0]!.html);
    const paragraphs = Array.from(seed.querySelectorAll('.entry-content > p'));
    const feed = parse('<!DOCTYPE html><html><head><title>Feed</title></head><body><main id="feed"></main></body></html>');
    const main = feed.getElementById('feed')!;
    for (const p of paragraphs) {
      const card = feed.createElement('article');
      const h = feed.createElement('h2');
      h.textContent = 'Post';
      card.append(h, feed.importNode(p, true));
      main.append(card);
    }
    expect(isProbablyArticle(feed)).toBe(false);
  });

  it('a page that does not say it is an article reads as a feed from its fifth <article> card, not before', () => {
    const withCards = (n: number) => {
      const doc = parse(ARTICLE_FIXTURES[0]!.html);
      for (const el of doc.querySelectorAll('meta[property="og:type"], meta[property="article:published_time"]')) el.remove();
      for (const el of doc.querySelectorAll('[itemtype]')) el.removeAttribute('itemtype');
      // Its own <article> and n - 1 empty cards after it.
      for (let i = doc.getElementsByTagName('article').length; i < n; i++) doc.body.append(doc.createElement('article'));
      expect(doc.getElementsByTagName('article').length).toBe(Math.max(n, 1));
      return doc;
    };
    expect(isProbablyArticle(withCards(1))).toBe(true);
    expect(isProbablyArticle(withCards(4))).toBe(true);
    expect(isProbablyArticle(withCards(5))).toBe(false);
  });

  // Two paragraphs of 144 characters: 8 points each, 16 in all, over the 8 a page that declares itself an
  // article needs and under the 20 of one that does not.
  const shortStory = (head = '', bodyExtra = '', wrap = (ps: string) => `<div>${ps}</div>`) => {
    const sentence = 'The council said on Tuesday that the bridge would stay closed until engineers finish their inspection of the damaged span. ';
    const text = sentence.padEnd(144, ' And more.').slice(0, 144);
    expect(text.length).toBe(144);
    const paragraph = `<p>${text}</p>`;
    return parse(`<!DOCTYPE html><html><head><title>Bridge</title>${head}</head><body>${bodyExtra}${wrap(paragraph + paragraph)}</body></html>`);
  };

  it('a short story passes when the page declares itself an article, in its head or in its body, and fails when not', () => {
    expect(isProbablyArticle(shortStory())).toBe(false);
    expect(isProbablyArticle(shortStory('<meta property="og:type" content=" Article ">'))).toBe(true);
    expect(isProbablyArticle(shortStory('<meta property="article:published_time" content="2026-11-30">'))).toBe(true);
    expect(isProbablyArticle(shortStory('', '', (ps) => `<div itemscope itemtype="https://schema.org/NewsArticle">${ps}</div>`))).toBe(true);
    expect(isProbablyArticle(shortStory('', '<meta property="og:type" content="article">'))).toBe(true);
    // The first og:type counts: a second one saying "article" does not make a video page an article.
    expect(isProbablyArticle(shortStory('<meta property="og:type" content="video.other"><meta property="og:type" content="article">'))).toBe(false);
  });

  it('product pages fail: og:type product even when declared otherwise, two product or offer items unless declared', () => {
    const long = parse(ARTICLE_FIXTURES[0]!.html);
    expect(isProbablyArticle(long)).toBe(true);
    const undeclared = () => {
      const doc = parse(ARTICLE_FIXTURES[0]!.html);
      for (const el of doc.querySelectorAll('meta[property="og:type"], meta[property="article:published_time"]')) el.remove();
      for (const el of doc.querySelectorAll('[itemtype]')) el.removeAttribute('itemtype');
      return doc;
    };
    const product = parse(ARTICLE_FIXTURES[0]!.html);
    for (const el of product.querySelectorAll('meta[property="og:type"]')) el.setAttribute('content', 'product.item');
    expect(isProbablyArticle(product)).toBe(false);

    const items = (doc: Document, types: string[]) => {
      for (const t of types) {
        const div = doc.createElement('div');
        div.setAttribute('itemscope', '');
        div.setAttribute('itemtype', t);
        doc.body.append(div);
      }
      return doc;
    };
    expect(isProbablyArticle(items(undeclared(), ['https://schema.org/Product']))).toBe(true);
    expect(isProbablyArticle(items(undeclared(), ['https://schema.org/Product', 'http://SCHEMA.org/Offer']))).toBe(false);
    expect(isProbablyArticle(items(parse(ARTICLE_FIXTURES[0]!.html), ['https://schema.org/Product', 'https://schema.org/Offer']))).toBe(true);
  });

  it('a page that declares itself an article is not a feed for its cards, but a filled-in search box fails it anyway', () => {
    const doc = parse(ARTICLE_FIXTURES[0]!.html);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    for (let i = 0; i < 6; i++) doc.body.append(doc.createElement('article'));
    expect(isProbablyArticle(doc)).toBe(true);
    const search = doc.createElement('input');
    search.setAttribute('type', 'search');
    search.setAttribute('value', 'bridge closure');
    doc.body.prepend(search);
    expect(isProbablyArticle(doc)).toBe(false);
    search.setAttribute('value', '  ');
    expect(isProbablyArticle(doc)).toBe(true);
  });

  it('in steps, pausing at every chance, it gives the same verdict on every fixture, with a pause between the searches of the whole document', () => {
    for (const { name, html } of [...ARTICLE_FIXTURES, ...NON_ARTICLE_FIXTURES]) {
      const doc = parse(html);
      const steps = articleCheckSteps(doc, () => true);
      let pauses = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) pauses++;
      expect({ name, verdict: r.value }).toEqual({ name, verdict: isProbablyArticle(doc) });
      // The seed declares itself (og:type article): og:type, the declared markup, the search boxes.
      if (name === 'seed-article') expect(pauses).toBe(3);
    }
  });

  it('a page whose paragraphs fail it is never searched whole', () => {
    const doc = shortStory('', '', (ps) => ps.slice(0, ps.length / 2)); // one paragraph: 8 points, not over 8
    let searches = 0;
    for (const method of ['querySelector', 'querySelectorAll'] as const) {
      const original = doc[method].bind(doc) as (selector: string) => unknown;
      (doc as unknown as Record<string, unknown>)[method] = (selector: string) => {
        searches++;
        return original(selector);
      };
    }
    expect(isProbablyArticle(doc)).toBe(false);
    expect(searches).toBe(0);
  });

  it('a document without a body or with no text fails without throwing', () => {
    const doc = parse('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>');
    expect(isProbablyArticle(doc)).toBe(false);
    doc.documentElement.removeChild(doc.body);
    expect(isProbablyArticle(doc)).toBe(false);
  });

  it('stays cheap to inject: its file imports only the text counter, which imports nothing', () => {
    const source = readFileSync(resolve('src/page/is-probably-article.ts'), 'utf8');
    expect(source.match(/^\s*import\s.*$/gm)).toEqual(["import { blockLength } from './text-length';"]);
    expect(readFileSync(resolve('src/page/text-length.ts'), 'utf8')).not.toMatch(/^\s*import\s/m);
  });
});
