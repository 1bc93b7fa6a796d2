import { browser } from 'wxt/browser';
import { isId, isObject, parsePageState } from '../message-guards';
import { seenBefore } from '../memory/seen-before';
import { MemoryStore } from '../memory/store';
import { ANALYZED, isOwnSender, sendMessage } from '../messaging';
import { isSiteDisabled, readMemorySettings, readSettings, setMemoryEnabled, setSiteDisabled } from '../settings';
import { downloadText } from './download';
import { memoryPagePath } from './memory-link';
import { observeMessage, type Observed } from './observe-message';
import type { PopupHost } from './popup-host';
import { openSidePanel } from './side-panel';
import { originPattern } from './view-state';

const WEB_URL = /^(https?|file):/;

/** The popup's host backed by the real browser, for tab `tabId`, writing downloads into `doc`. */
export function browserPopupHost(tabId: number, doc: Document): PopupHost {
  /** A message from this tab's top frame, sent by our own content script. */
  const fromTab = ({ sender }: Observed) => isOwnSender(sender, browser.runtime.id) && sender.tab?.id === tabId && (sender.frameId ?? 0) === 0;
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
    scrollTo: (attributionId) => sendMessage('tabScrollTo', { attributionId, card: true }, tabId),
    stepSource: (sourceId, direction) => sendMessage('tabStepSource', { sourceId, direction }, tabId),
    requestPermission: (origin) => browser.permissions.request({ origins: [origin] }),
    reloadTab: () => browser.tabs.reload(tabId),
    openOptions: () => browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (text, format, fileName) => downloadText(doc, text, format, fileName),
    watch(listener) {
      // The content script reports its state to the background; extension pages hear the same message,
      // so the popup updates the moment the page is read, with no polling.
      const stopState = observeMessage('contentPageState', (message) => {
        if (!fromTab(message)) return;
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
    watchCard(listener) {
      return observeMessage('contentCardShown', (message) => {
        if (!fromTab(message) || !isObject(message.data)) return;
        const id = message.data.attributionId;
        if (id === null || isId(id)) listener(id);
      });
    },
    hasSidePanel: () => openSidePanel(tabId) !== null,
    openSidePanel: () => openSidePanel(tabId)?.() ?? Promise.reject(new Error('No side panel in this browser')),
    memorySettings: readMemorySettings,
    async answerMemory(on) {
      await setMemoryEnabled(on);
      if (on) await sendMessage('popupRememberTab', tabId);
    },
    async seenBefore(report, url, title) {
      if (!(await readMemorySettings()).enabled) return new Map();
      const store = await MemoryStore.open();
      try {
        return await seenBefore(report, url, title, store);
      } finally {
        store.close();
      }
    },
    memoryPageUrl: (entry) => browser.runtime.getURL(`/${memoryPagePath(entry)}`),
    async openMemoryPage(entry) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${memoryPagePath(entry)}`) });
    },
  };
}
