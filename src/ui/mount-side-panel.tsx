import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserPopupHost } from './browser-popup-host';
import { type ActiveTabSource, browserActiveTabs, followActiveTab } from './follow-tab';
import { localizeDocument } from './localize-document';
import { Popup } from './popup';
import { popupTabId } from './popup-tab';
import { StaticError } from './static-error';
import { StateMessage } from './state-message';
import { t } from './i18n';

/** The panel's view of whichever tab is active in its window: the popup's views, for the tab of the moment. */
export function FollowingPanel({ doc, tabs }: { doc: Document; tabs: ActiveTabSource }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    followActiveTab(tabs, setTabId).then(
      (stopper) => (live ? (stop = stopper) : stopper()),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [tabs]);
  if (failure !== null) return <StaticError message={failure} />;
  if (tabId === null) return <StateMessage busy title={t('loadingTitle')} />;
  // A new host (and view) per tab: nothing of one tab's page carries over to the next.
  return <Popup key={tabId} host={browserPopupHost(tabId, doc)} surface="panel" />;
}

/**
 * Starts the side panel in `doc`: for the tab named by `search` (`?tabId=N`, as the popup: tests and pinned
 * windows) or, as the browser opens it, for the active tab of its window, following the reader's tab switches.
 */
export async function mountSidePanel(doc: Document, search: string): Promise<void> {
  localizeDocument(doc, 'extName');
  doc.documentElement.classList.add('in-panel');
  const root = doc.getElementById('app')!;
  if (!new URLSearchParams(search).has('tabId')) {
    render(<FollowingPanel doc={doc} tabs={browserActiveTabs} />, root);
    return;
  }
  try {
    const tabId = await popupTabId(search, async () => undefined);
    render(<Popup host={browserPopupHost(tabId, doc)} surface="panel" />, root);
  } catch (error) {
    render(<StaticError message={error instanceof Error ? error.message : String(error)} />, root);
  }
}
