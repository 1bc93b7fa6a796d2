/**
 * Reads a page's article from its HTML for a content script, off the page's main thread
 * (src/page/remote-read.ts). Firefox's background is a page and parses HTML itself; Chrome's service
 * worker has no DOMParser, so it asks an offscreen document (entrypoints/offscreen), created on the
 * first read and kept for the next ones.
 */
import { browser } from 'wxt/browser';
import { parseRemoteArticle } from '../message-guards';
import type { ReadPageRequest } from '../messaging';
import { sendMessage } from '../messaging';
import { parseInert, readHtml } from '../page/read-html';
import type { RemoteArticle } from '../page/remote-read';

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  const runtime = (globalThis as { chrome?: { runtime?: ChromeRuntimeContexts } }).chrome?.runtime;
  const open = await runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open && open.length > 0) return;
  creating ??= offscreen
    .createDocument({ url: browser.runtime.getURL(OFFSCREEN_PATH), reasons: ['DOM_PARSER'], justification: 'Read the article of a page off the page’s main thread.' })
    .catch((error: unknown) => {
      // Another read created it meanwhile.
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The article of the page's HTML, read in a document of the extension's own; null when it holds none. */
export async function readPageHtml(request: ReadPageRequest): Promise<RemoteArticle | null> {
  if (typeof DOMParser === 'function') return readHtml(request.html, parseInert, request.maxChars);
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new Error('no way to parse HTML here');
  await ensureOffscreen(offscreen);
  return parseRemoteArticle(await sendMessage('offscreenReadPage', request));
}
