import { ANONYMOUS_NOUNS } from './anonymous-nouns';
import { ABBREVIATIONS, CUE_MODIFIERS, NP_STOPS, TIME_WORDS } from './function-words';
import { OUTLETS } from './outlets';
import { entries } from './parse';
import { PRONOUNS } from './pronouns';
import { QUOTE_VERBS } from './quote-verbs';
import { SPEECH_VERBS } from './speech-verbs';
import { TITLES } from './titles';

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
export const cueModifiers: ReadonlySet<string> = new Set(entries(CUE_MODIFIERS));
export const npStops: ReadonlySet<string> = new Set(entries(NP_STOPS));
export const timeWords: ReadonlySet<string> = new Set(entries(TIME_WORDS));
export const abbreviations: ReadonlySet<string> = new Set(entries(ABBREVIATIONS));

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

/** Lower-cases a name and drops a leading "the", so "The AP" and "AP" compare equal. */
export function outletKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}
