/**
 * The "Your reading" page's search: one box for people, organizations, outlets, their roles, and sites. Matching
 * ignores case and accents, and every word typed must be found (in any of the fields).
 */
import type { MemoryEntity } from '../../memory/merge';
import { normalizeName } from '../../memory/names';
import type { SiteProfile } from '../../memory/profile';

/** The words of a query, folded as names are; empty for a blank query. */
export function queryWords(query: string): string[] {
  return normalizeName(query).split(' ').filter((w) => w !== '');
}

const matches = (words: string[], haystack: string) => words.every((w) => haystack.includes(w));

/** Entries whose names or roles hold every word. */
export function searchEntities(entities: readonly MemoryEntity[], words: string[]): MemoryEntity[] {
  if (words.length === 0) return [...entities];
  return entities.filter((e) => matches(words, normalizeName([...e.names, ...e.roles.map((r) => r.role)].join(' '))));
}

/** Sites whose name holds every word. */
export function searchSites(profiles: readonly SiteProfile[], words: string[]): SiteProfile[] {
  if (words.length === 0) return [...profiles];
  return profiles.filter((p) => matches(words, normalizeName(p.site)));
}
