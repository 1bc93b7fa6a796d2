/**
 * The sites read and how each sources its stories, over time: the share of attributions resting on named
 * sources (people and organizations), on media and on unnamed sources, and the share quoted directly.
 * Pure: the "Your reading" page draws what this returns.
 */
import type { MemoryArticle, MemoryCounts } from './types';

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
  /** When the first and the latest of its articles were read. */
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

function add(into: MemoryCounts, from: MemoryCounts): void {
  into.person += from.person;
  into.organization += from.organization;
  into.media += from.media;
  into.anonymous += from.anonymous;
  into.direct += from.direct;
  into.indirect += from.indirect;
  into.mixed += from.mixed;
}

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
 * Every site of the articles, most read first (ties by name), with its totals and its last MAX_PERIODS
 * periods up to the latest reading of all. One pass over the articles.
 */
export function siteProfiles(articles: readonly MemoryArticle[]): { period: Period; profiles: SiteProfile[] } {
  if (articles.length === 0) return { period: 'day', profiles: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const a of articles) {
    if (a.readAt < first) first = a.readAt;
    if (a.readAt > last) last = a.readAt;
  }
  const period = periodFor(first, last);
  const starts: number[] = [periodStart(last, period)];
  while (starts.length < MAX_PERIODS) starts.unshift(previous(starts[0]!, period));
  const index = new Map(starts.map((s, i) => [s, i]));
  const bySite = new Map<string, SiteProfile>();
  for (const a of articles) {
    let profile = bySite.get(a.site);
    if (!profile) {
      profile = { site: a.site, articles: 0, first: a.readAt, last: a.readAt, counts: zero(), periods: starts.map((start) => ({ start, articles: 0, counts: zero() })) };
      bySite.set(a.site, profile);
    }
    profile.articles += 1;
    if (a.readAt < profile.first) profile.first = a.readAt;
    if (a.readAt > profile.last) profile.last = a.readAt;
    add(profile.counts, a.counts);
    const at = index.get(periodStart(a.readAt, period));
    if (at !== undefined) {
      profile.periods[at]!.articles += 1;
      add(profile.periods[at]!.counts, a.counts);
    }
  }
  const profiles = [...bySite.values()].sort((x, y) => y.articles - x.articles || x.site.localeCompare(y.site));
  return { period, profiles };
}
