/**
 * The reader's memory in IndexedDB, through `idb`: one database of this extension's own origin, shared by
 * the background (which writes what is read) and the extension's pages (which read, export and forget).
 * Never synced, never sent: IndexedDB stays in this browser profile.
 *
 * Four stores: the articles (the record of each, the truth), and the digests "Your reading" is drawn from
 * (src/memory/digest.ts), changed in the same transaction as the articles so they always agree: each site's
 * counts day by day, each name's articles and what they called it; and a counter for the articles' ids.
 * The names' digests are kept in NAME_SHARDS records of JSON text, by surname (or by name for those that are
 * not people): IndexedDB reads a few dozen records far faster than thousands (a full memory has about
 * 3,300 names), and every name the merge could join with another shares its surname, so shares its shard.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { applyName, applySite, namesOf } from './digest';
import { personParts } from './names';
import { MAX_ARTICLES, type MemoryArticle, type NameDigest, type SiteDigest } from './types';

export const MEMORY_DB = 'sourcelight-memory';
const VERSION = 1;
const NEXT_ID = 'nextId';
export const NAME_SHARDS = 64;

/** The shard of a name's digest: by its surname for a person, else by its key (FNV-1a, 32 bits). */
export function shardOf(key: string): number {
  const person = key.startsWith('person:') ? personParts(key.slice('person:'.length)) : null;
  const text = person ? `surname:${person.surname}` : key;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % NAME_SHARDS;
}

/** A site's day-by-day series, kept apart from its digest (read only for charts by day or week). */
export interface SiteDays {
  site: string;
  day0: number;
  days: Int32Array;
}

// Readings longer than this are charted by month (src/memory/profile.ts periodFor): no day series needed.
const DAYS_CHARTED = 120;

export interface NameShard {
  shard: number;
  /** NameDigest[] as JSON. */
  json: string;
}

/** A site's digest as the store keeps it: the digest without its day series, and the series on its own. */
export function storedSite(site: SiteDigest): [SiteDigest, SiteDays] {
  return [{ ...site, days: new Int32Array(0) }, { site: site.site, day0: site.day0, days: site.days }];
}

/** Names' digests as the store keeps them: in shards of JSON (the bench fills a store this way). */
export function nameShards(names: Iterable<NameDigest>): NameShard[] {
  const shards = new Map<number, NameDigest[]>();
  for (const name of names) {
    const shard = shardOf(name.key);
    const list = shards.get(shard);
    if (list) list.push(name);
    else shards.set(shard, [name]);
  }
  return [...shards].map(([shard, list]) => ({ shard, json: JSON.stringify(list) }));
}

interface MemorySchema extends DBSchema {
  articles: {
    key: string;
    value: MemoryArticle;
    indexes: { readAt: number; site: string; names: string; surnames: string };
  };
  sites: { key: string; value: SiteDigest };
  siteDays: { key: string; value: SiteDays };
  names: { key: number; value: NameShard };
  meta: { key: string; value: number };
}

type Stores = ('articles' | 'sites' | 'siteDays' | 'names' | 'meta')[];
type WriteTx = IDBPTransaction<MemorySchema, Stores, 'readwrite'>;
const ALL: Stores = ['articles', 'sites', 'siteDays', 'names', 'meta'];

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
        database.createObjectStore('siteDays', { keyPath: 'site' });
        database.createObjectStore('names', { keyPath: 'shard' });
        database.createObjectStore('meta');
      },
      // Another page is upgrading the database: let it, and open again next time.
      blocking() {
        db.close();
      },
    });
    return new MemoryStore(db);
  }

  /** Adds an article to the digests (1) or takes it away (-1); names changed go into `shards`, written by flush(). */
  private static async digest(tx: WriteTx, article: MemoryArticle, sign: 1 | -1, shards: Shards): Promise<void> {
    const sites = tx.objectStore('sites');
    const siteDays = tx.objectStore('siteDays');
    const [held, heldDays] = await Promise.all([sites.get(article.site), siteDays.get(article.site)]);
    const site = applySite(held && heldDays ? { ...held, day0: heldDays.day0, days: heldDays.days } : undefined, article, sign);
    if (site) {
      const [digest, days] = storedSite(site);
      await sites.put(digest);
      await siteDays.put(days);
    } else {
      await sites.delete(article.site);
      await siteDays.delete(article.site);
    }
    for (const [key, use] of namesOf(article)) {
      const names = await shards.load(shardOf(key));
      const name = applyName(names.get(key), key, use, article, sign);
      if (name) names.set(key, name);
      else names.delete(key);
    }
  }

  /**
   * Keeps one article, replacing what was kept under its address (reading it again counts once, and the
   * date it was first read and its id stay), then drops the articles read longest ago past `max`.
   */
  async remember(article: MemoryArticle, max = MAX_ARTICLES): Promise<void> {
    const tx = this.db.transaction(ALL, 'readwrite');
    const shards = new Shards(tx);
    const articles = tx.objectStore('articles');
    const held = await articles.get(article.url);
    let id: number;
    if (held) {
      await MemoryStore.digest(tx, held, -1, shards);
      id = held.id;
    } else {
      id = (await tx.objectStore('meta').get(NEXT_ID)) ?? 1;
      await tx.objectStore('meta').put(id + 1, NEXT_ID);
    }
    const record: MemoryArticle = { ...article, id, readAt: held ? held.readAt : article.readAt };
    await articles.put(record);
    await MemoryStore.digest(tx, record, 1, shards);
    let over = (await articles.count()) - max;
    if (over > 0) {
      let cursor = await articles.index('readAt').openCursor();
      while (cursor && over > 0) {
        await MemoryStore.digest(tx, cursor.value, -1, shards);
        await cursor.delete();
        over -= 1;
        cursor = await cursor.continue();
      }
    }
    await shards.flush();
    await tx.done;
  }

  /** Every article, oldest read first (for export). */
  all(): Promise<MemoryArticle[]> {
    return this.db.getAllFromIndex('articles', 'readAt');
  }

  count(): Promise<number> {
    return this.db.count('articles');
  }

  /**
   * What "Your reading" is drawn from: every site's and every name's digest, and the number of articles. The
   * sites' day series come along only for a reading of DAYS_CHARTED days or less, charted by day or week.
   */
  async digests(): Promise<MemoryDigest> {
    const tx = this.db.transaction(['articles', 'sites', 'siteDays', 'names']);
    const [articles, sites, shards] = await Promise.all([tx.objectStore('articles').count(), tx.objectStore('sites').getAll(), tx.objectStore('names').getAll()]);
    const first = Math.min(...sites.map((s) => s.firstDay));
    const last = Math.max(...sites.map((s) => s.lastDay));
    if (sites.length > 0 && last - first <= DAYS_CHARTED) {
      const days = new Map((await tx.objectStore('siteDays').getAll()).map((d) => [d.site, d]));
      for (const site of sites) Object.assign(site, { day0: days.get(site.site)?.day0 ?? site.day0, days: days.get(site.site)?.days ?? site.days });
    }
    await tx.done;
    return { articles, sites, names: shards.flatMap((s) => JSON.parse(s.json) as NameDigest[]) };
  }

  /** The names' digests of one shard. */
  private async shard(shard: number): Promise<NameDigest[]> {
    const held = await this.db.get('names', shard);
    return held ? (JSON.parse(held.json) as NameDigest[]) : [];
  }

  /** The digest of one name ("person:james jeffrey"), if any article used it. */
  async name(key: string): Promise<NameDigest | undefined> {
    return (await this.shard(shardOf(key))).find((d) => d.key === key);
  }

  /** The digests of the people's names with this surname (normalized). */
  async namesWithSurname(surname: string): Promise<NameDigest[]> {
    return (await this.shard(shardOf(`person:${surname}`))).filter((d) => d.kind === 'person' && d.surname === surname);
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
    const shards = new Shards(tx);
    const held = await tx.objectStore('articles').index('site').getAll(site);
    for (const article of held) {
      await MemoryStore.digest(tx, article, -1, shards);
      await tx.objectStore('articles').delete(article.url);
    }
    await shards.flush();
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

/** The name shards one transaction reads and changes, each read once and written back once. */
class Shards {
  private readonly loaded = new Map<number, Map<string, NameDigest>>();
  constructor(private readonly tx: WriteTx) {}

  async load(shard: number): Promise<Map<string, NameDigest>> {
    let names = this.loaded.get(shard);
    if (!names) {
      const held = await this.tx.objectStore('names').get(shard);
      names = new Map((held ? (JSON.parse(held.json) as NameDigest[]) : []).map((d) => [d.key, d]));
      this.loaded.set(shard, names);
    }
    return names;
  }

  async flush(): Promise<void> {
    const store = this.tx.objectStore('names');
    for (const [shard, names] of this.loaded) {
      if (names.size === 0) await store.delete(shard);
      else await store.put({ shard, json: JSON.stringify([...names.values()]) });
    }
  }
}
