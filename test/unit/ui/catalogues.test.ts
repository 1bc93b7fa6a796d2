/**
 * The catalogues of public/_locales agree with the English one: the same keys, the same placeholders per
 * key, the plural forms each language needs, store-listing lengths the stores accept.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './fixtures/fake-i18n';

const english = CATALOGUES.en!;
const languages = Object.keys(CATALOGUES).filter((lang) => lang !== 'en');
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
const pluralBases = Object.keys(english)
  .filter((key) => key.endsWith('_one'))
  .map((key) => key.slice(0, -'_one'.length));

describe('the catalogues', () => {
  it('are English, German, French and Spanish', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each(languages)('%s has exactly the keys of the English one, in the same order', (lang) => {
    expect(Object.keys(CATALOGUES[lang]!)).toEqual(Object.keys(english));
  });

  it.each(languages)('%s uses the same placeholders as English in every message', (lang) => {
    const differ = Object.keys(english).filter(
      (key) => placeholders(CATALOGUES[lang]![key]?.message ?? '').join() !== placeholders(english[key]!.message).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(Object.keys(CATALOGUES))('%s names its own language and leaves no message empty', (lang) => {
    const messages = CATALOGUES[lang]!;
    expect(messages.messagesLocale?.message).toBe(lang);
    expect(Object.keys(messages).filter((key) => messages[key]!.message.trim() === '')).toEqual([]);
  });

  // Counts reach the thousands at most (the badge stops at 999+); French and Spanish have a third form,
  // `many`, only for exact multiples of a million, which tn() writes with `_other`.
  it.each(Object.keys(CATALOGUES))('%s has every plural form its language needs for counts up to 100,000', (lang) => {
    const rules = new Intl.PluralRules(lang);
    const needed = new Set<string>();
    for (let n = 0; n <= 100_000; n++) needed.add(rules.select(n));
    const missing = pluralBases.flatMap((base) => [...needed].filter((form) => !(`${base}_${form}` in CATALOGUES[lang]!)).map((form) => `${base}_${form}`));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(CATALOGUES))('%s fits the stores’ listing limits (name 75 characters, description 132)', (lang) => {
    expect(CATALOGUES[lang]!.extName!.message.length).toBeLessThanOrEqual(75);
    expect(CATALOGUES[lang]!.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('puts quotations in each language’s own marks', () => {
    const quoted = Object.fromEntries(Object.keys(CATALOGUES).map((lang) => [lang, CATALOGUES[lang]!.quoted!.message]));
    expect(quoted).toEqual({ en: '“$1”', de: '„$1“', fr: '«\u00a0$1\u00a0»', es: '«$1»' });
  });
});
