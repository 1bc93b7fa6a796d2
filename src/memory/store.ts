/**
 * The reader's memory in IndexedDB, through `idb`: one database of this extension's own origin, shared by
 * the background (which writes what is read) and the extension's pages (which read, export and forget).
 * Never synced, never sent: IndexedDB stays in this browser profile.
 *
 * Four stores: the articles (the record of each, the truth), and the digests "Your reading" is drawn from
 * (src/memory/digest.ts), changed in the same transaction as the articles so they always agree: each site's
 * counts day by day, each name's articles and what they called it; and a counter for the articles' ids.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { applyName, applySite, namesOf } from './digest';
import { MAX_ARTICLES, type MemoryArticle, type NameDigest, type SiteDigest } from './types';

export const MEMORY_DB = 'sourcelight-memory';
const VERSION = 1;
const NEXT_ID = 'nextId';

interface MemorySchema extends DBSchema {
  articles: {
    key: string;
    value: MemoryArticle;
    indexes: { readAt: number; site: string; names: string; surnames: string };
  };
  sites: { key: string; value: SiteDigest };
  names: { key: string; value: NameDigest; indexes: { surname: string } };
  meta: { key: string; value: number };
}

type Stores = ('articles' | 'sites' | 'names' | 'meta')[];
type WriteTx = IDBPTransaction<MemorySchema, Stores, 'readwrite'>;
const ALL: Stores = ['articles', 'sites', 'names', 'meta'];

/** The digests "Your reading" draws, and how many articles there are. */
export interface MemoryDigest {
  articles: number;
  sites: SiteDigest[];
  names: NameDigest[];
}

export class MemoryStore {
  private constructor(private readonly db: IDBPDatabase<MemorySchema>) {}

  /** Opens (and on first use creates) the database. Rejects where IndexedDB is unavailable (a private window in some browsers). */
  static async open(): Promise<MemoryStore> {
    const db = await openDB<MemorySchema>(MEMORY_DB, VERSION, {
      upgrade(database) {
        const articles = database.createObjectStore('articles', { keyPath: 'url' });
        articles.createIndex('readAt', 'readAt');
        articles.createIndex('site', 'site');
        articles.createIndex('names', 'names', { multiEntry: true });
        articles.createIndex('surnames', 'surnames', { multiEntry: true });
        database.createObjectStore('sites', { keyPath: 'site' });
        database.createObjectStore('names', { keyPath: 'key' }).createIndex('surname', 'surname');
        database.createObjectStore('meta');
      },
      // Another page is upgrading the database: let it, and open again next time.
      blocking() {
        db.close();
      },
    });
    return new MemoryStore(db);
  }

  /** Adds an article to the digests (1) or takes it away (-1). */
  private static async digest(tx: WriteTx, article: MemoryArticle, sign: 1 | -1): Promise<void> {
    const sites = tx.objectStore('sites');
    const site = applySite(await sites.get(article.site), article, sign);
    if (site) await sites.put(site);
    else await sites.delete(article.site);
    const names = tx.objectStore('names');
    for (const [key, use] of namesOf(article)) {
      const name = applyName(await names.get(key), key, use, article, sign);
      if (name) await names.put(name);
      else await names.delete(key);
    }
  }

  /**
   * Keeps one article, replacing what was kept under its address (reading it again counts once, and the
   * date it was first read and its id stay), then drops the articles read longest ago past `max`.
   */
  async remember(article: MemoryArticle, max = MAX_ARTICLES): Promise<void> {
    const tx = this.db.transaction(ALL, 'readwrite');
    const articles = tx.objectStore('articles');
    const held = await articles.get(article.url);
    let id: number;
    if (held) {
      await MemoryStore.digest(tx, held, -1);
      id = held.id;
    } else {
      id = (await tx.objectStore('meta').get(NEXT_ID)) ?? 1;
      await tx.objectStore('meta').put(id + 1, NEXT_ID);
    }
    const record: MemoryArticle = { ...article, id, readAt: held ? held.readAt : article.readAt };
    await articles.put(record);
    await MemoryStore.digest(tx, record, 1);
    let over = (await articles.count()) - max;
    if (over > 0) {
      let cursor = await articles.index('readAt').openCursor();
      while (cursor && over > 0) {
        await MemoryStore.digest(tx, cursor.value, -1);
        await cursor.delete();
        over -= 1;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  }

  /** Every article, oldest read first (for export). */
  all(): Promise<MemoryArticle[]> {
    return this.db.getAllFromIndex('articles', 'readAt');
  }

  count(): Promise<number> {
    return this.db.count('articles');
  }

  /** What "Your reading" is drawn from: every site's and every name's digest, and the number of articles. */
  async digests(): Promise<MemoryDigest> {
    const tx = this.db.transaction(['articles', 'sites', 'names']);
    const [articles, sites, names] = await Promise.all([tx.objectStore('articles').count(), tx.objectStore('sites').getAll(), tx.objectStore('names').getAll()]);
    await tx.done;
    return { articles, sites, names };
  }

  /** The digest of one name ("person:james jeffrey"), if any article used it. */
  name(key: string): Promise<NameDigest | undefined> {
    return this.db.get('names', key);
  }

  /** The digests of the people's names with this surname (normalized). */
  namesWithSurname(surname: string): Promise<NameDigest[]> {
    return this.db.getAllFromIndex('names', 'surname', surname);
  }

  /** The articles that used a name (its lookup key). */
  withName(key: string): Promise<MemoryArticle[]> {
    return this.db.getAllFromIndex('articles', 'names', key);
  }

  /** The article kept under an address (as memoryUrl gives it), if any. */
  article(url: string): Promise<MemoryArticle | undefined> {
    return this.db.get('articles', url);
  }

  /** Forgets every article of one site; resolves to how many were forgotten. */
  async forgetSite(site: string): Promise<number> {
    const tx = this.db.transaction(ALL, 'readwrite');
    const held = await tx.objectStore('articles').index('site').getAll(site);
    for (const article of held) {
      await MemoryStore.digest(tx, article, -1);
      await tx.objectStore('articles').delete(article.url);
    }
    await tx.done;
    return held.length;
  }

  /** Forgets everything. */
  async forgetAll(): Promise<void> {
    const tx = this.db.transaction(ALL, 'readwrite');
    await Promise.all(ALL.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}
