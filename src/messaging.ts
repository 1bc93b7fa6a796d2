/**
 * The one typed protocol between Sourcelight's contexts. Message names say which way they travel:
 * `content*` are sent by the content script to the background, `popup*` by the popup (or options page)
 * to the background, `tab*` to the content script of one tab. Handlers ignore senders that are not
 * this extension (see `isOwnSender`) and validate every payload before use (src/message-guards.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from './engine/types';
import type { AnalyzeRequest, PageState, ReadPageRequest, ReadPageResult, TabState, UnreadLanguage } from './message-types';
import type { Packed } from './packed';
import type { RemoteArticle } from './page/remote-read';
import type { UploadPart, WithUpload } from './uploads';

export { pack, unpack, type Packed } from './packed';
export type { AnalyzeRequest, PageState, PageTiming, ReadPageRequest, ReadPageResult, TabState, UnreadLanguage } from './message-types';

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

export interface ProtocolMap {
  /** content -> background: the latest state of this tab's page (sets the badge, kept for the popup). */
  contentPageState(state: PageState | ArticleStateRef): void;
  /** content -> background: run the engine on the page's article text (keeps long analyses off the page's main thread). */
  contentAnalyze(input: WithUpload<AnalyzeRequest, 'text'>): Packed<Report | UnreadLanguage>;
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
