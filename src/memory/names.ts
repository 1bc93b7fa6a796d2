/**
 * Names and roles as the memory compares them across articles: "José  Álvarez" and "Jose Alvarez" are one
 * name, "the U.S. envoy" and "the State Department's envoy to Syria" share the role word "envoy".
 * Tables are compiled once, at module scope.
 */

const MARKS = /\p{M}+/gu;
const POSSESSIVE = /['’ʼ]s\b/giu;
const APOSTROPHES = /['’ʼ`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// Courtesy titles a name may still carry, and generational suffixes: neither says who someone is.
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// Role words that describe many different people: sharing one of them is no evidence of being the same person.
const WEAK_ROLE_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'who', 'whom', 'that', 'this', 'its', 'his', 'her', 'their', 'our',
  'former', 'current', 'then', 'now', 'senior', 'junior', 'top', 'new', 'longtime', 'acting', 'interim',
  'also', 'said', 'says', 'one', 'two', 'three', 'another', 'other', 'local', 'based', 'has', 'was',
]);
const MIN_ROLE_WORD = 3;

/** A name or role folded for comparison: accents, possessive 's and apostrophes dropped, lower case, words joined by one space. */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').replace(POSSESSIVE, '').replace(APOSTROPHES, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** A person's name in parts: given name (null when only a surname is known) and surname; null for an empty name. */
export function personParts(normalized: string): { given: string | null; surname: string } | null {
  const words = normalized.split(' ').filter((w) => w !== '');
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  const surname = words.at(-1);
  if (!surname) return null;
  return { given: words.length > 1 ? words[0]! : null, surname };
}

/** The words of a role that can tell people apart ("envoy", "spokesman", "syria"); empty for no role. */
export function roleWords(role: string | null): Set<string> {
  const out = new Set<string>();
  if (!role) return out;
  for (const word of normalizeName(role).split(' ')) {
    if (word.length >= MIN_ROLE_WORD && !WEAK_ROLE_WORDS.has(word)) out.add(word);
  }
  return out;
}

/** True when two sets share a member. */
export function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) return true;
  return false;
}
