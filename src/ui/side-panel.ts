/**
 * Opening the side panel from an extension page: Chrome's `sidePanel` (the manifest's `side_panel`) or
 * Firefox's sidebar (`sidebar_action`). Both open only in answer to the reader's gesture, so the call must
 * be made straight from the click, before anything is awaited.
 */
import { browser } from 'wxt/browser';

interface SidebarAction {
  open(): Promise<void>;
}

/** The function that opens the panel beside tab `tabId`, or null when this browser has neither API. */
export function openSidePanel(tabId: number): (() => Promise<void>) | null {
  // Firefox's sidebarAction is missing from the types, which follow Chrome's API.
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) return () => sidebar.open();
  const panel = browser.sidePanel;
  // With no panel of its own, the tab gets the extension's global panel (side_panel.default_path), which then
  // stays open as the reader switches tabs in the window.
  if (panel) return () => panel.open({ tabId });
  return null;
}
