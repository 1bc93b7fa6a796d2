/**
 * The memory's record of one article, made from its report: the address, title, site and date, and each
 * source's name, kind, role and number of attributions. No article text: no quote, cue or offset is kept.
 */
import type { Report, SourceKind } from '../engine/types';
import { normalizeName, personParts } from './names';
import type { MemoryArticle, MemoryCounts, MemorySource } from './types';

// Query parameters that only say how the reader got to the page: the same article with or without them is one record.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|smid|cmpid)$/i;

/**
 * The address an article is kept under: without its fragment and tracking parameters, so reading it again
 * from another link finds the same record. Throws for something that is not an http(s) address.
 */
export function memoryUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`Not a web address: ${url.slice(0, 80)}`);
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.href;
}

/** The site of an address: its host (with a port other than the default), without a leading "www.". */
export function siteOf(url: string): string {
  return new URL(url).host.toLowerCase().replace(/^www\./, '');
}

/** The lookup key of a source's name: its kind and normalized name ("person:james jeffrey"). */
export function nameKey(kind: SourceKind, name: string): string {
  return `${kind}:${normalizeName(name)}`;
}

/**
 * The record of an article read at `readAt`. Attributions whose source is missing count as anonymous (as the
 * popup's summary counts them); unnamed sources are kept with the rest but get no lookup key, since "officials"
 * in two articles are not the same officials.
 */
export function articleRecord(url: string, title: string | null, report: Report, readAt: number): MemoryArticle {
  const perSource = new Map<string, number>();
  const kindOf = new Map<string, SourceKind>();
  for (const source of report.sources) kindOf.set(source.id, source.kind);
  const counts: MemoryCounts = { person: 0, organization: 0, media: 0, anonymous: 0, direct: 0, indirect: 0, mixed: 0 };
  for (const attribution of report.attributions) {
    const kind = (attribution.sourceId !== null && kindOf.get(attribution.sourceId)) || 'anonymous';
    counts[kind] += 1;
    counts[attribution.type] += 1;
    if (attribution.sourceId !== null) perSource.set(attribution.sourceId, (perSource.get(attribution.sourceId) ?? 0) + 1);
  }
  const sources: MemorySource[] = [];
  const names = new Set<string>();
  const surnames = new Set<string>();
  const seen = new Set<string>();
  for (const source of report.sources) {
    if (seen.has(source.id)) continue;
    seen.add(source.id);
    sources.push({ name: source.name, kind: source.kind, role: source.role, attributions: perSource.get(source.id) ?? 0 });
    if (source.kind === 'anonymous' || normalizeName(source.name) === '') continue;
    names.add(nameKey(source.kind, source.name));
    const parts = source.kind === 'person' ? personParts(normalizeName(source.name)) : null;
    if (parts) surnames.add(parts.surname);
  }
  return {
    url: memoryUrl(url),
    id: 0,
    title: title ?? report.title,
    site: siteOf(url),
    readAt,
    sources,
    counts,
    names: [...names],
    surnames: [...surnames],
  };
}
