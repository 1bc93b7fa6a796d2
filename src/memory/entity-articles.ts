/** The articles an entry of "Your reading" stands on, read only when the reader opens the entry. */
import type { MemoryEntity } from './merge';
import { nameKey } from './record';
import type { MemoryArticle } from './types';

/** The entry's articles, latest read first, each once. */
export async function entityArticles(entity: MemoryEntity, store: { withName(key: string): Promise<MemoryArticle[]> }): Promise<MemoryArticle[]> {
  const ids = new Set(entity.ids);
  const byId = new Map<number, MemoryArticle>();
  for (const key of entity.keys) for (const a of await store.withName(key)) if (ids.has(a.id)) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => b.readAt - a.readAt);
}

/** What an article called the entry: the first of its sources under one of the entry's names. */
export function usedIn(article: MemoryArticle, entity: MemoryEntity): { name: string; role: string | null } | null {
  const keys = new Set(entity.keys);
  const source = article.sources.find((s) => s.kind === entity.kind && keys.has(nameKey(s.kind, s.name)));
  return source ? { name: source.name, role: source.role } : null;
}
