import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Translate, tn, uiLocale } from '../../../src/ui/i18n';
import { localizeDocument } from '../../../src/ui/localize-document';
import { installCatalogue, installEnglish } from './fixtures/fake-i18n';

beforeEach(installEnglish);

/** A translator over a small hand-written catalogue, as a language's messages.json would answer. */
function translator(messages: Record<string, string>): Translate {
  return (key, subs) => {
    const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
    return (messages[key] ?? '').replace(/\$([1-9])/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
}

const french = translator({ messagesLocale: 'fr', countSources_one: '$1 source', countSources_other: '$1 sources' });
const german = translator({ messagesLocale: 'de', countSources_one: '$1 Quelle', countSources_other: '$1 Quellen' });

describe('tn: counts by the catalogue language’s plural rules', () => {
  it.each<[string, Translate | undefined, number, string]>([
    ['English 0', undefined, 0, '0 sources'],
    ['English 1', undefined, 1, '1 source'],
    ['English 2', undefined, 2, '2 sources'],
    ['English, a thousand and more, with a separator', undefined, 1234, '1,234 sources'],
    ['French counts 0 as one', french, 0, '0 source'],
    ['French 1', french, 1, '1 source'],
    ['French 2', french, 2, '2 sources'],
    ['French: a million has no form of its own in the catalogue, so the plural', french, 1_000_000, '1 000 000 sources'],
    ['German 0', german, 0, '0 Quellen'],
    ['German 1', german, 1, '1 Quelle'],
    ['German writes thousands with a dot', german, 1234, '1.234 Quellen'],
  ])('%s', (_, tr, count, expected) => {
    // French groups thousands with a narrow no-break space.
    expect(tn('countSources', count, [], tr).replace(/\u202f/g, ' ')).toBe(expected);
  });

  it('uses a form of its own when the catalogue has one (a language with `many`)', () => {
    const withMany = translator({ messagesLocale: 'fr', countSources_one: '$1 source', countSources_many: '$1 de sources', countSources_other: '$1 sources' });
    expect(tn('countSources', 2_000_000, [], withMany).replace(/\u202f/g, ' ')).toBe('2 000 000 de sources');
  });
});

describe('uiLocale', () => {
  it('is the language of the catalogue, refined by the browser’s region of it', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'de-CH');
    expect(uiLocale(german)).toBe('de-CH');
    expect(uiLocale(french)).toBe('fr');
  });

  it('is English for a browser in a language with no catalogue of ours', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'it');
    expect(uiLocale()).toBe('en');
  });

  it('is English when the catalogue does not name its language', () => {
    expect(uiLocale(translator({}))).toBe('en');
    expect(uiLocale((key) => key)).toBe('en');
  });
});

describe('localizeDocument', () => {
  it('gives an extension page the language and title of the catalogue the browser picked', () => {
    installCatalogue('de', 'de-AT');
    localizeDocument(document, 'optionsTitle');
    expect([document.documentElement.lang, document.title]).toEqual(['de-AT', 'Sourcelight-Einstellungen']);
  });

  it('says "en" on a browser in a language Sourcelight has no catalogue for', () => {
    installCatalogue('en', 'it-IT');
    localizeDocument(document, 'optionsTitle');
    expect([document.documentElement.lang, document.title]).toEqual(['en', 'Sourcelight settings']);
  });
});
