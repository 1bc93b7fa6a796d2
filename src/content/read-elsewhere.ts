/**
 * The page reader off the page's main thread (src/page/remote-read.ts), as the annotator uses it: the
 * page's HTML goes to the extension, which reads the article and analyzes it; the answer is tied back to
 * the live page. Large pages (see src/page/large-page.ts) are read in the page, in slices: their HTML
 * alone would take a long task to serialize.
 */
import type { Report } from '../engine/types';
import { isLanguage, MAX_HTML_LENGTH, parseRemoteArticle } from '../message-guards';
import type { ReadPageRequest, ReadPageResult, UnreadLanguage } from '../messaging';
import { unpack, type Packed } from '../packed';
import { declaredLanguage } from '../page/declared-language';
import { isLargePageSteps } from '../page/large-page';
import { articleFromRemoteSteps, pageHtml } from '../page/remote-read';
import { awaitElsewhere, runInSlices, SliceAborted, type Slicer } from '../page/slicer';
import type { ArticleText } from '../page/types';
import type { PlannedMark } from '../highlight/plan';
import type { KindToggles } from '../settings';

export interface ReadElsewhere {
  article: ArticleText;
  report: Report;
  /** The marks planned for `report` with the kinds asked for, in text order. */
  plan: PlannedMark[];
  kinds: KindToggles;
  /** Main-thread ms of the read (the slicer's): sizing, serializing and sending the page, then decoding the answer and tying it to the page; the wait for the answer left out. */
  busyMs: number;
}

/** The page is to be read in the page itself; `large`: what the size check found (no need to ask again). */
export interface ReadHere {
  readHere: true;
  large: boolean;
}

/**
 * The article and its report, read elsewhere; null when the page holds no article; UnreadLanguage for an
 * article in a language Sourcelight does not read; ReadHere when it cannot be read elsewhere (a large page,
 * no answer, or a page whose text no longer matches the answer): the caller reads it in the page. The page's
 * declared language goes along (its HTML as sent leaves out the attributes of <html>). Rejects with
 * SliceAborted when the slicer's work is cancelled.
 */
export async function readElsewhere(
  doc: Document,
  slicer: Slicer,
  options: { maxChars: number; kinds: KindToggles },
  send: (request: ReadPageRequest) => Promise<Packed<ReadPageResult>>,
): Promise<ReadElsewhere | ReadHere | UnreadLanguage | null> {
  if (await runInSlices(isLargePageSteps(doc, () => slicer.due()), slicer)) return { readHere: true, large: true };
  const here: ReadHere = { readHere: true, large: false };
  // Serializing a long page is the longest step here: a task of its own.
  await slicer.pause();
  const html = pageHtml(doc);
  if (!html || html.length > MAX_HTML_LENGTH) return here;
  const lang = declaredLanguage(doc);
  let answer: Packed<ReadPageResult>;
  try {
    // Sending the request (building the message, the browser copying the page's HTML into it) is work of
    // ours; the wait for the answer is not.
    answer = await awaitElsewhere(slicer, send({ html, maxChars: options.maxChars, kinds: options.kinds, lang }));
  } catch {
    return here; // the extension was reloaded, or its reader failed: read in the page
  }
  // Decoding the answer and tying it to the page, in slices (a page that rewrote much of its text sends
  // runs looking far): the wait for the answer was no work of ours, its decoding is.
  await slicer.pause();
  try {
    const result = unpack(answer);
    if (result?.unreadLanguage !== undefined) return isLanguage(result.unreadLanguage) ? { unreadLanguage: result.unreadLanguage } : here;
    const remote = parseRemoteArticle(result?.article ?? null);
    if (!remote) return null;
    if (!result.report || !Array.isArray(result.plan)) return here;
    const article = await runInSlices(articleFromRemoteSteps(doc, remote, () => slicer.due()), slicer);
    if (!article) return here;
    article.lang = lang;
    return { article, report: result.report, plan: result.plan, kinds: options.kinds, busyMs: slicer.busyMs };
  } catch (error) {
    if (error instanceof SliceAborted) throw error;
    return here;
  }
}
