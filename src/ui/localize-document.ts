import { browser } from 'wxt/browser';
import { type MessageKey, t, uiLocale } from './i18n';

/**
 * Gives an extension page its language, direction and title (a message key) from the catalogue the browser
 * picked: the language the page's text is in, which screen readers pronounce it by (a browser in a language
 * with no catalogue shows English text, and the page says "en").
 */
export function localizeDocument(doc: Document, title: MessageKey): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t(title);
}
