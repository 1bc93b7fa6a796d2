/**
 * "Quoted in 3 other articles you read": for each source of the page being read, the other remembered
 * articles that quoted the same entry, by the same rule as the "Your reading" page (src/memory/merge.ts).
 * Only the names that could share an entry are read: the same name, or for people the same surname (every
 * name the rule joins shares its surname), so the answer matches the page's without reading it all.
 */
import type { Report } from '../engine/types';
import { applyName, namesOf } from './digest';
import { mergeNames } from './merge';
import { normalizeName, personParts } from './names';
import { articleRecord, nameKey } from './record';
import type { MemoryArticle, NameDigest } from './types';

export interface SeenBefore {
  /** Other remembered articles that quoted this source. */
  others: number;
  /** The source's lookup key ("person:jim jeffrey"): the "Your reading" page opens the entry holding it. */
  entry: string;
}

/** What the lookup needs of the store (src/memory/store.ts). */
export interface MemoryLookup {
  name(key: string): Promise<NameDigest | undefined>;
  namesWithSurname(surname: string): Promise<NameDigest[]>;
  article(url: string): Promise<MemoryArticle | undefined>;
}

/**
 * Source id -> what the memory holds of it elsewhere, for the sources of `report` read at `url` that other
 * remembered articles quoted too. Unnamed sources are never looked up; the article itself never counts,
 * whether it is kept already or not.
 */
export async function seenBefore(report: Report, url: string, title: string | null, store: MemoryLookup): Promise<Map<string, SeenBefore>> {
  const here = articleRecord(url, title, report, Date.now());
  const kept = await store.article(here.url);
  // Not kept (yet): its names join the lookup under an id no stored article has.
  here.id = kept ? kept.id : -1;
  const uses = namesOf(here);
  const found = new Map<string, SeenBefore>();
  for (const source of report.sources) {
    if (source.kind === 'anonymous' || normalizeName(source.name) === '') continue;
    const key = nameKey(source.kind, source.name);
    const parts = source.kind === 'person' ? personParts(normalizeName(source.name)) : null;
    const stored = parts ? await store.namesWithSurname(parts.surname) : [await store.name(key)].filter((d): d is NameDigest => d !== undefined);
    const digests = new Map(stored.map((d) => [d.key, d]));
    if (!kept) {
      for (const [k, use] of uses) {
        if (k !== key && !(parts && use.kind === 'person' && personParts(normalizeName(use.name))?.surname === parts.surname)) continue;
        const added = applyName(digests.get(k), k, use, here, 1);
        if (added) digests.set(k, added);
      }
    }
    const entity = mergeNames([...digests.values()]).find((e) => e.keys.includes(key));
    const others = entity ? entity.ids.filter((id) => id !== here.id).length : 0;
    if (others > 0) found.set(source.id, { others, entry: key });
  }
  return found;
}
