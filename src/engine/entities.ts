import { fullEvidence, memberLabel, quickEvidence, type Evidence, type MentionSpan } from './entity-evidence';
import { anonymousNouns, current, determiners, givenNames, mediaNouns, outletKey, outletNames, outletStarts, pronounGender, withoutElision } from './lexicons';
import { datelineEnd, partyLabelAt, pluralPronounAt } from './mentions';
import { personBefore } from './source-heads';
import { countryNames } from './names/countries';
import type { Gender } from './names/given-names';
import type { Sentence } from './sentences';
import { elision, type Token } from './tokens';
import { bareLower, bareName, classesOf as classesOfWord, compoundClasses, possessive, TokenClasses, W } from './word-classes';

export { describes } from './entity-evidence';

interface Context {
  src: string;
  tokens: Token[];
  sentences: Sentence[];
  cls: TokenClasses;
}

/**
 * Someone or something the article names: a person, an organization or outlet, or a name not yet told apart.
 * What the name itself says is read when the entity is made; what its mentions say around them (titles, roles,
 * appositives, pronouns) is read once, the first time its kind, gender or role is asked.
 */
export class Entity {
  /** For a person's name: its last word (lower case), which later mentions use alone. */
  surname: string | null = null;
  /** The outlet's canonical name, when the name is a news outlet's. */
  media: string | null = null;
  /** The gender the given name suggests, if it says one (`nameGender`): looked up the first time it is asked. */
  private gendered: Gender | null | undefined = null;
  /** The given name whose gender `nameGender` looks up, until it is asked. */
  private givenWord = '';
  /** The name's first word is a known given name (looked up once, not at every mention). */
  givenFirst = false;
  /** Other forms of the name used in the article ("Ruiz", "Big Machine"): a shorter form it absorbed, a fuller one it replaced. */
  readonly forms: string[] = [];
  /**
   * What the resolver reads the entity as, once it has met it: a Referent (src/engine/referents.ts, which imports
   * this module; its type is given where it is read, in src/engine/sources.ts).
   */
  referent: unknown = null;
  /** Token where the entity was last named while the index was built. */
  lastAt = -1;
  /** Every mention so far opened its sentence as a single word with no title: perhaps a capitalised common word. */
  initialOnly = true;
  /** Evidence read as mentions are indexed, and the costlier evidence read on demand (`spans`). */
  readonly quick: Evidence = blank();
  /** Made on first use: most entities are never asked about. */
  private more: Evidence | null = null;
  readonly spans: NameMention[] = [];

  constructor(
    readonly id: number,
    /** The fullest form of the name the article gives, without titles or honorifics. */
    public name: string,
    /** Lower-cased words of the name, possessive dropped. */
    public words: string[],
    private readonly ctx: Context,
  ) {}

  get nameGender(): Gender | null {
    if (this.gendered === undefined) this.gendered = givenNames.get(this.givenWord) ?? null;
    return this.gendered;
  }
  /** Sets the gender the given name suggests; `word`, when given, is the given name to look it up by when asked. */
  setNameGender(gender: Gender | null, word?: string): void {
    this.gendered = word === undefined ? gender : undefined;
    this.givenWord = word ?? '';
  }

  private full(): Evidence {
    if (!this.more) {
      const more = blank();
      const { src, tokens, sentences, cls } = this.ctx;
      for (const m of this.spans) fullEvidence(src, tokens, cls, sentences[m.sentence]!, m, more);
      this.more = more;
    }
    return this.more;
  }

  get person(): number {
    return this.quick.person + this.full().person;
  }
  get org(): number {
    return this.quick.org + this.full().org;
  }
  /** The description the article gives: an appositive, or a title before the name (never an honorific). */
  get role(): string | null {
    return this.full().role;
  }
  get gender(): Gender | null {
    const more = this.full();
    const strong = more.strongGender ?? this.quick.strongGender;
    if (strong) return strong;
    if (more.he > more.she) return 'm';
    if (more.she > more.he) return 'f';
    return this.nameGender;
  }
  /** No "he" or "she", no Mr. or Ms. anywhere the article names them: someone "they" may stand for. */
  get ungendered(): boolean {
    const more = this.full();
    return !more.strongGender && !this.quick.strongGender && more.he === 0 && more.she === 0;
  }
  /** Evidence found outside the index: the description given at a cue ("The group …, Big Machine, says"). */
  addEvidence(kind: 'person' | 'org'): void {
    if (kind === 'person') this.quick.person += 2;
    else this.quick.org += 2;
  }
  /**
   * Named only as the first word of sentences, one word, with no evidence of what it is ("Concrete and soil …"):
   * perhaps a name, perhaps a capitalised common word. It may speak at a cue, but nothing points back to it.
   */
  get weak(): boolean {
    // Where every noun is capitalised, a word named once with nothing said of it ("teure Platinmetalle", "Barrieren zu
    // überwinden") is as likely a noun: weak too.
    return (this.initialOnly || (current.nounsCapitalised && this.spans.length === 1)) && this.words.length === 1 && this.quick.person === 0 && this.quick.org === 0 && !this.media;
  }
  /** Every form of the name the article uses, the name itself aside ("Ruiz" for Ana Ruiz, "Big Machine"). */
  allForms(): string[] {
    const out = this.forms.filter((f) => f !== this.name);
    const { src, tokens } = this.ctx;
    for (const m of this.spans) {
      let form = src.slice(tokens[m.s]!.s, tokens[m.e - 1]!.e);
      if (possessive(form)) form = bareName(form);
      if (form !== this.name && !out.includes(form)) out.push(form);
    }
    return out;
  }
}

function blank(): Evidence {
  return { person: 0, org: 0, place: 0, strongGender: null, he: 0, she: 0, role: null, roleRank: 0 };
}

/** One place where the article names an entity: the name proper [s, e), its titles and honorifics [ts, title). */
export interface NameMention extends MentionSpan {
  entity: Entity;
  /**
   * The business or body named in the titles before the name, whose staff the person is ("Apple CEO Tim Cook",
   * "Siemens-Sprecher Max Müller"): what "the company" later points back to. Null when none.
   */
  employer: Entity | null;
}

export interface NameIndex {
  /** Every mention, in text order. */
  mentions: NameMention[];
  /** Every pronoun for a person of one gender ("he", "she") outside quotations, in text order (token indices). */
  pronouns: number[];
  /** The mention covering a token, if any. */
  at(token: number): NameMention | undefined;
  /**
   * The entity a name seen outside the index stands for (a name inside a quotation, a transcript's "PENCE:"):
   * its full name, its surname or acronym, or else a new entity of its own.
   */
  lookup(s: number, e: number): Entity;
  /** The classes of each token's word, shared with whoever reads the same tokens next. */
  cls: TokenClasses;
}

function isCapWord(t: Token | undefined): t is Token {
  return !!t && (t.cap || elision(t) > 0) && t.q < 0 && t.kind === 'word' && t.text !== 'I' && !firstPerson(t.text) && !elidedLower(t.text);
}

/** A name's first word as the index keys it: lower case, its possessive and an article written into it dropped. */
function nameWord(t: Token): string {
  return bareLower(elision(t) > 0 ? t.lower.slice(2) : t.lower);
}

/** "I've", "I’m", "I'd", "I’ll": the writer's "I" with a verb contracted onto it. */
function firstPerson(w: string): boolean {
  const c = w.charCodeAt(1);
  return w.charCodeAt(0) === 73 && (c === 39 || c === 0x2019) && w.length <= 4;
}

/** "L’avis", "D’après": an article or "de" written into a lower-case word is capitalised only for the sentence's start. */
function elidedLower(w: string): boolean {
  const c = w.charCodeAt(1);
  return (c === 0x2019 || c === 39) && w.length > 2 && (w[0] === 'L' || w[0] === 'D') && ELIDED_REST.test(w[2]!);
}
const ELIDED_REST = /\p{Ll}/u;
// "Quai d’Orsay", "Côte d’Ivoire", "Giscard d’Estaing": "de" written into a capitalised word goes on with a name.
const ELIDED_NAME = /^d['’]\p{Lu}/u;

function elidedName(t: Token): boolean {
  return t.kind === 'word' && t.q < 0 && ELIDED_NAME.test(t.text);
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.\d-]+$/u;
const LETTERS = /^\p{Lu}+$/u;

/** "NASA", "PG&E", "U.N.": capitals only, two or more. */
function isAcronymText(w: string): boolean {
  if (w.length < 2) return false;
  const c = w.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return ACRONYM.test(w) && w.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

const SHORT_CAPS = /^\p{Lu}[\p{L}]{1,4}$/u;

/** "CDU", "ADAC", "AfD", "BaFin": a short word with two capitals or more, the shape of a body's short name, no noun's. */
function shortCapsName(w: string): boolean {
  return SHORT_CAPS.test(w) && w.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

/**
 * "Jan Maier", "April Ryan": a month's name that is also a given name opens a name before a capitalised word of a
 * name, unless a preposition or an article (no verb of saying) before it makes it the month ("in April Congress …", "Jan. 5").
 */
function monthAsGiven(tokens: Token[], cls: TokenClasses, i: number, a: number): boolean {
  if (!cls.has(i, W.GIVEN) || cls.has(i, W.PRONOUN)) return false;
  const n = tokens[i + 1];
  if (!isCapWord(n) || n.nl || cls.has(i + 1, W.TIME | W.TITLE | W.HONORIFIC | W.NP_STOP | W.OPENER)) return false;
  return i === a || tokens[i - 1]!.kind !== 'word' || !cls.has(i - 1, W.NP_STOP | W.OPENER) || cls.has(i - 1, W.CUE);
}

/**
 * The capitalised names of a sentence outside quotations, as [start, end) pairs pushed on `out` (with the sentence
 * and whether the name opens it): runs of capitalised words joined by initials, name particles ("de"), "&", and in
 * an organization's name "of", "for" and "and" ("Department of Design and Construction"). A possessive ends a run
 * ("Steenburgen’s son"). A sentence's first word starts no run when it is an article, a function word, a cue or an
 * adverb ("The", "But", "Said", "Maybe", "Unsurprisingly"); other capitalised common words there ("Concrete and
 * soil …") become names seen only there (`weak`).
 */
function runsOf(tokens: Token[], cls: TokenClasses, sent: Sentence, index: number, out: number[], pronouns: number[], headline: boolean): void {
  const nounsCapitalised = current.nounsCapitalised;
  const a = datelineEnd(tokens, sent.start, sent.end);
  const b = sent.end;
  let first = a;
  while (first < b && tokens[first]!.kind !== 'word') first++;
  let i = a;
  while (i < b) {
    const t = tokens[i]!;
    const gendered = (t.cls & W.GENDERED) !== 0 && pronounGender.has(t.lower);
    if ((!t.cap && elision(t) === 0) || gendered) {
      if (gendered && t.q < 0 && t.kind === 'word' && !pluralPronounAt(tokens, i)) pronouns.push(i);
      i++;
      continue;
    }
    if (!isCapWord(t) || (cls.has(i, W.TIME | W.PRONOUN) && !monthAsGiven(tokens, cls, i, a)) || compoundAdjective(t) || partyLabel(tokens, i) || memberLabel(tokens, cls, i)) {
      i++;
      continue;
    }
    // German capitalises every noun: one after a determiner ("den Cut", "der 15-malige Major-Sieger", "Kein
    // Virologe") is a noun, not a name, unless a given name or a title makes it one.
    // ("Die CDU teilte mit", "Der ADAC", "die AfD": a body's short name in capitals is a name after one too.)
    if (nounsCapitalised && i > a && !isCapWord(tokens[i + 1]) && !cls.has(i, W.GIVEN | W.TITLE | W.HONORIFIC) && afterDeterminer(tokens, cls, i, a) && !outletNames.has(outletKey(t.text)) && !shortCapsName(t.text)) {
      i++;
      continue;
    }
    // In a headline in title case, only a known given name and the word after it ("Megyn Kelly Is No Different …").
    if (headline) {
      if (cls.has(i, W.GIVEN) && isCapWord(tokens[i + 1]) && !tokens[i + 1]!.nl && !cls.has(i, HEADLINE_WORDS) && !cls.has(i + 1, HEADLINE_WORDS)) {
        const e = i + 2 < b && tokens[i + 1]!.abbr && tokens[i + 1]!.text.length === 2 && isCapWord(tokens[i + 2]) ? i + 3 : i + 2;
        if (!possessive(tokens[i]!.text)) out.push(i, e, index, i === first ? 1 : 0);
        i = e;
      } else i++;
      continue;
    }
    let s = i;
    let e = i + 1;
    let connected = false;
    // A possessive ends a name ("Steenburgen’s son"), but a title's opens a body's ("the California Governor's Office of
    // Emergency Services").
    while (e < b && (!possessive(tokens[e - 1]!.text) || ((cls.has(e - 1, W.TITLE) || possessorInName(tokens, cls, s, e, a)) && orgAhead(tokens, cls, e, b)))) {
      const n = tokens[e]!;
      // A capitalised function word ends a name ("Grosbliederstroff | Wenn Helmut Kohl …").
      if ((isCapWord(n) || elidedName(n)) && !n.nl && (!cls.has(e, W.TIME | W.NP_STOP | W.OPENER) || capitalParticle(tokens, cls, e, b))) {
        e++;
        continue;
      }
      const after = tokens[e + 1];
      if (n.kind === 'word' && isCapWord(after)) {
        // "Monica de Bolle", "José de la Cruz", "Ursula von der Leyen"; but a particle that is also the language's
        // article joins a name only after another particle: "Elder den Cut", "Facebook das Gesetz" are no names.
        // "Naomi Halas von der Rice University": a particle before an organization's name is a preposition.
        if (cls.has(e, W.PARTICLE) && (!determiners.has(n.lower) || cls.has(e - 1, W.PARTICLE)) && !orgAhead(tokens, cls, e + 1, b) && (!fullBefore(cls, s, e) || compoundSurname(tokens, cls, s, e, e + 1))) {
          // ("Instituto Nacional de Estadística y Censos": after a body's word, the particle links its name.)
          connected ||= hasOrgWord(cls, s, e);
          e += 2;
          continue;
        }
        // (Where every noun is capitalised, only a body's word before the link makes one name: "Ein Sprecher der Behörde",
        // "Einem Bericht der Zeitung" name the body after the link, not someone called "der Behörde", and "sagte Merkel
        // der Zeitung" is Merkel, then whom she told.)
        // ("Darran Whiting of Liberty Baptist Church": two words with no word of a body's before it are a person's name.)
        // ("Ron Epstein of Bank of America": not after a person's name, given name first.)
        if ((n.lower === 'of' || n.lower === 'for' || current.nounLinks.has(n.lower)) && !cls.has(e + 1, W.TIME) && (hasOrgWord(cls, s, e) || ((!nounsCapitalised || n.lower === 'of') && orgAhead(tokens, cls, e + 1, b) && !personBefore(tokens, s, e) && e - s < 2))) {
          e += 2;
          connected = true;
          continue;
        }
        // ("Instituto Nacional de Estadística y Censos"; but "Former Secretary of State Hillary Clinton and Sen. Bernie
        // Sanders": not before a title or a given name, nor after a person's name.)
        if (current.conjunctions.has(n.lower) && connected && !cls.has(e + 1, W.TITLE | W.HONORIFIC | W.GIVEN) && !givenIn(cls, s, e)) {
          e += 2;
          continue;
        }
      } else if (n.kind === 'word' && cls.has(e, W.PARTICLE) && !n.cap && tokens[e + 1]?.kind === 'word' && cls.has(e + 1, W.PARTICLE) && isCapWord(tokens[e + 2]) && !orgAhead(tokens, cls, e + 2, b) && (!fullBefore(cls, s, e) || compoundSurname(tokens, cls, s, e, e + 2))) {
        e += 3;
        continue;
      } else if (n.text === '&' && isCapWord(after)) {
        e += 2;
        continue;
      }
      break;
    }
    // A sentence's first word is capitalised whatever it is: "But Smith …", "Maybe Instagram …"; so is a clause's after
    // a colon ("… nicht mehr hören: Die Grenzen zu Frankreich …").
    const opens = s === first || (s > a && tokens[s - 1]!.kind === 'punct' && tokens[s - 1]!.text === ':' && tokens[s - 1]!.q < 0);
    if (opens) {
      const c = cls.of(s);
      if (c & (W.NP_STOP | W.CUE | W.OPENER) || ((t.lower.endsWith('ly') || t.lower.endsWith('ing')) && !(c & W.GIVEN))) {
        s++;
        // "Die Grenzen": where every noun is capitalised, one noun after the article is no name.
        // ("Die CDU", "Der ADAC": a body's short name in capitals is one.)
        if (nounsCapitalised && e - s === 1 && determiners.has(t.lower) && !cls.has(s, W.GIVEN | W.TITLE | W.HONORIFIC) && !shortCapsName(tokens[s]!.text)) s = e;
      } else if (!nounsCapitalised && e - s === 1 && !(c & W.GIVEN) && anonymousNouns.has(t.lower)) {
        // "Officials, who spoke on condition of anonymity, said": a noun for unnamed people opening the sentence.
        s = e;
      } else if (!nounsCapitalised && e - s >= 3 && !(c & (W.GIVEN | W.ORG_NAME)) && anonymousNouns.has(t.lower) && current.nounLinks.has(tokens[s + 1]!.lower)) {
        // "Fuentes del Ministerio de Hacienda": a noun for unnamed people opening the sentence, then its complement.
        s += 2;
        while (s < e && !tokens[s]!.cap) s++;
      } else if (nounsCapitalised && e - s >= 2 && !(c & W.GIVEN) && adjectiveOpens(t.lower) && !hasOrgWord(cls, s, e)) {
        // "Französische Grenzgänger dürfen einreisen": an adjective and its noun.
        s = e;
      }
    }
    // "Grosbliederstroff Wenn Helmut Kohl …" (a dateline with no dash): a capitalised conjunction or preposition opens no name.
    while (s < e && (tokens[s]!.kind !== 'word' || (e - s > 1 && cls.has(s, W.NP_STOP) && !cls.has(s, W.GIVEN | W.TITLE | W.HONORIFIC)))) s++;
    if (s < e) out.push(s, e, index, opens ? 1 : 0);
    i = e;
  }
}

/**
 * A possessive inside a body's name: a group of people's ("the Women's Sports Foundation", "Chinese People's Liberation
 * Army", "Citizens’ Advice"), or after a determiner a name's first word that names no body, person, country or outlet of
 * its own ("the Alzheimer's Association"; but "the House's Permanent Select Committee", "Trump's Justice Department").
 */
function possessorInName(tokens: Token[], cls: TokenClasses, s: number, e: number, a: number): boolean {
  const k = e - 1;
  const t = tokens[k]!;
  if (cls.has(k, W.ORG_NAME | W.GIVEN | W.TITLE | W.HONORIFIC)) return false;
  const bare = bareLower(t.lower);
  if (t.lower.length - bare.length === 1 || anonymousNouns.has(bare) || bare === 'women' || bare === 'men' || bare === 'children') return true;
  // (The determiner before it, or opening the run: "The Alzheimer's …" at a sentence's start.)
  if (k <= a || (s !== k && s !== k - 1) || !cls.has(k - 1, W.OPENER) || !determiners.has(tokens[k - 1]!.lower)) return false;
  return !isAcronymText(bareName(t.text)) && !countryNames.has(bare) && !outletStarts.has(bare);
}

/**
 * "Sen. Tim Scott (R-S.C.)", "Rep. Ann Cole, D-Ohio,": a party's initial and a state set off after a name, no name of
 * their own.
 */
function partyLabel(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text;
  return partyLabelAt(tokens, i, i + 1) && (before === '(' || before === ',');
}

/**
 * "Marine Le Pen", "Bruno Le Maire", "Robert De Niro": a name particle written with a capital, right after a given name
 * and before a capitalised word, goes on with the name, though it is also an article ("Le", "La", "De"). ("Marie Le
 * Monde": not before an outlet's name.)
 */
function capitalParticle(tokens: Token[], cls: TokenClasses, k: number, b: number): boolean {
  if (!cls.has(k, W.PARTICLE) || !cls.has(k - 1, W.GIVEN) || cls.has(k - 1, W.TITLE | W.HONORIFIC) || k + 1 >= b) return false;
  const n = tokens[k + 1]!;
  return isCapWord(n) && !n.nl && !cls.has(k + 1, W.TIME | W.NP_STOP | W.OPENER | W.PARTICLE) && !outletNames.has(outletKey(`${tokens[k]!.text} ${n.text}`));
}

/**
 * "Verkehrsminister Volker Wissing", "GDL-Chef Claus Weselsky": where nouns compound, a capitalised word ending in a
 * title is one.
 */
function compoundTitle(tokens: Token[], k: number): boolean {
  return current.nounsCapitalised && tokens[k]!.cap && (compoundClasses(bareLower(tokens[k]!.lower)) & W.TITLE) !== 0;
}

/** A role held in a business or a body (`staffRoles`): "spokeswoman", "CEO". */
function staffRole(t: Token): boolean {
  return t.kind === 'word' && current.staffRoles.has(bareLower(t.lower));
}

/**
 * Where a name ends at token e, the token after the roles in lower case that follow it, the last held in a business
 * ("Eversource spokeswoman", "Acme chief executive"), when a name starts there, before `next`'s end; else -1.
 */
function staffAfter(tokens: Token[], e: number, next: number): number {
  let j = e;
  while (j < next && j < e + 3 && tokens[j]!.kind === 'word' && !tokens[j]!.cap && (tokens[j]!.cls & (W.ROLE | W.TITLE)) !== 0) j++;
  return j > e && staffRole(tokens[j - 1]!) ? j : -1;
}

/**
 * "Siemens-Sprecher Max Müller": among the words [s, core) before a run's name, a compound whose head is a name and
 * whose tail a role held in a business names the employer (where nouns compound); its token, or -1.
 */
function compoundEmployer(tokens: Token[], s: number, core: number): number {
  if (!current.nounsCapitalised) return -1;
  for (let k = s; k < core; k++) {
    const w = tokens[k]!.text;
    const dash = w.lastIndexOf('-');
    if (dash > 1 && dash < w.length - 1 && tokens[k]!.cap && current.staffRoles.has(w.slice(dash + 1).toLowerCase())) return k === s ? s : -1;
  }
  return -1;
}

/** The word ends as only the language's adjectives do (`adjectiveEndings`). */
function adjectiveOpens(lower: string): boolean {
  for (const ending of current.adjectiveEndings) if (lower.length > ending.length + 2 && lower.endsWith(ending)) return true;
  return false;
}

// Words of a headline's verbs and links, never a name's ("Kelly Is", "Will Run", "Son Says", "Win For").
const HEADLINE_WORDS = W.NP_STOP | W.CUE | W.OPENER | W.TIME | W.PRONOUN | W.SPEECH;

/**
 * A headline in title case ("George Zimmerman Auctioning Off Gun Used To Kill Trayvon Martin."): every word of four
 * letters or more capitalised, four such words at least. Its runs of capitals are no names ("George Zimmerman
 * Auctioning Off Gun Used" had become a person whose surname took every later "Zimmerman"): only a known given name
 * and the word after it are read as one. (Where every noun is capitalised, no sentence is read so.)
 */
function titleCased(tokens: Token[], sent: Sentence): boolean {
  // (A headline is a paragraph or a line of its own: only a sentence that opens one is looked at.)
  if (current.nounsCapitalised || (sent.start > 0 && tokens[sent.start - 1]!.p === tokens[sent.start]!.p && !tokens[sent.start]!.nl)) return false;
  let long = 0;
  for (let i = sent.start; i < sent.end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.q >= 0 || t.text.length < 4) continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 4;
}

/**
 * "GOP-led", "Republican-leaning", "Texas-based", "Hannity-related", "Americans-only": a capitalised word joined by a
 * hyphen to a participle or an adjective's ending describes what follows; it names no one ("Coca-Cola", "al-Assad" end
 * capitalised; "President-elect", "Co-anchor" are titles).
 */
function compoundAdjective(t: Token): boolean {
  if ((t.cls & W.HYPHENATED) === 0) return false;
  const k = t.text.lastIndexOf('-');
  const c = t.text.charCodeAt(k + 1);
  return k > 0 && c >= 97 && c <= 122 && ADJECTIVE_END.test(t.text.slice(k + 1));
}
const ADJECTIVE_END = /(?:ed|ing|born|like|only|style|made|wide)$/;

/**
 * Run r is a title or role and the place it belongs to ("Bürgermeister von Grosbliederstroff", "Mayor of Linden"), set off
 * by a comma right before a name of two words or more: a description of that person, not a name of its own.
 */
function describesNext(tokens: Token[], cls: TokenClasses, runs: number[], r: number): boolean {
  const s = runs[4 * r]!;
  const e = runs[4 * r + 1]!;
  if (!cls.has(s, W.TITLE | W.ROLE) || tokens[e]?.text !== ',' || runs[4 * (r + 1)] !== e + 1 || runs[4 * (r + 1) + 1]! - (e + 1) < 2) return false;
  for (let k = s + 1; k < e; k++) if (!tokens[k]!.cap && (cls.has(k, W.PARTICLE) || current.nounLinks.has(tokens[k]!.lower) || tokens[k]!.lower === 'of')) return true;
  return false;
}

/** A determiner right before token i, or a determiner and lower-case adjectives ("der saarländische", "den"). */
function afterDeterminer(tokens: Token[], cls: TokenClasses, i: number, a: number): boolean {
  let k = i - 1;
  while (k > a && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !cls.has(k, W.OPENER | W.NP_STOP)) k--;
  return k >= a && tokens[k]!.kind === 'word' && cls.has(k, W.OPENER) && determiners.has(tokens[k]!.lower);
}

/**
 * A given name and more already ("Naomi Halas | von der Rice University"): a particle after it is a preposition.
 * "Ursula von der Leyen", "José María de la Cruz" join: given names alone come before their particle.
 */
function fullBefore(cls: TokenClasses, s: number, e: number): boolean {
  if (e - s < 2 || hasOrgWord(cls, s, e)) return false;
  for (let k = s; k < e; k++) if (!cls.has(k, W.GIVEN)) return true;
  return false;
}

/**
 * "Ignacio Beltrán de Lis", "Cristina Fernández de Kirchner", "Begoña García de la Torre": where nouns are written in
 * lower case, a particle after a given name and a surname, then one capitalised word that ends the run, goes on with
 * the surname. Not where every noun is capitalised ("Naomi Halas von der Charité"), nor before a country, a body or a
 * place ("Ana Gil de Chile"). p is the word after the particles.
 */
function compoundSurname(tokens: Token[], cls: TokenClasses, s: number, e: number, p: number): boolean {
  if (current.nounsCapitalised || !givenIn(cls, s, s + 1) || isCapWord(tokens[p + 1])) return false;
  return !cls.has(p, W.ORG_NAME | W.PLACE | W.TIME | W.TITLE) && !countryNames.has(bareLower(tokens[p]!.lower));
}

/** A title (not a role) among tokens [s, e - 2), two words or more before the run's end: the name follows it. */
function titleAhead(cls: TokenClasses, s: number, e: number): boolean {
  for (let k = s; k < e - 2; k++) if (cls.has(k, W.TITLE) && !cls.has(k, W.ROLE_MODIFIER | W.GIVEN)) return true;
  return false;
}

/** A given name among tokens [s, e), not one that is also a body's word or a particle. */
function givenIn(cls: TokenClasses, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (cls.has(k, W.GIVEN) && !cls.has(k, W.ORG_NAME | W.PARTICLE)) return true;
  return false;
}

function hasOrgWord(cls: TokenClasses, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (cls.has(k, W.ORG_NAME)) return true;
  return false;
}

function orgAhead(tokens: Token[], cls: TokenClasses, i: number, b: number): boolean {
  for (let k = i; k < b && k < i + 5 && isCapWord(tokens[k]); k++) if (cls.has(k, W.ORG_NAME)) return true;
  return false;
}

/** The capital letters of a name's words, organization suffixes aside: "Pacific Gas & Electric Co." -> "pge". */
function acronymOf(name: string): string {
  let out = '';
  // The words between blanks and "&" (a split on /[\s&]+/, without the array), each looked up lower-cased unless
  // longer than every suffix (lower-casing never shortens a word).
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c === 32 || c === 38 || (c >= 9 && c <= 13) || (c >= 128 && BLANK.test(name[i]!))) {
      if (start >= 0 && (i - start > 5 || !ORG_SUFFIXES.has(name.slice(start, i).toLowerCase()))) out += name[start]!.toLowerCase();
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

// The words an acronym leaves out (as /^(co\.?|inc\.?|corp\.?|llc|ltd\.?|of|for|and|the)$/i matches them), and a blank.
const ORG_SUFFIXES = new Set(['co', 'co.', 'inc', 'inc.', 'corp', 'corp.', 'llc', 'ltd', 'ltd.', 'of', 'for', 'and', 'the']);
const BLANK = /\s/;

/**
 * Builds the article-wide index of who it names: every capitalised name outside quotations, grouped into
 * entities (a full name and the surname, honorific or title forms used later; an organization and its shorter
 * form or acronym), each with what its name says of its kind and gender. Linear in the article's length: each
 * name is looked up in maps, never compared with every other.
 */
export function buildNameIndex(src: string, tokens: Token[], sentences: Sentence[]): NameIndex {
  return new IndexBuilder(src, tokens, sentences).build();
}

class IndexBuilder {
  private readonly ctx: Context;
  private readonly cls: TokenClasses;
  private readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byFirst = new Map<string, Entity[]>();
  private readonly byAcronym = new Map<string, Entity>();
  private readonly bySuffix = new Map<string, Entity>();
  /** People by a first word that is no known given name: reached only from a form of address ("don Aurelio"). */
  private readonly byOtherFirst = new Map<string, Entity[]>();
  private readonly mentions: NameMention[] = [];
  /** Pairs of entities, a short form then the name it stands for, found one the other (`shortForm`). */
  private readonly sameAs: Entity[] = [];

  constructor(
    private readonly src: string,
    private readonly tokens: Token[],
    private readonly sentences: Sentence[],
  ) {
    this.cls = new TokenClasses(tokens);
    this.ctx = { src, tokens, sentences, cls: this.cls };
  }

  build(): NameIndex {
    const { tokens, cls } = this;
    const runs: number[] = [];
    const pronouns: number[] = [];
    for (let i = 0; i < this.sentences.length; i++) if (!this.sentences[i]!.loud) runsOf(tokens, cls, this.sentences[i]!, i, runs, pronouns, titleCased(tokens, this.sentences[i]!));
    // Each run's titles end (`title`), where its name proper starts (`core`), and its words and key.
    const n = runs.length / 4;
    // (Plain arrays, filled in order: a typed array costs more to make than these few numbers.)
    const titleAt: number[] = [];
    const coreAt: number[] = [];
    const keys: string[] = new Array(n);
    // The words of a run of two words or more (a run of one word is its key alone: no array is made for it).
    const wordsOf: Array<string[] | null> = new Array(n);
    const counts: number[] = [];
    // Where a run's titles name an employer ("Apple CEO Tim Cook"), the end of its name (-1: none).
    const employerAt: number[] = [];
    for (let r = 0; r < n; r++) {
      const s = runs[4 * r]!;
      const e = runs[4 * r + 1]!;
      let title = s;
      // ("Chief of Staff Denis McDonough", "Secretary of State John Kerry": a title's own complement is part of it.)
      // ("the Justice Department", "General Motors": a title before a body's word and no given name is the body's name.)
      const body = !current.nounsCapitalised && cls.has(s, W.TITLE) && cls.has(s + 1, W.ORG_NAME) && !givenIn(cls, s + 1, e);
      while (!body && title < e - 1 && (cls.has(title, W.TITLE | W.HONORIFIC) || compoundTitle(tokens, title) || (title > s && title + 2 < e && tokens[title]!.lower === 'of' && cls.has(title - 1, W.TITLE)))) title += tokens[title]!.lower === 'of' ? 2 : 1;
      // "der Wirt Stéphane Mazzucotelli": where every noun is capitalised, a noun after an article before a name of
      // two words is a description, as a title is.
      // "des Branchenverbands Bitkom", "der Autozulieferer ZF": so is a noun for a body or a role before a name of one word.
      // ("Bundesministerium der Justiz": a noun and its complement after a link are one name.)
      if (title === s && current.nounsCapitalised && !cls.has(s, W.GIVEN) && e - s >= 2 && !current.nounLinks.has(tokens[s + 1]!.lower) && (e - s >= 3 || (e - s === 2 && (compoundClasses(bareLower(tokens[s]!.lower)) & (W.ORG_NOUN | W.ORG_NAME | W.ROLE | W.TITLE)) !== 0)) && afterDeterminer(tokens, cls, s, this.sentences[runs[4 * r + 2]!]!.start) && !outletNames.has(outletKey(this.text(s, e)))) {
        title = s + 1;
        // ("Der Basler Pharmakonzern Novaris": an adjective, then a noun for a body or a role, describe the name after them.)
        if (e - s >= 3 && !cls.has(s + 1, W.GIVEN) && (compoundClasses(bareLower(tokens[s + 1]!.lower)) & (W.ORG_NOUN | W.ORG_NAME | W.ROLE | W.TITLE)) !== 0 && (compoundClasses(bareLower(tokens[s]!.lower)) & (W.ORG_NOUN | W.ORG_NAME | W.ROLE | W.TITLE)) === 0) title = s + 2;
      }
      let core = title;
      let employer = -1;
      // ("the New York Times": an outlet's whole name holds no given name and no title.)
      const outlet = title === s && e - s >= 2 && outletStarts.has(bareLower(tokens[s]!.lower)) && outletNames.has(outletKey(this.text(s, e)));
      for (let k = title; k < e - 1 && !outlet; k++) {
        const c = cls.of(k);
        // ("Florida Sen. Marco Rubio", "Georgia Gov. Brian Kemp": a state named like a woman, then a title inside the run.)
        if (c & W.GIVEN && !hasOrgWord(cls, k, e) && !titleAhead(cls, k + 1, e)) {
          core = k;
          break;
        }
        // "CPUC President Marybel Batjer": after a title inside the run comes the name, known given name or not.
        // "Yuans Kollege Hossein Robatjazi": a capitalised role noun does the same.
        if (k > title && c & (W.TITLE | W.ROLE) && !(c & W.ROLE_MODIFIER) && (e - k >= 3 || (e - k === 2 && !(c & W.HONORIFIC) && !cls.has(k + 1, W.TITLE | W.ROLE))) && !hasOrgWord(cls, k + 1, e)) {
          // ("White House Chief of Staff Denis McDonough": the title's complement too.)
          core = tokens[k + 1]!.lower === 'of' && e - k >= 5 ? k + 3 : k + 1;
          // "Utah Attorney General Jane Roe", "Transport Secretary Sir Michael Grey": a title of several words, an
          // honorific after it.
          while (core < e - 1 && cls.has(core, W.TITLE | W.ROLE | W.HONORIFIC) && !cls.has(core, W.GIVEN)) core++;
          // "Delta Air Lines CEO Ed Bastian": the words before a role held in a business name the employer.
          if (title === s && (staffRole(tokens[k]!) || staffRole(tokens[core - 1]!))) employer = k;
          title = core;
          break;
        }
      }
      // (Where a compound's head names the employer: "Siemens-Sprecher Max Müller".)
      if (employer < 0 && core > s) employer = compoundEmployer(tokens, s, core);
      // ("dijo a Clarín Lucía Morales": an outlet the words were said to, then the name, is no title of hers.)
      if (core > s && title === s && outletNames.has(outletKey(this.text(s, core)))) {
        runs[4 * r] = core;
        title = core;
      }
      titleAt.push(title);
      coreAt.push(core);
      employerAt.push(employer);
      // "the President said": a title alone is no name. "der Bürgermeister von Grosbliederstroff, Joël Niederlaender": a
      // title and its place, set off before a person's name, describe that person.
      // "Former Arizona governor Jan Brewer": a title, a place or body, then a title in lower case right before a name
      // describe the person named next. So does one word after an article before a noun for a body or a role: "the
      // German firm Siemens", "the Apple spokesman John Doe".
      const described = title > s ? W.TITLE | W.ROLE : e - s === 1 && s > 0 && tokens[s - 1]!.kind === 'word' && determiners.has(tokens[s - 1]!.lower) ? W.TITLE | W.ROLE | W.ORG_NOUN : 0;
      const titleBeforeName = described !== 0 && tokens[e]?.kind === 'word' && !tokens[e]!.cap && cls.has(e, described) && runs[4 * (r + 1)] === e + 1;
      // ("Former Secretary of State and Democratic …": a name starts with a capital.)
      if ((title === e - 1 && cls.has(title, W.TITLE | W.HONORIFIC) && !isCapWord(tokens[e])) || titleBeforeName || describesNext(tokens, cls, runs, r) || !tokens[core]!.cap) {
        keys[r] = '';
        wordsOf[r] = null;
        counts.push(0);
        continue;
      }
      counts.push(e - core);
      if (e - core === 1) {
        keys[r] = nameWord(tokens[core]!);
        wordsOf[r] = null;
        continue;
      }
      const words: string[] = [];
      for (let k = core; k < e; k++) words.push(k === core ? nameWord(tokens[k]!) : bareLower(tokens[k]!.lower));
      wordsOf[r] = words;
      keys[r] = words.join(' ');
    }
    // Full names first, in text order, so that a surname alone finds its full name wherever the full name stands.
    for (let r = 0; r < n; r++) {
      const words = wordsOf[r];
      if (!words) continue;
      const s = runs[4 * r]!;
      const e = runs[4 * r + 1]!;
      this.fullName(words, keys[r]!, s, titleAt[r]!, coreAt[r]!, e);
    }
    for (let r = 0; r < n; r++) {
      const count = counts[r]!;
      if (count === 0) continue;
      const s = runs[4 * r]!;
      const e = runs[4 * r + 1]!;
      const j = employerAt[r]!;
      const employer = j < 0 ? null : j > s ? this.employer(s, j) : this.compoundEmployer(s);
      const m = this.mention(wordsOf[r]!, count, keys[r]!, s, titleAt[r]!, coreAt[r]!, e, runs[4 * r + 2]!, runs[4 * r + 3] === 1, employer);
      // "Eversource spokeswoman Priya Patel": a name, a role held in a business, then a name: the first names the employer.
      if (r + 1 < n && runs[4 * (r + 1)] === staffAfter(tokens, e, runs[4 * (r + 1) + 1]!)) this.isEmployer(m.entity);
    }
    this.mergeShortForms();
    return new BuiltIndex(this.mentions, pronouns, cls, this);
  }

  private text(s: number, e: number): string {
    const t = this.src.slice(this.tokens[s]!.s + elision(this.tokens[s]!), this.tokens[e - 1]!.e);
    return possessive(t) ? bareName(t) : t;
  }

  /**
   * `firstToken`, when given, is the token the name's first word was read from; `from`, when given, the index of
   * that token, each word of `words` being read from one token from there on (whose classes the token carries).
   */
  private make(name: string, words: string[], key: string, firstToken?: Token, from = -1, outlet?: string | null, country?: boolean): Entity {
    const entity = new Entity(this.entities.length, name, words, this.ctx);
    this.entities.push(entity);
    this.byKey.set(key, entity);
    // What the name itself says: an outlet's, a country's, an organization's (a word like Records or Ministry, an
    // acronym), a person's (a given name first, unless a word of an organization's follows: "Dick Clark
    // Productions"), a place's (Street, County).
    const first = words[0]!;
    // (`outlet` and `country`, when given: the same lookups of the name, made already by the caller.)
    entity.media = outlet !== undefined ? outlet : outletStarts.has(first === 'the' && words.length > 1 ? words[1]! : withoutElision(first)) ? (outletNames.get(outletKey(name)) ?? null) : null;
    if (country ?? countryNames.has(key)) entity.quick.org += 3;
    if (from >= 0 ? this.orgWordAt(words, from) : words.some((w) => orgWordSet(w))) entity.quick.org += 3;
    if (words.length === 1 && (isAcronymText(name) || shortCapsName(name))) entity.quick.org += 2;
    // A capitalised first word's classes already tell whether it is a given name (W.GIVEN is the given names'
    // table): only a given name is looked up, for its gender.
    // (For such a word the class alone tells whether it is a given name; its gender is looked up only when used.)
    const byClass = !!firstToken && firstToken.cap;
    const gender = byClass ? undefined : givenNames.get(first);
    entity.givenFirst = byClass ? (firstToken.cls & W.GIVEN) !== 0 : gender !== undefined;
    if (words.length > 1 && entity.quick.org === 0 && entity.givenFirst) {
      entity.quick.person += 3;
      if (byClass) entity.setNameGender(null, first);
      else entity.setNameGender(gender ?? null);
    }
    if (from >= 0 ? this.placeWordAt(words, from + words.length - 1) : placeWord(words[words.length - 1]!)) entity.quick.place += 3;
    // The acronym of an organization's name stands for it: "PG&E" for "Pacific Gas & Electric Co.".
    if (words.length >= 2 && entity.quick.org > 0) this.byAcronym.set(acronymOf(name), entity);
    return entity;
  }

  /** `orgWordSet` of the words read from tokens [from, from + words.length), by the classes the tokens carry. */
  private orgWordAt(words: string[], from: number): boolean {
    for (let i = 0; i < words.length; i++) {
      const t = this.tokens[from + i]!;
      if (((t.kind === 'word' ? t.cls : classesOfWord(words[i]!)) & W.ORG_NAME) !== 0 || (current.nounsCapitalised && (compoundClasses(words[i]!) & W.ORG_NAME) !== 0)) return true;
    }
    return false;
  }

  /** `placeWord` of the last word, read from token `k`, by the classes the token carries. */
  private placeWordAt(words: string[], k: number): boolean {
    const t = this.tokens[k]!;
    return ((t.kind === 'word' ? t.cls : classesOfWord(words[words.length - 1]!)) & W.PLACE) !== 0;
  }

  private asPerson(entity: Entity): void {
    const words = entity.words;
    const surname = words[words.length - 1]!;
    if (entity.surname === surname) return;
    entity.surname = surname;
    push(this.bySurname, surname, entity);
    // "Perdomo" for Jorge Luis Perdomo Di-Lella: a Spanish name's first surname, after its given names, stands alone too.
    let first = 1;
    while (first < words.length - 1 && givenNames.has(words[first]!)) first++;
    if (first < words.length - 1 && first >= 1 && givenNames.has(words[0]!) && !this.bySurname.has(words[first]!)) push(this.bySurname, words[first]!, entity);
    // "Eriksson Ek", "Lazo Hernández", "Cabrera Castellanos": the last two words or more, a surname of several words.
    for (let k = 1; k <= words.length - 2; k++) this.bySuffix.set(words.slice(k).join(' '), entity);
    // "Taylor" for Taylor Swift; but "Boeing" is not "Boeing Defense", whose first word is no given name.
    if (words.length > 1) push(entity.givenFirst ? this.byFirst : this.byOtherFirst, words[0]!, entity);
  }

  /** A name of two words or more: a new entity, or the fuller form of a person met before ("Owen John Dempsey"). */
  private fullName(words: string[], key: string, s: number, title: number, core: number, e: number): void {
    if (this.byKey.has(key)) return;
    const given = core > title || this.cls.has(core, W.GIVEN);
    if (!given && title === s && hasOrgWord(this.cls, core, e)) return;
    // "Lazo Hernández" after "Esteban Lazo Hernández": a surname of several words, no new person.
    const fuller = !given && title === s ? this.bySuffix.get(key) : undefined;
    if (fuller) {
      this.byKey.set(key, fuller);
      return;
    }
    const name = this.text(core, e);
    // The outlet and country lookups `make` reads the name by too, made once for both.
    const outlet = outletStarts.has(words[0] === 'the' && words.length > 1 ? words[1]! : withoutElision(words[0]!)) ? (outletNames.get(outletKey(name)) ?? null) : null;
    const country = countryNames.has(key);
    const orgish = hasOrgWord(this.cls, core, e) || outlet !== null || country;
    if (!orgish && given) {
      const same = this.bySurname.get(words[words.length - 1]!)?.find((x) => x.words[0] === words[0]);
      if (same) {
        this.byKey.set(key, same);
        if (words.length > same.words.length) {
          same.forms.push(same.name);
          same.name = name;
          same.words = words;
        }
        return;
      }
    }
    const entity = this.make(name, words, key, this.tokens[core], core, outlet, country);
    // A name of two words or more with no word of an organization's is a person's, whether or not its given name is
    // a common English one ("Caitlyn Smith", "Feliciano Lopez"): its surname alone stands for it later.
    if (!orgish && !this.placeWordAt(words, e - 1)) this.asPerson(entity);
  }

  /**
   * "the Centers for Disease Control and Prevention (CDC)", "el Instituto Nacional de Estadística (INE)": a short form in
   * brackets right after a name, in capitals, stands for it wherever the article uses it (unless it stands for another).
   */
  private shortForm(entity: Entity, e: number): void {
    const tokens = this.tokens;
    if (e + 2 >= tokens.length || tokens[e]!.text !== '(' || tokens[e + 2]!.text !== ')') return;
    // (Letters only: "Mike Pence (R-IN)" gives a party and a state, no short form; nor does a person's name take one.)
    // ("el Instituto Nacional de Estadística y Censos (Indec)": a body's short form may be written as a name is, its
    // first letter the name's.)
    const t = tokens[e + 1]!;
    if (t.kind !== 'word' || entity.surname || !((isAcronymText(t.text) && LETTERS.test(t.text)) || (entity.quick.org > 0 && t.cap && t.text.length <= 8 && t.text[0] === entity.name[0]))) return;
    const key = bareLower(t.lower);
    const other = this.byKey.get(key);
    // (A short form the article used before it gave the name, in a headline: the same body.)
    if (other && other !== entity && !other.surname && other.words.length === 1) this.sameAs.push(other, entity);
    if (!other || other.words.length === 1) this.byKey.set(key, entity);
  }

  /** A name of one word that is no key of `byKey` (both callers looked it up there first). */
  private single(word: string, at: number): Entity | undefined {
    const people = this.bySurname.get(word);
    if (people) return this.nearest(people, at);
    const firsts = this.byFirst.get(word);
    if (firsts && firsts.length === 1) return firsts[0];
    return this.byAcronym.get(word);
  }

  /** Of several people with one surname, the one named last before `at` (else the first named). */
  private nearest(list: Entity[], at: number): Entity {
    let best = list[0]!;
    let bestAt = -1;
    for (const x of list) {
      const m = x.lastAt;
      if (m <= at && m > bestAt) {
        best = x;
        bestAt = m;
      }
    }
    return best;
  }

  /** The employer named by the words [s, e) before a role held in a business ("Delta Air Lines" CEO Ed Bastian). */
  private employer(s: number, e: number): Entity {
    return this.isEmployer(this.lookup(s, e), s);
  }

  /** The employer a compound's head names ("Siemens" of "Siemens-Sprecher"), token s being the compound. */
  private compoundEmployer(s: number): Entity {
    const t = this.tokens[s]!;
    const name = t.text.slice(0, t.text.lastIndexOf('-'));
    const key = name.toLowerCase();
    return this.isEmployer(this.byKey.get(key) ?? this.single(key, s) ?? this.make(name, [key], key), s);
  }

  /**
   * A name that employs someone is a name, not a capitalised common word, and unless a person's, a body's; `at`, when
   * given, is where the article names it so.
   */
  private isEmployer(entity: Entity, at = -1): Entity {
    entity.initialOnly = false;
    if (!entity.surname && !entity.givenFirst && !entity.media && entity.quick.org === 0) entity.quick.org += 3;
    if (at >= 0) entity.lastAt = at;
    return entity;
  }

  /** `words` is null for a name of one word (`count` 1), whose only word is `key`. */
  private mention(words: string[] | null, count: number, key: string, s: number, title: number, core: number, e: number, sentence: number, initial: boolean, employer: Entity | null): NameMention {
    let entity = this.byKey.get(key);
    if (!entity && count === 1) entity = this.single(key, s);
    const addressed = s > 0 && this.cls.has(s - 1, W.HONORIFIC);
    if (!entity && count === 1 && (addressed || title > s) && this.byOtherFirst.get(key)?.length === 1) entity = this.byOtherFirst.get(key)![0];
    // "Eriksson Ek" after "Joel Eriksson Ek": a surname of several words.
    if (!entity && count > 1 && core === s && !this.cls.has(s, W.GIVEN)) entity = this.bySuffix.get(key);
    if (!entity) {
      entity = this.make(this.text(core, e), words ?? [key], key, this.tokens[core], core);
      if (title > s) this.asPerson(entity);
    }
    if (!initial || count > 1 || title > s) entity.initialOnly = false;
    if (count > 1) this.shortForm(entity, e);
    entity.lastAt = s;
    const m: NameMention = { entity, ts: s, title, s: core, e, sentence, employer };
    quickEvidence(this.tokens, this.sentences[sentence]!, m, entity.quick, entity.givenFirst);
    // "el diario El Litoral Sur", "el periódico La Voz Andina": a noun for an outlet, in lower case, right before a name
    // that opens with an article, names an outlet ("the program Medicaid" opens with none).
    const prev = this.tokens[s - 1];
    if (!entity.media && title === s && prev && prev.kind === 'word' && !prev.cap && prev.q < 0 && mediaNouns.has(prev.lower) && !this.cls.has(s - 1, W.ORG_NAME) && e - core >= 2 && this.tokens[core]!.cap && determiners.has(this.tokens[core]!.lower)) entity.media = outletKey(entity.name);
    entity.spans.push(m);
    this.mentions.push(m);
    return m;
  }

  /** "Big Machine" is "Big Machine Records" when both appear: a shorter form of an organization's name. */
  private mergeShortForms(): void {
    const into = new Map<Entity, Entity>();
    for (let i = 0; i < this.sameAs.length; i += 2) {
      const shorter = this.sameAs[i]!;
      const entity = this.sameAs[i + 1]!;
      if (into.has(shorter) || into.has(entity)) continue;
      this.absorb(entity, shorter);
      into.set(shorter, entity);
    }
    for (const entity of this.entities) {
      if (entity.surname || entity.quick.org <= 0 || into.has(entity)) continue;
      for (let k = entity.words.length - 1; k >= 1; k--) {
        const shorter = this.byKey.get(entity.words.slice(0, k).join(' '));
        if (shorter && shorter !== entity && !shorter.surname && !into.has(shorter)) {
          this.absorb(entity, shorter);
          into.set(shorter, entity);
          break;
        }
      }
    }
    if (into.size === 0) return;
    for (const m of this.mentions) m.entity = into.get(m.entity) ?? m.entity;
    for (const [key, entity] of this.byKey) {
      const merged = into.get(entity);
      if (merged) this.byKey.set(key, merged);
    }
  }

  /** The entity takes in a shorter form's names, evidence and mentions. */
  private absorb(entity: Entity, shorter: Entity): void {
    entity.forms.push(shorter.name, ...shorter.forms);
    entity.quick.org += shorter.quick.org;
    entity.quick.person += shorter.quick.person;
    entity.spans.push(...shorter.spans);
  }

  lookup(s: number, e: number): Entity {
    const { tokens, cls } = this;
    while (s < e - 1 && cls.has(s, W.TITLE | W.HONORIFIC)) s++;
    const words: string[] = [];
    for (let k = s; k < e; k++) if (tokens[k]!.kind === 'word') words.push(k === s ? nameWord(tokens[k]!) : bareLower(tokens[k]!.lower));
    const key = words.join(' ');
    const hit = this.byKey.get(key) ?? (words.length === 1 ? this.single(key, s) : undefined);
    if (hit) return hit;
    const entity = this.make(this.text(s, e), words, key);
    entity.initialOnly = false;
    return entity;
  }
}

/** The index `IndexBuilder` makes (a class: no closures are made per article). */
class BuiltIndex implements NameIndex {
  constructor(
    readonly mentions: NameMention[],
    readonly pronouns: number[],
    readonly cls: TokenClasses,
    private readonly builder: IndexBuilder,
  ) {}
  at(token: number): NameMention | undefined {
    return mentionAt(this.mentions, token);
  }
  lookup(s: number, e: number): Entity {
    return this.builder.lookup(s, e);
  }
}

/**
 * The mention covering a token, by binary search: mentions come in text order and never overlap (each is a run
 * of its own), and only a few tokens are asked about, so no table over every token is built.
 */
function mentionAt(mentions: NameMention[], token: number): NameMention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.ts <= token) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo - 1];
  return m && token < m.e ? m : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function orgWordSet(w: string): boolean {
  return (compoundClasses(w) & W.ORG_NAME) !== 0;
}


function placeWord(w: string): boolean {
  return (classesOfWord(w) & W.PLACE) !== 0;
}


/** The entity's gender: a title or role noun says it outright; else the pronouns after its mentions; else the given name. */
export function genderOf(entity: Entity): Gender | null {
  return entity.gender;
}

/** True when the name is a place's by what was read of it (a street, a town named after "in"): a place never speaks. */
export function isPlace(entity: Entity): boolean {
  return !entity.media && entity.quick.place > entity.quick.person + entity.quick.org;
}

/** The kind the evidence points to: an outlet is media; more organization evidence than person evidence an organization. */
export function kindOf(entity: Entity): 'person' | 'organization' | 'media' {
  if (entity.media) return 'media';
  const org = entity.org;
  const person = entity.person;
  if (org > person) return 'organization';
  if (person > 0) return 'person';
  // No evidence either way: two words or more read as a person's name ("Nisan Ahmado"), one word as a body's ("Boeing").
  return entity.words.length >= 2 ? 'person' : 'organization';
}
