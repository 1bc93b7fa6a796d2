import { anonymousNouns, complementizers, cueModifiers, current, determiners, documentNouns, npStops, outletKey, outletNames, pronouns, roleNouns, speechVerbs, timeWords } from './lexicons';
import { canonicalNoun, isSourceNoun, namesSomeone } from './source-heads';
import { elidedArticle, type Token } from './tokens';
import { W } from './word-classes';

/** How a source is named next to its cue: the mention tokens, and the appositive role if any. */
export interface Subject {
  /** Mention tokens [ms, me). */
  ms: number;
  me: number;
  /** Role (appositive) tokens [rs, re), or rs === re when there is none. */
  rs: number;
  re: number;
  /** First and last+1 token of the whole subject phrase, role included. */
  start: number;
  end: number;
}

const PARTICLES_IN_NAMES = new Set(['von', 'van', 'de', 'der', 'zu', 'del', 'di', 'da']);

/** English determiners and the current language's. */
function isDet(w: string): boolean {
  return DET.has(w) || determiners.has(w);
}

const DET = new Set('the a an his her their its our my your some many several two three four other another one both most all any few these those this that'.split(' '));
// Determiners that stand for people on their own: "Another tweeted …", "Several said …", "Some said …".
const QUANTIFIER_SUBJECTS = new Set('another some several many others both most few'.split(' '));
// Capitalised words that begin sentences and never start a name.
const CAP_STOPS = new Set('but and so still now then yet also however meanwhile instead in on at as if when while after before since though although because asked speaking asked'.split(' '));
const TIME_NOUNS = new Set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night week weekend month year earlier later'.split(' '));
const MAX_NP = 12;
const POST_PREPS = new Set(['with', 'of', 'for', 'at', 'from', 'on', 'in', 'to', 'near', 'outside', 'inside', 'across', 'around', 'within']);

function isNameWord(t: Token, atStart: boolean): boolean {
  if (t.kind !== 'word' || t.q >= 0) return false;
  if (t.cap && !atStart) return !CAP_STOPS.has(t.lower) || t.lower === 'will' || t.lower === 'may';
  return !npStops.has(t.lower) && !CAP_STOPS.has(t.lower);
}

/** A given name and a capitalised word after it, no title, among tokens [s, e): a person's name ("Sen. Ann Cole"). */
function hasGiven(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e - 1; k++) if ((tokens[k]!.cls & W.GIVEN) !== 0 && tokens[k + 1]!.cap && (tokens[k + 1]!.cls & (W.TITLE | W.ROLE)) === 0) return true;
  return false;
}

// Classes of a word that make a capitalised phrase something other than a person's name.
const NOT_PERSON = W.ORG_NAME | W.ORG_NOUN | W.TITLE | W.ROLE | W.PLACE | W.SOURCE | W.TIME | W.NP_STOP | W.PRONOUN | W.OPENER;

/** "Amina Bello": two or three capitalised words, none of them a body's, a place's, a role's or a function word. */
function personShaped(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > 3) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || t.q >= 0 || (t.cls & NOT_PERSON) !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  }
  return true;
}

/** A title or a role word among tokens [s, e). */
function hasTitle(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if ((tokens[k]!.cls & (W.TITLE | W.ROLE)) !== 0) return true;
  return false;
}

function joinsNp(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '-' || t.text === '&' || t.text === '.' || t.text === '’' || t.text === "'");
}

/**
 * "Appearing on Today Mr Fitzsimmons", "On Monday Ms Kaur", "Speaking at the launch Ms Kaur": the honorific at k opens
 * the name, and the word before it ends a phrase of the sentence with no comma after it. Not after a title ("Prime
 * Minister Mr Modi"), nor after an article, a preposition or "and" ("one of Mr. Obama's advisers", "Mr. Grassley and
 * Mr. Leahy", which the phrase reader joins as before).
 */
export function titleOpens(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  if (!t || !p || t.kind !== 'word' || p.kind !== 'word' || p.q >= 0 || t.q >= 0 || !t.cap || (t.cls & W.HONORIFIC) === 0) return false;
  return (p.cls & (W.TITLE | W.ROLE | W.HONORIFIC | W.NP_STOP | W.POSSESSIVE)) === 0 && !isDet(p.lower) && !current.conjunctions.has(p.lower);
}

/** The noun phrase that ends at token k (reading backwards), or null. */
export function npBackward(tokens: Token[], a: number, k: number): { s: number; e: number } | null {
  if (k < a) return null;
  const head = tokens[k]!;
  if (!isNameWord(head, k === a)) return null;
  let s = k;
  let i = k - 1;
  let hops = 0;
  while (i >= a && k - i < MAX_NP) {
    const t = tokens[i]!;
    // ("Speaking at the launch Ms Kaur said": a phrase before the honorific with no comma after it is no part of the name.)
    if (s === i + 1 && titleOpens(tokens, s)) break;
    if (t.kind === 'word' && t.q < 0) {
      // "le porte-parole du ministère", "L’avocat du ministre": an article joined to "de" after a noun links the two.
      if (isDet(t.lower) && current.nounLinks.has(t.lower) && hops < 2 && i > a && isNameWord(tokens[i - 1]!, i - 1 === a) && !isDet(tokens[i - 1]!.lower)) {
        hops++;
        i--;
        continue;
      }
      if (isDet(t.lower)) {
        s = i;
        // "people familiar with the matter", "a spokesman for the campaign": a prepositional
        // phrase after the head noun; keep reading back past it.
        const prep = tokens[i - 1];
        const before = tokens[i - 2];
        // ("Experts not involved in the research": so does a participle and its phrase.)
        const agent = hops < 2 && !!prep && (prep.lower === 'by' || current.passiveAgent.has(prep.lower) || POST_PREPS.has(prep.lower)) ? sourceBeforeAgent(tokens, a, i - 1) : -1;
        if (agent >= 0) {
          // (From the noun on, words before it as before any noun: "two experts not involved in …".)
          hops++;
          s = agent;
          i = agent - 1;
          continue;
        }
        // "The mayor and the governor said": two phrases joined by "and", the first opening the sentence or set off by
        // punctuation ("He toured the plant and the governor said" keeps its clause apart).
        if (hops === 0 && prep && before && i - 2 >= a && prep.kind === 'word' && prep.q < 0 && (prep.lower === 'and' || current.conjunctions.has(prep.lower)) && before.kind === 'word' && before.q < 0 && (!before.cap || current.nounsCapitalised) && !/(?:ed|ly)$/.test(before.lower) && !IRREGULAR_PAST.has(before.lower)) {
          const left = npBackward(tokens, a, i - 2);
          if (left && isDet(tokens[left.s]!.lower) && (left.s === a || tokens[left.s - 1]!.kind === 'punct')) {
            s = left.s;
            break;
          }
        }
        // ("A report by the inspector general": a document's author after "by".)
        const byAuthor = prep?.lower === 'by' && !!before && documentNouns.has(before.lower);
        // ("Anna Berg von der Universität Mainz sagte": where every noun is capitalised, a phrase of a preposition after a
        // name, `midPrepositions`, is where the person works, the name before it the head.)
        // ("Etwa sieben Monate vor seinem Tod erlebte Elder": not after a noun a count opens.)
        const after = current.nounsCapitalised && !!prep && !prep.cap && current.midPrepositions.has(prep.lower) && !!before && before.cap && (i - 3 < a || tokens[i - 3]!.cap || isDet(tokens[i - 3]!.lower));
        if ((hops < 2 && prep && before && i - 2 >= a && (POST_PREPS.has(prep.lower) || byAuthor || current.nounLinks.has(prep.lower) || after) && before.kind === 'word' && before.q < 0 && isNameWord(before, i - 2 === a) && !/(?:ed|ly)$/.test(before.lower))) {
          hops++;
          i -= 2;
          s = i;
          i--;
          continue;
        }
        // "both NBC News and Bloomberg": the pair is named without its "both".
        if (t.lower === 'both' && hasAnd(tokens, i + 1, k)) s = i + 1;
        break;
      }
      // "sources consulted by the newspaper", "Fuentes consultadas por este diario": a participle and its agent after a
      // noun for unnamed sources.
      if (hops < 2 && (t.lower === 'by' || current.passiveAgent.has(t.lower)) && agentAfterSource(tokens, a, i)) {
        hops++;
        i--;
        continue;
      }
      // ("der Chef der Firma aus München": a phrase of place or time after the noun, where a clause may end in its verb.)
      // ("Siemens und Bosch teilten mit": the language's "and" joins two names as English's does.)
      const and = t.lower === 'and' || current.conjunctions.has(t.lower);
      if ((t.lower === 'of' || t.lower === 'for' || and || t.lower === 'at' || POST_PREPS.has(t.lower) || current.nounLinks.has(t.lower) || current.midPrepositions.has(t.lower) || (t.lower === 'by' && documentNouns.has(tokens[i - 1]?.lower ?? ''))) && i > a && isNameWord(tokens[i - 1]!, i - 1 === a) && !/(?:ed|ly)$/.test(tokens[i - 1]!.lower) && !(and && IRREGULAR_PAST.has(tokens[i - 1]!.lower))) {
        // ("Prices rose and Ann Wu said": a verb in the past before "and" ends the clause before the subject.)
        if (hops >= 2) break;
        if (!and) hops++;
        i--;
        continue;
      }
      if (!isNameWord(t, i === a || tokens[i - 1]?.mark === 'open')) break;
      s = i;
      i--;
    } else if (joinsNp(t) && i > a && tokens[i - 1]!.kind === 'word') {
      i--;
    } else break;
  }
  // ("über das Saarland, Frankreich und Luxemburg berichtet": a pair that ends a list after a comma is what was spoken
  // of; the list's own "and" joins no subject. English reads its lists of names in `nameList`.)
  if (s > a && tokens[s - 1]!.text === ',' && current.data.code !== 'en') {
    for (let c = k - 1; c > s; c--) if (current.conjunctions.has(tokens[c]!.lower)) return { s: c + 1, e: k + 1 };
  }
  return { s, e: k + 1 };
}

/**
 * The word at j links a noun for unnamed sources to its complement: a noun link ("de", "du") or "of" after the noun or
 * an adjective after it ("une source proche du dossier"), "to" or "with" after such an adjective ("a source close to
 * the talks"). Phrases of where or to whom ("à l’AFP", "a este diario", "in a statement") are not complements.
 */
function unnamedComplement(tokens: Token[], s: number, j: number): boolean {
  const w = tokens[j]!.lower;
  const link = w === 'of' || current.nounLinks.has(w);
  if (!link && w !== 'to' && w !== 'with') return false;
  const prev = tokens[j - 1]!;
  if (link && j - 1 >= s && anonymousNouns.has(canonicalNoun(prev.lower))) return true;
  const noun = tokens[j - 2];
  return j - 2 >= s && !!noun && !prev.cap && prev.kind === 'word' && !npStops.has(prev.lower) && anonymousNouns.has(canonicalNoun(noun.lower));
}

/** The preposition at i follows a participle right after a noun for unnamed sources, or one adjective after it. */
function agentAfterSource(tokens: Token[], a: number, i: number): boolean {
  return sourceBeforeAgent(tokens, a, i) >= 0;
}

/** The noun for unnamed sources `agentAfterSource` finds before the participle, or -1. */
function sourceBeforeAgent(tokens: Token[], a: number, i: number): number {
  const participle = tokens[i - 1];
  if (i - 2 < a || !participle || participle.kind !== 'word' || participle.cap || participle.q >= 0 || npStops.has(participle.lower)) return -1;
  for (let k = i - 2; k >= a && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.q >= 0) return -1;
    if (anonymousNouns.has(canonicalNoun(t.lower))) return k;
  }
  return -1;
}

function hasAnd(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.lower === 'and') return true;
  return false;
}

/** Token j comes right after "of", "for" or "at" that follow the phrase's first word (at i): its complement's determiner. */
function linked(tokens: Token[], i: number, j: number): boolean {
  const p = tokens[j - 1]!.lower;
  return j - 1 > i && (p === 'of' || p === 'for' || p === 'at');
}

/** The noun phrase that starts at token i (reading forwards, up to b), or null. */
export function npForward(tokens: Token[], i: number, b: number): { s: number; e: number } | null {
  if (i >= b) return null;
  const first = tokens[i]!;
  if (first.kind !== 'word' || first.q >= 0) return null;
  if (pronouns.has(first.lower) && first.lower !== 'who') return { s: i, e: i + 1 };
  if (!isDet(first.lower) && !isNameWord(first, false)) return null;
  if (!first.cap && !isDet(first.lower) && TIME_NOUNS.has(first.lower)) return null;
  let e = i + 1;
  let j = i + 1;
  // A capitalised name went on through "of" or "for": an "and" between its capitalised words goes on with it too
  // ("the Centers for Disease Control and Prevention", "the Department of Health and Human Services").
  let connected = false;
  while (j < b && j - i < MAX_NP) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.q < 0) {
      if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'at') && j + 1 < b && tokens[j + 1]!.kind === 'word' && (tokens[j + 1]!.cap || isDet(tokens[j + 1]!.lower))) {
        connected ||= tokens[j - 1]!.cap && tokens[j + 1]!.cap;
        j++;
        continue;
      }
      // (Not before a title or a given name, nor where a lower-case word other than a verb of saying follows the
      // capitals after it: "Secretary of State and Democratic presidential frontrunner Hillary Clinton".)
      if (connected && current.conjunctions.has(t.lower) && tokens[j - 1]!.cap && j + 1 < b && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.cap && tokens[j + 1]!.q < 0 && (tokens[j + 1]!.cls & (W.TITLE | W.HONORIFIC | W.GIVEN)) === 0) {
        let k = j + 1;
        while (k < b && tokens[k]!.kind === 'word' && tokens[k]!.cap && tokens[k]!.q < 0) k++;
        const after = tokens[k];
        if (k >= b || !after || after.kind !== 'word' || (after.cls & (W.CUE | W.NP_STOP)) !== 0) {
          j++;
          continue;
        }
      }
      // "ein Mitarbeiter des baden-württembergischen Innenministeriums": German's genitive article joins its noun's complement.
      if (current.nounsCapitalised && current.nounLinks.has(t.lower) && j + 1 < b && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.q < 0) { j++; continue; }
      // "des Bundesinstituts für Arzneimittel und Medizinprodukte": a preposition inside a body's name (`nameLinks`).
      if (current.nameLinks.has(t.lower) && tokens[j - 1]!.cap && j + 1 < b && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.cap && tokens[j + 1]!.q < 0) {
        connected = true;
        j++;
        continue;
      }
      // "Instituto de Hidrología del Sur", "Compañía de Aguas del Valle": a name goes on past "de" to its next capital.
      if (!current.nounsCapitalised && current.nounLinks.has(t.lower) && tokens[j - 1]!.cap && j + 1 < b && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.cap && tokens[j + 1]!.q < 0) {
        connected = true;
        j++;
        continue;
      }
      // "le ministère des Affaires étrangères", "el ministerio de Salud": a noun for a body goes on through its
      // complement, to a name or another noun for a body. (A role's complement, "el miembro del Buró Político, Name",
      // stays out: the name may follow it.) So does a document's: "el informe del ministerio".
      if (!current.nounsCapitalised && current.nounLinks.has(t.lower) && ((tokens[j - 1]!.cls & (W.ORG_NOUN | W.ROLE | W.TITLE)) === W.ORG_NOUN || documentNouns.has(tokens[j - 1]!.lower)) && !tokens[j - 1]!.cap) {
        const det = j + 2 < b && isDet(tokens[j + 1]!.lower) && tokens[j + 1]!.kind === 'word' ? 1 : 0;
        const n = tokens[j + 1 + det];
        if (j + 1 + det < b && n && n.kind === 'word' && n.q < 0 && (n.cap || ELIDED_CAPITAL.test(n.text) || (n.cls & (W.ORG_NOUN | W.ORG_NAME)) !== 0)) { j += 1 + det; continue; }
      }
      // "une source proche du dossier", "un responsable de la police", "a source close to the investigation": a noun
      // for an unnamed source, or an adjective right after it, keeps its complement.
      if (!t.cap && j + 1 < b && unnamedComplement(tokens, i, j)) {
        const det = j + 2 < b && isDet(tokens[j + 1]!.lower) ? 1 : 0;
        const n = tokens[j + 1 + det]!;
        if (n.kind === 'word' && n.q < 0 && isNameWord(n, false) && !TIME_NOUNS.has(n.lower) && (n.cls & W.TIME) === 0) {
          j += 1 + det;
          continue;
        }
      }
      // (A relative word ends it too: "one of two witnesses | who …".)
      if (TIME_NOUNS.has(t.lower) || !isNameWord(t, false) || (!t.cap && current.relatives.has(t.lower))) break;
      // "Swift got high profile support", "Big Machine have twice denied": a helper or a past tense ends the phrase.
      if (!t.cap && tokens[j - 1]!.text !== '-' && (cueModifiers.has(t.lower) || IRREGULAR_PAST.has(t.lower))) break;
      // A determiner or a verb-looking word ends the phrase ("The mayor praised the crews"), but not the determiner of
      // a complement: "A spokesman for the city", "The head of the union".
      if (!t.cap && ((isDet(t.lower) && !linked(tokens, i, j)) || ((/ed$/.test(t.lower) || speechVerbs.has(t.lower)) && tokens[j - 1]!.text !== '-'))) break;
      // "Police shut the road", "The chipmaker cut its forecast": a word right before a determiner is the verb.
      if (!t.cap && j > i && !current.nounsCapitalised && (tokens[j + 1]?.lower === 'the' || tokens[j + 1]?.lower === 'its' || tokens[j + 1]?.lower === 'their') && !linked(tokens, i, j) && !isDet(t.lower)) break;
      // German writes nouns with a capital: after one, a lower-case word other than a name's particle ends the
      // phrase ("der Major-Sieger | rückblickend", "Facebook | das Gesetz").
      if (current.nounsCapitalised && !t.cap && tokens[j - 1]!.cap && !PARTICLES_IN_NAMES.has(t.lower)) break;
      e = j + 1;
      j++;
    } else if (joinsNp(t) && j + 1 < b && tokens[j + 1]!.kind === 'word') {
      j++;
    } else break;
  }
  return { s: i, e };
}

/** A lower-case noun with its article elided onto it: "l’avocat", "L'experte" (not "l’Insee", a name). */
function elidedDet(t: Token): boolean {
  return t.kind === 'word' && t.q < 0 && elidedArticle(t.lower, determiners) > 0 && !/\p{Lu}/u.test(t.text[2]!);
}

/** A name with an article elided onto it: "l’Intérieur", "d’Orsay". */
export const ELIDED_CAPITAL = /^\p{Ll}['’]\p{Lu}/u;

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "wasn't", "weren't", 'isn’t', 'wasn’t', 'get', 'got']);

/** "was announced", "were told": the subject before a passive cue is not its source. */
export function isPassive(tokens: Token[], a: number, cueStart: number): boolean {
  const cue = tokens[cueStart]!;
  if (!/(?:ed|told|said|wrote|written|read)$/.test(cue.lower)) return false;
  let k = cueStart - 1;
  while (k >= a && tokens[k]!.kind === 'word' && /ly$|^(?:also|not|never|then|later|reportedly)$/.test(tokens[k]!.lower)) k--;
  // ("We're told", "I’m told": a form of "be" written into its pronoun.)
  if (k >= a && tokens[k]!.kind === 'word' && (BE.has(tokens[k]!.lower) || /^\p{L}+['’](?:re|m)$/u.test(tokens[k]!.lower))) return true;
  // "…, with people in Essex told they were at risk", "with residents warned that …": after "with", a noun phrase and a
  // participle in the past are a passive with no helper; the people are told, not telling.
  if (cue.lower === 'said') return false;
  const np = k >= a ? npBackward(tokens, a, k) : null;
  return !!np && np.s - 1 >= a && tokens[np.s - 1]!.lower === 'with' && tokens[np.s - 1]!.q < 0;
}

/** A dash at token k: an em or en dash, or the second of two hyphens ("--"). */
function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'punct' || t.q >= 0) return false;
  return t.text === '—' || t.text === '–' || (t.text === '-' && tokens[k - 1]?.text === '-' && tokens[k - 1]!.e === t.s);
}

// Helper verbs a subject never follows in a statement ("has left brush bone-dry and forecasts called …").
const AUXILIARIES = new Set('has have had is was were are been'.split(' '));
const SET_OFF = new Set('meanwhile however though too instead also nonetheless nevertheless'.split(' '));

// Words in -ly that are no adverbs: a noun before a cue ("the family said") is its subject.
const LY_NOUNS = new Set('family families ally rally assembly supply reply monopoly anomaly belly bully lily daily weekly monthly quarterly butterfly july italy'.split(' '));

/** An adverb in -ly ("steadily", "angrily") that may stand between a subject and its verb. */
export function isLyAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && t.q < 0 && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/** Skips auxiliaries, adverbs and time words standing before a cue ("has also said", "on Monday said"). */
function skipBack(tokens: Token[], a: number, k: number): number {
  k = turnPhraseBefore(tokens, a, k);
  while (k >= a && tokens[k]!.kind === 'word' && tokens[k]!.q < 0 && !tokens[k]!.cap && (cueModifiers.has(tokens[k]!.lower) || isLyAdverb(tokens[k]!))) k--;
  if (k >= a && TIME_NOUNS.has(tokens[k]!.lower) && tokens[k]!.kind === 'word') {
    k--;
    while (k >= a && timeWords.has(tokens[k]!.lower)) k--;
  }
  return k;
}

/**
 * The source named before a cue: a pronoun, a noun phrase, or a name with an appositive between
 * commas ("Mervan Qamishlo, a spokesman for …, said"). Null when the words before the cue are not
 * a subject (a quotation, a clause, the sentence start).
 */
export function subjectBefore(tokens: Token[], a: number, cueStart: number): Subject | null {
  if (isPassive(tokens, a, cueStart)) return null;
  let k = skipBack(tokens, a, cueStart - 1);
  if (k < a) return null;
  let t = tokens[k]!;
  // "Sen. Jack Reed (D-R.I.), said": a stray comma after the parenthesis.
  const commaAfterParen = t.text === ',' && tokens[k - 1]?.text === ')' && k - 1 >= a;
  if (commaAfterParen) t = tokens[--k]!;
  if (t.kind === 'punct' && t.text === ')') {
    let j = k - 1;
    while (j >= a && j > k - 12 && tokens[j]!.text !== '(') j--;
    // "Laura Magallanes, vecina … de la ONG Conservación (Coendu), dijo": the parenthesis closes an appositive
    // that a comma opened after the name.
    if (commaAfterParen && j >= a && tokens[j]!.text === '(') {
      let c = j - 1;
      while (c > a && j - c < 40 && tokens[c]!.text !== ',' && tokens[c]!.q < 0 && !(tokens[c]!.kind === 'punct' && '.;:'.includes(tokens[c]!.text))) c--;
      const name = c > a && tokens[c]!.text === ',' ? npBackward(tokens, a, c - 1) : null;
      if (name && isCapitalisedName(tokens, name.s, name.e) && tokens[c + 1]?.kind === 'word' && !tokens[c + 1]!.cap) return { ms: name.s, me: name.e, rs: c + 1, re: j, start: name.s, end: k + 1 };
    }
    if (j >= a && tokens[j]!.text === '(') k = j - 1;
    if (k < a) return null;
    t = tokens[k]!;
  }
  if (t.kind === 'word' && t.q < 0 && pronouns.has(t.lower) && !(t.cap && t.lower === 'it' && false)) {
    return { ms: k, me: k + 1, rs: k, re: k, start: k, end: k + 1 };
  }
  if (isDash(tokens, k)) {
    // "A former candidate -- John McCain, who lost in 2008 -- said": a name set off by dashes.
    const close = tokens[k - 1]?.text === '-' ? k - 1 : k;
    let j = close - 1;
    while (j > a && close - j < 30 && !isDash(tokens, j) && tokens[j]!.q < 0 && !(tokens[j]!.kind === 'punct' && '.;:'.includes(tokens[j]!.text))) j--;
    if (j <= a || !isDash(tokens, j)) return null;
    const open = tokens[j - 1]?.text === '-' ? j - 1 : j;
    const np = npBackward(tokens, a, open - 1);
    if (!np || !tokens[j + 1] || tokens[j + 1]!.kind !== 'word') return null;
    return { ms: np.s, me: np.e, rs: j + 1, re: close, start: np.s, end: close };
  }
  if (t.kind === 'punct' && t.text === ',') {
    // An appositive or relative clause between commas: look for the comma that opens it.
    let j = k - 1;
    while (j >= a && k - j < 40 && !(tokens[j]!.kind === 'punct' && (tokens[j]!.text === ',' || tokens[j]!.text === ';')) && tokens[j]!.mark !== 'close') j--;
    if (j < a || tokens[j]!.text !== ',' || j === k - 1) return leadingName(tokens, a, k);
    // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a parenthesis after the name.
    let h = j - 1;
    if (h > a && tokens[h]!.text === ')') {
      let o = h - 1;
      while (o > a && h - o < 12 && tokens[o]!.text !== '(') o--;
      if (tokens[o]!.text === '(') h = o - 1;
    }
    // "Sanders, meanwhile, who sits at zero endorsements, said": a sentence adverb set off after the name.
    if (h - 1 > a && tokens[h - 1]!.text === ',' && SET_OFF.has(tokens[h]!.lower)) h -= 2;
    // "Most mainstream economists, however, argue …": a sentence adverb set off before the cue.
    if (j + 2 === k && SET_OFF.has(tokens[j + 1]!.lower)) {
      const np = npBackward(tokens, a, j - 1);
      return np ? bareSubject(np.s, np.e) : null;
    }
    const first = tokens[j + 1]!;
    // ("A lawyer for the family, Deborah Stone of the ACLU, told": the name, then where the person works.)
    let nameEnd = k;
    if (first.kind === 'word' && first.q < 0 && !isCapitalisedName(tokens, j + 1, k)) {
      let o = j + 2;
      while (o < k && tokens[o]!.cap) o++;
      if (o > j + 2 && o + 1 < k && (tokens[o]!.lower === 'of' || tokens[o]!.lower === 'at' || tokens[o]!.lower === 'from') && isCapitalisedName(tokens, j + 1, o) && (tokens[k - 1]!.cap || isDet(tokens[k - 1]!.lower))) nameEnd = o;
    }
    // "The company that runs the AMAs, Dick Clark Productions, denies …": a description, then the name set off
    // by commas. The name is the source and the description its role.
    if (first.kind === 'word' && first.q < 0 && isCapitalisedName(tokens, j + 1, nameEnd)) {
      let d = j;
      while (d > a && tokens[d - 1]!.q < 0 && !(tokens[d - 1]!.kind === 'punct' && tokens[d - 1]!.text !== '-' && tokens[d - 1]!.text !== '’')) d--;
      const noun = tokens[d + 1];
      // ("El Primer Secretario del Partido en Las Tunas, Manuel René Pérez Gallego, afirmó": a capitalised title too.)
      if (isDet(tokens[d]!.lower) && noun && noun.kind === 'word' && (!noun.cap || hasTitle(tokens, d + 1, Math.min(j, d + 4))) && d + 1 < j) return { ms: j + 1, me: nameEnd, rs: d, re: j, start: d, end: k };
      // ("L’avocat général, Frédéric Haumont, a affirmé": the article written into the noun.)
      if (elidedDet(tokens[d]!) && d < j) return { ms: j + 1, me: nameEnd, rs: d, re: j, start: d, end: k };
      // ("Bloomberg's pollster, Douglas Schoen, said", "Rep. Duncan Hunter’s chief of staff, Joe Kasper, said": someone's
      // role, owned by the name before it, then the name.)
      if (ownedRole(tokens, d, j)) return { ms: j + 1, me: nameEnd, rs: d, re: j, start: d, end: k };
      // ("Independent MP for Kooyong, Dr Rachel Thwaites, said", "Shadow Treasurer, Rachel Thwaites, said": a capitalised
      // title with no article and no person's name, then a person's name.)
      // ("Minister of Health, Amina Bello, said", "Governor of Lagos State, Tunde Bakare, said": a given name the lists
      // lack, in a name of two or three plain capitalised words that name no body, place or role.)
      if (d < j && tokens[d]!.cap && !isDet(tokens[d]!.lower) && hasTitle(tokens, d, Math.min(j, d + 3)) && !hasGiven(tokens, d, j) && ((tokens[j + 1]!.cls & (W.GIVEN | W.HONORIFIC)) !== 0 || personShaped(tokens, j + 1, nameEnd))) return { ms: j + 1, me: nameEnd, rs: d, re: j, start: d, end: k };
    }
    // ("Rep. Jane Roe, D-Calif., who chairs the panel, said": the state's abbreviation ends in its period.)
    if (h - 1 > a && tokens[h]!.text === '.' && partyLabelAt(tokens, h - 1, h)) h--;
    let np = npBackward(tokens, a, h);
    if (!np) return null;
    if (first.kind !== 'word') return null;
    // "En Lucena, dos sospechosos fueron detenidos, informó la Guardia Civil": a place after a preposition opening the
    // sentence is where, no subject with an appositive.
    // (Where every noun is capitalised, such a phrase is no name but where the clause opens: "In einer Stellungnahme,
    // die …, bezeichnet das Unternehmen …".)
    if (np.s - 1 === a && !current.nounsCapitalised && tokens[a]!.kind === 'word' && current.placePrepositions.has(tokens[a]!.lower)) return null;
    let rs = j + 1;
    // "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based intelligence firm, told": appositives
    // stacked after the name; the name before the first comma speaks, the first appositive is its role.
    // ("Sen. Ann Cole, R-Ohio, who backed the bill, said", "Jane Roe, of Dayton, who chairs the panel, said": so are a
    // party's label and a place of origin.)
    for (;;) {
      let open = np.s - 1;
      const from = open > a && tokens[open - 1]!.text === ',' && POST_PREPS.has(tokens[open]!.lower) && tokens[open]!.lower !== 'to';
      if (from) open--;
      // (The role is what comes before the party's label or the place: "Rep. Jane Roe, a Democrat, of Dayton, …".)
      if (!(open - 1 > a && tokens[open]!.text === ',' && (!tokens[np.s]!.cap || from || partyLabelAt(tokens, np.s, np.e)))) break;
      const name = npBackward(tokens, a, open - 1);
      if (!name || !isCapitalisedName(tokens, name.s, name.e)) break;
      if (!from) rs = open + 1;
      np = name;
    }
    // ("Mark Ruiz, 54, a retiree in Worcester, said": an age set off before the description is passed over.)
    const age = rs < j ? ageAt(tokens, rs) : 0;
    if (age > 0 && tokens[rs + age]?.text === ',') rs += age + 1;
    // "Clinton, at Monday’s debate, cited …": a phrase of where or when set off after the name is no role.
    if (rs === j + 1 && !first.cap && (((first.cls & W.NP_STOP) !== 0 && !current.relatives.has(first.lower) && !isDet(first.lower)) || participlePhrase(tokens, j + 1))) return { ms: np.s, me: np.e, rs: np.e, re: np.e, start: np.s, end: k };
    return { ms: np.s, me: np.e, rs, re: rs === j + 1 ? k : j, start: np.s, end: k };
  }
  const np = npBackward(tokens, a, midPhraseStart(tokens, a, k));
  if (!np || (np.e - np.s === 1 && isDet(tokens[np.s]!.lower) && !QUANTIFIER_SUBJECTS.has(tokens[np.s]!.lower))) return null;
  // "A rainless fall has left brush bone-dry and forecasts called for …": words after a helper verb, opening in lower
  // case with no article, are a verb's phrase, no subject. (The helper among the language's own cueModifiers: German
  // "was" is "what".)
  const first = tokens[np.s]!;
  if (np.s > a && !first.cap && !isDet(first.lower) && !pronouns.has(first.lower) && tokens[np.s - 1]!.kind === 'word' && cueModifiers.has(tokens[np.s - 1]!.lower) && AUXILIARIES.has(tokens[np.s - 1]!.lower)) return null;
  return bareSubject(nameList(tokens, a, np.s, np.e), np.e);
}

/**
 * "wie die Polizei am Montag mitteilte", "wie ein Sprecher auf Anfrage sagte": where a clause ends in its verb
 * (`midPrepositions`), a phrase of a preposition and its noun may stand between the subject and the verb. The last
 * word of the subject before such a phrase, when a clause of "wie" or another subordinator opens with that subject;
 * else `k`, the word before the verb.
 */
/** "R-Ohio", "D-Calif.": a party's initial and a state, the phrase [s, e) set off after a member of Congress's name. */
export function partyLabelAt(tokens: Token[], s: number, e: number): boolean {
  const w = tokens[s]!.text;
  return e - s <= 2 && w.length > 2 && w.charCodeAt(1) === 45 && 'RDI'.includes(w[0]!);
}

function midPhraseStart(tokens: Token[], a: number, k: number): number {
  const preps = current.midPrepositions;
  if (preps.size === 0) return k;
  // The first of the phrases ("am Montag in Köln"): a preposition within four words of the verb, then each within three of the next.
  let first = -1;
  for (let p = k - 1; p > a && (first < 0 ? k - p <= 4 : first - p <= 3); p--) {
    const t = tokens[p]!;
    if (t.kind !== 'word' || t.q >= 0) break;
    if (!t.cap && preps.has(t.lower)) first = p;
  }
  // ("Anna Berg hatte am Montag gesagt", "Brändli hat an der Konferenz lediglich gesagt": a perfect's helper before the
  // phrase, the participle the cue, has its subject right before it.)
  if (first > a + 1) {
    let o = first - 1;
    while (o > a && tokens[o]!.kind === 'word' && !tokens[o]!.cap && cueModifiers.has(tokens[o]!.lower) && !current.perfectAuxiliaries.has(tokens[o]!.lower)) o--;
    const aux = tokens[o]!;
    if (o > a && aux.kind === 'word' && !aux.cap && aux.q < 0 && current.perfectAuxiliaries.has(aux.lower) && tokens[o - 1]!.kind === 'word') return o - 1;
  }
  // The clause's opener, a few words of the subject before the phrase ("wie ein Sprecher der Stadt auf Anfrage …").
  for (let o = first - 2; first > a && o >= a && first - o <= 8; o--) {
    const w = tokens[o]!;
    if (w.kind !== 'word' || w.q >= 0) return k;
    if (current.reportAs.has(w.lower) || current.subordinators.has(w.lower)) return first - 1;
  }
  return k;
}

/**
 * "Pepsi, Coca-Cola, Costco and the vehicle-maker Winnebago said", "Apple, Google and Microsoft said": where the
 * subject [s, e) ends a list of names that opens the sentence, separated by commas, the list's start; else `s`.
 */
function nameList(tokens: Token[], a: number, s: number, e: number): number {
  let joined = false;
  // (A pair of names: "Google and Microsoft", not "president and CEO of …".)
  for (let k = s + 1; k < e; k++) if (current.conjunctions.has(tokens[k]!.lower) && tokens[k - 1]!.cap) joined = true;
  // The comma before a pair already joined, or the conjunction before the last name.
  const before = tokens[s - 1];
  if (!before || s - 2 < a || (joined ? before.text !== ',' : !current.conjunctions.has(before.lower))) return s;
  const start = datelineEnd(tokens, a, s);
  let names = 0;
  for (let j = s - 2; j >= start; ) {
    let n = j;
    while (n > start && j - n < 4 && tokens[n - 1]!.kind === 'word' && tokens[n - 1]!.cap && tokens[n - 1]!.q < 0) n--;
    if (!isCapitalisedName(tokens, n, j + 1)) return s;
    // ("On Monday, Apple and Google said": a phrase of time opens no list.)
    for (let k = n; k <= j; k++) if ((tokens[k]!.cls & (W.TIME | W.NP_STOP | W.OPENER)) !== 0) return s;
    names++;
    if (n === start) return joined || names >= 2 ? start : s;
    if (tokens[n - 1]!.text !== ',') return s;
    j = n - 2;
  }
  return s;
}

/**
 * One to five capitalised words (initials, "&" and hyphens between): "Dick Clark Productions", "Big Machine"; a name's
 * particles between them ("Ignacio de la Fuente", "Cristina Fernández de Kirchner").
 */
function isCapitalisedName(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 1 || e - s > 7) return false;
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    const particle = t.kind === 'word' && i > s && i < e - 1 && (t.cls & W.PARTICLE) !== 0 && (tokens[i - 1]!.cap || (tokens[i - 1]!.cls & W.PARTICLE) !== 0) && tokens[e - 1]!.cap;
    if (t.q >= 0 || (t.kind === 'word' ? !t.cap && !particle : t.text !== '&' && t.text !== '-')) return false;
  }
  return tokens[s]!.kind === 'word' && !pronouns.has(tokens[s]!.lower);
}

/**
 * "speaking on condition of anonymity", "speaking to reporters in Perth": a participle in -ing and a preposition after
 * it, set off after a name, tell what the person was doing, not who they are: no role.
 */
function participlePhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return !!t && !!n && t.kind === 'word' && !t.cap && t.q < 0 && t.lower.length > 5 && t.lower.endsWith('ing') && n.kind === 'word' && (n.cls & W.NP_STOP) !== 0 && !current.relatives.has(n.lower);
}

/**
 * "Sam Solovey, a contestant on the show “The Apprentice,” who went on to work for Trump, said": a name opens
 * the sentence and everything up to the cue's comma describes it (appositives, a quoted title, a relative
 * clause). The name is the source and the first appositive its role.
 */
function leadingName(tokens: Token[], a: number, k: number): Subject | null {
  const np = npForward(tokens, a, k);
  if (!np || !tokens[np.s]!.cap || !tokens[np.e - 1]!.cap || np.e - np.s > 4 || tokens[np.e]?.text !== ',') return null;
  // "Además, reclama que …", "Luego, afirmó …": an adverb set off opening the sentence is no one's name.
  if (np.e - np.s === 1 && (tokens[np.s]!.cls & (W.OPENER | W.NP_STOP | W.TIME)) !== 0) return null;
  for (let j = np.e; j < k; j++) {
    const t = tokens[j]!;
    if (t.q < 0 && ((t.kind === 'punct' && '.;:?!'.includes(t.text)) || (t.kind === 'word' && speechVerbs.has(t.lower)))) return null;
  }
  let re = np.e + 1;
  while (re < k && !(tokens[re]!.text === ',' && tokens[re]!.q < 0)) re++;
  if (participlePhrase(tokens, np.e + 1)) return { ms: np.s, me: np.e, rs: np.e, re: np.e, start: np.s, end: k };
  return { ms: np.s, me: np.e, rs: np.e + 1, re, start: np.s, end: k };
}

/**
 * "« … », déclare encore le porte-parole", "ajoute aussi Paul Martin": past an adverb of `cueModifiers` between a cue
 * and the speaker after it (no helper, pronoun, article or preposition).
 */
function pastAdverb(tokens: Token[], i: number, b: number): number {
  const t = tokens[i];
  if (!t || i + 1 >= b || t.kind !== 'word' || t.cap || t.q >= 0 || !cueModifiers.has(t.lower) || current.nounsCapitalised) return i;
  if ((t.cls & (W.NP_STOP | W.PRONOUN)) !== 0 || isDet(t.lower) || current.perfectAuxiliaries.has(t.lower) || current.passiveAuxiliaries.has(t.lower) || pronouns.has(t.lower)) return i;
  const next = tokens[i + 1]!;
  return next.kind === 'word' && next.q < 0 ? i + 1 : i;
}

/**
 * Past a time phrase between a cue and the speaker after it ("a déclaré jeudi le ministre", "dijo el lunes el
 * ministro", "sagte am Montag der Minister"): a day or time, after a preposition or article, before an article.
 */
function pastTimePhrase(tokens: Token[], i: number, b: number): number {
  let k = i;
  const t = tokens[k];
  if (t && k + 1 < b && t.kind === 'word' && !t.cap && (t.cls & W.TIME) === 0 && (isDet(t.lower) || npStops.has(t.lower)) && (tokens[k + 1]!.cls & W.TIME) !== 0) k++;
  if (k >= b || tokens[k]!.kind !== 'word' || (tokens[k]!.cls & W.TIME) === 0 || tokens[k]!.q >= 0) return i;
  k++;
  // ("a affirmé mardi matin le bourgmestre": a day and the time of day.)
  if (k < b && tokens[k]!.kind === 'word' && (tokens[k]!.cls & W.TIME) !== 0 && !tokens[k]!.cap && tokens[k]!.q < 0) k++;
  const next = tokens[k];
  // ("a affirmé mardi Marie Dubois": a day written lower-case before a name.)
  return k < b && next && next.kind === 'word' && next.q < 0 && (isDet(next.lower) || (next.cap && !tokens[k - 1]!.cap && (tokens[k - 1]!.cls & W.NP_STOP) === 0)) ? k : i;
}

/**
 * "«…», aseguró en una entrevista radial el alcalde de Lima, Jorge Muñoz", "dijo hoy en una rueda de prensa el ministro
 * de Hacienda, …", "declaró a los periodistas Ana Ruiz": where a language drops subjects, a word of time and a phrase of
 * where or to whom may stand between the cue and its speaker: a preposition, its noun and words of its own (no other
 * preposition but a noun's link, "de"), then a phrase that names someone. Where that phrase starts, or i.
 */
function pastPlacePhrase(tokens: Token[], i: number, b: number): number {
  if (!current.dropsSubjects) return i;
  let k = i;
  const t = tokens[k];
  if (t && k + 1 < b && t.kind === 'word' && t.q < 0 && !t.cap && (t.cls & W.TIME) !== 0) k++;
  const p = tokens[k];
  if (!p || k >= b || p.kind !== 'word' || p.q >= 0 || p.cap || !npStops.has(p.lower) || complementizers.has(p.lower) || current.conjunctions.has(p.lower) || current.nounLinks.has(p.lower) || isDet(p.lower) || pronouns.has(p.lower)) return i;
  for (let j = k + 2; j < b && j <= k + 8; j++) {
    const w = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (w.kind !== 'word' || w.q >= 0) return i;
    // (The words after a title or a role are its holder's name: "sobre la ministra Ana Ruiz" is whom it was about.)
    const opens = w.cap ? (prev.cls & (W.TITLE | W.ROLE)) === 0 : isDet(w.lower);
    if (opens && prev.kind === 'word' && !npStops.has(prev.lower) && !isDet(prev.lower)) {
      const np = npForward(tokens, j, b);
      return np && namesSomeone(tokens, np.s, np.e) ? j : i;
    }
    if (w.cap) return i;
    if (npStops.has(w.lower) && !current.nounLinks.has(w.lower) && !isDet(w.lower)) return i;
  }
  return i;
}

/**
 * The source named after a cue ("…,” said James Jeffrey, the State Department envoy …"), with the
 * appositive that follows it up to the next comma or the sentence end as its role.
 */
export function subjectAfter(tokens: Token[], i: number, b: number): Subject | null {
  i = pastPlacePhrase(tokens, pastTimePhrase(tokens, pastAdverb(tokens, pastTurnPhrase(tokens, i, b), b), b), b);
  // "„…“, schaltet sich Staatsanwalt Tim Berg ein.": in a verb-second language a reflexive or an adverb of `afterCue`
  // may stand between the verb and its subject.
  const pre = tokens[i];
  if (current.verbSecond && pre && i + 1 < b && pre.kind === 'word' && pre.q < 0 && !pre.cap && current.afterCue.has(pre.lower) && tokens[i + 1]!.kind === 'word' && tokens[i + 1]!.cap && tokens[i + 1]!.q < 0) i++;
  // "«…», dijo emocionado el alcalde": a participle of how the speaker spoke, then the speaker.
  const how = tokens[i];
  if (how && i + 2 < b && how.kind === 'word' && !how.cap && how.q < 0 && !current.nounsCapitalised && (how.cls & (W.NP_STOP | W.PRONOUN | W.SOURCE | W.CUE)) === 0 && !isDet(how.lower) && leadParticiple(how.lower) && tokens[i + 1]!.kind === 'word' && tokens[i + 1]!.q < 0 && isDet(tokens[i + 1]!.lower)) i++;
  // "The ad, titled “Unifier?”, concludes that Trump is …": "that" before a name or a pronoun opens what is said, so
  // no speaker stands after the verb.
  const first = tokens[i];
  const next = tokens[i + 1];
  if (first && i + 1 < b && first.kind === 'word' && complementizers.has(first.lower) && next!.kind === 'word' && (next!.cap || (next!.cls & W.PRONOUN) !== 0)) return null;
  // "sagte dem „Spiegel“ der Minister", "teilte dem Gericht mit": a phrase in a case no subject takes is whom the
  // words were said to; the subject, if any, follows it.
  // ("calificó a la Estrategia con la cual …", "a indiqué à l’AFP le commandant …": a marker of the object alone is
  // followed by the object's own phrase.)
  const marked = first && i < b && first.kind === 'word' && first.q < 0 && current.objectArticles.has(first.lower);
  let np = npForward(tokens, i, b);
  if (marked) {
    const object = !np || np.e - np.s === 1 ? (npForward(tokens, i + 1, b) ?? np) : np;
    // ("dijo a EFE María Arcarazo": the outlet the words were said to, then the speaker's name, read as one run.)
    if (object) {
      const os = current.objectArticles.has(tokens[object.s]!.lower) ? object.s + 1 : object.s;
      for (let k = os + 1; k < object.e && k <= os + 3; k++) {
        if (tokens[k]!.cap && outletNames.has(outletKey(tokens.slice(os, k).map((t) => t.text).join(' ')))) {
          object.e = k;
          break;
        }
      }
    }
    np = object ? npForward(tokens, object.e, b) : null;
  }
  if (!np) return null;
  // ("«…», ha argumentado antes de valorar …", "dijo ayer.": a word of when or how alone after the cue names no one.)
  const lone = tokens[np.s]!;
  if (current.dropsSubjects && np.e - np.s === 1 && !lone.cap && !pronouns.has(lone.lower) && (current.subordinators.has(lone.lower) || (lone.cls & W.TIME) !== 0 || cueModifiers.has(lone.lower))) return null;
  // "schreiben Berlin und Paris im „Aachener Vertrag“": two names joined by "and" are one subject.
  const and = tokens[np.e];
  if (and && np.e + 1 < b && and.kind === 'word' && and.q < 0 && current.conjunctions.has(and.lower) && allCapitalised(tokens, np.s, np.e)) {
    const more = npForward(tokens, np.e + 1, b);
    if (more && allCapitalised(tokens, more.s, more.e) && more.e - more.s <= 3 && (more.e >= b || tokens[more.e]!.kind === 'punct' || npStops.has(tokens[more.e]!.lower))) np.e = more.e;
  }
  // "said the report", "said a report from Kotak Institutional Equities": a document (whose noun the phrase reader
  // takes for a verb) speaks for whoever issued it.
  const doc = tokens[np.e];
  if (doc && np.e < b && doc.kind === 'word' && !doc.cap && documentNouns.has(doc.lower) && np.e - np.s <= 2 && isDet(tokens[np.s]!.lower)) {
    const by = tokens[np.e + 1];
    const issuer = by && (by.lower === 'from' || by.lower === 'by') ? npForward(tokens, np.e + 2, b) : null;
    if (issuer && tokens[issuer.e - 1]!.cap) return { ms: issuer.s, me: issuer.e, rs: issuer.s, re: issuer.s, start: np.s, end: issuer.e };
    return bareSubject(np.s, np.e + 1);
  }
  const named = describedName(tokens, np.s, np.e, b) ?? roleOfName(tokens, np.s, np.e, b);
  if (named) return named;
  np.e = roleComplement(tokens, np.e, b);
  let k = np.e;
  if (k < b && tokens[k]!.text === '(') {
    let j = k + 1;
    while (j < b && j < k + 12 && tokens[j]!.text !== ')') j++;
    if (j < b) k = j + 1;
  }
  let rs = k;
  let re = k;
  if (k < b && tokens[k]!.text === ',' && k + 1 < b && tokens[k + 1]!.kind === 'word' && !tokens[k + 1]!.lower.endsWith('ing') && !complementizers.has(tokens[k + 1]!.lower)) {
    rs = k + 1;
    // ("said Mark Ruiz, 54, a retiree in Worcester": an age set off before the description is passed over.)
    const age = ageAt(tokens, rs);
    if (age > 0 && rs + age + 1 < b && tokens[rs + age]!.text === ',' && tokens[rs + age + 1]!.kind === 'word') rs += age + 1;
    re = rs;
    // ("—pidió la presidenta del Congreso, Amparo Lozano—. …": a dash closes it too.)
    while (re < b && tokens[re]!.text !== ',' && tokens[re]!.q < 0 && !(tokens[re]!.kind === 'punct' && '.;:?!—–'.includes(tokens[re]!.text))) re++;
    if (re === rs || !describesSomeone(tokens, rs, re)) rs = re = k;
  }
  // "said the mayor, Jane Doe", "a expliqué la maire de Montvigne, Hélène Rouvier", "dijo la ministra de Ambiente,
  // Lucía Ferreyra": a description, then the name set off by a comma. The name speaks; the description is its role.
  // ("a martelé l’avocat général, Frédéric Haumont": the article written into the noun.)
  if (rs < re && !tokens[np.e - 1]!.cap && (isDet(tokens[np.s]!.lower) || elidedDet(tokens[np.s]!)) && isCapitalisedName(tokens, rs, re) && re - rs <= 4) {
    return { ms: rs, me: re, rs: np.s, re: np.e, start: np.s, end: re };
  }
  return { ms: np.s, me: np.e, rs, re, start: np.s, end: Math.max(re, k) };
}

/** Tokens [d, j) end in a lower-case noun after a possessive: "Bloomberg's pollster", "Hunter’s chief of staff", "Trump's rival". */
function ownedRole(tokens: Token[], d: number, j: number): boolean {
  if (j - d < 2 || j - d > 10 || tokens[j - 1]!.cap || tokens[j - 1]!.kind !== 'word') return false;
  for (let i = d; i < j - 1; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.cap && (t.cls & W.POSSESSIVE) !== 0 && !tokens[i + 1]!.cap && tokens[i + 1]!.kind === 'word') return true;
  }
  return false;
}

/** Every word of [s, e) is capitalised: a name, not a description. */
export function allCapitalised(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.kind === 'word' && !tokens[k]!.cap) return false;
  return true;
}

/**
 * The words after a name and its comma are a description of it when they open with an article, a possessive, a
 * capital, a number or a word for a role, or name a role within their first words (", a spokesman for the city",
 * ", director of …", ", 62,"); ", is dead because …", ", debe parecerse a …" go on with what was said.
 */
export function describesSomeone(tokens: Token[], s: number, e: number): boolean {
  const first = tokens[s]!;
  // Where every noun is capitalised, a description ends in a noun or a name; ", der ebenfalls im Club aktiv war" ends
  // in its verb: a relative clause.
  if (current.nounsCapitalised && !tokens[e - 1]!.cap) return false;
  // (", die seit Jahren über das Saarland …": an article with no noun or adjective after it is a relative pronoun.)
  if (current.nounsCapitalised && isDet(first.lower) && e - s >= 2 && (tokens[s + 1]!.cls & (W.NP_STOP | W.TIME | W.PRONOUN)) !== 0) return false;
  if (first.cap || isDet(first.lower) || /^\d/.test(first.text)) return true;
  for (let k = s; k < e && k < s + 3; k++) if (isSourceNoun(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "said former secretary of state Hillary Clinton": a role, "of" and its lower-case complement, then a name that ends
 * the clause. The name speaks; the words before it are its role.
 */
function roleOfName(tokens: Token[], s: number, e: number, b: number): Subject | null {
  const role = tokens[e - 1]!;
  if (role.cap || role.kind !== 'word' || !roleNouns.has(canonicalNoun(role.lower)) || tokens[e]?.lower !== 'of') return null;
  let n = e + 1;
  while (n < b && n < e + 4 && tokens[n]!.kind === 'word' && !tokens[n]!.cap && tokens[n]!.q < 0 && !npStops.has(tokens[n]!.lower)) n++;
  if (n === e + 1) return null;
  let m = n;
  while (m < b && m < n + 4 && tokens[m]!.kind === 'word' && tokens[m]!.cap && tokens[m]!.q < 0) m++;
  const end = tokens[m];
  if (m - n < 2 || !isCapitalisedName(tokens, n, m) || !(m >= b || (end!.kind === 'punct' && '.,;'.includes(end!.text)))) return null;
  return { ms: n, me: m, rs: s, re: n, start: s, end: m };
}

/**
 * "a déclaré jeudi le ministre des Affaires étrangères", "dijo el ministro de Exteriores": a role after its cue with
 * no name set off after it keeps its complement. The end of the phrase from `e`.
 */
function roleComplement(tokens: Token[], e: number, b: number): number {
  const role = tokens[e - 1]!;
  const link = tokens[e];
  // ("a indiqué le parquet de Lyon", "la gendarmerie du Rhône", "l’entourage du ministre": a body's noun and an
  // unnamed source's take their complement too.)
  // ("a affirmé l'échevin des Travaux, Paul Martin", "l’ambassadeur de France": a role with its article elided into it.)
  const noun = role.lower.replace(/^\p{L}['’]/u, '');
  if (current.nounsCapitalised || !link || e + 1 >= b || role.cap || role.kind !== 'word' || !(roleNouns.has(canonicalNoun(noun)) || anonymousNouns.has(noun) || (role.cls & (W.ORG_NOUN | W.ORG_NAME)) !== 0)) return e;
  if (link.kind !== 'word' || link.q >= 0 || !(link.lower === 'of' || current.nounLinks.has(link.lower))) return e;
  const det = e + 2 < b && isDet(tokens[e + 1]!.lower) ? 1 : 0;
  const np = npForward(tokens, e + 1 + det, b);
  if (!np || np.e <= e + 1 + det) return e;
  // ("said former secretary of state Hillary Clinton": a name after a lower-case word is the person the role is of.)
  // ("le ministre de l’Économie Jean Dupont": a name elided onto its article is capitalised.)
  for (let k = np.s + 1; k < np.e; k++) if (tokens[k]!.cap && !tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word' && !ELIDED_CAPITAL.test(tokens[k - 1]!.text)) return e;
  return np.e;
}

/**
 * "expresó el miembro del Buró Político y presidente de la Asamblea Nacional, Esteban Lazo Hernández.": a description
 * that runs on past its first noun, then the name set off by a comma at the end of the clause. The name speaks; the
 * description is its role.
 */
function describedName(tokens: Token[], s: number, e: number, b: number): Subject | null {
  // ("a affirmé l'échevin des Travaux, Paul Martin": the article elided into the noun.)
  const elided = elidedDet(tokens[s]!);
  const head = elided && e - 1 === s ? tokens[s]!.lower.slice(2) : tokens[e - 1]!.lower;
  if (!(isDet(tokens[s]!.lower) || elided) || tokens[e - 1]!.cap || tokens[e]?.text === ',' || !isSourceNoun(head)) return null;
  for (let k = e; k < b && k < e + 25; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return null;
    if (t.text !== ',') continue;
    let n = k + 1;
    while (n < b && tokens[n]!.kind === 'word' && tokens[n]!.cap && tokens[n]!.q < 0) n++;
    const end = tokens[n];
    // ("—pidió la presidenta del Congreso, Amparo Lozano—. …": or the dash closing the cue's clause.)
    if (n - k - 1 >= 2 && isCapitalisedName(tokens, k + 1, n) && (n >= b || (end!.kind !== 'word' && '.,;—–'.includes(end!.text)))) return { ms: k + 1, me: n, rs: s, re: k, start: s, end: n };
    return null;
  }
  return null;
}

const OPENERS = new Set('but and yet so still meanwhile however instead also then now'.split(' '));
const LEAD_PREPS = new Set('in on at during after before when while since as with without following despite amid by regardless unlike'.split(' '));

/**
 * Before a phrase that sets a speaker against the one before, set off by commas and ending at token k ("L’avocat du
 * ministre a, quant à lui, annoncé"): the token before its opening comma; else k.
 */
function turnPhraseBefore(tokens: Token[], a: number, k: number): number {
  if (k < a) return k;
  if (tokens[k]!.text !== ',') {
    // "Claire Vautrin a pour sa part estimé": the phrase between the helper and the verb, with no commas.
    for (const words of current.turnPhrases) {
      const s = k - words.length + 1;
      if (s - 1 < a || tokens[s - 1]!.kind !== 'word' || !cueModifiers.has(tokens[s - 1]!.lower)) continue;
      let j = 0;
      while (j < words.length && tokens[s + j]!.kind === 'word' && tokens[s + j]!.lower === words[j]) j++;
      if (j === words.length) return s - 1;
    }
    return k;
  }
  for (const words of current.turnPhrases) {
    const s = k - words.length;
    if (s - 1 < a || tokens[s - 1]!.text !== ',') continue;
    let j = 0;
    while (j < words.length && tokens[s + j]!.kind === 'word' && tokens[s + j]!.lower === words[j]) j++;
    if (j === words.length) return s - 2;
  }
  return k;
}

/** Past a phrase that sets a speaker against the one before, and its commas ("quant à elle", ", for her part,"). */
export function pastTurnPhrase(tokens: Token[], i: number, b: number): number {
  const phrases = current.turnPhrases;
  if (phrases.length === 0) return i;
  const from = i < b && tokens[i]!.text === ',' ? i + 1 : i;
  for (const words of phrases) {
    let k = 0;
    while (k < words.length && from + k < b && tokens[from + k]!.kind === 'word' && tokens[from + k]!.lower === words[k]) k++;
    if (k < words.length) continue;
    const end = from + k;
    return end < b && tokens[end]!.text === ',' ? end + 1 : end;
  }
  return i;
}

/**
 * Where a sentence's subject starts: past an opening conjunction ("But"), a short lead-in ended by
 * a comma ("First,", "Sunday morning,") or a prepositional one ("In a statement on Monday,").
 */
export function subjectStart(tokens: Token[], a: number, limit: number): number {
  let i = datelineEnd(tokens, a, limit);
  if (tokens[i]!.kind === 'word' && OPENERS.has(tokens[i]!.lower)) i++;
  if (tokens[i]?.text === ',') i++;
  for (let j = i + 1; j < limit && j <= i + 3; j++) {
    if (tokens[j]!.text === ',') {
      // "Dora Lind, celebrating a win, …" is a name and its appositive, not a lead-in like "Sunday morning,"; a word in
      // -ly that is no given name is an adverb ("Thankfully, now we know …"), as the name index reads it there.
      if (!isBareName(tokens, i, j) || (j === i + 1 && tokens[i]!.lower.endsWith('ly') && (tokens[i]!.cls & W.GIVEN) === 0)) i = j + 1;
      break;
    }
    if (tokens[j]!.kind !== 'word') break;
  }
  const lead = tokens[i];
  if (lead && lead.kind === 'word' && (SUBORDINATORS.has(lead.lower) || (lead.cap && lead.lower.length > 4 && leadParticiple(lead.lower)))) {
    // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush", "While the donor
    // didn’t say, he did …": the subject follows the comma that a name or pronoun and its verb come after.
    for (let j = i + 2; j < limit && j < i + 40; j++) {
      if (tokens[j]!.q >= 0 || (tokens[j]!.kind === 'punct' && '.;:'.includes(tokens[j]!.text))) break;
      if (tokens[j]!.text !== ',') continue;
      const np = npForward(tokens, j + 1, limit);
      // (A participle's subject may be a description: "Interrogé par l’AFP, le maire a déclaré …".)
      if (np && (tokens[np.s]!.cap || pronouns.has(tokens[np.s]!.lower) || (!SUBORDINATORS.has(lead.lower) && determiners.has(tokens[np.s]!.lower))) && hasVerb(tokens, np)) return Math.min(j + 1, limit);
    }
  }
  if (tokens[i] && LEAD_PREPS.has(tokens[i]!.lower)) {
    let j = i;
    while (j < limit && j < i + 12 && tokens[j]!.text !== ',') j++;
    if (j < limit && tokens[j]!.text === ',') i = j + 1;
    // "In a statement released November 5, the day the proposals were due, it said …": a phrase set off after the
    // lead-in, then a pronoun, is more of the lead-in.
    if (i < limit && isDet(tokens[i]!.lower)) {
      let k = i;
      while (k < limit && k < i + 12 && tokens[k]!.text !== ',' && tokens[k]!.q < 0) k++;
      const p = tokens[k + 1];
      if (k + 1 < limit && tokens[k]!.text === ',' && p && p.kind === 'word' && pronouns.has(p.lower) && pronouns.get(p.lower) !== 'relative') i = k + 1;
    }
  }
  return Math.min(i, limit);
}

/**
 * Past a dateline opening an article's paragraph ("BUFFALO, N.Y. — Hours before …"): a place in capitals, a comma,
 * and a dash within a few words. Returns `a` when there is none.
 */
export function datelineEnd(tokens: Token[], a: number, limit: number): number {
  const first = tokens[a]!;
  // Most sentences open with a word whose second letter is lower case: the rest is read apart (this stays small enough
  // to be inlined where every sentence start asks it).
  const second = first.text.charCodeAt(1);
  if (!first.cap || first.kind !== 'word' || first.text.length < 3 || (second >= 97 && second <= 122)) return a;
  return datelineAfter(tokens, a, limit);
}

/** `datelineEnd` of a sentence opening with a word of three letters or more whose second letter is no lower-case ASCII. */
function datelineAfter(tokens: Token[], a: number, limit: number): number {
  const first = tokens[a]!;
  if (first.text !== first.text.toUpperCase()) return a;
  // The place in capitals, of one word or a few ("NEW YORK", "SAN FRANCISCO"), then a comma, the agency in parentheses
  // or the dash: "BUFFALO, N.Y. —", "NEW YORK, Nov. 19 (UPI) —", "WASHINGTON (AP) —". ("FBI Director James Comey —"
  // is a name.)
  let j = a + 1;
  while (j < limit && j < a + 4 && tokens[j]!.kind === 'word' && tokens[j]!.text.length > 1 && tokens[j]!.text === tokens[j]!.text.toUpperCase() && tokens[j]!.cap) j++;
  const next = tokens[j];
  if (!next || (next.text !== ',' && next.text !== '(' && !isDatelineDash(tokens, j))) return a;
  for (; j < limit && j <= a + 16; j++) {
    const t = tokens[j]!;
    if (isDatelineDash(tokens, j)) return Math.min(t.text === '-' && tokens[j + 1]?.text === '-' ? j + 2 : j + 1, limit);
    // Place, state, date and agency: capitalised words, numbers, commas, periods and parentheses, and a month where
    // months are written lower-case, with a short word between day, month and year ("PARIS, 3 mai 2025 (AFP) -",
    // "MADRID, 3 de mayo de 2025 (EFE) -").
    if (t.kind === 'word' ? !t.cap && !isDigit(t) && !(t.cls & W.TIME) && !(t.text.length <= 3 && dateWord(tokens[j - 1]) && dateWord(tokens[j + 1])) : t.text !== ',' && t.text !== '.' && t.text !== '(' && t.text !== ')') return a;
  }
  return a;
}

function isDigit(t: Token): boolean {
  return t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;
}

/** A day, a month or a year in a dateline. */
function dateWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (isDigit(t) || (t.cls & W.TIME) !== 0);
}

function isDatelineDash(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && (t.text === '—' || t.text === '–' || t.text === '-');
}

const AGE = /^\d+$/;

/**
 * A description that is only someone's age, no role: a number ("Misha Shah, 32,"), or a number and the language's word
 * for years ("42 ans", "de 42 años").
 */
export function isAge(description: string): boolean {
  const space = description.indexOf(' ');
  if (space < 0) return AGE.test(description);
  // ("de 42 años": a link before the number.)
  const first = description.slice(0, space);
  if (current.nounLinks.has(first.toLowerCase())) return isAge(description.slice(space + 1)) && description.indexOf(' ', space + 1) > 0;
  return AGE.test(first) && current.ageWords.has(description.slice(space + 1));
}

/** How many tokens from k are someone's age ("32", "42 ans", "de 42 años"), or 0. */
export function ageAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return 0;
  // ("de 42 años": a link before the number and its word for years.)
  if (current.nounLinks.has(t.lower)) {
    const n = tokens[k + 2];
    return AGE.test(tokens[k + 1]?.text ?? '') && !!n && n.kind === 'word' && current.ageWords.has(n.text) ? 3 : 0;
  }
  if (!AGE.test(t.text)) return 0;
  const n = tokens[k + 1];
  return n && n.kind === 'word' && current.ageWords.has(n.text) ? 2 : 1;
}

/** The word ends as a participle of the language does that opens a sentence before its subject ("Speaking", "Interrogé"). */
export function leadParticiple(lower: string): boolean {
  for (const end of current.leadParticiples) if (lower.endsWith(end)) return true;
  return false;
}

/** Words that open a subordinate clause ("While the council met, …", "When Trump … said …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set('while when after although though because if as since before once whereas'.split(' '));
/** Past tenses that end in neither -ed nor -s: "went", "shot back", "said". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set('rose fell grew sank went took gave made put came got kept left found thought felt brought held led meant sent set spoke stood won wrote told said saw began heard knew showed sought threw did shot swore struck broke ran'.split(' '));

/** A subject that is its mention alone, no role: tokens [s, e). */
export function bareSubject(s: number, e: number): Subject {
  return { ms: s, me: e, rs: e, re: e, start: s, end: e };
}

/** Capitalised words only, none of them a time word: a name ("Dora Lind"), not "Sunday morning". */
function isBareName(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || TIME_NOUNS.has(t.lower) || timeWords.has(t.lower)) return false;
  }
  return true;
}

/** A verb right after the phrase, or inside it right after a name (the phrase reader may take "Ramos believes" whole). */
function hasVerb(tokens: Token[], np: { s: number; e: number }): boolean {
  if (verbLike(tokens[np.e])) return true;
  for (let m = np.s + 1; m < np.e; m++) if (tokens[m - 1]!.cap && verbLike(tokens[m])) return true;
  return false;
}

/** A lowercase word that reads as a finite verb or its helper: "referred", "went", "has", "also". */
function verbLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.q >= 0 || t.cap) return false;
  return cueModifiers.has(t.lower) || speechVerbs.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /(?:ed|[^su]s)$/.test(t.lower);
}

/**
 * The pronoun at token i is one that is the plural's too (German "sie") and a plural verb stands right after or right
 * before it ("Sie erklärten", "sagten sie", "Wollen sie aber"): "they", not "she". (Articles, prepositions and words of
 * time that end alike, "sie einen", "sie gestern", are no verbs.)
 */
export function pluralPronounAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (current.pluralToo.size === 0 || !current.pluralToo.has(t.lower)) return false;
  return pluralVerbAt(tokens[i + 1], false) || pluralVerbAt(tokens[i - 1], true);
}

function pluralVerbAt(t: Token | undefined, before: boolean): boolean {
  if (!t || t.kind !== 'word' || t.q >= 0 || (t.cap && !before) || (t.cls & (W.NP_STOP | W.TIME | W.PRONOUN)) !== 0 || determiners.has(t.lower) || current.objectArticles.has(t.lower)) return false;
  return pluralVerb(t.lower);
}

/** The word (lower case) ends as the language's plural verbs do (`pluralVerbEndings`: "sagten", "erklären"). */
export function pluralVerb(lower: string): boolean {
  for (const ending of current.pluralVerbEndings) if (lower.length > ending.length + 1 && lower.endsWith(ending)) return true;
  return false;
}
