/**
 * What the reader's memory keeps of one article: where it was read and who it cited, never its text.
 * One record per address (src/memory/record.ts makes it from a report; src/memory/store.ts keeps it).
 */
import type { SourceKind } from '../engine/types';

/** The most articles kept; past it, the ones read longest ago are dropped first. */
export const MAX_ARTICLES = 10_000;

export interface MemorySource {
  /** The fullest name the article gave. */
  name: string;
  kind: SourceKind;
  /** The description the article gave, or null. */
  role: string | null;
  /** How many of the article's attributions rest on this source. */
  attributions: number;
}

/** Attributions of one article by kind of source and by type (those with no source count as anonymous). */
export interface MemoryCounts {
  person: number;
  organization: number;
  media: number;
  anonymous: number;
  direct: number;
  indirect: number;
  mixed: number;
}

export interface MemoryArticle {
  /** The article's address without its fragment and tracking parameters: the record's key. */
  url: string;
  /** The store's number for the article (kept when it is read again), which the digests list; 0 until stored. */
  id: number;
  title: string | null;
  /** The site: the address's host, without a leading "www.". */
  site: string;
  /** When the article was first read with the memory on (ms since 1970). */
  readAt: number;
  sources: MemorySource[];
  counts: MemoryCounts;
  /** Names of sources, normalized (src/memory/names.ts), for looking a source up across articles. */
  names: string[];
  /** Surnames of the people quoted, normalized, for the looser match of src/memory/merge.ts. */
  surnames: string[];
}

/** The counts of MemoryCounts in a fixed order, for the day-by-day series of a SiteDigest. */
export const COUNT_FIELDS = ['person', 'organization', 'media', 'anonymous', 'direct', 'indirect', 'mixed'] as const;
/** Numbers per day in a SiteDigest's series: the day's articles, then its counts. */
export const DAY_WIDTH = 1 + COUNT_FIELDS.length;

/**
 * One site's reading, day by day and month by month, kept up to date with every article stored or forgotten:
 * what "Your reading" draws a site's charts from without reading every article (src/memory/digest.ts).
 */
export interface SiteDigest {
  site: string;
  articles: number;
  counts: MemoryCounts;
  /** The first and last days with an article: days since 1970 of the local calendar date. */
  firstDay: number;
  lastDay: number;
  /** The first month of `months`: months since January 1970 of the local calendar. */
  month0: number;
  /** From month0 on, DAY_WIDTH numbers a month: articles, then COUNT_FIELDS. */
  months: Int32Array;
  /** The first day of `days`. */
  day0: number;
  /**
   * From day0 on, DAY_WIDTH numbers a day. The store keeps these apart and reads them only when the charts
   * go by day or week (a reading of four months or less); otherwise the page gets an empty series.
   */
  days: Int32Array;
}

export type EntityKind = Exclude<SourceKind, 'anonymous'>;

/** One name as articles gave it ("person:james jeffrey"), with what they said of it: what the merge joins. */
export interface NameDigest {
  /** Its lookup key (src/memory/record.ts nameKey). */
  key: string;
  kind: EntityKind;
  /** For people: the given name (null when only a surname was given) and surname, normalized. */
  given: string | null;
  surname: string | null;
  /** Ids of the articles that used it. */
  ids: number[];
  attributions: number;
  /**
   * The spellings and roles of those articles, each with how many articles. (Which sites quoted it is read
   * from the articles when the reader opens the entry: kept here, it was a third of all the digests' bytes.)
   */
  names: Record<string, number>;
  roles: Record<string, number>;
}
