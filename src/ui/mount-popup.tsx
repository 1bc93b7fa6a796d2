import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserPopupHost } from './browser-popup-host';
import { localizeDocument } from './localize-document';
import { Popup } from './popup';
import { popupTabId } from './popup-tab';
import { StaticError } from './static-error';

/**
 * Starts the popup in `doc`: for the tab named by `search` (`?tabId=N`, which also lays the page out for
 * a full tab) or the active one. A bad tab id shows the error view rather than a blank popup.
 */
export async function mountPopup(doc: Document, search: string): Promise<void> {
  localizeDocument(doc, 'extName');
  const root = doc.getElementById('app')!;
  if (new URLSearchParams(search).has('tabId')) doc.documentElement.classList.add('in-tab');
  try {
    const tabId = await popupTabId(search, async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    });
    // Once the side panel took over, the toolbar popup closes; a popup opened in a tab (?tabId=N) stays.
    const inTab = doc.documentElement.classList.contains('in-tab');
    render(<Popup host={browserPopupHost(tabId, doc)} onClose={inTab ? undefined : () => doc.defaultView?.close()} />, root);
  } catch (error) {
    render(<StaticError message={error instanceof Error ? error.message : String(error)} />, root);
  }
}
