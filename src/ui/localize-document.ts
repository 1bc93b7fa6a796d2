import { browser } from 'wxt/browser';
import { type MessageKey, t } from './i18n';

/** Gives an extension page its language, direction and title (a message key) from the browser's UI locale. */
export function localizeDocument(doc: Document, title: MessageKey): void {
  doc.documentElement.lang = browser.i18n.getUILanguage() || 'en';
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t(title);
}
