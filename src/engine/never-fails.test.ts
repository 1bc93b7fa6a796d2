import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import type { Span } from './types';

// Text built from the pieces the engine reacts to, so random strings reach its branches.
const piece = fc.constantFrom(
  'said', 'he', 'She', 'according to', 'told', 'AP', 'The Associated Press', 'officials', ',', '.', ':', ';', '—', '―',
  '“', '”', '"', '‘', '’', "'", "''", '(', ')', '\n', '\n\n', ' ', 'Mr.', 'U.S.', 'who', 'that', 'Jeffrey', 'It',
);
const articleish = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((p) => p.join(' '));

function checkReport(text: string): void {
  const report = analyze({ text });
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
