import { anonymousNouns, current, determiners, npStops, orgNameWords, outletKey, outletNames, pronouns, roleNouns, timeWords } from './lexicons';
import { elision, type Token } from './tokens';
import { classesOf, W } from './word-classes';

// Prepositions that end a noun phrase's head: "a spokesman for the campaign", "Senator Ann Cole of New York",
// "people familiar with the matter", "sources in the camp".
const HEAD_ENDS = new Set('of for from at in with on to by near inside outside about who whom whose which that close'.split(' '));
/** Words that stand for people on their own: "others said", "some say", "one said". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['others', 'some', 'many', 'several', 'few', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'most', 'those']);
const DETERMINERS = new Set('the a an this that these those his her their its our my your both all each every some any no'.split(' '));
export const POSSESSIVE = /['’]s$/;

/** `w.replace(POSSESSIVE, '')` without running a regular expression: "Swift’s" -> "Swift". */
export function dropPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019 ? w.slice(0, -2) : w;
}
// Nouns of quantity or number, whose "of" leads to the people counted.
const QUANTITIES = new Set('percent number majority minority half third quarter chorus handful dozen dozens hundreds thousands millions host group groups coalition most many some all none several few one two three four five each either neither both any'.split(' '));

/**
 * Where the head of the noun phrase [s, e) ends: before its first preposition, unless the preposition is part of
 * a capitalised name ("Centre for Economic Policy Research", "Bank of America").
 */
export function headEnd(tokens: Token[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    const t = tokens[k]!;
    // "le porte-parole d’Emmanuel Macron": "de" written into the name after a lower-case noun links it too.
    if (elision(t) > 0 && (t.lower.charCodeAt(0) | 32) === 100 && tokens[k - 1]!.kind === 'word' && !tokens[k - 1]!.cap) return k;
    if (k === e - 1) break;
    // (A passive's agent after a participle: "Fuentes consultadas por este diario".)
    // (A phrase of a preposition after the noun, where every noun is capitalised: "Das Unternehmen von Mark Zuckerberg".)
    if (t.kind !== 'word' || !(HEAD_ENDS.has(t.lower) || current.nounLinks.has(t.lower) || (current.passiveAgent.has(t.lower) && !tokens[k - 1]!.cap) || (current.nounsCapitalised && current.midPrepositions.has(t.lower)))) continue;
    // "73 percent of likely voters", "a chorus of prominent Republicans": the head is what the quantity counts.
    if (t.lower === 'of' && QUANTITIES.has(tokens[k - 1]!.lower)) return headEnd(tokens, k + 1, e);
    // ("el Secretario de Organización del Comité Central": a title before "de" heads the phrase.)
    // (Where every noun is capitalised, a noun for people before the link heads it: "ein Sprecher der Polizei"; so does
    // one capitalised only as the phrase's first word: "Fuentes del Ministerio de Hacienda".)
    // ("Ron Epstein of Bank of America": a person's name, given name first, heads the phrase; the body is where they work.)
    const inName =
      !personBefore(tokens, s, k) &&
      tokens[k - 1]!.cap &&
      tokens[k + 1]!.cap &&
      (/^(?:of|for)$/.test(t.lower) || (current.nounLinks.has(t.lower) && (tokens[k - 1]!.cls & W.TITLE) === 0 && !((current.nounsCapitalised || k - 1 === s) && personNoun(tokens[k - 1]!.lower)))) &&
      // (Where every noun is capitalised, a body's word before the link: "Bundesministerium der Justiz"; "einer Mitteilung
      // der Stadt Augsburg" is a document, headed by its noun.)
      nameHasOrgWord(tokens, s, current.nounsCapitalised ? k : e);
    if (!inName) return k;
  }
  return e;
}

/** Tokens [s, k) are a person's name of two words or more: a given name first, no word of a body's name. */
export function personBefore(tokens: Token[], s: number, k: number): boolean {
  if (k - s < 2 || (tokens[s]!.cls & W.GIVEN) === 0 || (tokens[s]!.cls & (W.TITLE | W.PLACE)) !== 0) return false;
  for (let j = s; j < k; j++) if (!tokens[j]!.cap || (tokens[j]!.cls & W.ORG_NAME) !== 0) return false;
  return true;
}

/** A noun for a person or people, an unnamed source's or a role's ("Sprecher", "Chefin", "Experten"). */
function personNoun(lower: string): boolean {
  const noun = canonicalNoun(lower);
  return roleNouns.has(noun) || anonymousNouns.has(noun);
}

function nameHasOrgWord(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.cap && orgNameWords.has(dropPossessive(tokens[k]!.lower))) return true;
  return false;
}

/** A word of the classes that name someone: people, unnamed sources, organizations, documents, outlets. */
export function isSourceNoun(lower: string): boolean {
  if (isSourceWord(canonicalNoun(lower))) return true;
  // "ex-wife", "co-founder", "vice-chairman", "Macron-Berater": the last part of a compound.
  const dash = lower.lastIndexOf('-');
  return dash > 0 && dash < lower.length - 2 && isSourceNoun(lower.slice(dash + 1));
}

/**
 * The lexicon's form of a noun: itself, its singular ("officials" -> "official"), and in a language that writes
 * nouns together and inflects them (German) its stem ("Beamten" -> "beamte", "Mitarbeitern" -> "mitarbeiter") or
 * the noun a compound ends in ("Forschungsteam" -> "team", "Innenministerium" -> "ministerium"). The word itself
 * when none is a source noun.
 */
export function canonicalNoun(lower: string): string {
  if (isSourceWord(lower)) return lower;
  const sg = singular(lower);
  if (isSourceWord(sg)) return sg;
  // "the 21-year-old": a number, then the noun.
  const c0 = lower.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    const dash = lower.indexOf('-');
    if (dash > 0 && isSourceWord(lower.slice(dash + 1))) return lower.slice(dash + 1);
  }
  if (!current.nounsCapitalised) return lower;
  for (let cut = 1; cut <= 2; cut++) {
    const stem = lower.slice(0, -cut);
    if (stem.length > 3 && isSourceWord(stem)) return stem;
  }
  for (let i = 1; i + 4 <= lower.length; i++) {
    const tail = lower.slice(i);
    if (isSourceWord(tail)) return tail;
    if (tail.length > 5 && isSourceWord(tail.slice(0, -1))) return tail.slice(0, -1);
  }
  // ("Bundesamt", "Stadtrat": a noun of three letters after a stem of four or more.)
  if (lower.length >= 7 && isSourceWord(lower.slice(-3))) return lower.slice(-3);
  return lower;
}

/**
 * "The Romanian hacker", "a German user", "The Benghazi mom speechwriter": where a phrase ends in its noun, an article,
 * capitalised words, then a noun for a person (by its ending only) at token k, whom the name describes but does not name.
 * ("the RealClearPolitics average", "a Pentagon readout" name their issuer.)
 */
export function namedPersonNoun(tokens: Token[], s: number, k: number): boolean {
  return current.nounLast && plainNoun(tokens[k]!) && PERSON_NOUN_END.test(tokens[k]!.lower) && nameBefore(tokens, s, k);
}

/**
 * An article, capitalised words and no more than one other lower-case noun before token k, the whole phrase from s
 * ("the Romanian hacker", "a German user", "The Benghazi mom speechwriter").
 */
function nameBefore(tokens: Token[], s: number, k: number): boolean {
  let j = k - 1;
  if (j > s && plainNoun(tokens[j]!)) j--;
  if (j <= s || !tokens[j]!.cap || tokens[j]!.kind !== 'word' || (tokens[j]!.cls & W.POSSESSIVE) !== 0) return false;
  while (j > s + 1 && tokens[j - 1]!.cap && tokens[j - 1]!.kind === 'word' && (tokens[j - 1]!.cls & W.POSSESSIVE) === 0) j--;
  return j === s + 1 && DETERMINERS.has(tokens[s]!.lower);
}

/** A lower-case word of letters that is no word of time and no adverb in -ly: perhaps a noun. */
function plainNoun(t: Token): boolean {
  return !t.cap && t.kind === 'word' && t.q < 0 && (t.cls & (W.TIME | W.CUE | W.OPENER | W.PRONOUN | W.NP_STOP)) === 0 && t.lower.length >= 3 && !PARTICIPLE_END.test(t.lower) && LETTERS_ONLY.test(t.lower);
}
const LETTERS_ONLY = /^[a-z]+$/;
const PERSON_NOUN_END = /(?:er|or|ist|man|ian|ee)s?$|men$/;
// ("familiar" is no head either: "one Democrat familiar with …"; nor "himself".)
const PARTICIPLE_END = /(?:ly|ed|en|ing|self|selves|iar)$/;

/** One of the lexicons' nouns for sources (one table lookup for the seven lists: W.SOURCE). */
function isSourceWord(w: string): boolean {
  return (classesOf(w) & W.SOURCE) !== 0;
}

/** The singular of a regular English plural: "ministries" -> "ministry", "officials" -> "official". */
export function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/**
 * The head word of the noun phrase [s, e): the last word before its first preposition, or the noun just before a
 * word that follows it ("people familiar with the matter", "officials close to the talks").
 */
export function headOf(tokens: Token[], s: number, e: number): number {
  const end = headEnd(tokens, s, e);
  for (let k = end - 1; k >= s && k >= end - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || DETERMINERS.has(t.lower)) continue;
    // A word's classes, read by the tokenizer, tell a stop word or a pronoun; a possessive's are its bare word's.
    if (t.cls & W.POSSESSIVE ? npStops.has(t.lower) || pronouns.has(t.lower) : (t.cls & (W.NP_STOP | W.PRONOUN)) !== 0) continue;
    // "Swift's rep", "the agency's spokesman": the possessor is not the head.
    if (POSSESSIVE.test(t.text) && k < end - 1) return end - 1;
    // "Otros conceptos": a quantifier capitalised at the sentence's start is no head.
    if (t.cap && k === s && k < end - 1 && determiners.has(t.lower)) continue;
    // ("data released Friday by state regulators": a day or a month is no head.)
    if ((t.cap && !((t.cls & (W.TIME | W.GIVEN)) === W.TIME && k > s && !tokens[k - 1]!.cap)) || isSourceNoun(dropPossessive(t.lower))) return k;
    // "The Romanian hacker who …", "The Benghazi mom speechwriter": where a phrase ends in its noun, a lower-case word
    // after a capitalised one is the head, not the name before it (no "Romanian" speaks).
    if (k === end - 1 && namedPersonNoun(tokens, s, k)) return k;
  }
  return end - 1;
}

/**
 * Where every noun is capitalised: "Die jedem Anbieter entstehenden Kosten", "der Cut", an article and one capitalised
 * word that no lexicon knows as a noun for people, bodies or outlets, is a common noun, no name.
 */
function commonNoun(tokens: Token[], s: number, h: number, lower: string): boolean {
  if (h === s || !determiners.has(tokens[s]!.lower) || (tokens[h]!.cls & (W.GIVEN | W.TITLE)) !== 0 || isSourceNoun(lower)) return false;
  // "die Deutsche Bank": a capitalised word right before the head makes a name of the two.
  if (h - 1 > s && tokens[h - 1]!.cap && tokens[h - 1]!.kind === 'word') return false;
  // "Ein Fan", "Eine Buchhalterin": an indefinite article right before its noun names someone unnamed (the resolver's).
  if (h === s + 1 && current.indefinites.has(tokens[s]!.lower) && (tokens[h]!.cls & W.TIME) === 0) return false;
  return !outletNames.has(outletKey(tokens.slice(s, h + 1).map((t) => t.text).join(' ')));
}

/**
 * True when the noun phrase [s, e) can name someone who speaks: a pronoun, a name, an outlet, or a noun for
 * people, an unnamed source, an organization or a document ("officials", "the spokesman", "the company",
 * "the report"). "fill trenches", "earlier repairs", "Thursday morning", "the stock" name no one.
 */
export function namesSomeone(tokens: Token[], s: number, e: number): boolean {
  if (e <= s) return false;
  if (e - s === 1 && pronouns.has(tokens[s]!.lower)) return true;
  const h = headOf(tokens, s, e);
  const head = tokens[h]!;
  const end = h + 1;
  if (head.kind !== 'word') return false;
  const lower = dropPossessive(head.lower);
  // ("Aunque, añade, …", "Incluso, añadió, …": a connective or an adverb of the language capitalised at the sentence's
  // start names no one.)
  if (head.cap && e - s === 1 && (head.cls & (W.OPENER | W.NP_STOP)) !== 0 && (head.cls & W.GIVEN) === 0) return false;
  if (head.cap && e - s === 1 && current.subordinators.has(lower)) return false;
  if (head.cap) return !timeWords.has(lower) && !(current.nounsCapitalised && commonNoun(tokens, s, h, lower));
  if (end - s === 1 && QUANTIFIERS.has(lower)) return true;
  if (lower === 'percent' && end - s <= 3) return true; // "73 percent said": those polled
  if (outletNames.has(outletKey(tokens.slice(s, end).map((t) => t.text).join(' ')))) return true;
  return isSourceNoun(lower);
}
