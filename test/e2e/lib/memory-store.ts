/**
 * The reader's memory as the extension stores it, read straight from its IndexedDB inside the service
 * worker (the extension's own origin): what a test asserts on, rather than on what a page shows.
 */
import type { Worker } from 'playwright-core';

export interface StoredArticle {
  url: string;
  title: string | null;
  site: string;
  readAt: number;
  sources: Array<{ name: string; kind: string; role: string | null; attributions: number }>;
  counts: Record<string, number>;
}

/** Every stored article, oldest read first; [] when the database was never created (memory never on). */
export function memoryRecords(serviceWorker: Worker): Promise<StoredArticle[]> {
  return serviceWorker.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'sourcelight-memory')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sourcelight-memory');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('articles')) return [];
      return await new Promise<StoredArticle[]>((resolve, reject) => {
        const request = db.transaction('articles').objectStore('articles').index('readAt').getAll();
        request.onsuccess = () => resolve(request.result as StoredArticle[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}
