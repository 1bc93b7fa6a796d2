/**
 * The latest PageState of every tab, for the popup. Kept in memory and mirrored to storage.session, so a
 * Chrome MV3 service worker that was stopped and restarted still knows every open tab; session storage
 * never reaches disk and is gone when the browser closes.
 */
import { storage } from '#imports';
import type { PageState, TabState } from '../messaging';

const key = (tabId: number) => `session:tab-state-${tabId}` as const;

export class TabStates {
  private readonly memory = new Map<number, PageState>();

  async set(tabId: number, state: PageState): Promise<void> {
    this.memory.set(tabId, state);
    try {
      await storage.setItem(key(tabId), state);
    } catch {
      // Over the session quota (a giant report): the in-memory copy still serves until a restart.
    }
  }

  /** The tab's latest state; `unknown` when no content script has spoken for it. */
  async get(tabId: number): Promise<TabState> {
    const held = this.memory.get(tabId);
    if (held) return held;
    try {
      const stored = await storage.getItem<PageState>(key(tabId));
      if (stored && typeof stored === 'object' && typeof stored.state === 'string') {
        this.memory.set(tabId, stored);
        return stored;
      }
    } catch {
      // Unreadable storage: the tab is unknown.
    }
    return { state: 'unknown' };
  }

  async forget(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await storage.removeItem(key(tabId)).catch(() => {});
  }
}
