import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/page';
import { declaredLanguage, primaryLanguage } from '../../src/page/declared-language';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('primaryLanguage', () => {
  it.each<[string | null | undefined, string | null]>([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['fr_FR', 'fr'],
    ['EN-us', 'en'],
    ['es-419', 'es'],
    ['zh-Hant-TW', 'zh'],
    ['  pt-BR  ', 'pt'],
    ['iw', 'he'],
    ['de, en', 'de'],
    ['fil', 'fil'],
    ['', null],
    ['*', null],
    ['x-klingon', null],
    ['i-klingon', null],
    ['ISO639-2 fre', null],
    ['und', null],
    ['zxx', null],
    ['english', null],
    ['en-', null],
    ['12', null],
    [null, null],
    [undefined, null],
  ])('%j is %j', (raw, expected) => {
    expect(primaryLanguage(raw)).toBe(expected);
  });
});

describe('declaredLanguage', () => {
  it.each<[string, string, string | null]>([
    ['<html lang>', '<!doctype html><html lang="de-DE"><head><title>Regierung plant Reform</title></head><body></body></html>', 'de'],
    ['xml:lang on an XHTML-style page', '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><head><title>Réforme</title></head><body></body></html>', 'fr'],
    [
      'og:locale when <html> says nothing',
      '<html class="ie"><head><meta charset="utf-8"><meta property="og:locale" content="es_AR"><meta property="og:type" content="article"></head><body></body></html>',
      'es',
    ],
    ['og:locale given as a name', '<html><head><meta name="og:locale" content="it_IT"></head><body></body></html>', 'it'],
    ['content-language', '<html><head><meta http-equiv="Content-Language" content="de-AT"></head><body></body></html>', 'de'],
    ['a content-language list, first entry', '<html><head><meta http-equiv="content-language" content="nl, en"></head><body></body></html>', 'nl'],
    ['<meta name="language">', '<html><head><meta name="Language" content="pt-PT"></head><body></body></html>', 'pt'],
    ['a language written out in words is no tag', '<html><head><meta name="language" content="Portuguese"></head><body></body></html>', null],
    ['DC.language', '<html><head><meta name="DC.language" content="fr"><meta property="og:locale" content="fr_FR"></head><body></body></html>', 'fr'],
    [
      'the template’s lang="en" gives way to the metadata',
      '<!DOCTYPE html><!--[if lt IE 9]><html class="no-js lt-ie9" lang="en"><![endif]--><html class="no-js" lang="en"><head><meta property="og:locale" content="fr_FR"><meta property="og:site_name" content="Le Quotidien"></head><body></body></html>',
      'fr',
    ],
    [
      'a page in English that says so everywhere',
      '<html lang="en-GB"><head><meta property="og:locale" content="en_GB"><meta http-equiv="content-language" content="en"></head><body></body></html>',
      'en',
    ],
    ['<html lang> before og:locale when both name other languages', '<html lang="ca"><head><meta property="og:locale" content="es_ES"></head><body></body></html>', 'ca'],
    [
      'junk skipped for the next valid one',
      '<html lang="x-default"><head><meta property="og:locale" content="ISO639-2 ger"><meta http-equiv="content-language" content="de"></head><body></body></html>',
      'de',
    ],
    ['an empty lang and no metadata', '<html lang=""><head><title>Untitled</title></head><body></body></html>', null],
    ['no declaration at all', '<html><head><title>Page</title></head><body><p lang="fr">Bonjour</p></body></html>', null],
    ['metadata in the body is not the page’s', '<html><head></head><body><meta property="og:locale" content="de_DE"></body></html>', null],
  ])('%s', (_, html, expected) => {
    expect(declaredLanguage(page(html))).toBe(expected);
  });

  it('reads the page without changing it', () => {
    const doc = page('<html lang="de"><head><meta property="og:locale" content="de_DE"></head><body><p>Text</p></body></html>');
    const before = doc.documentElement.outerHTML;
    declaredLanguage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the page reader', () => {
  it.each([
    ['an Italian news page', 'test/fixtures/languages/italian-news.html', 'it'],
    ['the English seed article', 'test/fixtures/seed-article.html', 'en'],
  ])('gives %s’s article its declared language', (_, file, lang) => {
    const article = readArticle(page(readFileSync(resolve(file), 'utf8')));
    expect(article?.lang).toBe(lang);
  });

  it('says null for an article whose page declares no language', () => {
    const html = readFileSync(resolve('test/fixtures/seed-article.html'), 'utf8').replace('<html lang="en">', '<html>');
    expect(readArticle(page(html))?.lang).toBeNull();
  });
});
