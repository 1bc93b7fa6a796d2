import { monthNames, onLanguage, type Lexicons } from './lexicons';

/**
 * What the lexicons say of a lower-case word, as bits: one table lookup answers every question the name index
 * asks of a word, instead of one set per question.
 */
export const W = {
  TITLE: 1,
  HONORIFIC: 2,
  GIVEN: 4,
  ORG_NAME: 8,
  ORG_NOUN: 16,
  ROLE: 32,
  FEMALE: 64,
  MALE: 128,
  NP_STOP: 256,
  CUE: 512,
  TIME: 1024,
  PARTICLE: 2048,
  OPENER: 4096,
  PLACE: 8192,
  ROLE_MODIFIER: 16384,
  EITHER: 32768,
  SPEECH: 65536,
  PRONOUN: 131072,
  /** The first word of an 'according to' phrase ("according", "laut", "selon"). */
  ACCORDING: 262144,
  /** A pronoun that tells a gender ("he", "sie", "elle"). */
  GENDERED: 524288,
  /** A noun that can name a source: an unnamed source's, a role, a title, a body's, a document's, an outlet's (source-heads.ts). */
  SOURCE: 1048576,
  /** Set by the tokenizer, not the lexicons: the word holds a hyphen ("prévient-elle"). */
  HYPHENATED: 2097152,
  /** Set by the tokenizer, not the lexicons: the word ends in a possessive "'s" or "’s". */
  POSSESSIVE: 4194304,
  /** An indefinite article or "one" opening a phrase for someone unnamed ("a", "eine", "one"). */
  INDEFINITE: 8388608,
} as const;

// Lower-case words inside a name: "Monica de Bolle", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi".
const PARTICLES = 'de del della der den di da das dos du la le van von ter ten al el bin ibn st.';
// Words that open a sentence before its subject ("Maybe Instagram likes it", "The …"); adverbs in -ly too (see `opensSentence`).
const OPENERS = 'the a an maybe perhaps yet still now then also even instead indeed meanwhile later earlier today yesterday last next first finally so thus hence there here however moreover furthermore therefore nevertheless nonetheless regardless otherwise likewise besides although though whenever whereas well what worse just see click visit subscribe download neither either';
// Last words of a place's name: "Linden Avenue", "Napa County".
const PLACES = 'street st avenue ave road rd boulevard blvd lane drive highway square park bridge river lake mountain mountains island islands bay coast valley county city town village state province district airport station harbor harbour port beach';
// Words of a title that describe no role on their own ("former NASA", "acting", "senior").
const ROLE_MODIFIERS = 'former then acting deputy senior top vice interim incoming outgoing retired late';
// Nouns a person or a company can be ("Boeing, prime contractor for …", "the owner"): they tell no kind.
const EITHER = 'contractor contractors partner partners owner owners developer publisher operator provider supplier producer distributor investor lender client customer member sponsor leader maker';

/** The word classes of a language, built once per language. */
function classTable(lex: Lexicons): Map<string, number> {
  const table = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  };
  mark(lex.titles, W.TITLE);
  mark([...lex.titles].map((t) => (t.endsWith('.') ? t.slice(0, -1) : `${t}.`)), W.TITLE);
  mark(lex.honorifics, W.HONORIFIC);
  mark(lex.givenNames.keys(), W.GIVEN);
  mark(lex.orgNameWords, W.ORG_NAME);
  mark(lex.orgNouns, W.ORG_NOUN);
  mark(lex.roleNouns, W.ROLE);
  mark(lex.femaleNouns, W.FEMALE);
  mark(lex.maleNouns, W.MALE);
  mark(lex.npStops, W.NP_STOP);
  mark(lex.cueWords.keys(), W.CUE);
  mark(lex.cuePhrases.keys(), W.CUE);
  mark([...lex.cueWords].filter(([, kind]) => kind === 1).map(([w]) => w), W.SPEECH);
  mark(lex.timeWords, W.TIME);
  mark(lex.pronouns.keys(), W.PRONOUN);
  mark(lex.determiners, W.OPENER);
  // Helpers and adverbs that open a sentence before its subject ("Además, …", "Dann …") start no name.
  if (lex.data.code !== 'en') mark(lex.cueModifiers, W.OPENER);
  // "Laut Landesbetrieb …", "D’après Claire Fontanel", "Según …": an 'according to' word opens no name.
  mark(lex.according.keys(), W.OPENER);
  mark(lex.according.keys(), W.ACCORDING);
  mark(lex.pronounGender.keys(), W.GENDERED);
  mark(lex.indefinites, W.INDEFINITE);
  for (const words of [lex.anonymousNouns, lex.roleNouns, lex.titles, lex.orgNouns, lex.orgNameWords, lex.documentNouns, lex.mediaNouns]) mark(words, W.SOURCE);
  if (lex.data.code === 'en') {
    mark(PARTICLES.split(' '), W.PARTICLE);
    mark(OPENERS.split(' '), W.OPENER);
    mark(PLACES.split(' '), W.PLACE);
    mark(ROLE_MODIFIERS.split(' '), W.ROLE_MODIFIER);
    mark(EITHER.split(' '), W.EITHER);
  } else {
    mark(PARTICLES.split(' '), W.PARTICLE);
  }
  return table;
}

/** True when the language writes month names lower-case (Spanish, French), by the platform's calendar data. */
function monthsLowerCase(code: string): boolean {
  const name = new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 6, 15));
  return name !== name.toUpperCase() && name[0] === name[0]!.toLowerCase();
}

/**
 * A table of word classes for the tokenizer's one lookup per word: open addressing over typed arrays, with a hash
 * of the word's characters. Answers as the Map it is made from does (0 for a word it does not hold).
 */
class WordTable {
  private readonly mask: number;
  /** Each slot's hash and classes, side by side (one memory read for both). */
  private readonly slots: Int32Array;
  private readonly keys: Array<string | null>;
  /** One bit per value of the hash's top 16 bits that some word has: most words the table lacks stop here (8 KB). */
  private readonly present = new Int32Array(2048);

  constructor(map: Map<string, number>) {
    let size = 16;
    while (size < map.size * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    this.keys = new Array<string | null>(size).fill(null);
    for (const [w, bits] of map) {
      if (bits === 0) continue;
      const h = hashOf(w);
      let i = h & this.mask;
      while (this.keys[i] !== null) i = (i + 1) & this.mask;
      this.keys[i] = w;
      this.present[h >>> 21] = this.present[h >>> 21]! | (1 << ((h >>> 16) & 31));
      this.slots[2 * i] = h;
      this.slots[2 * i + 1] = bits;
    }
  }

  get(w: string): number {
    return this.getHashed(w, hashOf(w));
  }

  /** `get`, with the word's hash (`hashOf`) already made by the caller. */
  getHashed(w: string, h: number): number {
    if ((this.present[h >>> 21]! & (1 << ((h >>> 16) & 31))) === 0) return 0;
    const keys = this.keys;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[i];
      if (k === null) return 0;
      if (this.slots[2 * i] === h && k === w) return this.slots[2 * i + 1]!;
    }
  }
}

/** FNV-1a over the UTF-16 code units: HASH_START, then `hashStep` for each code unit. */
function hashOf(w: string): number {
  let h = HASH_START;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 16777619);
  return h;
}
export const HASH_START = 0x811c9dc5 | 0;
/** The hash of a word after one more code unit `c` (the tokenizer hashes a word as it scans it). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** A language's classes: every word's, and the same without given names (most words of a text start lower-case). */
interface Tables {
  all: Map<string, number>;
  lowerCase: Map<string, number>;
  /** The same two, for the tokenizer. */
  allWords: WordTable;
  lowerCaseWords: WordTable;
}
const tables = new Map<Lexicons, Tables>();
let table = new Map<string, number>();
let allWords = new WordTable(table);
let lowerCaseWords = new WordTable(table);
let nounsCapitalised = false;
onLanguage((lex) => {
  nounsCapitalised = !!lex.data.nounsCapitalised;
  let t = tables.get(lex);
  if (!t) {
    const all = classTable(lex);
    const lowerCase = new Map<string, number>();
    for (const [w, bits] of all) if (bits & ~W.GIVEN) lowerCase.set(w, bits & ~W.GIVEN);
    // Where months are written lower-case ("en julio", "en juillet"), a capitalised one is a name: "Julio Ferreira".
    if (monthsLowerCase(lex.data.code)) for (const m of monthNames(lex.data.code)) if (all.has(m)) all.set(m, all.get(m)! & ~W.TIME);
    t = { all, lowerCase, allWords: new WordTable(all), lowerCaseWords: new WordTable(lowerCase) };
    tables.set(lex, t);
  }
  table = t.all;
  allWords = t.allWords;
  lowerCaseWords = t.lowerCaseWords;
});

/** The classes of a lower-case word (0 for a word no lexicon holds). */
export function classesOf(lower: string): number {
  return allWords.get(lower);
}

/**
 * The classes of a word, and where every noun is capitalised, of the nouns it ends in: German writes compounds as
 * one word ("Bundesjustizministerium" ends in "ministerium", "Branchenverbands" in "verband" and a genitive "s").
 */
export function compoundClasses(w: string): number {
  let c = allWords.get(w);
  if (!nounsCapitalised) return c;
  const genitive = w.length > 5 && w.endsWith('s');
  for (let k = 2; k <= w.length - 4; k++) {
    c |= allWords.get(w.slice(k));
    if (genitive) c |= allWords.get(w.slice(k, -1));
  }
  if (genitive) c |= allWords.get(w.slice(0, -1));
  return c;
}

/**
 * The classes of a word as written in the text: a word written lower-case is no given name ("will", "mark"), so it
 * is looked up in the smaller table of words that are not names.
 */
export function classesOfWritten(lower: string, cap: boolean): number {
  return (cap ? allWords : lowerCaseWords).get(lower);
}

/** `classesOfWritten`, with the hash of `lower` (`hashStep` over its code units from HASH_START) made by the caller. */
export function classesOfHashed(lower: string, cap: boolean, h: number): number {
  return (cap ? allWords : lowerCaseWords).getHashed(lower, h);
}

/** The classes of each token of one article (read from the tokens, which carry them). */
export class TokenClasses {
  // The tokens by what is read here of them (tokens.ts imports this module, so not by its type).
  constructor(private readonly tokens: ReadonlyArray<{ readonly cls: number }>) {}
  of(k: number): number {
    return this.tokens[k]!.cls;
  }
  has(k: number, bit: number): boolean {
    return k >= 0 && k < this.tokens.length && (this.tokens[k]!.cls & bit) !== 0;
  }
}

/** True when the word ends in a possessive "'s" or "’s", or in a bare apostrophe after s, x or z ("Halas‘", the tokenizer's). */
export function possessive(w: string): boolean {
  return possessiveLength(w) > 0;
}

/** How many characters the possessive ending takes: 2 for "’s", 1 for "Halas‘", else 0. */
function possessiveLength(w: string): number {
  const n = w.length;
  if (n < 3) return 0;
  const last = w.charCodeAt(n - 1);
  if (last === 115 || last === 83) {
    const c = w.charCodeAt(n - 2);
    return c === 39 || c === 0x2019 ? 2 : 0;
  }
  return (last === 39 || last === 0x2019 || last === 0x2018) && /[sxzß]/i.test(w[n - 2]!) ? 1 : 0;
}

/** A name as written without its possessive ending: "Steenburgen’s" -> "Steenburgen". */
export function bareName(w: string): string {
  return w.slice(0, w.length - possessiveLength(w));
}

/** The word without a possessive ending: "steenburgen’s" -> "steenburgen", "halas‘" -> "halas". */
export function bareLower(lower: string): string {
  const n = possessiveLength(lower);
  return n > 0 ? lower.slice(0, -n) : lower;
}
