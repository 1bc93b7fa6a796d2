import { browser } from 'wxt/browser';
import { isObject, parsePageState } from '../message-guards';
import { ANALYZED, isOwnSender, onMessage, sendMessage } from '../messaging';
import { isSiteDisabled, readSettings, setSiteDisabled } from '../settings';
import { downloadText } from './download';
import type { PopupHost } from './popup-host';
import { originPattern } from './view-state';

const WEB_URL = /^(https?|file):/;

/** The popup's host backed by the real browser, for tab `tabId`, writing downloads into `doc`. */
export function browserPopupHost(tabId: number, doc: Document): PopupHost {
  return {
    async loadFacts() {
      const [tab, state, fileAccess] = await Promise.all([
        browser.tabs.get(tabId),
        sendMessage('popupGetTabState', tabId),
        browser.extension.isAllowedFileSchemeAccess().catch(() => false),
      ]);
      // tab.url is only visible with a host permission (or activeTab); an empty string means the same.
      const url = tab.url || null;
      const hasPermission =
        url !== null && WEB_URL.test(url)
          ? await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => null)
          : null;
      const status = tab.status === 'loading' || tab.status === 'complete' ? tab.status : null;
      return { url, title: tab.title ?? null, status, state: state ?? { state: 'unknown' }, hasPermission, fileAccess };
    },
    async siteSettings(hostname) {
      const settings = await readSettings();
      return { siteOn: !isSiteDisabled(hostname, settings.disabledSites), globalOn: settings.enabled };
    },
    async setSiteOn(hostname, on) {
      if (on) {
        // An entry also covers its subdomains, so turning a site on removes every entry that covers it.
        const { disabledSites } = await readSettings();
        for (const site of disabledSites) if (isSiteDisabled(hostname, [site])) await setSiteDisabled(site, false);
      } else {
        await setSiteDisabled(hostname, true);
      }
      // The content script watches the settings and reports its new state; no message needed.
    },
    async setTabOn(on) {
      await sendMessage('tabSetAnnotations', { enabled: on }, tabId);
    },
    scrollTo: (attributionId) => sendMessage('tabScrollTo', { attributionId }, tabId),
    stepSource: (sourceId, direction) => sendMessage('tabStepSource', { sourceId, direction }, tabId),
    requestPermission: (origin) => browser.permissions.request({ origins: [origin] }),
    reloadTab: () => browser.tabs.reload(tabId),
    openOptions: () => browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (text, format, fileName) => downloadText(doc, text, format, fileName),
    watch(listener) {
      // The content script reports its state to the background; extension pages hear the same message,
      // so the popup updates the moment the page is read, with no polling.
      const stopState = onMessage('contentPageState', (message) => {
        if (!isOwnSender(message.sender, browser.runtime.id) || message.sender.tab?.id !== tabId) return;
        if ((message.sender.frameId ?? 0) !== 0) return;
        // An article state that names the background's report (ArticleStateRef): ask the background for it.
        const data: unknown = message.data;
        if (isObject(data) && data.state === 'article' && data.report === ANALYZED) return listener();
        try {
          listener(parsePageState(message.data));
        } catch {
          // A malformed state is ignored here; the background rejects it too.
        }
      });
      const onUpdated = (id: number, change: { status?: string; url?: string }) => {
        if (id === tabId && (change.status === 'complete' || change.url !== undefined)) listener();
      };
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        stopState();
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
  };
}
