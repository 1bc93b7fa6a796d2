const TAB_ID = /^[0-9]{1,10}$/;

/**
 * The tab the popup is about: `?tabId=N` when given (tests and pinned windows open it that way), else
 * the active tab of the current window. Throws for a tabId that is not a whole number, or when there
 * is no active tab.
 */
export async function popupTabId(search: string, activeTabId: () => Promise<number | undefined>): Promise<number> {
  const given = new URLSearchParams(search).get('tabId');
  if (given !== null) {
    if (!TAB_ID.test(given)) throw new Error(`Not a tab id: "${given.slice(0, 40)}"`);
    return Number(given);
  }
  const active = await activeTabId();
  if (active === undefined) throw new Error('No active tab');
  return active;
}
