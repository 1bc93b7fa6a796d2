import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { LANGUAGES } from './lang/registry';
import type { Span } from './types';

// Text built from the pieces the engine reacts to, so random strings reach its branches.
const piece = fc.constantFrom(
  'said', 'he', 'She', 'according to', 'told', 'AP', 'The Associated Press', 'officials', ',', '.', ':', ';', '—', '―',
  '“', '”', '"', '‘', '’', "'", "''", '(', ')', '\n', '\n\n', ' ', 'Mr.', 'U.S.', 'who', 'that', 'Jeffrey', 'It',
);
const articleish = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((p) => p.join(' '));

// The same for each language the engine reads, with its own cues, quotation marks, titles and articles: a text may end
// anywhere, on a capitalised noun with no full stop ("Foto: Stadtwerke") as on a title.
const LANGUAGE_PIECES: Record<string, string[]> = {
  de: ['sagte', 'so', 'laut', 'zufolge', 'teilte', 'mit', 'hieß es', 'Die', 'der', 'des', 'Sprecherin', 'Siemens-Sprecher', 'Polizei', 'Stadtwerke', 'Foto:', '„', '“', '»', '«', '‚', '‘', 'Anna', 'Berg', 'Dr.', 'für', 'sei', 'er', 'sie', 'Jahre'],
  fr: ['a déclaré', 'a-t-il ajouté', 'selon', 'd’après', 'pour', 'le', 'la', 'l’', 'de', 'M.', 'Mme', 'porte-parole', 'ministre', 'Le', 'Pen', '«', '»', '\u00a0', '—', 'Jean', 'Dupont', 'ans', 'il', 'elle', 'on'],
  es: ['dijo', 'aseguró', 'según', 'de acuerdo con', 'el', 'la', 'del', 'don', 'portavoz', 'ministro', '«', '»', '“', '”', '—', 'María', 'López', 'años', 'fuentes', 'que', 'se', 'a su entender'],
};

function checkReport(text: string, lang?: string): void {
  const report = lang ? analyze({ text, lang }, { languages: LANGUAGES }) : analyze({ text });
  expect(report.textLength).toBe(text.length);
  const spans: Span[] = [];
  for (const a of report.attributions) spans.push(a.cue, ...(a.mention ? [a.mention] : []), ...a.content);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.text).toBe(text.slice(s.start, s.end));
  }
  const ids = [...report.attributions.map((a) => a.id), ...report.sources.map((s) => s.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const sourceIds = new Set(report.sources.map((s) => s.id));
  for (const a of report.attributions) if (a.sourceId !== null) expect(sourceIds.has(a.sourceId)).toBe(true);
}

describe('analyze never fails', () => {
  it('returns a consistent report for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkReport(text)), { numRuns: 500 });
  });

  it('returns a consistent report for article-like strings with quotes, cues and newlines', () => {
    fc.assert(fc.property(articleish, (text) => checkReport(text)), { numRuns: 1000 });
  });

  for (const [lang, words] of Object.entries(LANGUAGE_PIECES)) {
    it(`returns a consistent report for article-like ${lang} strings, ending anywhere`, () => {
      const text = fc.array(fc.oneof(fc.constantFrom(...words, ',', '.', ':', '\n\n', 'Stadt'), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((p) => p.join(' '));
      fc.assert(fc.property(text, (t) => checkReport(t, lang)), { numRuns: 1000 });
      checkReport('Anna Berg sagte, es brenne. Foto: Stadtwerke', lang);
    });
  }

  it('accepts any paragraph starts without throwing', () => {
    fc.assert(
      fc.property(articleish, fc.array(fc.integer({ min: -5, max: 400 }), { maxLength: 8 }), (text, starts) => {
        const report = analyze({ text, paragraphStarts: starts });
        for (const a of report.attributions) expect(a.cue.text).toBe(text.slice(a.cue.start, a.cue.end));
      }),
      { numRuns: 300 },
    );
  });
});
