/**
 * The annotator's requests to the background: the page's HTML to be read and analyzed elsewhere, or the
 * article text read in the page to be analyzed. A long string goes ahead in parts, a task each
 * (src/uploads.ts). Part of the annotator bundle, which V8 compiles whole as it loads (wxt.config.ts): sent
 * from the content script, this code was compiled function by function on the page's main thread, in the
 * middle of the read it counts.
 */
import type { Report } from '../engine/types';
import { sendMessage, type AnalyzeRequest, type ReadPageRequest, type ReadPageResult, type UnreadLanguage } from '../messaging';
import type { Packed } from '../packed';
import { sendInParts } from '../uploads';

export interface BackgroundRequests {
  readPage(request: ReadPageRequest): Promise<Packed<ReadPageResult>>;
  analyze(request: AnalyzeRequest): Promise<Packed<Report | UnreadLanguage>>;
  /** Tells the extension's pages (the side panel) which attribution the hover card shows; null when it closed. */
  cardShown(attributionId: string | null): void;
}

/** Requests whose uploads are named `${uploadPrefix}${n}`: the prefix is unique to the content script (a reloaded one's first upload must not match its predecessor's). */
export function backgroundRequests(uploadPrefix: string): BackgroundRequests {
  let uploads = 0;
  const sendLong = (text: string) => sendInParts(text, `${uploadPrefix}${++uploads}`, (part) => sendMessage('contentPart', part));
  return {
    readPage: async (request) => sendMessage('contentReadPage', { ...request, html: await sendLong(request.html) }),
    analyze: async (request) => sendMessage('contentAnalyze', { ...request, text: await sendLong(request.text) }),
    cardShown: (attributionId) => {
      // Only the extension's pages listen; the background does not answer, so the send ends in "no response".
      sendMessage('contentCardShown', { attributionId }).catch(() => {});
    },
  };
}
