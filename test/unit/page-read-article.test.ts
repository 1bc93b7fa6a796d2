import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page';
import { ARTICLE_FIXTURES, parse } from './page-fixtures';

function paragraphsOf(text: string, starts: number[]): string[] {
  return starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1]! - 2 : text.length));
}

describe('readArticle on full pages', () => {
  it.each(ARTICLE_FIXTURES)('$name: finds the title and exactly the article paragraphs', ({ html, expected }) => {
    const article = readArticle(parse(html));
    expect(article).not.toBeNull();
    expect(article!.title).toBe(expected.title);
    expect(paragraphsOf(article!.text, article!.paragraphStarts)).toEqual(expected.paragraphs);
    expect(article!.text).toBe(expected.paragraphs!.join('\n\n'));
  });

  it('the seed has its ten paragraphs, from the first sentence to the last, and no chrome', () => {
    const article = readArticle(parse(ARTICLE_FIXTURES[0]!.html))!;
    expect(article.paragraphStarts).toHaveLength(10);
    expect(article.text.startsWith('Daesh’s self-styled “caliphate” across parts of Iraq and Syria')).toBe(true);
    expect(article.text.endsWith('was killed by a U.S. raid in Syria in October.')).toBe(true);
    for (const chrome of ['Leave a Reply', 'Post Comment', 'Your email address', 'Tags:', 'Share', 'Tweet', 'Recent Posts', 'Markets close higher', 'Contact', 'January 20, 2020', 'All rights reserved']) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.text).not.toContain(article.title!); // the headline is the title, not a paragraph
  });

  it.each(ARTICLE_FIXTURES)('$name: never changes the document it reads', ({ html }) => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    readArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each(ARTICLE_FIXTURES)('$name: every segment maps to live text of this document, outside untouchable elements', ({ html }) => {
    const doc = parse(html);
    const article = readArticle(doc)!;
    expect(article.root).not.toBeNull();
    for (const seg of article.segments) {
      expect(seg.node.ownerDocument).toBe(doc);
      expect(doc.contains(seg.node)).toBe(true);
      expect(article.root!.contains(seg.node)).toBe(true);
      expect(seg.node.parentElement!.closest('pre, code, input, textarea, select, script, style, [contenteditable]')).toBeNull();
      const fromNode = seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.end - seg.start));
      expect(fromNode.replace(/\s/g, ' ')).toBe(article.text.slice(seg.start, seg.end));
    }
  });

  it.each(ARTICLE_FIXTURES)('$name: text that a script split into adjacent nodes reads the same', ({ html, expected }) => {
    const doc = parse(html);
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const t of nodes) if (t.data.length > 20) t.splitText(Math.floor(t.data.length / 3));
    const article = readArticle(doc)!;
    expect(article.text).toBe(expected.paragraphs!.join('\n\n'));
  });

  it('a page with no article gives null, not an error', () => {
    expect(readArticle(parse('<!DOCTYPE html><html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
  });
});

describe('readArticle on a very large page', () => {
  it('reads the container with the most paragraph text, in place, when the page has over 8,000 elements', () => {
    const fixture = ARTICLE_FIXTURES.find((f) => f.name === 'ads-pullquotes')!;
    const doc = parse(fixture.html);
    // A sidebar of 9,000 links, as an endless "most read" widget would add.
    const list = doc.querySelector('.most-read ol')!;
    for (let i = 0; i < 4500; i++) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.textContent = `Story ${i}`;
      li.append(a);
      list.append(li);
    }
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(8000);
    const article = readArticle(doc)!;
    expect(article.title).toBe(fixture.expected.title);
    // Without Readability the standfirst in the header is not read; the story body is, without its ad,
    // pull quote, related links and newsletter box.
    expect(paragraphsOf(article.text, article.paragraphStarts)).toEqual(fixture.expected.paragraphs!.slice(1));
    expect(article.root).toBe(doc.querySelector('.story-body'));
  });
});
