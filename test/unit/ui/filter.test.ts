import { describe, expect, it } from 'vitest';
import { buildFilterIndex, filterGroups, fold } from '../../../src/ui/filter';
import { groupSources } from '../../../src/ui/group';
import type { Report } from '../../../src/engine/types';
import { countReads } from './fixtures/count-reads';
import { largeReport } from './fixtures/generated-reports';
import { seedReport } from './fixtures/seed-report';

/** What a query leaves: "name: attribution ids" per source. */
const shown = (report: Report, query: string) =>
  filterGroups(buildFilterIndex(groupSources(report)), query).flatMap((g) =>
    g.entries.map((e) => `${e.source?.name}: ${e.attributions.map((a) => a.id).join(' ')}`),
  );

describe('filterGroups', () => {
  it.each([
    ['a blank query keeps everything', '   ', 8],
    ['a name keeps the source with all its quotes', 'jeffrey', ['James Jeffrey: a6']],
    ['an alias finds its source', 'ap', ['The Associated Press: a1 a3']],
    ['a role finds its source', 'spokesman', ['Mervan Qamishlo: a7']],
    ['words of a quote keep only that quote', 'restructure', ['Abdullah Suleiman Ali: a10']],
    ['curly apostrophes match straight ones', "haven't taken", ['James Jeffrey: a6']],
    ['case and accents are ignored', 'QAMÍSHLO', ['Mervan Qamishlo: a7']],
    ['every word must match, source and quote together', 'ali daesh', ['Abdullah Suleiman Ali: a9']],
    ['words match at word starts only', 'ali', ['Abdullah Suleiman Ali: a9 a10']],
    ['punctuation is ignored', 'U.S.-led coalition', ['The U.S.-led coalition: a8']],
    ['words in any order', 'busy tension', ['Abdullah Suleiman Ali: a9']],
    ['no match leaves nothing', 'zebra', []],
  ])('%s', (_, query, expected) => {
    const result = shown(seedReport, query);
    if (typeof expected === 'number') expect(result).toHaveLength(expected);
    else expect(result).toEqual(expected);
  });

  it('finds one quote among 300 by its unique word', () => {
    expect(shown(largeReport(), 'token257')).toEqual(['Speaker Number18: a258']);
  });

  it('does work linear in the size of the report', () => {
    const run = (report: Report) => {
      const index = buildFilterIndex(groupSources(report));
      filterGroups(index, 'budget token1');
    };
    const small = countReads(run, largeReport(60, 300));
    const big = countReads(run, largeReport(600, 3000));
    expect(big / small).toBeLessThan(12);
  });

  it.each([
    ['Qamíshlo', ' qamishlo'],
    ['“They haven’t,” he said.', ' they haven t he said'],
  ])('folds %s to %s', (input, output) => {
    expect(fold(input)).toBe(output);
  });
});
