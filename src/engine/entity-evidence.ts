import { complementizers, current, determiners, femaleNouns, honorifics, maleNouns, pronounGender } from './lexicons';
import type { Gender } from './names/given-names';
import { ageAt, datelineEnd, ELIDED_CAPITAL, titleOpens } from './mentions';

export { isAge } from './mentions';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { bareLower, compoundClasses, possessive, W, type TokenClasses } from './word-classes';

// Words before a role that end it ("the", "of", "and", "including"): a role before a name is a run of nouns and adjectives.
const ROLE_STOPS = new Set('a an the this that these those his her their its our my your and or but of for to in on at by with from as including like except besides among'.split(' '));
const APPOSITIVE_OPENERS = new Set('a an the'.split(' '));
// A verb written into the word before it ("who’d", "who's").
const CONTRACTED = /['’](?:d|s|ll|ve|re)$/;
const NOT_APPOSITIVE = new Set('who which whose where when while and but or who’s although though because as said says told added also however meanwhile'.split(' '));
const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const MAX_ROLE = 24;
const PARTICIPLE_END = /(?:ed|ing)$/;
// English's forms of "be" (other languages' auxiliaries are their data's).
const FINITE = new Set('is are was were'.split(' '));

/** What the article says of one entity, gathered from its mentions. */
export interface Evidence {
  person: number;
  org: number;
  place: number;
  strongGender: Gender | null;
  he: number;
  she: number;
  role: string | null;
  /** An appositive (2) outranks a title before the name (1). */
  roleRank: number;
}

/** One mention as the evidence reader needs it: titles from `ts`, the name [s, e), its sentence. */
export interface MentionSpan {
  ts: number;
  /** End of the titles and honorifics before the name. */
  title: number;
  s: number;
  e: number;
  sentence: number;
}

/** Cheap evidence, read as each mention is indexed: titles and honorifics, the word before, ", which" / ", who" after. */
export function quickEvidence(tokens: Token[], sent: Sentence, m: MentionSpan, ev: Evidence, given: boolean): void {
  for (let k = m.ts; k < m.title; k++) {
    const w = tokens[k]!.lower;
    // "des Branchenverbands Bitkom", "die Gewerkschaft Verdi": a body's noun before the name makes it a body's.
    const c = tokens[k]!.cls || compoundClasses(bareLower(w));
    // ("Der Basler Pharmakonzern Novaris": where every noun is capitalised, an adjective before the description's noun
    // says nothing of the kind.)
    if (current.nounsCapitalised && k < m.title - 1 && (c & (W.ORG_NOUN | W.ORG_NAME | W.ROLE | W.TITLE | W.HONORIFIC | W.GIVEN)) === 0) continue;
    if ((c & (W.ORG_NOUN | W.ORG_NAME)) !== 0 && (c & (W.ROLE | W.TITLE | W.HONORIFIC)) === 0) {
      ev.org += 3;
      continue;
    }
    ev.person += 3;
    if (w === 'mr.' || w === 'mr') ev.strongGender = 'm';
    if (w === 'ms.' || w === 'ms' || w === 'mrs.' || w === 'mrs' || w === 'miss') ev.strongGender = 'f';
  }
  const prev = tokens[m.ts - 1];
  // A form of address written in lower case before the name: "don Aurelio", "doña Rosario".
  if (prev && prev.kind === 'word' && !prev.cap && honorifics.has(prev.lower)) {
    ev.person += 3;
    if (maleNouns.has(prev.lower)) ev.strongGender = 'm';
    if (femaleNouns.has(prev.lower)) ev.strongGender = 'f';
  }
  // "whale rescue group Project Jonah", "the consulting firm Halvard": a noun for a body right before the name, in lower
  // case, says what the name is.
  if (prev && prev.kind === 'word' && !prev.cap && prev.q < 0 && (prev.cls & (W.ORG_NOUN | W.ROLE | W.TITLE | W.EITHER | W.POSSESSIVE)) === W.ORG_NOUN) ev.org += 3;
  if (prev && m.ts > sent.start && prev.kind === 'word') {
    // "in Harbor Point", "near Rochester": a place; "the Whole Foods store", "the Chicago set": no person's name.
    if (current.placePrepositions.has(prev.lower)) ev.place += 1;
    // ("le Quai d’Orsay", "el PP": another language's definite article; English's "this" and "that" are no article: "this Trump look-alike".)
    if ((prev.lower === 'the' || (current.data.code !== 'en' && current.definites.has(prev.lower) && !complementizers.has(prev.lower))) && !given) ev.org += 1;
    // "a Go-Kart Track", "an Apple Store": a person's name takes no article.
    if ((prev.lower === 'a' || prev.lower === 'an') && !given) ev.org += 2;
    // "The Red Cross said": nor "the" before a given name and more, no title between, where the name heads its phrase
    // (a verb of saying, a capital or punctuation after it; "the Jimmy Carter administration" is Carter's).
    if (prev.lower === 'the' && given && m.ts === m.title && m.e - m.s >= 2) {
      const next = tokens[m.e];
      if (!next || next.kind !== 'word' || next.cap || (next.cls & W.CUE) !== 0) ev.org += 4;
    }
  }
  // ", which …" follows a thing or a body, ", who …" a person.
  if (tokens[m.e]?.text === ',') {
    // "Maëlle, 19 ans, abonnée …", "Amparo, de 81 años,": a body has no age in years.
    if (ageAt(tokens, m.e + 1) >= 2) ev.person += 3;
    const rel = tokens[m.e + 1]?.lower;
    if (rel === 'which') ev.org += 2;
    if (rel === 'who') ev.person += 1;
  }
}

/**
 * Evidence that costs a look at the words around a mention, read only for the entities that are asked about: the
 * title or role before the name, an appositive after it, and the gendered pronoun that follows a name opening its
 * sentence.
 */
export function fullEvidence(src: string, tokens: Token[], cls: TokenClasses, sent: Sentence, m: MentionSpan, ev: Evidence): void {
  const titled = personName(cls, m.s, m.e) ? titleOfComplement(tokens, cls, m.s, sent.start) : -1;
  const before = titled >= 0 ? roleBefore(tokens, cls, titled + 1, titled + 1, sent.start) : roleBefore(tokens, cls, m.ts, m.s, sent.start);
  if (before < m.s) {
    let end = m.s;
    while (end > before && cls.has(end - 1, W.HONORIFIC)) end--;
    if (titled >= 0) end = m.s;
    if (end > before) {
      setRole(ev, src, tokens, before, end, 1);
      const d = describes(tokens, cls, before, end);
      if (d.kind === 'person') ev.person += 2;
      // "der Autozulieferer ZF": a noun for a body before the name.
      if (d.kind === 'org') ev.org += 2;
      if (d.gender) ev.strongGender = d.gender;
    }
  }
  else {
    const desc = descriptionBefore(tokens, cls, m.ts, sent.start);
    if (desc >= 0) {
      setRole(ev, src, tokens, desc, m.ts - 1, 1);
      const d = describes(tokens, cls, desc, m.ts - 1);
      if (d.kind === 'person') ev.person += 2;
      if (d.gender) ev.strongGender = d.gender;
    }
  }
  const app = appositiveAfter(tokens, cls, m.e, sent.end);
  if (app) {
    const d = describes(tokens, cls, app.s, app.e);
    if (d.kind === 'person') ev.person += 2;
    if (d.kind === 'org') ev.org += 2;
    if (d.gender) ev.strongGender = d.gender;
    if (d.kind) setRole(ev, src, tokens, app.s, app.e, 2);
  }
  // The first gendered pronoun after the name in its sentence, with no other name between, when the name opens
  // the sentence as its subject ("Taylor Swift posted …, accusing Big Machine of trying to stop her …"); a name in a
  // phrase ("In a Tumblr post at the time she …") says nothing of the pronoun.
  if (m.ts - datelineEnd(tokens, sent.start, sent.end) > 1) return;
  for (let k = m.e; k < sent.end && k < m.e + 25; k++) {
    const t = tokens[k]!;
    if (t.q >= 0 || t.kind !== 'word') continue;
    if (t.cap && k > m.e && cls.has(k, W.GIVEN) && !cls.has(k, W.TITLE | W.HONORIFIC)) break;
    // Every word of HE and SHE starts with h or s; a word of pronounGender carries the GENDERED class.
    const w = t.lower;
    const c0 = w.charCodeAt(0);
    const g = (c0 === 104 || c0 === 115) && HE.has(w) ? 'm' : (c0 === 104 || c0 === 115) && SHE.has(w) ? 'f' : (t.cls & W.GENDERED) !== 0 ? pronounGender.get(w) : undefined;
    if (g) {
      if (g === 'm') ev.he++;
      else ev.she++;
      ev.person++;
      break;
    }
  }
}

/**
 * "Minister of Foreign Affairs Jane Doe", "le ministre de l’Économie Jean Dupont", "la vicepresidenta del Gobierno
 * Yolanda Díaz", "Le porte-parole du gouvernement Olivier Véran": a title or role noun, its complement after a link,
 * then the name of the person [core, …) with no comma between: the title and its complement describe that person. The
 * title's token, or -1. ("the lawyer for Jane Doe", "a spokesman for Senator Cole", "the president of France met
 * Angela Merkel": a name right after the link, a title or a verb in the complement, is someone else's.) The
 * complement holds capitalised words, and in lower case only articles, links, "and" and nouns for bodies.
 */
export function titleOfComplement(tokens: Token[], cls: TokenClasses, core: number, limit: number): number {
  // ("the Latino Partnership for Conservative Principles", "the Parks and Recreation Department": a name right after a
  // link or "and" goes on a body's name.)
  const before = tokens[core - 1];
  if (!before || before.lower === 'of' || before.lower === 'for' || current.nounLinks.has(before.lower) || determiners.has(before.lower) || current.conjunctions.has(before.lower)) return -1;
  for (let k = core - 1; k > limit && core - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.q >= 0 || possessive(t.text) || cls.has(k, W.CUE | W.TITLE | W.ROLE | W.HONORIFIC)) return -1;
    const link = t.lower === 'of' || t.lower === 'for' || current.nounLinks.has(t.lower);
    if (link && k < core - 1) {
      const title = tokens[k - 1]!;
      if (title.kind === 'word' && title.q < 0 && cls.has(k - 1, W.TITLE | W.ROLE) && !cls.has(k - 1, W.GIVEN)) return k - 1;
    }
    if (!t.cap && !ELIDED_CAPITAL.test(t.text) && !link && !determiners.has(t.lower) && !current.conjunctions.has(t.lower) && !cls.has(k, W.ORG_NAME | W.ORG_NOUN)) return -1;
  }
  return -1;
}

/** The name [s, e) is a person's by its shape: two words or more, or a given name, and no word of a body's name. */
export function personName(cls: TokenClasses, s: number, e: number): boolean {
  if (e - s < 2 && !cls.has(s, W.GIVEN)) return false;
  for (let k = s; k < e; k++) if (cls.has(k, W.ORG_NAME)) return false;
  return true;
}

/** Takes the words [s, e) as the role when they outrank the role found so far (sliced only then). */
function setRole(ev: Evidence, src: string, tokens: Token[], s: number, e: number, rank: number): void {
  // ("Misha Shah, 32, said": an age describes no role.)
  if (ageAt(tokens, s) === e - s) return;
  if (rank > ev.roleRank) {
    ev.role = text(src, tokens, s, e);
    ev.roleRank = rank;
  }
}


function text(src: string, tokens: Token[], s: number, e: number): string {
  return src.slice(tokens[s]!.s, tokens[e - 1]!.e);
}

/**
 * "un élu RN", "Le député LFI Karim Belhadj", "un porte-parole SNCF": initials right after a title or role in lower case
 * are the party or the body the person belongs to, a word of the description, no one's name (nor the start of the
 * name after them). Not before a title ("former UN Ambassador John Bolton": the title's own).
 */
export function memberLabel(tokens: Token[], cls: TokenClasses, i: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i]!;
  return !!before && before.kind === 'word' && !before.cap && before.q < 0 && cls.has(i - 1, W.TITLE | W.ROLE) && t.text.length <= 5 && /^\p{Lu}+$/u.test(t.text) && !(i + 1 < tokens.length && cls.has(i + 1, W.TITLE | W.ROLE));
}

/**
 * A description before a name: the title words inside its run ("Indiana State Teachers Association President
 * Keith Gambill") and the role words before it ("retired aerospace executive Tom Young", "White House press
 * secretary Dan Lee"), when the word next to the name is a title or a role noun.
 */
function roleBefore(tokens: Token[], cls: TokenClasses, runStart: number, core: number, limit: number): number {
  let k = core;
  const inRun = core > runStart;
  if (inRun) k = runStart;
  // ("Le député LFI Karim Belhadj": the party's initials after the title belong to the role.)
  if (!inRun && k - 1 > limit && memberLabel(tokens, cls, k - 1)) k--;
  const prev = tokens[k - 1];
  const roleNext = inRun || (!!prev && prev.kind === 'word' && prev.q < 0 && !cls.has(k - 1, W.ROLE_MODIFIER) && cls.has(k - 1, W.ROLE | W.TITLE | W.HONORIFIC));
  if (!roleNext) return core;
  while (k > limit && core - k < 8) {
    const t = tokens[k - 1]!;
    // ("On Monday Ms Kaur", "Speaking at the launch Ms Kaur": no role before the honorific.)
    if (k < core && titleOpens(tokens, k)) break;
    if (t.kind !== 'word' || t.q >= 0 || ROLE_STOPS.has(t.lower) || determiners.has(t.lower) || cls.has(k - 1, W.NP_STOP | W.CUE) || possessive(t.text)) break;
    k--;
  }
  return k;
}

/**
 * A description set off by a comma before the name: "the mayor, Jane Doe", "el vice primer ministro, Jorge Luis
 * Perdomo", "la ministre de la Santé, Agnès Buzyn". Where the description starts (its article), or -1. Past eight
 * words it goes on only through names, roles and the words that join them ("el miembro del Buró Político y secretario
 * de Organización del Comité Central del Partido Comunista, Roberto Morales Ojeda"), never through a verb ("la diaria
 * consultó al actual intendente de Cerro Largo, José Yurramendi").
 */
function descriptionBefore(tokens: Token[], cls: TokenClasses, ts: number, limit: number): number {
  if (ts - 2 < limit || tokens[ts - 1]!.text !== ',') return -1;
  let role = false;
  for (let k = ts - 2; k >= limit && ts - 2 - k < 16; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.q >= 0 || cls.has(k, W.CUE)) return -1;
    if (cls.has(k, W.ROLE | W.TITLE)) role = true;
    // "Le maire de Lyon, …", "der Bürgermeister der Stadt, …": a word that links a noun to its complement, also an article.
    if (k > limit && current.nounLinks.has(t.lower) && tokens[k - 1]!.kind === 'word' && (tokens[k - 1]!.cap || cls.has(k - 1, W.ROLE | W.TITLE | W.ORG_NOUN))) continue;
    // The article opens it; a word before it that ends a phrase (a verb, a preposition) or the sentence start. (An
    // article after a link is the complement's: "la ministre de la justice", "the head of the agency".)
    // (Not when the complement names a body or an outlet: "the editor of the Vatican's newspaper, L'Osservatore Romano".)
    if (cls.has(k, W.OPENER) && determiners.has(t.lower) && k - 1 > limit && (current.nounLinks.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'of') && cls.has(k - 2, W.ROLE | W.TITLE | W.ORG_NOUN) && !cls.has(ts - 2, W.SOURCE)) continue;
    // ("A spokeswoman for the senator, Hannah Liu": after "for" the complement is whom the person speaks for, she the
    // spokeswoman, whatever the complement is.)
    if (cls.has(k, W.OPENER) && determiners.has(t.lower) && k - 1 > limit && tokens[k - 1]!.lower === 'for' && cls.has(k - 2, W.ROLE | W.TITLE)) continue;
    if (cls.has(k, W.OPENER) && determiners.has(t.lower)) return role && k < ts - 2 && (ts - 2 - k < 8 || joinedNames(tokens, cls, k + 1, ts - 1)) ? k : -1;
  }
  return -1;
}

/** Every word of [s, e) is a name's, a role's, a body's, or one that joins them ("del", "y", "de la"). */
function joinedNames(tokens: Token[], cls: TokenClasses, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (!t.cap && !cls.has(k, W.ROLE | W.TITLE | W.ORG_NOUN) && !current.nounLinks.has(t.lower) && !current.conjunctions.has(t.lower) && !determiners.has(t.lower)) return false;
  }
  return true;
}

/**
 * An appositive after a name: ", a spokesman for the city," / ", the ranking member of the committee," /
 * ", Director, IIFL Securities" (a title first). Skips an age (", 62,") and a party and state ("(R-OK)").
 * Returns the appositive's tokens, or null when what follows is a clause (", who …"), another name or nothing.
 */
function appositiveAfter(tokens: Token[], cls: TokenClasses, e: number, b: number): { s: number; e: number } | null {
  let k = e;
  if (tokens[k]?.text === '(') {
    let j = k + 1;
    while (j < b && j < k + 10 && tokens[j]!.text !== ')') j++;
    if (j >= b || tokens[j]!.text !== ')') return null;
    k = j + 1;
  }
  if (tokens[k]?.text !== ',') return null;
  k++;
  const age = ageAt(tokens, k);
  if (age > 0 && tokens[k + age]?.text === ',') k += age + 1;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || first.q >= 0 || NOT_APPOSITIVE.has(first.lower.replace(CONTRACTED, '')) || cls.has(k, W.CUE)) return null;
  // "Le ministre, Paul Martin, a rencontré le maire": the name's verb, its helper first, is no description of it.
  if (!first.cap && (current.perfectAuxiliaries.has(first.lower) || current.passiveAuxiliaries.has(first.lower))) return null;
  // "Hori Parata, watched by his father,", ", bristling with anger,": a participle and its phrase describe what the
  // person did, not who they are ("retired teacher" is a description).
  if (!first.cap && PARTICIPLE_END.test(first.lower) && ROLE_STOPS.has(tokens[k + 1]?.lower ?? '')) return null;
  let end = k;
  let headed = APPOSITIVE_OPENERS.has(first.lower) || possessive(first.text);
  while (end < b && end - k < MAX_ROLE) {
    const t = tokens[end]!;
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== '’' && t.text !== "'") || (t.kind === 'quote' && t.mark !== null)) break;
    if (t.kind === 'word') {
      const c = cls.of(end);
      if (end > k && c & W.SPEECH && !(c & W.ROLE)) return null;
      // "Robert Mugabe, his wife Grace and two key figures … are under house arrest": a finite verb makes it a clause.
      if (end > k && (FINITE.has(t.lower) || current.perfectAuxiliaries.has(t.lower) || current.passiveAuxiliaries.has(t.lower))) return null;
      // A description names its noun early ("director of …", "the city's water commissioner"), or after an article;
      // a role word far into a clause ("…, debe parecerse a los desafíos del territorio") heads nothing.
      if (c & (W.ROLE | W.TITLE | W.ORG_NOUN) && (end - k < 4 || c & W.OPENER || cls.has(k, W.OPENER))) headed = true;
    }
    end++;
  }
  if (!headed || end === k || (current.nounsCapitalised && !tokens[end - 1]!.cap)) return null;
  // ("Antonia Koch, die seit Jahren … über das Saarland, …": where every noun is capitalised, an article with no noun
  // or adjective after it is a relative pronoun, its clause no description.)
  if (current.nounsCapitalised && end - k >= 2 && determiners.has(first.lower) && cls.has(k + 1, W.NP_STOP | W.TIME | W.PRONOUN)) return null;
  // "NASA, Rep. Robert Aderholt, …", "Boeing, Lockheed Martin and …", "Speaker of the House Rep. Paul Ryan": another
  // name, opening or ending the words, not a description. ("a strategist for Mrs. Clinton's 2008 campaign", "an
  // emeritus professor of nutrition at King's College London": a name inside a description opened by an article is
  // part of it.)
  for (let j = k; j < end - 1; j++) {
    const t = tokens[j]!;
    const n = tokens[j + 1]!;
    if (!t.cap || !n.cap || n.kind !== 'word' || possessive(t.text) || !cls.has(j, W.GIVEN | W.TITLE | W.HONORIFIC)) continue;
    // (Only words opened by an article or a possessive are read as one description around a name: "Trump met with
    // Republican House and Senate members" is a clause.)
    let last = j + 1;
    while (last + 1 < end && tokens[last + 1]!.cap && tokens[last + 1]!.kind === 'word') last++;
    if (j === k || last === end - 1 || !(APPOSITIVE_OPENERS.has(first.lower) || possessive(first.text))) return null;
  }
  return { s: k, e: end };
}

/**
 * What a description says its name is: 'person', 'org', or null, by its head: the last telling noun before "of",
 * "at", "for", the language's links ("de", "des") or a relative word ("prime contractor for the SLS" is a contractor, not a prime minister).
 */
export function describes(tokens: Token[], cls: TokenClasses, s: number, e: number): { kind: 'person' | 'org' | null; gender: Gender | null } {
  let stop = s;
  while (stop < e) {
    const w = tokens[stop]!.lower;
    if (w === 'of' || w === 'at' || w === 'for' || w === 'who' || w === 'that' || w === 'which' || current.nounLinks.has(w) || current.relatives.has(w)) break;
    stop++;
  }
  for (let k = stop - 1; k >= s; k--) {
    const c = cls.of(k);
    if (c & W.EITHER) return { kind: null, gender: null };
    if (c & W.FEMALE) return { kind: 'person', gender: 'f' };
    if (c & W.MALE) return { kind: 'person', gender: 'm' };
    if (c & W.ORG_NOUN) return { kind: 'org', gender: null };
    if (c & (W.ROLE | W.TITLE)) return { kind: 'person', gender: null };
  }
  return { kind: null, gender: null };
}
