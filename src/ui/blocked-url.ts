/** Why extensions cannot run on a page: the browser's own pages, the stores and account pages, PDF viewers, local files without access. */
export type BlockedReason = 'browser' | 'store' | 'pdf' | 'file';

// Hosts where the browser forbids content scripts: the extension stores of Chrome and Edge, and the
// Mozilla domains Firefox protects (extensions.webextensions.restrictedDomains).
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'discovery.addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'accounts.firefox.com',
  'accounts-static.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'install.mozilla.org',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);
const STORE_PATHS: Record<string, string> = {
  'chrome.google.com': '/webstore',
  'microsoftedge.microsoft.com': '/addons',
};
const PDF_PATH = /\.pdf$/i;

/**
 * Says why extensions cannot run on a URL, or null when they can. Anything that is not http(s) or
 * file: (chrome:, about:, edge:, view-source:, moz-extension:, data: ...) and anything unparsable is a
 * browser page; file: is blocked only without file access; a path ending in .pdf opens in the PDF viewer.
 */
export function blockedReason(url: string, fileAccess: boolean): BlockedReason | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser';
  }
  if (parsed.protocol === 'file:') {
    if (!fileAccess) return 'file';
  } else if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    const host = parsed.hostname.toLowerCase();
    const storePath = STORE_PATHS[host];
    if (STORE_HOSTS.has(host) || (storePath !== undefined && parsed.pathname.startsWith(storePath))) return 'store';
  } else {
    return 'browser';
  }
  return PDF_PATH.test(parsed.pathname) ? 'pdf' : null;
}
