import { browser } from 'wxt/browser';
import { entityArticles } from '../../memory/entity-articles';
import { MemoryStore } from '../../memory/store';
import { readMemorySettings, setMemoryEnabled } from '../../settings';
import { downloadText } from '../download';
import type { MemoryHost } from './memory-host';

/** Runs one piece of work on the memory's database, closing it after. */
async function withStore<T>(work: (store: MemoryStore) => Promise<T>): Promise<T> {
  const store = await MemoryStore.open();
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** The "Your reading" page's host backed by the extension's IndexedDB and settings, saving files into `doc`. */
export function browserMemoryHost(doc: Document): MemoryHost {
  return {
    digests: () => withStore((store) => store.digests()),
    articlesOf: (entity) => withStore((store) => entityArticles(entity, store)),
    all: () => withStore((store) => store.all()),
    settings: readMemorySettings,
    setEnabled: setMemoryEnabled,
    forgetSite: (site) => withStore((store) => store.forgetSite(site)),
    forgetAll: () => withStore((store) => store.forgetAll()),
    download: (text, format, fileName) => downloadText(doc, text, format, fileName),
    language: browser.i18n.getUILanguage() || 'en',
  };
}
