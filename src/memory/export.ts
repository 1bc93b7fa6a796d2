/**
 * The memory as files the reader takes away: JSON (every record as stored, its lookup keys and id left out) and
 * CSV (one row per source of each article). Same cell rules as the popup's CSV (src/ui/export-csv.ts).
 */
import { csvCell } from '../ui/export-csv';
import { oneLine } from '../ui/quote-text';
import type { MemoryArticle, MemoryCounts, MemorySource } from './types';

export const MEMORY_CSV_COLUMNS = ['url', 'title', 'site', 'read_at', 'source', 'kind', 'role', 'attributions'] as const;

/** An exported article: the stored record without its lookup keys and id, its date as an ISO 8601 string. */
export interface ExportedArticle {
  url: string;
  title: string | null;
  site: string;
  readAt: string;
  sources: MemorySource[];
  counts: MemoryCounts;
}

export function exportedArticle(a: MemoryArticle): ExportedArticle {
  return { url: a.url, title: a.title, site: a.site, readAt: new Date(a.readAt).toISOString(), sources: a.sources, counts: a.counts };
}

/** Every article, oldest read first, in one JSON document with a final newline. */
export function memoryJson(articles: readonly MemoryArticle[]): string {
  return `${JSON.stringify({ format: 'sourcelight-memory', version: 1, articles: articles.map(exportedArticle) }, null, 2)}\n`;
}

/**
 * One row per source of every article (an article that quoted no one: one row with empty source cells),
 * with a header row and CRLF line ends; names, roles and titles collapsed to one line.
 */
export function memoryCsv(articles: readonly MemoryArticle[]): string {
  const rows: string[][] = [[...MEMORY_CSV_COLUMNS]];
  for (const a of articles) {
    const head = [a.url, oneLine(a.title ?? ''), a.site, new Date(a.readAt).toISOString()];
    if (a.sources.length === 0) rows.push([...head, '', '', '', '']);
    for (const s of a.sources) rows.push([...head, oneLine(s.name), s.kind, oneLine(s.role ?? ''), String(s.attributions)]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
