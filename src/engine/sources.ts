import type { Found } from './clauses';
import { isAge, personName, titleOfComplement } from './entity-evidence';
import { buildNameIndex, describes, isPlace, kindOf, type Entity, type NameIndex } from './entities';
import { anonymousNouns, businessNouns, cueModifiers, current, determiners, documentNouns, honorifics, mediaNouns, orgNameWords, orgNouns, outletKey, outletNames, pronounGender, pronouns, publicBodyWords, roleNouns, titles, withoutElision, withoutQuoteMarks } from './lexicons';
import { antecedent, isGroup, isHer, isHim, isSomeone, isThing, namedBefore, namedReferent, type Reference, type Referent } from './referents';
import type { Sentence } from './sentences';
import { canonicalNoun, dropPossessive, headEnd, headOf, isSourceNoun, namedPersonNoun, namesSomeone, POSSESSIVE, QUANTIFIERS, singular } from './source-heads';
import { ELIDED_CAPITAL, npBackward, npForward, pluralPronounAt, pluralVerb, subjectStart } from './mentions';
import { elidedArticle, elision, type Token } from './tokens';
import { bareLower, compoundClasses, W } from './word-classes';
import type { Source } from './types';

/** The resolved source of each attribution (index-aligned), and the sources in order of first use. */
export interface Resolved {
  ids: Array<string | null>;
  sources: Source[];
}

const DETS = /^(?:the|a|an|this|that|these|those)\s+/i;
// Capitalised at a sentence's start, these are no names: "Both accomplished songwriters …", "Those gains …".
const FUNCTION_WORDS = new Set('the a an this that these those both all each every some any no another other such his her their its our my your'.split(' '));
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
// A relative clause or a participle after a name describes what someone did, not who they are.
// ("Critics, including former Boeing engineer Ed Pierson, say": an example among them describes none.)
const NOT_ROLES = /^(?:who|whom|whose|which|that|where|when|including|like|such as|among them)\b/i;
// Adjectives of size, rank or time that describe without telling bodies apart ("the state’s largest utility").
const RANKS = /^(?:\w+est|new|former|main|local|national|federal|state|big|major|private|public|own)$/;
// Titles written short before a name, and the noun a later mention uses for them ("Gov. Holcomb" … "the governor").
const TITLE_NOUNS: Record<string, string> = { 'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'lt.': 'lieutenant', 'col.': 'colonel', 'capt.': 'captain', 'adm.': 'admiral', 'prof.': 'professor', 'pres.': 'president', 'sgt.': 'sergeant', 'cmdr.': 'commander' };

// The words of each role met (a description is checked against the same roles again and again), read-only for callers.
const roleWords = new Map<string, string[]>();

function wordsOf(role: string | null): string[] {
  if (!role) return [];
  let words = roleWords.get(role);
  if (!words) {
    words = role.toLowerCase().split(/[\s,]+/).map((w) => TITLE_NOUNS[w] ?? w.replace(POSSESSIVE, ''));
    roleWords.set(role, words);
  }
  return words;
}


// The length of a table's longest word, by table (the tables change with the language).
const longestWord = new WeakMap<object, number>();

/**
 * True when the table can hold `form` lower-cased: lower-casing never shortens a string, so a form longer than
 * every word of the table is none of them, and is not lower-cased to find out.
 */
function mayHold(table: { keys(): Iterable<string> }, form: string): boolean {
  let max = longestWord.get(table);
  if (max === undefined) {
    max = 0;
    for (const w of table.keys()) max = Math.max(max, w.length);
    longestWord.set(table, max);
  }
  return form.length <= max;
}

/** The conjunction joining two capitalised names in [s, e) ("Berlin und Paris"), or -1. */
function conjunctionIn(tokens: Token[], s: number, e: number): number {
  for (let k = s + 1; k < e - 1; k++) {
    const t = tokens[k]!;
    // ("… Costco and the recreational vehicle-maker Winnebago": a name after its description.)
    if (t.kind === 'word' && !t.cap && current.conjunctions.has(t.lower)) return tokens[k - 1]!.cap && (tokens[k + 1]!.cap || tokens[e - 1]!.cap) ? k : -1;
  }
  return -1;
}

/** The length of a definite article written into the word ("l’" of "l’avocat"), or 0. */

function quotedThing(r: Referent): boolean {
  return r.sourceId !== null && isThing(r);
}

function quotedGroup(r: Referent): boolean {
  return r.sourceId !== null && isGroup(r);
}

/**
 * An organization a description fits: any, for a short one whose noun says only that it is a body ("the company",
 * "the firm", "the agency"); else one whose name or role holds each of its words. A noun that makes names of one kind
 * of body ("the court", "the party", "the campaign", "the board") fits only a body whose name or role holds it: "the
 * court" is no company named before. (A government, a state, a country or a nation is any body of that place.)
 */
function orgFits(r: Referent, short: boolean, words: string[]): boolean {
  if (r.kind !== 'organization') return false;
  const entity = r.entity;
  const noun = words[words.length - 1];
  // ("the company" is no public body: "the National Weather Service said …. The company declined …")
  if (noun && businessNouns.has(noun) && (r.entity ? r.entity.words.some((w) => publicBodyWords.has(w)) : !!r.head && publicBodyWords.has(r.head))) return false;
  // ("das Justizministerium" after "vor Gericht": where nouns compound, one ending in a noun for one kind of body is that
  // kind's too, and points back only to a body whose name holds the whole compound.)
  if (short && (!noun || (!nameNoun(noun) && !(current.nounsCapitalised && nameNoun(canonicalNoun(noun)))))) return true;
  // ("the campaign" after "the Sanders campaign": a body described before by the same noun.)
  // ("das Justizministerium" after "Das Bundesjustizministerium teilte mit": the last word of the phrase, compound whole.)
  if (!entity) return short && !!r.head && (holds([singular(r.head)], singular(noun!)) || (current.nounsCapitalised && !!r.phrase && holds(r.phrase.toLowerCase().split(' ').slice(-1), noun!)));
  const role = wordsOf(entity.role);
  return (short ? [noun!] : words).every((w) => holds(entity.words, w) || entity.words.includes(`${w}s`) || holds(role, w));
}

/** One of `words` is `w`; where nouns are capitalised, and compound, one ending in it ("Bundespolizei" for "Polizei"). */
function holds(words: string[], w: string): boolean {
  if (words.includes(w)) return true;
  if (!current.nounsCapitalised) return false;
  for (const x of words) if (x.length > w.length && x.endsWith(w)) return true;
  return false;
}

/** A noun that names one kind of body ("court", "party", "campaign"), not a body of any kind ("company", "agency"). */
function nameNoun(w: string): boolean {
  const noun = singular(w);
  return orgNameWords.has(noun) && !orgNouns.has(noun) && !PLACE_BODIES.has(noun);
}
const PLACE_BODIES = new Set(['government', 'state', 'country', 'nation', 'administration']);

/**
 * Gives every attribution a source, reading the article in order as a reader does. A name is looked up in the
 * article-wide index (src/engine/entities.ts), so "Ms. Ruiz" is Ana Ruiz, with the role the article gave her
 * wherever it did; an outlet's forms are one media source; "he" or "she" points at the nearest fitting person
 * named before it (gender from titles, pronouns and given names), "it" at an organization, "they" at a group;
 * "the company", "the agency", "the senator" at the organization or person the article last gave that
 * description; "the officials" at the unnamed group named so before. A mention that names no one (a place, a
 * date, a stretch of content) gives null: no source rather than a wrong one.
 */
export function resolveSources(text: string, tokens: Token[], sentences: Sentence[], found: Found[]): Resolved {
  // The words of a role depend on the role alone: kept from one article to the next, within a bound.
  if (roleWords.size > 4096) roleWords.clear();
  const index = buildNameIndex(text, tokens, sentences);
  const sentOf = sentenceOfTokens(tokens.length, sentences);
  const resolver = new Resolver(text, tokens, sentences, sentOf, index);
  return resolver.run(found);
}

// The buffer `sentenceOfTokens` fills, kept from one article to the next (most articles need no new one).
let sentOfBuffer = new Int32Array(4096);

/** The sentence of each token (0 for a token no sentence holds), in a view of a buffer reused by the next article. */
function sentenceOfTokens(n: number, sentences: Sentence[]): Int32Array {
  if (sentOfBuffer.length < n) sentOfBuffer = new Int32Array(Math.max(n, 2 * sentOfBuffer.length));
  const sentOf = sentOfBuffer.subarray(0, n);
  sentOf.fill(0);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const e = Math.min(s.end, n);
    for (let k = Math.max(s.start, 0); k < e; k++) sentOf[k] = i;
  }
  return sentOf;
}

/**
 * Where the issuer of a document whose head noun ends at token `end` is named, before `me`: after a link right after
 * the noun ("a report by the Tax Foundation", "eine Studie des Branchenverbands Bitkom"), or after "by" or "from"
 * past a participle ("the most recent data available from the FBI", "exit polls conducted … by Edison Research").
 * The link's token, or -1.
 */
function issuerLink(tokens: Token[], end: number, me: number): number {
  const link = tokens[end]!;
  if (link.kind !== 'word') return -1;
  if (current.nounLinks.has(link.lower) || link.lower === 'of' || link.lower === 'by' || link.lower === 'from') return end;
  if (link.cap || !/(?:ed|able|en)$/.test(link.lower)) return -1;
  for (let k = end + 1; k < me - 1 && k < end + 12; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (t.lower === 'by' || t.lower === 'from') return k;
  }
  return -1;
}

/** The last token of a sentence closes it: an end mark, or a quotation mark after one. */
function endsSentence(t: Token | undefined): boolean {
  return !!t && (t.kind === 'quote' || (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…' || t.text === ':')));
}

/** A lower-case word of the phrase's own, no link or stop word ("items" of "Material items"). */
function plainWordAt(t: Token): boolean {
  return t.kind === 'word' && !t.cap && t.q < 0 && (t.cls & (W.NP_STOP | W.PRONOUN)) === 0;
}

/**
 * The capitalised words ending at token `end` are counted: a number stands right before them ("400 Français"), or their
 * first is a word that counts ("Two Republicans"). A year is no count ("2016 Democrats" is not read so).
 */
function counted(tokens: Token[], ms: number, end: number): boolean {
  let s = end - 1;
  while (s > ms && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word') s--;
  const first = tokens[s]!;
  if (end - s >= 2 && first.cap && QUANTIFIERS.has(first.lower) && first.lower !== 'one') return true;
  const n = s > ms ? tokens[s - 1]! : null;
  return !!n && n.kind === 'word' && NUMBER.test(n.text) && !YEAR.test(n.text);
}
const NUMBER = /^\d[\d,.\u00a0\u202f ]*$/;
const YEAR = /^(?:19|20)\d\d$/;

/** A link of a noun to its complement ("of", "der", "de") among tokens [s, e). */
function linkBetween(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.lower === 'of' || current.nounLinks.has(tokens[k]!.lower)) return true;
  return false;
}

/** The referent may be of the gender a description tells (none told, or none known of the referent, fits). */
function sameGender(r: Referent, gender: 'm' | 'f' | null): boolean {
  return !gender || !r.gender || r.gender === gender;
}

/** Where the resolver reads an attribution's mention: at a description before the name, else at the name. */
function readAt(m: NonNullable<Found['mention']>): number {
  return m.rs < m.ms && m.re <= m.ms ? m.rs : m.ms;
}

/** The first word of a cue at characters [s, e) ends as the language's plural verbs do ("sagten", "erklären"). */
function pluralVerbForm(text: string, s: number, e: number): boolean {
  if (current.pluralVerbEndings.length === 0) return false;
  const space = text.indexOf(' ', s);
  return pluralVerb(text.slice(s, space >= 0 && space < e ? space : e).toLowerCase());
}

// Words that open a count of people besides a number and the words that count ("Almost half", "Nearly all").
const COUNT_WORDS = new Set(['half', 'all', 'a', 'every']);

/** The word opens a count of people: a number, a word that counts, "half" ("Nearly eight of 10 voters", "Almost half"). */
function countStart(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c >= 48 && c <= 57) || QUANTIFIERS.has(lower) || COUNT_WORDS.has(lower);
}

/** A verb contracted onto a word: "He's", "We're", "I've", "they'd". */
const CONTRACTION = /['’](?:s|re|ve|d|ll|m)$/;

/** The word is one of the language's indefinite articles ("a", "eine", "one"), by the class its token carries. */
function indefinite(t: Token): boolean {
  return (t.cls & (W.INDEFINITE | W.POSSESSIVE)) === W.INDEFINITE;
}

class Resolver {
  /** The referents of named entities, in the order they were first met (each entity holds its own: `Entity.referent`). */
  private readonly named: Referent[] = [];
  private readonly media = new Map<string, Referent>();
  private readonly unnamed: Referent[] = [];
  private readonly history: Reference[] = [];
  private readonly sources: Source[] = [];
  private readonly byId = new Map<string, Source>();
  private last: Referent | null = null;
  /** Attributions whose subject is the writer's own voice ("als wir sagen", "when we asked"): no one's words. */
  private readonly writers = new Set<Found>();
  /** Where the last attribution's mention starts. */
  private lastTok = -1;
  /** The words the article writes in lower case (`writtenLower`), gathered on first use. */
  private lowerWords: Set<string> | null = null;
  /** The verb of the attribution being resolved is plural by its ending ("bestätigen", "sagten"; `pluralVerbEndings`). */
  private pluralVerb = false;
  /** The phrase a relative pronoun stands for, set while resolving one. */
  private antecedentSpan: [number, number] | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly sentences: Sentence[],
    private readonly sentOf: Int32Array,
    private readonly index: NameIndex,
  ) {}

  run(found: Found[]): Resolved {
    const ids: Array<string | null> = new Array(found.length).fill(null);
    const mentions = this.index.mentions;
    const pronouns = this.index.pronouns;
    // Reading order: the attributions' mentions, the names of the index and the pronouns, merged by token.
    const order: number[] = [];
    for (let i = 0; i < found.length; i++) if (found[i]!.mention) order.push(i);
    // Where a description comes before the name ("Trump's attorney, Alan Garten, said"), the attribution is read where
    // the description starts: the names inside it ("Trump's") are the description's, not references of their own.
    const key: number[] = new Array(found.length);
    for (const i of order) key[i] = readAt(found[i]!.mention!);
    order.sort((x, y) => key[x]! - key[y]! || found[x]!.mention!.ms - found[y]!.mention!.ms || x - y);
    // Attributions sharing one mention ("said X, adding …") resolve it once. They stand together in `order`, among
    // those whose mention started at the same token (`from`; resolving may move a mention's start): each mention
    // resolved is kept with what it named, and looked for among those of the same token (from `group` on).
    const from = order.map((i) => found[i]!.mention!.ms);
    const resolved: Array<Found['mention']> = [];
    const refs: Array<Referent | null> = [];
    let group = 0;
    // "Eine Frau kommt über die Brücke.": the unnamed people sentences bring in, as [start, end) pairs.
    const intros = this.introductions();
    let ai = 0;
    let mi = 0;
    let pi = 0;
    let ii = 0;
    let covered = -1;
    for (;;) {
      const at = ai < order.length ? key[order[ai]!]! : Infinity;
      const nt = mi < mentions.length ? mentions[mi]!.ts : Infinity;
      const pt = pi < pronouns.length ? pronouns[pi]! : Infinity;
      const it = ii < intros.length ? intros[ii]! : Infinity;
      if (at === Infinity && nt === Infinity && pt === Infinity && it === Infinity) break;
      if (it < at && it < nt && it < pt) {
        const s = intros[ii++]!;
        const e = intros[ii++]!;
        if (s <= covered) continue;
        this.note(this.introduced(s, e), s);
        continue;
      }
      if (at <= nt && at <= pt) {
        const fi = order[ai++]!;
        const f = found[fi]!;
        const m = f.mention!;
        if (ai > 1 && from[ai - 1] !== from[ai - 2]) group = resolved.length;
        const seen = resolved.indexOf(m, group);
        let ref = seen >= 0 ? refs[seen] : undefined;
        if (ref === undefined) {
          this.antecedentSpan = null;
          ref = this.resolve(f);
          resolved.push(m);
          refs.push(ref);
          if (ref) this.note(ref, m.ms, true, f.content.spans);
          // "local officials and customers who accused …": the source is named by the phrase "who" stands for, and
          // the mention runs from it to the pronoun.
          if (ref && this.antecedentSpan) m.ms = this.antecedentSpan[0];
        }
        if (ref) {
          ids[fi] = this.attribute(ref, f);
          this.last = ref;
          this.lastTok = m.ms;
        }
        covered = Math.max(covered, m.me - 1);
      } else if (nt <= pt) {
        const nm = mentions[mi++]!;
        if (nm.ts <= covered) {
          // "Le porte-parole de Renault, Jean Dupont, a déclaré", "Apple CEO Tim Cook said": a body named in the speaker's
          // description, after the speaker, is what "the company" later points back to.
          const body = nm.employer ?? nm.entity;
          const ref = this.last && body.referent !== this.last ? this.refOf(body) : null;
          if (ref && isThing(ref)) this.note(ref, nm.ts);
          continue;
        }
        this.note(this.refOf(nm.entity), nm.ts);
        if (nm.employer) this.note(this.refOf(nm.employer), nm.ts);
        covered = nm.e - 1;
      } else {
        // "he" and "she" outside quotations: each points back to someone, and may itself be pointed back to.
        const t = pronouns[pi++]!;
        if (t <= covered) continue;
        const ref = this.person(t, pronounGender.get(this.tokens[t]!.lower) ?? null);
        if (ref) this.note(ref, t);
      }
    }
    // Attributions whose verb had no subject written (Spanish "Agregó que …"): whoever spoke last, in reading order.
    let lastId: string | null = null;
    // Made only for an article with a continued quotation.
    let at: Map<Found, number> | null = null;
    found.forEach((f, i) => {
      // A quotation with no cue after a sentence about someone (`f.cue` empty): whom that sentence is about.
      if (f.dropped && !f.mention) ids[i] = (f.cue.s === f.cue.e ? this.aboutBefore(f.sentence) : this.topic(f.sentence)) ?? lastId;
      // A quotation paragraph with no cue: the speaker of the attribution it continues, and only that one.
      if (f.continues) {
        at ??= new Map<Found, number>(found.map((g, j) => [g, j]));
        // "A young officer turned red when we said …. “This is not normal.”": what goes on from the writer's own words
        // is said by whom their sentence is about.
        ids[i] = ids[at.get(f.continues) ?? -1] ?? (this.writers.has(f.continues) ? this.aboutBefore(f.sentence) : null);
      }
      if (ids[i]) lastId = ids[i]!;
    });
    return { ids, sources: this.sources };
  }

  /**
   * The people a sentence brings in unnamed as its subject, with an indefinite article and a noun for a person ("Eine
   * Frau kommt …", "A police officer walked over"): [start, end) of each phrase, in text order. Nothing points back
   * to them yet, but a later "sie", "she" or "the officer" does.
   */
  private introductions(): number[] {
    const out: number[] = [];
    if (current.indefinites.size === 0) return out;
    const tokens = this.tokens;
    for (const sent of this.sentences) {
      if (sent.loud || sent.end - sent.start < 3) continue;
      // Where the subject starts is looked for only in a sentence with an article among its first words.
      let article = false;
      for (let k = sent.start, to = Math.min(sent.end, sent.start + 16); k < to && !article; k++) article = indefinite(tokens[k]!);
      if (!article) continue;
      const st = subjectStart(tokens, sent.start, sent.end);
      const t = tokens[st];
      if (!t || t.kind !== 'word' || t.q >= 0) continue;
      if (indefinite(t)) {
        const h = this.personHead(st + 1, sent.end);
        if (h > 0) out.push(st, h + 1);
        continue;
      }
      // "WIRED spoke to one mother, who …": someone the subject spoke to or with (a pronoun later takes the subject
      // first, when it fits: the first of a sentence's referents that fits is taken). English's prepositions only.
      for (let k = sent.start + 2, to = Math.min(sent.end, sent.start + 16); k < to; k++) {
        const w = tokens[k]!;
        if (w.q >= 0 || !indefinite(w) || (tokens[k - 1]!.lower !== 'to' && tokens[k - 1]!.lower !== 'with')) continue;
        const h = this.personHead(k + 1, sent.end);
        if (h > 0) out.push(k, h + 1);
        break;
      }
    }
    return out;
  }

  /**
   * The noun for one person that a phrase starting at token `i` ends in, after at most three words that describe
   * ("junger", "young police"): a noun for a person (a role, a title, "Frau", "resident") in the singular. -1 when
   * the phrase ends first (punctuation, a stop word, a cue) or, where every noun is capitalised, at another noun.
   */
  private personHead(i: number, b: number): number {
    for (let k = i; k < b && k < i + 4; k++) {
      if (this.personNoun(k)) {
        // "a police officer": the last of such nouns in a row.
        while (k + 1 < b && this.personNoun(k + 1)) k++;
        return k;
      }
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || t.q >= 0 || this.index.cls.has(k, W.NP_STOP | W.CUE | W.EITHER) || (current.nounsCapitalised && t.cap)) return -1;
    }
    return -1;
  }

  /** Token k is a noun for one person (in the singular, its own form or a compound's: "Feuerwehrmann"). */
  private personNoun(k: number): boolean {
    const t = this.tokens[k]!;
    if (t.kind !== 'word' || t.q >= 0 || this.index.cls.has(k, W.NP_STOP | W.CUE | W.EITHER)) return false;
    const lower = dropPossessive(t.lower);
    const noun = canonicalNoun(lower);
    return (this.index.cls.has(k, W.ROLE | W.TITLE | W.FEMALE | W.MALE) || anonymousNouns.has(noun)) && singular(noun) === noun && lower.endsWith(noun);
  }

  /** The unnamed person a sentence brings in (`introductions`), with the gender its noun tells ("eine Frau"). */
  private introduced(s: number, e: number): Referent {
    const ref = this.unnamedOf(this.span(s, e), this.tokens[e - 1]!.lower, 'anonymous');
    if (!ref.gender) ref.gender = describes(this.tokens, this.index.cls, s, e).gender;
    return ref;
  }

  /**
   * "Magallanes también es una de las representantes … Según entiende, “…”": a verb with no subject written speaks
   * for the person the sentence before, in the same paragraph, is about (its subject), if that is a named person.
   */
  private topic(si: number): string | null {
    const ref = this.topicRef(si);
    return ref ? this.sourceOf(ref, null).id : null;
  }

  /**
   * Whom the sentence before sentence `si` is about: the first person it names ("Iowa State University's Dianne
   * Bystrom agreed.", "kamen Elder … die Tränen") or brings in unnamed, else the first person a pronoun in it
   * points to ("he was deported"); null when it refers to no one.
   */
  private aboutBefore(si: number): string | null {
    let pronoun: Referent | null = null;
    let i = this.history.length - 1;
    while (i >= 0 && this.history[i]!.sentence >= si) i--;
    let first: Referent | null = null;
    for (; i >= 0 && this.history[i]!.sentence === si - 1; i--) {
      const h = this.history[i]!;
      if (!isSomeone(h.ref)) continue;
      if (this.tokens[h.tok]!.cls & W.PRONOUN) pronoun = h.ref;
      else first = h.ref;
    }
    const ref = first ?? pronoun;
    return ref ? this.sourceOf(ref, null).id : null;
  }

  /** The named person opening the sentence before sentence `si` as its subject, in the same paragraph. */
  private topicRef(si: number): Referent | null {
    if (si <= 0) return null;
    const prev = this.sentences[si - 1]!;
    if (this.tokens[prev.start]!.p !== this.tokens[this.sentences[si]!.start]!.p) return null;
    const tokens = this.tokens;
    const at = subjectStart(tokens, prev.start, prev.end);
    // The first name in the subject: after an article and a role ("La joueuse Léa Moreau a gagné."), a title and its
    // complement set off before the name ("El alcalde de Lucena, Aurelio Fernández, visitó el lugar."); never past a
    // word of another kind (a verb: "The company hired John Smith.").
    for (let k = at; k < prev.end && k < at + 16; k++) {
      const nm = this.index.at(k);
      if (nm && nm.ts === k) {
        // (Not a name that describes a noun after it: "the West Virginia legislature".)
        const next = tokens[nm.e];
        const modifier = !!next && next.kind === 'word' && !next.cap && this.index.cls.has(nm.e, W.ORG_NOUN | W.ORG_NAME | W.ROLE | W.TITLE);
        if (!nm.entity.weak && !modifier && kindOf(nm.entity) === 'person') return this.refOf(nm.entity);
        k = nm.e - 1;
        continue;
      }
      const t = tokens[k]!;
      if (t.q >= 0 || (t.kind === 'punct' ? t.text !== ',' : !(t.cap || determiners.has(t.lower) || current.nounLinks.has(t.lower) || t.lower === 'of' || this.index.cls.has(k, W.ROLE | W.TITLE)))) return null;
    }
    return null;
  }

  /**
   * Records a reference; a weak name (perhaps a common noun) only where it speaks at a cue, which makes it someone. At
   * a cue, the reference lasts to the end of the words it introduces (`spans`, the content).
   */
  private note(ref: Referent, tok: number, speaks = false, spans?: ReadonlyArray<{ s: number; e: number }>): void {
    if (ref.entity && ((ref.entity.weak && !speaks) || isPlace(ref.entity))) return;
    const t = this.tokens[tok]!;
    const sentence = this.sentOf[tok]!;
    let lastSentence = sentence;
    let lastParagraph = t.p;
    const end = spans && spans.length > 0 ? spans[spans.length - 1]!.e : -1;
    if (end > t.e) {
      const k = this.tokenBefore(end);
      if (k > tok) {
        lastSentence = this.sentOf[k]!;
        lastParagraph = this.tokens[k]!.p;
      }
    }
    const before = this.history[this.history.length - 1];
    const reachSentence = before ? Math.max(before.reachSentence, lastSentence) : lastSentence;
    const reachParagraph = before ? Math.max(before.reachParagraph, lastParagraph) : lastParagraph;
    this.history.push({ ref, tok, sentence, paragraph: t.p, at: t.s, lastSentence, lastParagraph, reachSentence, reachParagraph });
  }

  /** The last token starting before character `at` (a binary search: tokens are in text order). */
  private tokenBefore(at: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[mid]!.s < at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private refOf(entity: Entity): Referent {
    let ref = entity.referent as Referent | null;
    if (!ref) {
      ref = entity.media ? this.mediaRef(entity.media, entity.name) : namedReferent(entity);
      entity.referent = ref;
      this.named.push(ref);
    }
    return ref;
  }

  private mediaRef(outlet: string, written: string): Referent {
    // "l’AFP": the outlet's name without the article written into it; "der „Spiegel“" without its marks.
    const form = withoutElision(withoutQuoteMarks(written));
    let ref = this.media.get(outlet);
    if (!ref) {
      ref = { entity: null, phrase: form, head: null, plural: false, kind: 'media', gender: null, forms: [], role: null, sourceId: null };
      this.media.set(outlet, ref);
    } else if (form.replace(DETS, '').length > (ref.phrase ?? '').replace(DETS, '').length) {
      ref.forms.push(ref.phrase!);
      ref.phrase = form;
      const source = ref.sourceId ? this.byId.get(ref.sourceId) : undefined;
      if (source) {
        if (!source.aliases.includes(source.name)) source.aliases.push(source.name);
        source.name = form;
        source.aliases = source.aliases.filter((a) => a !== form);
      }
    }
    return ref;
  }

  private span(s: number, e: number): string {
    return this.text.slice(this.tokens[s]!.s, this.tokens[e - 1]!.e);
  }

  /** What the mention at an attribution's cue refers to, or null when it names no one. */
  private resolve(f: Found): Referent | null {
    const m = f.mention!;
    this.pluralVerb = pluralVerbForm(this.text, f.cue.s, f.cue.e);
    const ref = this.resolveMention(f);
    this.pluralVerb = false;
    // "The group that owns most of her music, Big Machine, says": the description given at the cue tells the kind.
    if (ref?.entity && m.re > m.rs) {
      const d = describes(this.tokens, this.index.cls, m.rs, m.re);
      if (d.kind) ref.entity.addEvidence(d.kind);
    }
    return ref;
  }

  private resolveMention(f: Found): Referent | null {
    const m = f.mention!;
    const first = this.tokens[m.ms]!;
    const sentence = this.sentOf[m.ms]!;
    const spans = f.content.spans;
    const cs = spans[0]?.s ?? -1;
    const ce = spans[spans.length - 1]?.e ?? -1;
    // "who in 2010 said": a relative pronoun with words of its clause before the cue is still that pronoun.
    // "a-t-il", "peut-on": the pronoun a French verb carries.
    // (Each regular expression runs only on a word it can change.)
    let word = first.lower;
    // "He's said", "We're told", "I've": a pronoun with a verb contracted onto it is that pronoun.
    if (word.includes('’') || word.includes("'")) word = word.replace(CONTRACTION, '');
    if (word.includes('-')) word = word.replace(/^.*-(?:t-)?(?=(?:il|elle|ils|elles|on)$)/, '');
    let pron = m.me - m.ms === 1 || first.lower === 'who' || first.lower === 'who’s' ? pronouns.get(word) : undefined;
    // "„…“, sagten sie", "Sie erklärten, …": German "sie" beside a plural verb is "they".
    if (pron === 'person' && pluralPronounAt(this.tokens, m.ms)) pron = 'group';
    // "Dans Les Échos, peut-on lire : « … »", "on lit sur Le Point": whoever one reads is named after dans, sur, via.
    // "…», peut-on lire." with no outlet named: the outlet named last.
    if (word === 'on') return this.readIn(m.ms) ?? (first.lower.endsWith('-on') ? antecedent(this.history, sentence, first.p, (r) => r.kind === 'media') : null);
    if (pron === 'person') {
      // ("a-t-il": the gender of the pronoun the verb carries.)
      const gender = pronounGender.get(word) ?? null;
      const last = this.last;
      // Nothing fitting in the sentences before: whoever spoke last, if a person of that gender.
      return this.person(m.ms, gender, cs, ce) ?? (last && last.kind === 'person' && (!gender || !last.gender || last.gender === gender) ? last : null);
    }
    // "Sagen wir nur so viel: …" ("let us say"): "we" after its verb is the writer's own voice, no source.
    // "als wir sagen, dass …", "when we asked": the writer's own act, in a clause of when or as, is no one's words.
    if (pron === 'speaker') {
      if (first.s <= f.cue.s && !this.writerClause(m.ms) && first.q >= 0) return this.last;
      this.writers.add(f);
      return null;
    }
    // "it" and "they" after a quotation: the organization or group already quoted before one named in passing.
    if (pron === 'thing') return this.spokeBefore(sentence) ?? this.subjectBefore(m.ms, 'thing') ?? antecedent(this.history, sentence, first.p, quotedThing, cs, ce) ?? antecedent(this.history, sentence, first.p, isThing, cs, ce);
    if (pron === 'group') return this.subjectBefore(m.ms, 'group') ?? this.singularThey(sentence) ?? antecedent(this.history, sentence, first.p, quotedGroup, cs, ce) ?? antecedent(this.history, sentence, first.p, isGroup, cs, ce);
    if (pron === 'relative') return this.relative(m.ms);
    return this.describe(m.ms, m.me, sentence);
  }

  /** The speaker pronoun at token `tok` opens a clause of when, if or as ("als wir sagen", "when we asked"). */
  private writerClause(tok: number): boolean {
    const before = this.tokens[tok - 1];
    return !!before && before.kind === 'word' && before.p === this.tokens[tok]!.p && (current.subordinators.has(before.lower) || current.reportAs.has(before.lower));
  }

  /**
   * "The cargo ship crashed in Siberia, Roscosmos said in a statement. It said …": an organization that spoke in the
   * sentence before, named after its words rather than as their subject, is what "it" goes on with.
   */
  private spokeBefore(sentence: number): Referent | null {
    const last = this.last;
    if (!last || !isThing(last) || this.lastTok < 0 || this.sentOf[this.lastTok] !== sentence - 1) return null;
    const prev = this.sentences[sentence - 1]!;
    return subjectStart(this.tokens, prev.start, prev.end) === this.lastTok ? null : last;
  }

  /**
   * "Kym Lino, a spokesperson for Instagram, confirmed … “…,” they said": singular "they" for the person who spoke
   * in the sentence before, when the article never gives them a "he" or "she" and no group spoke since.
   */
  private singularThey(sentence: number): Referent | null {
    const last = this.last;
    if (!last || last.kind !== 'person' || !last.entity || !last.entity.ungendered) return null;
    if (this.lastTok < 0 || sentence - this.sentOf[this.lastTok]! !== 1) return null;
    return last;
  }

  /**
   * "The U.S.-led coalition put the fight on hold. It said …": "it" and "they" opening a sentence point at the
   * subject of the sentence before when that subject is an organization, an outlet or (for "they") a group.
   */
  private subjectBefore(tok: number, want: 'thing' | 'group'): Referent | null {
    const si = this.sentOf[tok]!;
    // The pronoun is its sentence's subject: first, or after a lead-in ("In a statement released Tuesday, it said").
    if (si === 0 || (this.sentences[si]!.start !== tok && subjectStart(this.tokens, this.sentences[si]!.start, tok + 1) !== tok)) return null;
    // "Holcomb and leaders of the Legislature have avoided …. They seem intent on …. However, they said …": the same
    // pronoun opening the sentence before goes on with that sentence's subject, two sentences back at most.
    let back = si - 1;
    let np: { s: number; e: number } | null = null;
    for (let hops = 0; hops < 3 && back >= 0; hops++, back--) {
      const prev = this.sentences[back]!;
      if (this.tokens[prev.start]!.p < this.tokens[tok]!.p - 1) return null;
      // ("Information from other Facebook users" above "When you sign up for Facebook, it encourages …": a heading, with
      // no end punctuation, is no sentence whose subject a pronoun goes on with.)
      if (!endsSentence(this.tokens[prev.end - 1])) return null;
      np = npForward(this.tokens, subjectStart(this.tokens, prev.start, prev.end), prev.end);
      if (!np || np.e - np.s !== 1 || this.tokens[np.s]!.lower !== this.tokens[tok]!.lower) break;
    }
    if (!np || pronouns.has(this.tokens[np.s]!.lower) || !namesSomeone(this.tokens, np.s, np.e)) return null;
    const prev = this.sentences[back]!;
    // "Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have …": a subject of two phrases is a group.
    if (want === 'group') {
      const both = this.coordination(np, prev.end);
      if (both) return both;
    }
    const ref = this.describe(np.s, np.e, back);
    if (!ref) return null;
    if (want === 'thing' ? ref.kind === 'organization' || ref.kind === 'media' : ref.plural || ref.kind === 'organization') return ref;
    return null;
  }

  /**
   * A subject of two noun phrases joined by "and", the first a name ("Gov. Eric Holcomb and leaders of the
   * GOP-dominated Legislature have …"): an unnamed group, named from the name on (titles left out), or null.
   */
  private coordination(np: { s: number; e: number }, b: number): Referent | null {
    const tokens = this.tokens;
    const and = tokens[np.e];
    if (!and || and.kind !== 'word' || !current.conjunctions.has(and.lower) || !tokens[np.e - 1]!.cap) return null;
    const right = npForward(tokens, np.e + 1, b);
    if (!right || !namesSomeone(tokens, right.s, right.e)) return null;
    let e = right.e;
    // "leaders of the GOP-dominated Legislature": the phrase goes on through "of".
    if (tokens[e]?.lower === 'of') e = npForward(tokens, e + 1, b)?.e ?? e;
    const verb = tokens[e];
    if (!verb || verb.kind !== 'word' || verb.cap) return null;
    const nm = this.index.at(np.e - 1);
    const start = nm && nm.s >= np.s ? nm.s : np.s;
    return this.unnamedOf(this.span(start, e), tokens[right.e - 1]!.lower, 'anonymous', true);
  }

  /** The outlet or body named after "dans", "sur", "via", "chez" or "par" in the sentence of token `tok`. */
  private readIn(tok: number): Referent | null {
    const sent = this.sentences[this.sentOf[tok]!]!;
    for (let k = sent.start + 1; k < sent.end; k++) {
      if (!current.readIn.has(this.tokens[k - 1]!.lower) || this.tokens[k]!.q >= 0) continue;
      const nm = this.index.at(k) ?? this.index.at(k + 1);
      if (nm) return this.refOf(nm.entity);
    }
    return null;
  }

  /** "he", "she": the nearest person of a fitting gender named before it (never inside its own content). */
  private person(tok: number, gender: 'm' | 'f' | null, skipFrom = -1, skipTo = -1): Referent | null {
    const t = this.tokens[tok]!;
    return antecedent(this.history, this.sentOf[tok]!, t.p, gender === 'm' ? isHim : gender === 'f' ? isHer : isSomeone, skipFrom, skipTo);
  }

  /** "…, who said": the name or phrase right before the comma. */
  private relative(tok: number): Referent | null {
    // "Sen. Ann Cole, who said", "people who said": the name or noun phrase right before, a comma or not.
    const before = this.tokens[tok - 1]?.text;
    const end = before === ',' || before === '—' || before === '–' ? tok - 1 : tok;
    if (end <= 0) return null;
    const nm = this.index.at(end - 1);
    if (nm) {
      this.antecedentSpan = [nm.s, nm.e];
      return this.refOf(nm.entity);
    }
    const sent = this.sentences[this.sentOf[tok]!]!;
    const np = npBackward(this.tokens, sent.start, end - 1);
    if (!np) return null;
    // "… that affected 2.5 million people and outraged local officials and customers, who": the phrase starts after
    // the last verb in it.
    let s = np.s;
    for (let k = np.e - 2; k >= np.s; k--) {
      const t = this.tokens[k]!;
      if (!t.cap && (/(?:ed|ing)$/.test(t.lower) || t.lower === 'that' || t.lower === 'which')) {
        s = k + 1;
        break;
      }
    }
    this.antecedentSpan = [s, np.e];
    const described = this.describe(s, np.e, this.sentOf[tok]!);
    if (described) return described;
    // "consultó al intendente, José Yurramendi, para saber su opinión, quien manifestó …": the phrase before names no
    // one; the person named earlier in the sentence is who.
    this.antecedentSpan = null;
    const si = this.sentOf[tok]!;
    for (let i = this.history.length - 1; i >= 0 && this.history[i]!.sentence === si; i--) if (this.history[i]!.tok < tok && isSomeone(this.history[i]!.ref)) return this.history[i]!.ref;
    return null;
  }

  /** A mention that is a name or a description: "Ms. Ruiz", "Con Edison officials", "the company". */
  private describe(ms: number, me: number, sentence: number): Referent | null {
    const tokens = this.tokens;
    // "sagte Merkel der Zeitung": where every noun is capitalised, a link right after a name the index holds opens whom
    // the words were said to, not the name's complement.
    // ("die Ministerin Anna Roth der „Bild“-Zeitung"; but "Institut der deutschen Wirtschaft" is a body's name.)
    if (current.nounsCapitalised) {
      for (let k = ms + 1; k < me; k++) {
        if (tokens[k]!.q >= 0 || !current.nounLinks.has(tokens[k]!.lower)) continue;
        // ("Laut Mitteilung der Stadt", "Laut Bericht des Ministeriums": a noun for a document, no article before it, is
        // no name; the link after it opens its issuer.)
        const name = this.index.at(k - 1);
        if (name && name.e === k && name.ts >= ms && !name.entity.media && name.entity.quick.org === 0 && !(name.ts === k - 1 && documentNouns.has(tokens[k - 1]!.lower))) me = k;
        break;
      }
    }
    // "Minister of Foreign Affairs Jane Doe", "le ministre de l’Économie Jean Dupont": a title and its complement before
    // a person's name, with no comma, describe that person.
    // ("former Gov. Martin O’Malley and former Secretary of State Hillary Clinton": two people, not the last one.)
    const named = this.index.at(me - 1);
    const titled = named && named.e === me && named.s > ms + 2 && personName(this.index.cls, named.s, named.e) ? titleOfComplement(tokens, this.index.cls, named.s, ms - 1) : -1;
    if (titled >= ms && conjunctionIn(tokens, ms - 1, titled + 1) < 0) return isPlace(named!.entity) ? null : this.refOf(named!.entity);
    const end = headOf(tokens, ms, me) + 1;
    const phrase = this.span(ms, me);
    const head = tokens[end - 1]!;
    // "L’avocat du ministre": an article written into its noun.
    const elided = elidedArticle(head.lower, current.definites);
    // ("l’Insee", "l’OMS": a name with the article written into it.)
    const articleInName = elision(head) > 0;
    const capital = head.cap || articleInName;
    const rawHead = dropPossessive(elided ? head.lower.slice(elided) : head.lower);
    const headLower = canonicalNoun(rawHead);
    const sg = singular(headLower);
    const p = tokens[ms]!.p;
    // (An outlet is named with a capital: "time" is no Time magazine, "only time will tell".)
    const whole = phrase !== phrase.toLowerCase() ? outletNames.get(outletKey(phrase)) : undefined;
    if (whole) return this.mediaRef(whole, phrase);
    // The phrase up to its head is the whole phrase, already looked up, when nothing follows the head.
    const outlet = end < me ? outletNames.get(outletKey(this.span(ms, end))) : undefined;
    if (outlet) return this.mediaRef(outlet, this.span(ms, end));
    const definite = current.definites.has(tokens[ms]!.lower) || (elided > 0 && end - 1 === ms);
    // (A name the mention starts inside, after a link, is no name of the mention's: "Nach Angaben der Polizei", where
    // "Angaben der Polizei" read as one name, is the police.)
    let nm = capital && (!elided || articleInName) ? this.index.at(end - 1) : undefined;
    if (nm && nm.ts < ms && linkBetween(tokens, nm.ts, ms)) nm = undefined;
    // A capitalised word that only opens sentences and is a noun for people is that noun: "Teachers said …",
    // "Backers of tariffs say …". "Indiana State Police" is a name, "PG&E officials" an unnamed group.
    if (head.text === 'I' || head.text === 'We') return null; // the writer's own voice, or a speaker named elsewhere
    // "He's", "They're": a pronoun with a verb contracted onto it names no one by itself.
    if (head.cap && (head.lower.includes('’') || head.lower.includes("'")) && pronouns.has(head.lower.replace(CONTRACTION, ''))) return null;
    // In German every noun is capitalised: a noun for people or bodies is one ("ein Teilnehmer", "die Verantwortlichen")
    // unless it is part of a person's name ("Kollege Hossein Robatjazi" is named by the index).
    const noun = isSourceNoun(headLower) && (!nm || nm.entity.weak || (current.nounsCapitalised && nm.s === end - 1 && nm.e === end));
    // "sagt der Franzose", "so der 15-malige Major-Sieger": where every noun is capitalised, the article and a noun the
    // index holds no name at describe a person, as a role noun does.
    const described = current.nounsCapitalised && definite && !nm && !noun && head.cap && end - ms >= 2 && sg === headLower;
    // (A word of one that opens a sentence names no one: one that counts people, "Few argue …", or an adverb, "Perhaps".)
    // (A title word after a name's particle is a surname: "Bruno Le Maire".)
    const surnamed = !!nm && nm.s < end - 1 && nm.e === end && (tokens[end - 2]!.cls & W.PARTICLE) !== 0;
    const asName = capital && (!elided || articleInName) && head.kind === 'word' && !(end - ms === 1 && (QUANTIFIERS.has(headLower) || (head.cls & W.OPENER) !== 0)) && (!titles.has(headLower) || surnamed) && !FUNCTION_WORDS.has(headLower) && !determiners.has(headLower) && !(current.data.code !== 'en' && cueModifiers.has(headLower)) && !noun && !described;
    // ("Die Sprecherin betonte" after "Anna Berg, Sprecherin der Stadtwerke, sagte": a noun for unnamed people that is a
    // role too, definite, is whoever holds that role.)
    if (!asName && definite && me === end && anonymousNouns.has(headLower) && (roleNouns.has(headLower) || titles.has(headLower))) {
      const holder = antecedent(this.history, sentence, p, (r) => r.kind === 'person' && this.holds(r, headLower)) ?? this.roleHolder(headLower);
      if (holder) return holder;
    }
    if (!asName && (anonymousNouns.has(headLower) || (end - ms === 1 && QUANTIFIERS.has(headLower)))) return this.anonymous(phrase, rawHead, definite, sentence, p);
    // "Ein Fan sagte", "sagte ein Landwirt", "Eine Buchhalterin sagte": where every noun is capitalised, an indefinite
    // article and one noun, no body's, is an unnamed person (even one that is a given name too: "Fan").
    if (current.nounsCapitalised && !noun && head.cap && end - ms >= 2 && current.indefinites.has(tokens[ms]!.lower) && (!nm || (nm.e === end && nm.entity.words.length === 1 && !nm.entity.media)) && (compoundClasses(bareLower(head.lower)) & (W.ORG_NOUN | W.ORG_NAME)) === 0 && !documentNouns.has(headLower)) {
      return this.anonymous(phrase, rawHead, false, sentence, p);
    }
    // "Berlin und Paris": two names joined by "and" speak as one group.
    // ("the Department of Health and Human Services": not an "and" inside one name the index holds.)
    const and = asName ? conjunctionIn(tokens, ms, me) : -1;
    if (and > ms && !this.index.at(and)) {
      const left = this.index.at(and - 1)?.entity;
      const right = this.index.at(me - 1)?.entity;
      const kinds = left && right ? [kindOf(left), kindOf(right)] : [];
      // Two outlets are media ("NBC News and Bloomberg"), two people an unnamed group of them, else bodies.
      const kind = kinds[0] === kinds[1] && kinds[0] === 'media' ? 'media' : kinds[0] === kinds[1] && kinds[0] === 'person' ? 'anonymous' : 'organization';
      return this.unnamedOf(phrase, headLower, kind, true);
    }
    // "Environ 400 Français", "Rund 400 Franzosen", "Two Republicans": a count of people named by what they are is an
    // unnamed group, not a name.
    if (asName && counted(tokens, ms, end)) return this.unnamedOf(phrase, headLower, 'anonymous', true);
    // "Having said that, …", "Usually …", "Why not just say: …", "Outside, …": a word capitalised only because it opens
    // the sentence, of a kind no name is (a stop word, an adverb in -ly, a participle in -ing), names no one.
    // (Only a word the article also writes in lower case: "Boeing", "Jolly" of David Jolly are names.)
    // ("Nearly eight of 10 voters", "Almost half": an adverb of degree before a count of people is an unnamed group.)
    if (asName && end - ms === 1 && (head.cls & W.GIVEN) === 0 && headLower.endsWith('ly') && me > end && tokens[me - 1]!.kind === 'word' && countStart(tokens[end]!.lower)) return this.unnamedOf(phrase, tokens[me - 1]!.lower, 'anonymous', true);
    if (asName && end - ms === 1 && ms === this.sentences[sentence]!.start && (head.cls & W.GIVEN) === 0 && ((head.cls & W.NP_STOP) !== 0 || headLower.endsWith('ly') || headLower.endsWith('ing')) && this.writtenLower(headLower)) return null;
    // "Material items can bring happiness …", "Little exposure to …": a word capitalised only where it opens sentences,
    // then a noun of its own, is an adjective or a common noun, naming no one.
    if (asName && nm && nm.entity.weak && nm.e === end && end < me && plainWordAt(tokens[end]!)) return null;
    if (asName) {
      let s = end - 1;
      while (s > ms && (tokens[s - 1]!.cap || tokens[s - 1]!.text === '&') && !POSSESSIVE.test(tokens[s - 1]!.text)) s--;
      // "le Syndicat mixte du bassin de la Sorgeline": a body's name written in sentence case goes on after its head.
      const after = tokens[end];
      if (current.sentenceCaseNames && end < me && (head.cls & W.ORG_NAME) !== 0 && after && after.kind === 'word' && !after.cap && (after.cls & (W.NP_STOP | W.CUE | W.OPENER)) === 0 && (!nm || nm.e === end)) return this.unnamedOf(this.span(s, me), headLower, 'organization');
      const entity = nm ? nm.entity : this.index.lookup(s, end);
      return isPlace(entity) ? null : this.refOf(entity);
    }
    // "his early-morning tweets", "according to her account": what a person wrote or said, by the person.
    const owner = tokens[ms]!;
    if (POSSESSIVE_PRONOUNS.has(owner.lower) && end - ms >= 2 && (documentNouns.has(headLower) || documentNouns.has(sg))) {
      const gender = owner.lower === 'his' ? 'm' : owner.lower === 'her' ? 'f' : null;
      if (owner.lower === 'its') return antecedent(this.history, sentence, p, isThing);
      if (owner.lower === 'their') return antecedent(this.history, sentence, p, isGroup);
      return this.person(ms, gender);
    }
    let possessor = false;
    for (let k = ms; k < end - 1 && !possessor; k++) possessor = tokens[k]!.cap && POSSESSIVE.test(tokens[k]!.text);
    const short = end - ms <= 3;
    if (described || roleNouns.has(headLower) || titles.has(headLower) || roleNouns.has(sg)) {
      const holder = antecedent(this.history, sentence, p, (r) => r.kind === 'person' && this.holds(r, headLower)) ?? (definite && !possessor ? this.roleHolder(headLower) : null);
      if (holder) return holder;
      // (Only a noun in its own form: "die Kollegen", "the officials", whose lexicon form is shorter, are several.)
      // (A description with a complement of its own, "L’avocat du ministre", names someone else.)
      // (The same noun only: "The minister said" after "A spokesman said" is someone else.)
      if (definite && !possessor && short && me === end && !(rawHead !== headLower && rawHead.startsWith(headLower))) {
        const one = antecedent(this.history, sentence, p, (r) => r.kind === 'anonymous' && !r.plural && r.head !== null && roleNouns.has(r.head) && singular(r.head) === sg && r.sourceId !== null);
        if (one) return one;
      }
      // "El cuadro –expresó el dirigente partidista– …" right after Humberto Hernández spoke: a description of one
      // person, no one else holding it, is the person the sentence before is about ("Woods … bekam Mut. „…“, so der
      // 15-malige Major-Sieger"), else the person who spoke just before; but "the patient", already an unnamed source
      // of its own, is that one again.
      const last = this.last;
      const met = this.unnamed.some((r) => r.kind === 'anonymous' && r.head === headLower);
      if (definite && !possessor && !met && sg === headLower) {
        // ("la alcaldesa" is no man's description.)
        const gender = describes(tokens, this.index.cls, ms, me).gender;
        // ("D’après le préfet" after the mayor spoke: a title the person is known by another one names someone else.)
        const title = (head.cls & W.TITLE) !== 0 ? headLower : null;
        const about = this.topicRef(sentence);
        if (about && sameGender(about, gender) && !this.otherTitle(about, title)) return about;
        if (last && last.kind === 'person' && last.entity && this.lastTok >= 0 && p - this.tokens[this.lastTok]!.p <= 1 && sameGender(last, gender) && !this.otherTitle(last, title)) return last;
      }
      // ("the 46-year-old" with no one just before it to be: someone named earlier, no unnamed source of its own.)
      if (definite && rawHead !== headLower && rawHead.charCodeAt(0) >= 48 && rawHead.charCodeAt(0) <= 57) return null;
      return this.anonymous(phrase, headLower, definite && !possessor, sentence, p, false);
    }
    if (orgNouns.has(headLower) || orgNameWords.has(headLower) || orgNouns.has(sg) || orgNameWords.has(sg)) {
      // "the Jordanian government", "the Russian and Syrian defense ministries": a capitalised word makes the
      // description name a body of its own; "the company", "the production company" point back.
      // (In German every noun is capitalised: "das Ministerium" is the head alone.)
      let specific = false;
      for (let k = ms + 1, to = current.nounsCapitalised ? end - 1 : end; k < to && !specific; k++) specific = tokens[k]!.cap;
      // "le ministère de l’Intérieur", "the ministry of Defense": a name in its complement makes it that body.
      const link = tokens[end];
      // ("das Bundesamt für Migration und Flüchtlinge": so does a preposition inside a body's name, `nameLinks`.)
      if (!specific && end + 1 < me && link && (current.nounsCapitalised ? current.nameLinks.has(link.lower) : link.lower === 'of' || current.nounLinks.has(link.lower))) {
        const det = end + 2 < me && determiners.has(tokens[end + 1]!.lower) ? 1 : 0;
        const name = tokens[end + 1 + det]!;
        specific = name.cap || ELIDED_CAPITAL.test(name.text);
      }
      // ("The courts have held …": bodies in the plural point back to no one organization.)
      if (definite && !possessor && !specific && singular(rawHead) === rawHead) {
        // "the company", "the production company": the organization named last. "the city’s education department"
        // is another body, unless the organization's name or description holds each of its words.
        const words = this.contentWords(ms, end);
        // One whose name holds each word ("The utilities commission" for the California Public Utilities Commission,
        // however far back), then the organization the story is about (one already quoted) before one named in passing.
        const org =
          (words.length >= 2 ? (antecedent(this.history, sentence, p, (r) => orgFits(r, false, words)) ?? this.orgNamed(words)) : null) ??
          antecedent(this.history, sentence, p, (r) => r.sourceId !== null && orgFits(r, short, words)) ??
          antecedent(this.history, sentence, p, (r) => orgFits(r, short, words));
        if (org) return org;
      }
      // "Education advocacy groups said": bodies not named, a group of them, are an unnamed source (ANNOTATION.md);
      // "the Russian and Syrian defense ministries" are named by their countries.
      // (English plurals only: a German genitive ends in -s too, "des Bundesinstituts".)
      if (!specific && !current.nounsCapitalised && singular(rawHead) !== rawHead) return this.unnamedOf(phrase, headLower, 'anonymous', true);
      return this.unnamedOf(phrase, headLower, 'organization');
    }
    // "eine Studie des Branchenverbands Bitkom", "a report by the Tax Foundation": the issuer named after the document speaks.
    // ("The tweet from Vulture magazine": a name, then the noun for an outlet.)
    // ("un comunicado de la policía", "a statement from the police department": a body not named issues it too.)
    // "a CNN poll", "a new Quinnipiac University poll", "the White House statement": a name right before the noun for
    // a document is who issued it, and speaks.
    if ((documentNouns.has(headLower) || documentNouns.has(sg)) && end - 1 > ms) {
      let k = end - 1;
      while (k > ms && tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word' && (tokens[k - 1]!.cls & (W.TIME | W.NP_STOP | W.POSSESSIVE)) === 0) k--;
      // (An article capitalised at the sentence's start is no name's: "The White House statement"; nor a word named only
      // there: "Recent polls", "Instant polls".)
      if (k < end - 1 && (determiners.has(tokens[k]!.lower) || FUNCTION_WORDS.has(tokens[k]!.lower))) k++;
      if (k < end - 1 && k === this.sentences[sentence]!.start && (!this.index.at(k) || this.index.at(k)!.entity.weak)) k++;
      if (k < end - 1) {
        // ("a Washington Post-ABC News poll", "the NBC-Wall Street Journal poll": outlets polling together, the first named.)
        const name = this.span(k, end - 1);
        const dash = name.indexOf('-');
        const joint = dash > 0 ? outletNames.get(outletKey(name.slice(0, dash))) : undefined;
        if (joint) return this.mediaRef(joint, name);
        // (A person's name before "interview" is whom it was made with: only a body's or an outlet's issues it.)
        const issuer = this.describe(k, end - 1, sentence);
        if (issuer && (issuer.kind === 'organization' || issuer.kind === 'media')) return issuer;
      }
    }
    const tail = tokens[me - 1]!;
    const link = documentNouns.has(headLower) && end + 1 < me && (tail.cap || elision(tail) > 0 || (tokens[me - 2]!.cap && mediaNouns.has(tail.lower)) || orgNouns.has(canonicalNoun(dropPossessive(tail.lower))) || orgNameWords.has(canonicalNoun(dropPossessive(tail.lower)))) ? issuerLink(tokens, end, me) : -1;
    if (link >= 0) {
      const issuer = this.describe(link + 1, me, sentence);
      if (issuer) return issuer;
    }
    if (mediaNouns.has(headLower) && !current.nounsCapitalised) {
      // "Vulture magazine said", "the Harbor Daily newspaper": a name before the noun for an outlet is that outlet's.
      let s = end - 1;
      while (s > ms && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word' && !determiners.has(tokens[s - 1]!.lower) && !QUANTIFIERS.has(tokens[s - 1]!.lower) && !FUNCTION_WORDS.has(tokens[s - 1]!.lower) && (tokens[s - 1]!.cls & W.NP_STOP) === 0) s--;
      // (One outlet, its name no one's possession: not "Six Gannett newspapers", "Oz's show", "the FBI’s COINTELPRO program".)
      let owned = false;
      for (let k = s; k < end - 1; k++) owned ||= POSSESSIVE.test(tokens[k]!.text);
      if (s < end - 1 && !owned && singular(rawHead) === rawHead && (s === ms || current.definites.has(tokens[ms]!.lower))) return this.mediaRef(outletKey(this.span(s, end - 1)), this.span(s, end - 1));
    }
    if (mediaNouns.has(headLower)) {
      // "dem Bericht zufolge" paragraphs after "die der Wirtschaftswoche vorliegt": the outlet named before, or the one
      // outlet the article names. A noun both an outlet's and a document's ("Bericht") is read as a document failing that.
      const outlet = antecedent(this.history, sentence, p, (r) => r.kind === 'media') ?? (this.media.size === 1 ? this.media.values().next().value! : null);
      if (outlet || !documentNouns.has(headLower)) return outlet;
    }
    if (documentNouns.has(headLower)) {
      if (definite) {
        // "The statement said": whoever issued a statement in the sentences before, else whoever spoke last.
        const issuer = namedBefore(this.history, sentence, p, (r) => r.kind === 'organization' || r.kind === 'person', (si) => (si === sentence ? -1 : this.wordAt(si, headLower)), (tok, noun) => this.wordsBetween(tok, noun));
        if (issuer) return issuer;
        // "The report also suggested …. The report concluded …": the document already quoted as a source of its own.
        const same = this.unnamed.find((r) => r.kind === 'organization' && r.head === headLower && r.sourceId !== null);
        if (same) return same;
        // (No issuer named: the document itself, a source of its own; "the poll", "the report" are not whoever spoke last.)
      }
      return this.unnamedOf(phrase, headLower, 'organization');
    }
    // "The Romanian hacker said", "the New York businessman said": someone unnamed, whom the name only describes.
    if (namedPersonNoun(tokens, ms, end - 1)) return this.unnamedOf(this.span(ms, end), headLower, 'anonymous', singular(rawHead) !== rawHead);
    return null;
  }

  /** The article writes the word in lower case somewhere (a set of such words, made on first use). */
  private writtenLower(word: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const t of this.tokens) if (t.kind === 'word' && !t.cap) this.lowerWords.add(t.lower);
    }
    return this.lowerWords.has(word);
  }

  /**
   * "la integrante de Coendu" pages after "Laura Magallanes, vecina del área e integrante de la ONG …": the one
   * person already quoted whose role holds the noun, however far back (none when two fit).
   */
  private roleHolder(noun: string): Referent | null {
    let found: Referent | null = null;
    for (const ref of this.named) {
      if (ref.sourceId === null || ref.kind !== 'person' || !this.holds(ref, noun)) continue;
      if (found) return null;
      found = ref;
    }
    return found;
  }

  /** The one organization named so far whose name or role holds each of the words (none when two do). */
  private orgNamed(words: string[]): Referent | null {
    let found: Referent | null = null;
    for (const ref of this.named) {
      if (!orgFits(ref, false, words)) continue;
      if (found) return null;
      found = ref;
    }
    return found;
  }

  /** True when the role of a named person, as the article describes them or as given where they spoke, holds the noun. */
  private holds(r: Referent, noun: string): boolean {
    if (!r.entity) return false;
    // ("der Minister" for "Bundesgesundheitsminister Karl Lauterbach": where nouns compound, a role ending in the noun.)
    if (holds(wordsOf(r.entity.role), noun)) return true;
    const source = r.sourceId ? this.byId.get(r.sourceId) : undefined;
    return !!source && holds(wordsOf(source.role), noun);
  }

  /** The person is known by a role that does not hold the title (null: no title to compare). */
  private otherTitle(r: Referent, title: string | null): boolean {
    if (!title || !r.entity) return false;
    const source = r.sourceId ? this.byId.get(r.sourceId) : undefined;
    const role = r.entity.role ?? source?.role ?? null;
    return role !== null && !this.holds(r, title);
  }

  /** True when sentence `si` holds the word (lower case) outside quotations. */
  /** Tokens (tok, noun) are four words at most, no punctuation among them: "a Bloomberg poll", "the Times’s new poll". */
  private wordsBetween(tok: number, noun: number): boolean {
    if (noun - tok > 5) return false;
    for (let k = tok + 1; k < noun; k++) if (this.tokens[k]!.kind !== 'word') return false;
    return true;
  }

  /** The first token of sentence si outside quotations that is the word, or -1. */
  private wordAt(si: number, word: string): number {
    const sent = this.sentences[si]!;
    for (let k = sent.start; k < sent.end; k++) if (this.tokens[k]!.lower === word && this.tokens[k]!.q < 0) return k;
    return -1;
  }

  /** The words of a description past its determiner, possessor and adjectives of size or rank ("largest", "new"). */
  private contentWords(s: number, e: number): string[] {
    const out: string[] = [];
    for (let k = s; k < e; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || current.definites.has(t.lower) || POSSESSIVE.test(t.text) || RANKS.test(t.lower)) continue;
      out.push(t.lower);
    }
    return out;
  }

  /**
   * An unnamed source: "the officials" is the group named so just before ("Con Edison officials"), "the source"
   * the one unnamed source met just before ("an insider"; someone a sentence only brought in, "Eine Frau kommt …",
   * only by the same noun: "die Frau"); the same phrase again is the same source; anything else is a new one.
   * `anyOne` false: by the same noun only (a role's description, whose other holders the caller looked for).
   */
  private anonymous(phrase: string, head: string, definite: boolean, sentence: number, p: number, anyOne = true): Referent {
    const sgHead = singular(head);
    // ("Die Beamten bestätigen": where a noun's plural may end as its singular, a plural verb tells.)
    const plural = sgHead !== head || head === 'people' || this.pluralVerb;
    if (definite) {
      const same = antecedent(this.history, sentence, p, (r) => r.kind === 'anonymous' && r.head !== null && singular(r.head) === sgHead && r.plural === plural);
      if (same) return same;
      if (!plural && anyOne) {
        const one = antecedent(this.history, sentence, p, (r) => r.kind === 'anonymous' && !r.plural && r.head !== null && anonymousNouns.has(r.head) && r.sourceId !== null);
        if (one) return one;
      }
      const shorter = this.shortened(phrase, sgHead, plural);
      if (shorter) return shorter;
    }
    return this.unnamedOf(phrase, head, 'anonymous', plural);
  }

  /**
   * "The 10 central trade unions said …" and, paragraphs on, "the central trade unions claimed …": a definite phrase of
   * a noun and what describes it, all of whose words an unnamed source's phrase holds with the same noun, is that source
   * however far back (the last such source). Not the noun alone ("the officials"), which only points back nearby.
   */
  private shortened(phrase: string, sgHead: string, plural: boolean): Referent | null {
    const words = phrase.toLowerCase().replace(DETS, '').split(/\s+/);
    if (words.length < 2) return null;
    for (let i = this.unnamed.length - 1; i >= 0; i--) {
      const r = this.unnamed[i]!;
      if (r.kind !== 'anonymous' || r.sourceId === null || r.plural !== plural || r.head === null || singular(r.head) !== sgHead) continue;
      const held = r.phrase!.toLowerCase().split(/\s+/);
      if (held.length > words.length && words.every((w) => held.includes(w))) return r;
    }
    return null;
  }

  private unnamedOf(phrase: string, head: string, kind: Referent['kind'], plural = false): Referent {
    const key = phrase.toLowerCase().replace(DETS, '');
    const hit = this.unnamed.find((r) => r.kind === kind && r.phrase!.toLowerCase().replace(DETS, '') === key);
    if (hit) return hit;
    const ref: Referent = { entity: null, phrase, head, plural, kind, gender: null, forms: [], role: null, sourceId: null };
    this.unnamed.push(ref);
    return ref;
  }

  /** Makes the referent a source on its first attribution; records the form used and the role given at the cue. */
  private attribute(ref: Referent, f: Found): string {
    const m = f.mention!;
    // The form of the name used here, with its title but not the description around it ("Senator Ann Cole", not
    // "Senator Ann Cole of New York"; "Dan Lee", not "White House press secretary Dan Lee").
    // "Buckley, who": the form is the phrase before the relative pronoun.
    let me = m.me;
    if (me - m.ms > 1 && pronouns.get(this.tokens[me - 1]!.lower) === 'relative') {
      me--;
      while (me > m.ms + 1 && this.tokens[me - 1]!.kind !== 'word') me--;
    }
    const nm = ref.entity ? this.index.at(headEnd(this.tokens, m.ms, me) - 1) : undefined;
    const form = nm && nm.entity === ref.entity ? this.span(Math.max(nm.ts, m.ms), nm.e) : this.span(m.ms, me);
    let role = m.re > m.rs ? this.span(m.rs, m.re) : null;
    // (An age, "Misha Shah, 32, said", is no role.)
    if (role && ((mayHold(honorifics, role) && honorifics.has(role.toLowerCase())) || NOT_ROLES.test(role) || current.relatives.has(this.tokens[m.rs]!.lower) || isAge(role))) role = null;
    const source = this.sourceOf(ref, role);
    // (Nor "a-t-il", "prévient-elle": a verb carrying its pronoun.)
    const dash = form.lastIndexOf('-');
    const carried = dash > 0 && pronouns.has(form.slice(dash + 1).toLowerCase());
    if (!carried && !(mayHold(pronouns, form) && pronouns.has(form.toLowerCase()))) this.alias(source, form);
    return source.id;
  }

  /** The referent's source, made on its first attribution with the role given there. */
  private sourceOf(ref: Referent, role: string | null): Source {
    let source = ref.sourceId ? this.byId.get(ref.sourceId) : undefined;
    if (!source) {
      const name = ref.entity ? ref.entity.name : ref.phrase!;
      source = { id: `s${this.sources.length + 1}`, name, kind: ref.kind, role: ref.role ?? role, aliases: [] };
      if (ref.entity) for (const alias of ref.entity.allForms()) this.alias(source, alias);
      for (const alias of ref.forms) this.alias(source, alias);
      this.sources.push(source);
      this.byId.set(source.id, source);
      ref.sourceId = source.id;
    } else if (!source.role && role) source.role = role;
    return source;
  }

  private alias(source: Source, form: string): void {
    if (form && form !== source.name && !source.aliases.includes(form)) source.aliases.push(form);
  }
}
