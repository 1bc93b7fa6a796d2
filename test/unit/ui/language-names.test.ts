import { describe, expect, it } from 'vitest';
import { languageList, languageName } from '../../../src/ui/language-names';
import { installCatalogue } from './fixtures/fake-i18n';

describe('languageName', () => {
  it.each([
    ['en', 'it', 'Italian'],
    ['de', 'it', 'Italienisch'],
    ['fr', 'it', 'italien'],
    ['es', 'it', 'italiano'],
    ['de', 'pt', 'Portugiesisch'],
    ['en', 'he', 'Hebrew'],
  ])('in the %s UI, %s is %j', (ui, code, name) => {
    installCatalogue(ui);
    expect(languageName(code)).toBe(name);
  });

  it('is null for a code the browser has no name for, or no code at all', () => {
    installCatalogue('en');
    expect(languageName('qqq')).toBeNull();
    expect(languageName('not a tag')).toBeNull();
  });
});

describe('languageList', () => {
  it.each([
    ['en', 'English, German, French, and Spanish'],
    ['de', 'Englisch, Deutsch, Französisch und Spanisch'],
    ['fr', 'anglais, allemand, français et espagnol'],
    ['es', 'inglés, alemán, francés y español'],
  ])('names the languages as the %s UI writes a list', (ui, list) => {
    installCatalogue(ui);
    expect(languageList(['en', 'de', 'fr', 'es'])).toBe(list);
  });

  it('is the one name for a list of one', () => {
    installCatalogue('de');
    expect(languageList(['en'])).toBe('Englisch');
  });
});
