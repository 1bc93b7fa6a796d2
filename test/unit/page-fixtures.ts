// Loads the hand-written full-page fixtures of test/fixtures for the page reader's tests.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// vitest runs from the project root (and the happy-dom environment replaces URL, so no import.meta.url here).
const FIXTURES = resolve('test/fixtures');

export interface PageExpectation {
  isArticle: boolean;
  title?: string;
  paragraphs?: string[];
  quotes?: { text: string; pieces: number }[];
}

export interface PageFixture {
  name: string;
  html: string;
  expected: PageExpectation;
}

function fixture(name: string, html: string, expected: string): PageFixture {
  return { name, html: readFileSync(join(FIXTURES, html), 'utf8'), expected: JSON.parse(readFileSync(join(FIXTURES, expected), 'utf8')) as PageExpectation };
}

/** The seed's ten paragraphs, read by hand from test/fixtures/seed-article.html (its expected.json is about attributions). */
function seed(): PageFixture {
  const html = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = Array.from(doc.querySelectorAll('.entry-content > p'), (p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  return {
    name: 'seed-article',
    html,
    expected: { isArticle: true, title: 'Daesh Attempts to Stage Comeback Amid Rising U.S.-Iran Tensions', paragraphs },
  };
}

export const ARTICLE_FIXTURES: PageFixture[] = [
  seed(),
  fixture('ads-pullquotes', 'ads-pullquotes/source.html', 'ads-pullquotes/expected.json'),
  fixture('inline-quotes', 'inline-quotes/source.html', 'inline-quotes/expected.json'),
];

export const NON_ARTICLE_FIXTURES: PageFixture[] = [
  fixture('search-results', 'search-results/source.html', 'search-results/expected.json'),
  fixture('shop-listing', 'shop-listing/source.html', 'shop-listing/expected.json'),
];

/** A fresh Document parsed from a fixture's HTML (scripts never run in a DOMParser document). */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
