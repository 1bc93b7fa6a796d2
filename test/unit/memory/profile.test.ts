import { describe, expect, it } from 'vitest';
import { digestsOf } from '../../../src/memory/digest';
import { MAX_PERIODS, periodFor, periodStart, shares, siteProfiles } from '../../../src/memory/profile';
import { article, day } from './reports';

describe('sites and their sourcing over time', () => {
  it('shares of named, media and unnamed sources, and of direct quotes', () => {
    expect(shares({ person: 2, organization: 1, media: 1, anonymous: 4, direct: 2, indirect: 5, mixed: 1 })).toEqual({
      named: 3 / 8,
      media: 1 / 8,
      unnamed: 4 / 8,
      direct: 2 / 8,
      attributions: 8,
    });
    expect(shares({ person: 0, organization: 0, media: 0, anonymous: 0, direct: 0, indirect: 0, mixed: 0 }).named).toBe(0);
  });

  it.each([
    [0, 'day'],
    [14, 'day'],
    [15, 'week'],
    [120, 'week'],
    [121, 'month'],
  ] as const)('a reading %i days long is charted by %s', (days, period) => {
    expect(periodFor(day(0), day(days))).toBe(period);
  });

  it('weeks start on Monday and months on the first', () => {
    // 1 March 2026 is a Sunday.
    expect(new Date(periodStart(day(0), 'week')).getDate()).toBe(23);
    expect(new Date(periodStart(day(10), 'month')).getDate()).toBe(1);
  });

  it('lists sites most read first, each with its totals and the same last periods', () => {
    const { sites } = digestsOf([
      article('https://daily.example/a', [{ name: 'Ana Ruiz', kind: 'person' }], 0),
      article('https://daily.example/b', [{ name: 'officials', kind: 'anonymous', types: ['indirect', 'indirect'] }], 2),
      article('https://courier.example/c', [{ name: 'Reuters', kind: 'media' }], 2),
    ]);
    const { period, profiles } = siteProfiles(sites);
    expect(period).toBe('day');
    expect(profiles.map((p) => [p.site, p.articles])).toEqual([
      ['daily.example', 2],
      ['courier.example', 1],
    ]);
    const daily = profiles[0]!;
    expect(daily.counts).toEqual({ person: 1, organization: 0, media: 0, anonymous: 2, direct: 1, indirect: 2, mixed: 0 });
    expect(daily.periods).toHaveLength(MAX_PERIODS);
    expect(daily.periods.map((p) => p.articles).slice(-3)).toEqual([1, 0, 1]);
    expect(profiles[1]!.periods.map((p) => p.start)).toEqual(daily.periods.map((p) => p.start));
    expect([daily.first, daily.last]).toEqual([new Date(2026, 2, 1).getTime(), new Date(2026, 2, 3).getTime()]);
  });

  it('charts a reading longer than four months by month, from the months alone', () => {
    const { sites } = digestsOf([
      article('https://daily.example/a', [{ name: 'Ana Ruiz', kind: 'person' }], 0), // 1 March 2026
      article('https://daily.example/b', [{ name: 'Reuters', kind: 'media' }], 40), // 10 April
      article('https://daily.example/c', [{ name: 'officials', kind: 'anonymous' }], 200), // 17 September
    ]);
    // The store reads no day series for such a reading.
    const { period, profiles } = siteProfiles(sites.map((s) => ({ ...s, days: new Int32Array(0) })));
    expect(period).toBe('month');
    // October 2025 to September 2026.
    expect(profiles[0]!.periods.map((p) => p.articles)).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1]);
    expect(new Date(profiles[0]!.periods[5]!.start).getMonth()).toBe(2);
    expect(profiles[0]!.periods[6]!.counts.media).toBe(1);
  });
});
