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
} as const;

// Lower-case words inside a name: "Monica de Bolle", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi".
const PARTICLES = 'de del della der den di da das dos du la le van von ter ten al el bin ibn st.';
// Words that open a sentence before its subject ("Maybe Instagram likes it", "The …"); adverbs in -ly too (see `opensSentence`).
const OPENERS = 'the a an maybe perhaps yet still now then also even instead indeed meanwhile later earlier today yesterday last next first finally so thus hence';
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

/** A language's classes: every word's, and the same without given names (most words of a text start lower-case). */
interface Tables {
  all: Map<string, number>;
  lowerCase: Map<string, number>;
}
const tables = new Map<Lexicons, Tables>();
let table = new Map<string, number>();
let lowerCaseTable = new Map<string, number>();
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
    t = { all, lowerCase };
    tables.set(lex, t);
  }
  table = t.all;
  lowerCaseTable = t.lowerCase;
});

/** The classes of a lower-case word (0 for a word no lexicon holds). */
export function classesOf(lower: string): number {
  return table.get(lower) ?? 0;
}

/**
 * The classes of a word, and where every noun is capitalised, of the nouns it ends in: German writes compounds as
 * one word ("Bundesjustizministerium" ends in "ministerium", "Branchenverbands" in "verband" and a genitive "s").
 */
export function compoundClasses(w: string): number {
  let c = table.get(w) ?? 0;
  if (!nounsCapitalised) return c;
  const genitive = w.length > 5 && w.endsWith('s');
  for (let k = 2; k <= w.length - 4; k++) {
    c |= table.get(w.slice(k)) ?? 0;
    if (genitive) c |= table.get(w.slice(k, -1)) ?? 0;
  }
  if (genitive) c |= table.get(w.slice(0, -1)) ?? 0;
  return c;
}

/**
 * The classes of a word as written in the text: a word written lower-case is no given name ("will", "mark"), so it
 * is looked up in the smaller table of words that are not names.
 */
export function classesOfWritten(lower: string, cap: boolean): number {
  return (cap ? table : lowerCaseTable).get(lower) ?? 0;
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
