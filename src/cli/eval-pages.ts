// npm run eval:pages [-- [--verbose] DIR]: measures the page reader against Readability's expected article on
// the saved pages of ../shared/corpus/pages (each folder: source.html, expected.html, expected-metadata.json).
// Paragraph precision/recall: paragraphs whose normalized text equals a gold paragraph (multiset); word
// precision/recall: the same over words; title: equal to the metadata's after normalization. The gold leaves
// out what the reader leaves out by design (code, form fields, figcaptions); it keeps bylines, repeated
// headlines and boxes Readability kept, so those count as misses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../page/read-article';
import { isBlock, isUntouchableElement } from '../page/skip-rules';
import { TextBuilder } from '../page/text-builder';
import { closeHtmlParser, parseHtml } from './parse-html';

const DEFAULT_DIR = '/work/shared/corpus/pages';
const WORD = /[\p{L}\p{N}]+/gu;

/** The gold paragraphs: blocks of expected.html, without what our reader leaves out by design (code, captions). */
function goldParagraphs(root: Element): string[] {
  const b = new TextBuilder();
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) b.addText(c as Text);
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.localName === 'br') b.softSpace();
        else if (isUntouchableElement(e) || e.localName === 'figcaption') continue;
        else if (isBlock(e)) (b.breakParagraph(), visit(e), b.breakParagraph());
        else visit(e);
      }
    }
  };
  visit(root);
  return split(b.text(), b.paragraphStarts);
}

function split(text: string, starts: number[]): string[] {
  return starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1]! - 2 : text.length));
}

const norm = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Size of the multiset intersection of two lists. */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const c = counts.get(x) ?? 0;
    if (c > 0) (n++, counts.set(x, c - 1));
  }
  return n;
}

const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : ((100 * n) / d).toFixed(1).padStart(5));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--')) ?? DEFAULT_DIR;
  if (!existsSync(dir)) {
    process.stderr.write(`eval:pages: no such folder: ${dir}\n`);
    process.exitCode = 2;
    return;
  }
  const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html'))).sort();
  const total = { gold: 0, found: 0, hit: 0, goldW: 0, foundW: 0, hitW: 0, titles: 0, ms: 0 };
  console.log('page                   paras found  paraP  paraR  wordP  wordR title    ms');
  for (const page of pages) {
    const src = await parseHtml(readFileSync(join(dir, page, 'source.html'), 'utf8'));
    const exp = await parseHtml(readFileSync(join(dir, page, 'expected.html'), 'utf8'));
    const meta = JSON.parse(readFileSync(join(dir, page, 'expected-metadata.json'), 'utf8')) as { title?: string };
    const t0 = performance.now();
    const article = readArticle(src);
    const ms = performance.now() - t0;
    const gold = goldParagraphs(exp.body).map(norm);
    const found = article ? split(article.text, article.paragraphStarts).map(norm) : [];
    const hit = overlap(found, gold);
    const goldW = gold.join(' ').match(WORD) ?? [];
    const foundW = found.join(' ').match(WORD) ?? [];
    const hitW = overlap(foundW, goldW);
    const titleOk = norm(article?.title ?? '') === norm(meta.title ?? '');
    Object.assign(total, {
      gold: total.gold + gold.length, found: total.found + found.length, hit: total.hit + hit,
      goldW: total.goldW + goldW.length, foundW: total.foundW + foundW.length, hitW: total.hitW + hitW,
      titles: total.titles + (titleOk ? 1 : 0), ms: total.ms + ms,
    });
    console.log(
      `${page.padEnd(22)} ${String(gold.length).padStart(5)} ${String(found.length).padStart(5)}  ${pct(hit, found.length)}  ${pct(hit, gold.length)}  ${pct(hitW, foundW.length)}  ${pct(hitW, goldW.length)} ${titleOk ? 'ok   ' : 'MISS '} ${ms.toFixed(0).padStart(5)}`,
    );
    if (verbose) {
      const foundSet = new Set(found);
      const goldSet = new Set(gold);
      for (const g of gold) if (!foundSet.has(g)) console.log(`    missed: ${g.slice(0, 110)}`);
      for (const f of found) if (!goldSet.has(f)) console.log(`    extra:  ${f.slice(0, 110)}`);
    }
  }
  console.log(
    `${'ALL (micro)'.padEnd(22)} ${String(total.gold).padStart(5)} ${String(total.found).padStart(5)}  ${pct(total.hit, total.found)}  ${pct(total.hit, total.gold)}  ${pct(total.hitW, total.foundW)}  ${pct(total.hitW, total.goldW)} ${total.titles}/${pages.length} ${total.ms.toFixed(0).padStart(5)}`,
  );
  await closeHtmlParser();
}

await main();
