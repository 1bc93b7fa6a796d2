/**
 * `npm run eval:languages`: the engine on the German, French and Spanish pages of test/fixtures/languages, scored
 * against their hand-written gold by the rules of ../shared/tools/score-pages.py (test/unit/helpers/score-pages.ts),
 * page by page, with every miss under --verbose. Exits 1 when a page is short of issue 23's targets (attributions
 * >= 0.75, sources >= 0.75, spurious <= 0.10, extra <= 0.15). Real pages: `python3 ../shared/tools/score-pages.py
 * --lang de ../shared/corpus/news-ml`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLanguages } from '../src/cli/languages';
import { readInput } from '../src/cli/read-input';
import { closeHtmlParser } from '../src/cli/parse-html';
import { analyze } from '../src/engine/index';
import { figures, scorePage, type Gold } from '../test/unit/helpers/score-pages';

const PAGES = ['german-news', 'french-news', 'spanish-news'];
const TARGETS = { attributions: 0.75, sources: 0.75, spurious: 0.1, extra: 0.15 };
const verbose = process.argv.includes('--verbose');

let short = 0;
const languages = await loadLanguages();
for (const name of PAGES) {
  const gold = JSON.parse(readFileSync(resolve(`test/fixtures/languages/${name}.expected.json`), 'utf8')) as Gold;
  const input = await readInput(resolve(`test/fixtures/languages/${name}.html`));
  const score = scorePage(analyze(input, { languages }), gold);
  const f = figures([score]);
  const misses = [
    ...(['attributions', 'sources'] as const).filter((k) => f[k] < TARGETS[k]),
    ...(['spurious', 'extra'] as const).filter((k) => f[k] > TARGETS[k]),
  ];
  if (misses.length > 0) short++;
  console.log(`${name} (${gold.lang}): ${(['attributions', 'sources', 'spurious', 'extra'] as const).map((k) => `${k}=${f[k].toFixed(3)}`).join(' ')}${misses.length ? ` SHORT: ${misses.join(' ')}` : ''}`);
  if (verbose) for (const m of score.misses) console.log(`  ${m}`);
}
await closeHtmlParser();
process.exitCode = short > 0 ? 1 : 0;
