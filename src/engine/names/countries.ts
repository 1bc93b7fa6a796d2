// Country names in English, from i18n-iso-countries (ISO 3166-1, with the short and common forms: "Russia",
// "U.S.", "UK"): a country that speaks ("Russia said") is a government, an organization, never a person.
import en from 'i18n-iso-countries/langs/en.json';

/** Every English name of every country, lower-cased, with and without a leading "the". */
export const countryNames: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const value of Object.values(en.countries as Record<string, string | string[]>)) {
    for (const name of Array.isArray(value) ? value : [value]) {
      const key = name.toLowerCase();
      set.add(key);
      set.add(key.replace(/^the\s+/, ''));
    }
  }
  return set;
})();
