import { browser } from 'wxt/browser';
import { BadMessage, parseReadPageRequest } from '../../src/message-guards';
import { isOwnSender, onMessage } from '../../src/messaging';
import { parseInert, readHtml } from '../../src/page/read-html';

// Chrome's offscreen document: reads a page's article from its HTML for the background service worker,
// which has no DOMParser (src/background/read-page.ts). Answers the background only, never a tab.
onMessage('offscreenReadPage', ({ data, sender }) => {
  if (!isOwnSender(sender, browser.runtime.id) || sender.tab) throw new BadMessage('not from Sourcelight’s background');
  const request = parseReadPageRequest(data);
  return readHtml(request.html, parseInert, request.maxChars);
});
