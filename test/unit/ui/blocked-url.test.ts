import { describe, expect, it } from 'vitest';
import { blockedReason } from '../../../src/ui/blocked-url';

describe('blockedReason', () => {
  it.each([
    ['https://www.example.com/news/story', false, null],
    ['http://127.0.0.1:8080/seed-article.html', false, null],
    ['chrome://extensions/', false, 'browser'],
    ['chrome://newtab/', false, 'browser'],
    ['about:blank', false, 'browser'],
    ['about:addons', false, 'browser'],
    ['edge://settings', false, 'browser'],
    ['view-source:https://example.com/', false, 'browser'],
    ['chrome-extension://abcdefghijklmnop/popup.html', false, 'browser'],
    ['moz-extension://1234/options.html', false, 'browser'],
    ['data:text/html,<p>hi</p>', false, 'browser'],
    ['not a url', false, 'browser'],
    ['https://chromewebstore.google.com/detail/x/abc', false, 'store'],
    ['https://chrome.google.com/webstore/category/extensions', false, 'store'],
    ['https://chrome.google.com/search', false, null],
    ['https://addons.mozilla.org/en-US/firefox/', false, 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', false, 'store'],
    ['https://example.com/report.PDF', false, 'pdf'],
    ['https://example.com/report.pdf.html', false, null],
    ['file:///home/me/article.html', false, 'file'],
    ['file:///home/me/article.html', true, null],
    ['file:///home/me/paper.pdf', true, 'pdf'],
  ])('%s (file access: %s) -> %s', (url, fileAccess, expected) => {
    expect(blockedReason(url, fileAccess)).toBe(expected);
  });
});
