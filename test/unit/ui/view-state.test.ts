import { describe, expect, it } from 'vitest';
import { type TabFacts, originPattern, resolveView } from '../../../src/ui/view-state';
import { seedReport } from './fixtures/seed-report';

const base: TabFacts = { url: 'https://news.example/story', title: 'Tab title', status: 'complete', state: { state: 'unknown' }, hasPermission: true, fileAccess: false };
const article = { state: 'article', url: 'https://news.example/story', title: null, report: seedReport } as const;

describe('resolveView', () => {
  it.each<[string, Partial<TabFacts>, string]>([
    ['an article the content script read', { state: article }, 'article'],
    ['a page that is not an article', { state: { state: 'not-article', url: base.url! } }, 'not-article'],
    ['a PDF that the content script called not an article', { state: { state: 'not-article', url: 'https://x.example/a.pdf' } }, 'blocked:pdf'],
    ['a site the reader turned off', { state: { state: 'disabled', url: base.url! } }, 'disabled'],
    ['a page in a language Sourcelight does not read', { state: { state: 'unsupported-language', url: base.url!, lang: 'it' } }, 'unsupported-language'],
    ['an error in the content script', { state: { state: 'error', url: base.url!, message: 'boom' } }, 'error'],
    ['a URL the browser hides from us', { url: null }, 'blocked:unknown'],
    ['a browser page', { url: 'chrome://settings/' }, 'blocked:browser'],
    ['an extension store', { url: 'https://chromewebstore.google.com/' }, 'blocked:store'],
    ['a PDF with no content script', { url: 'https://x.example/a.pdf' }, 'blocked:pdf'],
    ['a local file without file access', { url: 'file:///tmp/a.html' }, 'blocked:file'],
    ['a site without permission', { hasPermission: false }, 'no-permission'],
    ['a tab still loading', { status: 'loading' }, 'loading'],
    ['a loaded page no content script answered for', {}, 'stale'],
    ['a local file with access and no content script', { url: 'file:///tmp/a.html', fileAccess: true, hasPermission: null }, 'stale'],
  ])('%s', (_, facts, expected) => {
    const view = resolveView({ ...base, ...facts });
    expect(view.kind === 'blocked' ? `blocked:${view.reason}` : view.kind).toBe(expected);
  });

  it('titles an article from the content script, then the report, then the tab', () => {
    expect(resolveView({ ...base, state: { ...article, title: 'Page' } })).toMatchObject({ title: 'Page' });
    expect(resolveView({ ...base, state: article })).toMatchObject({ title: seedReport.title });
    expect(resolveView({ ...base, state: { ...article, report: { ...seedReport, title: null } } })).toMatchObject({ title: 'Tab title' });
  });

  it('asks for permission on the page origin', () => {
    expect(resolveView({ ...base, url: 'https://a.example:8443/x?y', hasPermission: false })).toEqual({ kind: 'no-permission', origin: 'https://a.example/*' });
  });
});

describe('originPattern', () => {
  it.each([
    ['https://www.example.com/a/b?c#d', 'https://www.example.com/*'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1/*'],
    ['file:///home/a.html', 'file:///*'],
  ])('%s -> %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});
