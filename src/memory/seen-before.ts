/**
 * "Quoted in 3 other articles you read": for each source of the page being read, the other remembered
 * articles that quoted the same entry, by the same rule as the "Your reading" page (src/memory/merge.ts).
 * Only the articles that could share an entry are read: the same name, or for people the same surname
 * (every name the rule joins shares its surname), so the answer matches the page's without reading it all.
 */
import type { Report } from '../engine/types';
import { mergeEntities } from './merge';
import { normalizeName, personParts } from './names';
import { articleRecord, nameKey } from './record';
import type { MemoryArticle } from './types';

export interface SeenBefore {
  /** Other remembered articles that quoted this source. */
  others: number;
  /** The source's lookup key ("person:jim jeffrey"): the "Your reading" page opens the entry holding it. */
  entry: string;
}

/** What the lookup needs of the store (src/memory/store.ts). */
export interface MemoryLookup {
  withName(key: string): Promise<MemoryArticle[]>;
  withSurname(surname: string): Promise<MemoryArticle[]>;
}

/**
 * Source id -> what the memory holds of it elsewhere, for the sources of `report` read at `url` that other
 * remembered articles quoted too. Unnamed sources are never looked up.
 */
export async function seenBefore(report: Report, url: string, title: string | null, store: MemoryLookup): Promise<Map<string, SeenBefore>> {
  const here = articleRecord(url, title, report, Date.now());
  const found = new Map<string, SeenBefore>();
  for (const source of report.sources) {
    if (source.kind === 'anonymous' || normalizeName(source.name) === '') continue;
    const key = nameKey(source.kind, source.name);
    const parts = source.kind === 'person' ? personParts(normalizeName(source.name)) : null;
    const elsewhere = (parts ? await store.withSurname(parts.surname) : await store.withName(key)).filter((a) => a.url !== here.url);
    if (elsewhere.length === 0) continue;
    const entity = mergeEntities([...elsewhere, here]).find((e) => e.keys.includes(key));
    const others = entity ? entity.articles.filter((a) => a.url !== here.url).length : 0;
    if (entity && others > 0) found.set(source.id, { others, entry: key });
  }
  return found;
}
