import type { Report } from '../engine/types';
import type { SeenBefore } from '../memory/seen-before';
import type { PageState } from '../messaging';
import type { MemorySettings } from '../settings-values';
import type { ExportFormat } from './download';
import type { TabFacts } from './view-state';

/** The annotation settings the popup shows for one site. */
export interface SiteSettings {
  /** False when the site is on the reader's list of sites where Sourcelight stays off. */
  siteOn: boolean;
  /** The global annotations switch. */
  globalOn: boolean;
}

/**
 * Everything the popup asks of the browser, for one tab. The popup takes it as a prop so tests pass a
 * fake and the entry point passes the real one (browser-popup-host.ts). Methods reject on failure; the
 * popup turns a rejection into a message.
 */
export interface PopupHost {
  loadFacts(): Promise<TabFacts>;
  siteSettings(hostname: string): Promise<SiteSettings>;
  /** Adds the site to or removes it from the off list (removing every entry that covers it). */
  setSiteOn(hostname: string, on: boolean): Promise<void>;
  /** Turns annotations on or off on this tab only (what the keyboard shortcut toggles). */
  setTabOn(on: boolean): Promise<void>;
  /** Asks the tab to scroll to an attribution's mark, flash it and open the hover card on it; false when the page has no such mark. */
  scrollTo(attributionId: string): Promise<boolean>;
  /** Asks the tab to step to a source's next (1) or previous (-1) mention; the 0-based position reached, or -1. */
  stepSource(sourceId: string, direction: 1 | -1): Promise<number>;
  /** Asks the reader for a host permission (a match pattern); true when granted. */
  requestPermission(origin: string): Promise<boolean>;
  reloadTab(): Promise<void>;
  openOptions(): Promise<void>;
  copyText(text: string): Promise<void>;
  download(text: string, format: ExportFormat, fileName: string): void;
  /**
   * Calls back when the tab may show something new: its content script reported a state (passed along),
   * or it finished loading (no argument). Returns the function that stops listening.
   */
  watch(listener: (state?: PageState) => void): () => void;
  /** Calls back with the attribution the tab's hover card shows whenever it changes (null: closed). Returns the function that stops listening. */
  watchCard(listener: (attributionId: string | null) => void): () => void;
  /** Whether this browser has a side panel (Chrome) or sidebar (Firefox) to open. */
  hasSidePanel(): boolean;
  /**
   * Opens the side panel beside the tab. Called straight from a click: browsers open it only in answer to
   * the reader's gesture. Rejects where there is none.
   */
  openSidePanel(): Promise<void>;
  memorySettings(): Promise<MemorySettings>;
  /** The reader's answer to "remember the sources?": saved, and when yes, this tab's article is remembered at once. */
  answerMemory(on: boolean): Promise<void>;
  /** Source id -> other remembered articles that quoted it; empty while the memory is off. */
  seenBefore(report: Report, url: string, title: string | null): Promise<Map<string, SeenBefore>>;
  /** The address of the "Your reading" page, opened at one entry (a source's lookup key) when given. */
  memoryPageUrl(entry?: string): string;
  /** Opens that page in a new tab. */
  openMemoryPage(entry?: string): Promise<void>;
}
