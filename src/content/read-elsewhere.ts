/**
 * The page reader off the page's main thread (src/page/remote-read.ts), as the annotator uses it: the
 * page's HTML goes to the extension, which reads the article and analyzes it; the answer is tied back to
 * the live page. Large pages (see src/page/large-page.ts) are read in the page, in slices: their HTML
 * alone would take a long task to serialize.
 */
import type { Report } from '../engine/types';
import { MAX_HTML_LENGTH, parseRemoteArticle } from '../message-guards';
import type { ReadPageRequest, ReadPageResult } from '../messaging';
import { isLargePageSteps } from '../page/large-page';
import { articleFromRemoteSteps, pageHtml } from '../page/remote-read';
import { runInSlices, SliceAborted, type Slicer } from '../page/slicer';
import type { ArticleText } from '../page/types';
import type { PlannedMark } from '../highlight/plan';
import type { KindToggles } from '../settings';

// Milliseconds of our own work per slice while tying the answer to the page (the annotator's slices are as long).
const TIE_SLICE_MS = 4;

export interface ReadElsewhere {
  article: ArticleText;
  report: Report;
  /** The marks planned for `report` with the kinds asked for, in text order. */
  plan: PlannedMark[];
  kinds: KindToggles;
  /** Main-thread ms of the read: the slicer's work up to sending, then tying the answer to the page. */
  busyMs: number;
}

/** The page is to be read in the page itself; `large`: what the size check found (no need to ask again). */
export interface ReadHere {
  readHere: true;
  large: boolean;
}

/**
 * The article and its report, read elsewhere; null when the page holds no article; ReadHere when it
 * cannot be read elsewhere (a large page, no answer, or a page whose text no longer matches the answer):
 * the caller reads it in the page. Rejects with SliceAborted when the slicer's work is cancelled.
 */
export async function readElsewhere(
  doc: Document,
  slicer: Slicer,
  options: { maxChars: number; kinds: KindToggles },
  send: (request: ReadPageRequest) => Promise<ReadPageResult>,
): Promise<ReadElsewhere | ReadHere | null> {
  if (await runInSlices(isLargePageSteps(doc, () => slicer.due()), slicer)) return { readHere: true, large: true };
  const here: ReadHere = { readHere: true, large: false };
  // Serializing a long page is the longest step here: a task of its own.
  await slicer.pause();
  const html = pageHtml(doc);
  if (!html || html.length > MAX_HTML_LENGTH) return here;
  const before = slicer.busyMs;
  let result: ReadPageResult;
  try {
    result = await send({ html, maxChars: options.maxChars, kinds: options.kinds });
  } catch {
    return here; // the extension was reloaded, or its reader failed: read in the page
  }
  // Tying the answer to the page, in slices of our own clock: the slicer's current slice began before the
  // wait for the answer, so its own clock would count the wait.
  let busyMs = before;
  let t0 = performance.now();
  try {
    const remote = parseRemoteArticle(result?.article ?? null);
    if (!remote) return null;
    if (!result.report || !Array.isArray(result.plan)) return here;
    const steps = articleFromRemoteSteps(doc, remote, () => performance.now() - t0 >= TIE_SLICE_MS);
    for (;;) {
      const step = steps.next();
      busyMs += performance.now() - t0;
      if (step.done) {
        if (!step.value) return here;
        return { article: step.value, report: result.report, plan: result.plan, kinds: options.kinds, busyMs };
      }
      await slicer.pause();
      t0 = performance.now();
    }
  } catch (error) {
    if (error instanceof SliceAborted) throw error;
    return here;
  }
}
