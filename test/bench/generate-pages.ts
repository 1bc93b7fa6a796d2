/**
 * Benchmark pages, written at run time into a temporary folder (never into the project): the seed article,
 * the longest article of the PolNeAR dev split as a plain page (read from ../shared; its text belongs to its
 * publisher and is not copied into the project), and a generated 100,000-word article full of quotes.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../e2e/lib/paths';

const POLNEAR_DEV = process.env.POLNEAR_DEV ?? path.resolve(FIXTURES_DIR, '../../../shared/corpus/polnear/polnear_dev.jsonl');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain news page around paragraphs of text. */
function articlePage(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `      <p>${escape(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><meta property="og:type" content="article">
<style>body{font:17px/1.6 Georgia,serif;margin:0}main{max-width:700px;margin:0 auto;padding:16px}</style></head>
<body><header><a href="/">The Bench Times</a> <nav><a href="/a">World</a> <a href="/b">Politics</a></nav></header>
<main><article><h1>${escape(title)}</h1><div class="entry-content">
${body}
</div></article></main><footer>© The Bench Times</footer></body></html>`;
}

/** The longest article of the dev split: its title and paragraphs. */
export function longestPolnearArticle(): { id: string; title: string; paragraphs: string[]; words: number } {
  let best: { id: string; title: string; text: string } | null = null;
  for (const line of readFileSync(POLNEAR_DEV, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string; text: string };
    if (!best || a.text.length > best.text.length) best = a;
  }
  if (!best) throw new Error(`no article in ${POLNEAR_DEV}`);
  const [, ...paragraphs] = best.text.split(/\n\n+/); // the first paragraph is the title line
  return { id: best.id, title: best.title, paragraphs, words: best.text.split(/\s+/).length };
}

// A small deterministic PRNG (mulberry32), so every run benchmarks the same page.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the council budget bridge water river school market vote plan city state report week year people police court hospital farm road price energy power storm season project board village museum union worker'.split(' ');
const FIRST = ['Maria', 'James', 'Aiko', 'Omar', 'Lena', 'Tomas', 'Grace', 'Ravi', 'Helen', 'Pedro'];
const LAST = ['Lopez', 'Okafor', 'Brenner', 'Castellanos', 'Nakamura', 'Haddad', 'Whitfield', 'Molina', 'Park', 'Singh'];
const ORGS = ['the Associated Press', 'Reuters', 'the transport ministry', 'the city council', 'the Farm Bureau'];

/** A generated article of about `words` words: every paragraph a direct quote, a reported claim and narrative. */
export function generatedArticle(words: number): string[] {
  const rnd = random(20260101);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const p = `“We ${phrase(12)},” said ${name}, a spokesperson for the ${pick(WORDS)} office. ${phrase(1).replace(/^./, (c) => c.toUpperCase())} ${phrase(20)}. ${pick(ORGS).replace(/^./, (c) => c.toUpperCase())} reported that the ${phrase(12)}. Officials said the ${phrase(8)}.`;
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return paragraphs;
}

export interface BenchPage {
  name: string;
  file: string;
  words: number;
  /** A saved news page (../shared/corpus/pages): its requests beyond this machine are refused. */
  realPage?: boolean;
}

/** Writes the three pages into `dir`; returns them. */
export function writeBenchPages(dir: string): BenchPage[] {
  copyFileSync(path.join(FIXTURES_DIR, 'seed-article.html'), path.join(dir, 'seed.html'));
  const seedWords = 700;
  const longest = longestPolnearArticle();
  writeFileSync(path.join(dir, 'polnear-longest.html'), articlePage(longest.title, longest.paragraphs));
  const big = generatedArticle(100_000);
  writeFileSync(path.join(dir, 'generated-100k.html'), articlePage('A very long generated article', big));
  return [
    { name: 'seed article', file: 'seed.html', words: seedWords },
    { name: `PolNeAR dev longest (${longest.id})`, file: 'polnear-longest.html', words: longest.words },
    { name: 'generated 100,000 words', file: 'generated-100k.html', words: big.join(' ').split(/\s+/).length },
  ];
}
