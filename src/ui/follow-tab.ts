/**
 * The side panel follows the reader: it shows the active tab of its own window, and moves with them when
 * they switch tabs. (A navigation inside the tab is the tab's own host's to hear: browser-popup-host.ts.)
 */
import { browser } from 'wxt/browser';

export interface ActiveTabSource {
  /** The window the panel belongs to (the side panel's and the sidebar's "current" window). */
  currentWindowId(): Promise<number | undefined>;
  activeTabId(windowId: number): Promise<number | undefined>;
  /** Calls back with every tab activated in any window; returns the function that stops listening. */
  onActivated(listener: (info: { tabId: number; windowId: number }) => void): () => void;
}

export const browserActiveTabs: ActiveTabSource = {
  currentWindowId: async () => (await browser.windows.getCurrent()).id,
  activeTabId: async (windowId) => (await browser.tabs.query({ active: true, windowId }))[0]?.id,
  onActivated(listener) {
    browser.tabs.onActivated.addListener(listener);
    return () => browser.tabs.onActivated.removeListener(listener);
  },
};

/**
 * Calls `onTab` with the active tab of the panel's window now, and again whenever another tab of that window
 * becomes active. Rejects when the panel has no window or the window no active tab. Returns the stop function.
 */
export async function followActiveTab(source: ActiveTabSource, onTab: (tabId: number) => void): Promise<() => void> {
  const windowId = await source.currentWindowId();
  if (windowId === undefined) throw new Error('No window');
  let latest: number | undefined;
  // Listen before asking, so a switch made meanwhile is not lost; the first answer yields to it.
  const stop = source.onActivated((info) => {
    if (info.windowId !== windowId) return;
    latest = info.tabId;
    onTab(info.tabId);
  });
  const active = await source.activeTabId(windowId);
  if (latest === undefined) {
    if (active === undefined) {
      stop();
      throw new Error('No active tab');
    }
    onTab(active);
  }
  return stop;
}
