import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/types';
import { groupSources } from '../../../src/ui/group';
import { emptyReport, largeReport } from './fixtures/generated-reports';
import { seedReport } from './fixtures/seed-report';
import { countReads } from './fixtures/count-reads';

/** Each group as "kind: name (count), ...". */
const outline = (report: Report) =>
  groupSources(report).map((g) => `${g.kind}: ${g.entries.map((e) => `${e.source?.name ?? '-'} (${e.attributions.length})`).join(', ')}`);

describe('groupSources', () => {
  it.each([
    ['the seed article: by kind, most-cited first, ties in order of appearance', seedReport, [
      'person: Abdullah Suleiman Ali (2), James Jeffrey (1), Mervan Qamishlo (1)',
      'organization: The U.S.-led coalition (1)',
      'media: The Associated Press (2)',
      'anonymous: experts (1), Activists and residents (1), U.S. officials (1)',
    ]],
    ['an empty report: no groups', emptyReport, []],
    ['a source without attributions comes last; sourceless attributions get their own group', {
      ...emptyReport,
      sources: [
        { id: 's1', name: 'Quiet', kind: 'person', role: null, aliases: [] },
        { id: 's2', name: 'Loud', kind: 'person', role: null, aliases: [] },
      ],
      attributions: [
        { id: 'a1', sourceId: 's2', type: 'direct', cue: { start: 0, end: 4, text: 'said' }, mention: null, content: [], paragraph: 0 },
        { id: 'a2', sourceId: null, type: 'indirect', cue: { start: 5, end: 9, text: 'said' }, mention: null, content: [], paragraph: 0 },
        { id: 'a3', sourceId: 'missing', type: 'mixed', cue: { start: 9, end: 13, text: 'said' }, mention: null, content: [], paragraph: 0 },
      ],
    } satisfies Report, ['person: Loud (1), Quiet (0)', 'none: - (2)']],
  ])('groups %s', (_, report, expected) => {
    expect(outline(report)).toEqual(expected);
  });

  it('counts direct, indirect and mixed per source', () => {
    const ali = groupSources(seedReport)[0]!.entries[0]!;
    expect([ali.direct, ali.indirect, ali.mixed]).toEqual([1, 1, 0]);
    expect(ali.attributions.map((a) => a.id)).toEqual(['a9', 'a10']);
  });

  it('keeps the large report whole and sorted', () => {
    const groups = groupSources(largeReport());
    expect(groups.flatMap((g) => g.entries).length).toBe(60);
    expect(groups.flatMap((g) => g.entries.flatMap((e) => e.attributions)).length).toBe(300);
    for (const group of groups) {
      const counts = group.entries.map((e) => e.attributions.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('reads the report a number of times linear in its size', () => {
    const small = countReads((r) => groupSources(r), largeReport(60, 300));
    const big = countReads((r) => groupSources(r), largeReport(600, 3000));
    expect(big / small).toBeLessThan(12);
  });
});
