import type { Report } from '../engine/types';
import type { TabState } from '../messaging';
import { type BlockedReason, blockedReason } from './blocked-url';

/** What the popup knows about its tab before deciding what to show. */
export interface TabFacts {
  /** The tab's URL when the browser lets us see it, else null. */
  url: string | null;
  title: string | null;
  /** The tab's loading status, when known. */
  status: 'loading' | 'complete' | null;
  /** What the background last heard from the tab's content script. */
  state: TabState;
  /** Whether Sourcelight may run on the URL's origin; null when unknown or irrelevant. */
  hasPermission: boolean | null;
  /** Whether the reader allowed access to file: URLs. */
  fileAccess: boolean;
}

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'blocked'; reason: BlockedReason | 'unknown' }
  | { kind: 'no-permission'; origin: string }
  | { kind: 'stale' } // no content script answered: opened before Sourcelight was installed or updated
  | { kind: 'disabled'; url: string }
  | { kind: 'not-article'; url: string }
  | { kind: 'unsupported-language'; url: string; lang: string } // an article in a language Sourcelight does not read
  | { kind: 'article'; url: string; title: string | null; report: Report; partial?: boolean } // with or without attributions; partial: only the page's first part was read
  | { kind: 'error'; message: string };

/**
 * Decides what the popup shows. A content script's word wins (article, not an article, turned off,
 * a language Sourcelight does not read, error), except that a "not an article" PDF still reads as the PDF viewer. When no content script has
 * spoken: an invisible URL or a forbidden one is blocked, a missing permission asks for it, a loading
 * tab is loading, and anything else was opened before Sourcelight was installed or updated.
 */
export function resolveView(facts: TabFacts): PopupView {
  const { state } = facts;
  switch (state.state) {
    case 'article':
      return { kind: 'article', url: state.url, title: state.title ?? state.report.title ?? facts.title, report: state.report, ...(state.partial ? { partial: true } : {}) };
    case 'not-article':
      return blockedReason(state.url, true) === 'pdf' ? { kind: 'blocked', reason: 'pdf' } : { kind: 'not-article', url: state.url };
    case 'disabled':
      return { kind: 'disabled', url: state.url };
    case 'unsupported-language':
      return { kind: 'unsupported-language', url: state.url, lang: state.lang };
    case 'error':
      return { kind: 'error', message: state.message };
    case 'unknown':
      break;
  }
  if (facts.url === null) return { kind: 'blocked', reason: 'unknown' };
  const reason = blockedReason(facts.url, facts.fileAccess);
  if (reason) return { kind: 'blocked', reason };
  if (facts.hasPermission === false) return { kind: 'no-permission', origin: originPattern(facts.url) };
  if (facts.status === 'loading') return { kind: 'loading' };
  return { kind: 'stale' };
}

/** The match pattern that grants a page's origin ("https://example.com/*"); file: URLs get "file:///*". */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return parsed.protocol === 'file:' ? 'file:///*' : `${parsed.protocol}//${parsed.hostname}/*`;
}
