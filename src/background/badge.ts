/** The toolbar badge: the number of sources on an article page, nothing anywhere else. */
import { browser } from 'wxt/browser';
import type { PageState } from '../messaging';

const BADGE_COLOR = '#3b4a6b';

/** The badge text for a page state: the source count ("999+" past that) on articles, '' otherwise. */
export function badgeText(state: PageState | null): string {
  if (!state || state.state !== 'article') return '';
  const n = state.report.sources.length;
  return n > 999 ? '999+' : String(n);
}

/** Sets the badge of one tab; a tab that closed meanwhile is ignored. */
export async function setBadge(tabId: number, state: PageState | null): Promise<void> {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: badgeText(state) });
    if (state?.state === 'article') await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab is gone.
  }
}
