/**
 * Where the reader's memory is written: the background hears every tab's article state (it holds the
 * report), and keeps a record of it when the memory is on. Reading an article again replaces its record
 * (src/memory/store.ts), so a reload counts once. With the memory off nothing is opened or written.
 */
import type { PageState } from '../messaging';
import { articleRecord } from '../memory/record';
import { MemoryStore } from '../memory/store';
import { readMemorySettings } from '../settings';

const WEB_PAGE = /^https?:/;

export interface RemembererOptions {
  /** Whether the memory is on now (default: the stored setting). */
  enabled?: () => Promise<boolean>;
  now?: () => number;
  open?: () => Promise<MemoryStore>;
}

export class Rememberer {
  private store: Promise<MemoryStore> | null = null;
  private readonly enabled: () => Promise<boolean>;
  private readonly now: () => number;
  private readonly open: () => Promise<MemoryStore>;

  constructor(options: RemembererOptions = {}) {
    this.enabled = options.enabled ?? (async () => (await readMemorySettings()).enabled);
    this.now = options.now ?? Date.now;
    this.open = options.open ?? (() => MemoryStore.open());
  }

  /**
   * Keeps the article of a page state when the memory is on; resolves true when it was kept. Anything but an
   * article of an http(s) page is ignored; a store that cannot be opened or written is reported as false
   * (the page and the popup go on as ever), and opened afresh next time.
   */
  async remember(state: PageState): Promise<boolean> {
    if (state.state !== 'article' || !WEB_PAGE.test(state.url)) return false;
    if (!(await this.enabled())) return false;
    try {
      const store = await (this.store ??= this.open());
      await store.remember(articleRecord(state.url, state.title, state.report, this.now()));
      return true;
    } catch {
      this.store = null;
      return false;
    }
  }
}
