/**
 * The reader's memory in IndexedDB, through `idb`: one database of this extension's own origin, shared by
 * the background (which writes what is read) and the extension's pages (which read, export and forget).
 * Never synced, never sent: IndexedDB stays in this browser profile.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { MAX_ARTICLES, type MemoryArticle } from './types';

export const MEMORY_DB = 'sourcelight-memory';
const VERSION = 1;
const ARTICLES = 'articles';

interface MemorySchema extends DBSchema {
  articles: {
    key: string;
    value: MemoryArticle;
    indexes: { readAt: number; site: string; names: string; surnames: string };
  };
}

export class MemoryStore {
  private constructor(private readonly db: IDBPDatabase<MemorySchema>) {}

  /** Opens (and on first use creates) the database. Rejects where IndexedDB is unavailable (a private window in some browsers). */
  static async open(): Promise<MemoryStore> {
    const db = await openDB<MemorySchema>(MEMORY_DB, VERSION, {
      upgrade(database) {
        const articles = database.createObjectStore(ARTICLES, { keyPath: 'url' });
        articles.createIndex('readAt', 'readAt');
        articles.createIndex('site', 'site');
        articles.createIndex('names', 'names', { multiEntry: true });
        articles.createIndex('surnames', 'surnames', { multiEntry: true });
      },
      // Another page is upgrading the database: let it, and open again next time.
      blocking() {
        db.close();
      },
    });
    return new MemoryStore(db);
  }

  /**
   * Keeps one article, replacing what was kept under its address (reading it again counts once, and the
   * date it was first read stays), then drops the articles read longest ago past `max`.
   */
  async remember(article: MemoryArticle, max = MAX_ARTICLES): Promise<void> {
    const tx = this.db.transaction(ARTICLES, 'readwrite');
    const held = await tx.store.get(article.url);
    await tx.store.put(held ? { ...article, readAt: held.readAt } : article);
    let over = (await tx.store.count()) - max;
    if (over > 0) {
      let cursor = await tx.store.index('readAt').openCursor();
      while (cursor && over > 0) {
        await cursor.delete();
        over -= 1;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  }

  /** Every article, oldest read first. */
  all(): Promise<MemoryArticle[]> {
    return this.db.getAllFromIndex(ARTICLES, 'readAt');
  }

  count(): Promise<number> {
    return this.db.count(ARTICLES);
  }

  /** The articles that quoted a source under this lookup key ("person:james jeffrey"). */
  withName(key: string): Promise<MemoryArticle[]> {
    return this.db.getAllFromIndex(ARTICLES, 'names', key);
  }

  /** The articles that quoted a person with this surname (normalized). */
  withSurname(surname: string): Promise<MemoryArticle[]> {
    return this.db.getAllFromIndex(ARTICLES, 'surnames', surname);
  }

  /** Forgets every article of one site; resolves to how many were forgotten. */
  async forgetSite(site: string): Promise<number> {
    const tx = this.db.transaction(ARTICLES, 'readwrite');
    const keys = await tx.store.index('site').getAllKeys(site);
    for (const key of keys) await tx.store.delete(key);
    await tx.done;
    return keys.length;
  }

  /** Forgets everything. */
  async forgetAll(): Promise<void> {
    await this.db.clear(ARTICLES);
  }

  close(): void {
    this.db.close();
  }
}
