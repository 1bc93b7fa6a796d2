/**
 * The one way UI text is produced: every visible string lives in public/_locales/<lang>/messages.json
 * and is read through browser.i18n, so a translation needs no code change. The browser picks the
 * catalogue from its UI language (falling back to English, the manifest's default_locale).
 */
import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');

/** Every key of the English catalogue. */
export type MessageKey = Extract<keyof Messages, string>;

/**
 * Keys that come as `<base>_one` / `<base>_other`, for counts: browser.i18n has no plural rules, so `tn`
 * picks the form by the catalogue language's CLDR rules. Only `one` and `other` are written: French and
 * Spanish have a third form, `many`, for exact multiples of a million only ("1 000 000 de sources"), a
 * count no page reaches; it falls back to `other`.
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

export type Substitution = string | number;

/** A translator: the signature the pure exporters take, so tests and pages pass their own in. */
export type Translate = (key: MessageKey, subs?: Substitution | Substitution[]) => string;

/**
 * Looks a message up. A key missing from the catalogue comes back as the key itself, so a gap shows
 * up on screen and in tests instead of as blank space.
 */
export const t: Translate = (key, subs) => {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  return browser.i18n.getMessage(key, list) || key;
};

const LANGUAGE = /^[a-z]{2,3}$/;

/**
 * The locale the UI text is in: the language of the catalogue the browser picked (its `messagesLocale`
 * entry), refined by the browser's UI language when that is a region of the same language ("de-CH"
 * formats numbers as Swiss German does). A browser in a language with no catalogue gets English text,
 * and English plural rules and language names with it, never its own. "en" when the catalogue does not say.
 */
export function uiLocale(tr: Translate = t): string {
  const said = tr('messagesLocale');
  const catalogue = LANGUAGE.test(said) ? said : 'en';
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage?.() ?? '';
  } catch {
    // No i18n API here: the catalogue's language alone.
  }
  const region = ui.replace(/_/g, '-');
  return region.toLowerCase().split('-')[0] === catalogue ? region : catalogue;
}

const rules = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function formatsFor(locale: string) {
  let held = rules.get(locale);
  if (!held) {
    try {
      held = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    } catch {
      held = { plural: new Intl.PluralRules('en'), number: new Intl.NumberFormat('en') };
    }
    rules.set(locale, held);
  }
  return held;
}

/**
 * A count in words: `<base>_<category>` by the UI language's CLDR plural rules (French says "0 source",
 * "1 source", "2 sources"; English "0 sources"), with the count as $1, written as the UI language writes
 * numbers ("1.234" in German), then `more` as $2.... A category with no message of its own (`many`)
 * uses `<base>_other`.
 */
export function tn(base: PluralKey, count: number, more: Substitution[] = [], tr: Translate = t): string {
  const { plural, number } = formatsFor(uiLocale(tr));
  const category = plural.select(count);
  const subs = [number.format(count), ...more];
  if (category === 'one' || category === 'other') return tr(`${base}_${category}` as MessageKey, subs);
  const key = `${base}_${category}` as MessageKey;
  const own = tr(key, subs);
  return own === '' || own === key ? tr(`${base}_other` as MessageKey, subs) : own;
}
