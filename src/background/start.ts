/**
 * The background: keeps each tab's latest page state (for the popup) and its badge, runs the engine for
 * content scripts (off the page's main thread), turns the keyboard command into a message to the tab.
 * Every message is checked: it must come from this extension, and its payload must have the right shape.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../engine';
import { LANGUAGES } from '../engine/lang/registry';
import type { Report } from '../engine/types';
import { BadMessage, isObject, isTabId, MAX_HTML_LENGTH, parseAnalyzeRequest, parsePageState, parseReadPageRequest } from '../message-guards';
import { Uploads } from '../uploads';
import { readPageHtml } from './read-page';
import { MAX_TOTAL_MARKS } from '../highlight/mark-in-slices';
import { planMarks } from '../highlight/plan';
import { ANALYZED, CONTENT_PORT, NO_ANALYSIS, isOwnSender, onMessage, pack, sendMessage, type ReadPageResult, type UnreadLanguage } from '../messaging';
import { setBadge } from './badge';
import { panelCommandListener } from './panel-command';
import { Rememberer } from './remember';
import { TabStates } from './tab-states';
import { unreadLanguage } from './unread-language';

export const TOGGLE_COMMAND = 'toggle-annotations';

/** Checks a content script's message: our extension, a real tab, its top frame. Returns the tab id. */
function contentTab(sender: { id?: string; tab?: { id?: number }; frameId?: number } | undefined): number {
  if (!isOwnSender(sender, browser.runtime.id)) throw new BadMessage('not from Sourcelight');
  const tabId = sender?.tab?.id;
  if (!isTabId(tabId) || (sender?.frameId ?? 0) !== 0) throw new BadMessage('not from a tab’s top frame');
  return tabId;
}

export function startBackground(): void {
  const states = new TabStates();
  const memory = new Rememberer();

  // The report each tab's content script had analyzed last: its article state names it rather than sending it back.
  const analyses = new Map<number, Report>();
  // Long texts and pages arrive in parts ahead of the request that names them (src/uploads.ts).
  const uploads = new Uploads(MAX_HTML_LENGTH);

  onMessage('contentPart', ({ data, sender }) => {
    uploads.add(contentTab(sender), data);
  });

  onMessage('contentPageState', async ({ data, sender }) => {
    const tabId = contentTab(sender);
    let raw: unknown = data;
    if (isObject(data) && data.state === 'article' && data.report === ANALYZED) {
      const report = analyses.get(tabId);
      if (!report) throw new BadMessage(NO_ANALYSIS);
      raw = { ...data, report };
    }
    const state = parsePageState(raw);
    await states.set(tabId, state);
    await setBadge(tabId, state);
    // Not awaited: the content script's answer does not wait for the memory's write.
    void memory.remember(state);
  });

  // An article in a language Sourcelight does not read gets no report back, so no marks: the content script
  // publishes the unsupported-language state instead.
  onMessage('contentAnalyze', ({ data, sender }) => {
    const tabId = contentTab(sender);
    const request = parseAnalyzeRequest(isObject(data) ? { ...data, text: uploads.take(tabId, data.text) } : data);
    const report = analyze(request, { languages: LANGUAGES });
    const unread = unreadLanguage(report, request.lang);
    if (unread) {
      analyses.delete(tabId);
      return pack<Report | UnreadLanguage>({ unreadLanguage: unread });
    }
    analyses.set(tabId, report);
    return pack<Report | UnreadLanguage>(report);
  });

  onMessage('contentReadPage', async ({ data, sender }) => {
    const tabId = contentTab(sender);
    const request = parseReadPageRequest(isObject(data) ? { ...data, html: uploads.take(tabId, data.html) } : data);
    const article = await readPageHtml(request);
    if (!article) return pack<ReadPageResult>({ article: null, report: null, plan: null });
    const report = analyze({ text: article.text, title: article.title, paragraphStarts: article.paragraphStarts, lang: request.lang ?? null }, { languages: LANGUAGES });
    const unread = unreadLanguage(report, request.lang);
    if (unread) {
      analyses.delete(tabId);
      return pack<ReadPageResult>({ article: null, report: null, plan: null, unreadLanguage: unread });
    }
    analyses.set(tabId, report);
    // The marks are planned here too: sorting spans is work the page's main thread need not do.
    return pack<ReadPageResult>({ article, report, plan: planMarks(report, request.kinds, MAX_TOTAL_MARKS) });
  });

  onMessage('popupGetTabState', ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id)) throw new BadMessage('not from Sourcelight');
    if (!isTabId(data)) throw new BadMessage('tabId must be a tab id');
    return states.get(data);
  });

  onMessage('popupRememberTab', async ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id)) throw new BadMessage('not from Sourcelight');
    if (!isTabId(data)) throw new BadMessage('tabId must be a tab id');
    const state = await states.get(data);
    return state.state === 'unknown' ? false : memory.remember(state);
  });

  // Content scripts hold a port only to learn when this extension goes away (src/content/boot.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CONTENT_PORT || !isOwnSender(port.sender, browser.runtime.id)) port.disconnect();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    analyses.delete(tabId);
    uploads.forget(tabId);
    void states.forget(tabId);
  });
  // A new document in the tab: forget the old one's state until its content script speaks (pages where
  // no content script runs, such as the browser's own, then show nothing).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) {
      analyses.delete(tabId);
      uploads.forget(tabId);
      void states.forget(tabId);
      void setBadge(tabId, null);
    }
  });

  const onPanelCommand = panelCommandListener(browser.sidePanel);
  browser.commands?.onCommand.addListener((command, tab) => void onPanelCommand(command, tab));
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await sendMessage('tabToggleAnnotations', undefined, tabId).catch(() => {
      // No content script on this tab (a browser page, or opened before install): nothing to toggle.
    });
  });
}
