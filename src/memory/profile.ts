/**
 * The sites read and how each sources its stories, over time: the share of attributions resting on named
 * sources (people and organizations), on media and on unnamed sources, and the share quoted directly.
 * Pure: the "Your reading" page draws what this returns.
 */
import { dayStart, monthStart } from './digest';
import { COUNT_FIELDS, DAY_WIDTH, type MemoryCounts, type SiteDigest } from './types';

export type Period = 'day' | 'week' | 'month';

/** The most periods a site's chart shows: the latest ones. */
export const MAX_PERIODS = 12;

export interface PeriodCounts {
  /** Start of the period (ms, local time). */
  start: number;
  articles: number;
  counts: MemoryCounts;
}

export interface SiteProfile {
  site: string;
  articles: number;
  /** The days the first and the latest of its articles were read (local midnight). */
  first: number;
  last: number;
  counts: MemoryCounts;
  /** The chart's periods, oldest first: the same MAX_PERIODS for every site (empty ones included), so charts line up. */
  periods: PeriodCounts[];
}

export interface Shares {
  named: number;
  media: number;
  unnamed: number;
  /** Direct quotes among all attributions. */
  direct: number;
  attributions: number;
}

const DAY = 24 * 60 * 60 * 1000;

const zero = (): MemoryCounts => ({ person: 0, organization: 0, media: 0, anonymous: 0, direct: 0, indirect: 0, mixed: 0 });

/** Shares of the attributions counted, each from 0 to 1 (all 0 when there are none). */
export function shares(counts: MemoryCounts): Shares {
  const attributions = counts.person + counts.organization + counts.media + counts.anonymous;
  const of = (n: number) => (attributions === 0 ? 0 : n / attributions);
  return {
    named: of(counts.person + counts.organization),
    media: of(counts.media),
    unnamed: of(counts.anonymous),
    direct: of(counts.direct),
    attributions,
  };
}

/** The length of a chart's period for reading that spans `first` to `last`: days up to two weeks, weeks up to four months, then months. */
export function periodFor(first: number, last: number): Period {
  const span = last - first;
  return span <= 14 * DAY ? 'day' : span <= 120 * DAY ? 'week' : 'month';
}

/** The start of the period holding `time` (local time; weeks start on Monday). */
export function periodStart(time: number, period: Period): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  if (period === 'week') d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  if (period === 'month') d.setDate(1);
  return d.getTime();
}

/** The start of the period before the one starting at `start`. */
function previous(start: number, period: Period): number {
  const d = new Date(start);
  if (period === 'day') d.setDate(d.getDate() - 1);
  else if (period === 'week') d.setDate(d.getDate() - 7);
  else d.setMonth(d.getMonth() - 1);
  return d.getTime();
}

/**
 * Every site, most read first (ties by name), with its totals and its last MAX_PERIODS periods up to the
 * latest reading of all, from the sites' digests: their months when the charts go by month, else their
 * days. Each day or month is placed in its period once, whatever the number of sites.
 */
export function siteProfiles(sites: readonly SiteDigest[]): { period: Period; profiles: SiteProfile[] } {
  const live = sites.filter((s) => s.articles > 0);
  if (live.length === 0) return { period: 'day', profiles: [] };
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const s of live) {
    firstDay = Math.min(firstDay, s.firstDay);
    lastDay = Math.max(lastDay, s.lastDay);
  }
  const last = dayStart(lastDay);
  const period = periodFor(dayStart(firstDay), last);
  const starts: number[] = [periodStart(last, period)];
  while (starts.length < MAX_PERIODS) starts.unshift(previous(starts[0]!, period));
  const index = new Map(starts.map((s, i) => [s, i]));
  const byMonth = period === 'month';
  const slotOf = new Map<number, number>();
  const profiles = live.map((s): SiteProfile => {
    const series = byMonth ? s.months : s.days;
    const start = byMonth ? s.month0 : s.day0;
    const periods: PeriodCounts[] = starts.map((p) => ({ start: p, articles: 0, counts: zero() }));
    for (let k = 0; k < series.length / DAY_WIDTH; k++) {
      const at = k * DAY_WIDTH;
      if (series[at] === 0) continue;
      const step = start + k;
      let p = slotOf.get(step);
      if (p === undefined) slotOf.set(step, (p = index.get(periodStart(byMonth ? monthStart(step) : dayStart(step), period)) ?? -1));
      if (p < 0) continue;
      const into = periods[p]!;
      into.articles += series[at]!;
      COUNT_FIELDS.forEach((field, i) => (into.counts[field] += series[at + 1 + i]!));
    }
    return { site: s.site, articles: s.articles, first: dayStart(s.firstDay), last: dayStart(s.lastDay), counts: { ...s.counts }, periods };
  });
  profiles.sort((x, y) => y.articles - x.articles || x.site.localeCompare(y.site));
  return { period, profiles };
}
