/**
 * The one typed protocol between Sourcelight's contexts. Message names say which way they travel:
 * `content*` are sent by the content script to the background, `popup*` by the popup (or options page)
 * to the background, `tab*` to the content script of one tab. Handlers ignore senders that are not
 * this extension (see `isOwnSender`) and validate every payload before use (src/message-guards.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from './engine/types';
import type { PlannedMark } from './highlight/plan';
import type { RemoteArticle } from './page/remote-read';
import type { Packed } from './packed';
import type { KindToggles } from './settings';
import type { UploadPart, WithUpload } from './uploads';

export { pack, unpack, type Packed } from './packed';

/** What the content script knows about its page. */
export type PageState =
  | { state: 'article'; url: string; title: string | null; report: Report; timing?: PageTiming; partial?: boolean }
  | { state: 'not-article'; url: string }
  | { state: 'disabled'; url: string } // the reader turned Sourcelight off here (setting, site list or the tab toggle)
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

/**
 * An article state as the content script sends it: without its report, which the background computed for
 * this tab moments before (contentAnalyze) and fills in. Sending a report of thousands of attributions
 * back would cost the page's main thread a long task to serialize it. When the background no longer holds
 * the report (its service worker restarted), it refuses with NO_ANALYSIS and the full state is sent.
 */
export type ArticleStateRef = Omit<Extract<PageState, { state: 'article' }>, 'report'> & { report: typeof ANALYZED };
export const ANALYZED = 'analyzed';
/** The error message of a contentPageState refused because the background holds no report for the tab. */
export const NO_ANALYSIS = 'no analysis held for this tab';

/** What the popup learns about a tab. `unknown`: no content script has spoken for it (not injected, no permission, or opened before install). */
export type TabState = PageState | { state: 'unknown' };

/** The article text the content script read, sent to the background to be analyzed off the page's main thread. */
export interface AnalyzeRequest {
  text: string;
  title: string | null;
  paragraphStarts: number[];
}

/** The page's HTML, sent to be read off the page's main thread (src/page/remote-read.ts). */
export interface ReadPageRequest {
  html: string;
  maxChars: number;
  /** The kinds of source highlighted: the background plans the marks too. */
  kinds: KindToggles;
}

/** The article read from a page's HTML (null: no article in it) and, for an article, its report. */
export interface ReadPageResult {
  article: RemoteArticle | null;
  report: Report | null;
  /** The marks for `report` and `kinds` (src/highlight/plan.ts), in text order. */
  plan: PlannedMark[] | null;
}

export interface ProtocolMap {
  /** content -> background: the latest state of this tab's page (sets the badge, kept for the popup). */
  contentPageState(state: PageState | ArticleStateRef): void;
  /** content -> background: run the engine on the page's article text (keeps long analyses off the page's main thread). */
  contentAnalyze(input: WithUpload<AnalyzeRequest, 'text'>): Packed<Report>;
  /** content -> background: read the article of the page's HTML and analyze it, both off the page's main thread. */
  contentReadPage(input: WithUpload<ReadPageRequest, 'html'>): Packed<ReadPageResult>;
  /** content -> background: one part of a long text or page sent ahead of the request that names it (src/uploads.ts). */
  contentPart(input: UploadPart): void;
  /** background -> offscreen document (Chrome): read the article of a page's HTML (the service worker has no DOMParser). */
  offscreenReadPage(input: ReadPageRequest): RemoteArticle | null;
  /** popup -> background: the latest state of tab N. */
  popupGetTabState(tabId: number): TabState;
  /** popup -> background: the reader just turned the memory on; remember tab N's article now. True when it was remembered. */
  popupRememberTab(tabId: number): boolean;
  /**
   * content -> extension pages (the side panel, the popup): the attribution the hover card now shows, or null
   * when it closed. The background does not answer it; pages hear it without answering (src/ui/observe-message.ts).
   */
  contentCardShown(data: { attributionId: string | null }): void;
  /** background/popup -> content: scroll to an attribution's mark and flash it (with `card`, open the hover card on it); false when it has none. */
  tabScrollTo(data: { attributionId: string; card?: boolean }): boolean;
  /** popup -> content: step to the next (or previous) mention of a source; returns the 0-based position reached, or -1. */
  tabStepSource(data: { sourceId: string; direction: 1 | -1 }): number;
  /** background/popup -> content: turn annotations on or off on this tab. Returns the new state. */
  tabSetAnnotations(data: { enabled: boolean }): boolean;
  /** background -> content: toggle annotations (the keyboard shortcut). Returns the new state. */
  tabToggleAnnotations(): boolean;
}

/** The name of the port each content script opens to the background, only to learn when the extension goes away (reload, update, removal). */
export const CONTENT_PORT = 'sourcelight-content';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** True when a message comes from this extension itself (its pages or its content scripts), never a web page or another extension. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === ownId;
}
