import { ANONYMOUS_NOUNS } from './anonymous-nouns';
import { DOCUMENT_NOUNS } from './document-nouns';
import { ABBREVIATIONS, CUE_MODIFIERS, NP_STOPS, TIME_WORDS } from './function-words';
import { MEDIA_NOUNS } from './media-nouns';
import { ORG_NAME_WORDS, ORG_NOUNS } from './org-words';
import { OUTLETS } from './outlets';
import { entries } from './parse';
import { PRONOUNS } from './pronouns';
import { QUOTE_VERBS } from './quote-verbs';
import { FEMALE_NOUNS, MALE_NOUNS, ROLE_NOUNS } from './role-nouns';
import { SPEECH_VERBS } from './speech-verbs';
import { HONORIFICS, TITLES } from './titles';

/** The lexicons as lookup tables, parsed once when the module loads. */
export const speechVerbs: ReadonlySet<string> = new Set(entries(SPEECH_VERBS));
export const quoteVerbs: ReadonlySet<string> = new Set(entries(QUOTE_VERBS));
/** Every cue word in one table: 1 for a speech verb, 2 for a verb that needs a quotation next to it. */
export const cueWords: ReadonlyMap<string, 1 | 2> = new Map<string, 1 | 2>([
  ...[...quoteVerbs].map((w) => [w, 2] as [string, 2]),
  ...[...speechVerbs].map((w) => [w, 1] as [string, 1]),
]);
export const anonymousNouns: ReadonlySet<string> = new Set(entries(ANONYMOUS_NOUNS));
export const titles: ReadonlySet<string> = new Set(entries(TITLES));
export const honorifics: ReadonlySet<string> = new Set(entries(HONORIFICS));
export const cueModifiers: ReadonlySet<string> = new Set(entries(CUE_MODIFIERS));
export const npStops: ReadonlySet<string> = new Set(entries(NP_STOPS));
export const timeWords: ReadonlySet<string> = new Set([...entries(TIME_WORDS), ...monthNames('en')]);

/**
 * The month names of a language, long and short ("january", "jan", "jan."), from the platform's own calendar
 * data (Intl, CLDR): no list to type or keep.
 */
export function monthNames(locale: string): string[] {
  const out: string[] = [];
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const name = format.format(Date.UTC(2001, m, 15)).toLowerCase();
      out.push(name, name.endsWith('.') ? name.slice(0, -1) : `${name}.`);
    }
  }
  return out;
}
export const abbreviations: ReadonlySet<string> = new Set(entries(ABBREVIATIONS));
export const roleNouns: ReadonlySet<string> = new Set(entries(ROLE_NOUNS));
export const femaleNouns: ReadonlySet<string> = new Set(entries(FEMALE_NOUNS));
export const maleNouns: ReadonlySet<string> = new Set(entries(MALE_NOUNS));
export const orgNameWords: ReadonlySet<string> = new Set(entries(ORG_NAME_WORDS));
export const orgNouns: ReadonlySet<string> = new Set(entries(ORG_NOUNS));
export const documentNouns: ReadonlySet<string> = new Set(entries(DOCUMENT_NOUNS));
export const mediaNouns: ReadonlySet<string> = new Set(entries(MEDIA_NOUNS));

/** Pronoun -> what it prefers to point at ("person", "thing", "group", "speaker", "relative"). */
export const pronouns: ReadonlyMap<string, string> = new Map(
  entries(PRONOUNS).map((line) => line.split('|') as [string, string]),
);

/** Normalised outlet name (lower case, no leading "the") -> the canonical outlet name. */
export const outletNames: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of entries(OUTLETS)) {
    const names = line.split('|').map((n) => n.trim());
    for (const n of names) {
      const key = outletKey(n);
      if (!map.has(key)) map.set(key, names[0]!);
    }
  }
  return map;
})();

/** The first word (lower case) of every outlet name, "the" dropped: a cheap test before building a key. */
export const outletStarts: ReadonlySet<string> = new Set([...outletNames.keys()].map((k) => k.split(' ')[0]!));

/** Lower-cases a name and drops a leading "the", so "The AP" and "AP" compare equal. */
export function outletKey(name: string): string {
  let key = name.toLowerCase();
  // Names come in one line with single spaces nearly always: the regular expressions only when they would change something.
  if (/\s\s|[\t\n\r\u00a0]|^\s|\s$/.test(key)) key = key.replace(/\s+/g, ' ').trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}
