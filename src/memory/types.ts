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
