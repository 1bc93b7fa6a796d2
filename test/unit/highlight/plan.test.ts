import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Attribution, Report } from '../../../src/engine/types';
import { planMarks, planMarksSteps } from '../../../src/highlight/plan';
import { DEFAULT_KINDS } from '../../../src/settings';

const span = (start: number, end: number) => ({ start, end, text: 'x'.repeat(Math.max(0, end - start)) });
const attribution = (id: string, sourceId: string | null, content: Array<[number, number]>, cue: [number, number], mention: [number, number] | null): Attribution => ({
  id,
  sourceId,
  type: 'direct',
  content: content.map(([s, e]) => span(s, e)),
  cue: span(...cue),
  mention: mention ? span(...mention) : null,
  paragraph: 0,
});
const report = (attributions: Attribution[], textLength = 100): Report => ({
  schema: 1,
  title: null,
  textLength,
  sources: [
    { id: 's1', name: 'Ann Lee', kind: 'person', role: null, aliases: [] },
    { id: 's2', name: 'officials', kind: 'anonymous', role: null, aliases: [] },
  ],
  attributions,
});
const brief = (r: Report, kinds = DEFAULT_KINDS) => planMarks(r, kinds).map((m) => [m.attributionId, m.part, m.start, m.end]);

describe('planMarks', () => {
  it('lists content, cue and mention of each attribution in text order', () => {
    expect(brief(report([attribution('a1', 's1', [[0, 10], [30, 40]], [15, 19], [20, 27])]))).toEqual([
      ['a1', 'content', 0, 10],
      ['a1', 'cue', 15, 19],
      ['a1', 'mention', 20, 27],
      ['a1', 'content', 30, 40],
    ]);
  });

  it('gives a mention inside a quote its own stretch and splits the quote around it', () => {
    expect(brief(report([attribution('a1', 's1', [[0, 30]], [40, 44], [10, 13])]))).toEqual([
      ['a1', 'content', 0, 10],
      ['a1', 'mention', 10, 13],
      ['a1', 'content', 13, 30],
      ['a1', 'cue', 40, 44],
    ]);
  });

  it('lets the earlier attribution keep text two quotes share, and never overlaps', () => {
    const plan = planMarks(report([attribution('a1', 's1', [[0, 20]], [50, 54], null), attribution('a2', 's2', [[10, 30]], [60, 64], null)]), DEFAULT_KINDS);
    expect(plan.map((m) => [m.attributionId, m.start, m.end]).slice(0, 2)).toEqual([['a1', 0, 20], ['a2', 20, 30]]);
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.start).toBeGreaterThanOrEqual(plan[i - 1]!.end);
  });

  it('drops the kinds the reader turned off; a source-less attribution counts as anonymous', () => {
    const r = report([attribution('a1', 's1', [[0, 5]], [6, 8], null), attribution('a2', 's2', [[10, 15]], [16, 18], null), attribution('a3', null, [[20, 25]], [26, 28], null)]);
    const ids = (kinds: typeof DEFAULT_KINDS) => [...new Set(planMarks(r, kinds).map((m) => m.attributionId))];
    expect(ids({ ...DEFAULT_KINDS, anonymous: false })).toEqual(['a1']);
    expect(ids({ ...DEFAULT_KINDS, person: false })).toEqual(['a2', 'a3']);
    expect(planMarks(r, DEFAULT_KINDS).find((m) => m.attributionId === 'a3')).toMatchObject({ sourceId: '', kind: null, tone: -1 });
  });

  it('clamps spans to the text and drops empty ones', () => {
    expect(brief(report([attribution('a1', 's1', [[90, 120], [5, 5]], [100, 104], [3, 1])], 100))).toEqual([['a1', 'content', 90, 100]]);
  });

  it('colours a source by its place in the report', () => {
    const plan = planMarks(report([attribution('a1', 's2', [[0, 5]], [6, 8], null), attribution('a2', 's1', [[10, 15]], [16, 18], null)]), DEFAULT_KINDS);
    expect(plan.map((m) => m.tone)).toEqual([1, 1, 0, 0]);
  });
});

describe('planMarks with a limit', () => {
  it('plans the whole plan cut at the start of the span after the limit', () => {
    const attributions = Array.from({ length: 40 }, (_, i) => attribution(`a${i}`, 's1', [[i * 100, i * 100 + 60]], [i * 100 + 62, i * 100 + 66], [i * 100 + 67, i * 100 + 80]));
    const r = report(attributions, 4000);
    const whole = planMarks(r, DEFAULT_KINDS);
    const limited = planMarks(r, DEFAULT_KINDS, 10);
    const cut = 362; // spans by start: 0, 62, 67, 100, 162, ..., 300, and the 11th, a3's cue, at 362
    expect(limited).toEqual(whole.filter((m) => m.start < cut));
    expect(planMarks(r, DEFAULT_KINDS, 1000)).toEqual(whole);
  });
});

describe('planMarksSteps', () => {
  it('pauses while planning a long report and ends with the same plan as planMarks', () => {
    const attributions = Array.from({ length: 500 }, (_, i) => attribution(`a${i}`, 's1', [[i * 100, i * 100 + 60]], [i * 100 + 62, i * 100 + 66], [i * 100 + 67, i * 100 + 80]));
    const r = report(attributions, 50_000);
    for (const limit of [Infinity, 300]) {
      const steps = planMarksSteps(r, DEFAULT_KINDS, limit, () => true);
      let pauses = 0;
      let step = steps.next();
      while (!step.done) {
        pauses++;
        step = steps.next();
      }
      expect(pauses).toBeGreaterThan(10);
      expect(step.value).toEqual(planMarks(r, DEFAULT_KINDS, limit));
    }
  });
});

describe('planMarks against a character-by-character reading', () => {
  // Every character goes to the best span covering it (mention over cue over content, then the earlier
  // attribution, then the earlier span of it); neighbouring characters of one span make one stretch.
  const PRIORITY = { mention: 3, cue: 2, content: 1 } as const;
  function byCharacter(r: Report): Array<[string, string, number, number]> {
    const spans: Array<{ id: string; part: keyof typeof PRIORITY; start: number; end: number }> = [];
    for (const a of r.attributions) {
      for (const c of a.content) spans.push({ id: a.id, part: 'content', start: c.start, end: c.end });
      spans.push({ id: a.id, part: 'cue', start: a.cue.start, end: a.cue.end });
      if (a.mention) spans.push({ id: a.id, part: 'mention', start: a.mention.start, end: a.mention.end });
    }
    const out: Array<[string, string, number, number]> = [];
    let last = -1;
    for (let c = 0; c < r.textLength; c++) {
      let best = -1;
      spans.forEach((s, i) => {
        if (s.start <= c && c < s.end && (best < 0 || PRIORITY[s.part] > PRIORITY[spans[best]!.part])) best = i;
      });
      const prev = out[out.length - 1];
      if (best >= 0 && best === last && prev && prev[3] === c) prev[3] = c + 1;
      else if (best >= 0) out.push([spans[best]!.id, spans[best]!.part, c, c + 1]);
      last = best;
    }
    return out;
  }

  it('agrees on random overlapping reports, ties at one start included', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([s, l]): [number, number] => [s, s + l]);
    const attr = fc.tuple(fc.array(range, { maxLength: 3 }), range, fc.option(range, { nil: null }));
    fc.assert(
      fc.property(fc.array(attr, { maxLength: 25 }), (list) => {
        const r = report(list.map(([content, cue, mention], i) => attribution(`a${i + 1}`, i % 3 === 2 ? 's2' : 's1', content, cue, mention)), 70);
        expect(brief(r)).toEqual(byCharacter(r));
      }),
      { numRuns: 300 },
    );
  });
});
