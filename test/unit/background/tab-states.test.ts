import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeText, badgeTitle } from '../../../src/background/badge';
import { TabStates } from '../../../src/background/tab-states';
import type { PageState } from '../../../src/messaging';
import { installCatalogue, installEnglish } from '../ui/fixtures/fake-i18n';

const article = (sources: number): PageState => ({
  state: 'article',
  url: 'https://news.example/a',
  title: 'A',
  report: {
    schema: 1,
    title: 'A',
    textLength: 0,
    sources: Array.from({ length: sources }, (_, i) => ({ id: `s${i + 1}`, name: `N${i}`, kind: 'person' as const, role: null, aliases: [] })),
    attributions: [],
  },
});

describe('badgeText', () => {
  it.each([
    ['an article with 8 sources', article(8), '8'],
    ['an article with none', article(0), '0'],
    ['an article with 1,200 sources', article(1200), '999+'],
    ['a page that is no article', { state: 'not-article', url: 'u' } as PageState, ''],
    ['a page where Sourcelight is off', { state: 'disabled', url: 'u' } as PageState, ''],
    ['an error', { state: 'error', url: 'u', message: 'm' } as PageState, ''],
    ['a page in a language Sourcelight does not read', { state: 'unsupported-language', url: 'u', lang: 'it' } as PageState, ''],
    ['no state', null, ''],
  ])('shows %s as %j', (_name, state, text) => expect(badgeText(state)).toBe(text));
});

describe('badgeTitle', () => {
  beforeEach(installEnglish);
  it.each([
    ['an article with 8 sources', article(8), 'Sourcelight: 8 sources on this page'],
    ['an article with one', article(1), 'Sourcelight: 1 source on this page'],
    ['an article with 1,200 sources', article(1200), 'Sourcelight: 1,200 sources on this page'],
    ['a page that is no article', { state: 'not-article', url: 'u' } as PageState, 'Sourcelight'],
    ['a page in Italian', { state: 'unsupported-language', url: 'u', lang: 'it' } as PageState, 'Sourcelight doesn’t read Italian, the language of this page'],
    ['a page in a language the browser has no name for', { state: 'unsupported-language', url: 'u', lang: 'qqq' } as PageState, 'Sourcelight doesn’t read the language of this page'],
    ['no state', null, 'Sourcelight'],
  ])('says %s as %j', (_name, state, title) => expect(badgeTitle(state)).toBe(title));

  it('speaks the reader’s language', () => {
    installCatalogue('de');
    expect(badgeTitle(article(2))).toBe('Sourcelight: 2 Quellen auf dieser Seite');
    expect(badgeTitle({ state: 'unsupported-language', url: 'u', lang: 'it' })).toBe('Sourcelight liest kein Italienisch, die Sprache dieser Seite');
    installCatalogue('fr');
    expect(badgeTitle({ state: 'unsupported-language', url: 'u', lang: 'it' })).toBe('Sourcelight ne lit pas la langue de cette page (italien)');
  });
});

describe('TabStates', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the latest state per tab, survives a service-worker restart through session storage, and forgets closed tabs', async () => {
    const states = new TabStates();
    expect(await states.get(7)).toEqual({ state: 'unknown' });
    await states.set(7, article(2));
    await states.set(7, article(3));
    expect(await states.get(7)).toEqual(article(3));

    const restarted = new TabStates(); // a fresh worker: nothing in memory
    expect(await restarted.get(7)).toEqual(article(3));
    await restarted.forget(7);
    expect(await new TabStates().get(7)).toEqual({ state: 'unknown' });
  });
});
