/**
 * German, French and Spanish news pages of our own making (test/fixtures/languages), read as the command line
 * reads them (readInput, then the engine with every language on disk) and scored against their hand-written
 * gold by the rules of ../shared/tools/score-pages.py (ported in ./helpers/score-pages.ts): each gold holds
 * together and each page is read in its language. How close the engine comes to the gold is measured by
 * `npm run eval:languages` (scripts/eval-languages.ts, the same scoring), against issue 23's targets.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguages } from '../../src/cli/languages';
import { readInput } from '../../src/cli/read-input';
import { analyze } from '../../src/engine/index';
import type { ArticleInput, Report } from '../../src/engine/types';
import { norm, type Gold } from './helpers/score-pages';

const PAGES = [
  ['German', 'german-news', 'de'],
  ['French', 'french-news', 'fr'],
  ['Spanish', 'spanish-news', 'es'],
] as const;

const gold = (name: string): Gold => JSON.parse(readFileSync(resolve(`test/fixtures/languages/${name}.expected.json`), 'utf8')) as Gold;

// The command line's path for one file (src/cli/extract.ts: reportFor), in this process.
async function extract(name: string): Promise<{ input: ArticleInput; report: Report }> {
  const input = await readInput(resolve(`test/fixtures/languages/${name}.html`));
  return { input, report: analyze(input, { languages: await loadLanguages() }) };
}

describe.each(PAGES)('the %s page (%s.html)', { timeout: 60_000 }, (_language, name, lang) => {
  const expected = gold(name);
  let input: ArticleInput;
  let report: Report;
  beforeAll(async () => {
    ({ input, report } = await extract(name));
  }, 60_000);

  it('has a gold that holds together: each quoted stretch once in the article text, 5 to 12 words, counts that add up', () => {
    expect(expected.lang).toBe(lang);
    const text = norm(input.text);
    for (const a of expected.attributions) {
      const want = norm(a.contentIncludes);
      expect(text.split(want).length - 1, a.contentIncludes).toBe(1);
      expect(want.split(' ').length, a.contentIncludes).toBeGreaterThanOrEqual(5);
      expect(want.split(' ').length, a.contentIncludes).toBeLessThanOrEqual(12);
    }
    const counts = expected.sources.map((s) => [s.name, expected.attributions.filter((a) => a.source === s.name).length]);
    expect(counts).toEqual(expected.sources.map((s) => [s.name, s.attributions]));
  });

  it(`is read as ${lang}, by its page and its text`, () => {
    expect(input.lang).toBe(lang);
    expect(report.lang).toBe(lang);
  });
});
