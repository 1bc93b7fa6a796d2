/**
 * The toolbar badge: the number of sources on an article page, nothing anywhere else; its tooltip says
 * what the number counts, or why a page has none.
 */
import { browser } from 'wxt/browser';
import type { PageState } from '../messaging';
import { type Translate, t, tn } from '../ui/i18n';
import { languageName } from '../ui/language-names';

const BADGE_COLOR = '#3b4a6b';

/** The badge text for a page state: the source count ("999+" past that) on articles, '' otherwise. */
export function badgeText(state: PageState | null): string {
  if (!state || state.state !== 'article') return '';
  const n = state.report.sources.length;
  return n > 999 ? '999+' : String(n);
}

/**
 * The toolbar button's tooltip for a page state: the source count on articles, the language on a page in
 * one Sourcelight does not read (which has no count), the extension's name elsewhere.
 */
export function badgeTitle(state: PageState | null, tr: Translate = t): string {
  if (state?.state === 'article') return tn('badgeSources', state.report.sources.length, [], tr);
  if (state?.state === 'unsupported-language') {
    const name = languageName(state.lang, tr);
    return name ? tr('badgeLanguage', name) : tr('badgeLanguageUnnamed');
  }
  return tr('extName');
}

/** Sets the badge and tooltip of one tab; a tab that closed meanwhile is ignored. */
export async function setBadge(tabId: number, state: PageState | null): Promise<void> {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: badgeText(state) });
    await action.setTitle({ tabId, title: badgeTitle(state) });
    if (state?.state === 'article') await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab is gone.
  }
}
