/**
 * What travels between Sourcelight's contexts: the shapes of the messages' payloads, types only. Imports
 * go one way: src/messaging.ts (the messages that carry these, re-exported there) -> src/uploads.ts ->
 * src/message-guards.ts (the checks of these shapes) -> this file. Nothing here imports the protocol back.
 */
import type { Report } from './engine/types';
import type { PlannedMark } from './highlight/plan';
import type { RemoteArticle } from './page/remote-read';
import type { KindToggles } from './settings-values';

/** What the content script knows about its page. */
export type PageState =
  | { state: 'article'; url: string; title: string | null; report: Report; timing?: PageTiming; partial?: boolean }
  | { state: 'not-article'; url: string }
  | { state: 'disabled'; url: string } // the reader turned Sourcelight off here (setting, site list or the tab toggle)
  | { state: 'unsupported-language'; url: string; lang: string } // an article in a language Sourcelight does not read: no marks
  | { state: 'error'; url: string; message: string };

// `partial`: the page was longer than Sourcelight reads or marks (a budget ran out), so only its first part
// is annotated; the report covers what was read.

/** How long annotating took: main-thread ms of our own work (reading, mapping, marking), wall-clock ms from start to marks in place, marks made. */
export interface PageTiming {
  busyMs: number;
  /**
   * Parts of busyMs: the content script's set-up (its start, settings, live watcher, listeners and the
   * annotator's creation), the cheap article check, the page reader, planning and marking (marks in place),
   * then the hover card and keyboard steps.
   */
  setupMs?: number;
  checkMs?: number;
  readMs?: number;
  markMs?: number;
  cardMs?: number;
  wallMs: number;
  marks: number;
  /** 1 when the article was read off the page's main thread (src/page/remote-read.ts), 0 when in the page. */
  readElsewhere?: number;
}

/** What the popup learns about a tab. `unknown`: no content script has spoken for it (not injected, no permission, or opened before install). */
export type TabState = PageState | { state: 'unknown' };

/** The article text the content script read, sent to the background to be analyzed off the page's main thread. */
export interface AnalyzeRequest {
  text: string;
  title: string | null;
  paragraphStarts: number[];
  /** The language the page declares (src/page/declared-language.ts): a primary subtag such as "de", or null. */
  lang?: string | null;
}

/** The page's HTML, sent to be read off the page's main thread (src/page/remote-read.ts). */
export interface ReadPageRequest {
  html: string;
  maxChars: number;
  /** The kinds of source highlighted: the background plans the marks too. */
  kinds: KindToggles;
  /** The language the live page declares: its HTML as sent leaves out the attributes of <html>. */
  lang?: string | null;
}

/**
 * The background's answer for an article in a language Sourcelight does not read (the report's `lang`, a
 * primary subtag): no report and no marks; the content script publishes the `unsupported-language` state.
 */
export interface UnreadLanguage {
  unreadLanguage: string;
}

/**
 * The article read from a page's HTML (null: no article in it) and, for an article, its report. For an
 * article in a language Sourcelight does not read, `unreadLanguage` names it and the rest is null.
 */
export interface ReadPageResult {
  article: RemoteArticle | null;
  report: Report | null;
  /** The marks for `report` and `kinds` (src/highlight/plan.ts), in text order. */
  plan: PlannedMark[] | null;
  unreadLanguage?: string;
}
